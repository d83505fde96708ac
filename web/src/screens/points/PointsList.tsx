import { useEffect, useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import { formatDateTime } from "../../lib/format.ts";
import { ROUTES, helpPath } from "../../lib/route.ts";
import { texts } from "./texts.ts";
import { LoadError } from "../../components/lists.tsx";

const Query = graphql(`
  query MyHelpPoints {
    viewer {
      municipality {
        name
        slug
      }
    }
    myHelpPoints {
      id
      name
      kind
      published
      updatedAt
    }
  }
`);

/** The municipality's help points, drafts too, for its directory editors and administrator. */
export function PointsList() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: Query, requestPolicy: "cache-and-network" });
  // A notice handed over by the page that sent us here (e.g. after a point was withdrawn).
  const [notice] = useState(() => (window.history.state as { notice?: string } | null)?.notice ?? "");
  useEffect(() => {
    document.title = texts.listDocumentTitle;
  }, []);
  const forbidden = error?.graphQLErrors.some((e) => e.extensions?.code === "FORBIDDEN") ?? false;
  const points = data?.myHelpPoints ?? [];
  const municipality = data?.viewer.municipality;

  return (
    <>
      <h1>{texts.listTitle}</h1>
      {municipality && (
        <p className="muted">
          {texts.municipality(municipality.name)} ·{" "}
          <a href={helpPath({ kind: "municipality", slug: municipality.slug })}>{texts.publicPage}</a>
        </p>
      )}
      <p>{texts.listIntro}</p>
      <p role="status" className="status-line">
        {fetching && !data ? texts.loading : notice}
      </p>
      {forbidden ? (
        <p role="alert">{texts.forbidden}</p>
      ) : error && !fetching ? (
        <LoadError text={texts.loadError} retry={texts.retry} onRetry={() => refetch({ requestPolicy: "network-only" })} />
      ) : null}
      {!forbidden && (
        <p>
          <a className="button primary" href={ROUTES.newPoint}>
            {texts.add}
          </a>
        </p>
      )}
      {data && points.length === 0 && <p>{texts.empty}</p>}
      {points.length > 0 && (
        <div className="table-scroll">
          <table className="cards">
            <caption className="visually-hidden">
              {texts.listTitle}: {texts.count(points.length)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{texts.columns.name}</th>
                <th scope="col">{texts.columns.kind}</th>
                <th scope="col">{texts.columns.status}</th>
                <th scope="col">{texts.columns.changed}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <a href={ROUTES.point(p.id)}>{p.name}</a>
                  </th>
                  <td>{texts.kinds[p.kind] ?? p.kind}</td>
                  <td>{p.published ? texts.published : texts.draft}</td>
                  <td>{formatDateTime(p.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
