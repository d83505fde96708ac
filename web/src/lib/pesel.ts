// PESEL checks as the user types (the server checks again and answers userErrors).

export type PeselProblem = "LENGTH" | "DIGITS" | "CHECKSUM" | null;

const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/** What is wrong with a PESEL, or null when it has 11 digits and a valid check digit. */
export function peselProblem(raw: string): PeselProblem {
  const value = raw.trim();
  if (!/^\d*$/.test(value)) return "DIGITS";
  if (value.length !== 11) return "LENGTH";
  const digits = [...value].map(Number);
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * (digits[i] ?? 0), 0);
  return (10 - (sum % 10)) % 10 === digits[10] ? null : "CHECKSUM";
}

/** The date of birth a valid PESEL encodes (`YYYY-MM-DD`), or null. */
export function peselBirthDate(raw: string): string | null {
  const v = raw.trim();
  if (peselProblem(v)) return null;
  const yy = Number(v.slice(0, 2));
  const mm = Number(v.slice(2, 4));
  const dd = v.slice(4, 6);
  // The month carries the century: +80 for the 1800s, +0 the 1900s, +20 the 2000s, +40, +60.
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(mm / 20)];
  const month = mm % 20;
  if (century === undefined || month < 1 || month > 12) return null;
  return `${century + yy}-${String(month).padStart(2, "0")}-${dd}`;
}
