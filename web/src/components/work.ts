// Help and work as the API names it (`WorkKind`, `WorkVariant`), in Polish: recorded on a Blue
// Card and in a family's file alike.

export const WORK_KIND_NAMES: Record<string, string> = {
  INTERVENTION: "Interwencja",
  CONSULTATION: "Porada",
  SOCIAL_CONTRACT: "Kontrakt socjalny",
  SHELTER_PLACEMENT: "Umieszczenie w schronieniu",
  MEDICAL_HELP: "Zorganizowana pomoc medyczna",
};

export const WORK_VARIANT_NAMES: Record<string, string> = {
  WITH_POLICE: "z udziałem policji",
  WITHOUT_POLICE: "bez udziału policji",
  SOCIAL: "socjalna",
  LEGAL: "prawna",
  PSYCHOLOGICAL: "psychologiczna",
  PEDAGOGICAL: "pedagogiczna",
  FAMILY_COUNSELLING: "poradnictwo rodzinne",
};

/** The variants of each kind of work (a kind without any takes none). */
export const WORK_VARIANTS: Record<string, readonly string[]> = {
  INTERVENTION: ["WITH_POLICE", "WITHOUT_POLICE"],
  CONSULTATION: ["SOCIAL", "LEGAL", "PSYCHOLOGICAL", "PEDAGOGICAL", "FAMILY_COUNSELLING"],
};

/** A piece of work as a line says it: `Porada (prawna)`. */
export function workSaid(kind: string, variant?: string | null): string {
  const name = WORK_KIND_NAMES[kind] ?? kind;
  return variant ? `${name} (${WORK_VARIANT_NAMES[variant] ?? variant})` : name;
}
