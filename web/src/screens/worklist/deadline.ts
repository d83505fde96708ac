import { daysBetween } from "../../lib/format.ts";

export type DeadlineLike = { kind: string; dueOn: string; state: string };

/** How urgent a card's next deadline is; "soon" within this many days. */
export const DUE_SOON_DAYS = 3;

export type Urgency = "overdue" | "soon" | "later";

export type NextDeadline = DeadlineLike & { urgency: Urgency; days: number };

/**
 * The deadline to act on next: the earliest one still open (pending or overdue), with how many
 * days are left (negative when past).
 */
export function nextDeadline(deadlines: readonly DeadlineLike[], today: string): NextDeadline | null {
  const open = deadlines
    .filter((d) => d.state === "PENDING" || d.state === "OVERDUE")
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const first = open[0];
  if (!first) return null;
  const days = daysBetween(today, first.dueOn);
  const urgency: Urgency =
    first.state === "OVERDUE" || days < 0 ? "overdue" : days <= DUE_SOON_DAYS ? "soon" : "later";
  return { ...first, days, urgency };
}
