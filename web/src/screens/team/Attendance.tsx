import { useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import { TextInput } from "../../components/fields.tsx";
import { formatDate, parseTypedDate, plural } from "../../lib/format.ts";
import { defaultPeriod, missedMeetings } from "./meeting.ts";
import { Section } from "./Section.tsx";
import { texts } from "./texts.ts";

const AttendanceQuery = graphql(`
  query TeamAttendance($from: Date!, $to: Date!) {
    teams {
      id
      attendanceReport(from: $from, to: $to) {
        from
        to
        byMember {
          member {
            id
            displayName
          }
          meetings
          present
        }
        byInstitution {
          institution
          meetings
          present
        }
      }
    }
  }
`);

/** Frekwencja: the last three months unless another period is chosen; who missed meetings. */
export function Attendance({ teamId }: { teamId: string }) {
  const [period, setPeriod] = useState(defaultPeriod);
  const [typed, setTyped] = useState(period);
  const [{ data, fetching, error }] = useQuery({
    query: AttendanceQuery,
    variables: period,
    requestPolicy: "cache-and-network",
  });
  const report = data?.teams.find((t) => t.id === teamId)?.attendanceReport;
  const badPeriod = typed.from !== "" && typed.to !== "" && typed.from > typed.to;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!badPeriod && parseTypedDate(typed.from) && parseTypedDate(typed.to)) setPeriod(typed);
  };
  const missed = report ? missedMeetings(report.byMember) : [];
  const held = report ? Math.max(0, ...report.byMember.map((r) => r.meetings)) : 0;
  const c = texts.reportColumns;
  return (
    <Section id="attendance" title={texts.report}>
      <form className="filters" onSubmit={submit} aria-label={texts.report} noValidate>
        <TextInput
          type="date"
          label={texts.reportFrom}
          value={typed.from}
          onChange={(from) => setTyped((t) => ({ ...t, from }))}
          error={badPeriod ? texts.reportProblem : undefined}
        />
        <TextInput type="date" label={texts.reportTo} value={typed.to} onChange={(to) => setTyped((t) => ({ ...t, to }))} />
        <div className="actions">
          <Button type="submit" className="button secondary">
            {texts.showReport}
          </Button>
        </div>
      </form>
      <div aria-live="polite" className="status-line">
        {fetching && !report ? texts.loading : report ? texts.reportPeriod(formatDate(report.from), formatDate(report.to)) : ""}
      </div>
      {error && !report && <p role="alert">{texts.loadError}</p>}
      {report && held === 0 && <p>{texts.noMeetingsInPeriod}</p>}
      {report && held > 0 && (
        <>
          <h3>{texts.missedTitle}</h3>
          {missed.length === 0 ? (
            <p>{texts.nobodyMissed}</p>
          ) : (
            <ul data-testid="missed-meetings">
              {missed.map((m) => (
                <li key={m.member.id}>
                  {texts.missedLine(m.member.displayName ?? texts.unknownPerson, plural(m.missed, texts.meetingCount), m.meetings)}
                </li>
              ))}
            </ul>
          )}
          <div className="table-scroll">
            <table className="cards">
              <caption className="visually-hidden">{texts.report}</caption>
              <thead>
                <tr>
                  <th scope="col">{c.who}</th>
                  <th scope="col">{c.meetings}</th>
                  <th scope="col">{c.present}</th>
                  <th scope="col">{c.missed}</th>
                </tr>
              </thead>
              <tbody>
                {report.byMember.map((r) => (
                  <tr key={r.member.id}>
                    <th scope="row">{r.member.displayName ?? texts.unknownPerson}</th>
                    <td>{r.meetings}</td>
                    <td>{r.present}</td>
                    <td>{r.meetings - r.present}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{texts.byInstitution}</h3>
          <div className="table-scroll">
            <table className="cards">
              <caption className="visually-hidden">{texts.byInstitution}</caption>
              <thead>
                <tr>
                  <th scope="col">{texts.institutionColumns.institution}</th>
                  <th scope="col">{texts.institutionColumns.meetings}</th>
                  <th scope="col">{texts.institutionColumns.present}</th>
                </tr>
              </thead>
              <tbody>
                {report.byInstitution.map((r) => (
                  <tr key={r.institution}>
                    <th scope="row">{texts.institutionKind[r.institution] ?? r.institution}</th>
                    <td>{r.meetings}</td>
                    <td>{r.present}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Section>
  );
}
