//! A region's published releases: the latest release of a period for the region's
//! coordinators, read as the `ostoja_region` role, and every publication's status (never its
//! values) for them and the operators.

use async_graphql::{Context, Enum, Object, SimpleObject};
use chrono::{DateTime, Utc};
use kernel::principal::{CoordinatorPrincipal, Principal};
use kernel::request::ContextExt;
use kernel::slug::Slug;
use kernel::Error;
use uuid::Uuid;

use super::{ExportFormat, StatisticsBreakdown, StatisticsFile};
use crate::disclosure::{Cell, Rule};
use crate::export;
use crate::local;
use crate::local::Sources;
use crate::publish::{self, Release, Status};
use crate::release::{Table, Unit};
use crate::trail;

#[derive(Default)]
pub struct RegionalQuery;

#[Object]
impl RegionalQuery {
    /// Statystyka regionu — the latest published release of a period (`2026`, `2026-Q3`,
    /// `2026-09`) for a region the coordinator coordinates, or null while none is published.
    /// Another region answers like an unknown one. Suppressed cells carry the rule, never a
    /// value.
    async fn region_statistics(
        &self,
        ctx: &Context<'_>,
        region: String,
        period: String,
    ) -> async_graphql::Result<Option<RegionStatistics>> {
        let Some((coordinator, release, tables)) = latest(ctx, &region, &period).await? else {
            return Ok(None);
        };
        Ok(Some(RegionStatistics {
            region: coordinator.region_slug.to_string(),
            release: StatisticsRelease(release),
            tables,
        }))
    }

    /// Eksport statystyki regionu — the latest release of a period as a file (CSV or XLSX),
    /// hidden cells with their reasons, never values; null while none is published. For the
    /// region's coordinators; each export is recorded, with who asked, in the trail the
    /// operators read (`statisticsExports`) before the file is answered.
    async fn region_statistics_export(
        &self,
        ctx: &Context<'_>,
        region: String,
        period: String,
        format: ExportFormat,
    ) -> async_graphql::Result<Option<StatisticsFile>> {
        let Some((coordinator, release, tables)) = latest(ctx, &region, &period).await? else {
            return Ok(None);
        };
        let req = ctx.request()?;
        // Coordinators have no municipality's trail: the export is in the region's.
        let export = trail::Export {
            release: release.id,
            coordinator: coordinator.login.clone(),
            format: export::Format::from(format).extension().to_owned(),
            request_id: req.audit_context().request_id,
            exported_at: Utc::now(),
        };
        trail::record(req.db(), coordinator.region, &export).await?;
        let sources = ctx.data::<Sources>()?;
        let rows = export::release_rows(&tables, sources);
        let name = format!(
            "statystyka-{}-{}-wydanie-{}",
            coordinator.region_slug,
            release.period,
            release.number.unwrap_or_default()
        );
        Ok(Some(StatisticsFile::of(format, &name, &rows)?))
    }

    /// Eksporty statystyk regionu — the latest exports of a region's releases (at most
    /// `first`, 50 unless given, up to 500), the latest first: who, when, which release, which
    /// format. For the operators.
    async fn statistics_exports(
        &self,
        ctx: &Context<'_>,
        region: String,
        first: Option<i32>,
    ) -> async_graphql::Result<Vec<StatisticsExport>> {
        let req = ctx.request()?;
        req.principal.require_operator()?;
        let limit = match first {
            None => 50,
            Some(n @ 1..=500) => n as u64,
            Some(_) => {
                return Err(
                    Error::BadUserInput("first must be between 1 and 500".to_owned()).into(),
                )
            }
        };
        let slug = Slug::parse(&region).map_err(|_| Error::NotFound)?;
        let tx = req.db().platform().await?;
        let region = tenancy::find_region_by_slug(&tx, &slug)
            .await?
            .ok_or(Error::NotFound)?;
        let releases = publish::publications(tx.conn(), region.id).await?;
        tx.commit().await?;
        let exports = trail::exports(req.db(), region.id, limit).await?;
        Ok(exports
            .into_iter()
            .filter_map(|e| {
                let release = releases.iter().find(|r| r.id == e.release)?;
                Some(StatisticsExport {
                    release_number: release.number.unwrap_or_default(),
                    period: release.period.clone(),
                    coordinator: e.coordinator,
                    format: e.format.to_uppercase(),
                    request_id: e.request_id,
                    exported_at: e.exported_at,
                })
            })
            .collect())
    }

