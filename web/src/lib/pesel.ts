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
