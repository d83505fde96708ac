//! The public directory: `helpPoints`, answered without any credential from a per-process
//! cache of the published points, and `helpRegions`, the places a public page is about. A
//! municipality's points are read in its own tenant transaction (row-level security holds).
//!
//! The cache of a municipality (or of the helplines) is dropped once a change to its points has
//! committed: in this process at once, and in every other replica through the kernel's pub/sub
//! ([`CHANNEL`], Redis when configured), which each process follows with [`follow_changes`]. A
//! list read before a commit is never stored after the invalidation that follows it. When the
//! subscription is lost (Redis down), every entry still expires after [`TTL`], which bounds how
//! long a replica may show an older list; on subscribing again the process drops everything.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use async_graphql::connection::{Connection, EmptyFields};
use async_graphql::{Context, Object, SimpleObject};
use chrono::{DateTime, Utc};
use futures::StreamExt;
use kernel::db::AuditContext;
use kernel::page::Page;
use kernel::pubsub::PubSub;
use kernel::request::ContextExt;
use kernel::slug::Slug;
use kernel::{Db, Error, Result};
use uuid::Uuid;

use super::objects::{HelpPointObject, HELP_POINT};
use crate::domain::HelpService;
use crate::points::HelpPoint;

/// How long a cached list is served before it is read again.
pub const TTL: Duration = Duration::from_secs(60);

/// The pub/sub channel on which every process hears that published points changed: the
/// payload is a municipality's ID, or [`HELPLINES`].
pub const CHANNEL: &str = "ostoja:directory:changed";

/// The payload on [`CHANNEL`] when the national helplines changed.
pub const HELPLINES: &str = "helplines";

/// The first wait before subscribing again after the subscription failed or ended; it doubles
/// up to [`RETRY_MAX`].
const RETRY_MIN: Duration = Duration::from_secs(1);
const RETRY_MAX: Duration = Duration::from_secs(30);

/// The root fields anyone may ask without a credential and whose answers are the same for
/// everyone: the gateway lets HTTP caches keep an answer made of these alone.
pub const PUBLIC_ROOT_FIELDS: &[&str] = &["helpPoints", "helpRegions"];

/// The page size when `first` is left out.
const DEFAULT_PAGE: i32 = 20;

/// `None`: the national helplines; `Some(tenant)`: a municipality's published points.
type Key = Option<Uuid>;

/// A list as read, and when.
type Entry = (Instant, Arc<Vec<HelpPoint>>);

/// The cached lists, and a counter of invalidations: a list is stored only if no invalidation
/// happened since its reading began (it might hold rows older than the change).
#[derive(Default)]
struct Entries {
    lists: HashMap<Key, Entry>,
    generation: u64,
}

/// The published points, per municipality, as last read; and the directory's clock.
#[derive(Default)]
pub struct PublicDirectory {
    entries: RwLock<Entries>,
    /// Set (development and tests only) to answer "open now" for a chosen instant.
    fixed_now: Option<DateTime<Utc>>,
}

/// What a message on [`CHANNEL`] says changed; `None` for a message of no known form.
fn parse_change(payload: &str) -> Option<Key> {
    if payload == HELPLINES {
        return Some(None);
    }
    Uuid::parse_str(payload).ok().map(Some)
}

fn change_payload(key: Key) -> String {
    key.map_or_else(|| HELPLINES.to_owned(), |tenant| tenant.to_string())
}

impl PublicDirectory {
    /// A cache whose "now" is the system clock, or always `fixed_now` when given.
    pub fn new(fixed_now: Option<DateTime<Utc>>) -> PublicDirectory {
        PublicDirectory {
            entries: RwLock::default(),
            fixed_now,
        }
    }

    /// The instant "open now" is answered for.
    pub fn now(&self) -> DateTime<Utc> {
        self.fixed_now.unwrap_or_else(Utc::now)
    }

    fn cached(&self, key: Key) -> Option<Arc<Vec<HelpPoint>>> {
        let entries = self.entries.read().ok()?;
        let (at, points) = entries.lists.get(&key)?;
        (at.elapsed() < TTL).then(|| points.clone())
    }

