import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { Button, Checkbox, CheckboxGroup, FieldError, Label } from "react-aria-components";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { IntakeEntryPageQuery } from "../../gql/graphql.ts";
import { formatDate, formatDateTime, named, parseTypedDate, todayInPoland } from "../../lib/format.ts";
import { ROUTES, navigate } from "../../lib/route.ts";
import { outcomeOf, type Outcome } from "../card/actions.ts";
import { DeadlineState } from "./DeadlineState.tsx";
import { Box, Choice, TextInput, message } from "./Fields.tsx";
import {
  assignable,
  cardLabel,
  emptyResponse,
  nameOf,
  offeredForms,
  responseInput,
  responseProblems,
  type EntryForm,
  type ResponseDraft,
} from "./entry.ts";
import { texts } from "./texts.ts";

// The page in one request: the entry with everything under it, who the viewer is, and the
// team's members (the names of user IDs, and the people an entry can be assigned to).
const IntakeEntryPage = graphql(`
  query IntakeEntryPage($id: ID!) {
    node(id: $id) {
      ... on IntakeEntry {
        id
        receivedAt
        channel
        kind
        urgency
        status
        takenById
        anonymous
        reporter {
          name
          contact
        }
        account
        persons {
          role
          firstName
          lastName
          pesel
          dateOfBirth
          sex
          address
          phone
        }
        assigneeIds
        assignees {
          userId
          displayName
        }
        actions {
          kind
          on
          helpPointId
          note
          recordedById
        }
        responseDeadline {
          dueOn
          state
          metOn
          metLate
        }
        blueCardId
        allowedSteps
        closedOn
        version
      }
    }
    viewer {
      displayName
      user {
        id
      }
      municipality {
        slug
      }
    }
    teams {
      members {
        userId
        displayName
      }
    }
  }
`);

// The municipality's published points, for a referral and the names of points referred to.
const IntakeHelpPoints = graphql(`
  query IntakeHelpPoints($municipality: String!) {
    helpPoints(municipality: $municipality, first: 100) {
      nodes {
        id
        name
        national
      }
    }
  }
`);

