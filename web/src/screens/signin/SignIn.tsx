import { lazy, Suspense, useEffect, useState } from "react";
import { publicClient } from "../../api/client.ts";
import { graphql } from "../../gql/index.ts";
import { texts } from "./texts.ts";

// Development sign-in (the demo's people) is not part of the first screen: it loads when a
// municipality is chosen, and finds nothing where development login is off.
const DevSignIn = lazy(() => import("./DevSignIn.tsx").then((m) => ({ default: m.DevSignIn })));

const MunicipalitiesQuery = graphql(`
  query SignInMunicipalities {
    signInMunicipalities {
      slug
      name
    }
  }
`);

type Municipality = { slug: string; name: string };

type Props = {
  tenant: string | null;
  /** Shown above the form, e.g. when the session ended. */
  notice: string | null;
  /** Where to land after signing in (a path of this site). */
  returnTo: string;
  onSignedIn: () => Promise<void>;
};

export function SignIn({ tenant, notice, returnTo, onSignedIn }: Props) {
  const [list, setList] = useState<Municipality[] | "loading" | "error">("loading");
  useEffect(() => {
    let live = true;
    publicClient
      .query(MunicipalitiesQuery, {})
      .toPromise()
      .then((r) => live && setList(r.data ? r.data.signInMunicipalities : "error"));
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    document.title = texts.title;
  }, []);

  return (
    <section aria-labelledby="sign-in-title" className="narrow">
      {notice && (
        <p role="alert" className="notice">
          {notice}
        </p>
      )}
      {list === "loading" ? (
        <>
          <h1 id="sign-in-title">{texts.title}</h1>
          <p role="status">{texts.loadingMunicipalities}</p>
        </>
      ) : list === "error" ? (
        <>
          <h1 id="sign-in-title">{texts.title}</h1>
          <p role="alert">{texts.municipalitiesError}</p>
        </>
      ) : tenant === null ? (
        <Chooser municipalities={list} />
      ) : (
        <Municipality
          found={list.find((m) => m.slug === tenant) ?? null}
          returnTo={returnTo}
          onSignedIn={onSignedIn}
        />
      )}
      <p className="help-link">
        <a href="/pomoc">{texts.lookingForHelp}</a>
      </p>
      <p>
        <a href="/statystyka-regionu">{texts.coordinators}</a>
      </p>
    </section>
  );
}

function Chooser({ municipalities }: { municipalities: Municipality[] }) {
  return (
    <>
      <h1 id="sign-in-title">{texts.title}</h1>
      <p>{texts.intro}</p>
      <h2 id="choose">{texts.chooseMunicipality}</h2>
      {municipalities.length === 0 ? (
        <p>{texts.noMunicipalities}</p>
      ) : (
        <ul aria-labelledby="choose" className="choices">
          {municipalities.map((m) => (
            <li key={m.slug}>
              <a href={`/?tenant=${encodeURIComponent(m.slug)}`}>{m.name}</a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Municipality({
  found,
  returnTo,
  onSignedIn,
}: {
  found: Municipality | null;
  returnTo: string;
  onSignedIn: () => Promise<void>;
}) {
  if (!found) {
    return (
      <>
        <h1 id="sign-in-title">{texts.title}</h1>
        <p role="alert">{texts.unknownMunicipality}</p>
        <p>
          <a href="/">{texts.chooseMunicipality}</a>
        </p>
      </>
    );
  }
  const login = `/auth/login?tenant=${encodeURIComponent(found.slug)}&return_to=${encodeURIComponent(returnTo)}`;
  return (
    <>
      <h1 id="sign-in-title">{texts.titleFor(found.name)}</h1>
      <p>{texts.ssoExplained}</p>
      <p>
        <a className="button primary" href={login}>
          {texts.ssoButton}
        </a>
      </p>
      <p>
        <a href="/">{texts.changeMunicipality}</a>
      </p>
      <Suspense fallback={null}>
        <DevSignIn scope={{ tenant: found.slug }} onSignedIn={onSignedIn} />
      </Suspense>
    </>
  );
}
