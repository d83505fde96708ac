// An intake entry's page, apart from its widgets: the response deadline's state, who a user ID
// is, which forms to offer (only for the steps the API allows), and each form's checks and input.
import { formatDate, parseTypedDate } from "../../lib/format.ts";
import { nextDeadline, type NextDeadline } from "../worklist/deadline.ts";

export type ResponseDeadline = { dueOn: string; state: string; metOn?: string | null; metLate: boolean };

/** The response deadline as the work list shows deadlines: overdue, due soon, later, or met. */
export function responseState(d: ResponseDeadline, today: string): NextDeadline | { urgency: "met"; metOn: string | null; metLate: boolean } {
  const open = nextDeadline([{ kind: "RESPONSE", dueOn: d.dueOn, state: d.state }], today);
  return open ?? { urgency: "met", metOn: d.metOn ?? null, metLate: d.metLate };
}

export type Person = { userId: string; displayName?: string | null };

/** A user's name from what the page knows (the viewer, the team's members), else `fallback`. */
export function nameOf(
  userId: string,
  viewer: { id: string; displayName: string } | null,
  members: readonly Person[],
  fallback: string,
): string {
  if (viewer && viewer.id === userId) return viewer.displayName;
  return members.find((m) => m.userId === userId)?.displayName ?? fallback;
}

/** The people an entry can be assigned to: the viewer, then the team's members, once each. */
export function assignable(
  viewer: { id: string; displayName: string } | null,
  members: readonly Person[],
): { id: string; name: string }[] {
  const out: { id: string; name: string }[] = [];
  if (viewer) out.push({ id: viewer.id, name: viewer.displayName });
  for (const m of members) {
    if (!out.some((o) => o.id === m.userId)) out.push({ id: m.userId, name: m.displayName ?? m.userId });
  }
  return out;
}

export type EntryForm = "respond" | "assign" | "convert" | "link" | "close";

const FORM_OF_STEP: Record<string, EntryForm[]> = {
  RESPONDED: ["respond"],
  ASSIGNED: ["assign"],
  BLUE_CARD_LINKED: ["convert", "link"],
  CLOSED: ["close"],
};

/**
 * The forms to offer, in a fixed order, from the steps the API allows; a consultation opens no
 * Blue Card (the API would refuse it), so it is offered no conversion.
 */
export function offeredForms(allowedSteps: readonly string[], kind: string): EntryForm[] {
  const order: EntryForm[] = ["respond", "convert", "link", "assign", "close"];
  const allowed = new Set(allowedSteps.flatMap((s) => FORM_OF_STEP[s] ?? []));
  return order.filter((f) => allowed.has(f) && (f !== "convert" || kind === "REPORT"));
}

export type ResponseDraft = { kind: string; helpPointId: string; on: string; note: string };

export const emptyResponse = (): ResponseDraft => ({ kind: "", helpPointId: "", on: "", note: "" });

/** What is missing before sending a response (the server checks again). */
export function responseProblems(d: ResponseDraft, today: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!d.kind) out.kind = "REQUIRED";
  if (d.kind === "REFERRED_TO_HELP_POINT" && !d.helpPointId) out.helpPointId = "REQUIRED";
  if (parseTypedDate(d.on) === undefined) out.on = "NOT_A_DAY";
  else if (d.on && d.on > today) out.on = "IN_FUTURE";
  return out;
}

/** The `respondToIntake` input: a help point only with a referral; an empty day is today. */
export function responseInput(entry: { id: string; version: number }, d: ResponseDraft) {
  return {
    id: entry.id,
    version: entry.version,
    kind: d.kind,
    on: d.on || null,
    helpPointId: d.kind === "REFERRED_TO_HELP_POINT" ? d.helpPointId || null : null,
    note: d.note.trim() === "" ? null : d.note.trim(),
  };
}

/** A card as the link form lists it: its victims and the day it was initiated. */
export function cardLabel(card: {
  initiatedOn: string;
  persons: readonly { role: string; firstName: string; lastName: string }[];
}): string {
  const victims = card.persons
    .filter((p) => p.role === "VICTIM")
    .map((p) => `${p.firstName} ${p.lastName}`)
    .join(", ");
  return `${victims || "—"} (${formatDate(card.initiatedOn)})`;
}
