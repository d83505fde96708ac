// Development sign-in, for the demo, on the region's and the operator's sign-in: each person a
// button that starts a real session as them (the municipality's sign-in screen has its own).
import { useEffect, useState } from "react";
import { Button } from "react-aria-components";
import { devSignIn, loadDevUsers, texts, type DevScope, type DevUser } from "./dev.ts";

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
