// The platform's trail: what operators did that no municipality's trail keeps.
import { useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import { formatDateTime } from "../../lib/format.ts";
import { Pending } from "./Pending.tsx";
import { texts } from "./texts.ts";

const Query = graphql(`
  query OperatorTrail {
    platformAuditEvents(first: 50) {
      occurredAt
      actor
      operation
      details
    }
  }
`);

/** What an entry's details say, in words (the JSON as it is for an operation not known here). */
function detailsOf(operation: string, details: string): string {
  try {
    const d = JSON.parse(details) as {
      slug?: string;
      removedRows?: Record<string, number>;
      archive?: { sha256?: string };
      dataKeys?: number;
      clientSecrets?: number;
    };
    if (operation === "tenantOffboard" && d.slug) {
      const rows = Object.values(d.removedRows ?? {}).reduce((a, b) => a + b, 0);
      return texts.offboardDetails(d.slug, rows, d.archive?.sha256 ?? "");
    }
    if (operation === "dataKeyRotated" && d.slug) return texts.rotatedDetails(d.slug);
    if (operation === "masterKeyRotated") return texts.masterDetails(d.dataKeys ?? 0, d.clientSecrets ?? 0);
  } catch {
    // Shown as stored.
  }
  return details;
}

export function Trail() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: Query, requestPolicy: "network-only" });
  const events = data?.platformAuditEvents;
  if (!events) {
    return <Pending error={fetching ? null : error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  }
  if (events.length === 0) return <p>{texts.noTrail}</p>;
  return (
    <div className="table-scroll">
      <table className="cards">
        <caption>{texts.trailCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{texts.trailColumns.at}</th>
            <th scope="col">{texts.trailColumns.actor}</th>
            <th scope="col">{texts.trailColumns.operation}</th>
            <th scope="col">{texts.trailColumns.details}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e, i) => (
            <tr key={`${i}-${e.occurredAt}`}>
              <td>{formatDateTime(e.occurredAt)}</td>
              <td>{e.actor.replace(/^command-line/, texts.commandLine)}</td>
              <td>{texts.operations[e.operation] ?? e.operation}</td>
              <td>{detailsOf(e.operation, e.details)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
