// Quick exit (szybkie wyjście), as sites for people facing violence have it: the page leaves for
// a neutral site and takes its own history entry with it, so Back does not return here. The
// help pages move between each other by replacing that one entry (see `go`), so the whole
// visit is a single entry that the exit replaces.
import { useEffect } from "preact/hooks";
import { navigate } from "../../lib/paths.ts";

export const EXIT_URL = "https://www.google.pl/";

/** Escape pressed twice within this many milliseconds leaves. */
const DOUBLE_ESCAPE_MS = 1500;

export function leave(): void {
  // Hide the page at once: the neutral site may take a moment to load.
  document.title = "";
  document.body.style.visibility = "hidden";
  window.location.replace(EXIT_URL);
}

/** Another help page, in place of this one in the history. */
export function go(path: string): void {
  navigate(path, true);
}

/** Leaves on Escape pressed twice in quick succession, wherever the focus is. The first key
 * pressed marks the page as used with a keyboard, which shows the Esc hint (phones have no Esc
 * key; screen readers read the hint either way). */
export function useDoubleEscape(): void {
  useEffect(() => {
    let last = 0;
    const onKey = (e: KeyboardEvent) => {
      document.documentElement.classList.add("keyboard");
      if (e.key !== "Escape") return;
      const now = Date.now();
      if (now - last < DOUBLE_ESCAPE_MS) leave();
      last = now;
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