    /// The generation a reading starts at, for [`PublicDirectory::store`].
    fn generation(&self) -> u64 {
        self.entries
            .read()
            .map(|e| e.generation)
            .unwrap_or(u64::MAX)
    }

    /// Keeps a list read from `generation` on, unless something was invalidated meanwhile.
    fn store(&self, key: Key, generation: u64, points: Arc<Vec<HelpPoint>>) {
        if let Ok(mut entries) = self.entries.write() {
            if entries.generation == generation {
                entries.lists.insert(key, (Instant::now(), points));
            }
        }
    }

    /// Drops what is cached for a municipality (`Some`) or for the helplines (`None`).
    pub fn invalidate(&self, key: Key) {
        if let Ok(mut entries) = self.entries.write() {
            entries.lists.remove(&key);
            entries.generation = entries.generation.wrapping_add(1);
        }
    }

    /// Drops every cached list.
    pub fn invalidate_all(&self) {
        if let Ok(mut entries) = self.entries.write() {
            entries.lists.clear();
            entries.generation = entries.generation.wrapping_add(1);
        }
    }

    /// Says that the points of a municipality (`Some`) or the helplines (`None`) changed: drops
    /// them here and tells every process. Call it only once the change has committed. A
    /// message that cannot be published is logged: other replicas then serve their lists until
    /// [`TTL`] ends.
    pub async fn changed(&self, pubsub: &PubSub, key: Key) {
        self.invalidate(key);
        if let Err(e) = pubsub.publish(CHANNEL, &change_payload(key)).await {
            e.log_if_internal();
        }
    }

    /// Applies one message of [`CHANNEL`]; one of no known form drops everything.
    fn heard(&self, payload: &str) {
        match parse_change(payload) {
            Some(key) => self.invalidate(key),
            None => self.invalidate_all(),
        }
    }

    async fn helplines(&self, db: &Db) -> Result<Arc<Vec<HelpPoint>>> {
        if let Some(found) = self.cached(None) {
            return Ok(found);
        }
        let generation = self.generation();
        let tx = db.platform().await?;
        let points = Arc::new(crate::points::helplines(&tx, true).await?);
        tx.commit().await?;
        self.store(None, generation, points.clone());
        Ok(points)
    }

    async fn municipality(&self, db: &Db, tenant: Uuid) -> Result<Arc<Vec<HelpPoint>>> {
        if let Some(found) = self.cached(Some(tenant)) {
            return Ok(found);
        }
        let generation = self.generation();
        // The tenant comes from the tenancy service's list, not from the client's text.
        let tx = db
            .tenant(tenant, AuditContext::unaudited("public-help-directory"))
            .await?;
        let points = Arc::new(crate::points::published_points(&tx).await?);
        tx.commit().await?;
        self.store(Some(tenant), generation, points.clone());
        Ok(points)
    }
}

/// Follows [`CHANNEL`] for as long as the process runs, dropping what other processes (and
/// this one) changed. Started once per process, with the server. When the subscription cannot
/// be made or ends (a lost Redis connection), it subscribes again after a growing pause, and
/// drops every list on subscribing, since changes made meanwhile were not heard; until then
/// [`TTL`] bounds how old a list may be.
pub async fn follow_changes(directory: Arc<PublicDirectory>, pubsub: PubSub) {
    let mut wait = RETRY_MIN;
    loop {
        match pubsub.subscribe(CHANNEL).await {
            Ok(mut changes) => {
                wait = RETRY_MIN;
                directory.invalidate_all();
                while let Some(payload) = changes.next().await {
                    directory.heard(&payload);
                }
                tracing::warn!(
                    "the public directory no longer hears of changes; its lists expire after {} s until it subscribes again",
                    TTL.as_secs()
                );
            }
            Err(e) => e.log_if_internal(),
        }
        tokio::time::sleep(wait).await;
        wait = (wait * 2).min(RETRY_MAX);
    }
}

/// The directory cache of this process, as the gateway registered it.
pub fn directory<'a>(ctx: &'a Context<'_>) -> Result<&'a Arc<PublicDirectory>> {
    ctx.data::<Arc<PublicDirectory>>()
        .map_err(|_| Error::internal("the public directory cache is not registered"))
}

