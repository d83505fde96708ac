// The national helplines (infolinie ogólnopolskie) the public help pages list first: every one,
// withdrawn ones too; published or withdrawn after asking nothing (a withdrawal is undone by
// publishing again); added and changed. A change keeps what this form does not show (hours,
// services, languages…), as the help point editor stored them.
import { useRef, useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useClient, useQuery } from "urql";
import { ErrorSummary, Flag, TextInput } from "../../components/fields.tsx";
import type { HelpPointInput } from "../../gql/graphql.ts";
import { graphql } from "../../gql/index.ts";
import { errorCodes } from "../../lib/userErrors.ts";
import { emptyDraft, fromPoint, toInput, type PointData } from "../points/form.ts";
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

const FIELDS = {
  name: texts.helplines.name,
  phones: texts.helplines.phones,
  web: texts.helplines.web,
  description: texts.helplines.description,
} as const;
type Field = keyof typeof FIELDS;
type Answer = {
  error?: { graphQLErrors?: readonly { extensions?: Record<string, unknown> }[] };
  data?: unknown;
};
type Payload = { helpPoint?: { name: string } | null; userErrors: readonly { field: readonly string[]; code: string }[] };

/** Adding a helpline, or changing one: the fields people read first; the rest is kept. */
function LineForm(props: {
  line: Line | null;
  onDone: (said: string) => void;
  onCancel: () => void;
  onStale: () => void;
  create: (input: ReturnType<typeof toInput>) => Promise<Answer>;
  update: (input: { id: string; version: number; point: ReturnType<typeof toInput> }) => Promise<Answer>;
}) {
  const t = texts.helplines;
  const base = props.line ? fromPoint(props.line) : { ...emptyDraft(), kind: "HELPLINE", dayAndNight: true };
  const [form, setForm] = useState<Record<Field, string>>({
    name: base.name,
    phones: base.phones.filter(Boolean).join("\n"),
    web: base.web,
    description: base.description,
  });
  const [dayAndNight, setDayAndNight] = useState(base.dayAndNight);
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState("");
  const [sending, setSending] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const set = (f: Field) => (v: string) => {
    setForm((x) => ({ ...x, [f]: v }));
    setProblems((p) => ({ ...p, [f]: undefined }));
  };
  const message = (code: string) => t.problems[code] ?? t.problems.INVALID ?? code;
  const refuse = (next: Partial<Record<Field, string>>, why = "") => {
    setProblems(next);
    setFailure(why);
    window.requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    const phones = form.phones
      .split("\n")
      .map((p) => p.trim())
      .filter(Boolean);
    const missing: Partial<Record<Field, string>> = {};
    if (!form.name.trim()) missing.name = "REQUIRED";
    if (phones.length === 0) missing.phones = "REQUIRED";
    if (Object.keys(missing).length > 0) {
      refuse(missing);
      return;
    }
    const point = toInput({ ...base, name: form.name, phones, web: form.web, description: form.description, dayAndNight });
    setSending(true);
    const r = props.line
      ? await props.update({ id: props.line.id, version: props.line.version ?? 0, point })
      : await props.create(point);
    setSending(false);
    const data = r.data as { createHelpline?: Payload; updateHelpline?: Payload } | undefined;
    const payload = data?.createHelpline ?? data?.updateHelpline;
    if (errorCodes(r.error).includes("CONFLICT")) {
      refuse({}, t.conflict);
      props.onStale();
      return;
    }
    if (!payload) {
      refuse({}, t.failed);
      return;
    }
    if (payload.userErrors.length > 0) {
      const next: Partial<Record<Field, string>> = {};
      let other = "";
      for (const u of payload.userErrors) {
        const path = u.field[0] === "input" ? u.field.slice(1) : u.field;
        const field = (path[0] === "point" ? path[1] : path[0]) ?? "";
        if (field in FIELDS) next[field as Field] ??= u.code;
        else other = t.otherProblem(field);
      }
      refuse(next, other);
      return;
    }
    const name = payload.helpPoint?.name ?? form.name;
    props.onDone(props.line ? t.saved(name) : t.created(name));
  };

  const listed = (Object.keys(FIELDS) as Field[])
    .filter((f) => problems[f])
    .map((f) => [f, problems[f] ?? ""] as [string, string]);
  const error = (f: Field) => (problems[f] ? message(problems[f]) : undefined);
  const title = props.line ? t.editTitle(props.line.name) : t.newTitle;
  return (
    <form className="action-form" aria-labelledby="helpline-form" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="helpline-form">{title}</h3>
      {props.line && <p className="hint">{t.keptHint}</p>}
      <ErrorSummary
        problems={listed}
        failure={failure}
        heading={t.fixProblems}
        message={message}
        idOf={(f) => `helpline-${f}`}
        labelOf={(f) => FIELDS[f as Field]}
        refObject={summary}
      />
      <TextInput id="helpline-name" label={t.name} value={form.name} onChange={set("name")} error={error("name")} required autoFocus />
      <TextInput
        id="helpline-phones"
        label={t.phones}
        hint={t.phonesHint}
        value={form.phones}
        onChange={set("phones")}
        error={error("phones")}
        rows={2}
        required
      />
      <TextInput id="helpline-web" label={t.web} value={form.web} onChange={set("web")} error={error("web")} type="url" />
      <TextInput
        id="helpline-description"
        label={t.description}
        value={form.description}
        onChange={set("description")}
        error={error("description")}
        rows={3}
      />
      <Flag label={t.dayAndNightLabel} value={dayAndNight} onChange={setDayAndNight} />
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
