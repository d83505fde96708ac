import { useRef, useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useClient } from "urql";
import { graphql } from "../../gql/index.ts";
import { todayInPoland } from "../../lib/format.ts";
import { outcomeOf, type Outcome } from "../card/actions.ts";
import { ErrorSummary, TextInput } from "../../components/fields.tsx";
import { endProblems, dayProblem, signProblems, type MemberChange } from "./membership.ts";
import type { Team } from "./TeamPage.tsx";
import { texts } from "./texts.ts";

const EndMembership = graphql(`
  mutation TeamEndMembership($input: EndTeamMembershipInput!) {
    endTeamMembership(input: $input) {
      member {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const WithdrawStatement = graphql(`
  mutation TeamWithdrawStatement($input: WithdrawConfidentialityStatementInput!) {
    withdrawConfidentialityStatement(input: $input) {
      member {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const SignStatement = graphql(`
  mutation TeamSignStatement($input: UpdateTeamMemberInput!) {
    updateTeamMember(input: $input) {
      member {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const HandOverChair = graphql(`
  mutation TeamHandOverChair($input: HandOverTeamChairInput!) {
    handOverTeamChair(input: $input) {
      member {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

type Member = Team["members"][number];

const message = (code: string) => texts.changeErrors[code] ?? texts.errors[code] ?? texts.unknownError(code);
const nameOf = (m: Member) => m.displayName ?? texts.unknownPerson;

/**
 * One change of a member's record, in a form of its own below the members' table: the day (and
 * the reason, or the statement's dates), what the change does in words, and a confirming button;
 * nothing is sent before it is pressed. Refusals show on their fields; a CONFLICT reloads the
 * team and says so.
 */
export function MemberChangeForm(props: {
  team: Team;
  member: Member;
  change: MemberChange;
  onCancel: () => void;
  onDone: (notice: string) => void;
  reload: () => void;
}) {
  const { member, change } = props;
  const client = useClient();
  const today = todayInPoland();
  const [on, setOn] = useState(today);
  const [reason, setReason] = useState("");
  const [validUntil, setValidUntil] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  const dayOnly = dayProblem(on, today);
  const local: Record<string, string> =
    change === "end"
      ? endProblems({ on, reason }, today)
      : change === "sign"
        ? signProblems({ signedOn: on, validUntil }, today)
        : change === "withdraw" && dayOnly
          ? { on: dayOnly }
          : {};
  const server = outcome?.kind === "refused" ? outcome.problems : {};
  const problem = (field: string) => {
    const code = server[field] ?? (submitted ? local[field] : undefined);
    return code ? message(code) : undefined;
  };

  const send = async () => {
    const base = { version: member.version };
    switch (change) {
      case "end":
        return client
          .mutation(EndMembership, { input: { ...base, id: member.id, on, reason } })
          .toPromise()
          .then((r) => ({ error: r.error, payload: r.data?.endTeamMembership ?? null }));
      case "withdraw":
        return client
          .mutation(WithdrawStatement, { input: { ...base, id: member.id, on } })
          .toPromise()
          .then((r) => ({ error: r.error, payload: r.data?.withdrawConfidentialityStatement ?? null }));
      case "sign":
        return client
          .mutation(SignStatement, {
            input: { ...base, id: member.id, confidentialitySignedOn: on, confidentialityValidUntil: validUntil || null },
          })
          .toPromise()
          .then((r) => ({ error: r.error, payload: r.data?.updateTeamMember ?? null }));
      case "chair":
        return client
          .mutation(HandOverChair, { input: { ...base, memberId: member.id } })
          .toPromise()
          .then((r) => ({ error: r.error, payload: r.data?.handOverTeamChair ?? null }));
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(local).length > 0) {
      summary.current?.focus();
      return;
    }
    if (sending) return;
    setSending(true);
    const next = outcomeOf(await send());
    setSending(false);
    setOutcome(next);
    if (next.kind === "conflict") props.reload();
    if (next.kind === "done") props.onDone(texts.changed[change](nameOf(member)));
    // A refusal is read out where the focus is: on the summary, not the page's body.
    else summary.current?.focus();
  };

  const title =
    change === "end"
      ? texts.endTitle(nameOf(member))
      : change === "withdraw"
        ? texts.withdrawTitle(nameOf(member))
        : change === "sign"
          ? texts.signTitle(nameOf(member))
          : texts.chairTitle(nameOf(member));
  const current = props.team.members.find((m) => m.chair);
  const listed = submitted ? Object.entries({ ...local, ...server }) : [];
  const idOf = (path: string) => `change-${member.id}-${path}`;
  const failure =
    outcome?.kind === "conflict"
      ? texts.changeConflict
      : outcome?.kind === "forbidden"
        ? texts.changeForbidden
        : outcome?.kind === "failed"
          ? texts.failed
          : null;
  return (
    <form className="action-form" aria-label={title} onSubmit={(e) => void submit(e)} noValidate>
      <h3>{title}</h3>
      <ErrorSummary
        problems={listed}
        failure={failure ?? ""}
        heading={texts.problems}
        message={message}
        idOf={idOf}
        refObject={summary}
        labelOf={(path) =>
          ({
            on: change === "end" ? texts.endOn : texts.withdrawOn,
            confidentialitySignedOn: texts.signedOnLabel,
            confidentialityValidUntil: texts.validUntilLabel,
            reason: texts.reason,
          })[path]
        }
      />
      <p>
        {change === "end"
          ? texts.endWarning
          : change === "withdraw"
            ? texts.withdrawWarning
            : change === "chair"
              ? texts.chairWarning(nameOf(member), current ? nameOf(current) : null)
              : null}
      </p>
      {change !== "chair" && (
        <TextInput
          id={idOf(change === "sign" ? "confidentialitySignedOn" : "on")}
          type="date"
          autoComplete={null}
          label={change === "end" ? texts.endOn : change === "withdraw" ? texts.withdrawOn : texts.signedOnLabel}
          value={on}
          onChange={setOn}
          error={problem(change === "sign" ? "confidentialitySignedOn" : "on")}
          hint={texts.dayHint}
          autoFocus
        />
      )}
      {change === "end" && (
        <TextInput
          id={idOf("reason")}
          type={null}
          autoComplete={null}
          label={texts.reason}
          value={reason}
          onChange={setReason}
          error={problem("reason")}
          hint={texts.reasonHint}
          rows={2}
          required
          validationBehavior="aria"
        />
      )}
      {change === "sign" && (
        <TextInput
          id={idOf("confidentialityValidUntil")}
          type="date"
          autoComplete={null}
          label={texts.validUntilLabel}
          value={validUntil}
          onChange={setValidUntil}
          error={problem("confidentialityValidUntil")}
          hint={texts.validUntilHint}
        />
      )}
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending} autoFocus={change === "chair"}>
          {sending ? texts.sending : texts.change[change]}
        </Button>
        <Button className="button secondary" onPress={props.onCancel}>
          {texts.cancel}
        </Button>
      </div>
    </form>
  );
}
