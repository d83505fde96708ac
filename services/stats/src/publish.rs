//! Publishing a regional release: every sharing municipality's figures counted in its own tenant
//! transaction, the tables built and protected ([`crate::release`]), and the release written in
//! one transaction with the next number of its region. One publication runs per region at a
//! time; a published release never changes.

use chrono::{DateTime, NaiveDate, Utc};
use kernel::db::AuditContext;
use kernel::slug::Slug;
use kernel::stats::Period;
use std::sync::atomic::{AtomicUsize, Ordering};

use futures::stream::{self, StreamExt, TryStreamExt};
use futures::FutureExt;
use kernel::{Backend, Db, Error, Result};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;

use crate::disclosure;
use crate::disclosure::Cell;
use crate::local::{self, Sources};
use crate::release::{self, Division, Municipality, Released, Table, TableCell, Unit};
use crate::store::{cell, indicator, member, release as row};

/// Where a publication stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Running,
    Published,
    Failed,
}

impl Status {
    fn as_str(self) -> &'static str {
        match self {
            Status::Running => "RUNNING",
            Status::Published => "PUBLISHED",
            Status::Failed => "FAILED",
        }
    }

    fn parse(raw: &str) -> Status {
        match raw {
            "RUNNING" => Status::Running,
            "PUBLISHED" => Status::Published,
            _ => Status::Failed,
        }
    }
}

/// A release as its status shows it, without its values.
#[derive(Clone, Debug)]
pub struct Release {
    pub id: Uuid,
    pub region_id: Uuid,
    pub period: String,
    /// Given when it is published: 1, 2, … in its region.
    pub number: Option<i32>,
    pub status: Status,
    pub requested_by: String,
    pub started_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
    /// Municipalities counted so far, of `total`.
    pub done: i32,
    pub total: i32,
    /// The municipalities it aggregates, once published.
    pub municipalities: Option<i32>,
}

impl From<row::Model> for Release {
    fn from(m: row::Model) -> Self {
        Release {
            id: m.id,
            region_id: m.region_id,
            period: m.period,
            number: m.number,
            status: Status::parse(&m.status),
            requested_by: m.requested_by,
            started_at: m.started_at,
            finished_at: m.finished_at,
            done: m.done,
            total: m.total,
            municipalities: m.municipalities,
        }
    }
}

/// Told how a publication advances (a progress bar on the command line, a log line in the
/// worker).
pub trait Progress: Send + Sync {
    fn begun(&self, _municipalities: usize) {}
    fn counted(&self, _done: usize, _municipality: &str) {}
}

/// No one to tell.
pub struct Quiet;
impl Progress for Quiet {}

/// A publication whose last sign of life is older than this was cut short (a crash, a killed
/// command): it is marked failed when the next one starts.
const ABANDONED_AFTER_MINUTES: i64 = 10;

/// Municipalities counted at the same time on PostgreSQL.
const COUNTED_AT_ONCE: usize = 4;

