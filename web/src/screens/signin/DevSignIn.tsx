// Development sign-in, for the demo: the people of a municipality (or a region's coordinators),
// each a button that starts a real session as them. Loaded only with a municipality's or a
// region's sign-in, never with the first screen.
import { useEffect, useState } from "react";
import { Button } from "react-aria-components";
import { ROLE_NAMES } from "../../lib/roles.ts";

const texts = {
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

/** The demo's users of a municipality or a region; null when development sign-in is off. */
export async function loadDevUsers(scope: DevScope): Promise<DevUser[] | null> {
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

/** The demo's people of a municipality or a region, each a button that signs in as them. */
export function DevSignIn({ scope, onSignedIn }: { scope: DevScope; onSignedIn: () => Promise<void> }) {
  const [users, setUsers] = useState<DevUser[] | null>(null);
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const key = JSON.stringify(scope);
  useEffect(() => {
    let live = true;
    loadDevUsers(JSON.parse(key) as DevScope)
      .then((u) => live && setUsers(u))
      .catch(() => live && setUsers(null));
    return () => {
      live = false;
    };
  }, [key]);
  if (!users) return null;

  const choose = async (login: string) => {
    setBusy(true);
    setMessage(texts.devSigningIn);
    if (await devSignIn(scope, login)) {
      await onSignedIn();
    } else {
      setMessage(texts.devFailed);
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="dev-title" className="dev">
      <h2 id="dev-title">{texts.devTitle}</h2>
      <p>{texts.devExplained}</p>
      <ul className="choices">
        {users.map((u) => (
          <li key={u.login}>
            <Button className="button secondary" isDisabled={busy} onPress={() => void choose(u.login)}>
              {texts.devSignInAs(u.displayName)}
            </Button>{" "}
            <span className="muted">
              ({u.roles.map((r) => texts.roles[r] ?? r).join(", ")})
            </span>
          </li>
        ))}
      </ul>
      <p aria-live="polite" className="status-line">
        {message}
      </p>
    </section>
  );
}
