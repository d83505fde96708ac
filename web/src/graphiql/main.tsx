import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import "graphiql/style.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { loadSession } from "../api/session.ts";
import "./graphiql.css";

// GraphiQL for developers, from the binary's own assets (no CDN), under the app's CSP. Signed in
// with the session cookie, requests carry its CSRF token; otherwise a bearer token goes into the
// headers tab (`ostoja dev-token`).
async function start(root: HTMLElement) {
  let csrfToken: string | null = null;
  try {
    csrfToken = (await loadSession())?.csrfToken ?? null;
  } catch {
    // Without a session GraphiQL still works with a bearer token in its headers tab.
  }
  const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
  const fetcher = createGraphiQLFetcher({
    url: "/graphql",
    subscriptionUrl: `${scheme}//${window.location.host}/graphql/ws`,
    headers: csrfToken ? { "X-CSRF-Token": csrfToken } : undefined,
    wsConnectionParams: csrfToken ? { csrfToken } : undefined,
  });
  createRoot(root).render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} defaultQuery={"{\n  viewer {\n    login\n    roles\n  }\n}\n"} />
    </StrictMode>,
  );
}

const root = document.getElementById("graphiql");
if (root) void start(root);