/// Publishes a release of `period` for `region`, of the municipalities that share their
/// statistics at this moment.
pub async fn publish(
    db: &Db,
    sources: &Sources,
    region: &Slug,
    period: Period,
    today: NaiveDate,
    requested_by: &str,
    progress: &dyn Progress,
) -> Result<Release> {
    if !period.is_over(today) {
        return Err(Error::BadUserInput(format!(
            "the period {period} is not over yet: a region's releases are of periods that are over"
        )));
    }
    let tx = db.platform().await?;
    let region = tenancy::find_region_by_slug(&tx, region)
        .await?
        .ok_or_else(|| Error::BadUserInput(format!("no region has the slug '{region}'")))?;
    refuse_part_of_released(tx.conn(), region.id, period).await?;
    let sharing: Vec<tenancy::Tenant> = tenancy::list_tenants(&tx, Some(region.id))
        .await?
        .into_iter()
        .filter(|t| t.active && t.shares_statistics)
        .collect();
    tx.commit().await?;
    // With fewer, every published zero would be one municipality's own figure.
    if sharing.len() < disclosure::MIN_MUNICIPALITIES {
        return Err(Error::BadUserInput(format!(
            "only {} municipalities of the region share their statistics; a release needs at \
             least {} so that none of them can be told apart",
            sharing.len(),
            disclosure::MIN_MUNICIPALITIES
        )));
    }
    let members: Vec<Uuid> = sharing.iter().map(|t| t.id).collect();

    let id = begin(db, region.id, period, requested_by, sharing.len()).await?;
    progress.begun(sharing.len());
    let result = async {
        // A few municipalities at a time, each in its own tenant transaction on its own
        // connection; SQLite's one file gains nothing from it.
        let at_once = match db.backend() {
            Backend::Postgres => COUNTED_AT_ONCE,
            Backend::Sqlite => 1,
        };
        let done = AtomicUsize::new(0);
        let counting = Counting {
            db,
            sources,
            period,
            today,
            release: id,
            done: &done,
            progress,
        };
        let tasks: Vec<_> = sharing
            .iter()
            .enumerate()
            .map(|(i, tenant)| counting.one(i, tenant).boxed())
            .collect();
        let mut counted: Vec<(usize, Municipality)> = stream::iter(tasks)
            .buffer_unordered(at_once)
            .try_collect()
            .await?;
        counted.sort_by_key(|(i, _)| *i);
        let municipalities: Vec<Municipality> = counted.into_iter().map(|(_, m)| m).collect();
        finish(
            db,
            sources,
            id,
            region.id,
            period,
            &municipalities,
            &members,
        )
        .await
    }
    .await;
    if let Err(e) = &result {
        tracing::error!(release = %id, region = %region.slug, %period, error = %e.describe(), "publication failed");
        if let Err(e) = fail(db, id).await {
            tracing::error!(release = %id, error = %e.describe(), "marking a publication failed");
        }
    }
    result
}

/// What counting each municipality of a publication shares.
struct Counting<'a> {
    db: &'a Db,
    sources: &'a Sources,
    period: Period,
    today: NaiveDate,
    release: Uuid,
    done: &'a AtomicUsize,
    progress: &'a dyn Progress,
}

impl Counting<'_> {
    /// The `index`-th municipality's figures, counted in its tenant transaction.
    async fn one(&self, index: usize, tenant: &tenancy::Tenant) -> Result<(usize, Municipality)> {
        let tx = self
            .db
            .tenant(tenant.id, AuditContext::unaudited("stats-publish"))
            .await?;
        let counted = local::count(&tx, self.sources, self.period, self.today).await?;
        tx.commit().await?;
        let n = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        advance(self.db, self.release, n).await?;
        self.progress.counted(n, tenant.slug.as_str());
        Ok((
            index,
            Municipality {
                counted,
                publishes_own: tenant.publishes_own_statistics,
            },
        ))
    }
}

/// Records a running publication, refusing a second one in the region.
async fn begin(
    db: &Db,
    region: Uuid,
    period: Period,
    requested_by: &str,
    municipalities: usize,
) -> Result<Uuid> {
    let now = Utc::now();
    let tx = db.platform_write().await?;
    row::Entity::update_many()
        .col_expr(row::Column::Status, Expr::value(Status::Failed.as_str()))
        .col_expr(
            row::Column::Failure,
            Expr::value("abandoned: no sign of life"),
        )
        .col_expr(row::Column::FinishedAt, Expr::value(now))
        .filter(row::Column::RegionId.eq(region))
        .filter(row::Column::Status.eq(Status::Running.as_str()))
        .filter(
            row::Column::HeartbeatAt.lt(now - chrono::Duration::minutes(ABANDONED_AFTER_MINUTES)),
        )
        .exec(tx.conn())
        .await?;
    let id = Uuid::now_v7();
    let inserted = row::Entity::insert(row::ActiveModel {
        id: Set(id),
        region_id: Set(region),
        period: Set(period.to_string()),
        number: Set(None),
        status: Set(Status::Running.as_str().to_owned()),
        requested_by: Set(requested_by.to_owned()),
        started_at: Set(now),
        heartbeat_at: Set(now),
        finished_at: Set(None),
        done: Set(0),
        total: Set(i32::try_from(municipalities).unwrap_or(i32::MAX)),
        municipalities: Set(None),
        failure: Set(None),
    })
    .exec(tx.conn())
    .await;
    match inserted {
        Ok(_) => {}
        Err(e) if kernel::unique::is_unique_violation(&e) => {
            return Err(Error::Conflict(
                "a publication for this region is already running; wait for it to finish"
                    .to_owned(),
            ))
        }
        Err(e) => return Err(e.into()),
    }
    tx.commit().await?;
    Ok(id)
}

