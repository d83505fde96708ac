//! The public directory: `helpPoints`, answered without any credential from a per-process
//! cache of the published points, and `helpRegions`, the places a public page is about. A
//! municipality's points are read in its own tenant transaction (row-level security holds).
//!
//! The cache of a municipality (or of the helplines) is `kernel::public_cache`: dropped once a
//! change to its points has committed, here and in every other replica ([`CHANNEL`], Redis
//! when configured, followed with `kernel::public_cache::follow`), and expiring after its TTL
//! otherwise.

use std::sync::Arc;

use async_graphql::connection::{Connection, EmptyFields};
use async_graphql::{Context, Object, SimpleObject};
use chrono::{DateTime, Utc};
use kernel::db::AuditContext;
use kernel::page::Page;
use kernel::public_cache::{Followed, PublicCache};
use kernel::pubsub::PubSub;
use kernel::request::ContextExt;
use kernel::slug::Slug;
use kernel::{Db, Error, Result};
use uuid::Uuid;

use super::objects::{HelpPointObject, HELP_POINT};
use crate::domain::HelpService;
use crate::points::HelpPoint;

/// The pub/sub channel on which every process hears that published points changed: the
/// payload is a municipality's ID, or [`HELPLINES`].
pub const CHANNEL: &str = "ostoja:directory:changed";

/// The payload on [`CHANNEL`] when the national helplines changed.
pub const HELPLINES: &str = "helplines";

/// The root fields anyone may ask without a credential and whose answers are the same for
/// everyone: the gateway lets HTTP caches keep an answer made of these alone.
pub const PUBLIC_ROOT_FIELDS: &[&str] = &["helpPoints", "helpRegions"];

/// The page size when `first` is left out.
const DEFAULT_PAGE: i32 = 20;

/// The published points, per municipality (`None`: the national helplines), as last read
/// (`kernel::public_cache`); and the directory's clock.
pub struct PublicDirectory {
    points: Arc<PublicCache<Vec<HelpPoint>>>,
    /// Set (development and tests only) to answer "open now" for a chosen instant.
    fixed_now: Option<DateTime<Utc>>,
}

impl PublicDirectory {
    /// A cache whose "now" is the system clock, or always `fixed_now` when given.
    pub fn new(fixed_now: Option<DateTime<Utc>>) -> PublicDirectory {
        PublicDirectory {
            points: Arc::new(PublicCache::new(CHANNEL, HELPLINES)),
            fixed_now,
        }
    }

    /// The instant "open now" is answered for.
    pub fn now(&self) -> DateTime<Utc> {
        self.fixed_now.unwrap_or_else(Utc::now)
    }

    /// The cache of published points, for [`kernel::public_cache::follow`].
    pub fn followed(&self) -> Arc<dyn Followed> {
        self.points.clone()
    }

    /// Says that the points of a municipality (`Some`) or the helplines (`None`) changed: drops
    /// them here and tells every process. Call it only once the change has committed.
    pub async fn changed(&self, pubsub: &PubSub, key: Option<Uuid>) {
        self.points.changed(pubsub, key).await;
    }

    async fn helplines(&self, db: &Db) -> Result<Arc<Vec<HelpPoint>>> {
        self.points
            .get_or_read(None, || async {
                let tx = db.platform().await?;
                let points = crate::points::helplines(&tx, true).await?;
                tx.commit().await?;
                Ok(points)
            })
            .await
    }

    async fn municipality(&self, db: &Db, tenant: Uuid) -> Result<Arc<Vec<HelpPoint>>> {
        self.points
            .get_or_read(Some(tenant), || async {
                // The tenant comes from the tenancy service's list, not from the client's text.
                let tx = db
                    .tenant(tenant, AuditContext::unaudited("public-help-directory"))
                    .await?;
                let points = crate::points::published_points(&tx).await?;
                tx.commit().await?;
                Ok(points)
            })
            .await
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
