// The card page's logic apart from its widgets: which action forms to offer (only for the steps
// the API allows: the procedure table lives on the server), the group's composition as the
// chair picks members, and what a mutation's answer means for the form.
import { errorCodes, serverProblems } from "../../lib/userErrors.ts";

export type ActionKind =
  | "forward"
  | "setUpGroup"
  | "changeGroup"
  | "firstMeeting"
  | "meeting"
  | "victimForm"
  | "perpetratorForm"
  | "notifyPerpetrator"
  | "notifyFamilyCourt"
  | "startMonitoring"
  | "reviewPlan"
  | "close"
  | "endMonitoring"
  | "correctNkA"
  | "recordWork";

/** The form that takes each procedure step; steps without a form here are not offered. */
const FORM_OF_STEP: Record<string, ActionKind> = {
  SENT_TO_CHAIR: "forward",
  GROUP_SET_UP: "setUpGroup",
  GROUP_CHANGED: "changeGroup",
  FIRST_GROUP_MEETING: "firstMeeting",
  GROUP_MEETING: "meeting",
  VICTIM_FORM: "victimForm",
  PERPETRATOR_FORM: "perpetratorForm",
  PERPETRATOR_NOTIFIED: "notifyPerpetrator",
  FAMILY_COURT_NOTIFIED: "notifyFamilyCourt",
  MONITORING_STARTED: "startMonitoring",
  HELP_PLAN_REVIEWED: "reviewPlan",
  CLOSED: "close",
  MONITORING_ENDED: "endMonitoring",
};

/**
 * The actions to offer, in the procedure's order: one per allowed step that has a form, then
 * correcting form NK-A when the API allows that step (`UPDATED`), then recording work when the
 * API allows it. Nothing here decides what is allowed.
 */
export function offeredActions(allowedSteps: readonly string[], mayRecordWork: boolean): ActionKind[] {
  const out = allowedSteps.flatMap((s) => (FORM_OF_STEP[s] ? [FORM_OF_STEP[s]] : []));
  if (allowedSteps.includes("UPDATED")) out.push("correctNkA");
  if (mayRecordWork) out.push("recordWork");
  return out;
}

/** The mutation's input for a step that takes only its day (`""` is today, the server's default). */
export function stepInput(card: { id: string; version: number }, on: string) {
  return { id: card.id, version: card.version, on: on || null };
}

/**
 * What the chosen members lack, by the law's rule (art. 9a ust. 10 UPPD: a social worker and a
 * police officer), as the server's codes. Shown before sending; the server checks again.
 */
export function compositionProblems(institutions: readonly string[]): string[] {
  const out: string[] = [];
  if (!institutions.includes("SOCIAL_WELFARE")) out.push("SOCIAL_WORKER_REQUIRED");
  if (!institutions.includes("POLICE")) out.push("POLICE_OFFICER_REQUIRED");
  return out;
}

export type Outcome =
  | { kind: "done" }
  | { kind: "refused"; problems: Record<string, string> }
  | { kind: "conflict" }
  | { kind: "forbidden" }
  | { kind: "failed" };

type Result = {
  error?: { graphQLErrors?: readonly { extensions?: Record<string, unknown> }[] };
  payload?: { userErrors: readonly { field: readonly string[]; code: string }[] } | null;
};

/**
 * A mutation's answer for its form: done, refused with the server's userErrors by field, a
 * CONFLICT (someone changed the card: reload it, keeping what was typed), FORBIDDEN, or a
 * failure (a lost connection).
 */
export function outcomeOf({ error, payload }: Result): Outcome {
  const codes = errorCodes(error);
  if (codes.includes("CONFLICT")) return { kind: "conflict" };
  if (codes.includes("FORBIDDEN")) return { kind: "forbidden" };
  if (!payload) return { kind: "failed" };
  if (payload.userErrors.length > 0) return { kind: "refused", problems: serverProblems(payload.userErrors) };
  return { kind: "done" };
}

/**
 * Whether someone born on `born` is 18 on `on` (both yyyy-mm-dd), as the server counts it: a
 * minor the group hears needs an adult with them.
 */
export function adultOn(born: string, on: string): boolean {
  const year = Number(born.slice(0, 4)) + 18;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  // Born on 29 February: 18 on the 28th in a year without one.
  const rest = born.slice(4) === "-02-29" && !leap ? "-02-28" : born.slice(4);
  return `${String(year).padStart(4, "0")}${rest}` <= on;
}

/** A plan's items as typed (blank lines dropped) as `PlanItemInput`s. */
export function planInput(descriptions: readonly string[]) {
  return descriptions.map((d) => d.trim()).filter((d) => d !== "").map((description) => ({ description }));
}

export { WORK_VARIANTS } from "../../components/work.ts";