async fn advance(db: &Db, id: Uuid, done: usize) -> Result<()> {
    let tx = db.platform_write().await?;
    row::Entity::update_many()
        .col_expr(
            row::Column::Done,
            Expr::value(i32::try_from(done).unwrap_or(i32::MAX)),
        )
        .col_expr(row::Column::HeartbeatAt, Expr::value(Utc::now()))
        .filter(row::Column::Id.eq(id))
        .filter(row::Column::Status.eq(Status::Running.as_str()))
        // Counted a few at a time, their reports may cross.
        .filter(row::Column::Done.lt(i32::try_from(done).unwrap_or(i32::MAX)))
        .exec(tx.conn())
        .await?;
    tx.commit().await
}

async fn fail(db: &Db, id: Uuid) -> Result<()> {
    let tx = db.platform_write().await?;
    row::Entity::update_many()
        .col_expr(row::Column::Status, Expr::value(Status::Failed.as_str()))
        .col_expr(row::Column::Failure, Expr::value("failed; see the log"))
        .col_expr(row::Column::FinishedAt, Expr::value(Utc::now()))
        .filter(row::Column::Id.eq(id))
        .filter(row::Column::Status.eq(Status::Running.as_str()))
        .exec(tx.conn())
        .await?;
    tx.commit().await
}

/// Refuses a period a part of a released one: the longer period's published cells less this
/// one's would give its hidden cells away, and that release cannot change any more.
async fn refuse_part_of_released(
    conn: &impl ConnectionTrait,
    region: Uuid,
    period: Period,
) -> Result<()> {
    if let Some(longer) = published(conn, region, None)
        .await?
        .iter()
        .filter_map(|r| r.period.parse::<Period>().ok())
        .find(|p| p.encloses(&period))
    {
        return Err(Error::BadUserInput(format!(
            "{longer} is published already: {period}, a part of it, can no longer be released \
             (the difference would give hidden figures away)"
        )));
    }
    Ok(())
}

/// An earlier release with its tables, and whether fewer than 3 municipalities joined or left
/// between it and a release of `members`.
async fn released(
    conn: &impl ConnectionTrait,
    release: &Release,
    members: &[Uuid],
) -> Result<Released> {
    let before: Vec<Uuid> = member::Entity::find()
        .select_only()
        .column(member::Column::MunicipalityId)
        .filter(member::Column::ReleaseId.eq(release.id))
        .into_tuple()
        .all(conn)
        .await?;
    let changed = members.iter().filter(|m| !before.contains(m)).count()
        + before.iter().filter(|m| !members.contains(m)).count();
    Ok(Released {
        tables: tables(conn, release.id).await?,
        few_changed: (1..disclosure::MIN_MUNICIPALITIES).contains(&changed),
    })
}

/// The latest release of `part`, if any.
async fn latest(
    conn: &impl ConnectionTrait,
    region: Uuid,
    part: Period,
    members: &[Uuid],
) -> Result<Option<Released>> {
    match published(conn, region, Some(&part.to_string()))
        .await?
        .first()
    {
        Some(r) => Ok(Some(released(conn, r, members).await?)),
        None => Ok(None),
    }
}

