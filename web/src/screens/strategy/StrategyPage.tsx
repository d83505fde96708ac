// `/program-gminny`: the municipal programme for counteracting domestic violence, for every
// staff member of the municipality: goals, actions and tasks with who carries them out, when,
// the budget and how far each got. The administrator and the team's chair describe the
// programme, add goals, actions and tasks, and record a task's progress.
import { lazy, Suspense, useEffect, useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useClient, useQuery } from "urql";
import { Choice, ErrorSummary, TextInput } from "../../components/fields.tsx";
import { LoadError } from "../../components/lists.tsx";
import { useFormProblems } from "../../components/problems.ts";
import { graphql } from "../../gql/index.ts";
import type { MunicipalProgrammeTaskInput, MunicipalTaskStatus, StrategyPageQuery } from "../../gql/graphql.ts";
import { formatDate } from "../../lib/format.ts";
import { ROUTES, useLocation } from "../../lib/route.ts";
import { errorCodes } from "../../lib/userErrors.ts";
import { Indicators, useFocusAfter } from "./Indicators.tsx";
import { YearlyReport } from "./Report.tsx";
import { isAmount, texts } from "./texts.ts";

const Query = graphql(`
  query StrategyPage {
    viewer {
      roles
    }
    municipalProgrammes {
      id
      title
      resolutionNumber
      resolutionDate
      firstYear
      lastYear
      viewerMayEdit
      version
      indicators {
        id
        name
        unit
        goalNumber
        baseline
        source
        computedFrom {
          statistic
          label
          valueLabel
        }
        years {
          year
          target
          actual
        }
      }
      goals {
        id
        number
        title
        actions {
          id
          number
          title
          tasks {
            id
            number
            title
            responsible
            partners
            startsOn
            endsOn
            plannedBudget
            spentBudget
            status
            version
          }
        }
      }
    }
  }
`);

