import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { HelpPointInput, PointFormQuery } from "../../gql/graphql.ts";
import { formatDateTime, named } from "../../lib/format.ts";
import { ROUTES, helpPath, navigate } from "../../lib/route.ts";
import { errorCodes } from "../../lib/userErrors.ts";
import { Choice, Field, Flag, idOf, message } from "./Fields.tsx";
import {
  KINDS,
  checkedAsTyped,
  emptyDraft,
  fromPoint,
  localProblems,
  pointProblems,
  rebase,
  shelterChange,
  toInput,
  type PointDraft,
} from "./form.ts";
import { HoursSection, OfferSection, pick } from "./Sections.tsx";
import { texts } from "./texts.ts";

export const PointFields = graphql(`
  fragment PointFields on HelpPoint {
    id
    name
    kind
    description
    address {
      street
      postalCode
      city
    }
    position {
      latitude
      longitude
    }
    phones {
      number
    }
    email
    web
    hours {
      dayAndNight
      openOnPublicHolidays
      week {
        day
        ranges {
          opens
          closes
        }
      }
      exceptions {
        date
        ranges {
          opens
          closes
        }
      }
    }
    services
    languages
    accessibility
    published
    version
    updatedAt
    shelterPlaces {
      free
      updatedAt
      shownToPublic
    }
  }
`);

const Query = graphql(`
  query PointForm($id: ID!) {
    viewer {
      municipality {
        slug
      }
    }
    node(id: $id) {
      ... on HelpPoint {
        ...PointFields
      }
    }
  }
`);

