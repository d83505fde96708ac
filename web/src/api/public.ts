// The public queries of the pages read before anyone signs in (the sign-in screen, the help
// directory): a plain POST with no credential, without the GraphQL client the signed-in screens
// load. The documents are precompiled (vite.config.ts); only the printer comes along.
import { print } from "@0no-co/graphql.web";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";

/** The query's data (what came back beside any error, as the GraphQL client gives it), or null
 * when none came (the network, the server, or an error). */
export async function publicQuery<Data, Variables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data | null> {
  try {
    const res = await fetch("/graphql", {
      method: "POST",
      credentials: "omit",
      headers: { "Content-Type": "application/json", Accept: "application/graphql-response+json" },
      body: JSON.stringify({ query: print(document), variables }),
    });
    if (!res.ok) return null;
    return ((await res.json()) as { data?: Data | null }).data ?? null;
  } catch {
    return null;
  }
}