/// The active municipalities asked for: one by slug, those of a region, or all. An unknown
/// or inactive one is no municipality (an empty list, not an error).
async fn municipalities(
    db: &Db,
    municipality: Option<&str>,
    region: Option<&str>,
) -> Result<Vec<Uuid>> {
    let tx = db.platform().await?;
    let region_id = match region {
        None => None,
        Some(raw) => match Slug::parse(raw).ok() {
            Some(slug) => match tenancy::find_region_by_slug(&tx, &slug).await? {
                Some(r) => Some(r.id),
                None => return Ok(Vec::new()),
            },
            None => return Ok(Vec::new()),
        },
    };
    let tenants = match municipality {
        Some(raw) => match Slug::parse(raw).ok() {
            Some(slug) => tenancy::find_tenant_by_slug(&tx, &slug)
                .await?
                .into_iter()
                .filter(|t| region_id.is_none_or(|r| t.region_id == r))
                .collect(),
            None => Vec::new(),
        },
        None => tenancy::list_tenants(&tx, region_id).await?,
    };
    tx.commit().await?;
    Ok(tenants
        .into_iter()
        .filter(|t| t.active)
        .map(|t| t.id)
        .collect())
}

/// Gmina w informatorze — an active municipality as the public directory names it.
#[derive(SimpleObject)]
pub struct HelpMunicipality {
    /// The identifier in `helpPoints(municipality:)` and in the page's address.
    pub slug: String,
    pub name: String,
}

/// Województwo w informatorze — a region with its active municipalities, by name.
#[derive(SimpleObject)]
pub struct HelpRegion {
    /// The identifier in `helpPoints(region:)` and in the page's address.
    pub slug: String,
    pub name: String,
    pub municipalities: Vec<HelpMunicipality>,
}

/// Every region that has an active municipality, by name, each with those municipalities.
async fn regions(db: &Db) -> Result<Vec<HelpRegion>> {
    let tx = db.platform().await?;
    let regions = tenancy::list_regions(&tx).await?;
    let tenants = tenancy::list_tenants(&tx, None).await?;
    tx.commit().await?;
    let mut found: Vec<HelpRegion> = regions
        .into_iter()
        .map(|r| {
            let mut municipalities: Vec<HelpMunicipality> = tenants
                .iter()
                .filter(|t| t.active && t.region_id == r.id)
                .map(|t| HelpMunicipality {
                    slug: t.slug.as_str().to_owned(),
                    name: t.name.clone(),
                })
                .collect();
            municipalities.sort_by(|a, b| a.name.cmp(&b.name));
            HelpRegion {
                slug: r.slug.as_str().to_owned(),
                name: r.name,
                municipalities,
            }
        })
        .filter(|r| !r.municipalities.is_empty())
        .collect();
    found.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(found)
}

#[derive(Default)]
pub struct DirectoryPublicQuery;

