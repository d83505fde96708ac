// What the navigation bar offers to whom (the API decides what each may do; this only hides
// links that would lead nowhere).

/**
 * Whether the register is of use to someone with these roles: its intake staff, and the staff
 * its entries are assigned to (social workers and the team); never the administrator, who may
 * not read an entry even holding another role.
 */
export function usesIntake(roles: readonly string[]): boolean {
  if (roles.includes("TENANT_ADMIN")) return false;
  return ["INTAKE_STAFF", "SOCIAL_WORKER", "TEAM_CHAIR", "TEAM_MEMBER"].some((r) => roles.includes(r));
}

/** How a person asked to be addressed (the API's `FormOfAddress`); null until they say. */
export type FormOfAddress = "FEMININE" | "MASCULINE" | null | undefined;

/** Each role's name in the feminine and the masculine; the law's (masculine) name when the
 * person has not said how to address them. */
const ROLE_NAMES: Record<string, [feminine: string, masculine: string]> = {
  OPERATOR: ["operatorka platformy", "operator platformy"],
  TENANT_ADMIN: ["administratorka gminy", "administrator gminy"],
  TEAM_CHAIR: ["przewodnicząca zespołu", "przewodniczący zespołu"],
  SOCIAL_WORKER: ["pracowniczka socjalna", "pracownik socjalny"],
  TEAM_MEMBER: ["członkini zespołu", "członek zespołu"],
  REGIONAL_COORDINATOR: ["koordynatorka regionalna", "koordynator regionalny"],
  DATA_PROTECTION_OFFICER: ["inspektorka ochrony danych", "inspektor ochrony danych"],
  DIRECTORY_EDITOR: ["redaktorka informatora", "redaktor informatora"],
  INTAKE_STAFF: ["pracowniczka rejestru zgłoszeń", "pracownik rejestru zgłoszeń"],
};

/** A role's name as the person is addressed: "przewodnicząca zespołu" for Pani. */
export function roleName(role: string, form: FormOfAddress): string {
  const names = ROLE_NAMES[role];
  if (!names) return role;
  return form === "FEMININE" ? names[0] : names[1];
}

/** The person's roles as the header says them, in the table's order (the chair's and the
 * social worker's first); the chair's membership goes without saying. */
export function rolesSaid(roles: readonly string[], form: FormOfAddress): string {
  const order = Object.keys(ROLE_NAMES);
  const rank = (r: string) => (order.includes(r) ? order.indexOf(r) : order.length);
  return [...roles]
    .sort((a, b) => rank(a) - rank(b))
    .filter((r) => !(r === "TEAM_MEMBER" && roles.includes("TEAM_CHAIR")))
    .map((r) => roleName(r, form))
    .join(", ");
}
