import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useMutation } from "urql";
import { graphql } from "../../gql/index.ts";
import type { RecordIntakeInput } from "../../gql/graphql.ts";
import { ROUTES, navigate } from "../../lib/route.ts";
import { Choice, Flag, Summary, TextInput, message } from "./Fields.tsx";
import {
  DRAFT_KEY,
  emptyDraft,
  emptyPerson,
  loadDraft,
  localProblems,
  saveDraft,
  serverProblems,
  shownAsTyped,
  toInput,
  type IntakeDraft,
  type IntakePersonDraft,
} from "./form.ts";
import { texts } from "./texts.ts";
import { DraftActions } from "../../components/confirm.tsx";

const RecordIntake = graphql(`
  mutation RecordIntake($input: RecordIntakeInput!) {
    recordIntake(input: $input) {
      intakeEntry {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const idOf = (path: string) => `intake-${path.replace(/\./g, "-")}`;

export function IntakeForm() {
  const [draft, setDraft] = useState<IntakeDraft>(() => loadDraft(window.sessionStorage) ?? emptyDraft());
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState("");
  const [{ fetching }, record] = useMutation(RecordIntake);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    document.title = texts.formDocumentTitle;
  }, []);
  // Kept on every change, so an error, a reload or a lost connection loses nothing.
  useEffect(() => saveDraft(window.sessionStorage, draft), [draft]);

  const local = localProblems(draft);
  const problem = (path: string, value = ""): string | undefined =>
    server[path] ?? (submitted || shownAsTyped(path, value) ? local[path] : undefined);
  const update = (path: string, change: (d: IntakeDraft) => IntakeDraft) => {
    setDraft(change);
    setServer((s) => {
      if (!(path in s)) return s;
      const { [path]: _gone, ...rest } = s;
      return rest;
    });
  };
  const set = <K extends keyof IntakeDraft>(key: K, path: string = key) => (v: IntakeDraft[K]) =>
    update(path, (d) => ({ ...d, [key]: v }));
  const setPerson = (i: number, key: keyof IntakePersonDraft) => (value: string) =>
    update(`persons.${i}.${key}`, (d) => ({
      ...d,
      persons: d.persons.map((p, j) => (j === i ? { ...p, [key]: value } : p)),
    }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setFailure("");
    if (Object.keys(localProblems(draft)).length > 0) {
      summary.current?.focus();
      return;
    }
    const result = await record({ input: toInput(draft) as RecordIntakeInput });
    const payload = result.data?.recordIntake;
    if (!payload) {
      setFailure(texts.sendFailed);
      summary.current?.focus();
      return;
    }
    if (payload.userErrors.length > 0) {
      setServer(serverProblems(payload.userErrors));
      summary.current?.focus();
      return;
    }
    window.sessionStorage.removeItem(DRAFT_KEY);
    navigate(ROUTES.intake, false, { notice: texts.recorded });
  };

  const shown = Object.entries({ ...(submitted ? local : {}), ...server });
  return (
    <>
      <p>
        <a href={ROUTES.intake}>{texts.backToList}</a>
      </p>
      <h1>{texts.formTitle}</h1>
      <p className="muted">{texts.formIntro}</p>
      <Summary problems={shown} failure={failure} idOf={idOf} refObject={summary} />
      <form onSubmit={submit} noValidate className="nka">
        <fieldset>
          <legend>{texts.partWhen}</legend>
          <TextInput id={idOf("receivedAt")} label={texts.receivedOn} type="date" value={draft.receivedOn} onChange={set("receivedOn", "receivedAt")} problem={problem("receivedAt")} />
          <TextInput id={idOf("receivedTime")} label={texts.receivedTime} type="time" value={draft.receivedTime} onChange={set("receivedTime", "receivedAt")} />
          <Choice id={idOf("channel")} label={texts.channelLabel} options={texts.channel} value={draft.channel} onChange={set("channel")} problem={problem("channel")} />
          <Choice id={idOf("kind")} label={texts.kindField} options={texts.kind} value={draft.kind} onChange={set("kind")} problem={problem("kind")} />
          <Choice id={idOf("urgency")} label={texts.urgencyLabel} options={texts.urgency} value={draft.urgency} onChange={set("urgency")} problem={problem("urgency")} />
        </fieldset>

        <fieldset>
          <legend>{texts.partReporter}</legend>
          <Flag id={idOf("anonymous")} label={texts.anonymous} value={draft.anonymous} onChange={set("anonymous", "reporter")} />
          {!draft.anonymous && (
            <>
              <TextInput id={idOf("reporter.name")} label={texts.reporterName} value={draft.reporterName} onChange={set("reporterName", "reporter.name")} problem={problem("reporter.name")} />
              <TextInput id={idOf("reporter.contact")} label={texts.reporterContact} value={draft.reporterContact} onChange={set("reporterContact", "reporter.contact")} problem={problem("reporter.contact")} />
            </>
          )}
        </fieldset>

        <fieldset id={idOf("persons")} tabIndex={-1}>
          <legend>{texts.partPersons}</legend>
          <p className="hint">{texts.personsHint}</p>
          {problem("persons") && <p className="error">{message(problem("persons") ?? "")}</p>}
          {draft.persons.map((p, i) => (
            <fieldset key={i} className="person">
              <legend>{texts.personLegend(i + 1, texts.roles[p.role] ?? p.role)}</legend>
              <Choice id={idOf(`persons.${i}.role`)} label={texts.roleLabel} options={texts.roles} value={p.role} onChange={setPerson(i, "role")} problem={problem(`persons.${i}.role`)} />
              <TextInput id={idOf(`persons.${i}.firstName`)} label={texts.firstName} value={p.firstName} onChange={setPerson(i, "firstName")} problem={problem(`persons.${i}.firstName`)} />
              <TextInput id={idOf(`persons.${i}.lastName`)} label={texts.lastName} value={p.lastName} onChange={setPerson(i, "lastName")} problem={problem(`persons.${i}.lastName`)} />
              <TextInput id={idOf(`persons.${i}.pesel`)} label={texts.pesel} value={p.pesel} onChange={setPerson(i, "pesel")} problem={problem(`persons.${i}.pesel`, p.pesel)} hint={texts.peselHint} numeric />
              <TextInput id={idOf(`persons.${i}.dateOfBirth`)} label={texts.dateOfBirth} type="date" value={p.dateOfBirth} onChange={setPerson(i, "dateOfBirth")} problem={problem(`persons.${i}.dateOfBirth`)} />
              <Choice id={idOf(`persons.${i}.sex`)} label={texts.sex} placeholder={texts.chooseSex} options={texts.sexes} value={p.sex} onChange={setPerson(i, "sex")} problem={problem(`persons.${i}.sex`)} />
              <TextInput id={idOf(`persons.${i}.address`)} label={texts.address} value={p.address} onChange={setPerson(i, "address")} problem={problem(`persons.${i}.address`)} />
              <TextInput id={idOf(`persons.${i}.phone`)} label={texts.phone} value={p.phone} onChange={setPerson(i, "phone")} problem={problem(`persons.${i}.phone`)} />
              <Button
                className="button secondary"
                onPress={() => update("persons", (d) => ({ ...d, persons: d.persons.filter((_, j) => j !== i) }))}
              >
                {texts.removePerson(i + 1)}
              </Button>
            </fieldset>
          ))}
          <div className="actions">
            {(["VICTIM", "PERPETRATOR", "WITNESS"] as const).map((role) => (
              <Button
                key={role}
                className="button secondary"
                onPress={() => update("persons", (d) => ({ ...d, persons: [...d.persons, emptyPerson(role)] }))}
              >
                {texts.addPerson(texts.roles[role] ?? role)}
              </Button>
            ))}
          </div>
        </fieldset>

        <fieldset>
          <legend>{texts.account}</legend>
          <TextInput id={idOf("account")} label={texts.account} value={draft.account} onChange={set("account")} problem={problem("account")} multiline wide />
        </fieldset>

        <DraftActions
          sending={fetching}
          texts={texts}
          onDiscard={() => {
            window.sessionStorage.removeItem(DRAFT_KEY);
            setDraft(emptyDraft());
            setSubmitted(false);
            setServer({});
          }}
        />
      </form>
    </>
  );
}
