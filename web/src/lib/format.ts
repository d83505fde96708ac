// Polish formats shared by every screen: dates as dd.mm.rrrr, plural forms by Intl.PluralRules.

/** `YYYY-MM-DD` (the API's `Date`) as `dd.mm.rrrr`; anything else unchanged. */
export function formatDate(isoDay: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDay);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : isoDay;
}

/** A `DateTime` as `dd.mm.rrrr gg:mm`, in Polish time. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = new Intl.DateTimeFormat("pl-PL", {
    timeZone: "Europe/Warsaw",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("day")}.${get("month")}.${get("year")} ${get("hour")}:${get("minute")}`;
}

/** Today in Poland as `YYYY-MM-DD` (deadlines are Polish calendar days, not UTC ones). */
export function todayInPoland(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Warsaw",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type PluralForms = { one: string; few: string; many: string; other: string };

const rules = new Intl.PluralRules("pl-PL");

/** `n` with the Polish form of its noun: 1 karta, 2 karty, 5 kart, 1,5 karty. */
export function plural(n: number, forms: PluralForms): string {
  const form = forms[rules.select(n) as keyof PluralForms] ?? forms.other;
  return `${n.toLocaleString("pl-PL")} ${form}`;
}

/**
 * The name of the field at a form's `path` as an error summary says it: "Osoba 2 — Imię" for
 * `persons.1.firstName`, or the field's own name from `fields`.
 */
export function fieldLabelIn(fields: Record<string, string>, path: string): string | undefined {
  const person = /^persons\.(\d+)\.(\w+)$/.exec(path);
  if (person) {
    const field = fields[person[2]!];
    return field ? `Osoba ${Number(person[1]) + 1} — ${field}` : `Osoba ${Number(person[1]) + 1}`;
  }
  return fields[path];
}

/** A message after its field's name: "Osoba 2 — Imię: to pole jest wymagane." */
export function named(label: string | undefined, message: string): string {
  if (!label) return message;
  const lowered =
    message.length > 1 && message[1] === message[1]!.toLowerCase() ? message[0]!.toLowerCase() + message.slice(1) : message;
  return `${label}: ${lowered}`;
}

/**
 * A day as a person types it, as `YYYY-MM-DD`: `5.12.2026`, `05.12.2026`, `05122026` (or with
 * `-`, `/`, `,` or spaces between the parts), or already `2026-12-05`. `null` for nothing typed,
 * `undefined` for anything that is not a day of the calendar (31.02.2026, 5.12.26).
 */
export function parseTypedDate(text: string): string | null | undefined {
  const t = text.trim();
  if (t === "") return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const typed = /^(\d{1,2})[.\-/, ]+(\d{1,2})[.\-/, ]+(\d{4})$/.exec(t) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(t);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : typed ? [typed[3], typed[2], typed[1]] : [];
  if (!year || !month || !day) return undefined;
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  const date = new Date(Date.UTC(y, m - 1, d));
  // A day the calendar lacks (31.02) rolls over into the next month: refuse it.
  if (y < 1000 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
