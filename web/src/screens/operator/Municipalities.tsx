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
    return fetching ? (
      <p role="status">{texts.loading}</p>
    ) : error ? (
      <p role="alert">
        {texts.loadError}{" "}
        <Button className="button secondary" onPress={reload}>
          {texts.retry}
        </Button>
      </p>
    ) : null;
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
type Field = keyof typeof FIELDS;
const EMPTY = { slug: "", name: "", teryt: "", region: "" };
const problemText = (code: string) => texts.problems[code] ?? texts.problems.INVALID ?? code;

function NewMunicipality({
  regions,
  onCreated,
}: {
  regions: readonly { slug: string; name: string }[];
  onCreated: (name: string) => void;
}) {
  const client = useClient();
  const summary = useRef<HTMLDivElement>(null);
  const [form, setForm] = useState(EMPTY);
  const [shares, setShares] = useState(false);
  // Each field's problem, as the server's code (REQUIRED for one left empty).
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [failed, setFailed] = useState(false);
  const [sending, setSending] = useState(false);
  const set = (field: Field) => (v: string) => {
    setForm((f) => ({ ...f, [field]: v }));
    setProblems((p) => ({ ...p, [field]: undefined }));
  };
  const refuse = (next: Partial<Record<Field, string>>) => {
    setProblems(next);
    window.requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    setFailed(false);
    const missing: Partial<Record<Field, string>> = {};
    for (const field of Object.keys(FIELDS) as Field[]) {
      if (!form[field].trim()) missing[field] = "REQUIRED";
    }
    if (Object.keys(missing).length > 0) {
      refuse(missing);
      return;
    }
    setSending(true);
    const r = await client
      .mutation(Create, {
        input: { ...form, name: form.name.trim(), slug: form.slug.trim(), teryt: form.teryt.trim(), sharesStatistics: shares },
      })
      .toPromise();
    setSending(false);
    const payload = r.data?.createMunicipality;
    if (!payload) {
      setFailed(true);
      window.requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    if (payload.userErrors.length > 0) {
      const next: Partial<Record<Field, string>> = {};
      for (const [field, code] of Object.entries(serverProblems(payload.userErrors))) {
        next[(field in FIELDS ? field : "slug") as Field] = code;
      }
      refuse(next);
      return;
    }
    setForm(EMPTY);
    setShares(false);
    setProblems({});
    onCreated(payload.municipality?.name ?? form.name);
  };

  const listed = (Object.keys(FIELDS) as Field[])
    .filter((f) => problems[f])
    .map((f) => [f, problems[f] ?? ""] as [string, string]);
  const error = (f: Field) => (problems[f] ? problemText(problems[f]) : undefined);
  return (
    <form className="action-form" aria-labelledby="new-municipality" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="new-municipality">{texts.newTitle}</h3>
      <ErrorSummary
        problems={listed}
        failure={failed ? texts.createFailed : ""}
        heading={texts.fixProblems}
        message={problemText}
        idOf={(f) => `new-municipality-${f}`}
        labelOf={(f) => FIELDS[f as Field]}
        refObject={summary}
      />
      <TextInput id="new-municipality-name" label={texts.name} hint={texts.nameHint} value={form.name} onChange={set("name")} error={error("name")} required />
      <TextInput id="new-municipality-slug" label={texts.slug} hint={texts.slugHint} value={form.slug} onChange={set("slug")} error={error("slug")} required />
      <TextInput
        id="new-municipality-teryt"
        label={texts.teryt}
        hint={texts.terytHint}
        value={form.teryt}
        onChange={set("teryt")}
        error={error("teryt")}
        inputMode="numeric"
        required
      />
      <Choice
        id="new-municipality-region"
        label={texts.region}
        placeholder={texts.chooseRegion}
        options={Object.fromEntries(regions.map((r) => [r.slug, r.name]))}
        value={form.region}
        onChange={set("region")}
        error={error("region")}
        required
      />
      <Flag label={texts.sharesLabel} value={shares} onChange={setShares} />
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? texts.creating : texts.create}
        </Button>
      </div>
    </form>
  );
}

const REGION_FIELDS = { name: texts.regionName, slug: texts.slug, teryt: texts.regionTeryt } as const;
type RegionField = keyof typeof REGION_FIELDS;
const NO_REGION = { name: "", slug: "", teryt: "" };

function NewRegion({ onCreated }: { onCreated: (name: string) => void }) {
  const client = useClient();
  const summary = useRef<HTMLDivElement>(null);
  const [form, setForm] = useState(NO_REGION);
  const [problems, setProblems] = useState<Partial<Record<RegionField, string>>>({});
  const [failed, setFailed] = useState(false);
  const [sending, setSending] = useState(false);
  const set = (field: RegionField) => (v: string) => {
    setForm((f) => ({ ...f, [field]: v }));
    setProblems((p) => ({ ...p, [field]: undefined }));
  };
  const refuse = (next: Partial<Record<RegionField, string>>) => {
    setProblems(next);
    window.requestAnimationFrame(() => summary.current?.focus());
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    setFailed(false);
    const missing: Partial<Record<RegionField, string>> = {};
    for (const field of Object.keys(REGION_FIELDS) as RegionField[]) if (!form[field].trim()) missing[field] = "REQUIRED";
    if (Object.keys(missing).length > 0) {
      refuse(missing);
      return;
    }
    setSending(true);
    const r = await client
      .mutation(CreateRegion, { input: { name: form.name.trim(), slug: form.slug.trim(), teryt: form.teryt.trim() } })
      .toPromise();
    setSending(false);
    const payload = r.data?.createRegion;
    if (!payload) {
      setFailed(true);
      window.requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    if (payload.userErrors.length > 0) {
      const next: Partial<Record<RegionField, string>> = {};
      for (const [field, code] of Object.entries(serverProblems(payload.userErrors))) {
        next[(field in REGION_FIELDS ? field : "slug") as RegionField] = code;
      }
      refuse(next);
      return;
    }
    setForm(NO_REGION);
    setProblems({});
    onCreated(payload.region?.name ?? form.name);
  };
  const listed = (Object.keys(REGION_FIELDS) as RegionField[])
    .filter((f) => problems[f])
    .map((f) => [f, problems[f] ?? ""] as [string, string]);
  const error = (f: RegionField) => (problems[f] ? problemText(problems[f]) : undefined);
  return (
    <form className="action-form" aria-labelledby="new-region" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="new-region">{texts.newRegionTitle}</h3>
      <ErrorSummary
        problems={listed}
        failure={failed ? texts.createRegionFailed : ""}
        heading={texts.fixRegionProblems}
        message={problemText}
        idOf={(f) => `new-region-${f}`}
        labelOf={(f) => REGION_FIELDS[f as RegionField]}
        refObject={summary}
      />
      <TextInput id="new-region-name" label={texts.regionName} hint={texts.regionNameHint} value={form.name} onChange={set("name")} error={error("name")} required />
      <TextInput id="new-region-slug" label={texts.slug} hint={texts.regionSlugHint} value={form.slug} onChange={set("slug")} error={error("slug")} required />
      <TextInput
        id="new-region-teryt"
        label={texts.regionTeryt}
        hint={texts.regionTerytHint}
        value={form.teryt}
        onChange={set("teryt")}
        error={error("teryt")}
        inputMode="numeric"
        required
      />
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? texts.creating : texts.createRegion}
        </Button>
      </div>
    </form>
  );
}
