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
