// The platform's municipalities: their state and sharing, disabling and enabling one (after
// asking), and adding one to a region.
import { useRef, useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useClient, useQuery } from "urql";
import { Confirm } from "../../components/confirm.tsx";
import { Choice, ErrorSummary, Flag, TextInput } from "../../components/fields.tsx";
import { graphql } from "../../gql/index.ts";
import { formatDateTime } from "../../lib/format.ts";
import { errorCodes, serverProblems } from "../../lib/userErrors.ts";
import { Pending } from "./Pending.tsx";
import { texts } from "./texts.ts";

const Query = graphql(`
  query OperatorMunicipalities {
    regions {
      id
      slug
      name
    }
    municipalities {
      id
      slug
      name
      teryt
      active
      offboardedAt
      sharesStatistics
      version
      region {
        id
        name
      }
    }
  }
`);

const Disable = graphql(`
  mutation OperatorDisableMunicipality($input: MunicipalityIdInput!) {
    disableMunicipality(input: $input) {
      municipality {
        id
        active
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const Enable = graphql(`
  mutation OperatorEnableMunicipality($input: MunicipalityIdInput!) {
    enableMunicipality(input: $input) {
      municipality {
        id
        active
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const Share = graphql(`
  mutation OperatorSetSharing($input: UpdateMunicipalityInput!) {
    updateMunicipality(input: $input) {
      municipality {
        id
        sharesStatistics
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const CreateRegion = graphql(`
  mutation OperatorCreateRegion($input: CreateRegionInput!) {
    createRegion(input: $input) {
      region {
        id
        name
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const Create = graphql(`
  mutation OperatorCreateMunicipality($input: CreateMunicipalityInput!) {
    createMunicipality(input: $input) {
      municipality {
        id
        name
      }
      userErrors {
        field
        code
      }
    }
  }
`);

type Asking = { id: string; name: string; enable: boolean };

export function Municipalities() {
  const client = useClient();
  const [{ data, fetching, error }, refetch] = useQuery({ query: Query });
  const [asking, setAsking] = useState<Asking | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [problem, setProblem] = useState("");
  // After an answer the focus goes to what it says, not to the page's body.
  const said = useRef<HTMLParagraphElement>(null);
  const reload = () => refetch({ requestPolicy: "network-only" });

  if (!data) {
    return <Pending error={fetching ? null : error} onRetry={reload} />;
  }

  const change = async ({ id, name, enable }: Asking) => {
    setAsking(null);
    setProblem("");
    const r = await client.mutation(enable ? Enable : Disable, { input: { id } }).toPromise();
    const payload = enable
      ? (r.data as { enableMunicipality?: unknown } | undefined)?.enableMunicipality
      : (r.data as { disableMunicipality?: unknown } | undefined)?.disableMunicipality;
    if (errorCodes(r.error).includes("CONFLICT")) {
      setProblem(texts.changeConflict);
    } else if (!payload) {
      setProblem(texts.changeFailed);
    } else {
      setAnnouncement(enable ? texts.enabledNow(name) : texts.disabledNow(name));
    }
    reload();
    window.requestAnimationFrame(() => said.current?.focus());
  };

  const share = async (m: { id: string; name: string; version: number; sharesStatistics: boolean }) => {
    setProblem("");
    setAnnouncement("");
    const r = await client
      .mutation(Share, { input: { id: m.id, version: m.version, sharesStatistics: !m.sharesStatistics } })
      .toPromise();
    if (errorCodes(r.error).includes("CONFLICT")) setProblem(texts.shareConflict);
    else if (!r.data?.updateMunicipality.municipality) setProblem(texts.changeFailed);
    else setAnnouncement(m.sharesStatistics ? texts.sharingOff(m.name) : texts.sharingOn(m.name));
    reload();
    window.requestAnimationFrame(() => said.current?.focus());
  };

  return (
    <>
      <p role="status" className="status-line" ref={said} tabIndex={-1}>
        {announcement}
        {problem && <span role="alert">{problem}</span>}
      </p>
      <div className="table-scroll">
        <table className="cards">
          <caption className="visually-hidden">{texts.listCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.columns.name}</th>
              <th scope="col">{texts.columns.region}</th>
              <th scope="col">{texts.columns.teryt}</th>
              <th scope="col">{texts.columns.status}</th>
              <th scope="col">{texts.columns.sharing}</th>
              <th scope="col">{texts.columns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {data.municipalities.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  {m.name}
                  <br />
                  <span className="muted">{m.slug}</span>
                </th>
                <td>{m.region?.name ?? ""}</td>
                <td>{m.teryt}</td>
                <td>
                  {m.offboardedAt ? (
                    texts.offboarded(formatDateTime(m.offboardedAt))
                  ) : m.active ? (
                    texts.active
                  ) : (
                    <strong>{texts.disabled}</strong>
                  )}
                </td>
                <td>{m.sharesStatistics ? texts.shares : texts.private}</td>
                <td>
                  {m.offboardedAt ? null : asking?.id === m.id ? (
                    <Confirm
                      question={asking.enable ? texts.enableQuestion(m.name) : texts.disableQuestion(m.name)}
                      yes={asking.enable ? texts.enableYes : texts.disableYes}
                      no={texts.no}
                      onYes={() => void change(asking)}
                      onNo={() => setAsking(null)}
                    />
                  ) : (
                    <div className="actions">
                      <Button
                        className="button secondary"
                        onPress={() => {
                          setAnnouncement("");
                          setAsking({ id: m.id, name: m.name, enable: !m.active });
                        }}
                      >
                        {m.active ? texts.disable(m.name) : texts.enable(m.name)}
                      </Button>
                      <Button className="button secondary" onPress={() => void share(m)}>
                        {m.sharesStatistics ? texts.stopSharing(m.name) : texts.startSharing(m.name)}
                      </Button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <NewMunicipality
        regions={data.regions}
        onCreated={(name) => {
          setAnnouncement(texts.created(name));
          reload();
        }}
      />
      <NewRegion
        onCreated={(name) => {
          setAnnouncement(texts.regionCreated(name));
          reload();
        }}
      />
    </>
  );
}

const FIELDS = { name: texts.name, slug: texts.slug, teryt: texts.teryt, region: texts.region } as const;
const REGION_FIELDS = { name: texts.regionName, slug: texts.slug, teryt: texts.regionTeryt } as const;
const problemText = (code: string) => texts.problems[code] ?? texts.problems.INVALID ?? code;

/**
 * The state of a form that adds something: its fields as typed, each field's problem (the
 * server's code, REQUIRED for one left empty), the failure of the request, and the error
 * summary that takes the focus when anything is wrong.
 */
function useAddForm<F extends string>(fields: Record<F, string>, prefix: string, failure: string, heading: string) {
  const keys = Object.keys(fields) as F[];
  const empty = Object.fromEntries(keys.map((k) => [k, ""])) as Record<F, string>;
  const summary = useRef<HTMLDivElement>(null);
  const [form, setForm] = useState(empty);
  const [problems, setProblems] = useState<Partial<Record<F, string>>>({});
  const [failed, setFailed] = useState(false);
  const [sending, setSending] = useState(false);
  const focusSummary = () => window.requestAnimationFrame(() => summary.current?.focus());
  return {
    form,
    sending,
    set: (field: F) => (v: string) => {
      setForm((f) => ({ ...f, [field]: v }));
      setProblems((p) => ({ ...p, [field]: undefined }));
    },
    error: (f: F) => (problems[f] ? problemText(problems[f]) : undefined),
    id: (f: F) => `${prefix}-${f}`,
    /** Marks the empty fields; whether any was. */
    missing: () => {
      setFailed(false);
      const empties = Object.fromEntries(keys.filter((k) => !form[k].trim()).map((k) => [k, "REQUIRED"]));
      if (Object.keys(empties).length === 0) return false;
      setProblems(empties as Partial<Record<F, string>>);
      focusSummary();
      return true;
    },
    /** Sends `run`; the server's refusals go to their fields (an unknown field to `fallback`). */
    send: async (
      run: () => Promise<{ userErrors: readonly { field: readonly string[]; code: string }[] } | null | undefined>,
      fallback: F,
    ) => {
      setSending(true);
      const payload = await run();
      setSending(false);
      if (!payload) {
        setFailed(true);
        focusSummary();
        return false;
      }
      if (payload.userErrors.length > 0) {
        const next: Partial<Record<F, string>> = {};
        for (const [field, code] of Object.entries(serverProblems(payload.userErrors))) {
          next[(field in fields ? field : fallback) as F] = code;
        }
        setProblems(next);
        focusSummary();
        return false;
      }
      setForm(empty);
      setProblems({});
      return true;
    },
    summary: (
      <ErrorSummary
        problems={keys.filter((f) => problems[f]).map((f) => [f, problems[f] ?? ""] as [string, string])}
        failure={failed ? failure : ""}
        heading={heading}
        message={problemText}
        idOf={(f) => `${prefix}-${f}`}
        labelOf={(f) => fields[f as F]}
        refObject={summary}
      />
    ),
  };
}

function NewMunicipality({
  regions,
  onCreated,
}: {
  regions: readonly { slug: string; name: string }[];
  onCreated: (name: string) => void;
}) {
  const client = useClient();
  const f = useAddForm(FIELDS, "new-municipality", texts.createFailed, texts.fixProblems);
  const [shares, setShares] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (f.sending || f.missing()) return;
    const name = f.form.name.trim();
    let created = name;
    const done = await f.send(async () => {
      const r = await client
        .mutation(Create, {
          input: { ...f.form, name, slug: f.form.slug.trim(), teryt: f.form.teryt.trim(), sharesStatistics: shares },
        })
        .toPromise();
      created = r.data?.createMunicipality.municipality?.name ?? name;
      return r.data?.createMunicipality;
    }, "slug");
    if (done) {
      setShares(false);
      onCreated(created);
    }
  };
  return (
    <form className="action-form" aria-labelledby="new-municipality" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="new-municipality">{texts.newTitle}</h3>
      {f.summary}
      <TextInput id={f.id("name")} label={texts.name} hint={texts.nameHint} value={f.form.name} onChange={f.set("name")} error={f.error("name")} required />
      <TextInput id={f.id("slug")} label={texts.slug} hint={texts.slugHint} value={f.form.slug} onChange={f.set("slug")} error={f.error("slug")} required />
      <TextInput
        id={f.id("teryt")}
        label={texts.teryt}
        hint={texts.terytHint}
        value={f.form.teryt}
        onChange={f.set("teryt")}
        error={f.error("teryt")}
        inputMode="numeric"
        required
      />
      <Choice
        id={f.id("region")}
        label={texts.region}
        placeholder={texts.chooseRegion}
        options={Object.fromEntries(regions.map((r) => [r.slug, r.name]))}
        value={f.form.region}
        onChange={f.set("region")}
        error={f.error("region")}
        required
      />
      <Flag label={texts.sharesLabel} value={shares} onChange={setShares} />
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={f.sending}>
          {f.sending ? texts.creating : texts.create}
        </Button>
      </div>
    </form>
  );
}

function NewRegion({ onCreated }: { onCreated: (name: string) => void }) {
  const client = useClient();
  const f = useAddForm(REGION_FIELDS, "new-region", texts.createRegionFailed, texts.fixRegionProblems);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (f.sending || f.missing()) return;
    const name = f.form.name.trim();
    let created = name;
    const done = await f.send(async () => {
      const r = await client
        .mutation(CreateRegion, { input: { name, slug: f.form.slug.trim(), teryt: f.form.teryt.trim() } })
        .toPromise();
      created = r.data?.createRegion.region?.name ?? name;
      return r.data?.createRegion;
    }, "slug");
    if (done) onCreated(created);
  };
  return (
    <form className="action-form" aria-labelledby="new-region" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="new-region">{texts.newRegionTitle}</h3>
      {f.summary}
      <TextInput id={f.id("name")} label={texts.regionName} hint={texts.regionNameHint} value={f.form.name} onChange={f.set("name")} error={f.error("name")} required />
      <TextInput id={f.id("slug")} label={texts.slug} hint={texts.regionSlugHint} value={f.form.slug} onChange={f.set("slug")} error={f.error("slug")} required />
      <TextInput
        id={f.id("teryt")}
        label={texts.regionTeryt}
        hint={texts.regionTerytHint}
        value={f.form.teryt}
        onChange={f.set("teryt")}
        error={f.error("teryt")}
        inputMode="numeric"
        required
      />
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={f.sending}>
          {f.sending ? texts.creating : texts.createRegion}
        </Button>
      </div>
    </form>
  );
}