#[Object]
impl DirectoryPublicQuery {
    /// Obszary informatora — the regions and their active municipalities, by name: what a
    /// public page of the directory may be about. Needs no sign-in; names and slugs only.
    async fn help_regions(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<HelpRegion>> {
        let req = ctx.request()?;
        Ok(regions(req.db()).await?)
    }

    /// Informator — published help points, the national helplines first, then the
    /// municipalities' points, those open now first, each group by name. Needs no sign-in. `municipality` and `region` are slugs;
    /// `openNow` counts Warsaw time, public holidays and exceptions. `first`
    /// is 1 to 100, 20 when left out.
    #[allow(clippy::too_many_arguments)]
    #[graphql(
        complexity = "first.unwrap_or(DEFAULT_PAGE).clamp(1, 100) as usize * child_complexity"
    )]
    async fn help_points(
        &self,
        ctx: &Context<'_>,
        municipality: Option<String>,
        region: Option<String>,
        service: Option<HelpService>,
        open_now: Option<bool>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, HelpPointObject, EmptyFields, EmptyFields>> {
        let page = Page::parse(first.unwrap_or(DEFAULT_PAGE), after.as_deref(), HELP_POINT)?;
        let req = ctx.request()?;
        let cache = directory(ctx)?;
        let db = req.db();
        let mut lists = vec![cache.helplines(db).await?];
        for tenant in municipalities(db, municipality.as_deref(), region.as_deref()).await? {
            lists.push(cache.municipality(db, tenant).await?);
        }
        let now = cache.now();
        let matching = lists.iter().flat_map(|l| l.iter()).filter(|p| {
            service.is_none_or(|s| p.details.services.contains(&s))
                && open_now.is_none_or(|open| p.details.hours.is_open_at(now) == open)
        });
        // The national helplines first, as the contract says; then the municipalities' places,
        // those open now first, across pages; the directory's order within each group (a stable
        // sort). A place that opens or closes between two pages may move from one group to the
        // other: the cursor is a point, so the next page starts after it wherever it now is.
        let mut rest: Vec<&HelpPoint> = matching.collect();
        rest.sort_by_key(|p| (p.tenant.is_some(), !p.details.hours.is_open_at(now)));
        // The page starts after the cursor's point; a cursor no longer in the list starts over.
        if let Some(after) = page.after() {
            if let Some(i) = rest.iter().position(|p| p.id == after) {
                rest.drain(..=i);
            }
        }
        rest.truncate(page.first() + 1);
        Ok(page.connection(
            rest,
            |p| p.id,
            |p| HelpPointObject {
                point: Arc::new(p.clone()),
                now,
                staff: false,
            },
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list() -> Arc<Vec<HelpPoint>> {
        Arc::new(Vec::new())
    }

    #[test]
    fn a_list_read_before_an_invalidation_is_not_kept() {
        let directory = PublicDirectory::new(None);
        let tenant = Some(Uuid::new_v4());
        // A public read begins, the editor's change commits and invalidates, the read ends.
        let began = directory.generation();
        directory.invalidate(tenant);
        directory.store(tenant, began, list());
        assert!(directory.cached(tenant).is_none());
        // A read begun after the invalidation is kept.
        let began = directory.generation();
        directory.store(tenant, began, list());
        assert!(directory.cached(tenant).is_some());
    }

    #[test]
    fn messages_drop_the_municipality_the_helplines_or_everything() {
        let directory = PublicDirectory::new(None);
        let (a, b) = (Uuid::new_v4(), Uuid::new_v4());
        let fill = |d: &PublicDirectory| {
            for key in [None, Some(a), Some(b)] {
                d.store(key, d.generation(), list());
            }
        };
        fill(&directory);
        directory.heard(&a.to_string());
        assert!(directory.cached(Some(a)).is_none());
        assert!(directory.cached(Some(b)).is_some() && directory.cached(None).is_some());
        fill(&directory);
        directory.heard(HELPLINES);
        assert!(directory.cached(None).is_none());
        assert!(directory.cached(Some(a)).is_some() && directory.cached(Some(b)).is_some());
        fill(&directory);
        directory.heard("not a change");
        assert!([None, Some(a), Some(b)]
            .iter()
            .all(|k| directory.cached(*k).is_none()));
        assert_eq!(parse_change(&change_payload(Some(b))), Some(Some(b)));
        assert_eq!(parse_change(&change_payload(None)), Some(None));
    }

    /// Two caches following one bus stand for two processes: a change told by one reaches
    /// the other.
    #[tokio::test]
    async fn a_change_in_one_process_drops_the_other_processes_list() {
        let pubsub = PubSub::local();
        let (here, there) = (
            Arc::new(PublicDirectory::new(None)),
            Arc::new(PublicDirectory::new(None)),
        );
        let following = tokio::spawn(follow_changes(there.clone(), pubsub.clone()));
        let tenant = Some(Uuid::new_v4());
        let deadline = Instant::now() + Duration::from_secs(10);
        let dropped = |d: Arc<PublicDirectory>| async move {
            while d.cached(tenant).is_some() {
                assert!(Instant::now() < deadline, "the list was never dropped");
                tokio::task::yield_now().await;
            }
        };
        // Subscribing, the follower drops everything (changes before it were not heard).
        there.store(tenant, there.generation(), list());
        dropped(there.clone()).await;
        there.store(tenant, there.generation(), list());
        here.store(tenant, here.generation(), list());
        here.changed(&pubsub, tenant).await;
        assert!(here.cached(tenant).is_none());
        dropped(there.clone()).await;
        following.abort();
    }
}
