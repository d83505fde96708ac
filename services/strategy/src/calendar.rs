//! Kalendarz wydarzeń — a municipality's public events calendar, beside its help directory:
//! the published events not yet over, anyone may read without signing in, as GraphQL
//! (`publicEvents`) and as an iCalendar feed a calendar application subscribes to. Only what
//! an event says publicly is shown: never the participants counted, never an unpublished one.
//!
//! Read from the municipality's tenant transaction (row-level security holds), kept per
//! municipality in this process (`kernel::public_cache`), dropped when the municipality's events
//! change (here and in every replica, on [`CHANNEL`]).

use std::sync::Arc;

use chrono::{DateTime, Utc};
use icalendar::{Calendar, Component, EventLike};
use kernel::db::AuditContext;
use kernel::public_cache::{Followed, PublicCache};
use kernel::pubsub::PubSub;
use kernel::slug::Slug;
use kernel::{Db, Result};
use uuid::Uuid;

use crate::events::{published_events, Campaign, Event};

/// The pub/sub channel on which every process hears that a municipality's events changed.
pub const CHANNEL: &str = "ostoja:calendar:changed";

/// A municipality's published events not over when read, with their campaigns.
#[derive(Debug, Default)]
pub struct Published {
    pub events: Vec<Event>,
    pub campaigns: Vec<Campaign>,
}

impl Published {
    /// The events not over at `now` (a cached read may hold one that has just ended).
    pub fn upcoming(&self, now: DateTime<Utc>) -> impl Iterator<Item = &Event> {
        self.events.iter().filter(move |e| e.ends_at >= now)
    }

    pub fn campaign_of(&self, event: &Event) -> Option<&Campaign> {
        let id = event.campaign_id?;
        self.campaigns.iter().find(|c| c.id == id)
    }
}

/// The public calendars of this process.
pub struct PublicCalendar {
    published: Arc<PublicCache<Published>>,
}

impl Default for PublicCalendar {
    fn default() -> Self {
        PublicCalendar {
            published: Arc::new(PublicCache::new(CHANNEL, "none")),
        }
    }
}

impl PublicCalendar {
    /// The cache, for [`kernel::public_cache::follow`].
    pub fn followed(&self) -> Arc<dyn Followed> {
        self.published.clone()
    }

    /// Says that a municipality's events changed; only once the change has committed.
    pub async fn changed(&self, pubsub: &PubSub, tenant: Uuid) {
        self.published.changed(pubsub, Some(tenant)).await;
    }

    /// The published events of a municipality (by ID, from the tenancy service's list).
    pub async fn of(&self, db: &Db, tenant: Uuid) -> Result<Arc<Published>> {
        self.published
            .get_or_read(Some(tenant), || async {
                let tx = db
                    .tenant(tenant, AuditContext::unaudited("public-events-calendar"))
                    .await?;
                let (events, campaigns) = published_events(&tx, Utc::now()).await?;
                tx.commit().await?;
                Ok(Published { events, campaigns })
            })
            .await
    }
}

/// An active municipality by the slug a public address names: its ID and name; none for an
/// unknown, malformed or inactive one (answered like a municipality without events).
pub async fn municipality(db: &Db, slug: &str) -> Result<Option<(Uuid, String)>> {
    let Ok(slug) = Slug::parse(slug) else {
        return Ok(None);
    };
    let tx = db.platform().await?;
    let found = tenancy::find_tenant_by_slug(&tx, &slug).await?;
    tx.commit().await?;
    Ok(found.filter(|t| t.active).map(|t| (t.id, t.name)))
}