    /// Publikacje statystyk regionu — every publication of a region, the latest first: its
    /// status and progress, never its values. For the region's coordinators and the operators.
    async fn statistics_releases(
        &self,
        ctx: &Context<'_>,
        region: String,
    ) -> async_graphql::Result<Vec<StatisticsRelease>> {
        let req = ctx.request()?;
        let list = match &req.principal {
            Principal::Coordinator(_) => {
                let region = own_region(&req.principal, &region).ok_or(Error::NotFound)?;
                let tx = req.db().regional(region).await?;
                publish::publications(tx.conn(), region).await?
            }
            Principal::Operator(_) => {
                let slug = Slug::parse(&region).map_err(|_| Error::NotFound)?;
                let tx = req.db().platform().await?;
                let region = tenancy::find_region_by_slug(&tx, &slug)
                    .await?
                    .ok_or(Error::NotFound)?;
                let list = publish::publications(tx.conn(), region.id).await?;
                tx.commit().await?;
                list
            }
            other => {
                return Err(other
                    .forbidden_unless_anonymous("regional coordinator or platform operator")
                    .into())
            }
        };
        Ok(list.into_iter().map(StatisticsRelease).collect())
    }
}

/// The latest release of `period` for the coordinator of `region`, read as `ostoja_region`:
/// the coordinator, the release and its tables; `None` while none is published.
async fn latest(
    ctx: &Context<'_>,
    region: &str,
    period: &str,
) -> kernel::Result<Option<(CoordinatorPrincipal, Release, Vec<Table>)>> {
    let req = ctx.request()?;
    let coordinator = req.principal.require_coordinator()?;
    let period = local::period(period, kernel::calendar::today())?;
    let region = own_region(&req.principal, region).ok_or(Error::NotFound)?;
    let tx = req.db().regional(region).await?;
    let Some(release) = publish::published(tx.conn(), region, Some(&period.to_string()))
        .await?
        .into_iter()
        .next()
    else {
        return Ok(None);
    };
    let tables = publish::tables(tx.conn(), release.id).await?;
    Ok(Some((coordinator.clone(), release, tables)))
}

/// The coordinator's region, if `slug` names it.
fn own_region(principal: &Principal, slug: &str) -> Option<Uuid> {
    let coordinator = principal.coordinator()?;
    (coordinator.region_slug.as_str() == slug.trim()).then_some(coordinator.region)
}

/// Eksport statystyki regionu — one coordinator's export of a release.
#[derive(SimpleObject)]
pub struct StatisticsExport {
    release_number: i32,
    period: String,
    /// The coordinator's login.
    coordinator: String,
    /// `CSV` or `XLSX`.
    format: String,
    /// The request that asked for it, as in the server's log.
    request_id: Option<String>,
    exported_at: DateTime<Utc>,
}

pub struct RegionStatistics {
    region: String,
    release: StatisticsRelease,
    tables: Vec<Table>,
}

/// Statystyka regionu — one published release: its tables after disclosure control.
#[Object]
impl RegionStatistics {
    /// The region's slug.
    async fn region(&self) -> &str {
        &self.region
    }

    /// The period as asked for (`2026-Q3`).
    async fn period(&self) -> &str {
        &self.release.0.period
    }

    /// The release these figures are from.
    async fn release(&self) -> &StatisticsRelease {
        &self.release
    }

    /// Every indicator of the release, as published.
    async fn indicators(&self) -> Vec<RegionIndicator> {
        self.tables.iter().map(RegionIndicator::from).collect()
    }
}

pub struct StatisticsRelease(Release);

/// Wydanie statystyk — a publication of a region's statistics and where it stands.
#[Object]
impl StatisticsRelease {
    /// 1, 2, … in the region, once published.
    async fn number(&self) -> Option<i32> {
        self.0.number
    }

