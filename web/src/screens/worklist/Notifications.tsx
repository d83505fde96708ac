import { useEffect, useMemo, useState } from "react";
import { useQuery, useSubscription } from "urql";
import { graphql } from "../../gql/index.ts";
import { formatDate, formatDateTime, plural } from "../../lib/format.ts";
import { texts as all } from "./texts.ts";

const texts = all.notifications;

const NotificationsQuery = graphql(`
  query DeadlineNotifications {
    deadlineNotifications(first: 20) {
      edges {
        node {
          id
          kind
          deadlineKind
          dueOn
          blueCardId
          createdAt
        }
      }
    }
  }
`);

const DeadlineAlerts = graphql(`
  subscription DeadlineAlerts {
    blueCardDeadlines {
      id
      kind
      deadlineKind
      dueOn
      blueCardId
      createdAt
    }
  }
`);

type Notice = { id: string; kind: string; deadlineKind: string; dueOn: string; createdAt: string };

function describe(n: Notice): string {
  return texts.item(texts.kind[n.kind] ?? n.kind, all.deadlineKind[n.deadlineKind] ?? n.deadlineKind, formatDate(n.dueOn));
}

/** The viewer's deadline notifications: those recorded so far, and live ones as they come. */
export function Notifications() {
  const [{ data, fetching }] = useQuery({ query: NotificationsQuery });
  const [live, setLive] = useState<Notice[]>([]);
  const [announcement, setAnnouncement] = useState("");
  useSubscription({ query: DeadlineAlerts }, (_prev, event) => {
    const n = event.blueCardDeadlines;
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
    const stored = data?.deadlineNotifications.edges.map((e) => e.node) ?? [];
    const seen = new Set(live.map((n) => n.id));
    return [...live, ...stored.filter((n) => !seen.has(n.id))];
  }, [data, live]);

  return (
    <section aria-labelledby="notifications-title" className="notifications">
      <h2 id="notifications-title">
        {texts.title}{" "}
        {/* No count until the stored ones are known: "0" while loading would mislead. */}
        {(data || !fetching) && (
          <span className="counter" data-testid="notification-count">
            {plural(notices.length, texts.count)}
            {live.length > 0 && `, ${plural(live.length, texts.newOnes)}`}
          </span>
        )}
      </h2>
      <div role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
      {!data && fetching ? (
        <p className="muted">{all.loading}</p>
      ) : notices.length === 0 ? (
        <p className="muted">{texts.none}</p>
      ) : (
        <ul className="notice-list">
          {notices.map((n) => (
            <li key={n.id} className={n.kind === "OVERDUE" ? "overdue" : "soon"}>
              <strong>{describe(n)}</strong> <span className="muted">({texts.received(formatDateTime(n.createdAt))})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
