// The regions' statistics publications: each one's period, status and progress, never values.
import { useState } from "react";
import { useQuery } from "urql";
import { Choice } from "../../components/fields.tsx";
import { graphql } from "../../gql/index.ts";
import { formatDateTime } from "../../lib/format.ts";
import { Pending } from "./Pending.tsx";
import { texts } from "./texts.ts";

const Regions = graphql(`
  query OperatorRegions {
    regions {
      slug
      name
    }
  }
`);

const Query = graphql(`
  query OperatorReleases($region: String!) {
    statisticsReleases(region: $region) {
      number
      period
      status
      requestedBy
      startedAt
      finishedAt
      done
      total
      municipalities
    }
  }
`);

export function Releases() {
  const [{ data, error }, refetch] = useQuery({ query: Regions });
  const [region, setRegion] = useState("");
  const t = texts.releases;
  const regions = data?.regions ?? [];
  const chosen = region || regions[0]?.slug || "";
  if (!data) return <Pending error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  if (regions.length === 0) return <p>{t.noRegions}</p>;
  return (
    <>
      <Choice
        label={t.region}
        options={Object.fromEntries(regions.map((r) => [r.slug, r.name]))}
        value={chosen}
        onChange={setRegion}
      />
      <RegionReleases key={chosen} region={chosen} name={regions.find((r) => r.slug === chosen)?.name ?? chosen} />
    </>
  );
}

function RegionReleases({ region, name }: { region: string; name: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: Query, variables: { region }, requestPolicy: "network-only" });
  const t = texts.releases;
  const releases = data?.statisticsReleases;
  if (!releases) {
    return <Pending error={fetching ? null : error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  }
  if (releases.length === 0) return <p>{t.none(name)}</p>;
  return (
    <div className="table-scroll">
      <table className="cards">
        <caption className="visually-hidden">{t.caption(name)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.period}</th>
            <th scope="col">{t.columns.status}</th>
            <th scope="col">{t.columns.progress}</th>
            <th scope="col">{t.columns.started}</th>
            <th scope="col">{t.columns.finished}</th>
          </tr>
        </thead>
        <tbody>
          {releases.map((r) => (
            <tr key={`${r.period}-${r.startedAt}`}>
              <th scope="row">
                {r.period}
                {r.number != null && (
                  <>
                    <br />
                    <span className="muted">{t.number(r.number)}</span>
                  </>
                )}
              </th>
              <td>{t.status[r.status] ?? r.status}</td>
              <td>
                {r.municipalities != null ? t.municipalities(r.municipalities) : t.progress(r.done, r.total)}
              </td>
              <td>
                {formatDateTime(r.startedAt)}
                <br />
                <span className="muted">{t.by(r.requestedBy)}</span>
              </td>
              <td>{r.finishedAt ? formatDateTime(r.finishedAt) : t.running}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