const Create = graphql(`
  mutation CreateHelpPoint($input: HelpPointInput!) {
    createHelpPoint(input: $input) {
      helpPoint {
        ...PointFields
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const Update = graphql(`
  mutation UpdateHelpPoint($input: UpdateHelpPointInput!) {
    updateHelpPoint(input: $input) {
      helpPoint {
        ...PointFields
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const Publish = graphql(`
  mutation PublishHelpPoint($input: PublishHelpPointInput!) {
    publishHelpPoint(input: $input) {
      helpPoint {
        ...PointFields
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const Places = graphql(`
  mutation PointShelterPlaces($input: UpdateShelterPlacesInput!) {
    updateShelterPlaces(input: $input) {
      helpPoint {
        ...PointFields
      }
      userErrors {
        field
        code
      }
    }
  }
`);

type Stored = NonNullable<Extract<PointFormQuery["node"], { __typename?: "HelpPoint" }>>;
type Outcome = "conflict" | "forbidden" | "failed" | "placesFailed" | null;

/** `/punkty-pomocy/nowy` (no ID) or a point's form. */
export function PointPage({ id }: { id: string | null }) {
  useEffect(() => {
    document.title = id ? texts.editDocumentTitle : texts.newDocumentTitle;
  }, [id]);
  return id ? <EditPoint id={id} /> : <PointForm stored={null} onSaved={() => undefined} onReload={() => undefined} />;
}

function EditPoint({ id }: { id: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: Query, variables: { id }, requestPolicy: "cache-and-network" });
  const node = data?.node;
  const stored = node && "id" in node ? (node as Stored) : null;
  if (!data && fetching) return <p role="status">{texts.loading}</p>;
  if (error && !data)
    return (
      <p role="alert">
        {texts.loadError}{" "}
        <Button className="button secondary" onPress={() => refetch({ requestPolicy: "network-only" })}>
          {texts.retry}
        </Button>
      </p>
    );
  if (!stored)
    return (
      <>
        <p>
          <a href={ROUTES.points}>{texts.back}</a>
        </p>
        <h1>{texts.editDocumentTitle}</h1>
        <p role="alert">{texts.notFound}</p>
      </>
    );
  return (
    <PointForm
      key={stored.id}
      stored={stored}
      slug={data?.viewer.municipality?.slug}
      onSaved={() => undefined}
      onReload={() => refetch({ requestPolicy: "network-only" })}
    />
  );
}

function PointForm(props: { stored: Stored | null; slug?: string; onSaved: () => void; onReload: () => void }) {
  // The point as this form last saved it: the query reloading after the save may still answer
  // from before it (a reload already under way is not sent again), so the newer one is shown.
  const [lastSaved, setLastSaved] = useState<Stored | null>(null);
  const stored =
    lastSaved && (!props.stored || (lastSaved.version ?? 0) >= (props.stored.version ?? 0)) ? lastSaved : props.stored;
  const [draft, setDraft] = useState<PointDraft>(() => (stored ? fromPoint(stored) : emptyDraft()));
  // The point as loaded or last saved: what a reload after a CONFLICT compares the draft with.
  const [base, setBase] = useState<PointDraft | null>(() => (stored ? fromPoint(stored) : null));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [announcement, setAnnouncement] = useState(
    () => (window.history.state as { notice?: string } | null)?.notice ?? "",
  );
  const [sending, setSending] = useState(false);
  /** The version a CONFLICT was met at, until the reload brings a newer one. */
  const [staleAt, setStaleAt] = useState<number | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const [, create] = useMutation(Create);
  const [, update] = useMutation(Update);
  const [{ fetching: publishing }, publish] = useMutation(Publish);
  const [, places] = useMutation(Places);

  // After a CONFLICT the reload brings the current version: the fields typed keep what was
  // typed, the others show the point as it is now.
  useEffect(() => {
    if (staleAt === null || !stored || stored.version === staleAt) return;
    const fresh = fromPoint(stored);
    setDraft((d) => (base ? rebase(d, base, fresh) : d));
    setBase(fresh);
    setStaleAt(null);
    setOutcome(null);
    setAnnouncement(texts.reloaded);
  }, [stored, staleAt, base]);

  const local = localProblems(draft);
  const problem = (path: string): string | undefined => {
    if (server[path]) return server[path];
    const code = local[path];
    if (!code) return undefined;
    return submitted || touched.has(path) || checkedAsTyped(path, code) ? code : undefined;
  };
  const touch = (path: string) => setTouched((t) => (t.has(path) ? t : new Set(t).add(path)));
  /** Changes the draft; the server's refusals of the fields changed are dropped. */
  const change = (prefix: string, next: Partial<PointDraft>) => {
    setDraft((d) => ({ ...d, ...next }));
    setServer((s) => {
      const kept = Object.fromEntries(Object.entries(s).filter(([p]) => !(p === prefix || p.startsWith(`${prefix}.`))));
      return Object.keys(kept).length === Object.keys(s).length ? s : kept;
    });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setOutcome(null);
    setAnnouncement("");
    if (Object.keys(localProblems(draft)).length > 0) {
      summary.current?.focus();
      return;
    }
    setSending(true);
    const input = toInput(draft) as HelpPointInput;
    const result = stored
      ? await update({ input: { id: stored.id, version: stored.version ?? 0, point: input } })
      : await create({ input });
    const payload = stored
      ? (result.data as { updateHelpPoint?: PayloadOf } | undefined)?.updateHelpPoint
      : (result.data as { createHelpPoint?: PayloadOf } | undefined)?.createHelpPoint;
    const codes = errorCodes(result.error);
    if (codes.includes("CONFLICT") || codes.includes("FORBIDDEN") || codes.includes("NOT_FOUND") || !payload) {
      setSending(false);
      setOutcome(codes.includes("CONFLICT") ? "conflict" : codes.includes("FORBIDDEN") || codes.includes("NOT_FOUND") ? "forbidden" : "failed");
      summary.current?.focus();
      return;
    }
    if (payload.userErrors.length > 0 || !payload.helpPoint) {
      setSending(false);
      setServer(pointProblems(draft, payload.userErrors));
      summary.current?.focus();
      return;
    }
    let saved = payload.helpPoint;
    const count = shelterChange(draft, stored?.shelterPlaces ?? null);
    let notice = stored ? texts.saved(saved.name) : texts.created(saved.name);
    if (count) {
      const r = await places({ input: { id: saved.id, freePlaces: count.freePlaces, shownToPublic: count.shownToPublic } });
      const p = r.data?.updateShelterPlaces;
      if (!p || p.userErrors.length > 0 || !p.helpPoint) {
        setSending(false);
        setServer(p ? pointProblems(draft, p.userErrors) : {});
        setOutcome("placesFailed");
        if (!stored) navigate(ROUTES.point(saved.id), true, { notice });
        summary.current?.focus();
        return;
      }
      saved = p.helpPoint;
      notice = `${notice} ${texts.savedPlaces(count.freePlaces)}`;
    }
    setSending(false);
    if (!stored) {
      navigate(ROUTES.point(saved.id), true, { notice });
      return;
    }
    setLastSaved(saved);
    setSubmitted(false);
    setTouched(new Set());
    setServer({});
    setDraft(fromPoint(saved));
    setBase(fromPoint(saved));
    setAnnouncement(notice);
    props.onSaved();
    status.current?.focus();
  };

  const togglePublished = async () => {
    if (!stored) return;
    const next = !stored.published;
    const result = await publish({ input: { id: stored.id, published: next } });
    const payload = result.data?.publishHelpPoint;
    if (!payload || payload.userErrors.length > 0) {
      setOutcome(errorCodes(result.error).includes("FORBIDDEN") ? "forbidden" : "failed");
      summary.current?.focus();
      return;
    }
    setAnnouncement(next ? texts.publishedNow(stored.name) : texts.withdrawnNow(stored.name));
  };

  const listed = submitted || Object.keys(server).length > 0 ? Object.entries({ ...(submitted ? local : {}), ...server }) : [];
  // A field's name as its label reads (the form's fields are on the page before any summary).
  const labelOf = (path: string) => {
    const field = document.getElementById(idOf(path));
    return (field as HTMLInputElement | null)?.labels?.[0]?.textContent ?? field?.getAttribute("aria-label") ?? undefined;
  };
  const showSummary = listed.length > 0 || outcome !== null;
  const title = stored ? texts.editTitle(stored.name) : texts.newTitle;

  return (
    <>
      <p>
        <a href={ROUTES.points}>{texts.back}</a>
      </p>
      <h1>{title}</h1>
      <p role="status" className="status-line" ref={status} tabIndex={-1}>
        {announcement}
      </p>
      {stored && (
        <div className="point-status">
          <p>
            <strong>{texts.status(stored.published ?? false)}</strong> {texts.lastChange(formatDateTime(stored.updatedAt))}
          </p>
          <p className="actions-inline">
            <Button className="button secondary" onPress={() => void togglePublished()} isDisabled={publishing}>
              {publishing ? texts.publishing : stored.published ? texts.withdraw : texts.publish}
            </Button>
            {stored.published && props.slug && <a href={helpPath({ kind: "municipality", slug: props.slug })}>{texts.publicPage}</a>}
          </p>
        </div>
      )}
      <div ref={summary} tabIndex={-1} role="alert" className={showSummary ? "summary" : undefined}>
        {/* Each problem names its field by the field's own label, as the form shows it. */}
        {listed.length > 0 && (
          <>
            <p>{texts.problems}</p>
            <ul>
              {listed.map(([path, code]) => (
                <li key={path}>
                  <a href={`#${idOf(path)}`}>{named(labelOf(path), message(code))}</a>
                </li>
              ))}
            </ul>
          </>
        )}
        {outcome === "conflict" && (
          <p>
            {texts.conflict}{" "}
            <Button
              className="button secondary"
              onPress={() => {
                setStaleAt(stored?.version ?? null);
                props.onReload();
              }}
            >
              {texts.reload}
            </Button>
          </p>
        )}
        {outcome === "forbidden" && <p>{texts.forbiddenChange}</p>}
        {outcome === "failed" && <p>{texts.failed}</p>}
        {outcome === "placesFailed" && <p>{texts.placesFailed}</p>}
      </div>

      <form onSubmit={(e) => void submit(e)} noValidate className="nka point-form" aria-label={title}>
        <fieldset>
          <legend>{texts.sectionBasics}</legend>
          <Field path="name" label={texts.name} value={draft.name} onChange={(v) => change("name", { name: v })} onBlur={() => touch("name")} problem={problem("name")} className="wide" required />
          <Choice path="kind" label={texts.kind} placeholder={texts.chooseKind} options={pick(KINDS, texts.kinds)} value={draft.kind} onChange={(v) => change("kind", { kind: v })} problem={problem("kind")} />
          <Field path="description" label={texts.description} value={draft.description} onChange={(v) => change("description", { description: v })} problem={problem("description")} multiline className="wide" />
        </fieldset>

        <fieldset>
          <legend>{texts.sectionAddress}</legend>
          <Field path="address.street" label={texts.street} value={draft.street} onChange={(v) => change("address", { street: v })} onBlur={() => touch("address.street")} problem={problem("address.street")} />
          <Field path="address.postalCode" label={texts.postalCode} hint={texts.postalCodeHint} value={draft.postalCode} onChange={(v) => change("address", { postalCode: v })} onBlur={() => touch("address.postalCode")} problem={problem("address.postalCode")} size={8} />
          <Field path="address.city" label={texts.city} value={draft.city} onChange={(v) => change("address", { city: v })} onBlur={() => touch("address.city")} problem={problem("address.city")} />
          <fieldset className="wide-group" id={idOf("position")} tabIndex={-1} aria-describedby={problem("position") ? `${idOf("position")}-error` : undefined}>
            <legend>{texts.position}</legend>
            <p className="hint">{texts.positionHint}</p>
            {problem("position") && (
              <p className="error" id={`${idOf("position")}-error`}>
                {message(problem("position") ?? "")}
              </p>
            )}
            <Field path="position.latitude" label={texts.latitude} value={draft.latitude} inputMode="decimal" onChange={(v) => change("position", { latitude: v })} onBlur={() => touch("position.latitude")} problem={problem("position.latitude")} size={10} />
            <Field path="position.longitude" label={texts.longitude} value={draft.longitude} inputMode="decimal" onChange={(v) => change("position", { longitude: v })} onBlur={() => touch("position.longitude")} problem={problem("position.longitude")} size={10} />
          </fieldset>
        </fieldset>

        <fieldset id={idOf("phones")} tabIndex={-1}>
          <legend>{texts.sectionContact}</legend>
          {problem("phones") && <p className="error wide">{message(problem("phones") ?? "")}</p>}
          {draft.phones.map((p, i) => (
            <div className="range-row" key={i}>
              <Field
                path={`phones.${i}`}
                label={texts.phone(i + 1)}
                hint={i === 0 ? texts.phoneHint : undefined}
                value={p}
                inputMode="tel"
                onChange={(v) => change(`phones.${i}`, { phones: draft.phones.map((q, j) => (j === i ? v : q)) })}
                onBlur={() => touch(`phones.${i}`)}
                problem={problem(`phones.${i}`)}
              />
              {draft.phones.length > 1 && (
                <Button className="button secondary" onPress={() => change("phones", { phones: draft.phones.filter((_, j) => j !== i) })}>
                  {texts.removePhone(i + 1)}
                </Button>
              )}
            </div>
          ))}
          <div className="wide">
            <Button className="button secondary" onPress={() => change("phones", { phones: [...draft.phones, ""] })}>
              {texts.addPhone}
            </Button>
          </div>
          <Field path="email" label={texts.email} value={draft.email} inputMode="email" onChange={(v) => change("email", { email: v })} onBlur={() => touch("email")} problem={problem("email")} />
          <Field path="web" label={texts.web} hint={texts.webHint} value={draft.web} inputMode="url" onChange={(v) => change("web", { web: v })} onBlur={() => touch("web")} problem={problem("web")} />
        </fieldset>

        <HoursSection draft={draft} change={change} problem={problem} touch={touch} />
        <OfferSection draft={draft} change={change} problem={problem} touch={touch} />

        <fieldset>
          <legend>{texts.sectionShelter}</legend>
          <Field path="freePlaces" label={texts.freePlaces} hint={texts.freePlacesHint} value={draft.freePlaces} inputMode="numeric" onChange={(v) => change("freePlaces", { freePlaces: v })} onBlur={() => touch("freePlaces")} problem={problem("freePlaces")} size={6} />
          {stored?.shelterPlaces && <p className="hint">{texts.placesCounted(formatDateTime(stored.shelterPlaces.updatedAt))}</p>}
          <div className="wide">
            <Flag label={texts.placesPublic} value={draft.placesPublic} onChange={(v) => change("freePlaces", { placesPublic: v })} />
          </div>
        </fieldset>

        <div className="actions">
          <Button type="submit" className="button primary" isDisabled={sending}>
            {sending ? texts.saving : stored ? texts.save : texts.create}
          </Button>
        </div>
      </form>
    </>
  );
}

type PayloadOf = { helpPoint?: Stored | null; userErrors: { field: string[]; code: string }[] };

