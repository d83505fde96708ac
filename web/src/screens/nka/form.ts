// The NK-A form's logic, apart from its widgets: the draft kept in the browser until sent, what
// is checked as the user types, the mutation's input, and the server's userErrors by field.
import { DRAFT_PREFIX } from "../../api/session.ts";
import { parseTypedDate } from "../../lib/format.ts";
import { peselBirthDate, peselProblem, type PeselProblem } from "../../lib/pesel.ts";
import { texts } from "./texts.ts";

export type PersonDraft = {
  role: "VICTIM" | "PERPETRATOR" | "WITNESS";
  firstName: string;
  lastName: string;
  pesel: string;
  dateOfBirth: string;
  sex: "" | "FEMALE" | "MALE";
  address: string;
  phone: string;
  notes: string;
  /** `Relation` value, `""` not given. */
  relationToVictim: string;
  /** `""` not established, `"yes"`, `"no"`. */
  livesWithVictim: string;
  health: string;
  addictions: string[];
  /** A child's school and class. */
  school: string;
  email: string;
};

export type NkADraft = {
  initiatedOn: string;
  initiatorInstitution: string;
  /** Another body's paper form, registered here: who filled it and their body. */
  fromPaper: boolean;
  paperName: string;
  paperPosition: string;
  paperEntity: string;
  persons: PersonDraft[];
  violenceForms: string[];
  injuries: string;
  perpetratorUnderAlcohol: boolean;
  perpetratorUnderDrugs: boolean;
  firearmAccess: boolean;
  /** `""` follows the minors entered (`childrenCount`); a number once the user types one. */
  childrenInHousehold: string;
  actionsTaken: string[];
  nkBHandedOver: boolean;
  /** Whom NK-B was handed to: a person's place in `persons` (`""` none chosen). */
  nkBRecipient: string;
  /** `""` not established, `"yes"`, `"no"`. */
  victimFeelsSafe: string;
  description: string;
  additionalInformation: string;
  /**
   * Made once per form and kept with the draft: sending again after an answer was lost (the
   * connection dropped, the server restarted) returns the card the first sending opened
   * instead of opening a second one.
   */
  openingKey: string;
  /**
   * Where a prefilled draft came from (`intake:<id>`, `family:<id>`): the card is linked there
   * only while the page's history entry names the same place, so a draft replaced by another
   * entry's or file's prefill is never linked to the wrong one.
   */
  source?: string;
};

export const DRAFT_KEY = `${DRAFT_PREFIX}nk-a`;

export function emptyPerson(role: PersonDraft["role"]): PersonDraft {
  return {
    role,
    firstName: "",
    lastName: "",
    pesel: "",
    dateOfBirth: "",
    sex: "",
    address: "",
    phone: "",
    notes: "",
    relationToVictim: "",
    livesWithVictim: "",
    health: "",
    addictions: [],
    school: "",
    email: "",
  };
}

export function emptyDraft(today: string): NkADraft {
  return {
    initiatedOn: today,
    initiatorInstitution: "",
    fromPaper: false,
    paperName: "",
    paperPosition: "",
    paperEntity: "",
    persons: [emptyPerson("VICTIM"), emptyPerson("PERPETRATOR")],
    violenceForms: [],
    injuries: "",
    perpetratorUnderAlcohol: false,
    perpetratorUnderDrugs: false,
    firearmAccess: false,
    childrenInHousehold: "",
    actionsTaken: [],
    nkBHandedOver: false,
    nkBRecipient: "",
    victimFeelsSafe: "",
    description: "",
    additionalInformation: "",
    openingKey: globalThis.crypto.randomUUID(),
  };
}

