// What the navigation bar offers to whom (the API decides what each may do; this only hides
// links that would lead nowhere), and how the header names a person's roles.

/** The roles' Polish names (the API's `Role`), for every screen that names a role. */
export const ROLE_NAMES: Record<string, string> = {
  OPERATOR: "operator platformy",
  TENANT_ADMIN: "administrator gminy",
  TEAM_CHAIR: "przewodniczący zespołu",
  SOCIAL_WORKER: "pracownik socjalny",
  TEAM_MEMBER: "członek zespołu",
  REGIONAL_COORDINATOR: "koordynator regionalny",
  DATA_PROTECTION_OFFICER: "inspektor ochrony danych",
  DIRECTORY_EDITOR: "redaktor informatora",
  INTAKE_STAFF: "pracownik rejestru zgłoszeń",
  STATISTICS: "analityk statystyk",
};

/**
 * Whether the register is of use to someone with these roles: its intake staff, and the staff
 * its entries are assigned to (social workers and the team); never the administrator, who may
 * not read an entry even holding another role.
 */
export function usesIntake(roles: readonly string[]): boolean {
  if (roles.includes("TENANT_ADMIN")) return false;
  return ["INTAKE_STAFF", "SOCIAL_WORKER", "TEAM_CHAIR", "TEAM_MEMBER"].some((r) => roles.includes(r));
}

/**
 * Whether families' files are of use to someone with these roles: social workers and the team's
 * members, who are named on them; never the administrator (the API says the same).
 */
export function worksWithFamilies(roles: readonly string[]): boolean {
  if (roles.includes("TENANT_ADMIN")) return false;
  return ["SOCIAL_WORKER", "TEAM_CHAIR", "TEAM_MEMBER"].some((r) => roles.includes(r));
}

/** How a person asked to be addressed (the API's `FormOfAddress`); null until they say. */
export type FormOfAddress = "FEMININE" | "MASCULINE" | null | undefined;

/** Each role's name in the feminine; the masculine is the law's name (the app's `roles`),
 * used too when the person has not said how to address them. */
const FEMININE: Record<string, string> = {
  OPERATOR: "operatorka platformy",
  TENANT_ADMIN: "administratorka gminy",
  TEAM_CHAIR: "przewodnicząca zespołu",
  SOCIAL_WORKER: "pracowniczka socjalna",
  TEAM_MEMBER: "członkini zespołu",
  REGIONAL_COORDINATOR: "koordynatorka regionalna",
  DATA_PROTECTION_OFFICER: "inspektorka ochrony danych",
  DIRECTORY_EDITOR: "redaktorka informatora",
  INTAKE_STAFF: "pracowniczka rejestru zgłoszeń",
  STATISTICS: "analityczka statystyk",
};

/** A role's name as the person is addressed: "przewodnicząca zespołu" for Pani. */
export function roleName(role: string, form: FormOfAddress): string {
  const masculine = ROLE_NAMES[role];
  if (!masculine) return role;
  return form === "FEMININE" ? (FEMININE[role] ?? masculine) : masculine;
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
