// `/program-gminny/wydarzenia`: the municipality's campaigns and events for every staff member;
// the administrator and the team's chair add campaigns and events, count an event's
// participants and choose what the public calendar shows.
import { useEffect, useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useClient, useQuery } from "urql";
import { Choice, ErrorSummary, Flag, TextInput } from "../../components/fields.tsx";
import { LoadError } from "../../components/lists.tsx";
import { useFormProblems } from "../../components/problems.ts";
import { graphql } from "../../gql/index.ts";
import type { MunicipalEventKind, MunicipalEventsPageQuery } from "../../gql/graphql.ts";
import { formatDate, formatDateTime, todayInPoland } from "../../lib/format.ts";
import { errorCodes } from "../../lib/userErrors.ts";
import { warsawInstant, warsawParts } from "./eventTime.ts";
import { eventsTexts as texts } from "./eventsTexts.ts";
import { useFocusAfter } from "./Indicators.tsx";

const Query = graphql(`
  query MunicipalEventsPage($year: Int!) {
    viewer {
      roles
    }
    municipalCampaigns {
      id
      title
      startsOn
      endsOn
      description
      viewerMayEdit
      version
      events {
        id
        campaignId
        title
        kind
        startsAt
        endsAt
        place
        audience
        description
        participants
        published
        viewerMayEdit
        version
      }
    }
    municipalEvents(year: $year) {
      id
      campaignId
      title
      kind
      startsAt
      endsAt
      place
      audience
      description
      participants
      published
      viewerMayEdit
      version
    }
  }
`);
const CreateCampaign = graphql(`
  mutation CreateMunicipalCampaign($input: CreateMunicipalCampaignInput!) {
    createMunicipalCampaign(input: $input) {
      campaign {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const UpdateCampaign = graphql(`
  mutation UpdateMunicipalCampaign($input: UpdateMunicipalCampaignInput!) {
    updateMunicipalCampaign(input: $input) {
      campaign {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const AddEvent = graphql(`
  mutation AddMunicipalEvent($input: AddMunicipalEventInput!) {
    addMunicipalEvent(input: $input) {
      event {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const UpdateEvent = graphql(`
  mutation UpdateMunicipalEvent($input: UpdateMunicipalEventInput!) {
    updateMunicipalEvent(input: $input) {
      event {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

type Campaign = MunicipalEventsPageQuery["municipalCampaigns"][number];
type Event = MunicipalEventsPageQuery["municipalEvents"][number];

const message = (code: string) => texts.problems[code] ?? texts.problems.INVALID ?? code;
const useProblems = () => useFormProblems(message, texts.failed);

/** `dd.mm.rrrr gg:mm – gg:mm`, or both days when it spans several. */
function when(e: Event): string {
  const [startDay, startTime] = formatDateTime(e.startsAt).split(" ");
  const [endDay, endTime] = formatDateTime(e.endsAt).split(" ");
  return startDay === endDay ? `${startDay}, ${startTime}–${endTime}` : `${startDay} ${startTime} – ${endDay} ${endTime}`;
}

export function EventsPage() {
  const year = Number(todayInPoland().slice(0, 4));
  const [{ data, fetching, error }, refetch] = useQuery({ query: Query, variables: { year } });
  const [said, setSaid] = useState("");
  const [editing, setEditing] = useState<string | null>(null);
  const focusLater = useFocusAfter();
  useEffect(() => {
    document.title = texts.documentTitle;
  }, []);
  const reload = () => refetch({ requestPolicy: "network-only" });
  const mayEdit = data?.viewer.roles.some((r) => r === "TENANT_ADMIN" || r === "TEAM_CHAIR") ?? false;
  const campaigns = data?.municipalCampaigns ?? [];
  const own = (data?.municipalEvents ?? []).filter((e) => !e.campaignId);
  const all = [...campaigns.flatMap((c) => c.events), ...own];
  const chosen = all.find((e) => e.id === editing);
  const chosenCampaign = campaigns.find((c) => c.id === editing);
  const close = (id: string) => {
    setEditing(null);
    focusLater(`change-${id}`);
  };
  const done = (what: string) => {
    setSaid(what);
    reload();
  };
  const table = (events: readonly Event[], of: string) =>
    events.length === 0 ? (
      <p>{texts.noEvents}</p>
    ) : (
      <div className="table-scroll">
        <table className="cards">
          <caption className="visually-hidden">{texts.eventsCaption(of)}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.columns.event}</th>
              <th scope="col">{texts.columns.when}</th>
              <th scope="col">{texts.columns.place}</th>
              <th scope="col">{texts.columns.participants}</th>
              <th scope="col">{texts.columns.published}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <th scope="row">
                  {e.title}
                  <br />
                  <span className="muted">{texts.kinds[e.kind] ?? e.kind}</span>
                  {e.viewerMayEdit && !editing && (
                    <>
                      {" "}
                      <Button id={`change-${e.id}`} className="button link" aria-label={texts.changeNamed(e.title)} onPress={() => setEditing(e.id)}>
                        {texts.change}
                      </Button>
                    </>
                  )}
                </th>
                <td>{when(e)}</td>
                <td>
                  {e.place}
                  <br />
                  <span className="muted">{e.audience}</span>
                </td>
                <td>{e.participants ?? texts.notCounted}</td>
                <td>{e.published ? texts.yes : texts.no}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
      {data && campaigns.length === 0 && <p>{texts.noCampaigns}</p>}
      {campaigns.map((c) => (
        <section key={c.id} aria-labelledby={`campaign-${c.id}`}>
          <h2 id={`campaign-${c.id}`}>{c.title}</h2>
          <p>
            {texts.campaignDays(formatDate(c.startsOn), formatDate(c.endsOn))}
            {c.description && (
              <>
                <br />
                <span className="muted">{c.description}</span>
              </>
            )}
          </p>
          {c.viewerMayEdit && !editing && (
            <Button id={`change-${c.id}`} className="button" aria-label={texts.changeCampaignNamed(c.title)} onPress={() => setEditing(c.id)}>
              {texts.changeCampaign}
            </Button>
          )}
          {table(c.events, c.title)}
        </section>
      ))}
      {data && (
        <section aria-labelledby="own-events">
          <h2 id="own-events">{texts.ownEvents(year)}</h2>
          {table(own, texts.ownEvents(year))}
        </section>
      )}
      {chosen && (
        <EventForm
          event={chosen}
          campaigns={campaigns}
          onCancel={() => close(chosen.id)}
          onConflict={reload}
          onDone={(title) => {
            close(chosen.id);
            done(texts.eventSaved(title));
          }}
        />
      )}
      {chosenCampaign && (
        <CampaignForm
          campaign={chosenCampaign}
          onCancel={() => close(chosenCampaign.id)}
          onConflict={reload}
          onDone={(title) => {
            close(chosenCampaign.id);
            done(texts.campaignSaved(title));
          }}
        />
      )}
      {mayEdit && !editing && (
        <>
          <EventForm campaigns={campaigns} onDone={(title) => done(texts.eventAdded(title))} />
          <CampaignForm onDone={(title) => done(texts.campaignAdded(title))} />
        </>
      )}
    </>
  );
}

/** A new campaign, or a campaign's correction at its version. */
function CampaignForm(props: { campaign?: Campaign; onDone: (title: string) => void; onCancel?: () => void; onConflict?: () => void }) {
  const { campaign: c, onDone } = props;
  const client = useClient();
  const p = useProblems();
  const empty = { title: "", startsOn: "", endsOn: "", description: "" };
  const [form, setForm] = useState(c ? { title: c.title, startsOn: c.startsOn, endsOn: c.endsOn, description: c.description ?? "" } : empty);
  const [sending, setSending] = useState(false);
  const id = c ? `campaign-${c.id}-form` : "new-campaign";
  const labels: Record<string, string> = { title: texts.campaignTitle, startsOn: texts.startsOn, endsOn: texts.endsOn, description: texts.description };
  const set = (f: keyof typeof empty) => (v: string) => {
    setForm((x) => ({ ...x, [f]: v }));
    p.clear(`campaign.${f}`);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    const found: Record<string, string> = {};
    for (const f of ["title", "startsOn", "endsOn"] as const) if (!form[f].trim()) found[`campaign.${f}`] = "REQUIRED";
    if (!found["campaign.startsOn"] && !found["campaign.endsOn"] && form.endsOn < form.startsOn) found["campaign.endsOn"] = "ENDS_BEFORE_STARTS";
    if (p.refuse(found)) return;
    const campaign = { title: form.title.trim(), startsOn: form.startsOn, endsOn: form.endsOn, description: form.description.trim() || null };
    setSending(true);
    const r = c
      ? await client.mutation(UpdateCampaign, { input: { id: c.id, version: c.version, campaign } }).toPromise()
      : await client.mutation(CreateCampaign, { input: { campaign } }).toPromise();
    setSending(false);
    if (errorCodes(r.error).includes("CONFLICT")) {
      p.fail(texts.campaignConflict);
      props.onConflict?.();
      return;
    }
    const answer = r.data && ("updateMunicipalCampaign" in r.data ? r.data.updateMunicipalCampaign : r.data.createMunicipalCampaign);
    if (!p.answered(answer)) return;
    if (!c) setForm(empty);
    onDone(campaign.title);
  };
  const field = (path: string) => `${id}-${path.replace(/^campaign\./, "")}`;
  return (
    <form className="action-form" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)} noValidate>
      <h2 id={`${id}-heading`}>{c ? texts.editCampaign(c.title) : texts.newCampaign}</h2>
      <ErrorSummary
        problems={p.listed}
        failure={p.failure}
        heading={texts.fixProblems}
        message={message}
        idOf={field}
        labelOf={(path) => labels[path.replace(/^campaign\./, "")]}
        refObject={p.summary}
      />
      <TextInput id={field("title")} label={texts.campaignTitle} value={form.title} onChange={set("title")} error={p.error("campaign.title")} autoFocus={!!c} required />
      <TextInput id={field("startsOn")} label={texts.startsOn} type="date" value={form.startsOn} onChange={set("startsOn")} error={p.error("campaign.startsOn")} required />
      <TextInput id={field("endsOn")} label={texts.endsOn} type="date" value={form.endsOn} onChange={set("endsOn")} error={p.error("campaign.endsOn")} required />
      <TextInput id={field("description")} label={texts.description} rows={2} value={form.description} onChange={set("description")} error={p.error("campaign.description")} />
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? texts.saving : c ? texts.save : texts.addCampaign}
        </Button>
        {props.onCancel && (
          <Button className="button" onPress={props.onCancel}>
            {texts.cancel}
          </Button>
        )}
      </div>
    </form>
  );
}

const KINDS = Object.keys(texts.kinds) as MunicipalEventKind[];
const FIELDS = ["campaignId", "title", "kind", "day", "startTime", "endDay", "endTime", "place", "audience", "description", "participants"] as const;
type Field = (typeof FIELDS)[number];
const LABELS: Record<Field, string> = {
  campaignId: texts.campaign,
  title: texts.eventTitle,
  kind: texts.kind,
  day: texts.day,
  startTime: texts.startTime,
  endDay: texts.endDay,
  endTime: texts.endTime,
  place: texts.place,
  audience: texts.audience,
  description: texts.description,
  participants: texts.participants,
};
/** Where the API's fields are on the form. */
const ON_FORM: Record<string, Field> = { startsAt: "startTime", endsAt: "endTime" };

/** A new event, or an event's change (all its content, at its version). */
function EventForm(props: {
  event?: Event;
  campaigns: readonly Campaign[];
  onDone: (title: string) => void;
  onCancel?: () => void;
  onConflict?: () => void;
}) {
  const client = useClient();
  const p = useProblems();
  const e0 = props.event;
  const start = e0 ? warsawParts(e0.startsAt) : { day: "", time: "" };
  const end = e0 ? warsawParts(e0.endsAt) : { day: "", time: "" };
  const empty: Record<Field, string> = {
    campaignId: e0?.campaignId ?? "",
    title: e0?.title ?? "",
    kind: e0?.kind ?? "",
    day: start.day,
    startTime: start.time,
    endDay: end.day !== start.day ? end.day : "",
    endTime: end.time,
    place: e0?.place ?? "",
    audience: e0?.audience ?? "",
    description: e0?.description ?? "",
    participants: e0?.participants == null ? "" : String(e0.participants),
  };
  const [form, setForm] = useState(empty);
  const [published, setPublished] = useState(e0?.published ?? false);
  const [sending, setSending] = useState(false);
  const id = e0 ? `event-${e0.id}-form` : "new-event";
  const at = (f: string) => `event.${f}`;
  const set = (f: Field) => (v: string) => {
    setForm((x) => ({ ...x, [f]: v }));
    p.clear(at(f));
    if (f === "startTime" || f === "day") p.clear(at("startsAt"));
    if (f === "endTime" || f === "endDay") p.clear(at("endsAt"));
  };
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (sending) return;
    const found: Record<string, string> = {};
    for (const f of ["title", "kind", "day", "startTime", "endTime", "place", "audience"] as const) if (!form[f].trim()) found[at(f)] = "REQUIRED";
    const startsAt = warsawInstant(form.day, form.startTime);
    const endsAt = warsawInstant(form.endDay || form.day, form.endTime);
    if (form.startTime.trim() && !found[at("day")] && !startsAt) found[at("startTime")] = "TIME";
    if (form.endTime.trim() && !found[at("day")] && !endsAt) found[at("endTime")] = "TIME";
    if (startsAt && endsAt && endsAt < startsAt) found[at("endTime")] = "ENDS_BEFORE_STARTS";
    const participants = form.participants.trim() === "" ? null : Number(form.participants.trim());
    if (participants !== null && !(Number.isInteger(participants) && participants >= 0 && participants <= 100_000)) found[at("participants")] = "OUT_OF_RANGE";
    if (p.refuse(found) || !startsAt || !endsAt) return;
    const event = {
      campaignId: form.campaignId || null,
      title: form.title.trim(),
      kind: form.kind as MunicipalEventKind,
      startsAt,
      endsAt,
      place: form.place.trim(),
      audience: form.audience.trim(),
      description: form.description.trim() || null,
      participants,
      published,
    };
    setSending(true);
    const r = e0
      ? await client.mutation(UpdateEvent, { input: { id: e0.id, version: e0.version, event } }).toPromise()
      : await client.mutation(AddEvent, { input: { event } }).toPromise();
    setSending(false);
    if (errorCodes(r.error).includes("CONFLICT")) {
      p.fail(texts.conflict);
      props.onConflict?.();
      return;
    }
    const answer = r.data && ("updateMunicipalEvent" in r.data ? r.data.updateMunicipalEvent : r.data.addMunicipalEvent);
    if (!p.answered(answer)) return;
    if (!e0) {
      setForm(empty);
      setPublished(false);
    }
    props.onDone(event.title);
  };
  const field = (path: string) => {
    const f = path.replace(/^event\./, "");
    return `${id}-${ON_FORM[f] ?? f}`;
  };
  const error = (f: Field) =>
    p.error(at(f)) ?? (f === "startTime" ? p.error(at("startsAt")) : f === "endTime" ? p.error(at("endsAt")) : undefined);
  return (
    <form className="action-form" aria-labelledby={`${id}-heading`} onSubmit={(ev) => void submit(ev)} noValidate>
      <h2 id={`${id}-heading`}>{e0 ? texts.editEvent(e0.title) : texts.newEvent}</h2>
      <ErrorSummary
        problems={p.listed}
        failure={p.failure}
        heading={texts.fixProblems}
        message={message}
        idOf={field}
        labelOf={(path) => {
          const f = path.replace(/^event\./, "");
          return LABELS[(ON_FORM[f] ?? f) as Field];
        }}
        refObject={p.summary}
      />
      <Choice
        id={`${id}-campaignId`}
        label={texts.campaign}
        options={Object.fromEntries([["", texts.noCampaign], ...props.campaigns.map((c) => [c.id, c.title])])}
        value={form.campaignId}
        onChange={set("campaignId")}
        error={error("campaignId")}
      />
      <TextInput id={`${id}-title`} label={texts.eventTitle} value={form.title} onChange={set("title")} error={error("title")} autoFocus={!!e0} required />
      <Choice
        id={`${id}-kind`}
        label={texts.kind}
        options={Object.fromEntries(KINDS.map((k) => [k, texts.kinds[k] ?? k]))}
        value={form.kind}
        onChange={set("kind")}
        error={error("kind")}
        required
      />
      <TextInput id={`${id}-day`} label={texts.day} type="date" value={form.day} onChange={set("day")} error={error("day")} required />
      <TextInput id={`${id}-startTime`} label={texts.startTime} hint={texts.timeHint} inputMode="numeric" size={6} value={form.startTime} onChange={set("startTime")} error={error("startTime")} required />
      <TextInput id={`${id}-endDay`} label={texts.endDay} hint={texts.endDayHint} type="date" value={form.endDay} onChange={set("endDay")} error={error("endDay")} />
      <TextInput id={`${id}-endTime`} label={texts.endTime} hint={texts.timeHint} inputMode="numeric" size={6} value={form.endTime} onChange={set("endTime")} error={error("endTime")} required />
      <TextInput id={`${id}-place`} label={texts.place} value={form.place} onChange={set("place")} error={error("place")} required />
      <TextInput id={`${id}-audience`} label={texts.audience} value={form.audience} onChange={set("audience")} error={error("audience")} required />
      <TextInput
        id={`${id}-description`}
        label={texts.description}
        hint={texts.descriptionHint}
        rows={3}
        value={form.description}
        onChange={set("description")}
        error={error("description")}
      />
      {e0 && (
        <TextInput
          id={`${id}-participants`}
          label={texts.participants}
          hint={texts.participantsHint}
          inputMode="numeric"
          size={8}
          value={form.participants}
          onChange={set("participants")}
          error={error("participants")}
        />
      )}
      <Flag id={`${id}-published`} label={texts.published} value={published} onChange={setPublished} />
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? texts.saving : e0 ? texts.save : texts.addEvent}
        </Button>
        {props.onCancel && (
          <Button className="button" onPress={props.onCancel}>
            {texts.cancel}
          </Button>
        )}
      </div>
    </form>
  );
}
