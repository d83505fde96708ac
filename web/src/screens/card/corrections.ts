// The logic of the card's correction forms apart from their widgets: form NK-A's content as
// edited (`updateBlueCard`) and a plan item's progress (`updatePlanItem`). Each form keeps only
// what the user changed; the fields left alone always show the card's current values, so a
// reload after a CONFLICT brings in someone else's change without losing what was typed, and
// the mutation sends only the fields that differ from what is stored now.

/** Form NK-A's correctable content as the form holds it. */
export type NkAValues = {
  initiatorInstitution: string;
  /** Registered from another body's paper form: who filled it and their body. */
  fromPaper: boolean;
  paperName: string;
  paperPosition: string;
  paperEntity: string;
  violenceForms: string[];
  injuries: string;
  perpetratorUnderAlcohol: boolean;
  perpetratorUnderDrugs: boolean;
  firearmAccess: boolean;
  childrenInHousehold: string;
  actionsTaken: string[];
  nkBHandedOver: boolean;
  /** The person NK-B was handed to (`""`: not recorded). */
  nkBRecipientId: string;
  /** `""` when not stated (the API's null), `"yes"` or `"no"`. */
  victimFeelsSafe: string;
  description: string;
  additionalInformation: string;
};

type Details = {
  injuries?: string | null;
  perpetratorUnderAlcohol: boolean;
  perpetratorUnderDrugs: boolean;
  firearmAccess: boolean;
  childrenInHousehold: number;
  actionsTaken: readonly string[];
  nkBHandedOver: boolean;
  nkBRecipientId?: string | null;
  victimFeelsSafe?: boolean | null;
  description?: string | null;
  additionalInformation?: string | null;
  registeredFromPaper?: { name: string; position?: string | null; entity: string } | null;
};

const PAPER = ["fromPaper", "paperName", "paperPosition", "paperEntity"] as const;

/** The card's current NK-A content as form values. */
export function nkAValues(card: { initiatorInstitution: string; violenceForms: readonly string[]; details: Details }): NkAValues {
  const d = card.details;
  return {
    initiatorInstitution: card.initiatorInstitution,
    fromPaper: d.registeredFromPaper != null,
    paperName: d.registeredFromPaper?.name ?? "",
    paperPosition: d.registeredFromPaper?.position ?? "",
    paperEntity: d.registeredFromPaper?.entity ?? "",
    violenceForms: [...card.violenceForms],
    injuries: d.injuries ?? "",
    perpetratorUnderAlcohol: d.perpetratorUnderAlcohol,
    perpetratorUnderDrugs: d.perpetratorUnderDrugs,
    firearmAccess: d.firearmAccess,
    childrenInHousehold: String(d.childrenInHousehold),
    actionsTaken: [...d.actionsTaken],
    nkBHandedOver: d.nkBHandedOver,
    nkBRecipientId: d.nkBRecipientId ?? "",
    victimFeelsSafe: d.victimFeelsSafe == null ? "" : d.victimFeelsSafe ? "yes" : "no",
    description: d.description ?? "",
    additionalInformation: d.additionalInformation ?? "",
  };
}

const same = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && [...a].sort().join() === [...b].sort().join() : a === b;

/** What is shown: the user's edits over the current values. */
export function shown<T extends object>(current: T, edits: Partial<T>): T {
  return { ...current, ...edits };
}

/** The fields whose edit differs from the current value. */
export function changedFields<T extends object>(current: T, edits: Partial<T>): (keyof T)[] {
  return (Object.keys(edits) as (keyof T)[]).filter((k) => !same(edits[k], current[k]));
}

/**
 * What the form cannot send as typed, by field, before the server checks the rest (the number
 * of children's range, the texts' length): a form of violence is required, and the number of
 * children is a whole number; NK-B handed over names whom to.
 */
export function nkAProblems(values: NkAValues, current: NkAValues): Record<string, string> {
  const out: Record<string, string> = {};
  if (values.violenceForms.length === 0) out.violenceForms = "REQUIRED";
  if (!/^\s*\d+\s*$/.test(values.childrenInHousehold)) out.childrenInHousehold = "NOT_A_NUMBER";
  if (values.fromPaper && !values.paperName.trim()) out["registeredFromPaper.name"] = "REQUIRED";
  if (values.fromPaper && !values.paperEntity.trim()) out["registeredFromPaper.entity"] = "REQUIRED";
  // NK-B's recipient once it or the hand-over is changed: a card recorded before it was kept
  // is corrected otherwise as it is.
  const nkBTouched = values.nkBHandedOver !== current.nkBHandedOver || values.nkBRecipientId !== current.nkBRecipientId;
  if (nkBTouched && values.nkBHandedOver && !values.nkBRecipientId) out.nkBRecipientId = "REQUIRED";
  return out;
}