const Respond = graphql(`
  mutation RespondToIntake($input: RespondToIntakeInput!) {
    respondToIntake(input: $input) {
      intakeEntry {
        id
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const Assign = graphql(`
  mutation AssignIntake($input: AssignIntakeInput!) {
    assignIntake(input: $input) {
      intakeEntry {
        id
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const Close = graphql(`
  mutation CloseIntake($input: CloseIntakeInput!) {
    closeIntake(input: $input) {
      intakeEntry {
        id
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const Link = graphql(`
  mutation LinkIntake($input: LinkIntakeToBlueCardInput!) {
    linkIntakeToBlueCard(input: $input) {
      intakeEntry {
        id
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`);

// The cards the viewer may see, to pick the one to link (asked only when that form opens).
const LinkableCards = graphql(`
  query LinkableCards {
    blueCards(first: 100) {
      edges {
        node {
          id
          initiatedOn
          persons {
            role
            firstName
            lastName
          }
        }
      }
    }
  }
`);

const Convert = graphql(`
  mutation ConvertIntakeToBlueCard($input: ConvertIntakeToBlueCardInput!) {
    convertIntakeToBlueCard(input: $input) {
      prefill {
        initiatedOn
        description
        persons {
          role
          firstName
          lastName
          pesel
          dateOfBirth
          sex
          address
          phone
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`);

type Node = NonNullable<IntakeEntryPageQuery["node"]>;
export type Entry = Extract<Node, { __typename?: "IntakeEntry" }> & { id: string; version: number };
type Viewer = { id: string; displayName: string } | null;
type Member = { userId: string; displayName?: string | null };

export function IntakePage({ id }: { id: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: IntakeEntryPage, variables: { id } });
  const [notice, setNotice] = useState<string | null>(
    () => (window.history.state as { notice?: string } | null)?.notice ?? null,
  );
  const noticeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  useEffect(() => {
    // The title names no one: it reaches the browser's history.
    document.title = texts.entryDocumentTitle;
  }, []);
  const reload = () => refetch({ requestPolicy: "network-only" });
  const node = data?.node;
  const entry = node && "account" in node ? (node as Entry) : null;
  const viewer: Viewer = data?.viewer.user ? { id: data.viewer.user.id, displayName: data.viewer.displayName ?? texts.you } : null;
  const members: Member[] = data?.teams[0]?.members ?? [];
  const slug = data?.viewer.municipality?.slug ?? "";
  const forms = entry ? offeredForms(entry.allowedSteps, entry.kind) : [];
  const needPoints = !!entry && (forms.includes("respond") || entry.actions.some((a) => a.helpPointId));
  const [points] = useQuery({
    query: IntakeHelpPoints,
    variables: { municipality: slug },
    pause: !needPoints || !slug,
  });
  const localPoints = (points.data?.helpPoints.nodes ?? []).filter((p) => !p.national);

  const back = (
    <p>
      <a href={ROUTES.intake}>{texts.backToList}</a>
    </p>
  );
  if (!data && fetching) return <p role="status">{texts.entryLoading}</p>;
  if (!entry && error) {
    return (
      <>
        {back}
        <p role="alert">
          {texts.entryLoadError}{" "}
          <Button className="button secondary" onPress={reload}>
            {texts.retry}
          </Button>
        </p>
      </>
    );
  }
  if (!entry) {
    return (
      <>
        {back}
        <h1>{texts.notFoundTitle}</h1>
        <p>{texts.notFound}</p>
      </>
    );
  }
  const who = (userId: string) => nameOf(userId, viewer, members, texts.staffMember);
  const pointName = (pointId: string) => localPoints.find((p) => p.id === pointId)?.name ?? texts.unknownPoint;
  const today = todayInPoland();

  return (
    <>
      {back}
      <h1>{texts.kind[entry.kind] ?? entry.kind}</h1>
      <p role="status" ref={noticeRef} tabIndex={-1} className={notice ? "notice" : undefined}>
        {notice}
      </p>
      <dl className="facts">
        <Fact term={texts.facts.received}>{formatDateTime(entry.receivedAt)}</Fact>
        <Fact term={texts.facts.channel}>{texts.channel[entry.channel] ?? entry.channel}</Fact>
        <Fact term={texts.facts.urgency}>{texts.urgency[entry.urgency] ?? entry.urgency}</Fact>
        <Fact term={texts.facts.status}>{texts.status[entry.status] ?? entry.status}</Fact>
        <Fact term={texts.deadline}>
          <DeadlineState deadline={entry.responseDeadline} today={today} />
        </Fact>
        <Fact term={texts.facts.takenBy}>{who(entry.takenById)}</Fact>
        <Fact term={texts.facts.reporter}>
          {entry.anonymous || !entry.reporter
            ? texts.anonymousReporter
            : [entry.reporter.name, entry.reporter.contact].filter(Boolean).join(", ") || texts.reporterUnknown}
        </Fact>
        <Fact term={texts.facts.assignees}>
          {entry.assignees.length === 0 ? texts.nobody : entry.assignees.map((a) => a.displayName ?? who(a.userId)).join(", ")}
        </Fact>
        {entry.closedOn && <Fact term={texts.facts.closedOn}>{formatDate(entry.closedOn)}</Fact>}
        {entry.blueCardId && (
          <Fact term={texts.facts.blueCard}>
            <a href={ROUTES.card(entry.blueCardId)}>{texts.openCard}</a>
          </Fact>
        )}
      </dl>

      <Section id="steps" title={texts.stepsTitle}>
        <Steps
          entry={entry}
          forms={forms}
          viewer={viewer}
          members={members}
          points={localPoints}
          reload={reload}
          onDone={(message) => {
            setNotice(message);
            reload();
          }}
        />
      </Section>

      <Section id="account" title={texts.accountTitle}>
        <p className="account">{entry.account}</p>
      </Section>

      <Section id="persons" title={texts.personsTitle}>
        {entry.persons.length === 0 ? (
          <p>{texts.noPersons}</p>
        ) : (
          <ul>
            {entry.persons.map((p, i) => (
              <li key={i}>
                <strong>{[p.firstName, p.lastName].filter(Boolean).join(" ")}</strong> — {texts.roles[p.role] ?? p.role}
                {p.pesel && <>, PESEL {p.pesel}</>}
                {p.dateOfBirth && <>, {texts.born(formatDate(p.dateOfBirth))}</>}
                {p.sex && <>, {texts.sexes[p.sex] ?? p.sex}</>}
                {p.address && <>, {p.address}</>}
                {p.phone && <>, {p.phone}</>}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="actions" title={texts.actionsTitle}>
        {entry.actions.length === 0 ? (
          <p>{texts.noActions}</p>
        ) : (
          <ol>
            {entry.actions.map((a, i) => (
              <li key={i}>
                {texts.actionLine(texts.actionKind[a.kind] ?? a.kind, formatDate(a.on), who(a.recordedById))}
                {a.helpPointId && <div>{texts.referredTo(pointName(a.helpPointId))}</div>}
                {a.note && <div className="muted">{a.note}</div>}
              </li>
            ))}
          </ol>
        )}
      </Section>
    </>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`intake-${id}`}>
      <h2 id={`intake-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

type StepsProps = {
  entry: Entry;
  forms: EntryForm[];
  viewer: Viewer;
  members: Member[];
  points: { id: string; name: string }[];
  reload: () => void;
  onDone: (message: string) => void;
};

/** One button per form the API allows; one form open at a time. */
function Steps(props: StepsProps) {
  const [open, setOpen] = useState<EntryForm | null>(null);
  if (props.forms.length === 0) return <p>{texts.noSteps}</p>;
  const done = (message: string) => {
    setOpen(null);
    props.onDone(message);
  };
  const label: Record<EntryForm, string> = {
    respond: texts.respond,
    assign: texts.assign,
    close: texts.close,
    convert: texts.convert,
    link: texts.link,
  };
  return (
    <ul className="card-actions">
      {props.forms.map((f) => (
        <li key={f}>
          {f === "convert" ? (
            <ConvertButton entry={props.entry} />
          ) : open === f ? (
            <StepForm kind={f} label={label[f]} {...props} onDone={done} onCancel={() => setOpen(null)} />
          ) : (
            <Button className="button secondary" onPress={() => setOpen(f)}>
              {label[f]}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Asks for form NK-A's prefill and opens the form with it, handed over in memory. */
function ConvertButton({ entry }: { entry: Entry }) {
  const [{ fetching }, convert] = useMutation(Convert);
  const [problem, setProblem] = useState<string | null>(null);
  const go = async () => {
    setProblem(null);
    const result = await convert({ input: { id: entry.id } });
    const payload = result.data?.convertIntakeToBlueCard;
    if (payload?.prefill) {
      navigate(ROUTES.newCard, false, {
        fromIntake: { intakeId: entry.id, version: entry.version, prefill: payload.prefill },
      });
      return;
    }
    const code = payload?.userErrors[0]?.code;
    setProblem(code ? message(code) : texts.failed);
  };
  return (
    <>
      <Button className="button primary" onPress={() => void go()} isDisabled={fetching}>
        {fetching ? texts.converting : texts.convert}
      </Button>
      <p role="alert" className={problem ? "error" : undefined}>
        {problem}
      </p>
    </>
  );
}

function StepForm(
  props: StepsProps & { kind: Exclude<EntryForm, "convert">; label: string; onCancel: () => void },
) {
  const { entry } = props;
  const today = todayInPoland();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [response, setResponse] = useState<ResponseDraft>(emptyResponse);
  const [assignees, setAssignees] = useState<string[]>(() => [...entry.assigneeIds]);
  const [on, setOn] = useState("");
  const [cardId, setCardId] = useState("");
  const [r, respond] = useMutation(Respond);
  const [a, assign] = useMutation(Assign);
  const [c, close] = useMutation(Close);
  const [l, link] = useMutation(Link);
  const sending = r.fetching || a.fetching || c.fetching || l.fetching;
  const first = useRef<HTMLDivElement>(null);
  useEffect(() => {
    first.current?.querySelector<HTMLElement>("input, button, textarea")?.focus();
  }, []);

  const local: Record<string, string> =
    props.kind === "respond"
      ? responseProblems(response, today)
      : props.kind === "link"
        ? cardId.trim()
          ? {}
          : { blueCardId: "REQUIRED" }
        : parseTypedDate(on) === undefined
          ? { on: "NOT_A_DAY" }
          : on && on > today
            ? { on: "IN_FUTURE" }
            : {};
  const server = outcome?.kind === "refused" ? outcome.problems : {};
  const problem = (path: string) => server[path] ?? (submitted ? local[path] : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(local).length > 0) {
      summary.current?.focus();
      return;
    }
    const base = { id: entry.id, version: entry.version };
    let result;
    let payload;
    switch (props.kind) {
      case "respond":
        result = await respond({ input: responseInput(entry, response) as never });
        payload = result.data?.respondToIntake;
        break;
      case "assign":
        result = await assign({ input: { ...base, userIds: assignees } });
        payload = result.data?.assignIntake;
        break;
      case "close":
        result = await close({ input: { ...base, on: on || null } });
        payload = result.data?.closeIntake;
        break;
      case "link":
        result = await link({ input: { ...base, blueCardId: cardId.trim(), on: on || null } });
        payload = result.data?.linkIntakeToBlueCard;
        break;
    }
    const o = outcomeOf({ error: result.error, payload });
    setOutcome(o);
    if (o.kind === "done") props.onDone(texts.done[props.kind]);
    // A refusal moves focus to its summary, never to the page's body.
    else window.setTimeout(() => summary.current?.focus());
  };
  const summary = useRef<HTMLDivElement>(null);
  const names: Record<string, string> = {
    kind: texts.responseKind,
    helpPointId: texts.helpPoint,
    on: texts.on,
    note: texts.note,
    userIds: texts.assignees,
    blueCardId: texts.blueCard,
  };

  const listed = Object.entries({ ...(submitted ? local : {}), ...server });
  const people = assignable(props.viewer, props.members);
  const responseKinds = Object.fromEntries(
    Object.entries(texts.actionKind).filter(([k]) => k !== "BLUE_CARD_OPENED"),
  );
  const points = Object.fromEntries(props.points.map((p) => [p.id, p.name]));
  return (
    <form className="action-form" aria-label={props.label} onSubmit={submit} noValidate>
      <h3>{props.label}</h3>
      <div role="alert" ref={summary} tabIndex={-1} className={listed.length || (outcome && outcome.kind !== "done" && outcome.kind !== "refused") ? "summary" : undefined}>
        {listed.length > 0 && (
          <>
            <p>{texts.summary}</p>
            <ul>
              {listed.map(([path, code]) => (
                <li key={path}>{named(names[path], message(code))}</li>
              ))}
            </ul>
          </>
        )}
        {outcome?.kind === "conflict" && (
          <p>
            {texts.conflict}{" "}
            <Button className="button secondary" onPress={props.reload}>
              {texts.reload}
            </Button>
          </p>
        )}
        {outcome?.kind === "forbidden" && <p>{texts.forbidden}</p>}
        {outcome?.kind === "failed" && <p>{texts.failed}</p>}
      </div>
      <div ref={first} className="form-fields">
        {props.kind === "respond" && (
          <>
            <Choice id="intake-respond-kind" label={texts.responseKind} placeholder={texts.choose} options={responseKinds} value={response.kind} onChange={(v) => setResponse((d) => ({ ...d, kind: v }))} problem={problem("kind")} />
            {response.kind === "REFERRED_TO_HELP_POINT" &&
              (props.points.length === 0 ? (
                <p>{texts.noPoints}</p>
              ) : (
                <Choice id="intake-respond-point" label={texts.helpPoint} placeholder={texts.choosePoint} options={points} value={response.helpPointId} onChange={(v) => setResponse((d) => ({ ...d, helpPointId: v }))} problem={problem("helpPointId")} />
              ))}
            <TextInput id="intake-respond-on" label={texts.on} type="date" hint={texts.onHint} value={response.on} onChange={(v) => setResponse((d) => ({ ...d, on: v }))} problem={problem("on")} />
            <TextInput id="intake-respond-note" label={texts.note} value={response.note} onChange={(v) => setResponse((d) => ({ ...d, note: v }))} problem={problem("note")} multiline wide />
          </>
        )}
        {props.kind === "assign" && (
          <CheckboxGroup className="checks" value={assignees} onChange={setAssignees} isInvalid={!!problem("userIds")}>
            <Label className="group-label">{texts.assignees}</Label>
            <span className="hint">{texts.assigneesHint}</span>
            {people.map((p) => (
              <Checkbox key={p.id} value={p.id} className="check">
                <Box>{p.name}</Box>
              </Checkbox>
            ))}
            <FieldError className="error">{message(problem("userIds") ?? "")}</FieldError>
          </CheckboxGroup>
        )}
        {props.kind === "close" && <p>{texts.closeConfirm}</p>}
        {props.kind === "link" && <CardChoice value={cardId} onChange={setCardId} problem={problem("blueCardId")} />}
        {(props.kind === "close" || props.kind === "link") && (
          <TextInput id={`intake-${props.kind}-on`} label={texts.on} type="date" hint={texts.onHint} value={on} onChange={setOn} problem={problem("on")} />
        )}
      </div>
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? texts.sending : texts.save}
        </Button>
        <Button className="button secondary" onPress={props.onCancel}>
          {texts.cancel}
        </Button>
      </div>
    </form>
  );
}

/** The Blue Card to link, from those the viewer may see (the server checks again). */
function CardChoice(props: { value: string; onChange: (v: string) => void; problem?: string }) {
  const [{ data, fetching }] = useQuery({ query: LinkableCards });
  if (!data && fetching) return <p role="status">{texts.cardsLoading}</p>;
  const cards = data?.blueCards.edges.map((e) => e.node) ?? [];
  if (cards.length === 0) return <p>{texts.noCards}</p>;
  const options = Object.fromEntries(cards.map((c) => [c.id, cardLabel(c)]));
  return (
    <Choice id="intake-link-card" label={texts.blueCard} placeholder={texts.choose} options={options} value={props.value} onChange={props.onChange} problem={props.problem} />
  );
}

