import { useEffect, useState } from "react";

// The app's few routes, kept in the browser's history. The gateway serves index.html for each
// of them (graphql/src/web.rs lists the same paths).
export const ROUTES = {
  start: "/",
  workList: "/sprawy",
  newCard: "/sprawy/nowa",
  /** The interdisciplinary team: members, meetings, attendance; the chair's waiting cases. */
  team: "/zespol",
  /** A card's page, by its global ID (an opaque identifier, no personal data). */
  card: (id: string) => `/sprawy/${encodeURIComponent(id)}`,
} as const;

/** The card ID in a card page's path (`/sprawy/<id>`), or null for any other path. */
export function cardIdOf(path: string): string | null {
  const m = /^\/sprawy\/([^/]+)\/?$/.exec(path);
  if (!m?.[1] || path === ROUTES.newCard) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}

/** `state` travels with the history entry (e.g. a notice to show once), never in the URL. */
export function navigate(path: string, replace = false, state: unknown = null): void {
  if (replace) window.history.replaceState(state, "", path);
  else window.history.pushState(state, "", path);
  window.dispatchEvent(new PopStateEvent("popstate"));
}

export function useLocation(): { path: string; search: URLSearchParams } {
  const read = () => ({
    path: window.location.pathname,
    search: new URLSearchParams(window.location.search),
  });
  const [loc, setLoc] = useState(read);
  useEffect(() => {
    const on = () => setLoc(read());
    window.addEventListener("popstate", on);
    return () => window.removeEventListener("popstate", on);
  }, []);
  return loc;
}