const Create = graphql(`
  mutation CreateMunicipalProgramme($input: CreateMunicipalProgrammeInput!) {
    createMunicipalProgramme(input: $input) {
      programme {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const UpdateProgramme = graphql(`
  mutation UpdateMunicipalProgramme($input: UpdateMunicipalProgrammeInput!) {
    updateMunicipalProgramme(input: $input) {
      programme {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const AddGoal = graphql(`
  mutation AddMunicipalProgrammeGoal($input: AddMunicipalProgrammeGoalInput!) {
    addMunicipalProgrammeGoal(input: $input) {
      programme {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const AddAction = graphql(`
  mutation AddMunicipalProgrammeAction($input: AddMunicipalProgrammeActionInput!) {
    addMunicipalProgrammeAction(input: $input) {
      programme {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const AddTask = graphql(`
  mutation AddMunicipalProgrammeTask($input: AddMunicipalProgrammeTaskInput!) {
    addMunicipalProgrammeTask(input: $input) {
      programme {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const UpdateTask = graphql(`
  mutation UpdateMunicipalProgrammeTask($input: UpdateMunicipalProgrammeTaskInput!) {
    updateMunicipalProgrammeTask(input: $input) {
      programme {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

type Programme = StrategyPageQuery["municipalProgrammes"][number];
type Goal = Programme["goals"][number];
type Action = Goal["actions"][number];
type Task = Action["tasks"][number];

const message = (code: string) => texts.problems[code] ?? texts.problems.INVALID ?? code;
const useProblems = () => useFormProblems(message, texts.failed);

// The register of standards and the events load when opened.
const StandardsPage = lazy(() => import("./Standards.tsx").then((m) => ({ default: m.StandardsPage })));
const EventsPage = lazy(() => import("./Events.tsx").then((m) => ({ default: m.EventsPage })));
const CoalitionsPage = lazy(() => import("./Coalitions.tsx").then((m) => ({ default: m.CoalitionsPage })));

/** The parts of the municipal programme's page, each on its own path. */
export const PARTS = {
  /** Campaigns and events, and what the public calendar shows. */
  events: `${ROUTES.strategy}/wydarzenia`,
  /** The register of child-protection standards of the institutions working with children. */
  standards: `${ROUTES.strategy}/standardy-ochrony`,
  /** The local coalitions the municipality is invited to or in. */
  coalitions: `${ROUTES.strategy}/koalicje`,
};

/** The municipal programme and what belongs to it, each part on its own path. */
export function StrategyPage() {
  const { path } = useLocation();
  const part = path === PARTS.standards ? "standards" : path === PARTS.events ? "events" : path === PARTS.coalitions ? "coalitions" : "programme";
  const parts = [
    { href: ROUTES.strategy, label: texts.partProgramme, current: part === "programme" },
    { href: PARTS.events, label: texts.partEvents, current: part === "events" },
    { href: PARTS.standards, label: texts.partStandards, current: part === "standards" },
    { href: PARTS.coalitions, label: texts.partCoalitions, current: part === "coalitions" },
  ];
  return (
    <>
      <nav aria-label={texts.parts} className="subnav">
        <ul>
          {parts.map((p) => (
            <li key={p.href}>
              <a href={p.href} aria-current={p.current ? "page" : undefined}>
                {p.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {part === "programme" ? (
        <ProgrammePage />
      ) : (
        <Suspense fallback={<p role="status">{texts.loading}</p>}>{part === "events" ? <EventsPage /> : part === "coalitions" ? <CoalitionsPage /> : <StandardsPage />}</Suspense>
      )}
    </>
  );
}

function ProgrammePage() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: Query });
  const [said, setSaid] = useState("");
  useEffect(() => {
    document.title = texts.documentTitle;
  }, []);
  const reload = () => refetch({ requestPolicy: "network-only" });
  const done = (what: string) => {
    setSaid(what);
    reload();
  };
  // The administrator and the team's chair describe programmes (the server decides; the
  // programmes say so of themselves too).
  const mayEdit = data?.viewer.roles.some((r) => r === "TENANT_ADMIN" || r === "TEAM_CHAIR") ?? false;
  return (
    <>
      <h1>{texts.title}</h1>
      <p className="muted">{texts.intro}</p>
      <p role="status" className="status-line">
        {said}
      </p>
      {!data && fetching && <p role="status">{texts.loading}</p>}
      {error && !data && <LoadError text={texts.loadError} retry={texts.retry} onRetry={reload} />}
      {data && data.municipalProgrammes.length === 0 && <p>{texts.none}</p>}
      {data?.municipalProgrammes.map((p) => (
        <ProgrammeView key={p.id} programme={p} onDone={done} />
      ))}
      {data && mayEdit && <ProgrammeForm onDone={(title) => done(texts.programmeAdded(title))} />}
    </>
  );
}

function ProgrammeView({ programme: p, onDone }: { programme: Programme; onDone: (said: string) => void }) {
  const [correcting, setCorrecting] = useState(false);
  const focusLater = useFocusAfter();
  const close = () => {
    setCorrecting(false);
    focusLater(`correct-${p.id}`);
  };
  return (
    <section aria-labelledby={`programme-${p.id}`} className="programme">
      <h2 id={`programme-${p.id}`}>{p.title}</h2>
      <p>{texts.resolution(p.resolutionNumber, formatDate(p.resolutionDate), p.firstYear, p.lastYear)}</p>
      {p.viewerMayEdit && !correcting && (
        <Button id={`correct-${p.id}`} className="button" onPress={() => setCorrecting(true)}>
          {texts.correctProgramme}
        </Button>
      )}
      {correcting && (
        <ProgrammeForm
          programme={p}
          onCancel={close}
          onConflict={() => onDone(texts.programmeConflict)}
          onDone={() => {
            close();
            onDone(texts.programmeCorrected);
          }}
        />
      )}
      <Indicators programme={p} onDone={onDone} />
      <YearlyReport programme={p} />
      {p.goals.length === 0 && <p>{texts.noGoals}</p>}
      {p.goals.map((g) => (
        <section key={g.id} aria-labelledby={`goal-${g.id}`}>
          <h3 id={`goal-${g.id}`}>{texts.goal(g.number, g.title)}</h3>
          {g.actions.length === 0 && <p>{texts.noActions}</p>}
          {g.actions.map((a) => (
            <ActionView key={a.id} action={a} programme={p} onDone={onDone} />
          ))}
          {p.viewerMayEdit && (
            <TitleForm
              id={`new-action-${g.id}`}
              heading={texts.newAction(g.number)}
              label={texts.actionTitle}
              submitLabel={texts.addAction}
              send={async (client, title) =>
                (await client.mutation(AddAction, { input: { goalId: g.id, title } }).toPromise()).data?.addMunicipalProgrammeAction
              }
              onDone={() => onDone(texts.actionAdded)}
            />
          )}
        </section>
      ))}
      {p.viewerMayEdit && (
        <TitleForm
          id={`new-goal-${p.id}`}
          heading={texts.newGoal(p.title)}
          label={texts.goalTitle}
          submitLabel={texts.addGoal}
          send={async (client, title) =>
            (await client.mutation(AddGoal, { input: { programmeId: p.id, title } }).toPromise()).data?.addMunicipalProgrammeGoal
          }
          onDone={() => onDone(texts.goalAdded)}
        />
      )}
    </section>
  );
}

function ActionView({ action: a, programme, onDone }: { action: Action; programme: Programme; onDone: (said: string) => void }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const focusLater = useFocusAfter();
  const close = (id: string) => {
    setEditing(null);
    setAdding(false);
    focusLater(id);
  };
  return (
    <section aria-labelledby={`action-${a.id}`}>
      <h4 id={`action-${a.id}`}>{texts.action(a.number, a.title)}</h4>
      {a.tasks.length === 0 ? (
        <p>{texts.noTasks}</p>
      ) : (
        <div className="table-scroll">
          <table className="cards">
            <caption className="visually-hidden">{texts.tasksCaption(a.number)}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.columns.task}</th>
                <th scope="col">{texts.columns.responsible}</th>
                <th scope="col">{texts.columns.dates}</th>
                <th scope="col">{texts.columns.budget}</th>
                <th scope="col">{texts.columns.status}</th>
              </tr>
            </thead>
            <tbody>
              {a.tasks.map((t) => (
                <tr key={t.id}>
                  <th scope="row">
                    {t.number}. {t.title}
                    {programme.viewerMayEdit && editing !== t.id && (
                      <>
                        {" "}
                        <Button id={`change-${t.id}`} className="button link" onPress={() => setEditing(t.id)}>
                          {texts.change(t.number)}
                        </Button>
                      </>
                    )}
                  </th>
                  <td>
                    {t.responsible}
                    {t.partners ? `; ${texts.partners(t.partners)}` : ""}
                  </td>
                  <td>{texts.dates(formatDate(t.startsOn), formatDate(t.endsOn))}</td>
                  <td>{texts.budget(t.plannedBudget, t.spentBudget)}</td>
                  <td>{texts.statuses[t.status] ?? t.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {a.tasks
        .filter((t) => t.id === editing)
        .map((t) => (
          <TaskForm
            key={t.id}
            id={`task-${t.id}`}
            heading={texts.editTask(t.number)}
            task={t}
            onCancel={() => close(`change-${t.id}`)}
            onConflict={() => onDone(texts.conflict)}
            onDone={() => {
              close(`change-${t.id}`);
              onDone(texts.taskSaved(t.number));
            }}
          />
        ))}
      {programme.viewerMayEdit && editing === null && !adding && (
        <Button id={`add-task-${a.id}`} className="button" onPress={() => setAdding(true)}>
          {texts.openNewTask(a.number)}
        </Button>
      )}
      {programme.viewerMayEdit && editing === null && adding && (
        <TaskForm
          id={`new-task-${a.id}`}
          heading={texts.newTask(a.number)}
          actionId={a.id}
          onCancel={() => close(`add-task-${a.id}`)}
          onDone={() => {
            close(`add-task-${a.id}`);
            onDone(texts.taskAdded);
          }}
        />
      )}
    </section>
  );
}

type Client = ReturnType<typeof useClient>;
type Answer = { userErrors: readonly { field: readonly string[]; code: string }[] } | null | undefined;

/** A form of one title under a parent: a new goal or action. */
function TitleForm(props: {
  id: string;
  heading: string;
  label: string;
  submitLabel: string;
  send: (client: Client, title: string) => Promise<Answer>;
  onDone: () => void;
}) {
  const client = useClient();
  const p = useProblems();
  const [title, setTitle] = useState("");
  const [sending, setSending] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending || p.refuse(title.trim() ? {} : { title: "REQUIRED" })) return;
    setSending(true);
    const answer = await props.send(client, title.trim());
    setSending(false);
    if (!p.answered(answer)) return;
    setTitle("");
    props.onDone();
  };
  return (
    <form className="action-form" aria-labelledby={`${props.id}-heading`} onSubmit={(e) => void submit(e)} noValidate>
      <h5 id={`${props.id}-heading`}>{props.heading}</h5>
      <ErrorSummary
        problems={p.listed}
        failure={p.failure}
        heading={texts.fixProblems}
        message={message}
        idOf={() => `${props.id}-title`}
        labelOf={() => props.label}
        refObject={p.summary}
      />
      <TextInput
        id={`${props.id}-title`}
        label={props.label}
        value={title}
        onChange={(v) => {
          setTitle(v);
          p.clear("title");
        }}
        error={p.error("title")}
        required
      />
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? texts.saving : props.submitLabel}
        </Button>
      </div>
    </form>
  );
}

const STATUSES = Object.keys(texts.statuses) as MunicipalTaskStatus[];
const FIELDS = ["title", "responsible", "partners", "startsOn", "endsOn", "plannedBudget", "spentBudget", "status"] as const;
type Field = (typeof FIELDS)[number];
const LABELS: Record<Field, string> = {
  title: texts.taskTitle,
  responsible: texts.responsible,
  partners: texts.partnersLabel,
  startsOn: texts.startsOn,
  endsOn: texts.endsOn,
  plannedBudget: texts.plannedBudget,
  spentBudget: texts.spentBudget,
  status: texts.status,
};

/** Amounts as the API answers them (`12345.67`), shown as typed in Polish (`12345,67`). */
const typed = (amount: string | null | undefined) => (amount ? amount.replace(".", ",") : "");

/** A new task of an action, or a task's change (all its content, at its version). */
function TaskForm(props: {
  id: string;
  heading: string;
  actionId?: string;
  task?: Task;
  onDone: () => void;
  onCancel?: () => void;
  onConflict?: () => void;
}) {
  const client = useClient();
  const p = useProblems();
  const t = props.task;
  const [form, setForm] = useState<Record<Field, string>>({
    title: t?.title ?? "",
    responsible: t?.responsible ?? "",
    partners: t?.partners ?? "",
    startsOn: t?.startsOn ?? "",
    endsOn: t?.endsOn ?? "",
    plannedBudget: typed(t?.plannedBudget),
    spentBudget: typed(t?.spentBudget),
    status: t?.status ?? "PLANNED",
  });
  const [sending, setSending] = useState(false);
  const set = (field: Field) => (v: string) => {
    setForm((f) => ({ ...f, [field]: v }));
    p.clear(`task.${field}`);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    const found: Record<string, string> = {};
    for (const f of ["title", "responsible", "startsOn", "endsOn"] as const) if (!form[f].trim()) found[`task.${f}`] = "REQUIRED";
    for (const f of ["plannedBudget", "spentBudget"] as const)
      if (form[f].trim() && !isAmount(form[f].trim())) found[`task.${f}`] = "AMOUNT";
    if (!found["task.endsOn"] && !found["task.startsOn"] && form.endsOn < form.startsOn) found["task.endsOn"] = "ENDS_BEFORE_STARTS";
    if (p.refuse(found)) return;
    const task: MunicipalProgrammeTaskInput = {
      title: form.title.trim(),
      responsible: form.responsible.trim(),
      partners: form.partners.trim() || null,
      startsOn: form.startsOn,
      endsOn: form.endsOn,
      plannedBudget: form.plannedBudget.trim() || null,
      spentBudget: form.spentBudget.trim() || null,
      status: form.status as MunicipalTaskStatus,
    };
    setSending(true);
    const r = t
      ? await client.mutation(UpdateTask, { input: { id: t.id, version: t.version, task } }).toPromise()
      : await client.mutation(AddTask, { input: { actionId: props.actionId ?? "", task } }).toPromise();
    setSending(false);
    // Changed by someone else meanwhile: the page reads the task again (its new version), and
    // what was typed stays here to be saved once more.
    if (errorCodes(r.error).includes("CONFLICT")) {
      p.fail(texts.conflict);
      props.onConflict?.();
      return;
    }
    const answer = r.data && ("updateMunicipalProgrammeTask" in r.data ? r.data.updateMunicipalProgrammeTask : r.data.addMunicipalProgrammeTask);
    if (!p.answered(answer)) return;
    props.onDone();
  };
  const field = (f: Field) => `${props.id}-${f}`;
  return (
    <form className="action-form" aria-labelledby={`${props.id}-heading`} onSubmit={(e) => void submit(e)} noValidate>
      <h5 id={`${props.id}-heading`}>{props.heading}</h5>
      <ErrorSummary
        problems={p.listed}
        failure={p.failure}
        heading={texts.fixProblems}
        message={message}
        idOf={(path) => field(path.replace(/^task\./, "") as Field)}
        labelOf={(path) => LABELS[path.replace(/^task\./, "") as Field]}
        refObject={p.summary}
      />
      <TextInput id={field("title")} label={texts.taskTitle} value={form.title} onChange={set("title")} error={p.error("task.title")} autoFocus required />
      <TextInput id={field("responsible")} label={texts.responsible} value={form.responsible} onChange={set("responsible")} error={p.error("task.responsible")} required />
      <TextInput id={field("partners")} label={texts.partnersLabel} value={form.partners} onChange={set("partners")} error={p.error("task.partners")} />
      <TextInput id={field("startsOn")} label={texts.startsOn} type="date" value={form.startsOn} onChange={set("startsOn")} error={p.error("task.startsOn")} required />
      <TextInput id={field("endsOn")} label={texts.endsOn} type="date" value={form.endsOn} onChange={set("endsOn")} error={p.error("task.endsOn")} required />
      <TextInput
        id={field("plannedBudget")}
        label={texts.plannedBudget}
        hint={texts.budgetHint}
        inputMode="decimal"
        value={form.plannedBudget}
        onChange={set("plannedBudget")}
        error={p.error("task.plannedBudget")}
        size={14}
      />
      {t && (
        <>
          <TextInput
            id={field("spentBudget")}
            label={texts.spentBudget}
            hint={texts.budgetHint}
            inputMode="decimal"
            value={form.spentBudget}
            onChange={set("spentBudget")}
            error={p.error("task.spentBudget")}
            size={14}
          />
          <Choice
            id={field("status")}
            label={texts.status}
            options={Object.fromEntries(STATUSES.map((s) => [s, texts.statuses[s] ?? s]))}
            value={form.status}
            onChange={set("status")}
            error={p.error("task.status")}
          />
        </>
      )}
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? texts.saving : t ? texts.save : texts.addTask}
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

/** A new programme's form, or a programme's correction (`programme` given, at its version). */
function ProgrammeForm({
  programme,
  onDone,
  onCancel,
  onConflict,
}: {
  programme?: Programme;
  onDone: (title: string) => void;
  onCancel?: () => void;
  onConflict?: () => void;
}) {
  const client = useClient();
  const p = useProblems();
  const empty = { title: "", resolutionNumber: "", resolutionDate: "", firstYear: "", lastYear: "" };
  const [form, setForm] = useState(
    programme
      ? {
          title: programme.title,
          resolutionNumber: programme.resolutionNumber,
          resolutionDate: programme.resolutionDate,
          firstYear: String(programme.firstYear),
          lastYear: String(programme.lastYear),
        }
      : empty,
  );
  const [sending, setSending] = useState(false);
  const set = (f: keyof typeof empty) => (v: string) => {
    setForm((x) => ({ ...x, [f]: v }));
    p.clear(f);
  };
  const id = programme ? `programme-${programme.id}-form` : "new-municipal-programme";
  const labels: Record<string, string> = {
    title: texts.programmeTitle,
    resolutionNumber: texts.resolutionNumber,
    resolutionDate: texts.resolutionDate,
    firstYear: texts.firstYear,
    lastYear: texts.lastYear,
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    const found: Record<string, string> = {};
    for (const f of Object.keys(empty) as (keyof typeof empty)[]) if (!form[f].trim()) found[f] = "REQUIRED";
    for (const f of ["firstYear", "lastYear"] as const) if (form[f].trim() && !/^\d{4}$/.test(form[f].trim())) found[f] = "OUT_OF_RANGE";
    if (p.refuse(found)) return;
    const content = {
      title: form.title.trim(),
      resolutionNumber: form.resolutionNumber.trim(),
      resolutionDate: form.resolutionDate,
      firstYear: Number(form.firstYear),
      lastYear: Number(form.lastYear),
    };
    setSending(true);
    const r = programme
      ? await client.mutation(UpdateProgramme, { input: { id: programme.id, version: programme.version, ...content } }).toPromise()
      : await client.mutation(Create, { input: content }).toPromise();
    setSending(false);
    if (errorCodes(r.error).includes("CONFLICT")) {
      p.fail(texts.programmeConflict);
      onConflict?.();
      return;
    }
    const answer = r.data && ("updateMunicipalProgramme" in r.data ? r.data.updateMunicipalProgramme : r.data.createMunicipalProgramme);
    if (!p.answered(answer)) return;
    if (!programme) setForm(empty);
    onDone(content.title);
  };
  return (
    <form className="action-form" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)} noValidate>
      {programme ? <h3 id={`${id}-heading`}>{texts.correctProgrammeTitle}</h3> : <h2 id={`${id}-heading`}>{texts.newProgrammeTitle}</h2>}
      <ErrorSummary
        problems={p.listed}
        failure={p.failure}
        heading={texts.fixProblems}
        message={message}
        idOf={(f) => `${id}-${f}`}
        labelOf={(f) => labels[f]}
        refObject={p.summary}
      />
      <TextInput id={`${id}-title`} label={texts.programmeTitle} value={form.title} onChange={set("title")} error={p.error("title")} autoFocus={!!programme} required />
      <TextInput id={`${id}-resolutionNumber`} label={texts.resolutionNumber} value={form.resolutionNumber} onChange={set("resolutionNumber")} error={p.error("resolutionNumber")} required />
      <TextInput id={`${id}-resolutionDate`} label={texts.resolutionDate} type="date" value={form.resolutionDate} onChange={set("resolutionDate")} error={p.error("resolutionDate")} required />
      <TextInput id={`${id}-firstYear`} label={texts.firstYear} inputMode="numeric" size={5} value={form.firstYear} onChange={set("firstYear")} error={p.error("firstYear")} required />
      <TextInput id={`${id}-lastYear`} label={texts.lastYear} inputMode="numeric" size={5} value={form.lastYear} onChange={set("lastYear")} error={p.error("lastYear")} required />
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? texts.saving : programme ? texts.save : texts.addProgramme}
        </Button>
        {onCancel && (
          <Button className="button" onPress={onCancel}>
            {texts.cancel}
          </Button>
        )}
      </div>
    </form>
  );
}
