import { useEffect, useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { IntakeEntryFilter, IntakeKind, IntakeStatus } from "../../gql/graphql.ts";
import { formatDateTime, plural, todayInPoland } from "../../lib/format.ts";
import { ROUTES } from "../../lib/route.ts";
import { DeadlineState } from "./DeadlineState.tsx";
import { Notifications } from "./Notifications.tsx";
import { texts } from "./texts.ts";
import { LoadError } from "../../components/lists.tsx";
import { Paging } from "../../components/paging.tsx";
import { FilterChoice } from "../../components/fields.tsx";

// The register in one request: what the viewer may see (all of the municipality's entries
// for its intake staff, those assigned to them for anyone else), newest first.
const IntakeListQuery = graphql(`
  query IntakeList($filter: IntakeEntryFilter, $after: String) {
    viewer {
      roles
    }
    intakeNotifications(first: 20) {
      nodes {
        id
        kind
        dueOn
        intakeEntryId
        createdAt
      }
    }
    intakeEntries(first: 20, after: $after, filter: $filter) {
      edges {
        node {
          id
          receivedAt
          channel
          kind
          urgency
          status
          responseDeadline {
            dueOn
            state
            metOn
            metLate
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ALL = "ALL";

export function IntakeList() {
  const [filter, setFilter] = useState<IntakeEntryFilter>({});
  // Cursors of the pages before this one, to go back; null is the first page.
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const after = pages[pages.length - 1] ?? null;
  const [{ data, fetching, error }, refetch] = useQuery({ query: IntakeListQuery, variables: { filter, after } });
  useEffect(() => {
    document.title = texts.documentTitle;
  }, []);
  const [notice] = useState<string | null>(() => (window.history.state as { notice?: string } | null)?.notice ?? null);
  const apply = (f: IntakeEntryFilter) => {
    setPages([null]);
    setFilter(f);
  };
  const today = todayInPoland();
  const entries = data?.intakeEntries.edges.map((e) => e.node) ?? [];
  const roles = data?.viewer.roles ?? [];
  const mayRecord = roles.includes("INTAKE_STAFF") && !roles.includes("TENANT_ADMIN");
  const pageInfo = data?.intakeEntries.pageInfo;

  return (
    <>
      <h1>{texts.title}</h1>
      <p className="muted">{texts.intro}</p>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      {mayRecord && (
        <p>
          <a className="button primary" href={ROUTES.newIntake}>
            {texts.newEntry}
          </a>
        </p>
      )}
      <Notifications stored={data?.intakeNotifications.nodes ?? null} />
      <Filters onApply={apply} />
      <div aria-live="polite" className="status-line">
        {fetching
          ? texts.loading
          : data
            ? texts.found(plural(entries.length, texts.entries), pages.length)
            : ""}
      </div>
      {error && !fetching && (
        <LoadError text={texts.loadError} retry={texts.retry} onRetry={() => refetch({ requestPolicy: "network-only" })} />
      )}
      {data && entries.length === 0 && <p>{texts.empty}</p>}
      {entries.length > 0 && (
        <div className="table-scroll">
          <table className="cards">
            <caption className="visually-hidden">{texts.title}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.columns.received}</th>
                <th scope="col">{texts.columns.kind}</th>
                <th scope="col">{texts.columns.channel}</th>
                <th scope="col">{texts.columns.urgency}</th>
                <th scope="col">{texts.columns.status}</th>
                <th scope="col">{texts.columns.due}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    <a href={ROUTES.intakeEntry(e.id)}>{formatDateTime(e.receivedAt)}</a>
                  </th>
                  <td>{texts.kind[e.kind] ?? e.kind}</td>
                  <td>{texts.channel[e.channel] ?? e.channel}</td>
                  <td>{e.urgency === "ROUTINE" ? texts.urgency[e.urgency] : <strong>{texts.urgency[e.urgency] ?? e.urgency}</strong>}</td>
                  <td>{texts.status[e.status] ?? e.status}</td>
                  <td>
                    <DeadlineState deadline={e.responseDeadline} today={today} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Paging pages={pages} setPages={setPages} pageInfo={pageInfo} previous={texts.previous} next={texts.next} />
    </>
  );
}

function Filters({ onApply }: { onApply: (f: IntakeEntryFilter) => void }) {
  const [status, setStatus] = useState<string>(ALL);
  const [kind, setKind] = useState<string>(ALL);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const f: IntakeEntryFilter = {};
    if (status !== ALL) f.status = status as IntakeStatus;
    if (kind !== ALL) f.kind = kind as IntakeKind;
    onApply(f);
  };
  const clear = () => {
    setStatus(ALL);
    setKind(ALL);
    onApply({});
  };
  return (
    <form className="filters" onSubmit={submit} aria-labelledby="intake-filters" noValidate>
      <h2 id="intake-filters">{texts.filters}</h2>
      <Pick label={texts.statusLabel} value={status} onChange={setStatus} options={texts.status} />
      <Pick label={texts.kindLabel} value={kind} onChange={setKind} options={texts.kind} />
      <div className="actions">
        <Button type="submit" className="button primary">
          {texts.apply}
        </Button>
        <Button className="button secondary" onPress={clear}>
          {texts.clear}
        </Button>
      </div>
    </form>
  );
}

function Pick(props: { label: string; value: string; onChange: (v: string) => void; options: Record<string, string> }) {
  return <FilterChoice {...props} allKey={ALL} allLabel={texts.all} />;
}
