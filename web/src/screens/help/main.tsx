/** @jsxImportSource preact */
// The help pages' own entry (`pomoc.html`): the help directory and nothing of the staff
// application, so that a phone on a slow network shows it quickly.
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { helpRoute } from "../../lib/paths.ts";
import { HelpPage } from "./HelpPage.tsx";
import { texts } from "./texts.ts";
import "../../styles.css";

/** The help page of the address, followed as the pages replace each other in the history. */
function Help() {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const on = () => setPath(window.location.pathname);
    window.addEventListener("popstate", on);
    return () => window.removeEventListener("popstate", on);
  }, []);
  const route = helpRoute(path);
  return route ? (
    <HelpPage route={route} />
  ) : (
    <main id="main">
      <p role="alert">{texts.unknownPlace}</p>
    </main>
  );
}

const root = document.getElementById("root");
if (root) render(<Help />, root);
