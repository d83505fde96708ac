// The national helplines (infolinie ogólnopolskie) the public help pages list first: every one,
// withdrawn ones too; published or withdrawn after asking nothing (a withdrawal is undone by
// publishing again); added and changed, with their hours, forms of help and languages in the
// help point editor's own sections. A change keeps what this form does not show (an address,
// accessibility), as stored.
import { useRef, useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useClient, useQuery } from "urql";
import { ErrorSummary, TextInput } from "../../components/fields.tsx";
import type { HelpPointInput } from "../../gql/graphql.ts";
import { graphql } from "../../gql/index.ts";
import { errorCodes } from "../../lib/userErrors.ts";
import { idOf as pointIdOf, message as pointMessage } from "../points/Fields.tsx";
import {
  checkedAsTyped,
  emptyDraft,
  fromPoint,
  localProblems,
  pointProblems,
  toInput,
  type PointData,
  type PointDraft,
} from "../points/form.ts";
import { HoursSection, OfferSection } from "../points/Sections.tsx";
import { Pending } from "./Pending.tsx";
import { texts } from "./texts.ts";

const Query = graphql(`
  query OperatorHelplines {
    nationalHelplines {
      id
      name
      kind
      description
      address {
        street
        postalCode
        city
      }
      position {
        latitude
        longitude
      }
      phones {
        number
      }
      email
      web
      hours {
        dayAndNight
        openOnPublicHolidays
        week {
          day
          ranges {
            opens
            closes
          }
        }
        exceptions {
          date
          ranges {
            opens
            closes
          }
        }
      }
      services
      languages
      accessibility
      published
      version
    }
  }
`);

