//! Plug-in point for scheduled work: a service registers [`TenantJob`]s, and the worker runs
//! each through [`for_each_tenant`], in every municipality's own tenant transaction, like a
//! request would.

use async_trait::async_trait;
use uuid::Uuid;

use crate::db::{AuditContext, Db, TenantTx};
use crate::error::{Error, Result};

/// A municipality as the scheduler sees it.
#[derive(Debug, Clone)]
pub struct TenantRef {
    pub id: Uuid,
    pub slug: String,
    pub active: bool,
}

/// Lists the municipalities (the tenancy service answers; the kernel knows no service's tables).
#[async_trait]
pub trait TenantDirectory: Send + Sync {
    async fn tenants(&self, db: &Db) -> Result<Vec<TenantRef>>;
}

/// Work done per municipality on a schedule.
#[async_trait]
pub trait TenantJob: Send + Sync {
    /// Names the job in logs, and as the system actor of its tenant transactions.
    fn name(&self) -> &'static str;

    /// Whether deactivated municipalities are included. Only active ones by default; retention
    /// keeps its promise to the others too.
    fn includes_inactive(&self) -> bool {
        false
    }

    /// One municipality's share of the work, in its tenant transaction. Commits `tx` when the
    /// work is done (dropping it rolls back) and returns how many things it did.
    async fn run(&self, tx: TenantTx) -> Result<u64>;
}

/// Work done on a schedule across municipalities, not in any one of them (a regional release
/// counts each municipality in its own tenant transaction itself).
#[async_trait]
pub trait PlatformJob: Send + Sync {
    /// Names the job in logs.
    fn name(&self) -> &'static str;

    /// Does the work; returns how many things it did.
    async fn run(&self, db: &Db) -> Result<u64>;
}

/// Runs `job` for each municipality in turn. One municipality's failure is logged and does not
/// stop the others; the result is then an error naming how many failed.
pub async fn for_each_tenant(
    db: &Db,
    directory: &dyn TenantDirectory,
    job: &dyn TenantJob,
) -> Result<u64> {
    let tenants = directory.tenants(db).await?;
    let mut total = 0;
    let mut failed = 0;
    for tenant in tenants
        .into_iter()
        .filter(|t| t.active || job.includes_inactive())
    {
        let result = async {
            let tx = db
                .tenant(tenant.id, AuditContext::unaudited(job.name()))
                .await?;
            job.run(tx).await
        }
        .await;
        match result {
            Ok(done) => {
                if done > 0 {
                    tracing::info!(job = job.name(), tenant = %tenant.slug, done, "job step");
                }
                total += done;
            }
            Err(e) => {
                failed += 1;
                tracing::error!(job = job.name(), tenant = %tenant.slug, error = %e.describe(), "job failed for a municipality");
            }
        }
    }
    if failed > 0 {
        return Err(Error::internal(format!(
            "{} failed for {failed} municipalities",
            job.name()
        )));
    }
    Ok(total)
}
