// `/programy`: the municipality's programmes with their editions and counts, for its staff;
// the administrator adds programmes and editions. An edition's page is `/programy/<id>`.
import { useEffect, useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useClient, useQuery } from "urql";
import { Checks, Choice, ErrorSummary, TextInput } from "../../components/fields.tsx";
import { LoadError } from "../../components/lists.tsx";
import { graphql } from "../../gql/index.ts";
import type { ProgrammeType } from "../../gql/graphql.ts";
import { formatDate } from "../../lib/format.ts";
import { ROUTES } from "../../lib/route.ts";
import { EditionPage } from "./EditionPage.tsx";
import { emptyRow, rowLabel, rowProblems, StaffRows, type StaffRow } from "./Staff.tsx";
import { count, message, useProblems } from "./problems.ts";
import { texts } from "./texts.ts";

const Query = graphql(`
  query Programmes {
    viewer {
      roles
      municipality {
        slug
      }
    }
    programmes {
      id
      type
      name
      provider
      helpPointId
      servedMunicipalities
      requiredSessions
      requiredHours
      description
      editions {
        id
        startsOn
        endsOn
        place
        capacity
        viewerRunsIt
        counts {
          enrolled
          waiting
          completed
          droppedOut
          notAdmitted
          freePlaces
        }
        staff {
          displayName
        }
      }
    }
  }
`);

// The municipality's own help points of the directory (public data): where a programme is run;
// and the region's municipalities (public too): whom else it may be run for.
const Points = graphql(`
  query ProgrammeHelpPoints($municipality: String!) {
    helpPoints(municipality: $municipality, first: 100) {
      nodes {
        id
        name
        national
      }
    }
    helpRegions {
      municipalities {
        slug
        name
      }
    }
  }
`);

