// The intake form's logic, apart from its widgets: the draft kept in the browser until sent,
// what is checked as the user types, the `recordIntake` input, and Warsaw time.
import { DRAFT_PREFIX } from "../../api/session.ts";
import { parseTypedDate } from "../../lib/format.ts";
import { peselProblem } from "../../lib/pesel.ts";

export type IntakePersonDraft = {
  role: "VICTIM" | "PERPETRATOR" | "WITNESS";
  firstName: string;
  lastName: string;
  pesel: string;
  dateOfBirth: string;
  sex: "" | "FEMALE" | "MALE";
  address: string;
  phone: string;
};

export type IntakeDraft = {
  /** The day and time it reached the office, in Polish time (`YYYY-MM-DD`, `HH:MM`). */
  receivedOn: string;
  receivedTime: string;
  channel: string;
  kind: string;
  urgency: string;
  anonymous: boolean;
  reporterName: string;
  reporterContact: string;
  account: string;
  persons: IntakePersonDraft[];
};

export const DRAFT_KEY = `${DRAFT_PREFIX}intake`;

export function emptyPerson(role: IntakePersonDraft["role"]): IntakePersonDraft {
  return { role, firstName: "", lastName: "", pesel: "", dateOfBirth: "", sex: "", address: "", phone: "" };
}

/** A new entry: received now, by phone, a report of routine urgency about one person. */
export function emptyDraft(now: Date = new Date()): IntakeDraft {
  const { day, time } = warsawParts(now);
  return {
    receivedOn: day,
    receivedTime: time,
    channel: "PHONE",
    kind: "REPORT",
    urgency: "ROUTINE",
    anonymous: false,
    reporterName: "",
    reporterContact: "",
    account: "",
    persons: [emptyPerson("VICTIM")],
  };
}

/** The draft kept in this tab (sessionStorage) until the entry is sent or the user signs out. */
export function loadDraft(storage: Pick<Storage, "getItem">): IntakeDraft | null {
  try {
    const raw = storage.getItem(DRAFT_KEY);
    if (!raw) return null;
    const d = JSON.parse(raw) as IntakeDraft;
    return d && Array.isArray(d.persons) ? d : null;
  } catch {
    return null;
  }
}

export function saveDraft(storage: Pick<Storage, "setItem">, draft: IntakeDraft): void {
  storage.setItem(DRAFT_KEY, JSON.stringify(draft));
}

/** The calendar day and the minute in Warsaw of an instant. */
export function warsawParts(instant: Date): { day: string; time: string } {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Warsaw",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return { day: `${get("year")}-${get("month")}-${get("day")}`, time: `${get("hour")}:${get("minute")}` };
}

/**
 * A Warsaw wall-clock time (`YYYY-MM-DD`, `HH:MM`) as an instant in UTC (ISO 8601), whatever
 * the browser's own time zone; null when either part is malformed. The offset is Warsaw's on
 * that day (CET +1, CEST +2).
 */
export function warsawToIso(day: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [y, mo, da, h, mi] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || da < 1 || da > 31 || h > 23 || mi > 59) return null;
  const wall = Date.UTC(y, mo - 1, da, h, mi);
  const check = new Date(wall);
  if (check.getUTCDate() !== da || check.getUTCMonth() !== mo - 1) return null;
  // Try both offsets; keep the one that reads back as the same wall-clock time.
  for (const hours of [1, 2]) {
    const instant = new Date(wall - hours * 3_600_000);
    const back = warsawParts(instant);
    if (back.day === day && back.time === time) return instant.toISOString();
  }
  // A time skipped when clocks go forward: take it as winter time.
  return new Date(wall - 3_600_000).toISOString();
}

/** Problems found while typing, by field path (`persons.0.pesel`); the server checks again. */
export function localProblems(d: IntakeDraft, now: Date = new Date()): Record<string, string> {
  const out: Record<string, string> = {};
  const received = warsawToIso(d.receivedOn, d.receivedTime);
  if (!d.receivedOn) out.receivedAt = "REQUIRED";
  else if (!received) out.receivedAt = "INVALID_DATE";
  else if (Date.parse(received) > now.getTime() + 60_000) out.receivedAt = "IN_FUTURE";
  if (!d.channel) out.channel = "REQUIRED";
  if (!d.kind) out.kind = "REQUIRED";
  if (!d.account.trim()) out.account = "REQUIRED";
  if (d.kind === "REPORT" && d.persons.length === 0) out.persons = "PERSON_REQUIRED";
  const today = warsawParts(now).day;
  d.persons.forEach((p, i) => {
    if (!p.firstName.trim()) out[`persons.${i}.firstName`] = "REQUIRED";
    const pesel = p.pesel.trim();
    if (pesel) {
      const problem = peselProblem(pesel);
      if (problem) out[`persons.${i}.pesel`] = `INVALID_PESEL_${problem}`;
    }
    if (parseTypedDate(p.dateOfBirth) === undefined) out[`persons.${i}.dateOfBirth`] = "NOT_A_DAY";
    else if (p.dateOfBirth && p.dateOfBirth > today) out[`persons.${i}.dateOfBirth`] = "IN_FUTURE";
  });
  return out;
}

/** Whether a field's problem shows while typing (a complete PESEL) or only after sending. */
export function shownAsTyped(path: string, value: string): boolean {
  return (path.endsWith(".pesel") && value.trim().length >= 11) || path === "receivedAt";
}

const orNull = (s: string) => (s.trim() === "" ? null : s.trim());

/** The `recordIntake` input: an anonymous report carries no reporter at all. */
export function toInput(d: IntakeDraft) {
  const reporter = d.anonymous
    ? null
    : { name: orNull(d.reporterName), contact: orNull(d.reporterContact) };
  return {
    receivedAt: warsawToIso(d.receivedOn, d.receivedTime),
    channel: d.channel,
    kind: d.kind,
    urgency: d.urgency || "ROUTINE",
    reporter: reporter && (reporter.name || reporter.contact) ? reporter : null,
    account: d.account.trim(),
    persons: d.persons.map((p) => ({
      role: p.role,
      firstName: p.firstName.trim(),
      lastName: orNull(p.lastName),
      pesel: orNull(p.pesel),
      dateOfBirth: orNull(p.dateOfBirth),
      sex: p.sex === "" ? null : p.sex,
      address: orNull(p.address),
      phone: orNull(p.phone),
    })),
  };
}

export { serverProblems } from "../../lib/userErrors.ts";
