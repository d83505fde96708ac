// A region's published statistics for its coordinators: the periods released, and the latest
// release of the one chosen as tables, with every suppressed cell marked by why it is hidden.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { Button } from "react-aria-components";
import { useClient, useQuery } from "urql";
import { FilterChoice } from "../../components/fields.tsx";
import { graphql } from "../../gql/index.ts";
import { formatDateTime } from "../../lib/format.ts";
import { errorCodes } from "../../lib/userErrors.ts";
import { Scroll } from "../stats/Charts.tsx";
import { ExportButtons, type ExportFormat } from "../stats/Export.tsx";
import { texts as stats } from "../stats/texts.ts";
import {
  cellOf,
  periodName,
  publishedPeriods,
  rulesUsed,
  shown,
  valuesOf,
  type RegionIndicatorData,
} from "./region.ts";
import { texts } from "./texts.ts";
import "../stats/stats.css";

const ReleasesQuery = graphql(`
  query RegionReleases($region: String!) {
    viewer {
      region {
        slug
        name
      }
    }
    statisticsReleases(region: $region) {
      number
      period
      status
    }
  }
`);

const RegionQuery = graphql(`
  query RegionStatistics($region: String!, $period: String!) {
    regionStatistics(region: $region, period: $period) {
      period
      release {
        number
        finishedAt
        municipalities
      }
      indicators {
        key
        label
        dimensions
        unit
        cumulative
        cells {
          breakdown {
            dimension
            value
          }
          value
          suppressed
          rule
        }
      }
    }
  }
`);

const ViewerRegionQuery = graphql(`
  query ViewerRegion {
    viewer {
      region {
        slug
      }
    }
  }
`);

/** The coordinator's own region's page. */
const ExportQuery = graphql(`
  query RegionStatisticsExport($region: String!, $period: String!, $format: ExportFormat!) {
    regionStatisticsExport(region: $region, period: $period, format: $format) {
      fileName
      mediaType
      base64
    }
  }
`);

export function RegionPage() {
  const [{ data, error }] = useQuery({ query: ViewerRegionQuery });
  useEffect(() => {
    document.title = texts.documentTitle;
  }, []);
  const slug = data?.viewer.region?.slug;
  if (slug) return <OwnRegion region={slug} />;
  if (data || error) return <p role="alert">{texts.forbidden}</p>;
  return <p role="status">{texts.loading}</p>;
}

function OwnRegion({ region }: { region: string }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: ReleasesQuery, variables: { region } });
  const periods = publishedPeriods(data?.statisticsReleases ?? []);
  const name = data?.viewer.region?.name ?? region;
  const forbidden = errorCodes(error).some((c) => c === "FORBIDDEN" || c === "NOT_FOUND");
  return (
    <>
      <h1>{texts.title(name)}</h1>
      <p className="muted">{texts.intro}</p>
      {fetching && !data && <p role="status">{texts.loading}</p>}
      {error && (
        <p role="alert">
          {forbidden ? (
            texts.forbidden
          ) : (
            <>
              {texts.failed}{" "}
              <Button className="button secondary" onPress={() => refetch({ requestPolicy: "network-only" })}>
                {texts.retry}
              </Button>
            </>
          )}
        </p>
      )}
      {!error && data?.statisticsReleases && periods.length === 0 && <p>{texts.noReleases}</p>}
      {periods[0] !== undefined && <Release region={region} periods={periods} />}
    </>
  );
}

function Release({ region, periods }: { region: string; periods: string[] }) {
  const client = useClient();
  const [chosen, setChosen] = useState(periods[0] ?? "");
  const [period, setPeriod] = useState(chosen);
  const heading = useRef<HTMLHeadingElement>(null);
  const [{ data, error, fetching }, refetch] = useQuery({ query: RegionQuery, variables: { region, period } });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setPeriod(chosen);
    heading.current?.focus();
  };
  const release = data?.regionStatistics;
  return (
    <>
      <form className="filters" onSubmit={submit} aria-label={texts.period}>
        <FilterChoice
          label={texts.period}
          allKey={periods[0] ?? ""}
          allLabel={periodName(periods[0] ?? "")}
          options={Object.fromEntries(periods.slice(1).map((p) => [p, periodName(p)]))}
          value={chosen}
          onChange={setChosen}
        />
        <div className="actions">
          <Button type="submit" className="button secondary">
            {texts.show}
          </Button>
        </div>
      </form>
      {fetching && !release && <p role="status">{texts.loading}</p>}
      {error && !release && (
        <p role="alert">
          {texts.failed}{" "}
          <Button className="button secondary" onPress={() => refetch({ requestPolicy: "network-only" })}>
            {texts.retry}
          </Button>
        </p>
      )}
      {release && (
        <>
          <h2 ref={heading} tabIndex={-1}>
            {periodName(release.period)}
          </h2>
          <p>
            {texts.release(
              release.release.number ?? 0,
              release.release.finishedAt ? formatDateTime(release.release.finishedAt) : "",
              release.release.municipalities ?? 0,
            )}
          </p>
          <ExportButtons
            fetchFile={async (format: ExportFormat) =>
              (await client.query(ExportQuery, { region, period: release.period, format }, { requestPolicy: "network-only" }).toPromise())
                .data?.regionStatisticsExport ?? null
            }
          />
          <Legend rules={rulesUsed(release.indicators)} />
          <div className="stats-indicators">
            {release.indicators.map((i) => (
              <Indicator key={i.key} indicator={i} />
            ))}
          </div>
        </>
      )}
    </>
  );
}

