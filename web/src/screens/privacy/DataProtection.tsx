// Data protection: how long the municipality keeps closed Blue Card procedures, and the reports
// of what was erased when that time passed. A part of the administration page, and the whole of
// it for the data-protection officer; the server refuses anyone else (and the part says so).
import { useRef, useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useClient, useQuery } from "urql";
import { ErrorSummary, TextInput } from "../../components/fields.tsx";
import { graphql } from "../../gql/index.ts";
import { formatDate, plural } from "../../lib/format.ts";
import { save } from "../../lib/download.ts";
import { peselProblem } from "../../lib/pesel.ts";
import { errorCodes } from "../../lib/userErrors.ts";
import { outcomeOf, type Outcome } from "../card/actions.ts";
import { texts } from "./texts.ts";

const Query = graphql(`
  query DataProtection {
    caseRetention {
      years
      isDefault
      version
      defaultYears
      minimumYears
      maximumYears
    }
    caseErasures {
      id
      number
      initiatedOn
      closedOn
      erasedOn
      years
      persons
      records
    }
  }
`);

const SetRetention = graphql(`
  mutation DataProtectionSetRetention($input: SetCaseRetentionInput!) {
    setCaseRetention(input: $input) {
      retention {
        years
        isDefault
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const Export = graphql(`
  query DataProtectionExport($pesel: String!, $firstName: String, $lastName: String) {
    subjectAccessExport(pesel: $pesel, firstName: $firstName, lastName: $lastName) {
      fileName
      mediaType
      base64
    }
  }
`);

const yearsText = (n: number) => plural(n, texts.years);
const message = (code: string) => texts.errors[code] ?? texts.unknownError(code);

/** The retention and the erasure reports, their headings at `level` (2 on the officer's page,
 * 3 inside the administrator's); the access export for the `officer` alone. */
export function DataProtection({ level, officer }: { level: 2 | 3; officer: boolean }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: Query, requestPolicy: "network-only" });
  const reload = () => refetch({ requestPolicy: "network-only" });
  // Said above the form, which is made anew for each version it saves.
  const [saved, setSaved] = useState("");
  const Heading = level === 2 ? "h2" : "h3";
  if (!data) {
    return fetching ? (
      <p role="status">{texts.loading}</p>
    ) : errorCodes(error).includes("FORBIDDEN") ? (
      <p role="alert">{texts.forbidden}</p>
    ) : (
      <p role="alert">
        {texts.loadError}{" "}
        <Button className="button secondary" onPress={reload}>
          {texts.retry}
        </Button>
      </p>
    );
  }
  const r = data.caseRetention;
  return (
    <>
      <section aria-labelledby="retention">
        <Heading id="retention">{texts.retentionTitle}</Heading>
        <p>{texts.retentionIntro(r.minimumYears, r.maximumYears, r.defaultYears)}</p>
        <p>{texts.retentionNow(yearsText(r.years), r.isDefault)}</p>
        {/* The controller decides the period; the officer reads it. */}
        {!officer && (
          <>
            <p role="status" className="status-line">
              {saved}
            </p>
            <RetentionForm key={r.version} years={r.years} version={r.version} onReload={reload} onSaved={setSaved} />
          </>
        )}
      </section>
      {officer && (
        <section aria-labelledby="access">
          <Heading id="access">{texts.accessTitle}</Heading>
          <p>{texts.accessIntro}</p>
          <AccessExport />
        </section>
      )}
      <section aria-labelledby="erasures">
        <Heading id="erasures">{texts.erasuresTitle}</Heading>
        <p className="muted">{texts.erasuresIntro}</p>
        {data.caseErasures.length === 0 ? (
          <p>{texts.noErasures}</p>
        ) : (
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">{texts.erasuresTitle}</caption>
              <thead>
                <tr>
                  {Object.values(texts.columns).map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.caseErasures.map((e) => (
                  <tr key={e.id}>
                    <th scope="row">{e.number ?? texts.noNumber}</th>
                    <td>{formatDate(e.initiatedOn)}</td>
                    <td>{e.closedOn ? formatDate(e.closedOn) : "—"}</td>
                    <td>{formatDate(e.erasedOn)}</td>
                    <td>{e.years}</td>
                    <td>{e.persons}</td>
                    <td>{e.records}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function RetentionForm(props: { years: number; version: number; onReload: () => void; onSaved: (said: string) => void }) {
  const client = useClient();
  const [typed, setTyped] = useState(String(props.years));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [sending, setSending] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const server = outcome?.kind === "refused" ? outcome.problems : {};
  const problems = { ...local, ...server };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    props.onSaved("");
    const raw = typed.trim();
    const found: Record<string, string> = !raw ? { years: "REQUIRED" } : !/^\d+$/.test(raw) ? { years: "NOT_A_NUMBER" } : {};
    setLocal(found);
    if (Object.keys(found).length > 0) {
      setOutcome(null);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setSending(true);
    const result = await client.mutation(SetRetention, { input: { years: Number(raw), version: props.version } }).toPromise();
    setSending(false);
    const next = outcomeOf({ error: result.error, payload: result.data?.setCaseRetention ?? null });
    setOutcome(next);
    if (next.kind === "done") {
      props.onSaved(texts.saved(yearsText(Number(raw))));
      props.onReload();
    } else summary.current?.focus();
  };
  const failure =
    outcome?.kind === "conflict" ? texts.conflict : outcome?.kind === "failed" || outcome?.kind === "forbidden" ? texts.failed : "";
  return (
    <form className="action-form" aria-label={texts.retentionTitle} onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary
        problems={Object.entries(problems)}
        failure={failure}
        heading={texts.problems}
        message={message}
        idOf={() => "retention-years"}
        refObject={summary}
        labelOf={() => texts.yearsLabel}
      />
      {outcome?.kind === "conflict" && (
        <Button className="button secondary" onPress={props.onReload}>
          {texts.reload}
        </Button>
      )}
      <TextInput
        id="retention-years"
        type={null}
        label={texts.yearsLabel}
        value={typed}
        onChange={(v) => {
          setTyped(v);
          setLocal({});
        }}
        error={problems.years ? message(problems.years) : undefined}
        inputMode="numeric"
        size={4}
      />
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? texts.sending : texts.save}
        </Button>
      </div>
    </form>
  );
}

/** The fields of the access export, in the order the summary lists them. */
type AccessField = "pesel" | "firstName" | "lastName";
const accessIds: Record<AccessField, string> = {
  pesel: "access-pesel",
  firstName: "access-first-name",
  lastName: "access-last-name",
};

/**
 * The officer's export for an access request: a PESEL, checked as typed, and the person's name
 * (both parts or neither) for the registers without PESEL; the file saved.
 */
function AccessExport() {
  const client = useClient();
  const [pesel, setPesel] = useState("");
  const [firstName, setFirstName] = useState("");
  const [lastName, setLastName] = useState("");
  const [problems, setProblems] = useState<[AccessField, string][]>([]);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const problemOf = (field: AccessField) => {
    const code = problems.find(([f]) => f === field)?.[1];
    return code ? (texts.peselProblems[code] ?? texts.unknownError(code)) : undefined;
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const raw = pesel.trim();
    const [first, last] = [firstName.trim(), lastName.trim()];
    const found: [AccessField, string][] = [];
    const wrong = !raw ? "REQUIRED" : peselProblem(raw);
    if (wrong) found.push(["pesel", wrong]);
    if (!first && last) found.push(["firstName", "PAIR"]);
    if (first && !last) found.push(["lastName", "PAIR"]);
    setProblems(found);
    if (found.length > 0) {
      setStatus("");
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setBusy(true);
    setStatus(texts.preparing);
    const named = first && last ? { firstName: first, lastName: last } : {};
    const result = await client
      .query(Export, { pesel: raw, ...named }, { requestPolicy: "network-only" })
      .toPromise();
    setBusy(false);
    const file = result.data?.subjectAccessExport;
    if (!file) {
      setStatus(texts.exportFailed);
      return;
    }
    save(file);
    const records = (JSON.parse(atob(file.base64)) as { records?: unknown[] }).records?.length ?? 0;
    setStatus(texts.exported(file.fileName, records));
  };
  return (
    <form className="action-form" aria-label={texts.accessTitle} onSubmit={(e) => void submit(e)} noValidate>
      <p role="status" className="status-line">
        {status}
      </p>
      <ErrorSummary
        problems={problems}
        failure=""
        heading={texts.problems}
        message={(code) => texts.peselProblems[code] ?? texts.unknownError(code)}
        idOf={(field) => accessIds[field as AccessField]}
        refObject={summary}
        labelOf={(field) => texts.accessLabels[field as AccessField]}
      />
      <TextInput
        id="access-pesel"
        type={null}
        label={texts.peselLabel}
        value={pesel}
        onChange={(v) => {
          setPesel(v);
          setProblems((p) => p.filter(([f]) => f !== "pesel"));
        }}
        error={problemOf("pesel")}
        inputMode="numeric"
        size={13}
        autoComplete={null}
      />
      <fieldset aria-describedby="access-name-hint">
        <legend>{texts.accessNameLegend}</legend>
        <p className="hint" id="access-name-hint">
          {texts.accessNameHint}
        </p>
        {(["firstName", "lastName"] as const).map((field) => (
          <TextInput
            key={field}
            id={accessIds[field]}
            label={texts.accessLabels[field]}
            value={field === "firstName" ? firstName : lastName}
            onChange={(v) => {
              (field === "firstName" ? setFirstName : setLastName)(v);
              // "Both or neither" is the pair's: a change to either settles it.
              setProblems((p) => p.filter(([f]) => f === "pesel"));
            }}
            error={problemOf(field)}
            autoComplete={null}
          />
        ))}
      </fieldset>
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={busy}>
          {texts.exportButton}
        </Button>
      </div>
    </form>
  );
}
