// The parts every form of the card's page shares: sending a mutation and reading its answer,
// the form's frame (its announced summary, CONFLICT's reload, submit and cancel), the day field
// and a choice from a list.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { Button } from "react-aria-components";
import { Checks as SharedChecks, Choice as SharedChoice, TextInput } from "../../components/fields.tsx";
import { named } from "../../lib/format.ts";
import { useClient, type AnyVariables, type TypedDocumentNode } from "urql";
import { outcomeOf, type Outcome } from "./actions.ts";
import { fieldName, texts } from "./texts.ts";
import { Confirm } from "../../components/confirm.tsx";

/** The Polish message of a code, the field's own when it has one (`childrenInHousehold.INVALID`). */
export const message = (code: string, field?: string) =>
  (field ? texts.fieldErrors[`${field}.${code}`] : undefined) ?? texts.errors[code] ?? texts.unknownError(code);

/** Sends a mutation and turns its answer into the form's outcome. */
export function useSend() {
  const client = useClient();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [sending, setSending] = useState(false);
  /** Sends the mutation; `onDone` gets its payload (the mutation's one field) once it is done. */
  const send = async <V extends AnyVariables>(doc: TypedDocumentNode<unknown, V>, variables: V, onDone: (payload: unknown) => void) => {
    setSending(true);
    const result = await client.mutation(doc, variables).toPromise();
    setSending(false);
    const data = result.data as Record<string, { userErrors: { field: string[]; code: string }[] } | null> | undefined;
    const payload = data ? Object.values(data)[0] : null;
    const next = outcomeOf({ error: result.error, payload });
    setOutcome(next);
    if (next.kind === "done") onDone(payload);
  };
  const problems = outcome?.kind === "refused" ? outcome.problems : {};
  /** Refuses before sending, with the form's own problems by field, shown as the server's are. */
  const refuse = (found: Record<string, string>) => setOutcome({ kind: "refused", problems: found });
  return { outcome, sending, send, refuse, problems, problem: (path: string) => problems[path] };
}

/** The form's frame: its name, the answer's summary (announced), submit and cancel. */
export function Frame(props: {
  label: string;
  outcome: Outcome | null;
  sending: boolean;
  reload: () => void;
  onCancel: () => void;
  onSubmit: () => void;
  /** What a CONFLICT says (the card's by default). */
  conflict?: string;
  /** A word on the form itself, announced with the summary (e.g. nothing was changed). */
  notice?: string | null;
  /** The fields' labels by path (the card's usual names, `fieldName`, otherwise): each
   * problem of the summary names its field. */
  labels?: Record<string, string> | ((path: string) => string | undefined);
  /** Asked before sending, for a step that cannot be undone. */
  confirm?: { question: string; yes: string; no: string };
  /** The form's own checks, before anything is asked or sent: false when it refused. */
  check?: () => boolean;
  children: ReactNode;
}) {
  const { outcome } = props;
  const summary = useRef<HTMLDivElement>(null);
  // A refusal moves focus to its summary, never to the page's body.
  useEffect(() => {
    if ((outcome && outcome.kind !== "done") || props.notice) summary.current?.focus();
  }, [outcome, props.notice]);
  const [asking, setAsking] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // A date typed that is no day (31.02): its field says so; nothing is sent.
    const wrongDay = (e.currentTarget as HTMLFormElement).querySelector<HTMLElement>("[data-invalid-day]");
    if (wrongDay) {
      // Left and back: the field shows its own problem (as it does once left), and has the focus.
      wrongDay.blur();
      return wrongDay.focus();
    }
    if (props.check && !props.check()) return;
    if (props.confirm) setAsking(true);
    else props.onSubmit();
  };
  const labelOf = (path: string) =>
    (typeof props.labels === "function" ? props.labels(path) : props.labels?.[path]) ?? fieldName(path);
  const listed = outcome?.kind === "refused" ? Object.entries(outcome.problems) : [];
  return (
    <form className="action-form" aria-label={props.label} onSubmit={submit} noValidate>
      <div
        role="alert"
        ref={summary}
        tabIndex={-1}
        className={(outcome && outcome.kind !== "done") || props.notice ? "summary" : undefined}
      >
        {props.notice && <p>{props.notice}</p>}
        {listed.length > 0 && (
          <>
            <p>{texts.problems}</p>
            <ul>
              {listed.map(([path, code]) => (
                <li key={path}>
                  {named(labelOf(path), message(code, path))}
                </li>
              ))}
            </ul>
          </>
        )}
        {outcome?.kind === "conflict" && (
          <p>
            {props.conflict ?? texts.conflict}{" "}
            <Button className="button secondary" onPress={props.reload}>
              {texts.reload}
            </Button>
          </p>
        )}
        {outcome?.kind === "forbidden" && <p>{texts.forbidden}</p>}
        {outcome?.kind === "failed" && <p>{texts.failed}</p>}
      </div>
      {props.children}
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={props.sending}>
          {props.sending ? texts.sending : texts.submit}
        </Button>
        <Button className="button secondary" onPress={props.onCancel}>
          {texts.cancel}
        </Button>
      </div>
      {asking && props.confirm && (
        <Confirm
          question={props.confirm.question}
          yes={props.confirm.yes}
          no={props.confirm.no}
          onYes={() => {
            setAsking(false);
            props.onSubmit();
          }}
          onNo={() => setAsking(false)}
        />
      )}
    </form>
  );
}

export function DayField(props: {
  value: string;
  onChange: (v: string) => void;
  problem?: string;
  label?: string;
  /** "Today unless changed" unless told. */
  hint?: string;
  /** The field whose own messages come first (`deliveredOn.TOO_EARLY`). */
  field?: string;
  autoFocus?: boolean;
}) {
  return (
    <TextInput
      type="date"
      autoComplete={null}
      label={props.label ?? texts.on}
      value={props.value}
      onChange={props.onChange}
      error={props.problem ? message(props.problem, props.field) : undefined}
      hint={props.hint ?? texts.onHint}
      autoFocus={props.autoFocus}
    />
  );
}

export function Choice(props: {
  label: string;
  placeholder: string;
  options: Record<string, string>;
  value: string;
  onChange: (v: string) => void;
  problem?: string;
  /** The field whose own messages come first (`programme.REQUIRED`). */
  field?: string;
  autoFocus?: boolean;
}) {
  const { problem, field, ...rest } = props;
  return <SharedChoice {...rest} error={problem ? message(problem, field) : undefined} />;
}

/** A labelled text input (a text area when it has rows), its problem on itself. */
export function TextBox(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  problem?: string;
  /** The field whose own messages come first (`childrenInHousehold.INVALID`). */
  field?: string;
  rows?: number;
  hint?: string;
  type?: string;
  inputMode?: "numeric";
  wide?: boolean;
  autoFocus?: boolean;
}) {
  const { problem, field, wide, type, ...rest } = props;
  return (
    <TextInput
      {...rest}
      type={type ?? null}
      autoComplete={null}
      className={wide ? "field wide" : "field"}
      error={problem ? message(problem, field) : undefined}
    />
  );
}

/** A labelled group of checkboxes, its problem on the group. */
export function Checks(props: {
  label: string;
  options: Record<string, string>;
  value: string[];
  onChange: (v: string[]) => void;
  problem?: string;
  field?: string;
}) {
  const { problem, field, ...rest } = props;
  return <SharedChecks {...rest} error={problem ? message(problem, field) : undefined} />;
}
