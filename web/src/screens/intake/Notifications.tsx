import { useEffect, useMemo, useState } from "react";
import { useSubscription } from "urql";
import { graphql } from "../../gql/index.ts";
import { formatDate, formatDateTime, plural } from "../../lib/format.ts";
import { ROUTES } from "../../lib/route.ts";
import { texts as all } from "./texts.ts";

const texts = all.notifications;

// Live notices as the worker sends them; the stored ones come with the list's own request.
const IntakeAlerts = graphql(`
  subscription IntakeAlerts {
    intakeResponseDeadlines {
      id
      kind
      dueOn
      intakeEntryId
      createdAt
    }
  }
`);

export type IntakeNotice = { id: string; kind: string; dueOn: string; intakeEntryId: string; createdAt: string };

export function describe(n: Pick<IntakeNotice, "kind" | "dueOn">): string {
  return texts.item(texts.kind[n.kind] ?? n.kind, formatDate(n.dueOn));
}

/** The viewer's notices of responses due or overdue: those recorded so far, and live ones. */
export function Notifications({ stored }: { stored: readonly IntakeNotice[] | null }) {
  const [live, setLive] = useState<IntakeNotice[]>([]);
  const [announcement, setAnnouncement] = useState("");
  useSubscription({ query: IntakeAlerts }, (_prev, event) => {
    const n = event.intakeResponseDeadlines;
    setLive((l) => (l.some((x) => x.id === n.id) ? l : [n, ...l]));
    setAnnouncement(texts.arrived(describe(n)));
    return event;
  });
  useEffect(() => {
    if (!announcement) return;
    const t = window.setTimeout(() => setAnnouncement(""), 10_000);
    return () => window.clearTimeout(t);
  }, [announcement]);
  const notices = useMemo(() => {
    const seen = new Set(live.map((n) => n.id));
    return [...live, ...(stored ?? []).filter((n) => !seen.has(n.id))];
  }, [stored, live]);

  return (
    <section aria-labelledby="intake-notifications-title" className="notifications">
      <h2 id="intake-notifications-title">
        {texts.title}{" "}
        {stored && (
          <span className="counter">
            {plural(notices.length, texts.count)}
            {live.length > 0 && `, ${plural(live.length, texts.newOnes)}`}
          </span>
        )}
      </h2>
      <div role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
      {notices.length === 0 ? (
        <p className="muted">{stored ? texts.none : all.loading}</p>
      ) : (
        <ul className="notice-list">
          {notices.map((n) => (
            <li key={n.id} className={n.kind === "OVERDUE" ? "overdue" : "soon"}>
              <a href={ROUTES.intakeEntry(n.intakeEntryId)}>
                <strong>{describe(n)}</strong>
              </a>{" "}
              <span className="muted">({texts.received(formatDateTime(n.createdAt))})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