/// The divisions of `period` by its released parts: a year by its quarters, by its months, and
/// by each quarter's release or else its months' (the finest cover a reader holds).
async fn divisions(
    conn: &impl ConnectionTrait,
    region: Uuid,
    period: Period,
    members: &[Uuid],
) -> Result<Vec<Division>> {
    let mut out: Vec<Division> = Vec::new();
    for division in period.partitions() {
        let mut parts = Vec::new();
        for part in division {
            parts.push(latest(conn, region, part, members).await?);
        }
        out.push(parts);
    }
    if matches!(period.kind(), kernel::stats::PeriodKind::Year) {
        let mut finest = Vec::new();
        for quarter in period.partitions().into_iter().next().unwrap_or_default() {
            match latest(conn, region, quarter, members).await? {
                Some(q) => finest.push(Some(q)),
                None => {
                    for month in quarter.months() {
                        finest.push(latest(conn, region, month, members).await?);
                    }
                }
            }
        }
        out.push(finest);
    }
    Ok(out)
}

/// Builds the tables against the earlier releases of the period and writes them, numbered.
async fn finish(
    db: &Db,
    sources: &Sources,
    id: Uuid,
    region: Uuid,
    period: Period,
    municipalities: &[Municipality],
    members: &[Uuid],
) -> Result<Release> {
    let tx = db.platform_write().await?;
    let conn = tx.conn();
    // Again, now that no other publication of the region can run: one of the longer period
    // may have finished since the first check.
    refuse_part_of_released(conn, region, period).await?;
    let mut earlier = Vec::new();
    for before in published(conn, region, Some(&period.to_string())).await? {
        earlier.push(released(conn, &before, members).await?);
    }
    let parts = divisions(conn, region, period, members).await?;
    let tables = release::build(
        &sources.indicators(),
        &sources.shares(),
        municipalities,
        &earlier,
        &parts,
    );
    write_tables(conn, id, &tables).await?;
    member::Entity::insert_many(members.iter().map(|m| member::ActiveModel {
        release_id: Set(id),
        municipality_id: Set(*m),
    }))
    .exec(conn)
    .await?;
    let last: Option<Option<i32>> = row::Entity::find()
        .select_only()
        .column_as(row::Column::Number.max(), "n")
        .filter(row::Column::RegionId.eq(region))
        .into_tuple()
        .one(conn)
        .await?;
    let number = last.flatten().unwrap_or(0) + 1;
    let count = i32::try_from(municipalities.len()).unwrap_or(i32::MAX);
    let now = Utc::now();
    let updated = row::Entity::update_many()
        .col_expr(row::Column::Status, Expr::value(Status::Published.as_str()))
        .col_expr(row::Column::Number, Expr::value(number))
        .col_expr(row::Column::Municipalities, Expr::value(count))
        .col_expr(row::Column::FinishedAt, Expr::value(now))
        .col_expr(row::Column::HeartbeatAt, Expr::value(now))
        .filter(row::Column::Id.eq(id))
        .filter(row::Column::Status.eq(Status::Running.as_str()))
        .exec(conn)
        .await
        .map_err(|e| {
            if kernel::unique::is_unique_violation(&e) {
                Error::Conflict("another publication took this release's number".to_owned())
            } else {
                e.into()
            }
        })?;
    if updated.rows_affected != 1 {
        return Err(Error::Conflict(
            "the publication was marked abandoned before it finished".to_owned(),
        ));
    }
    let done = row::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or_else(|| Error::internal("a publication vanished while finishing"))?;
    tx.commit().await?;
    Ok(done.into())
}