/// The events as an iCalendar feed (RFC 5545) named after the municipality: each with a stable
/// UID, its times in UTC, place, and what it says of itself.
pub fn ics(municipality: &str, published: &Published, now: DateTime<Utc>) -> String {
    let mut calendar = Calendar::new();
    // The calendar's name is not escaped by the crate: a name keeps none of RFC 5545's
    // special characters.
    let name: String = municipality
        .chars()
        .filter(|c| !matches!(c, ',' | ';' | '\\' | '\n' | '\r'))
        .collect();
    calendar.name(&format!("Wydarzenia — {name}"));
    for e in published.upcoming(now) {
        let mut description = vec![format!("Dla kogo: {}", e.audience)];
        if let Some(c) = published.campaign_of(e) {
            description.push(format!("Kampania: {}", c.title));
        }
        if let Some(d) = &e.description {
            description.push(d.clone());
        }
        calendar.push(
            icalendar::Event::new()
                .uid(&format!("{}@ostoja", e.id))
                .summary(&e.title)
                .location(&e.place)
                .description(&description.join("\n"))
                .starts(e.starts_at)
                .ends(e.ends_at)
                // Calendar applications notice a change by these.
                .add_property(
                    "LAST-MODIFIED",
                    e.updated_at.format("%Y%m%dT%H%M%SZ").to_string(),
                )
                .add_property("SEQUENCE", e.version.to_string())
                .done(),
        );
    }
    calendar.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::EventKind;
    use chrono::TimeZone;

    fn event(title: &str, starts: DateTime<Utc>, hours: i64) -> Event {
        Event {
            id: Uuid::now_v7(),
            campaign_id: None,
            title: title.to_owned(),
            kind: EventKind::Workshop,
            starts_at: starts,
            ends_at: starts + chrono::Duration::hours(hours),
            place: "Miejski Ośrodek Kultury, ul. Słowackiego 1".to_owned(),
            audience: "rodzice".to_owned(),
            description: Some("Wstęp wolny; przemoc; \"cudzysłów\", przecinek".to_owned()),
            participants: Some(40),
            published: true,
            updated_at: starts - chrono::Duration::days(7),
            version: 2,
        }
    }

    #[test]
    fn the_feed_holds_the_events_not_over_with_their_words_escaped() {
        let now = Utc.with_ymd_and_hms(2026, 11, 26, 12, 0, 0).unwrap();
        let campaign = Campaign {
            id: Uuid::now_v7(),
            title: "Biała Wstążka 2026".to_owned(),
            starts_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
            ends_on: chrono::NaiveDate::from_ymd_opt(2026, 12, 10).unwrap(),
            description: None,
            version: 1,
        };
        let mut coming = event("Warsztaty dla rodziców", now + chrono::Duration::days(1), 2);
        coming.campaign_id = Some(campaign.id);
        let over = event(
            "Spotkanie, które już było",
            now - chrono::Duration::days(1),
            2,
        );
        let published = Published {
            events: vec![over, coming.clone()],
            campaigns: vec![campaign],
        };
        let feed = ics("Żory", &published, now);
        let unfolded = feed.replace("\r\n ", "");
        assert!(unfolded.starts_with("BEGIN:VCALENDAR"), "{feed}");
        assert!(
            unfolded.contains("SUMMARY:Warsztaty dla rodziców"),
            "{feed}"
        );
        assert!(
            unfolded.contains(&format!("UID:{}@ostoja", coming.id)),
            "{feed}"
        );
        assert!(unfolded.contains("DTSTART:20261127T120000Z"), "{feed}");
        assert!(unfolded.contains("Kampania: Biała Wstążka 2026"), "{feed}");
        // Commas and semicolons in text are escaped as RFC 5545 says.
        assert!(unfolded.contains("Wstęp wolny\\; przemoc\\;"), "{feed}");
        assert!(!unfolded.contains("już było"), "{feed}");
        assert!(unfolded.contains("SEQUENCE:2"), "{feed}");
        assert!(
            unfolded.contains("LAST-MODIFIED:20261120T120000Z"),
            "{feed}"
        );
        // A municipality's name with a comma cannot break the calendar's name line.
        let named = ics("Gmina, wiejska; test", &published, now);
        assert!(named.contains("Wydarzenia — Gmina wiejska test"), "{named}");
    }
}