/** What each mark of a hidden cell means: only the rules this release used. */
function Legend({ rules }: { rules: string[] }) {
  if (rules.length === 0) return null;
  return (
    <section aria-labelledby="region-legend" className="region-legend">
      <h2 id="region-legend">{texts.legendTitle}</h2>
      <p>{texts.legendIntro}</p>
      <dl>
        {rules.map((r) => (
          <div key={r}>
            <dt>{texts.marks[r]}</dt>
            <dd>{texts.rules[r]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** A cell as a table shows it: the number, or the mark with its reason for screen readers. */
function Value({ indicator, values }: { indicator: RegionIndicatorData; values: (string | null)[] }) {
  const s = shown(cellOf(indicator, values), indicator.unit);
  if (!s.rule) return <td>{s.text}</td>;
  return (
    <td className="suppressed">
      <span aria-hidden="true">{s.text}</span>
      <span className="visually-hidden">{s.said}</span>
    </td>
  );
}

function Indicator({ indicator }: { indicator: RegionIndicatorData }) {
  const id = `region-${indicator.key}`;
  const [d0, d1] = indicator.dimensions;
  const what = indicator.unit === "PERCENT" ? texts.share : texts.count;
  let table: ReactNode;
  if (!d0) {
    table = (
      <p className="stats-total">
        {what}: <Total indicator={indicator} />
      </p>
    );
  } else if (!d1) {
    const rows = valuesOf(indicator, d0);
    table = (
      <Scroll label={indicator.label}>
        <table className="stats-table">
          <caption className="visually-hidden">{indicator.label}</caption>
          <thead>
            <tr>
              <th scope="col">{stats.dimensions[d0] ?? d0}</th>
              <th scope="col">{what}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([code, name]) => (
              <tr key={code}>
                <th scope="row">{name}</th>
                <Value indicator={indicator} values={[code]} />
              </tr>
            ))}
          </tbody>
          {indicator.unit !== "PERCENT" && (
            <tfoot>
              <tr>
                <th scope="row">{texts.total}</th>
                <Value indicator={indicator} values={[null]} />
              </tr>
            </tfoot>
          )}
        </table>
      </Scroll>
    );
  } else {
    const rows = valuesOf(indicator, d0);
    const cols = valuesOf(indicator, d1);
    table = (
      <Scroll label={indicator.label}>
        <table className="stats-table">
          <caption className="visually-hidden">{indicator.label}</caption>
          <thead>
            <tr>
              <th scope="col">{`${stats.dimensions[d0] ?? d0} / ${stats.dimensions[d1] ?? d1}`}</th>
              {cols.map(([code, name]) => (
                <th key={code} scope="col">
                  {name}
                </th>
              ))}
              <th scope="col">{texts.total}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([row, name]) => (
              <tr key={row}>
                <th scope="row">{name}</th>
                {cols.map(([col]) => (
                  <Value key={col} indicator={indicator} values={[row, col]} />
                ))}
                <Value indicator={indicator} values={[row, null]} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{texts.total}</th>
              {cols.map(([col]) => (
                <Value key={col} indicator={indicator} values={[null, col]} />
              ))}
              <Value indicator={indicator} values={[null, null]} />
            </tr>
          </tfoot>
        </table>
      </Scroll>
    );
  }
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{indicator.label}</h3>
      {!indicator.cumulative && <p className="muted">{texts.stateNote}</p>}
      {table}
    </section>
  );
}

/** The grand total of an indicator without dimensions. */
function Total({ indicator }: { indicator: RegionIndicatorData }) {
  const s = shown(cellOf(indicator, []), indicator.unit);
  if (!s.rule) return <>{s.text}</>;
  return (
    <span className="suppressed">
      <span aria-hidden="true">{s.text}</span>
      <span className="visually-hidden">{s.said}</span>
    </span>
  );
}
