// Correcting a person after NK-A (`correctBlueCardPerson`): the person's data as the form holds
// it, what the user must fix before sending, and the mutation's input (every field as it should
// now be; an emptied optional field is cleared).
import { peselProblem } from "../../lib/pesel.ts";

export type PersonValues = {
  firstName: string;
  lastName: string;
  pesel: string;
  /** `YYYY-MM-DD`. */
  dateOfBirth: string;
  /** `FEMALE`, `MALE`. */
  sex: string;
  address: string;
  phone: string;
  notes: string;
  /** `YYYY-MM-DD`, or empty. */
  diedOn: string;
  /** `Relation` value, or empty. */
  relationToVictim: string;
  /** `yes`, `no`, or empty (not established). */
  livesWithVictim: string;
  health: string;
  /** `Addiction` values, sorted, joined by commas. */
  addictions: string;
  school: string;
  email: string;
};

type Person = {
  id: string;
  firstName: string;
  lastName: string;
  pesel?: string | null;
  dateOfBirth: string;
  sex: string;
  address?: string | null;
  phone?: string | null;
  notes?: string | null;
  diedOn?: string | null;
  relationToVictim?: string | null;
  livesWithVictim?: boolean | null;
  health?: string | null;
  addictions?: readonly string[];
  school?: string | null;
  email?: string | null;
};

export function personValues(p: Person): PersonValues {
  return {
    firstName: p.firstName,
    lastName: p.lastName,
    pesel: p.pesel ?? "",
    dateOfBirth: p.dateOfBirth,
    sex: p.sex,
    address: p.address ?? "",
    phone: p.phone ?? "",
    notes: p.notes ?? "",
    diedOn: p.diedOn ?? "",
    relationToVictim: p.relationToVictim ?? "",
    livesWithVictim: p.livesWithVictim == null ? "" : p.livesWithVictim ? "yes" : "no",
    health: p.health ?? "",
    addictions: [...(p.addictions ?? [])].sort().join(","),
    school: p.school ?? "",
    email: p.email ?? "",
  };
}

/** An e-mail address as the server reads one: a name, `@`, a domain with a dot, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@.][^\s@]*\.[^\s@]*[^\s@.]$/;

/** What must be fixed before sending, by field, as the server's codes. */
export function personProblems(v: PersonValues): Record<string, string> {
  const out: Record<string, string> = {};
  if (!v.firstName.trim()) out.firstName = "REQUIRED";
  if (!v.lastName.trim()) out.lastName = "REQUIRED";
  const pesel = v.pesel.trim() ? peselProblem(v.pesel) : null;
  if (pesel) out.pesel = `INVALID_PESEL_${pesel}`;
  if (!v.pesel.trim() && !v.dateOfBirth) out.dateOfBirth = "REQUIRED";
  if (v.email.trim() && !EMAIL.test(v.email.trim())) out.email = "INVALID";
  return out;
}

/** Whether anything differs from the person as stored. */
export function personChanged(before: PersonValues, after: PersonValues): boolean {
  return (Object.keys(before) as (keyof PersonValues)[]).some((k) => before[k].trim() !== after[k].trim());
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** The mutation's input: the person as it should now be, on the card's version. */
export function correctionInput(person: Person, version: number, v: PersonValues) {
  return {
    id: person.id,
    version,
    firstName: v.firstName.trim(),
    lastName: v.lastName.trim(),
    pesel: orNull(v.pesel),
    dateOfBirth: v.dateOfBirth || null,
    sex: v.sex || null,
    diedOn: v.diedOn || null,
    address: orNull(v.address),
    phone: orNull(v.phone),
    notes: orNull(v.notes),
    relationToVictim: v.relationToVictim || null,
    livesWithVictim: v.livesWithVictim === "" ? null : v.livesWithVictim === "yes",
    health: orNull(v.health),
    addictions: v.addictions ? v.addictions.split(",") : [],
    school: orNull(v.school),
    email: orNull(v.email),
  };
}
