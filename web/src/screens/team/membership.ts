// The members' life cycle on the team's page, apart from its widgets: what a member's statement
// says today, which changes the administrator is offered for each member, and each form's
// checks before sending (the server checks again and has the last word).

export type MemberFacts = {
  userId: string;
  chair: boolean;
  confidentialitySignedOn?: string | null;
  confidentialityWithdrawnOn?: string | null;
  confidentialityValidUntil?: string | null;
  confidentialityHolds: boolean;
  leftOn?: string | null;
};

/** The statement as the team's page shows it. */
export type StatementState =
  | { kind: "holds"; signedOn: string; validUntil?: string }
  | { kind: "withdrawn"; on: string }
  | { kind: "expired"; on: string }
  | { kind: "notSigned" };

export function statementState(m: MemberFacts): StatementState {
  if (m.confidentialityWithdrawnOn) return { kind: "withdrawn", on: m.confidentialityWithdrawnOn };
  if (m.confidentialitySignedOn && m.confidentialityHolds) {
    return { kind: "holds", signedOn: m.confidentialitySignedOn, validUntil: m.confidentialityValidUntil ?? undefined };
  }
  if (m.confidentialitySignedOn && m.confidentialityValidUntil) return { kind: "expired", on: m.confidentialityValidUntil };
  return { kind: "notSigned" };
}

export type MemberChange = "end" | "withdraw" | "sign" | "chair";

/**
 * The changes offered to the administrator for a member of the team: never on their own record
 * for the chair or a statement (another administrator vouches), never ending the chair's
 * membership or withdrawing their statement before the chair is handed over, the chair only to a
 * member whose statement holds.
 */
export function offeredChanges(m: MemberFacts, viewerId: string | undefined): MemberChange[] {
  if (m.leftOn) return [];
  const self = m.userId === viewerId;
  const out: MemberChange[] = [];
  if (!m.chair) out.push("end");
  if (!m.chair && m.confidentialitySignedOn && !m.confidentialityWithdrawnOn && m.confidentialityHolds) out.push("withdraw");
  if (!self && !m.confidentialityHolds) out.push("sign");
  if (!self && !m.chair && m.confidentialityHolds) out.push("chair");
  return out;
}

/** Problems of a day typed in a form, as the server's codes: required, not after today. */
export function dayProblem(day: string, today: string, required = true): string | undefined {
  if (!day) return required ? "REQUIRED" : undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return "INVALID_DATE";
  if (day > today) return "IN_FUTURE";
  return undefined;
}

/** Problems of the membership's end before sending: its day and a reason. */
export function endProblems(draft: { on: string; reason: string }, today: string): Record<string, string> {
  const out: Record<string, string> = {};
  const on = dayProblem(draft.on, today);
  if (on) out.on = on;
  if (!draft.reason.trim()) out.reason = "REQUIRED";
  return out;
}

/** Problems of a statement signed anew: the day signed, and an end (optional) not before it. */
export function signProblems(draft: { signedOn: string; validUntil: string }, today: string): Record<string, string> {
  const out: Record<string, string> = {};
  const signed = dayProblem(draft.signedOn, today);
  if (signed) out.confidentialitySignedOn = signed;
  if (draft.validUntil) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.validUntil)) out.confidentialityValidUntil = "INVALID_DATE";
    else if (draft.signedOn && draft.validUntil < draft.signedOn) out.confidentialityValidUntil = "BEFORE_SIGNED";
  }
  return out;
}
