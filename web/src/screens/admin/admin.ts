// The administrator's page's logic apart from its widgets: which roles can be granted and
// revoked, the forms' checks and inputs, paging, and how an audit entry reads.
import { plural } from "../../lib/format.ts";
import { texts } from "./texts.ts";

/** The roles of a municipality's staff, in the order the page offers them (the server's list). */
export const STAFF_ROLES = [
  "TENANT_ADMIN",
  "TEAM_CHAIR",
  "TEAM_MEMBER",
  "SOCIAL_WORKER",
  "DATA_PROTECTION_OFFICER",
  "DIRECTORY_EDITOR",
  "INTAKE_STAFF",
  "STATISTICS",
] as const;

export const roleName = (role: string) => texts.roles[role] ?? texts.unknownRole(role);

/** Staff roles the user does not have yet, from Ostoja or from the identity provider. */
export function grantableRoles(roles: readonly string[]): string[] {
  return STAFF_ROLES.filter((r) => !roles.includes(r));
}

/**
 * A user's roles as the list shows them: every role once, those from the identity provider
 * marked (they are changed there, not here).
 */
export function describeRoles(user: { grantedRoles: readonly string[]; providerRoles: readonly string[] }) {
  const all = [...user.grantedRoles, ...user.providerRoles.filter((r) => !user.grantedRoles.includes(r))];
  return all.map((role) => ({ role, name: roleName(role), fromProvider: !user.grantedRoles.includes(role) }));
}

export type Unit = "WORKING_DAYS" | "DAYS" | "MONTHS";

/** The largest amount of a period in each unit (the server's rule). */
export const MAX_AMOUNT: Record<Unit, number> = { WORKING_DAYS: 366, DAYS: 366, MONTHS: 60 };

/** `5 dni roboczych`, `1 miesiąc`. */
export function formatPeriod(amount: number, unit: string): string {
  const forms = texts.unitForms[unit];
  return forms ? plural(amount, forms) : `${amount} ${unit}`;
}

/** A whole number typed in a field, or the code of what is wrong with it. */
export function parseWhole(text: string, min: number, max: number): { value: number } | { problem: string } {
  const t = text.trim().replace(/\s/g, "");
  if (t === "") return { problem: "REQUIRED" };
  if (!/^-?\d+$/.test(t)) return { problem: "NOT_A_NUMBER" };
  const value = Number(t);
  if (value < min || value > max) return { problem: "OUT_OF_RANGE" };
  return { value };
}

export type RuleDraft = { amount: string; unit: Unit };

/** The rule form's problems by field (the server checks again). */
export function ruleProblems(draft: RuleDraft): Record<string, string> {
  const parsed = parseWhole(draft.amount, 1, MAX_AMOUNT[draft.unit]);
  return "problem" in parsed ? { amount: parsed.problem } : {};
}

/** `setDeadlineRule`'s input (or `setIntakeResponseRule`'s without `kind`). */
export function ruleInput(draft: RuleDraft, version: number) {
  return { amount: Number(draft.amount.trim().replace(/\s/g, "")), unit: draft.unit, version };
}

export const RETENTION = { min: 365, max: 36_500 };

export function settingsProblems(retention: string): Record<string, string> {
  const parsed = parseWhole(retention, RETENTION.min, RETENTION.max);
  return "problem" in parsed ? { auditRetentionDays: parsed.problem } : {};
}

/** Paging forwards and back through a connection (shared with the team page). */
export { currentAfter, firstPage, nextPage, pageNumber, previousPage, type Pages } from "../../lib/paging.ts";

/**
 * An audit entry's operation in Polish: `mutation setDeadlineRule` → `Zmiana: zmiana terminu
 * (setDeadlineRule)`; a name the page does not know stays as the server wrote it.
 */
export function describeOperation(operation: string): string {
  const [kind, rest] = operation.includes(" ") ? [operation.slice(0, operation.indexOf(" ")), operation.slice(operation.indexOf(" ") + 1)] : ["", operation];
  const label = texts.operationKind[kind];
  if (rest === "(case data)") return `${label ?? kind} ${texts.caseData}`.trim();
  const fields = rest
    .split(",")
    .filter((f) => f !== "")
    .map((f) => (texts.operations[f] ? `${texts.operations[f]} (${f})` : f));
  if (!label) return [kind, ...fields].filter((s) => s !== "").join(" ");
  return `${label}: ${fields.join(", ")}`;
}