/**
 * `UpdateBlueCardInput` with only the changed fields (omitted ones stay as they are), or null
 * when nothing differs from the current content. A text emptied is sent empty (the server
 * clears it); "not established" is sent as null, which sets it back.
 */
export function nkACorrectionInput(card: { id: string; version: number }, current: NkAValues, edits: Partial<NkAValues>) {
  const values = shown(current, edits);
  const input: Record<string, unknown> = { id: card.id, version: card.version };
  const changed = changedFields(current, edits);
  // The paper initiator is sent whole, or null when the form is its author's own after all.
  if (changed.some((f) => (PAPER as readonly string[]).includes(f))) {
    input.registeredFromPaper = values.fromPaper
      ? { name: values.paperName.trim(), position: values.paperPosition.trim() || null, entity: values.paperEntity.trim() }
      : null;
  }
  // Whether NK-B was handed over and to whom are sent together, as the server checks them.
  if (changed.includes("nkBHandedOver") || changed.includes("nkBRecipientId")) {
    input.nkBHandedOver = values.nkBHandedOver;
    input.nkBRecipientId = values.nkBHandedOver && values.nkBRecipientId ? values.nkBRecipientId : null;
  }
  for (const field of changed) {
    const v = values[field];
    if ((PAPER as readonly string[]).includes(field) || field === "nkBHandedOver" || field === "nkBRecipientId") continue;
    if (field === "childrenInHousehold") input[field] = Number.parseInt(String(v).trim(), 10);
    else if (field === "victimFeelsSafe") input[field] = v === "" ? null : v === "yes";
    else input[field] = v;
  }
  return Object.keys(input).length > 2 ? input : null;
}

/** A plan item's editable fields as the form holds them (`""`: no due day, nobody responsible). */
export type PlanItemValues = { status: string; description: string; dueOn: string; responsibleUserId: string };

export function planItemValues(item: {
  status: string;
  description: string;
  dueOn?: string | null;
  responsibleUserId?: string | null;
}): PlanItemValues {
  return { status: item.status, description: item.description, dueOn: item.dueOn ?? "", responsibleUserId: item.responsibleUserId ?? "" };
}

/** What the plan item's form cannot send: a description. */
export function planItemProblems(values: PlanItemValues): Record<string, string> {
  const out: Record<string, string> = {};
  if (values.description.trim() === "") out.description = "REQUIRED";
  return out;
}

/**
 * `UpdatePlanItemInput` with only the changed fields, or null when nothing differs; a due day or
 * responsible person emptied is sent as null, which clears it.
 */
export function planItemInput(item: { id: string; version: number }, current: PlanItemValues, edits: Partial<PlanItemValues>) {
  const values = shown(current, edits);
  const input: Record<string, unknown> = { id: item.id, version: item.version };
  for (const field of changedFields(current, edits)) {
    if (field === "description") input[field] = values.description.trim();
    else if (field === "dueOn" || field === "responsibleUserId") input[field] = values[field] === "" ? null : values[field];
    else input[field] = values[field];
  }
  return Object.keys(input).length > 2 ? input : null;
}

/** A new plan item as its form holds it (`addPlanItem`); `""` is not given. */
export type NewPlanItemValues = { kind: string; programme: string; description: string; dueOn: string; responsibleUserId: string };

export const emptyPlanItem: NewPlanItemValues = { kind: "ACTION", programme: "", description: "", dueOn: "", responsibleUserId: "" };

/**
 * The kinds of item a plan takes: the help plan only goals and actions; the action plan also a
 * referral to a programme and a petty-offence notice (the server refuses them elsewhere).
 */
export function planItemKinds(plan: string): string[] {
  return plan === "ACTION_PLAN" ? ["ACTION", "PROGRAMME_REFERRAL", "PETTY_OFFENCE_NOTICE"] : ["ACTION"];
}

/** What the new item's form cannot send: a description. The server checks the rest (a referral's programme). */
export function newPlanItemProblems(values: NewPlanItemValues): Record<string, string> {
  const out: Record<string, string> = {};
  if (values.description.trim() === "") out.description = "REQUIRED";
  return out;
}

/** `AddPlanItemInput` from the form: a programme only for a referral, nothing sent that was left empty. */
export function addPlanItemInput(blueCardId: string, plan: string, values: NewPlanItemValues) {
  const kind = planItemKinds(plan).includes(values.kind) ? values.kind : "ACTION";
  const input: Record<string, unknown> = { blueCardId, plan, kind, description: values.description.trim() };
  if (kind === "PROGRAMME_REFERRAL" && values.programme) input.programme = values.programme;
  if (values.dueOn) input.dueOn = values.dueOn;
  if (values.responsibleUserId) input.responsibleUserId = values.responsibleUserId;
  return input;
}
