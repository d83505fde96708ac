import { useRef, useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useClient } from "urql";
import { graphql } from "../../gql/index.ts";
import type { InstitutionKind } from "../../gql/graphql.ts";
import { formatDate, todayInPoland } from "../../lib/format.ts";
import { ErrorSummary, TextInput } from "../../components/fields.tsx";
import { Choice, DayField, Frame, TextBox, useSend } from "./FormParts.tsx";
import { dayProblem } from "../team/membership.ts";
import { outcomeOf, type Outcome } from "./actions.ts";
import type { Card } from "./CardPage.tsx";
import { Section } from "./Section.tsx";
import { texts } from "./texts.ts";

const RemoveMember = graphql(`
  mutation CardRemoveGroupMember($input: RemoveDiagnosticGroupMemberInput!) {
    removeDiagnosticGroupMember(input: $input) {
      blueCard {
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

const AddOutside = graphql(`
  mutation CardAddOutsideMember($input: AddOutsideGroupMemberInput!) {
    addOutsideGroupMember(input: $input) {
      blueCard {
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

const RemoveOutside = graphql(`
  mutation CardRemoveOutsideMember($input: RemoveOutsideGroupMemberInput!) {
    removeOutsideGroupMember(input: $input) {
      blueCard {
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

type Member = Card["diagnosticGroup"][number];
type Outside = Card["outsideGroupMembers"][number];

const message = (code: string) => texts.removeErrors[code] ?? texts.errors[code] ?? texts.unknownError(code);

/**
 * The card's diagnostic group. The chair (the API allows the group's change) may take a member
 * out, in a form that says what it does and asks for the day before anything is sent.
 */
export function Group(props: { card: Card; reload: () => void; onDone: (notice: string) => void }) {
  const { card } = props;
  const mayChange = card.allowedSteps.includes("GROUP_CHANGED");
  const [removing, setRemoving] = useState<Member | null>(null);
  const [adding, setAdding] = useState(false);
  const [removingOutside, setRemovingOutside] = useState<Outside | null>(null);
  const nameOf = (m: Member) => m.displayName ?? texts.unknownPerson;
  const outside = card.outsideGroupMembers.filter((m) => !m.leftOn);
  return (
    <Section id="group" title={texts.group}>
      {card.diagnosticGroup.length === 0 ? (
        <p>{texts.noGroup}</p>
      ) : (
        <ul className="group-list">
          {card.diagnosticGroup.map((m) => (
            <li key={m.teamMemberId}>
              {texts.groupMember(nameOf(m), texts.institutionKind[m.institution] ?? m.institution)}{" "}
              {mayChange && (
                <Button
                  className="button secondary small"
                  aria-label={texts.removeFromGroupFor(nameOf(m))}
                  aria-expanded={removing?.teamMemberId === m.teamMemberId}
                  onPress={() => setRemoving(m)}
                >
                  {texts.removeFromGroup}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {(outside.length > 0 || mayChange) && <h3>{texts.outsideMembers}</h3>}
      {outside.length > 0 && (
        <ul className="group-list" aria-label={texts.outsideMembers}>
          {outside.map((m) => (
            <li key={m.id}>
              {texts.outsideMember(m.name, m.organisation, m.position ?? null, formatDate(m.statementSignedOn))}{" "}
              {mayChange && (
                <Button
                  className="button secondary small"
                  aria-label={texts.removeFromGroupFor(m.name)}
                  aria-expanded={removingOutside?.id === m.id}
                  onPress={() => setRemovingOutside(m)}
                >
                  {texts.removeFromGroup}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {mayChange && (
        <Button className="button secondary" aria-expanded={adding} onPress={() => setAdding(true)}>
          {texts.addOutside}
        </Button>
      )}
      {adding && (
        <AddOutsideForm
          card={card}
          reload={props.reload}
          onCancel={() => setAdding(false)}
          onDone={(name) => {
            setAdding(false);
            props.onDone(texts.outsideAdded(name));
          }}
        />
      )}
      {removingOutside && (
        <RemoveOutsideForm
          key={removingOutside.id}
          card={card}
          member={removingOutside}
          reload={props.reload}
          onCancel={() => setRemovingOutside(null)}
          onDone={() => {
            setRemovingOutside(null);
            props.onDone(texts.removed(removingOutside.name));
          }}
        />
      )}
      {removing && (
        <RemoveForm
          key={removing.teamMemberId}
          card={card}
          member={removing}
          onCancel={() => setRemoving(null)}
          reload={props.reload}
          onDone={() => {
            setRemoving(null);
            props.onDone(texts.removed(nameOf(removing)));
          }}
        />
      )}
    </Section>
  );
}

function RemoveForm(props: { card: Card; member: Member; onCancel: () => void; reload: () => void; onDone: () => void }) {
  const { card, member } = props;
  const client = useClient();
  const today = todayInPoland();
  const [on, setOn] = useState(today);
  const [submitted, setSubmitted] = useState(false);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const name = member.displayName ?? texts.unknownPerson;
  const local = dayProblem(on, today);
  const server = outcome?.kind === "refused" ? outcome.problems : {};
  const problems = { ...(submitted && local ? { on: local } : {}), ...server };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (local) {
      summary.current?.focus();
      return;
    }
    if (sending) return;
    setSending(true);
    const result = await client
      .mutation(RemoveMember, { input: { id: card.id, version: card.version, memberId: member.teamMemberId, on } })
      .toPromise();
    setSending(false);
    const next = outcomeOf({ error: result.error, payload: result.data?.removeDiagnosticGroupMember ?? null });
    setOutcome(next);
    if (next.kind === "conflict") props.reload();
    if (next.kind === "done") props.onDone();
    // A refusal is read out where the focus is: on the summary, not the page's body.
    else summary.current?.focus();
  };
  const failure =
    outcome?.kind === "conflict"
      ? texts.conflict
      : outcome?.kind === "forbidden"
        ? texts.forbidden
        : outcome?.kind === "failed"
          ? texts.failed
          : null;
  const idOf = (path: string) => `remove-${member.teamMemberId}-${path}`;
  return (
    <form className="action-form" aria-label={texts.removeTitle(name)} onSubmit={(e) => void submit(e)} noValidate>
      <h3>{texts.removeTitle(name)}</h3>
      <ErrorSummary
        problems={Object.entries(problems)}
        failure={failure ?? ""}
        heading={texts.problems}
        message={message}
        idOf={idOf}
        refObject={summary}
        labelOf={(path) => (path === "on" ? texts.removeOn : undefined)}
      />
      <p>{texts.removeWarning(name)}</p>
      <TextInput
        id={idOf("on")}
        type="date"
        autoComplete={null}
        label={texts.removeOn}
        value={on}
        onChange={setOn}
        error={problems.on ? message(problems.on) : undefined}
        hint={texts.removeOnHint}
        autoFocus
      />
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? texts.sending : texts.removeFromGroup}
        </Button>
        <Button className="button secondary" onPress={props.onCancel}>
          {texts.cancel}
        </Button>
      </div>
    </form>
  );
}

const outsideLabel = (path: string) => texts.outsideLabels[path];

/** The chair adds a professional from outside the team, with their statement for this case. */
function AddOutsideForm(props: { card: Card; reload: () => void; onCancel: () => void; onDone: (name: string) => void }) {
  const { card } = props;
  const [name, setName] = useState("");
  const [organisation, setOrganisation] = useState("");
  const [position, setPosition] = useState("");
  const [institution, setInstitution] = useState("");
  const [signedOn, setSignedOn] = useState("");
  const [on, setOn] = useState(todayInPoland);
  const { outcome, sending, send, problem, refuse } = useSend();
  const check = () => {
    const found: Record<string, string> = {};
    if (!name.trim()) found.name = "REQUIRED";
    if (!organisation.trim()) found.organisation = "REQUIRED";
    if (!institution) found.institution = "REQUIRED";
    if (!signedOn) found.statementSignedOn = "REQUIRED";
    else if (on && signedOn > on) found.statementSignedOn = "STATEMENT_AFTER_JOINING";
    if (Object.keys(found).length > 0) {
      refuse(found);
      return false;
    }
    return true;
  };
  const submit = () => {
    void send(
      AddOutside,
      {
        input: {
          id: card.id,
          version: card.version,
          name: name.trim(),
          organisation: organisation.trim(),
          position: position.trim() || null,
          institution: institution as InstitutionKind,
          statementSignedOn: signedOn,
          on: on || null,
        },
      },
      () => props.onDone(name.trim()),
    );
  };
  return (
    <Frame
      label={texts.addOutsideTitle}
      outcome={outcome}
      sending={sending}
      reload={props.reload}
      onCancel={props.onCancel}
      onSubmit={submit}
      check={check}
      labels={outsideLabel}
    >
      <h3>{texts.addOutsideTitle}</h3>
      <p>{texts.addOutsideLead}</p>
      <TextBox label={texts.outsideLabels.name} value={name} onChange={setName} problem={problem("name")} field="name" autoFocus />
      <TextBox
        label={texts.outsideLabels.organisation}
        value={organisation}
        onChange={setOrganisation}
        problem={problem("organisation")}
        field="organisation"
      />
      <TextBox label={texts.outsideLabels.position} value={position} onChange={setPosition} problem={problem("position")} field="position" />
      <Choice
        label={texts.outsideLabels.institution}
        placeholder={texts.institutionChoose}
        options={texts.institutionKind}
        value={institution}
        onChange={setInstitution}
        problem={problem("institution")}
        field="institution"
      />
      <DayField
        label={texts.outsideLabels.statementSignedOn}
        hint={texts.statementHint}
        value={signedOn}
        onChange={setSignedOn}
        problem={problem("statementSignedOn")}
        field="statementSignedOn"
      />
      <DayField label={texts.outsideLabels.on} value={on} onChange={setOn} problem={problem("on")} />
    </Frame>
  );
}

/** The chair takes a professional from outside the team out of the group, from a day. */
function RemoveOutsideForm(props: {
  card: Card;
  member: Outside;
  reload: () => void;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { card, member } = props;
  const [on, setOn] = useState(todayInPoland);
  const { outcome, sending, send, problem } = useSend();
  const submit = () => {
    void send(
      RemoveOutside,
      { input: { id: card.id, version: card.version, memberId: member.id, on: on || null } },
      props.onDone,
    );
  };
  return (
    <Frame
      label={texts.removeTitle(member.name)}
      outcome={outcome}
      sending={sending}
      reload={props.reload}
      onCancel={props.onCancel}
      onSubmit={submit}
      labels={(path) => (path === "on" ? texts.removeOn : outsideLabel(path))}
    >
      <h3>{texts.removeTitle(member.name)}</h3>
      <p>{texts.removeOutsideWarning(member.name)}</p>
      <DayField label={texts.removeOn} hint={texts.removeOnHint} value={on} onChange={setOn} problem={problem("on")} autoFocus />
    </Frame>
  );
}
