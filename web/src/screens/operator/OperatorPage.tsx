// The operator's console (/operator): the deployment's health, the platform's municipalities,
// the identity providers (and re-linking accounts), the national helplines, the regions'
// statistics publications and the platform's trail. Only for operators; the server refuses
// anyone else (and this page then says so).
import { useEffect, type ReactNode } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import { Health } from "./Health.tsx";
import { Helplines } from "./Helplines.tsx";
import { Municipalities } from "./Municipalities.tsx";
import { Providers } from "./Providers.tsx";
import { Releases } from "./Releases.tsx";
import { Trail } from "./Trail.tsx";
import { texts } from "./texts.ts";

const Query = graphql(`
  query OperatorPage {
    viewer {
      roles
    }
  }
`);

const SECTIONS = ["health", "municipalities", "providers", "helplines", "releases", "trail"] as const;
type SectionId = (typeof SECTIONS)[number];

function Section({ id, intro, children }: { id: SectionId; intro: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`operator-${id}`} id={id}>
      <h2 id={`operator-${id}`}>{texts.sections[id]}</h2>
      <p className="muted">{intro}</p>
      {children}
    </section>
  );
}

export function OperatorPage() {
  const [{ data, fetching, error }] = useQuery({ query: Query });
  useEffect(() => {
    document.title = texts.documentTitle;
  }, []);
  if (!data) {
    return (
      <>
        <h1>{texts.title}</h1>
        {fetching && <p role="status">{texts.loading}</p>}
        {error && !fetching && <p role="alert">{texts.loadError}</p>}
      </>
    );
  }
  if (!data.viewer.roles.includes("OPERATOR")) {
    return (
      <>
        <h1>{texts.title}</h1>
        <p role="alert">{texts.forbidden}</p>
      </>
    );
  }
  return (
    <div className="admin">
      <h1>{texts.title}</h1>
      <p className="muted">{texts.intro}</p>
      <nav aria-label={texts.sectionsNav}>
        <ul className="toc">
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{texts.sections[id]}</a>
            </li>
          ))}
        </ul>
      </nav>
      <Section id="health" intro={texts.healthIntro}>
        <Health />
      </Section>
      <Section id="municipalities" intro={texts.municipalitiesIntro}>
        <Municipalities />
      </Section>
      <Section id="providers" intro={texts.providersIntro}>
        <Providers />
      </Section>
      <Section id="helplines" intro={texts.helplinesIntro}>
        <Helplines />
      </Section>
      <Section id="releases" intro={texts.releasesIntro}>
        <Releases />
      </Section>
      <Section id="trail" intro={texts.trailIntro}>
        <Trail />
      </Section>
    </div>
  );
}
