import { useEffect, useRef, useState } from "react";
import { Button } from "react-aria-components";
import { useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import { formatDateTime, plural } from "../../lib/format.ts";
import { currentAfter, describeOperation, firstPage, nextPage, pageNumber, previousPage, type Pages } from "./admin.ts";
import { texts } from "./texts.ts";
import { LoadError } from "../../components/lists.tsx";

const PAGE_SIZE = 20;

const Query = graphql(`
  query AdminAuditEvents($first: Int!, $after: String) {
    auditEvents(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        occurredAt
        actorKind
        actorLogin
        operation
        objectIds
        outcome
        deniedIds
      }
    }
  }
`);

/**
 * The municipality's audit trail, newest first, a page at a time: who, what, when and how it
 * ended. The server leaves out what the administrator may not know (case IDs).
 */
export function Audit({ changes }: { changes: number }) {
  const [pages, setPages] = useState<Pages>(firstPage);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: Query,
    variables: { first: PAGE_SIZE, after: currentAfter(pages) },
    requestPolicy: "network-only",
  });
  const reload = () => refetch({ requestPolicy: "network-only" });
  // A change made on the page: back to the newest entries, which now include it.
  const seen = useRef(changes);
  useEffect(() => {
    if (seen.current === changes) return;
    seen.current = changes;
    if (pageNumber(pages) > 1) setPages(firstPage());
    else refetch({ requestPolicy: "network-only" });
  }, [changes, pages, refetch]);
  const events = data?.auditEvents.nodes ?? [];

  return (
    <>
      <p>
        <Button className="button secondary" onPress={reload}>
          {texts.refresh}
        </Button>
      </p>
      <p role="status" className="status-line">
        {fetching ? texts.loading : ""}
      </p>
      {error && !fetching && (
        <LoadError text={texts.loadError} retry={texts.retry} onRetry={reload} />
      )}
      {data && events.length === 0 && <p>{texts.noEvents}</p>}
      {events.length > 0 && (
        <div className="table-scroll">
          <table className="cards audit">
            <caption className="visually-hidden">
              {texts.sections.audit}, {texts.pageOf(pageNumber(pages))}
            </caption>
            <thead>
              <tr>
                <th scope="col">{texts.auditColumns.when}</th>
                <th scope="col">{texts.auditColumns.who}</th>
                <th scope="col">{texts.auditColumns.what}</th>
                <th scope="col">{texts.auditColumns.outcome}</th>
                <th scope="col">{texts.auditColumns.objects}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <td>{formatDateTime(e.occurredAt)}</td>
                  <td>
                    {e.actorLogin}
                    <br />
                    <span className="muted">{texts.actorKind[e.actorKind] ?? e.actorKind}</span>
                  </td>
                  <td>{describeOperation(e.operation)}</td>
                  <td className={e.outcome === "OK" ? undefined : "outcome-bad"}>{texts.outcome[e.outcome] ?? e.outcome}</td>
                  <td>
                    {e.objectIds.length > 0 ? plural(e.objectIds.length, texts.objects) : "—"}
                    {e.deniedIds.length > 0 && (
                      <>
                        <br />
                        {texts.denied(plural(e.deniedIds.length, texts.objects))}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && (
        <div className="pager">
          <span>{texts.pageOf(pageNumber(pages))}</span>
          {pageNumber(pages) > 1 && (
            <Button className="button secondary" onPress={() => setPages(previousPage)}>
              {texts.previousPage}
            </Button>
          )}
          {data.auditEvents.pageInfo.hasNextPage && data.auditEvents.pageInfo.endCursor && (
            <Button
              className="button secondary"
              onPress={() => setPages((p) => nextPage(p, data.auditEvents.pageInfo.endCursor!))}
            >
              {texts.nextPage}
            </Button>
          )}
        </div>
      )}
    </>
  );
}
