// The yearly report of a municipal programme for the council and the voivode: a year of the
// programme that has begun, then a PDF to print or an XLSX workbook, made by the API on request.
import { useState } from "react";
import { useClient } from "urql";
import { DocumentButtons } from "../../components/documents.tsx";
import { Choice } from "../../components/fields.tsx";
import { graphql } from "../../gql/index.ts";
import type { MunicipalProgrammeReportFormat } from "../../gql/graphql.ts";
import { todayInPoland } from "../../lib/format.ts";
import { reportYears, texts } from "./texts.ts";

const ReportQuery = graphql(`
  query MunicipalProgrammeReport($id: ID!, $year: Int!, $format: MunicipalProgrammeReportFormat!) {
    node(id: $id) {
      ... on MunicipalProgramme {
        yearlyReport(year: $year, format: $format) {
          fileName
          mediaType
          base64
        }
      }
    }
  }
`);

export function YearlyReport({ programme }: { programme: { id: string; firstYear: number; lastYear: number } }) {
  const client = useClient();
  const years = reportYears(programme.firstYear, programme.lastYear, Number(todayInPoland().slice(0, 4)));
  const [year, setYear] = useState(years[0] ?? "");
  if (years.length === 0) return null;
  const fetch = (format: MunicipalProgrammeReportFormat) => async () => {
    const answer = await client
      .query(ReportQuery, { id: programme.id, year: Number(year), format }, { requestPolicy: "network-only" })
      .toPromise();
    const node = answer.data?.node;
    return node && "yearlyReport" in node ? node.yearlyReport : null;
  };
  return (
    <section aria-labelledby={`report-${programme.id}`} className="programme-report">
      <h3 id={`report-${programme.id}`}>{texts.report}</h3>
      <p className="muted">{texts.reportIntro}</p>
      <Choice
        id={`report-year-${programme.id}`}
        label={texts.reportYear}
        options={Object.fromEntries(years.map((y) => [y, y]))}
        value={year}
        onChange={setYear}
      />
      <DocumentButtons
        documents={[
          { label: texts.reportPdf(year), fetch: fetch("PDF") },
          { label: texts.reportXlsx(year), fetch: fetch("XLSX") },
        ]}
      />
    </section>
  );
}
