// The sign-in screen: the municipality to sign in to, its single sign-on, and in the demo its
// people. Plain DOM, no React: it is the first screen, and loads none of the staff application
// (which loads once someone has signed in; `App.tsx` shows this same screen when a session ends).
import { publicQuery } from "../../api/public.ts";
import { graphql } from "../../gql/index.ts";
import { h } from "../../lib/dom.ts";
import { devSignIn, loadDevUsers, texts as devTexts, type DevScope } from "./dev.ts";
import { texts } from "./texts.ts";

const MunicipalitiesQuery = graphql(`
  query SignInMunicipalities {
    signInMunicipalities {
      slug
      name
    }
  }
`);

type Municipality = { slug: string; name: string };

export type SignInProps = {
  tenant: string | null;
  /** Shown above the form, e.g. when the session ended. */
  notice: string | null;
  /** Where to land after signing in (a path of this site). */
  returnTo: string;
  onSignedIn: () => Promise<void>;
};

/** Shows the sign-in screen in `container`; the function returned stops it (a late answer is
 * then dropped). */
export function renderSignIn(container: HTMLElement, props: SignInProps): () => void {
  let live = true;
  document.title = texts.title;
  const section = h("section", { "aria-labelledby": "sign-in-title", class: "narrow" });
  container.replaceChildren(section);

  const show = (list: Municipality[] | "loading" | "error") => {
    const title = (text: string) => h("h1", { id: "sign-in-title" }, text);
    const links = [
      h("p", { class: "help-link" }, h("a", { href: "/pomoc" }, texts.lookingForHelp)),
      h("p", {}, h("a", { href: "/statystyka-regionu" }, texts.coordinators)),
    ];
    const notice = props.notice && h("p", { role: "alert", class: "notice" }, props.notice);
    let content: Node[];
    if (list === "loading") {
      content = [title(texts.title), h("p", { role: "status" }, texts.loadingMunicipalities)];
    } else if (list === "error") {
      content = [title(texts.title), h("p", { role: "alert" }, texts.municipalitiesError)];
    } else if (props.tenant === null) {
      content = [
        title(texts.title),
        h("p", {}, texts.intro),
        h("h2", { id: "choose" }, texts.chooseMunicipality),
        list.length === 0
          ? h("p", {}, texts.noMunicipalities)
          : h(
              "ul",
              { "aria-labelledby": "choose", class: "choices" },
              ...list.map((m) => h("li", {}, h("a", { href: `/?tenant=${encodeURIComponent(m.slug)}` }, m.name))),
            ),
      ];
    } else {
      const found = list.find((m) => m.slug === props.tenant);
      if (!found) {
        content = [
          title(texts.title),
          h("p", { role: "alert" }, texts.unknownMunicipality),
          h("p", {}, h("a", { href: "/" }, texts.chooseMunicipality)),
        ];
      } else {
        const login = `/auth/login?tenant=${encodeURIComponent(found.slug)}&return_to=${encodeURIComponent(props.returnTo)}`;
        content = [
          title(texts.titleFor(found.name)),
          h("p", {}, texts.ssoExplained),
          h("p", {}, h("a", { class: "button primary", href: login }, texts.ssoButton)),
          h("p", {}, h("a", { href: "/" }, texts.changeMunicipality)),
        ];
        // The demo's people, under the rest once known (nothing where development login is off).
        void showDevSignIn({ tenant: found.slug }, props.onSignedIn, () => live).then(
          (dev) => dev && live && section.insertBefore(dev, links[0]),
        );
      }
    }
    section.replaceChildren(...[notice, ...content, ...links].filter((n): n is Node => !!n));
  };

  show("loading");
  void publicQuery(MunicipalitiesQuery, {}).then((r) => live && show(r ? r.signInMunicipalities : "error"));
  return () => {
    live = false;
  };
}

/** The demo's people of the scope, each a button that signs in as them; null when development
 * sign-in is off. */
async function showDevSignIn(
  scope: DevScope,
  onSignedIn: () => Promise<void>,
  live: () => boolean,
): Promise<HTMLElement | null> {
  const users = await loadDevUsers(scope).catch(() => null);
  if (!users || !live()) return null;
  const status = h("p", { "aria-live": "polite", class: "status-line" });
  const buttons: HTMLButtonElement[] = [];
  const choose = async (login: string) => {
    for (const b of buttons) b.disabled = true;
    status.textContent = devTexts.devSigningIn;
    if (await devSignIn(scope, login)) {
      await onSignedIn();
    } else {
      status.textContent = devTexts.devFailed;
      for (const b of buttons) b.disabled = false;
    }
  };
  const items = users.map((u) => {
    const button = h("button", { type: "button", class: "button secondary" }, devTexts.devSignInAs(u.displayName));
    button.addEventListener("click", () => void choose(u.login));
    buttons.push(button);
    return h(
      "li",
      {},
      button,
      " ",
      h("span", { class: "muted" }, `(${u.roles.map((r) => devTexts.roles[r] ?? r).join(", ")})`),
    );
  });
  return h(
    "section",
    { "aria-labelledby": "dev-title", class: "dev" },
    h("h2", { id: "dev-title" }, devTexts.devTitle),
    h("p", {}, devTexts.devExplained),
    h("ul", { class: "choices" }, ...items),
    status,
  );
}
