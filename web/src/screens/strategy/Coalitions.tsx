// `/program-gminny/koalicje`: the local coalitions the municipality is invited to or in. Every
// staff member reads them; the administrator and the team's chair of a joined municipality write
// their members, meetings and shared actions and link an action to a task of the municipality's
// own programme; only the administrator founds a coalition, invites, joins or leaves.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useClient, useQuery } from "urql";
import { Choice, ErrorSummary, TextInput } from "../../components/fields.tsx";
import { LoadError } from "../../components/lists.tsx";
import { useFormProblems } from "../../components/problems.ts";
import { graphql } from "../../gql/index.ts";
import type { CoalitionActionStatus, CoalitionMemberKind, CoalitionsPageQuery } from "../../gql/graphql.ts";
import { formatDate } from "../../lib/format.ts";
import { errorCodes } from "../../lib/userErrors.ts";
import { coalitionsTexts as texts } from "./coalitionsTexts.ts";
import { useFocusAfter } from "./Indicators.tsx";

const Query = graphql(`
  query CoalitionsPage {
    viewer {
      roles
    }
    municipalProgrammes {
      id
      goals {
        actions {
          tasks {
            id
            number
            title
          }
        }
      }
    }
    coalitions {
      id
      name
      area
      description
      foundedBy
      standing
      viewerMayEdit
      viewerMayConsent
      version
      parties {
        municipality
        standing
        own
        invitedOn
        joinedOn
        leftOn
      }
      members {
        id
        institution
        kind
        contactPerson
        phone
        email
        joinedOn
        leftOn
        recordedBy
        version
      }
      meetings {
        id
        heldOn
        place
        agenda
        participants
        minutes
        recordedBy
        version
      }
      actions {
        id
        title
        description
        startsOn
        endsOn
        status
        leadMemberId
        recordedBy
        version
        programmeTasks {
          id
          title
        }
      }
    }
  }
`);

