// The staff application's entry: asks who is signed in, and shows the sign-in screen (plain DOM,
// a few kilobytes) or loads the application (React, its client, the screens) for a session. The
// region's and the operator's sign-in are part of the application and load it too.
import { loadSession, type Session } from "./api/session.ts";
import { h } from "./lib/dom.ts";
import { ROUTES } from "./lib/paths.ts";
import { renderSignIn } from "./screens/signin/SignIn.ts";
import { texts } from "./texts.ts";
import "./styles.css";

const root = document.getElementById("root");

/** The frame the application draws too: the skip link, the name, and the main part. */
function frame(container: HTMLElement): HTMLElement {
  const main = h("main", { id: "main", tabindex: "-1" }, h("p", { role: "status" }, texts.loading));
  container.replaceChildren(
    h("a", { class: "skip", href: "#main" }, texts.skipToContent),
    h("header", { class: "top" }, h("span", { class: "brand" }, texts.appName)),
    main,
  );
  return main;
}

async function application(container: HTMLElement, session: Session | null): Promise<void> {
  try {
    const { mount } = await import("./App.tsx");
    mount(container, session);
  } catch {
    // The application's code could not be loaded (the network dropped, or a new release).
    const reload = h("button", { type: "button", class: "button secondary" }, texts.reload);
    reload.addEventListener("click", () => window.location.reload());
    frame(container).replaceChildren(h("p", { role: "alert" }, texts.loadFailed, " ", reload));
  }
}

async function start(container: HTMLElement): Promise<void> {
  const main = frame(container);
  let session: Session | null;
  try {
    session = await loadSession();
  } catch {
    main.replaceChildren(h("p", { role: "alert" }, texts.sessionError));
    return;
  }
  const path = window.location.pathname;
  if (session || path === ROUTES.region || path === ROUTES.operator) {
    await application(container, session);
    return;
  }
  const stop = renderSignIn(main, {
    tenant: new URLSearchParams(window.location.search).get("tenant"),
    notice: null,
    returnTo: path === ROUTES.start ? ROUTES.workList : path,
    onSignedIn: async () => {
      const signedIn = await loadSession().catch(() => null);
      if (!signedIn) return;
      stop();
      await application(container, signedIn);
    },
  });
}

if (root) void start(root);
