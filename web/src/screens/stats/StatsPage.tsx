// The municipality's own statistics for its team's chair and its statistics readers: every
// indicator the services declare, for a year, a quarter or a month, as numbers, bars and a
// table each, and the main ones month by month.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useClient, useQuery } from "urql";
import { FilterChoice } from "../../components/fields.tsx";
import { graphql } from "../../gql/index.ts";
import { errorCodes } from "../../lib/userErrors.ts";
import { formatDate, todayInPoland } from "../../lib/format.ts";
import { BarChart, LineChart, Scroll } from "./Charts.tsx";
import { ExportButtons, type ExportFormat } from "./Export.tsx";
import { bars, crossTable, kindOf, periodOptions, type IndicatorData, type PeriodKind } from "./stats.ts";
import { texts } from "./texts.ts";
import "./stats.css";

const StatisticsQuery = graphql(`
  query MunicipalityStatistics($period: String!) {
    municipalityStatistics(period: $period) {
      period
      from
      to
      indicators {
        key
        label
        dimensions
        cumulative
        total
        figures {
          breakdown {
            dimension
            value
          }
          value
        }
      }
      months {
        period
        indicators {
          key
          total
        }
      }
    }
  }
`);

const ExportQuery = graphql(`
  query MunicipalityStatisticsExport($period: String!, $format: ExportFormat!) {
    municipalityStatisticsExport(period: $period, format: $format) {
      fileName
      mediaType
      base64
    }
  }
`);

const ReportQuery = graphql(`
  query GovernmentProgrammeReport($year: Int!, $format: ExportFormat!) {
    governmentProgrammeReport(year: $year, format: $format) {
      fileName
      mediaType
      base64
    }
  }
`);

const TRENDS = Object.keys(texts.trend);