async fn write_tables(conn: &impl ConnectionTrait, id: Uuid, tables: &[Table]) -> Result<()> {
    let indicators = tables
        .iter()
        .enumerate()
        .map(|(i, t)| indicator::ActiveModel {
            release_id: Set(id),
            key: Set(t.key.clone()),
            position: Set(i32::try_from(i).unwrap_or(i32::MAX)),
            label: Set(t.label.clone()),
            dimensions: Set(t.dimensions.join(",")),
            unit: Set(t.unit.as_str().to_owned()),
            cumulative: Set(t.cumulative),
        });
    indicator::Entity::insert_many(indicators)
        .exec(conn)
        .await?;
    let cells: Vec<cell::ActiveModel> = tables
        .iter()
        .flat_map(|t| {
            t.cells.iter().enumerate().map(move |(i, c)| {
                let (value, rule) = match c.cell {
                    Cell::Value(v) => (Some(v), None),
                    Cell::Suppressed(r) => (None, Some(release::rule_code(r).to_owned())),
                };
                cell::ActiveModel {
                    release_id: Set(id),
                    indicator: Set(t.key.clone()),
                    position: Set(i32::try_from(i).unwrap_or(i32::MAX)),
                    row_value: Set(c.row.clone()),
                    col_value: Set(c.col.clone()),
                    value: Set(value),
                    rule: Set(rule),
                }
            })
        })
        .collect();
    for chunk in cells.chunks(500) {
        cell::Entity::insert_many(chunk.to_vec()).exec(conn).await?;
    }
    Ok(())
}

/// The published releases of a region (of one period, if given), the latest first.
pub async fn published(
    conn: &impl ConnectionTrait,
    region: Uuid,
    period: Option<&str>,
) -> Result<Vec<Release>> {
    let mut query = row::Entity::find()
        .filter(row::Column::RegionId.eq(region))
        .filter(row::Column::Status.eq(Status::Published.as_str()));
    if let Some(period) = period {
        query = query.filter(row::Column::Period.eq(period));
    }
    Ok(query
        .order_by_desc(row::Column::Number)
        .all(conn)
        .await?
        .into_iter()
        .map(Release::from)
        .collect())
}

/// Every publication of a region, running and failed ones too, the latest first.
pub async fn publications(conn: &impl ConnectionTrait, region: Uuid) -> Result<Vec<Release>> {
    Ok(row::Entity::find()
        .filter(row::Column::RegionId.eq(region))
        .order_by_desc(row::Column::StartedAt)
        .all(conn)
        .await?
        .into_iter()
        .map(Release::from)
        .collect())
}

/// A release's tables, as published.
pub async fn tables(conn: &impl ConnectionTrait, release: Uuid) -> Result<Vec<Table>> {
    let indicators = indicator::Entity::find()
        .filter(indicator::Column::ReleaseId.eq(release))
        .order_by_asc(indicator::Column::Position)
        .all(conn)
        .await?;
    let cells = cell::Entity::find()
        .filter(cell::Column::ReleaseId.eq(release))
        .order_by_asc(cell::Column::Indicator)
        .order_by_asc(cell::Column::Position)
        .all(conn)
        .await?;
    indicators
        .into_iter()
        .map(|i| {
            let cells = cells
                .iter()
                .filter(|c| c.indicator == i.key)
                .map(|c| {
                    let cell = match (c.value, c.rule.as_deref().and_then(release::parse_rule)) {
                        (Some(v), None) => Cell::Value(v),
                        (None, Some(rule)) => Cell::Suppressed(rule),
                        _ => {
                            return Err(Error::internal("a release cell is neither value nor rule"))
                        }
                    };
                    Ok(TableCell {
                        row: c.row_value.clone(),
                        col: c.col_value.clone(),
                        cell,
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            Ok(Table {
                unit: Unit::parse(&i.unit)
                    .ok_or_else(|| Error::internal("a release table of an unknown unit"))?,
                dimensions: i
                    .dimensions
                    .split(',')
                    .filter(|d| !d.is_empty())
                    .map(str::to_owned)
                    .collect(),
                key: i.key,
                label: i.label,
                cumulative: i.cumulative,
                cells,
            })
        })
        .collect()
}
