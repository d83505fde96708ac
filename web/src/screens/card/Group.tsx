import { useRef, useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useClient } from "urql";
import { graphql } from "../../gql/index.ts";
import { todayInPoland } from "../../lib/format.ts";
import { ErrorSummary, TextInput } from "../../components/fields.tsx";
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

type Member = Card["diagnosticGroup"][number];

const message = (code: string) => texts.removeErrors[code] ?? texts.errors[code] ?? texts.unknownError(code);

/**
 * The card's diagnostic group. The chair (the API allows the group's change) may take a member
 * out, in a form that says what it does and asks for the day before anything is sent.
 */
export function Group(props: { card: Card; reload: () => void; onDone: (notice: string) => void }) {
  const { card } = props;
  const mayChange = card.allowedSteps.includes("GROUP_CHANGED");
  const [removing, setRemoving] = useState<Member | null>(null);
  const nameOf = (m: Member) => m.displayName ?? texts.unknownPerson;
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