const Found = graphql(`
  mutation FoundCoalition($input: FoundCoalitionInput!) {
    foundCoalition(input: $input) {
      coalition {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const Describe = graphql(`
  mutation UpdateCoalition($input: UpdateCoalitionInput!) {
    updateCoalition(input: $input) {
      coalition {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const Invite = graphql(`
  mutation InviteToCoalition($input: InviteToCoalitionInput!) {
    inviteToCoalition(input: $input) {
      coalition {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const Join = graphql(`
  mutation JoinCoalition($input: JoinCoalitionInput!) {
    joinCoalition(input: $input) {
      coalition {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const Leave = graphql(`
  mutation LeaveCoalition($input: LeaveCoalitionInput!) {
    leaveCoalition(input: $input) {
      coalitionId
      userErrors {
        field
        code
      }
    }
  }
`);
const AddMember = graphql(`
  mutation AddCoalitionMember($input: AddCoalitionMemberInput!) {
    addCoalitionMember(input: $input) {
      coalition {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const UpdateMember = graphql(`
  mutation UpdateCoalitionMember($input: UpdateCoalitionMemberInput!) {
    updateCoalitionMember(input: $input) {
      coalition {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const AddMeeting = graphql(`
  mutation AddCoalitionMeeting($input: AddCoalitionMeetingInput!) {
    addCoalitionMeeting(input: $input) {
      coalition {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const UpdateMeeting = graphql(`
  mutation UpdateCoalitionMeeting($input: UpdateCoalitionMeetingInput!) {
    updateCoalitionMeeting(input: $input) {
      coalition {
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
  mutation AddCoalitionAction($input: AddCoalitionActionInput!) {
    addCoalitionAction(input: $input) {
      coalition {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const UpdateAction = graphql(`
  mutation UpdateCoalitionAction($input: UpdateCoalitionActionInput!) {
    updateCoalitionAction(input: $input) {
      coalition {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const Link = graphql(`
  mutation LinkCoalitionActionToTask($input: LinkCoalitionActionToTaskInput!) {
    linkCoalitionActionToTask(input: $input) {
      coalition {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const Unlink = graphql(`
  mutation UnlinkCoalitionActionFromTask($input: UnlinkCoalitionActionFromTaskInput!) {
    unlinkCoalitionActionFromTask(input: $input) {
      coalition {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

type Coalition = CoalitionsPageQuery["coalitions"][number];
type Payload = { userErrors: readonly { field: readonly string[]; code: string }[] } | null | undefined;
type Answer = { payload: Payload; conflict: boolean };
type Values = Record<string, string>;

const message = (code: string) => texts.problems[code] ?? texts.problems.INVALID ?? code;
const day = (d: string | null | undefined) => (d ? formatDate(d) : "—");
/** A trimmed value, or null for an empty one. */
const orNull = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/** The form open: which one, of which coalition and record, and the button to return to. */
type Open = { form: "found" | "describe" | "invite" | "leave" | "member" | "meeting" | "action" | "link"; coalition?: Coalition; record?: string; button: string };

export function CoalitionsPage() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: Query });
  const client = useClient();
  const [said, setSaid] = useState("");
  const [open, setOpen] = useState<Open | null>(null);
  const focusLater = useFocusAfter();
  useEffect(() => {
    document.title = texts.documentTitle;
  }, []);
  const reload = () => refetch({ requestPolicy: "network-only" });
  const list = data?.coalitions ?? [];
  const tasks = (data?.municipalProgrammes ?? []).flatMap((p) => p.goals.flatMap((g) => g.actions.flatMap((a) => a.tasks)));
  const close = () => {
    if (open) focusLater(open.button);
    setOpen(null);
  };
  const done = (what: string) => {
    setSaid(what);
    reload();
    close();
  };
  const consent = async (c: Coalition, join: boolean) => {
    const r = join
      ? await client.mutation(Join, { input: { coalitionId: c.id } }).toPromise()
      : await client.mutation(Leave, { input: { coalitionId: c.id } }).toPromise();
    const answer = r.data && ("joinCoalition" in r.data ? r.data.joinCoalition : r.data.leaveCoalition);
    if (!answer || answer.userErrors.length > 0) {
      setSaid(message(answer?.userErrors[0]?.code ?? "") || texts.failed);
      return;
    }
    setSaid(join ? texts.joined(c.name) : texts.left(c.name));
    reload();
  };
  const unlink = async (actionId: string, taskId: string) => {
    const r = await client.mutation(Unlink, { input: { actionId, taskId } }).toPromise();
    setSaid(r.data?.unlinkCoalitionActionFromTask.userErrors.length === 0 ? texts.unlinked : texts.failed);
    reload();
  };
  const opener = (o: Open) => () => setOpen(o);
  // Founding is the administrator's (the server decides; the button is not offered to others).
  const isAdmin = data?.viewer.roles.includes("TENANT_ADMIN") ?? false;
  return (
    <>
      <h1>{texts.title}</h1>
      <p className="muted">{texts.intro}</p>
      <p role="status" className="status-line">
        {said}
      </p>
      {!data && fetching && <p role="status">{texts.loading}</p>}
      {error && !data && <LoadError text={texts.loadError} retry={texts.retry} onRetry={reload} />}
      {data && list.length === 0 && <p>{texts.none}</p>}
      {list.map((c) => (
        <section key={c.id} aria-labelledby={`coalition-${c.id}`} className="card-section">
          <h2 id={`coalition-${c.id}`}>{c.name}</h2>
          <p>
            {texts.area(c.area)}
            <br />
            <span className="muted">{texts.foundedBy(c.foundedBy)}</span>
          </p>
          {c.description && <p>{c.description}</p>}
          <h3>{texts.parties}</h3>
          <ul>
            {c.parties.map((p) => (
              <li key={p.municipality}>
                {texts.partyLine(p.municipality, texts.standings[p.standing] ?? p.standing, day(p.leftOn ?? p.joinedOn ?? p.invitedOn))}{" "}
                {p.own && <span className="muted">{texts.ownParty}</span>}
              </li>
            ))}
          </ul>
          {c.standing === "INVITED" && <p>{texts.invitedNote}</p>}
          {!c.viewerMayConsent && <p className="muted">{texts.consentNote}</p>}
          {c.viewerMayConsent && !open && (
            <p className="actions">
              {c.standing === "INVITED" && (
                <Button className="button primary" onPress={() => void consent(c, true)}>
                  {texts.join(c.name)}
                </Button>
              )}
              {c.standing === "INVITED" ? (
                <Button className="button" onPress={() => void consent(c, false)}>
                  {texts.decline(c.name)}
                </Button>
              ) : (
                <>
                  <Button id={`invite-${c.id}`} className="button" aria-label={texts.invite(c.name)} onPress={opener({ form: "invite", coalition: c, button: `invite-${c.id}` })}>
                    {texts.inviteShort}
                  </Button>
                  <Button id={`leave-${c.id}`} className="button" onPress={opener({ form: "leave", coalition: c, button: `leave-${c.id}` })}>
                    {texts.leave(c.name)}
                  </Button>
                </>
              )}
            </p>
          )}
          {c.viewerMayEdit && !open && (
            <p>
              <Button id={`describe-${c.id}`} className="button link" aria-label={texts.describe(c.name)} onPress={opener({ form: "describe", coalition: c, button: `describe-${c.id}` })}>
                {texts.describeShort}
              </Button>
            </p>
          )}
          {c.standing === "JOINED" && <Records coalition={c} open={open} opener={opener} onUnlink={(a, t) => void unlink(a, t)} />}
        </section>
      ))}
      {open && (
        <OpenForm
          open={open}
          tasks={tasks}
          onCancel={close}
          onConflict={reload}
          onDone={done}
        />
      )}
      {isAdmin && !open && <FoundButton onPress={opener({ form: "found", button: "found-coalition" })} />}
    </>
  );
}

/** The administrator's button that opens the form of a new coalition. */
function FoundButton(props: { onPress: () => void }) {
  return (
    <p>
      <Button id="found-coalition" className="button" onPress={props.onPress}>
        {texts.newCoalition}
      </Button>
    </p>
  );
}

/** A joined coalition's members, meetings and shared actions. */
function Records(props: { coalition: Coalition; open: Open | null; opener: (o: Open) => () => void; onUnlink: (action: string, task: string) => void }) {
  const c = props.coalition;
  const editing = c.viewerMayEdit && !props.open;
  const lead = (id: string | null | undefined) => c.members.find((m) => m.id === id)?.institution ?? "—";
  const button = (form: Open["form"], id: string, label: string, short: string, record?: string) =>
    editing && (
      <Button id={id} className="button link" aria-label={label} onPress={props.opener({ form, coalition: c, record, button: id })}>
        {short}
      </Button>
    );
  return (
    <>
      <h3>{texts.members}</h3>
      {c.members.length === 0 ? (
        <p>{texts.noMembers}</p>
      ) : (
        <div className="table-scroll">
          <table className="cards">
            <caption className="visually-hidden">{texts.membersCaption(c.name)}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.memberColumns.institution}</th>
                <th scope="col">{texts.memberColumns.contact}</th>
                <th scope="col">{texts.memberColumns.since}</th>
                {c.viewerMayEdit && <th scope="col">{texts.memberColumns.actions}</th>}
              </tr>
            </thead>
            <tbody>
              {c.members.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    {m.institution}
                    <br />
                    <span className="muted">{texts.kinds[m.kind] ?? m.kind}</span>
                  </th>
                  <td>{[m.contactPerson, m.phone, m.email].filter(Boolean).join(", ") || "—"}</td>
                  <td>{texts.memberSince(day(m.joinedOn), m.leftOn ? day(m.leftOn) : null)}</td>
                  {c.viewerMayEdit && <td>{button("member", `member-${m.id}`, texts.editMember(m.institution), texts.edit, m.id)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>{button("member", `add-member-${c.id}`, texts.addMember, texts.addMember)}</p>
      <h3>{texts.meetings}</h3>
      {c.meetings.length === 0 && <p>{texts.noMeetings}</p>}
      {c.meetings.map((m) => (
        <article key={m.id} aria-labelledby={`meeting-${m.id}`}>
          <h4 id={`meeting-${m.id}`}>{texts.meetingTitle(day(m.heldOn), m.place)}</h4>
          <p>
            {texts.agendaLine(m.agenda)}
            {m.participants != null && (
              <>
                <br />
                {texts.participantsLine(m.participants)}
              </>
            )}
            <br />
            <span className="muted">{texts.recordedBy(m.recordedBy)}</span>
          </p>
          <p className="minutes">
            <strong>{texts.minutesLabel}:</strong> {m.minutes ?? texts.noMinutes}
          </p>
          <p>{button("meeting", `meeting-edit-${m.id}`, texts.editMeeting(day(m.heldOn)), texts.edit, m.id)}</p>
        </article>
      ))}
      <p>{button("meeting", `add-meeting-${c.id}`, texts.addMeeting, texts.addMeeting)}</p>
      <h3>{texts.actions}</h3>
      {c.actions.length === 0 ? (
        <p>{texts.noActions}</p>
      ) : (
        <div className="table-scroll">
          <table className="cards">
            <caption className="visually-hidden">{texts.actionsCaption(c.name)}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.actionColumns.title}</th>
                <th scope="col">{texts.actionColumns.dates}</th>
                <th scope="col">{texts.actionColumns.status}</th>
                <th scope="col">{texts.actionColumns.lead}</th>
                <th scope="col">{texts.actionColumns.tasks}</th>
                {c.viewerMayEdit && <th scope="col">{texts.actionColumns.actions}</th>}
              </tr>
            </thead>
            <tbody>
              {c.actions.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    {a.title}
                    {a.description && (
                      <>
                        <br />
                        <span className="muted">{a.description}</span>
                      </>
                    )}
                  </th>
                  <td>{texts.actionDates(day(a.startsOn), a.endsOn ? day(a.endsOn) : null)}</td>
                  <td>{texts.statuses[a.status] ?? a.status}</td>
                  <td>{lead(a.leadMemberId)}</td>
                  <td>
                    {a.programmeTasks.length === 0
                      ? "—"
                      : a.programmeTasks.map((t) => (
                          <span key={t.id}>
                            {t.title}{" "}
                            {editing && (
                              <Button className="button link" aria-label={texts.unlink(t.title)} onPress={() => props.onUnlink(a.id, t.id)}>
                                ×
                              </Button>
                            )}
                            <br />
                          </span>
                        ))}
                  </td>
                  {c.viewerMayEdit && (
                    <td>
                      {button("action", `action-${a.id}`, texts.editAction(a.title), texts.edit, a.id)}{" "}
                      {button("link", `link-${a.id}`, texts.link(a.title), texts.linkShort, a.id)}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>{button("action", `add-action-${c.id}`, texts.addAction, texts.addAction)}</p>
    </>
  );
}

type FieldSpec = {
  name: string;
  label: string;
  type?: "date" | "area" | "choice";
  options?: Record<string, string>;
  required?: boolean;
  hint?: string;
  inputMode?: "numeric" | "tel" | "email";
};

/** The form `open` names, with its fields and what it sends. */
function OpenForm(props: { open: Open; tasks: { id: string; number: string; title: string }[]; onDone: (said: string) => void; onCancel: () => void; onConflict: () => void }) {
  const client = useClient();
  const { form, coalition: c, record } = props.open;
  const answer = async (p: Promise<{ data?: Record<string, unknown> | null; error?: Parameters<typeof errorCodes>[0] }>, key: string): Promise<Answer> => {
    const r = await p;
    return { payload: (r.data?.[key] ?? null) as Payload, conflict: errorCodes(r.error).includes("CONFLICT") };
  };
  const common = { onCancel: props.onCancel, onConflict: props.onConflict };
  const coalitionFields: FieldSpec[] = [
    { name: "name", label: texts.name, required: true },
    { name: "area", label: texts.areaLabel, hint: texts.areaHint, required: true },
    { name: "description", label: texts.description, type: "area" },
  ];
  const coalitionInput = (v: Values) => ({ name: v.name?.trim() ?? "", area: v.area?.trim() ?? "", description: orNull(v.description) });
  if (form === "found" || (form === "describe" && c)) {
    return (
      <SpecForm
        {...common}
        id={form === "found" ? "new-coalition" : `coalition-${c?.id}-form`}
        heading={c ? texts.coalitionHeading(c.name) : texts.newCoalition}
        prefix="coalition"
        fields={coalitionFields}
        initial={c ? { name: c.name, area: c.area, description: c.description ?? "" } : {}}
        submit={c ? texts.save : texts.found}
        send={(v) =>
          c
            ? answer(client.mutation(Describe, { input: { id: c.id, version: c.version, coalition: coalitionInput(v) } }).toPromise(), "updateCoalition")
            : answer(client.mutation(Found, { input: { coalition: coalitionInput(v) } }).toPromise(), "foundCoalition")
        }
        onDone={(v) => props.onDone(c ? texts.saved : texts.founded(v.name?.trim() ?? ""))}
      />
    );
  }
  if (!c) return null;
  if (form === "invite") {
    return (
      <SpecForm
        {...common}
        id={`invite-${c.id}-form`}
        heading={texts.inviteHeading(c.name)}
        fields={[{ name: "municipality", label: texts.municipality, hint: texts.municipalityHint, required: true }]}
        initial={{}}
        submit={texts.inviteShort}
        send={(v) => answer(client.mutation(Invite, { input: { coalitionId: c.id, municipality: v.municipality?.trim() ?? "" } }).toPromise(), "inviteToCoalition")}
        onDone={() => props.onDone(texts.invited)}
      />
    );
  }
  if (form === "leave") {
    return (
      <SpecForm
        {...common}
        id={`leave-${c.id}-form`}
        heading={texts.leaveConfirmHeading(c.name)}
        intro={texts.leaveConfirmText}
        fields={[]}
        initial={{}}
        submit={texts.leaveConfirm}
        send={() => answer(client.mutation(Leave, { input: { coalitionId: c.id } }).toPromise(), "leaveCoalition")}
        onDone={() => props.onDone(texts.left(c.name))}
      />
    );
  }
  if (form === "member") {
    const m = c.members.find((x) => x.id === record);
    const fields: FieldSpec[] = [
      { name: "institution", label: texts.institution, required: true },
      { name: "kind", label: texts.kind, type: "choice", options: texts.kinds, required: true },
      { name: "contactPerson", label: texts.contactPerson },
      { name: "phone", label: texts.phone, inputMode: "tel" },
      { name: "email", label: texts.email, inputMode: "email" },
      { name: "joinedOn", label: texts.joinedOn, type: "date", required: true },
      ...(m ? [{ name: "leftOn", label: texts.leftOn, type: "date", hint: texts.leftOnHint } as FieldSpec] : []),
    ];
    const input = (v: Values) => ({
      institution: v.institution?.trim() ?? "",
      kind: v.kind as CoalitionMemberKind,
      contactPerson: orNull(v.contactPerson),
      phone: orNull(v.phone),
      email: orNull(v.email),
      joinedOn: v.joinedOn ?? "",
      leftOn: orNull(v.leftOn),
    });
    return (
      <SpecForm
        {...common}
        id={m ? `member-${m.id}-form` : `new-member-${c.id}`}
        heading={m ? texts.memberEditHeading(m.institution) : texts.memberHeading}
        prefix="member"
        fields={fields}
        initial={m ? { institution: m.institution, kind: m.kind, contactPerson: m.contactPerson ?? "", phone: m.phone ?? "", email: m.email ?? "", joinedOn: m.joinedOn, leftOn: m.leftOn ?? "" } : {}}
        submit={m ? texts.save : texts.addMember}
        send={(v) =>
          m
            ? answer(client.mutation(UpdateMember, { input: { id: m.id, version: m.version, member: input(v) } }).toPromise(), "updateCoalitionMember")
            : answer(client.mutation(AddMember, { input: { coalitionId: c.id, member: input(v) } }).toPromise(), "addCoalitionMember")
        }
        onDone={() => props.onDone(texts.saved)}
      />
    );
  }
  if (form === "meeting") {
    const m = c.meetings.find((x) => x.id === record);
    const input = (v: Values) => ({
      heldOn: v.heldOn ?? "",
      place: v.place?.trim() ?? "",
      agenda: v.agenda?.trim() ?? "",
      participants: v.participants?.trim() ? Number(v.participants.trim()) : null,
      minutes: orNull(v.minutes),
    });
    return (
      <SpecForm
        {...common}
        id={m ? `meeting-${m.id}-form` : `new-meeting-${c.id}`}
        heading={m ? texts.meetingEditHeading(day(m.heldOn)) : texts.meetingHeading}
        prefix="meeting"
        fields={[
          { name: "heldOn", label: texts.heldOn, type: "date", required: true },
          { name: "place", label: texts.place, required: true },
          { name: "agenda", label: texts.agenda, required: true },
          { name: "participants", label: texts.participants, inputMode: "numeric" },
          { name: "minutes", label: texts.minutes, type: "area", hint: texts.minutesHint },
        ]}
        initial={m ? { heldOn: m.heldOn, place: m.place, agenda: m.agenda, participants: m.participants?.toString() ?? "", minutes: m.minutes ?? "" } : {}}
        check={(v): Record<string, string> => (v.participants?.trim() && !/^\d{1,5}$/.test(v.participants.trim()) ? { "meeting.participants": "OUT_OF_RANGE" } : {})}
        submit={m ? texts.save : texts.addMeeting}
        send={(v) =>
          m
            ? answer(client.mutation(UpdateMeeting, { input: { id: m.id, version: m.version, meeting: input(v) } }).toPromise(), "updateCoalitionMeeting")
            : answer(client.mutation(AddMeeting, { input: { coalitionId: c.id, meeting: input(v) } }).toPromise(), "addCoalitionMeeting")
        }
        onDone={() => props.onDone(texts.saved)}
      />
    );
  }
  const a = c.actions.find((x) => x.id === record);
  if (form === "link" && a) {
    return (
      <SpecForm
        {...common}
        id={`link-${a.id}-form`}
        heading={texts.linkHeading(a.title)}
        intro={props.tasks.length === 0 ? texts.noTasks : texts.linkHint}
        fields={[{ name: "taskId", label: texts.task, type: "choice", required: true, options: Object.fromEntries(props.tasks.map((t) => [t.id, `${t.number}. ${t.title}`])) }]}
        initial={{}}
        submit={texts.linkShort}
        send={(v) => answer(client.mutation(Link, { input: { actionId: a.id, taskId: v.taskId ?? "" } }).toPromise(), "linkCoalitionActionToTask")}
        onDone={() => props.onDone(texts.linked)}
      />
    );
  }
  const input = (v: Values) => ({
    title: v.title?.trim() ?? "",
    description: orNull(v.description),
    startsOn: v.startsOn ?? "",
    endsOn: orNull(v.endsOn),
    status: v.status as CoalitionActionStatus,
    leadMemberId: orNull(v.leadMemberId),
  });
  return (
    <SpecForm
      {...common}
      id={a ? `action-${a.id}-form` : `new-action-${c.id}`}
      heading={a ? texts.actionEditHeading(a.title) : texts.actionHeading}
      prefix="action"
      fields={[
        { name: "title", label: texts.actionTitle, required: true },
        { name: "description", label: texts.actionDescription, type: "area" },
        { name: "startsOn", label: texts.startsOn, type: "date", required: true },
        { name: "endsOn", label: texts.endsOn, type: "date" },
        { name: "status", label: texts.status, type: "choice", options: texts.statuses, required: true },
        { name: "leadMemberId", label: texts.lead, type: "choice", options: { "": texts.noLead, ...Object.fromEntries(c.members.map((m) => [m.id, m.institution])) } },
      ]}
      initial={a ? { title: a.title, description: a.description ?? "", startsOn: a.startsOn, endsOn: a.endsOn ?? "", status: a.status, leadMemberId: a.leadMemberId ?? "" } : { status: "PLANNED" }}
      submit={a ? texts.save : texts.addAction}
      send={(v) =>
        a
          ? answer(client.mutation(UpdateAction, { input: { id: a.id, version: a.version, action: input(v) } }).toPromise(), "updateCoalitionAction")
          : answer(client.mutation(AddAction, { input: { coalitionId: c.id, action: input(v) } }).toPromise(), "addCoalitionAction")
      }
      onDone={() => props.onDone(texts.saved)}
    />
  );
}

/** A form of `fields`: checked for what is required, sent, its refusals shown on the fields. */
function SpecForm(props: {
  id: string;
  heading: string;
  intro?: string;
  prefix?: string;
  fields: FieldSpec[];
  initial: Values;
  check?: (v: Values) => Record<string, string>;
  submit: string;
  send: (v: Values) => Promise<Answer>;
  onDone: (v: Values) => void;
  onCancel: () => void;
  onConflict: () => void;
}) {
  const p = useFormProblems(message, texts.failed);
  const [values, setValues] = useState<Values>(props.initial);
  const [sending, setSending] = useState(false);
  const path = (name: string) => (props.prefix ? `${props.prefix}.${name}` : name);
  const local = (path: string) => (props.prefix ? path.replace(`${props.prefix}.`, "") : path);
  const set = (name: string) => (v: string) => {
    setValues((x) => ({ ...x, [name]: v }));
    p.clear(path(name));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    const found: Record<string, string> = props.check?.(values) ?? {};
    for (const f of props.fields) if (f.required && !values[f.name]?.trim()) found[path(f.name)] = "REQUIRED";
    if (p.refuse(found)) return;
    setSending(true);
    const r = await props.send(values);
    setSending(false);
    if (r.conflict) {
      p.fail(texts.conflict);
      props.onConflict();
      return;
    }
    if (!p.answered(r.payload)) return;
    props.onDone(values);
  };
  // A form opened by Enter must not act on the same key: when it starts with a choice (which
  // the key would open) or has only its buttons (a confirmation), the focus goes to its heading.
  const heading = useRef<HTMLHeadingElement>(null);
  const headingFirst = props.fields.length === 0 || props.fields[0]?.type === "choice";
  useEffect(() => {
    if (headingFirst) heading.current?.focus();
  }, [headingFirst]);
  const labels = Object.fromEntries(props.fields.map((f) => [f.name, f.label]));
  const fieldId = (name: string) => `${props.id}-${name}`;
  return (
    <form className="action-form" aria-labelledby={`${props.id}-heading`} onSubmit={(e) => void submit(e)} noValidate>
      <h2 id={`${props.id}-heading`} ref={heading} tabIndex={-1}>
        {props.heading}
      </h2>
      {props.intro && <p>{props.intro}</p>}
      <ErrorSummary
        problems={p.listed}
        failure={p.failure}
        heading={texts.fixProblems}
        message={message}
        idOf={(path) => fieldId(local(path))}
        labelOf={(path) => labels[local(path)]}
        refObject={p.summary}
      />
      {props.fields.map((f, i) =>
        f.type === "choice" ? (
          <Choice
            key={f.name}
            id={fieldId(f.name)}
            label={f.label}
            options={f.options ?? {}}
            value={values[f.name] ?? ""}
            onChange={set(f.name)}
            error={p.error(path(f.name))}
            required={f.required}
          />
        ) : (
          <TextInput
            key={f.name}
            id={fieldId(f.name)}
            label={f.label}
            hint={f.hint}
            type={f.type === "date" ? "date" : undefined}
            rows={f.type === "area" ? 5 : undefined}
            inputMode={f.inputMode}
            value={values[f.name] ?? ""}
            onChange={set(f.name)}
            error={p.error(path(f.name))}
            required={f.required}
            autoFocus={i === 0}
          />
        ),
      )}
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? texts.saving : props.submit}
        </Button>
        <Button className="button" onPress={props.onCancel}>
          {texts.cancel}
        </Button>
      </div>
    </form>
  );
}
