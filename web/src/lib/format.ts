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

/** A message after its field's name: "Osoba 2 — Imię: to pole jest wymagane." */
export function named(label: string | undefined, message: string): string {
  if (!label) return message;
  const lowered =
    message.length > 1 && message[1] === message[1]!.toLowerCase() ? message[0]!.toLowerCase() + message.slice(1) : message;
  return `${label}: ${lowered}`;
}
