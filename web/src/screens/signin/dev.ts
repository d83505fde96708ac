// Development sign-in, for the demo: the people of a municipality, a region's coordinators or
// the operators, and the request that starts a real session as one of them. No React here: the
// sign-in screen (plain DOM) and `DevSignIn.tsx` (the region's and the operator's) share it.
import { devLoginOffered } from "../../api/session.ts";
import { ROLE_NAMES } from "../../lib/roles.ts";

export const texts = {
  devTitle: "Logowanie deweloperskie",
  devExplained:
    "Tylko w wersji demonstracyjnej: wybierz osobę z danych przykładowych, aby zalogować się bez dostawcy tożsamości.",
  devSignInAs: (name: string) => `Zaloguj jako ${name}`,
  devFailed: "Logowanie deweloperskie nie powiodło się. Spróbuj ponownie.",
  devSigningIn: "Logowanie…",
  /** The dev-login list names roles in lower case (`tenant_admin`); the names are the app's. */
  roles: Object.fromEntries(Object.entries(ROLE_NAMES).map(([role, name]) => [role.toLowerCase(), name])) as Record<
    string,
    string
  >,
};

export type DevUser = { login: string; displayName: string; roles: string[] };

/** Whose demo users: a municipality's staff, a region's coordinators, or the operators. */
export type DevScope = { tenant: string } | { region: string } | { operators: "true" };

/** The demo's users of a municipality or a region; null when development sign-in is off (asked
 * only when the server said it is on: a production sign-in screen makes no failing request). */
export async function loadDevUsers(scope: DevScope): Promise<DevUser[] | null> {
  if (!devLoginOffered()) return null;
  const res = await fetch(`/auth/dev-login?${new URLSearchParams(scope)}`, {
    credentials: "same-origin",
    cache: "no-store",
  });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`dev users ${res.status}`);
  return ((await res.json()) as { users: DevUser[] }).users;
}

/** Starts a real cookie session for a demo user (development only). */
export async function devSignIn(scope: DevScope, login: string): Promise<boolean> {
  const res = await fetch("/auth/dev-login", {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify("operators" in scope ? { operators: true, login } : { ...scope, login }),
  });
  return res.ok;
}
