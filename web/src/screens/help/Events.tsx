/** @jsxImportSource preact */
// The municipality's public events calendar, under its help points: the published events to
// come (trainings, meetings, workshops, a campaign's actions), read without signing in, and the
// same events as an iCalendar feed a calendar application subscribes to.
import { useEffect, useState } from "preact/hooks";
import { publicQuery } from "../../api/public.ts";
import { graphql } from "../../gql/index.ts";
import type { PublicEventsQuery } from "../../gql/graphql.ts";
import { formatDateTime } from "../../lib/format.ts";
import { texts } from "./texts.ts";

const EventsQuery = graphql(`
  query PublicEvents($municipality: String!) {
    publicEvents(municipality: $municipality) {
      uid
      title
      kind
      startsAt
      endsAt
      place
      audience
      description
      campaign
    }
  }
`);

type Event = PublicEventsQuery["publicEvents"][number];

/** `dd.mm.rrrr gg:mm – gg:mm`, or both days when it spans several. */
function when(e: Event): string {
  const [startDay, startTime] = formatDateTime(e.startsAt).split(" ");
  const [endDay, endTime] = formatDateTime(e.endsAt).split(" ");
  return startDay === endDay ? `${startDay}, ${startTime}–${endTime}` : `${startDay} ${startTime} – ${endDay} ${endTime}`;
}

export function PublicEvents({ municipality }: { municipality: string }) {
  const [events, setEvents] = useState<readonly Event[] | "loading" | "error">("loading");
  useEffect(() => {
    let current = true;
    void publicQuery(EventsQuery, { municipality }).then((r) => current && setEvents(r?.publicEvents ?? "error"));
    return () => {
      current = false;
    };
  }, [municipality]);
  if (events === "loading" || events === "error") return null;
  return (
    <section aria-labelledby="events-title">
      <h2 id="events-title">{texts.eventsTitle}</h2>
      {events.length === 0 ? (
        <p>{texts.noEvents}</p>
      ) : (
        <ul className="points">
          {events.map((e) => (
            <li key={e.uid}>
              <article className="point" aria-labelledby={`event-${e.uid}`}>
                <h3 id={`event-${e.uid}`}>{e.title}</h3>
                <p>
                  <strong>{when(e)}</strong>
                  <br />
                  {e.place}
                </p>
                <p>
                  {texts.eventKinds[e.kind] ?? e.kind}; {texts.eventAudience(e.audience)}
                  {e.campaign && (
                    <>
                      <br />
                      {texts.eventCampaign(e.campaign)}
                    </>
                  )}
                </p>
                {e.description && <p>{e.description}</p>}
              </article>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={`/kalendarz/${encodeURIComponent(municipality)}.ics`}>{texts.eventsFeed}</a>
      </p>
    </section>
  );
}
