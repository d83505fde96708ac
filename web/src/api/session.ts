// The browser session: `GET /auth/session` tells who is signed in and gives the CSRF token that
// every GraphQL request and the subscription socket carry.

export type Session = { kind: string; login: string; csrfToken: string; expiresAt: string | null };

/** Whether the server offers development sign-in, as its last signed-out answer said. */
let devLogin = false;

export function devLoginOffered(): boolean {
  return devLogin;
}

/** The signed-in session, or null when nobody is signed in (`{"signedIn": false, "devLogin"}`:
 * an answer, not an error, so the first screen's first request fails nothing). */
export async function loadSession(): Promise<Session | null> {
  const res = await fetch("/auth/session", { credentials: "same-origin", cache: "no-store" });
  if (!res.ok) throw new Error(`session ${res.status}`);
  const body = (await res.json()) as
    | (Session & { signedIn: true })
    | { signedIn: false; devLogin?: boolean };
  if (!body.signedIn) {
    devLogin = body.devLogin === true;
    return null;
  }
  return body;
}

/** Keys of the unsent form drafts: the only personal data the app keeps in the browser. */
export const DRAFT_PREFIX = "ostoja.draft.";

export function clearDrafts(): void {
  for (const store of [window.sessionStorage, window.localStorage]) {
    for (const key of Object.keys(store)) {
      if (key.startsWith(DRAFT_PREFIX)) store.removeItem(key);
    }
  }
}

/**
 * Ends the session (`POST /auth/logout`) and goes where the server says: the identity
 * provider's end-session page, or the start page. Drafts are cleared first.
 */
export async function signOut(): Promise<void> {
  clearDrafts();
  let location = "/";
  try {
    const res = await fetch("/auth/logout", {
      method: "POST",
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    });
    if (res.ok) location = ((await res.json()) as { location?: string }).location ?? "/";
  } catch {
    // The cookie may outlive a failed request; the start page shows whether it did.
  }
  window.location.assign(location);
}
