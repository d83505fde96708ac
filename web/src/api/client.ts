import { Client, cacheExchange, fetchExchange, subscriptionExchange } from "urql";
import type { Client as WsClient } from "graphql-ws";

/**
 * The GraphQL client of a signed-in session: POST only (queries in a URL reach logs and
 * history), the session's CSRF token on every request, subscriptions over `/graphql/ws` with
 * the cookie and the token in `connection_init` (graphql-ws loads with the first subscription:
 * most screens have none).
 */
export function makeClient(csrfToken: string, onUnauthenticated: () => void): Client {
  const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
  let ws: Promise<WsClient> | null = null;
  const socket = () =>
    (ws ??= import("./ws.ts").then(({ createClient }) =>
      createClient({
        url: `${scheme}//${window.location.host}/graphql/ws`,
        connectionParams: { csrfToken },
        lazy: true,
        retryAttempts: 5,
      }),
    ));
  return new Client({
    url: "/graphql",
    preferGetMethod: false,
    requestPolicy: "cache-and-network",
    fetchOptions: () => ({
      credentials: "same-origin",
      headers: { "X-CSRF-Token": csrfToken },
    }),
    fetch: async (input, init) => {
      const res = await fetch(input, init);
      if (res.status === 401) onUnauthenticated();
      return res;
    },
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query || "" };
          return {
            subscribe(sink) {
              let unsubscribe: (() => void) | null = null;
              let ended = false;
              socket().then(
                (client) => {
                  if (!ended) unsubscribe = client.subscribe(input, sink);
                },
                (error: unknown) => sink.error(error),
              );
              return {
                unsubscribe() {
                  ended = true;
                  unsubscribe?.();
                },
              };
            },
          };
        },
      }),
    ],
  });
}

/** A client for the public queries of the sign-in page: no credential at all. */
export const publicClient = new Client({
  url: "/graphql",
  preferGetMethod: false,
  requestPolicy: "network-only",
  fetchOptions: { credentials: "omit" },
  exchanges: [fetchExchange],
});