    async fn period(&self) -> &str {
        &self.0.period
    }

    async fn status(&self) -> ReleaseStatus {
        match self.0.status {
            Status::Running => ReleaseStatus::Running,
            Status::Published => ReleaseStatus::Published,
            Status::Failed => ReleaseStatus::Failed,
        }
    }

    /// Who asked for it: `command line`, `worker`.
    async fn requested_by(&self) -> &str {
        &self.0.requested_by
    }

    async fn started_at(&self) -> DateTime<Utc> {
        self.0.started_at
    }

    /// When it was published, or failed.
    async fn finished_at(&self) -> Option<DateTime<Utc>> {
        self.0.finished_at
    }

    /// Municipalities counted so far.
    async fn done(&self) -> i32 {
        self.0.done
    }

    /// Municipalities to count.
    async fn total(&self) -> i32 {
        self.0.total
    }

    /// The municipalities it aggregates, once published.
    async fn municipalities(&self) -> Option<i32> {
        self.0.municipalities
    }
}

/// Stan publikacji.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum ReleaseStatus {
    Running,
    Published,
    Failed,
}

/// Jednostka wskaźnika.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum StatisticsUnit {
    /// A count.
    Count,
    /// A share in percent, rounded.
    Percent,
}

/// Why a cell is not published.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum SuppressionRule {
    /// A count of 1–9 (`<10`).
    Primary,
    /// Fewer than 3 municipalities contribute.
    FewMunicipalities,
    /// One municipality contributes more than 80%.
    Dominance,
    /// Hidden so that another hidden cell cannot be recomputed from the totals.
    Secondary,
    /// A share derived from a hidden count.
    Derived,
    /// It differs from an earlier release of the same period by 1–9.
    Differencing,
}

impl From<Rule> for SuppressionRule {
    fn from(rule: Rule) -> Self {
        match rule {
            Rule::Primary => SuppressionRule::Primary,
            Rule::FewMunicipalities => SuppressionRule::FewMunicipalities,
            Rule::Dominance => SuppressionRule::Dominance,
            Rule::Secondary => SuppressionRule::Secondary,
            Rule::Derived => SuppressionRule::Derived,
            Rule::Differencing => SuppressionRule::Differencing,
        }
    }
}

/// Wskaźnik regionu — one indicator of a release.
#[derive(SimpleObject)]
pub struct RegionIndicator {
    key: String,
    label: String,
    /// The dimensions its cells are broken down by, in order.
    dimensions: Vec<String>,
    unit: StatisticsUnit,
    /// Whether values add up over time (things that happened in the period).
    cumulative: bool,
    /// Every published combination with its totals (a total leaves its dimension out of the
    /// breakdown); a combination not listed is zero.
    cells: Vec<RegionCell>,
}

/// Komórka — a value, or a suppressed cell with the rule that suppressed it.
#[derive(SimpleObject)]
pub struct RegionCell {
    breakdown: Vec<StatisticsBreakdown>,
    /// Null when suppressed.
    value: Option<i64>,
    suppressed: bool,
    rule: Option<SuppressionRule>,
}

impl From<&Table> for RegionIndicator {
    fn from(t: &Table) -> Self {
        RegionIndicator {
            key: t.key.clone(),
            label: t.label.clone(),
            dimensions: t.dimensions.clone(),
            unit: match t.unit {
                Unit::Count => StatisticsUnit::Count,
                Unit::Percent => StatisticsUnit::Percent,
            },
            cumulative: t.cumulative,
            cells: t
                .cells
                .iter()
                .map(|c| RegionCell {
                    breakdown: t
                        .breakdown(c)
                        .into_iter()
                        .map(|(dimension, value)| StatisticsBreakdown { dimension, value })
                        .collect(),
                    value: c.cell.value(),
                    suppressed: matches!(c.cell, Cell::Suppressed(_)),
                    rule: match c.cell {
                        Cell::Suppressed(rule) => Some(rule.into()),
                        Cell::Value(_) => None,
                    },
                })
                .collect(),
        }
    }
}