/** Whether a person entered is a minor on the day the procedure is initiated. */
export function isMinor(p: PersonDraft, initiatedOn: string): boolean {
  const born = p.dateOfBirth || (p.pesel ? peselBirthDate(p.pesel) : null);
  if (!born || !initiatedOn) return false;
  const [y, m, day] = born.split("-").map(Number);
  const eighteenth = `${String((y ?? 0) + 18).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return eighteenth > initiatedOn;
}

/** The persons entered who are minors on the day the procedure is initiated. */
export function minorsEntered(d: NkADraft): number {
  return d.persons.filter((p) => isMinor(p, d.initiatedOn)).length;
}

/**
 * Who may be named as having received NK-B, by place: an adult victim, or, when a child is
 * among the victims (a minor witness is one), an adult who does not use violence (a parent).
 */
export function nkBRecipients(d: NkADraft): Record<string, string> {
  const child = d.persons.some((p) => p.role !== "PERPETRATOR" && isMinor(p, d.initiatedOn));
  return Object.fromEntries(
    d.persons.flatMap((p, i) =>
      p.role !== "PERPETRATOR" && !isMinor(p, d.initiatedOn) && (p.role === "VICTIM" || child)
        ? [[String(i), `${p.firstName.trim()} ${p.lastName.trim()}`.trim() || texts.personLegend(i + 1, texts.roles[p.role] ?? p.role)]]
        : [],
    ),
  );
}

/** The number of children: as typed, or the minors entered while the field is left empty. */
export function childrenCount(d: NkADraft): number {
  const typed = d.childrenInHousehold.trim();
  return typed === "" ? minorsEntered(d) : Number.parseInt(typed, 10) || 0;
}

/** What the children field holds as typed: digits only, no leading zeros ("01" is 1). */
export function childrenTyped(raw: string): string {
  return raw.replace(/\D/g, "").replace(/^0+(?=\d)/, "");
}

/** The draft kept in this tab (sessionStorage) until the form is sent or the user signs out. */
export function loadDraft(storage: Pick<Storage, "getItem">): NkADraft | null {
  try {
    const raw = storage.getItem(DRAFT_KEY);
    if (!raw) return null;
    // A draft kept before the form gained fields takes their defaults.
    const kept = JSON.parse(raw) as Partial<NkADraft>;
    const draft = { ...emptyDraft(kept.initiatedOn ?? ""), ...kept };
    // A body chosen before only the act's bodies were offered is chosen again.
    if (draft.initiatorInstitution && !texts.initiators.includes(draft.initiatorInstitution)) draft.initiatorInstitution = "";
    return { ...draft, persons: draft.persons.map((p) => ({ ...emptyPerson(p.role), ...p })) };
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
  if (parseTypedDate(d.initiatedOn) === undefined) out.initiatedOn = "NOT_A_DAY";
  if (!d.initiatorInstitution) out.initiatorInstitution = "REQUIRED";
  if (d.fromPaper && !d.paperName.trim()) out["registeredFromPaper.name"] = "REQUIRED";
  if (d.fromPaper && !d.paperEntity.trim()) out["registeredFromPaper.entity"] = "REQUIRED";
  if (d.violenceForms.length === 0) out.violenceForms = "REQUIRED";
  if (!d.persons.some((p) => p.role === "VICTIM")) out.persons = "VICTIM_REQUIRED";
  if (d.nkBHandedOver && !(d.nkBRecipient in nkBRecipients(d))) out.nkBRecipient = d.nkBRecipient === "" ? "REQUIRED" : "NK_B_NOT_ALLOWED";
  d.persons.forEach((p, i) => {
    if (!p.firstName.trim()) out[`persons.${i}.firstName`] = "REQUIRED";
    if (!p.lastName.trim()) out[`persons.${i}.lastName`] = "REQUIRED";
    if (p.email.trim() && !EMAIL.test(p.email.trim())) out[`persons.${i}.email`] = "INVALID_EMAIL";
    const pesel = p.pesel.trim();
    if (pesel) {
      const problem: PeselProblem = peselProblem(pesel);
      if (problem) out[`persons.${i}.pesel`] = `INVALID_PESEL_${problem}`;
    }
    if (parseTypedDate(p.dateOfBirth) === undefined) out[`persons.${i}.dateOfBirth`] = "NOT_A_DAY";
    else if (!pesel && !p.dateOfBirth) out[`persons.${i}.dateOfBirth`] = "REQUIRED_WITHOUT_PESEL";
    if (!pesel && !p.sex) out[`persons.${i}.sex`] = "REQUIRED_WITHOUT_PESEL";
  });
  return out;
}

const orNull = (s: string) => (s.trim() === "" ? null : s.trim());

/** The `openBlueCard` input. */
export function toInput(d: NkADraft) {
  return {
    initiatedOn: d.initiatedOn,
    initiatorInstitution: d.initiatorInstitution,
    registeredFromPaper: d.fromPaper
      ? { name: d.paperName.trim(), position: orNull(d.paperPosition), entity: d.paperEntity.trim() }
      : null,
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
      notes: orNull(p.notes),
      relationToVictim: p.relationToVictim === "" ? null : p.relationToVictim,
      livesWithVictim: p.livesWithVictim === "" ? null : p.livesWithVictim === "yes",
      health: orNull(p.health),
      addictions: p.addictions,
      school: orNull(p.school),
      email: orNull(p.email),
    })),
    injuries: orNull(d.injuries),
    perpetratorUnderAlcohol: d.perpetratorUnderAlcohol,
    perpetratorUnderDrugs: d.perpetratorUnderDrugs,
    firearmAccess: d.firearmAccess,
    childrenInHousehold: childrenCount(d),
    actionsTaken: d.actionsTaken,
    nkBHandedOver: d.nkBHandedOver,
    nkBRecipient: d.nkBHandedOver && d.nkBRecipient !== "" ? Number(d.nkBRecipient) : null,
    victimFeelsSafe: d.victimFeelsSafe === "" ? null : d.victimFeelsSafe === "yes",
    description: orNull(d.description),
    additionalInformation: orNull(d.additionalInformation),
    openingKey: d.openingKey,
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

/**
 * Form NK-A opened from a family's file: its people (given their part in the procedure) in the
 * history entry's state, with the file to link the card to once it is opened.
 */
export type FromFamily = { fileId: string; prefill?: Prefill };

/** The place a form opened from an intake entry or a family's file links its card to. */
export function sourceKey(from: FromIntake | null, family: FromFamily | null): string | null {
  return from ? `intake:${from.intakeId}` : family ? `family:${family.fileId}` : null;
}

export function fromFamilyOf(state: unknown): FromFamily | null {
  const f = (state as { fromFamily?: FromFamily } | null)?.fromFamily;
  return f && typeof f.fileId === "string" ? f : null;
}

const ROLES: readonly string[] = ["VICTIM", "PERPETRATOR", "WITNESS"];

/** An e-mail address as the server reads one: a name, `@`, a domain with a dot, no spaces. */
export const EMAIL = /^[^\s@]+@[^\s@.][^\s@]*\.[^\s@]*[^\s@.]$/;

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
      notes: "",
      relationToVictim: "",
      livesWithVictim: "",
      health: "",
      addictions: [],
      school: "",
      email: "",
    }),
  );
  return { ...base, persons: persons.length > 0 ? persons : base.persons, description: p.description };
}

export { serverProblems } from "../../lib/userErrors.ts";
