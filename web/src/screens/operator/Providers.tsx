// The platform's identity providers: every one, by whom it serves; setting a municipality's, a
// region's coordinators' or the operators' own (its discovery document is checked by the
// server); and re-linking a municipality's staff accounts after it replaces its provider.
import { useRef, useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useClient, useQuery } from "urql";
import { Choice, ErrorSummary, Flag, TextInput } from "../../components/fields.tsx";
import { graphql } from "../../gql/index.ts";
import { formatDateTime } from "../../lib/format.ts";
import { errorCodes, serverProblems } from "../../lib/userErrors.ts";
import { RelinkAccounts } from "../admin/Relink.tsx";
import { Pending } from "./Pending.tsx";
import { texts } from "./texts.ts";

const Query = graphql(`
  query OperatorProviders {
    identityProviders {
      scope
      municipalityId
      regionId
      issuer
      clientId
      rolesClaim
      roleMapping {
        value
        role
      }
      allowedEmailDomains
      scopes
      audience
      trustUnverifiedEmail
      updatedAt
      version
    }
    regions {
      id
      name
    }
    municipalities {
      id
      name
      offboardedAt
    }
  }
`);

const Set = graphql(`
  mutation OperatorSetIdentityProvider($input: SetIdentityProviderInput!) {
    setIdentityProvider(input: $input) {
      identityProvider {
        issuer
        version
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const MUNICIPALITY_ROLES = [
  "TENANT_ADMIN",
  "TEAM_CHAIR",
  "TEAM_MEMBER",
  "SOCIAL_WORKER",
  "DATA_PROTECTION_OFFICER",
  "DIRECTORY_EDITOR",
  "INTAKE_STAFF",
  "STATISTICS",
] as const;
type Role = (typeof MUNICIPALITY_ROLES)[number] | "REGIONAL_COORDINATOR" | "OPERATOR";

/**
 * Whom a provider serves, as the form's one choice: `municipality:ID`, `region:ID` or
 * `operators`; each maps only its own roles (the server refuses any other).
 */
type Whose = { scope: "MUNICIPALITY" | "REGION" | "OPERATORS"; id: string | null };
function whoseOf(key: string): Whose | null {
  if (key === "operators") return { scope: "OPERATORS", id: null };
  const [kind, id] = [key.slice(0, key.indexOf(":")), key.slice(key.indexOf(":") + 1)];
  if (!id) return null;
  if (kind === "municipality") return { scope: "MUNICIPALITY", id };
  if (kind === "region") return { scope: "REGION", id };
  return null;
}
function keyOf(p: { scope: string; municipalityId?: string | null; regionId?: string | null }): string {
  if (p.scope === "MUNICIPALITY") return `municipality:${p.municipalityId ?? ""}`;
  if (p.scope === "REGION") return `region:${p.regionId ?? ""}`;
  return "operators";
}
function rolesFor(scope: Whose["scope"] | undefined): readonly Role[] {
  if (scope === "REGION") return ["REGIONAL_COORDINATOR"];
  if (scope === "OPERATORS") return ["OPERATOR"];
  return MUNICIPALITY_ROLES;
}

export function Providers() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: Query });
  const [relinkFor, setRelinkFor] = useState("");
  const reload = () => refetch({ requestPolicy: "network-only" });
  if (!data) {
    return <Pending error={fetching ? null : error} onRetry={reload} />;
  }
  const t = texts.providers;
  const municipality = (id: string | null | undefined) => data.municipalities.find((m) => m.id === id)?.name ?? "";
  const region = (id: string | null | undefined) => data.regions.find((r) => r.id === id)?.name ?? "";
  const whose = (p: (typeof data.identityProviders)[number]) =>
    p.scope === "MUNICIPALITY"
      ? t.forMunicipality(municipality(p.municipalityId))
      : p.scope === "REGION"
        ? t.forRegion(region(p.regionId))
        : t.forOperators;
  const withProvider = Object.fromEntries(
    data.identityProviders
      .filter((p) => p.scope === "MUNICIPALITY" && p.municipalityId)
      .map((p) => [p.municipalityId ?? "", municipality(p.municipalityId)]),
  );
  return (
    <>
      {data.identityProviders.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div className="table-scroll">
          <table className="cards">
            <caption className="visually-hidden">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.whose}</th>
                <th scope="col">{t.columns.issuer}</th>
                <th scope="col">{t.columns.clientId}</th>
                <th scope="col">{t.columns.roles}</th>
                <th scope="col">{t.columns.updated}</th>
              </tr>
            </thead>
            <tbody>
              {data.identityProviders.map((p) => (
                <tr key={`${p.scope}-${p.municipalityId ?? p.regionId ?? ""}`}>
                  <th scope="row">{whose(p)}</th>
                  <td>{p.issuer}</td>
                  <td>{p.clientId}</td>
                  <td>
                    {p.roleMapping.length === 0
                      ? t.noMapping
                      : p.roleMapping.map((m) => `${m.value} → ${texts.roleNames[m.role] ?? m.role}`).join(", ")}
                  </td>
                  <td>{formatDateTime(p.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SetProvider
        choices={{
          ...Object.fromEntries(
            data.municipalities.filter((m) => !m.offboardedAt).map((m) => [`municipality:${m.id}`, t.forMunicipality(m.name)]),
          ),
          ...Object.fromEntries(data.regions.map((r) => [`region:${r.id}`, t.forRegion(r.name)])),
          operators: t.forOperators,
        }}
        existing={(key) => data.identityProviders.find((p) => keyOf(p) === key) ?? null}
        onSet={reload}
      />
      <section aria-labelledby="relink-title">
        <h3 id="relink-title">{t.relinkTitle}</h3>
        {Object.keys(withProvider).length === 0 ? (
          <p>{t.relinkNone}</p>
        ) : (
          <>
            <Choice
              label={t.relinkMunicipality}
              placeholder={t.chooseMunicipality}
              options={withProvider}
              value={relinkFor}
              onChange={setRelinkFor}
            />
            {relinkFor && <RelinkAccounts key={relinkFor} municipalityId={relinkFor} />}
          </>
        )}
      </section>
    </>
  );
}

const FIELDS = {
  whose: texts.providers.whose,
  issuer: texts.providers.issuer,
  clientId: texts.providers.clientId,
  clientSecret: texts.providers.clientSecret,
  roleMapping: texts.providers.mapping,
  allowedEmailDomains: texts.providers.domains,
} as const;
type Field = keyof typeof FIELDS;
const EMPTY: Record<Field, string> = {
  whose: "",
  issuer: "",
  clientId: "",
  clientSecret: "",
  roleMapping: "",
  allowedEmailDomains: "",
};

/** `wartość=ROLA` per line, as the API's role mapping; null when a line is not one of `roles`. */
function mappingOf(text: string, roles: readonly Role[]): { value: string; role: Role }[] | null {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const out = [];
  for (const line of lines) {
    const at = line.lastIndexOf("=");
    const value = line.slice(0, at).trim();
    const role = line.slice(at + 1).trim().toUpperCase();
    const known = roles.find((r) => r === role);
    if (at <= 0 || !value || !known) return null;
    out.push({ value, role: known });
  }
  return out;
}

/** What an update keeps of a provider when the form does not show it. */
type Existing = {
  issuer: string;
  clientId: string;
  rolesClaim: string;
  roleMapping: readonly { value: string; role: string }[];
  allowedEmailDomains: readonly string[];
  scopes: readonly string[];
  audience: string;
  trustUnverifiedEmail: boolean;
  version: number;
};

function SetProvider({
  choices,
  existing,
  onSet,
}: {
  choices: Record<string, string>;
  existing: (whose: string) => Existing | null;
  onSet: () => void;
}) {
  const client = useClient();
  const t = texts.providers;
  const summary = useRef<HTMLDivElement>(null);
  const [form, setForm] = useState(EMPTY);
  const [trustUnverified, setTrustUnverified] = useState(false);
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState("");
  const [said, setSaid] = useState("");
  const [sending, setSending] = useState(false);
  const set = (field: Field) => (v: string) => {
    setForm((f) => ({ ...f, [field]: v }));
    setProblems((p) => ({ ...p, [field]: undefined }));
  };
  // Choosing whom a provider serves shows the stored settings, so that an update changes only
  // what is edited (the secret is never shown: left empty, it is kept).
  const choose = (whose: string) => {
    const found = existing(whose);
    setProblems({});
    setTrustUnverified(found?.trustUnverifiedEmail ?? false);
    setForm({
      ...EMPTY,
      whose,
      issuer: found?.issuer ?? "",
      clientId: found?.clientId ?? "",
      roleMapping: (found?.roleMapping ?? []).map((m) => `${m.value}=${m.role}`).join("\n"),
      allowedEmailDomains: (found?.allowedEmailDomains ?? []).join(" "),
    });
  };
  const refuse = (next: Partial<Record<Field, string>>, why = "") => {
    setProblems(next);
    setFailure(why);
    window.requestAnimationFrame(() => summary.current?.focus());
  };
  const message = (code: string) => t.problems[code] ?? texts.problems[code] ?? texts.problems.INVALID ?? code;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    setSaid("");
    const found = form.whose ? existing(form.whose) : null;
    const whose = whoseOf(form.whose);
    const version = found?.version ?? null;
    const missing: Partial<Record<Field, string>> = {};
    for (const f of ["whose", "issuer", "clientId"] as Field[]) if (!form[f].trim()) missing[f] = "REQUIRED";
    // A new provider needs its secret; an update keeps the stored one when left empty.
    if (version === null && !form.clientSecret) missing.clientSecret = "REQUIRED";
    const mapping = mappingOf(form.roleMapping, rolesFor(whose?.scope));
    if (mapping === null) missing.roleMapping = "MAPPING";
    if (Object.keys(missing).length > 0 || mapping === null || whose === null) {
      refuse(missing);
      return;
    }
    setSending(true);
    const r = await client
      .mutation(Set, {
        input: {
          municipalityId: whose.scope === "MUNICIPALITY" ? whose.id : null,
          regionId: whose.scope === "REGION" ? whose.id : null,
          operators: whose.scope === "OPERATORS" ? true : null,
          issuer: form.issuer.trim(),
          clientId: form.clientId.trim(),
          clientSecret: form.clientSecret || null,
          roleMapping: mapping,
          allowedEmailDomains: form.allowedEmailDomains
            .split(/[\s,]+/)
            .map((d) => d.trim())
            .filter(Boolean),
          trustUnverifiedEmail: trustUnverified,
          // Kept as they are: the form does not show them.
          scopes: found ? [...found.scopes] : null,
          rolesClaim: found?.rolesClaim ?? null,
          audience: found && found.audience !== found.clientId ? found.audience : null,
          version,
        },
      })
      .toPromise();
    setSending(false);
    const payload = r.data?.setIdentityProvider;
    if (errorCodes(r.error).includes("CONFLICT")) {
      refuse({}, t.conflict);
      onSet();
      return;
    }
    if (!payload) {
      refuse({}, t.failed);
      return;
    }
    if (payload.userErrors.length > 0) {
      const next: Partial<Record<Field, string>> = {};
      let why = "";
      for (const [field, code] of Object.entries(serverProblems(payload.userErrors))) {
        const top = field.split(".")[0] ?? "";
        const key = (["municipalityId", "regionId", "operators"].includes(top) ? "whose" : top) as Field;
        if (key in FIELDS) next[key] = code;
        else why = message(code);
      }
      // The discovery document's problem, in the server's words (who answered what).
      const discovery = payload.userErrors.find((u) => u.code === "DISCOVERY_FAILED");
      refuse(next, discovery ? t.discoveryFailed(discovery.message) : why);
      return;
    }
    setForm({ ...EMPTY });
    setTrustUnverified(false);
    setProblems({});
    setFailure("");
    setSaid(t.saved(choices[form.whose] ?? "", payload.identityProvider?.issuer ?? form.issuer));
    onSet();
  };

  const listed = (Object.keys(FIELDS) as Field[])
    .filter((f) => problems[f])
    .map((f) => [f, problems[f] ?? ""] as [string, string]);
  const error = (f: Field) => (problems[f] ? message(problems[f]) : undefined);
  const updating = form.whose ? existing(form.whose) !== null : false;
  const scope = whoseOf(form.whose)?.scope;
  return (
    <form className="action-form" aria-labelledby="set-provider" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="set-provider">{t.setTitle}</h3>
      <p className="muted">{t.setIntro}</p>
      <p role="status" className="status-line">
        {said}
      </p>
      <ErrorSummary
        problems={listed}
        failure={failure}
        heading={t.fixProblems}
        message={message}
        idOf={(f) => `set-provider-${f}`}
        labelOf={(f) => FIELDS[f as Field]}
        refObject={summary}
      />
      <Choice
        id="set-provider-whose"
        label={t.whose}
        placeholder={t.chooseWhose}
        options={choices}
        value={form.whose}
        onChange={choose}
        error={error("whose")}
        required
      />
      <TextInput id="set-provider-issuer" label={t.issuer} hint={t.issuerHint} value={form.issuer} onChange={set("issuer")} error={error("issuer")} type="url" required />
      <TextInput id="set-provider-clientId" label={t.clientId} value={form.clientId} onChange={set("clientId")} error={error("clientId")} required />
      <TextInput
        id="set-provider-clientSecret"
        label={t.clientSecret}
        hint={updating ? t.clientSecretKeep : t.clientSecretHint}
        value={form.clientSecret}
        onChange={set("clientSecret")}
        error={error("clientSecret")}
        type="password"
        autoComplete="new-password"
      />
      <TextInput
        id="set-provider-roleMapping"
        label={t.mapping}
        hint={t.mappingHint(rolesFor(scope).join(", "))}
        value={form.roleMapping}
        onChange={set("roleMapping")}
        error={error("roleMapping")}
        rows={3}
      />
      <TextInput
        id="set-provider-allowedEmailDomains"
        label={t.domains}
        hint={t.domainsHint}
        value={form.allowedEmailDomains}
        onChange={set("allowedEmailDomains")}
        error={error("allowedEmailDomains")}
      />
      <Flag label={t.trustUnverified} value={trustUnverified} onChange={setTrustUnverified} />
      <p className="hint">{t.trustUnverifiedHint}</p>
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? t.saving : t.save}
        </Button>
      </div>
    </form>
  );
}