export function StatsPage() {
  const client = useClient();
  const today = todayInPoland();
  const [kind, setKind] = useState<PeriodKind>("year");
  const [chosen, setChosen] = useState(() => periodOptions("year", today)[0]?.[0] ?? today.slice(0, 4));
  const [period, setPeriod] = useState(chosen);
  const options = periodOptions(kind, today);
  const [{ data, error, fetching }, refetch] = useQuery({ query: StatisticsQuery, variables: { period } });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = texts.documentTitle;
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setPeriod(chosen);
    heading.current?.focus();
  };
  const stats = data?.municipalityStatistics;
  const forbidden = errorCodes(error).includes("FORBIDDEN");
  return (
    <>
      <h1>{texts.title}</h1>
      <p className="muted">{texts.intro}</p>
      <form className="filters" onSubmit={submit} aria-label={texts.period}>
        <FilterChoice
          label={texts.periodKind}
          allKey="year"
          allLabel={texts.periodKinds.year ?? ""}
          options={{ quarter: texts.periodKinds.quarter ?? "", month: texts.periodKinds.month ?? "" }}
          value={kind}
          onChange={(k) => {
            const next = k as PeriodKind;
            setKind(next);
            setChosen(periodOptions(next, today)[0]?.[0] ?? "");
          }}
        />
        <FilterChoice
          label={texts.period}
          allKey={options[0]?.[0] ?? ""}
          allLabel={options[0]?.[1] ?? ""}
          options={Object.fromEntries(options.slice(1))}
          value={chosen}
          onChange={setChosen}
        />
        <div className="actions">
          <Button type="submit" className="button secondary">
            {texts.show}
          </Button>
        </div>
      </form>
      {fetching && !stats && <p role="status">{texts.loading}</p>}
      {error && !stats && (
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
      {stats && (
        <>
          <h2 ref={heading} tabIndex={-1}>
            {texts.periodTitle(formatDate(stats.from), formatDate(stats.to))}
          </h2>
          <ExportButtons
            fetchFile={async (format: ExportFormat) =>
              (await client.query(ExportQuery, { period: stats.period, format }, { requestPolicy: "network-only" }).toPromise())
                .data?.municipalityStatisticsExport ?? null
            }
          />
          {kindOf(stats.period) === "year" && (
            <ExportButtons
              names={{ csv: texts.reportCsv, xlsx: texts.reportXlsx }}
              fetchFile={async (format: ExportFormat) =>
                (
                  await client
                    .query(
                      ReportQuery,
                      { year: Number(stats.period), format },
                      { requestPolicy: "network-only" },
                    )
                    .toPromise()
                ).data?.governmentProgrammeReport ?? null
              }
            />
          )}
          {kindOf(stats.period) !== "month" && stats.months.length > 1 && (
            <Trends months={stats.months} />
          )}
          <div className="stats-indicators">
            {stats.indicators.map((i) => (
              <Indicator key={i.key} indicator={i} />
            ))}
          </div>
        </>
      )}
    </>
  );
}

/** The main flows month by month: a line chart and its table. */
function Trends({ months }: { months: readonly { period: string; indicators: readonly { key: string; total: number }[] }[] }) {
  const names = months.map((m) => texts.monthNames[Number(m.period.slice(5)) - 1] ?? m.period);
  const series: [string, number[]][] = TRENDS.map((key) => [
    texts.trend[key] ?? key,
    months.map((m) => m.indicators.find((i) => i.key === key)?.total ?? 0),
  ]);
  return (
    <section aria-labelledby="stats-trends" className="stats-trends">
      <h2 id="stats-trends">{texts.byMonth}</h2>
      <p className="muted">{texts.byMonthIntro}</p>
      <LineChart months={names} series={series} />
      <Scroll label={texts.byMonth}>
        <table className="stats-table">
          <caption className="visually-hidden">{texts.byMonth}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.month}</th>
              {series.map(([name]) => (
                <th key={name} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {names.map((month, i) => (
              <tr key={month}>
                <th scope="row">{month}</th>
                {series.map(([name, values]) => (
                  <td key={name}>{values[i]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
    </section>
  );
}

/** One indicator: its total, and by its dimensions a bar chart with its table, or a cross
 * table. */
function Indicator({ indicator }: { indicator: IndicatorData }) {
  const id = `stats-${indicator.key}`;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{indicator.label}</h3>
      {!indicator.cumulative && <p className="muted">{texts.stateNote}</p>}
      <p className="stats-total">
        {texts.total}: {indicator.total.toLocaleString("pl-PL")}
      </p>
      {indicator.dimensions.length > 0 && indicator.figures.length === 0 && <p>{texts.none}</p>}
      {indicator.dimensions.length === 1 && indicator.figures.length > 0 && <OneDimension indicator={indicator} />}
      {indicator.dimensions.length === 2 && indicator.figures.length > 0 && <TwoDimensions indicator={indicator} />}
    </section>
  );
}

function OneDimension({ indicator }: { indicator: IndicatorData }) {
  const rows = bars(indicator);
  const dimension = texts.dimensions[indicator.dimensions[0] ?? ""] ?? "";
  return (
    <>
      <BarChart label={indicator.label} bars={rows} />
      <Scroll label={indicator.label}>
        <table className="stats-table">
          <caption className="visually-hidden">{indicator.label}</caption>
          <thead>
            <tr>
              <th scope="col">{dimension}</th>
              <th scope="col">{texts.count}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, n]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
    </>
  );
}

function TwoDimensions({ indicator }: { indicator: IndicatorData }) {
  const t = crossTable(indicator);
  const [d0, d1] = indicator.dimensions.map((d) => texts.dimensions[d] ?? d);
  return (
    <>
      <BarChart label={indicator.label} bars={t.rows.map((r, i) => [r, t.rowTotals[i] ?? 0])} />
      <Scroll label={indicator.label}>
        <table className="stats-table">
          <caption className="visually-hidden">{indicator.label}</caption>
          <thead>
            <tr>
              <th scope="col">{`${d0} / ${d1}`}</th>
              {t.cols.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
              <th scope="col">{texts.total}</th>
            </tr>
          </thead>
          <tbody>
            {t.rows.map((r, i) => (
              <tr key={r}>
                <th scope="row">{r}</th>
                {t.cells[i]?.map((n, j) => <td key={t.cols[j]}>{n}</td>)}
                <td>{t.rowTotals[i]}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{texts.total}</th>
              {t.colTotals.map((n, j) => (
                <td key={t.cols[j]}>{n}</td>
              ))}
              <td>{t.total}</td>
            </tr>
          </tfoot>
        </table>
      </Scroll>
    </>
  );
}
