// `/program-gminny/standardy-ochrony`: the register of child-protection standards of the
// municipality's institutions working with children, for every staff member: when each adopted
// and last reviewed its standards, the next review, and a warning for reviews overdue. The
// administrator and the team's chair add institutions and record adoptions and reviews.
import { useEffect, useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useClient, useQuery } from "urql";
import { Choice, ErrorSummary, TextInput } from "../../components/fields.tsx";
import { LoadError } from "../../components/lists.tsx";
import { useFormProblems } from "../../components/problems.ts";
import { graphql } from "../../gql/index.ts";
import type { ChildProtectionEvent, ChildProtectionInstitutionKind, ChildProtectionRegisterQuery } from "../../gql/graphql.ts";
import { formatDate, plural } from "../../lib/format.ts";
import { errorCodes } from "../../lib/userErrors.ts";
import { useFocusAfter } from "./Indicators.tsx";
import { DAYS, standardsTexts as texts } from "./standardsTexts.ts";

const Query = graphql(`
  query ChildProtectionRegister {
    viewer {
      roles
    }
    childProtectionInstitutions {
      id
      name
      kind
      responsiblePerson
      adoptedOn
      lastReviewOn
      nextReviewOn
      state
      daysOverdue
      viewerMayEdit
      version
    }
  }
`);
const Add = graphql(`
  mutation AddChildProtectionInstitution($input: AddChildProtectionInstitutionInput!) {
    addChildProtectionInstitution(input: $input) {
      institution {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const Update = graphql(`
  mutation UpdateChildProtectionInstitution($input: UpdateChildProtectionInstitutionInput!) {
    updateChildProtectionInstitution(input: $input) {
      institution {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const Record = graphql(`
  mutation RecordChildProtectionStandards($input: RecordChildProtectionStandardsInput!) {
    recordChildProtectionStandards(input: $input) {
      institution {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

type Institution = ChildProtectionRegisterQuery["childProtectionInstitutions"][number];

const message = (code: string) => texts.problems[code] ?? texts.problems.INVALID ?? code;
const useProblems = () => useFormProblems(message, texts.failed);
const day = (d: string | null | undefined) => (d ? formatDate(d) : "—");

export function StandardsPage() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: Query });
  const [said, setSaid] = useState("");
  // One form open at a time: a new institution's, or an institution's record or correction.
  const [open, setOpen] = useState<{ id: string; form: "record" | "correct" } | null>(null);
  const focusLater = useFocusAfter();
  useEffect(() => {
    document.title = texts.documentTitle;
  }, []);
  const reload = () => refetch({ requestPolicy: "network-only" });
  const list = data?.childProtectionInstitutions ?? [];
  // The administrator and the team's chair keep the register (the server decides).
  const mayEdit = data?.viewer.roles.some((r) => r === "TENANT_ADMIN" || r === "TEAM_CHAIR") ?? false;
  const close = (button: string) => {
    setOpen(null);
    focusLater(button);
  };
  const done = (what: string, button?: string) => {
    setSaid(what);
    reload();
    if (button) close(button);
  };
  const overdue = list.filter((i) => i.state === "REVIEW_OVERDUE");
  const chosen = list.find((i) => i.id === open?.id);
  return (
    <>
      <h1>{texts.title}</h1>
      <p className="muted">{texts.intro}</p>
      <p role="status" className="status-line">
        {said}
      </p>
      {!data && fetching && <p role="status">{texts.loading}</p>}
      {error && !data && <LoadError text={texts.loadError} retry={texts.retry} onRetry={reload} />}
      {overdue.length > 0 && (
        <div className="warning">
          <p>
            <strong>{texts.overdue(overdue.length)}</strong>
          </p>
          <ul>
            {overdue.map((i) => (
              <li key={i.id}>{texts.overdueItem(i.name, day(i.nextReviewOn), plural(i.daysOverdue ?? 0, DAYS))}</li>
            ))}
          </ul>
        </div>
      )}
      {data && list.length === 0 && <p>{texts.none}</p>}
      {list.length > 0 && (
        <div className="table-scroll">
          <table className="cards">
            <caption className="visually-hidden">{texts.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.columns.institution}</th>
                <th scope="col">{texts.columns.person}</th>
                <th scope="col">{texts.columns.adopted}</th>
                <th scope="col">{texts.columns.lastReview}</th>
                <th scope="col">{texts.columns.nextReview}</th>
                <th scope="col">{texts.columns.state}</th>
                {mayEdit && <th scope="col">{texts.columns.actions}</th>}
              </tr>
            </thead>
            <tbody>
              {list.map((i) => (
                <tr key={i.id}>
                  <th scope="row">
                    {i.name}
                    <br />
                    <span className="muted">{texts.kinds[i.kind] ?? i.kind}</span>
                  </th>
                  <td>{i.responsiblePerson}</td>
                  <td>{day(i.adoptedOn)}</td>
                  <td>{day(i.lastReviewOn)}</td>
                  <td>{day(i.nextReviewOn)}</td>
                  <td>
                    {i.state === "REVIEW_OVERDUE" ? (
                      <strong className="overdue">{texts.states[i.state]}</strong>
                    ) : (
                      (texts.states[i.state] ?? i.state)
                    )}
                  </td>
                  {mayEdit && (
                    <td>
                      {i.viewerMayEdit && !open && (
                        <>
                          {/* Short on screen; named with the institution for screen readers. */}
                          <Button
                            id={`record-${i.id}`}
                            className="button link"
                            aria-label={i.adoptedOn ? texts.record(i.name) : texts.adopt(i.name)}
                            onPress={() => setOpen({ id: i.id, form: "record" })}
                          >
                            {i.adoptedOn ? texts.recordShort : texts.adoptShort}
                          </Button>{" "}
                          <Button
                            id={`correct-${i.id}`}
                            className="button link"
                            aria-label={texts.correct(i.name)}
                            onPress={() => setOpen({ id: i.id, form: "correct" })}
                          >
                            {texts.correctShort}
                          </Button>
                        </>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {chosen && open?.form === "record" && (
        <RecordForm
          institution={chosen}
          onCancel={() => close(`record-${chosen.id}`)}
          onConflict={reload}
          onDone={() => done(texts.saved(chosen.name), `record-${chosen.id}`)}
        />
      )}
      {chosen && open?.form === "correct" && (
        <InstitutionForm
          institution={chosen}
          onCancel={() => close(`correct-${chosen.id}`)}
          onConflict={reload}
          onDone={(name) => done(texts.saved(name), `correct-${chosen.id}`)}
        />
      )}
      {mayEdit && !open && <InstitutionForm onDone={(name) => done(texts.added(name))} />}
    </>
  );
}

const KINDS = Object.keys(texts.kinds) as ChildProtectionInstitutionKind[];
const INSTITUTION_LABELS: Record<string, string> = { name: texts.name, kind: texts.kind, responsiblePerson: texts.person };

/** A new institution, or an institution's correction at its version. */
function InstitutionForm(props: {
  institution?: Institution;
  onDone: (name: string) => void;
  onCancel?: () => void;
  onConflict?: () => void;
}) {
  const client = useClient();
  const p = useProblems();
  const i = props.institution;
  const empty = { name: "", kind: "", responsiblePerson: "" };
  const [form, setForm] = useState(i ? { name: i.name, kind: i.kind as string, responsiblePerson: i.responsiblePerson } : empty);
  const [sending, setSending] = useState(false);
  const id = i ? `institution-${i.id}-form` : "new-institution";
  const set = (f: keyof typeof empty) => (v: string) => {
    setForm((x) => ({ ...x, [f]: v }));
    p.clear(`institution.${f}`);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    const found: Record<string, string> = {};
    for (const f of Object.keys(empty) as (keyof typeof empty)[]) if (!form[f].trim()) found[`institution.${f}`] = "REQUIRED";
    if (p.refuse(found)) return;
    const institution = { name: form.name.trim(), kind: form.kind as ChildProtectionInstitutionKind, responsiblePerson: form.responsiblePerson.trim() };
    setSending(true);
    const r = i
      ? await client.mutation(Update, { input: { id: i.id, version: i.version, institution } }).toPromise()
      : await client.mutation(Add, { input: { institution } }).toPromise();
    setSending(false);
    if (errorCodes(r.error).includes("CONFLICT")) {
      p.fail(texts.conflict);
      props.onConflict?.();
      return;
    }
    const answer = r.data && ("updateChildProtectionInstitution" in r.data ? r.data.updateChildProtectionInstitution : r.data.addChildProtectionInstitution);
    if (!p.answered(answer)) return;
    if (!i) setForm(empty);
    props.onDone(institution.name);
  };
  const field = (path: string) => `${id}-${path.replace(/^institution\./, "")}`;
  return (
    <form className="action-form" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)} noValidate>
      <h2 id={`${id}-heading`}>{i ? texts.correctHeading(i.name) : texts.newHeading}</h2>
      <ErrorSummary
        problems={p.listed}
        failure={p.failure}
        heading={texts.fixProblems}
        message={message}
        idOf={field}
        labelOf={(path) => INSTITUTION_LABELS[path.replace(/^institution\./, "")]}
        refObject={p.summary}
      />
      <TextInput id={field("name")} label={texts.name} value={form.name} onChange={set("name")} error={p.error("institution.name")} autoFocus={!!i} required />
      <Choice
        id={field("kind")}
        label={texts.kind}
        options={Object.fromEntries(KINDS.map((k) => [k, texts.kinds[k] ?? k]))}
        value={form.kind}
        onChange={set("kind")}
        error={p.error("institution.kind")}
        required
      />
      <TextInput id={field("responsiblePerson")} label={texts.person} value={form.responsiblePerson} onChange={set("responsiblePerson")} error={p.error("institution.responsiblePerson")} required />
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? texts.saving : i ? texts.save : texts.add}
        </Button>
        {props.onCancel && (
          <Button className="button" onPress={props.onCancel}>
            {texts.cancel}
          </Button>
        )}
      </div>
    </form>
  );
}

/** The adoption of an institution's standards (before any) or a review (after), at its version. */
function RecordForm(props: { institution: Institution; onDone: () => void; onCancel: () => void; onConflict: () => void }) {
  const client = useClient();
  const p = useProblems();
  const i = props.institution;
  // Fixed when the form opens: if someone records the adoption meanwhile, sending it again is
  // refused (ALREADY_ADOPTED) instead of turning into a review.
  const [event] = useState<ChildProtectionEvent>(i.adoptedOn ? "REVIEWED" : "ADOPTED");
  const [on, setOn] = useState("");
  const [next, setNext] = useState("");
  const [sending, setSending] = useState(false);
  const id = `record-${i.id}-form`;
  const labels: Record<string, string> = { on: texts.on[event] ?? "", nextReviewOn: texts.nextReview, event: texts.on[event] ?? "" };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending || p.refuse(on ? {} : { on: "REQUIRED" })) return;
    setSending(true);
    const r = await client
      .mutation(Record, { input: { institutionId: i.id, version: i.version, event, on, nextReviewOn: next || null } })
      .toPromise();
    setSending(false);
    if (errorCodes(r.error).includes("CONFLICT")) {
      p.fail(texts.conflict);
      props.onConflict();
      return;
    }
    if (!p.answered(r.data?.recordChildProtectionStandards)) return;
    props.onDone();
  };
  return (
    <form className="action-form" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)} noValidate>
      <h2 id={`${id}-heading`}>{event === "ADOPTED" ? texts.adoptHeading(i.name) : texts.recordHeading(i.name)}</h2>
      <ErrorSummary
        problems={p.listed}
        failure={p.failure}
        heading={texts.fixProblems}
        message={message}
        idOf={(path) => `${id}-${path === "event" ? "on" : path}`}
        labelOf={(path) => labels[path]}
        refObject={p.summary}
      />
      <TextInput
        id={`${id}-on`}
        label={texts.on[event] ?? ""}
        type="date"
        value={on}
        onChange={(v) => {
          setOn(v);
          p.clear("on");
        }}
        error={p.error("on") ?? p.error("event")}
        autoFocus
        required
      />
      <TextInput
        id={`${id}-nextReviewOn`}
        label={texts.nextReview}
        hint={texts.nextReviewHint}
        type="date"
        value={next}
        onChange={(v) => {
          setNext(v);
          p.clear("nextReviewOn");
        }}
        error={p.error("nextReviewOn")}
      />
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? texts.saving : texts.save}
        </Button>
        <Button className="button" onPress={props.onCancel}>
          {texts.cancel}
        </Button>
      </div>
    </form>
  );
}