const CreateProgramme = graphql(`
  mutation CreateProgramme($input: CreateProgrammeInput!) {
    createProgramme(input: $input) {
      programme {
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

const CreateEdition = graphql(`
  mutation CreateProgrammeEdition($input: CreateProgrammeEditionInput!) {
    createProgrammeEdition(input: $input) {
      edition {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

/** The list, or an edition's page when the path names one. */
export function ProgrammesPage({ editionId }: { editionId?: string | null }) {
  return editionId ? <EditionPage key={editionId} id={editionId} /> : <ProgrammesList />;
}

function ProgrammesList() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: Query });
  const [said, setSaid] = useState("");
  useEffect(() => {
    document.title = texts.documentTitle;
  }, []);
  const reload = () => refetch({ requestPolicy: "network-only" });
  const admin = data?.viewer.roles.includes("TENANT_ADMIN") ?? false;
  const slug = data?.viewer.municipality?.slug ?? "";
  const [points] = useQuery({ query: Points, variables: { municipality: slug }, pause: !slug });
  const pointNames: Record<string, string> = Object.fromEntries(
    (points.data?.helpPoints.nodes ?? []).filter((h) => !h.national).map((h) => [h.id, h.name]),
  );
  // The other municipalities of the viewer's region, by slug.
  const region = points.data?.helpRegions.find((r) => r.municipalities.some((m) => m.slug === slug));
  const neighbours: Record<string, string> = Object.fromEntries(
    (region?.municipalities ?? []).filter((m) => m.slug !== slug).map((m) => [m.slug, m.name]),
  );
  return (
    <>
      <h1>{texts.title}</h1>
      <p className="muted">{texts.intro}</p>
      <p role="status" className="status-line">
        {said}
      </p>
      {!data && fetching && <p role="status">{texts.loading}</p>}
      {error && !data && <LoadError text={texts.loadError} retry={texts.retry} onRetry={reload} />}
      {data && data.programmes.length === 0 && <p>{texts.none}</p>}
      {data?.programmes.map((p) => (
        <section key={p.id} aria-labelledby={`programme-${p.id}`} className="programme">
          <h2 id={`programme-${p.id}`}>{p.name}</h2>
          <p>
            {texts.types[p.type] ?? p.type}. {texts.provider(p.provider)}.
            {p.helpPointId && pointNames[p.helpPointId] ? ` ${texts.runAt(pointNames[p.helpPointId] ?? "")}.` : ""}
            {p.servedMunicipalities.length > 0 ? ` ${texts.servedFor(p.servedMunicipalities.join(", "))}.` : ""}{" "}
            {texts.completion(p.requiredSessions, p.requiredHours)}.
          </p>
          {p.description && <p className="muted">{p.description}</p>}
          {p.editions.length === 0 ? (
            <p>{texts.noEditions}</p>
          ) : (
            <div className="table-scroll">
              <table className="cards">
                <caption className="visually-hidden">{texts.editionsCaption(p.name)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{texts.columns.dates}</th>
                    <th scope="col">{texts.columns.place}</th>
                    <th scope="col">{texts.columns.places}</th>
                    <th scope="col">{texts.columns.people}</th>
                    <th scope="col">{texts.columns.staff}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.editions.map((e) => (
                    <tr key={e.id}>
                      <th scope="row">
                        <a href={ROUTES.edition(e.id)}>
                          {texts.dates(formatDate(e.startsOn), formatDate(e.endsOn))}
                        </a>
                      </th>
                      <td>{e.place}</td>
                      <td>{texts.places(e.counts.freePlaces, e.capacity)}</td>
                      <td>{texts.people(e.counts)}</td>
                      <td>{e.staff.map((s) => s.displayName).join(", ")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
      {admin && data && (
        <>
          <NewProgramme
            points={pointNames}
            neighbours={neighbours}
            onDone={(name) => {
              setSaid(texts.programmeAdded(name));
              reload();
            }}
          />
          {data.programmes.length > 0 && (
            <NewEdition
              programmes={Object.fromEntries(data.programmes.map((p) => [p.id, p.name]))}
              onDone={() => {
                setSaid(texts.editionAdded);
                reload();
              }}
            />
          )}
        </>
      )}
    </>
  );
}

const TYPES = Object.keys(texts.types) as ProgrammeType[];
const EMPTY_PROGRAMME = { type: "", name: "", provider: "", helpPointId: "", description: "", requiredSessions: "", requiredHours: "" };
const NO_POINT = "NONE";

function NewProgramme({
  points,
  neighbours,
  onDone,
}: {
  points: Record<string, string>;
  neighbours: Record<string, string>;
  onDone: (name: string) => void;
}) {
  const [served, setServed] = useState<string[]>([]);
  const client = useClient();
  const p = useProblems();
  const [form, setForm] = useState(EMPTY_PROGRAMME);
  const [sending, setSending] = useState(false);
  const set = (field: keyof typeof EMPTY_PROGRAMME) => (v: string) => {
    setForm((f) => ({ ...f, [field]: v }));
    p.clear(field);
  };
  const labels: Record<string, string> = {
    type: texts.type,
    name: texts.name,
    provider: texts.providerLabel,
    helpPointId: texts.helpPoint,
    servedMunicipalities: texts.servedLabel,
    description: texts.description,
    requiredSessions: texts.requiredSessions,
    requiredHours: texts.requiredHours,
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    const sessions = count(form.requiredSessions);
    const hours = count(form.requiredHours);
    const found: Record<string, string> = {};
    for (const f of ["type", "name", "provider"] as const) if (!form[f].trim()) found[f] = "REQUIRED";
    if (sessions === undefined) found.requiredSessions = "INVALID";
    if (hours === undefined) found.requiredHours = "INVALID";
    if (sessions === null && hours === null) found.requiredSessions = "REQUIRED";
    if (p.refuse(found)) return;
    setSending(true);
    const r = await client
      .mutation(CreateProgramme, {
        input: {
          type: form.type as ProgrammeType,
          name: form.name.trim(),
          provider: form.provider.trim(),
          helpPointId: form.helpPointId && form.helpPointId !== NO_POINT ? form.helpPointId : null,
          servedMunicipalities: served,
          description: form.description.trim() || null,
          requiredSessions: sessions ?? null,
          requiredHours: hours ?? null,
        },
      })
      .toPromise();
    setSending(false);
    const payload = r.data?.createProgramme;
    if (!p.answered(payload)) return;
    setForm(EMPTY_PROGRAMME);
    setServed([]);
    onDone(payload?.programme?.name ?? form.name);
  };
  return (
    <form className="action-form" aria-labelledby="new-programme" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="new-programme">{texts.newProgrammeTitle}</h2>
      <ErrorSummary
        problems={p.listed}
        failure={p.failure}
        heading={texts.fixProblems}
        message={message}
        idOf={(f) => `new-programme-${f.split(".")[0]}`}
        labelOf={(f) => labels[f.split(".")[0] ?? f]}
        refObject={p.summary}
      />
      <Choice
        id="new-programme-type"
        label={texts.type}
        placeholder={texts.chooseType}
        options={Object.fromEntries(TYPES.map((t) => [t, texts.types[t] ?? t]))}
        value={form.type}
        onChange={set("type")}
        error={p.error("type")}
        required
      />
      <TextInput id="new-programme-name" label={texts.name} value={form.name} onChange={set("name")} error={p.error("name")} required />
      <TextInput id="new-programme-provider" label={texts.providerLabel} value={form.provider} onChange={set("provider")} error={p.error("provider")} required />
      {Object.keys(points).length > 0 && (
        <Choice
          id="new-programme-helpPointId"
          label={texts.helpPoint}
          placeholder={texts.chooseHelpPoint}
          options={{ [NO_POINT]: texts.noHelpPoint, ...points }}
          value={form.helpPointId}
          onChange={set("helpPointId")}
          error={p.error("helpPointId")}
        />
      )}
      {Object.keys(neighbours).length > 0 && (
        <Checks
          id="new-programme-servedMunicipalities"
          label={texts.servedLabel}
          options={neighbours}
          value={served}
          onChange={setServed}
          error={p.error("servedMunicipalities")}
        />
      )}
      <TextInput id="new-programme-description" label={texts.description} value={form.description} onChange={set("description")} error={p.error("description")} rows={2} />
      <TextInput
        id="new-programme-requiredSessions"
        label={texts.requiredSessions}
        hint={texts.completionHint}
        inputMode="numeric"
        value={form.requiredSessions}
        onChange={set("requiredSessions")}
        error={p.error("requiredSessions")}
        size={5}
      />
      <TextInput id="new-programme-requiredHours" label={texts.requiredHours} inputMode="numeric" value={form.requiredHours} onChange={set("requiredHours")} error={p.error("requiredHours")} size={5} />
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? texts.saving : texts.addProgramme}
        </Button>
      </div>
    </form>
  );
}

function NewEdition({ programmes, onDone }: { programmes: Record<string, string>; onDone: () => void }) {
  const client = useClient();
  const p = useProblems();
  const empty = { programmeId: "", startsOn: "", endsOn: "", place: "", capacity: "" };
  const [form, setForm] = useState(empty);
  const [staff, setStaff] = useState<StaffRow[]>([emptyRow()]);
  const [sending, setSending] = useState(false);
  const set = (field: keyof typeof empty) => (v: string) => {
    setForm((f) => ({ ...f, [field]: v }));
    p.clear(field);
  };
  const labels: Record<string, string> = {
    programmeId: texts.programme,
    startsOn: texts.startsOn,
    endsOn: texts.endsOn,
    place: texts.place,
    capacity: texts.capacity,
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    const found: Record<string, string> = rowProblems(staff);
    for (const f of Object.keys(empty) as (keyof typeof empty)[]) if (!form[f].trim()) found[f] = "REQUIRED";
    const capacity = count(form.capacity);
    if (form.capacity.trim() && !capacity) found.capacity = "OUT_OF_RANGE";
    if (p.refuse(found)) return;
    setSending(true);
    const r = await client
      .mutation(CreateEdition, {
        input: {
          programmeId: form.programmeId,
          startsOn: form.startsOn,
          endsOn: form.endsOn,
          place: form.place.trim(),
          capacity: capacity ?? 0,
          staff: staff.map((s) => ({ userId: s.userId, qualifications: s.qualifications.trim() })),
        },
      })
      .toPromise();
    setSending(false);
    if (!p.answered(r.data?.createProgrammeEdition)) return;
    setForm(empty);
    setStaff([emptyRow()]);
    onDone();
  };
  return (
    <form className="action-form" aria-labelledby="new-edition" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="new-edition">{texts.newEditionTitle}</h2>
      <ErrorSummary
        problems={p.listed}
        failure={p.failure}
        heading={texts.fixProblems}
        message={message}
        idOf={(f) => `new-edition-${f.replace(/\./g, "-")}`}
        labelOf={(f) => labels[f] ?? rowLabel(f)}
        refObject={p.summary}
      />
      <Choice
        id="new-edition-programmeId"
        label={texts.programme}
        placeholder={texts.chooseProgramme}
        options={programmes}
        value={form.programmeId}
        onChange={set("programmeId")}
        error={p.error("programmeId")}
        required
      />
      <TextInput id="new-edition-startsOn" label={texts.startsOn} type="date" value={form.startsOn} onChange={set("startsOn")} error={p.error("startsOn")} required />
      <TextInput id="new-edition-endsOn" label={texts.endsOn} type="date" value={form.endsOn} onChange={set("endsOn")} error={p.error("endsOn")} required />
      <TextInput id="new-edition-place" label={texts.place} value={form.place} onChange={set("place")} error={p.error("place")} required />
      <TextInput id="new-edition-capacity" label={texts.capacity} inputMode="numeric" value={form.capacity} onChange={set("capacity")} error={p.error("capacity")} size={4} required />
      <StaffRows prefix="new-edition" rows={staff} onChange={setStaff} error={p.error} clear={p.clear} />
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? texts.saving : texts.addEdition}
        </Button>
      </div>
    </form>
  );
}
