// The NK-A form's logic, apart from its widgets: the draft kept in the browser until sent, what
// is checked as the user types, the mutation's input, and the server's userErrors by field.
import { DRAFT_PREFIX } from "../../api/session.ts";
import { peselProblem, type PeselProblem } from "../../lib/pesel.ts";

export type PersonDraft = {
  role: "VICTIM" | "PERPETRATOR" | "WITNESS";
  firstName: string;
  lastName: string;
  pesel: string;
  dateOfBirth: string;
  sex: "" | "FEMALE" | "MALE";
  address: string;
  phone: string;
};

export type NkADraft = {
  initiatedOn: string;
  initiatorInstitution: string;
  persons: PersonDraft[];
  violenceForms: string[];
  injuries: string;
  perpetratorUnderAlcohol: boolean;
  firearmAccess: boolean;
  childrenInHousehold: string;
  actionsTaken: string[];
  nkBHandedOver: boolean;
  description: string;
};

export const DRAFT_KEY = `${DRAFT_PREFIX}nk-a`;

export function emptyPerson(role: PersonDraft["role"]): PersonDraft {
  return { role, firstName: "", lastName: "", pesel: "", dateOfBirth: "", sex: "", address: "", phone: "" };
}

export function emptyDraft(today: string): NkADraft {
  return {
    initiatedOn: today,
    initiatorInstitution: "",
    persons: [emptyPerson("VICTIM"), emptyPerson("PERPETRATOR")],
    violenceForms: [],
    injuries: "",
    perpetratorUnderAlcohol: false,
    firearmAccess: false,
    childrenInHousehold: "0",
    actionsTaken: [],
    nkBHandedOver: false,
    description: "",
  };
}

/** The draft kept in this tab (sessionStorage) until the form is sent or the user signs out. */
export function loadDraft(storage: Pick<Storage, "getItem">): NkADraft | null {
  try {
    const raw = storage.getItem(DRAFT_KEY);
    return raw ? (JSON.parse(raw) as NkADraft) : null;
  } catch {
    return null;
  }
}

export function saveDraft(storage: Pick<Storage, "setItem">, draft: NkADraft): void {
  storage.setItem(DRAFT_KEY, JSON.stringify(draft));
}

/** Problems found while typing, by field path (`persons.0.pesel`); the server checks again. */
export function localProblems(d: NkADraft): Record<string, string> {
  const out: Record<string, string> = {};
  if (!d.initiatorInstitution) out.initiatorInstitution = "REQUIRED";
  if (d.violenceForms.length === 0) out.violenceForms = "REQUIRED";
  if (!d.persons.some((p) => p.role === "VICTIM")) out.persons = "VICTIM_REQUIRED";
  d.persons.forEach((p, i) => {
    if (!p.firstName.trim()) out[`persons.${i}.firstName`] = "REQUIRED";
    if (!p.lastName.trim()) out[`persons.${i}.lastName`] = "REQUIRED";
    const pesel = p.pesel.trim();
    if (pesel) {
      const problem: PeselProblem = peselProblem(pesel);
      if (problem) out[`persons.${i}.pesel`] = `INVALID_PESEL_${problem}`;
    } else {
      if (!p.dateOfBirth) out[`persons.${i}.dateOfBirth`] = "REQUIRED_WITHOUT_PESEL";
      if (!p.sex) out[`persons.${i}.sex`] = "REQUIRED_WITHOUT_PESEL";
    }
  });
  return out;
}

const orNull = (s: string) => (s.trim() === "" ? null : s.trim());

/** The `openBlueCard` input. */
export function toInput(d: NkADraft) {
  return {
    initiatedOn: d.initiatedOn,
    initiatorInstitution: d.initiatorInstitution,
    violenceForms: d.violenceForms,
    persons: d.persons.map((p) => ({
      role: p.role,
      firstName: p.firstName.trim(),
      lastName: p.lastName.trim(),
      pesel: orNull(p.pesel),
      dateOfBirth: orNull(p.dateOfBirth),
      sex: p.sex === "" ? null : p.sex,
      address: orNull(p.address),
      phone: orNull(p.phone),
    })),
    injuries: orNull(d.injuries),
    perpetratorUnderAlcohol: d.perpetratorUnderAlcohol,
    firearmAccess: d.firearmAccess,
    childrenInHousehold: Number.parseInt(d.childrenInHousehold, 10) || 0,
    actionsTaken: d.actionsTaken,
    nkBHandedOver: d.nkBHandedOver,
    description: orNull(d.description),
  };
}

/** What `convertIntakeToBlueCard` answers (`BlueCardPrefill`). */
export type Prefill = {
  initiatedOn: string;
  description: string;
  persons: readonly {
    role: string;
    firstName: string;
    lastName?: string | null;
    pesel?: string | null;
    dateOfBirth?: string | null;
    sex?: string | null;
    address?: string | null;
    phone?: string | null;
  }[];
};

/**
 * Form NK-A opened from an intake entry: handed over in the history entry's state (never in
 * the URL), with the entry to link the card to once it is opened.
 */
export type FromIntake = { intakeId: string; version: number; prefill?: Prefill };

export function fromIntakeOf(state: unknown): FromIntake | null {
  const f = (state as { fromIntake?: FromIntake } | null)?.fromIntake;
  return f && typeof f.intakeId === "string" && typeof f.version === "number" ? f : null;
}

const ROLES: readonly string[] = ["VICTIM", "PERPETRATOR", "WITNESS"];

/** A new draft filled with an intake entry's prefill; the rest of the form stays empty. */
export function draftFromPrefill(p: Prefill): NkADraft {
  const base = emptyDraft(p.initiatedOn);
  const persons = p.persons.map(
    (x): PersonDraft => ({
      role: (ROLES.includes(x.role) ? x.role : "WITNESS") as PersonDraft["role"],
      firstName: x.firstName,
      lastName: x.lastName ?? "",
      pesel: x.pesel ?? "",
      dateOfBirth: x.dateOfBirth ?? "",
      sex: x.sex === "FEMALE" || x.sex === "MALE" ? x.sex : "",
      address: x.address ?? "",
      phone: x.phone ?? "",
    }),
  );
  return { ...base, persons: persons.length > 0 ? persons : base.persons, description: p.description };
}

export { serverProblems } from "../../lib/userErrors.ts";
