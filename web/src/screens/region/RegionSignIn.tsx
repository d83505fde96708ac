// The coordinators' sign-in: their region, then its single sign-on (or, in the demo, a
// coordinator to sign in as). Loaded only on its own route, never with the staff's sign-in.
import { useEffect } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import { ROUTES } from "../../lib/route.ts";
import { DevSignIn } from "../signin/DevSignIn.tsx";
import { texts } from "./texts.ts";

const RegionsQuery = graphql(`
  query SignInRegions {
    signInRegions {
      slug
      name
    }
  }
`);

export function RegionSignIn({ region, onSignedIn }: { region: string | null; onSignedIn: () => Promise<void> }) {
  const [{ data, error }] = useQuery({ query: RegionsQuery });
  useEffect(() => {
    document.title = texts.signInTitle;
  }, []);
  const regions = data?.signInRegions;
  const found = regions?.find((r) => r.slug === region) ?? null;
  return (
    <section aria-labelledby="sign-in-title" className="narrow">
      <h1 id="sign-in-title">{found ? texts.title(found.name) : texts.signInTitle}</h1>
      <p>{texts.signInIntro}</p>
      {error && !regions && <p role="alert">{texts.regionsError}</p>}
      {regions && !found && (
        <>
          <h2 id="choose-region">{texts.chooseRegion}</h2>
          {regions.length === 0 ? (
            <p>{texts.noRegions}</p>
          ) : (
            <ul aria-labelledby="choose-region" className="choices">
              {regions.map((r) => (
                <li key={r.slug}>
                  <a href={`${ROUTES.region}?region=${encodeURIComponent(r.slug)}`}>{r.name}</a>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {found && (
        <>
          <p>
            <a
              className="button primary"
              href={`/auth/login?region=${encodeURIComponent(found.slug)}&return_to=${encodeURIComponent(ROUTES.region)}`}
            >
              {texts.ssoButton(found.name)}
            </a>
          </p>
          <p>
            <a href={ROUTES.region}>{texts.chooseRegion}</a>
          </p>
          <DevSignIn scope={{ region: found.slug }} onSignedIn={onSignedIn} />
        </>
      )}
      <p>
        <a href={ROUTES.start}>{texts.backToMunicipalities}</a>
      </p>
    </section>
  );
}
