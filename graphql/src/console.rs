//! What the operator's console reads that belongs to no service: the deployment's health (the
//! database and Redis as `/readyz` sees them from the server answering, the worker's last runs
//! as it recorded them) and the platform's own trail.

use async_graphql::{Context, Enum, Object, SimpleObject};
use chrono::{DateTime, Utc};
use kernel::request::ContextExt;

use crate::ops::Dependency;

/// Stan zależności — a dependency as the server answering sees it now.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum DependencyState {
    Ok,
    Unreachable,
    TimedOut,
    /// No Redis configured: one process, its own bus.
    NotConfigured,
}

impl From<Dependency> for DependencyState {
    fn from(d: Dependency) -> Self {
        match d {
            Dependency::Ok => DependencyState::Ok,
            Dependency::Unreachable => DependencyState::Unreachable,
            Dependency::TimedOut => DependencyState::TimedOut,
            Dependency::InProcess => DependencyState::NotConfigured,
        }
    }
}

/// Ostatnie uruchomienie zadania — a scheduled job's last run, as the worker recorded it.
#[derive(SimpleObject)]
pub struct JobRun {
    /// The job's name (`audit-retention`, `deadline-notifications`, …).
    pub job: String,
    pub last_finished_at: DateTime<Utc>,
    /// Whether the last run failed; its error is in the worker's log.
    pub failed: bool,
    /// The start of the last run's error.
    pub last_error: Option<String>,
    pub last_success_at: Option<DateTime<Utc>>,
    pub last_duration_ms: i64,
    /// What the last run did, as the job counts it (notifications sent, entries purged, …).
    pub last_done: i64,
    pub runs: i64,
    pub failures: i64,
}

/// Stan wdrożenia — the deployment's health.
#[derive(SimpleObject)]
pub struct DeploymentHealth {
    /// Ostoja's version on the server answering.
    pub version: String,
    pub database: DependencyState,
    pub redis: DependencyState,
    /// Every job the worker has run, by name; empty until its first run.
    pub jobs: Vec<JobRun>,
    pub checked_at: DateTime<Utc>,
}

/// Wpis dziennika platformy — what an operator did that no municipality's trail keeps.
#[derive(SimpleObject)]
pub struct PlatformAuditEvent {
    pub occurred_at: DateTime<Utc>,
    pub actor: String,
    pub operation: String,
    /// The municipality it concerned (its slug, name and counts are in `details`).
    pub municipality_id: Option<async_graphql::ID>,
    /// What the operation reported, as JSON text.
    pub details: String,
}

#[derive(Default)]
pub struct ConsoleQuery;

#[Object]
impl ConsoleQuery {
    /// The deployment's health: the database, Redis and the worker's jobs. Operators only.
    async fn deployment_health(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<DeploymentHealth> {
        let req = ctx.request()?;
        req.principal.require_operator()?;
        let (database, redis) = crate::ops::check(req.db(), req.pubsub()).await;
        let tx = req.db().platform().await?;
        let jobs = crate::job_runs::list(&tx).await?;
        tx.commit().await?;
        Ok(DeploymentHealth {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            database: database.into(),
            redis: redis.into(),
            jobs: jobs
                .into_iter()
                .map(|r| JobRun {
                    job: r.job,
                    last_finished_at: r.last_finished_at,
                    failed: r.failed,
                    last_error: r.last_error,
                    last_success_at: r.last_success_at,
                    last_duration_ms: r.last_duration_ms,
                    last_done: r.last_done,
                    runs: r.runs,
                    failures: r.failures,
                })
                .collect(),
            checked_at: Utc::now(),
        })
    }

    /// The platform's trail, newest first (at most 100). Operators only.
    async fn platform_audit_events(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = 20, desc = "how many, at most 100")] first: i32,
    ) -> async_graphql::Result<Vec<PlatformAuditEvent>> {
        let req = ctx.request()?;
        req.principal.require_operator()?;
        let tx = req.db().platform().await?;
        let events = audit::platform::list(&tx, first.clamp(1, 100) as u64).await?;
        tx.commit().await?;
        Ok(events
            .into_iter()
            .map(|e| PlatformAuditEvent {
                occurred_at: e.occurred_at,
                actor: e.actor,
                operation: e.operation,
                municipality_id: e.municipality.map(tenancy::graphql::municipality_gid),
                details: e.details.to_string(),
            })
            .collect())
    }
}
