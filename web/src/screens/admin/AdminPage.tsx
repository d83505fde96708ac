import { useEffect, useState, type ReactNode } from "react";
import { Button } from "react-aria-components";
import { useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import { errorCodes } from "../../lib/userErrors.ts";
import { Audit } from "./Audit.tsx";
import { Deadlines } from "./Deadlines.tsx";
import { DataProtection } from "../privacy/DataProtection.tsx";
import { texts as privacy } from "../privacy/texts.ts";
import { Identity } from "./Identity.tsx";
import { RelinkAccounts } from "./Relink.tsx";
import { Settings } from "./Settings.tsx";
import { Sharing } from "./Sharing.tsx";
import { Users } from "./Users.tsx";
import { CaseTransfers } from "../transfers/Transfers.tsx";
import { texts as transfers } from "../transfers/texts.ts";
import { texts } from "./texts.ts";

const Query = graphql(`
  query AdminPage {
    viewer {
      roles
      user {
        id
      }
      municipality {
        name
      }
    }
  }
`);

const SECTIONS = ["users", "identity", "deadlines", "settings", "dataProtection", "transfers", "sharing", "audit"] as const;
type SectionId = (typeof SECTIONS)[number];

/** A part of the page, named by its heading (a landmark for screen readers). */
export function Section({ id, children, intro }: { id: SectionId; intro: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`admin-${id}`} id={id}>
      <h2 id={`admin-${id}`}>{texts.sections[id]}</h2>
      <p className="muted">{intro}</p>
      {children}
    </section>
  );
}

/**
 * The municipality's administration: users and roles, the identity provider (read-only), the
 * deadline rules, the settings and the audit trail. Only for its administrator; the server
 * refuses anyone else (and this page then says so).
 */
export function AdminPage() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: Query });
  // A change anywhere on the page shows in the audit trail: it reloads after each.
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    document.title = texts.documentTitle;
  }, []);
  const changed = () => setChanges((n) => n + 1);

  if (!data) {
    return (
      <>
        <h1>{texts.title}</h1>
        {fetching && <p role="status">{texts.loading}</p>}
        {error && !fetching && (
          <p role="alert">
            {texts.loadError}{" "}
            <Button className="button secondary" onPress={() => refetch({ requestPolicy: "network-only" })}>
              {texts.retry}
            </Button>
          </p>
        )}
      </>
    );
  }
  // The data-protection officer's part: retention and the erasure reports, nothing else.
  if (data.viewer.roles.includes("DATA_PROTECTION_OFFICER") && !data.viewer.roles.includes("TENANT_ADMIN")) {
    return (
      <>
        <h1>{privacy.title}</h1>
        <p className="muted">{privacy.intro}</p>
        <DataProtection level={2} officer />
      </>
    );
  }
  if (!data.viewer.roles.includes("TENANT_ADMIN") || errorCodes(error).includes("FORBIDDEN")) {
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
      {data.viewer.municipality && <p className="muted">{texts.municipality(data.viewer.municipality.name)}</p>}
      <nav aria-label={texts.sectionsNav}>
        <ul className="toc">
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{texts.sections[id]}</a>
            </li>
          ))}
        </ul>
      </nav>
      <Section id="users" intro={texts.usersIntro}>
        <Users selfId={data.viewer.user?.id ?? null} onChanged={changed} />
      </Section>
      <Section id="identity" intro={texts.identityIntro}>
        <Identity />
        <h3>{texts.relink.title}</h3>
        <RelinkAccounts onChanged={changed} />
      </Section>
      <Section id="deadlines" intro={texts.deadlinesIntro}>
        <Deadlines onChanged={changed} />
      </Section>
      <Section id="settings" intro={texts.settingsIntro}>
        <Settings onChanged={changed} />
      </Section>
      <Section id="dataProtection" intro={privacy.intro}>
        <DataProtection level={3} officer={false} />
      </Section>
      <Section id="transfers" intro={transfers.adminLead}>
        <CaseTransfers />
      </Section>
      <Section id="sharing" intro={texts.sharingIntro}>
        <Sharing onChanged={changed} />
      </Section>
      <Section id="audit" intro={texts.auditIntro}>
        <Audit changes={changes} />
      </Section>
    </div>
  );
}