const Create = graphql(`
  mutation OperatorCreateHelpline($input: HelpPointInput!) {
    createHelpline(input: $input) {
      helpPoint {
        id
        name
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const Update = graphql(`
  mutation OperatorUpdateHelpline($input: UpdateHelpPointInput!) {
    updateHelpline(input: $input) {
      helpPoint {
        id
        name
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const Publish = graphql(`
  mutation OperatorPublishHelpline($input: PublishHelpPointInput!) {
    publishHelpline(input: $input) {
      helpPoint {
        id
        published
      }
      userErrors {
        field
        code
      }
    }
  }
`);

type Line = PointData & { id: string; published?: boolean | null; version?: number | null };

export function Helplines() {
  const client = useClient();
  const [{ data, fetching, error }, refetch] = useQuery({ query: Query });
  const [editing, setEditing] = useState<Line | "new" | null>(null);
  const [said, setSaid] = useState("");
  const status = useRef<HTMLParagraphElement>(null);
  const t = texts.helplines;
  const reload = () => refetch({ requestPolicy: "network-only" });
  const tell = (text: string) => {
    setSaid(text);
    window.requestAnimationFrame(() => status.current?.focus());
  };
  const lines = data?.nationalHelplines as Line[] | undefined;
  if (!lines) return <Pending error={fetching ? null : error} onRetry={reload} />;

  const publish = async (line: Line) => {
    const next = !line.published;
    const r = await client.mutation(Publish, { input: { id: line.id, published: next } }).toPromise();
    tell(r.data?.publishHelpline.helpPoint ? (next ? t.publishedNow(line.name) : t.withdrawnNow(line.name)) : t.failed);
    reload();
  };

  return (
    <>
      <p role="status" className="status-line" ref={status} tabIndex={-1}>
        {said}
      </p>
      {lines.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div className="table-scroll">
          <table className="cards">
            <caption className="visually-hidden">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.name}</th>
                <th scope="col">{t.columns.phones}</th>
                <th scope="col">{t.columns.state}</th>
                <th scope="col">{t.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={line.id}>
                  <th scope="row">{line.name}</th>
                  <td>{line.phones.map((p) => p.number).join(", ")}</td>
                  <td>
                    {line.published ? t.published : <strong>{t.withdrawn}</strong>}
                    {line.hours.dayAndNight ? `, ${t.dayAndNight}` : ""}
                  </td>
                  <td>
                    <div className="actions">
                      <Button className="button secondary" onPress={() => setEditing(line)}>
                        {t.edit(line.name)}
                      </Button>
                      <Button className="button secondary" onPress={() => void publish(line)}>
                        {line.published ? t.withdraw(line.name) : t.publish(line.name)}
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing === null ? (
        <div className="actions">
          <Button className="button secondary" onPress={() => setEditing("new")}>
            {t.add}
          </Button>
        </div>
      ) : (
        <LineForm
          key={editing === "new" ? "new" : `${editing.id}-${editing.version}`}
          line={editing === "new" ? null : editing}
          onDone={(text) => {
            setEditing(null);
            tell(text);
            reload();
          }}
          onCancel={() => setEditing(null)}
          onStale={reload}
          create={(input) => client.mutation(Create, { input: input as HelpPointInput }).toPromise()}
          update={(input) =>
            client.mutation(Update, { input: { ...input, point: input.point as HelpPointInput } }).toPromise()
          }
        />
      )}
    </>
  );
}

/** The form's own fields; every other path is a help point section's (hours, languages…). */
const FIELDS = {
  name: texts.helplines.name,
  phones: texts.helplines.phones,
  web: texts.helplines.web,
  description: texts.helplines.description,
} as const;
type Field = keyof typeof FIELDS;
const own = (path: string): Field | null => {
  const top = path.split(".")[0] ?? "";
  return top in FIELDS ? (top as Field) : null;
};

type Answer = {
  error?: { graphQLErrors?: readonly { extensions?: Record<string, unknown> }[] };
  data?: unknown;
};
type Payload = { helpPoint?: { name: string } | null; userErrors: readonly { field: readonly string[]; code: string }[] };

const phoneLines = (text: string) =>
  text
    .split("\n")
    .map((p) => p.trim())
    .filter(Boolean);

/** Problems by path, a phone's (`phones.2`) on the one field that holds every phone. */
function byField(problems: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, code] of Object.entries(problems)) out[own(path) === "phones" ? "phones" : path] ??= code;
  return out;
}

/** Adding a helpline, or changing one: what people read, its hours and what it offers. */
function LineForm(props: {
  line: Line | null;
  onDone: (said: string) => void;
  onCancel: () => void;
  onStale: () => void;
  create: (input: ReturnType<typeof toInput>) => Promise<Answer>;
  update: (input: { id: string; version: number; point: ReturnType<typeof toInput> }) => Promise<Answer>;
}) {
  const t = texts.helplines;
  const [draft, setDraft] = useState<PointDraft>(() =>
    props.line ? fromPoint(props.line) : { ...emptyDraft(), kind: "HELPLINE", dayAndNight: true },
  );
  const [phones, setPhones] = useState(() => draft.phones.filter(Boolean).join("\n"));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState("");
  const [sending, setSending] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const whole = { ...draft, phones: phoneLines(phones) };
  const local = byField(localProblems(whole));
  if (whole.phones.length === 0) local.phones = "REQUIRED";
  const problem = (path: string): string | undefined => {
    if (server[path]) return server[path];
    const code = local[path];
    return code && (submitted || touched.has(path) || checkedAsTyped(path, code)) ? code : undefined;
  };
  const touch = (path: string) => setTouched((x) => (x.has(path) ? x : new Set(x).add(path)));
  const change = (prefix: string, next: Partial<PointDraft>) => {
    setDraft((d) => ({ ...d, ...next }));
    setServer((x) => Object.fromEntries(Object.entries(x).filter(([p]) => !(p === prefix || p.startsWith(`${prefix}.`)))));
  };
  const focusSummary = () => window.requestAnimationFrame(() => summary.current?.focus());

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    setSubmitted(true);
    setFailure("");
    if (Object.keys(local).length > 0) {
      focusSummary();
      return;
    }
    setSending(true);
    const point = toInput(whole);
    const r = props.line
      ? await props.update({ id: props.line.id, version: props.line.version ?? 0, point })
      : await props.create(point);
    setSending(false);
    const data = r.data as { createHelpline?: Payload; updateHelpline?: Payload } | undefined;
    const payload = data?.createHelpline ?? data?.updateHelpline;
    if (errorCodes(r.error).includes("CONFLICT")) {
      setFailure(t.conflict);
      focusSummary();
      props.onStale();
      return;
    }
    if (!payload) {
      setFailure(t.failed);
      focusSummary();
      return;
    }
    if (payload.userErrors.length > 0) {
      setServer(byField(pointProblems(whole, payload.userErrors)));
      focusSummary();
      return;
    }
    const name = payload.helpPoint?.name ?? whole.name;
    props.onDone(props.line ? t.saved(name) : t.created(name));
  };

  const listed = Object.entries(submitted ? { ...local, ...server } : server);
  const idOf = (path: string) => (own(path) ? `helpline-${path}` : pointIdOf(path));
  // A section's field is named by its own label, as the form shows it.
  const labelOf = (path: string) => {
    const field = own(path);
    if (field) return FIELDS[field];
    const element = document.getElementById(pointIdOf(path));
    return (element as HTMLInputElement | null)?.labels?.[0]?.textContent ?? element?.getAttribute("aria-label") ?? undefined;
  };
  const message = (code: string) => t.problems[code] ?? pointMessage(code);
  const error = (f: Field) => {
    const code = problem(f);
    return code ? message(code) : undefined;
  };
  const title = props.line ? t.editTitle(props.line.name) : t.newTitle;
  return (
    <form className="action-form nka point-form" aria-labelledby="helpline-form" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="helpline-form">{title}</h3>
      {props.line && <p className="hint">{t.keptHint}</p>}
      <ErrorSummary
        problems={listed}
        failure={failure}
        heading={t.fixProblems}
        message={message}
        idOf={idOf}
        labelOf={labelOf}
        refObject={summary}
      />
      <fieldset>
        <legend>{t.sectionBasics}</legend>
        <TextInput id="helpline-name" label={t.name} value={draft.name} onChange={(v) => change("name", { name: v })} error={error("name")} required autoFocus />
        <TextInput
          id="helpline-phones"
          label={t.phones}
          hint={t.phonesHint}
          value={phones}
          onChange={(v) => {
            setPhones(v);
            change("phones", {});
          }}
          error={error("phones")}
          rows={2}
          required
        />
        <TextInput id="helpline-web" label={t.web} value={draft.web} onChange={(v) => change("web", { web: v })} error={error("web")} type="url" />
        <TextInput
          id="helpline-description"
          label={t.description}
          value={draft.description}
          onChange={(v) => change("description", { description: v })}
          error={error("description")}
          rows={3}
        />
      </fieldset>
      <HoursSection draft={draft} change={change} problem={problem} touch={touch} />
      <OfferSection draft={draft} change={change} problem={problem} touch={touch} accessibility={false} />
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? t.saving : props.line ? t.save : t.create}
        </Button>
        <Button className="button secondary" onPress={props.onCancel}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}
