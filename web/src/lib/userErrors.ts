// The server's answers to a mutation, as the forms show them.

/** Server userErrors by the form's field path (`["input", "persons", "0", "pesel"]` → `persons.0.pesel`). */
export function serverProblems(errors: readonly { field: readonly string[]; code: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const path = (e.field[0] === "input" ? e.field.slice(1) : e.field).join(".") || "form";
    out[path] ??= e.code;
  }
  return out;
}

/** The `extensions.code` of each GraphQL error of a failed request (e.g. `CONFLICT`). */
export function errorCodes(error: { graphQLErrors?: readonly { extensions?: Record<string, unknown> }[] } | undefined): string[] {
  return (error?.graphQLErrors ?? []).map((e) => String(e.extensions?.code ?? ""));
}
