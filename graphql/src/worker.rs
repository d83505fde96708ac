//! Scheduled jobs run by `ostoja worker`. Each job works tenant by tenant through the kernel's
//! tenant transaction, like a request would.

use std::time::Duration;

use kernel::db::AuditContext;
use kernel::{Db, Result};

/// Deletes audit entries older than each tenant's retention setting.
pub async fn audit_retention(db: &Db) -> Result<u64> {
    let tx = db.platform().await?;
    let tenants = tenancy::list_tenants(&tx, None).await?;
    tx.commit().await?;
    let mut total = 0;
    let mut failed = 0;
    for tenant in tenants {
        // One tenant's failure must not stop the others'.
        match purge_tenant(db, tenant.id).await {
            Ok(purged) => {
                if purged > 0 {
                    tracing::info!(tenant = %tenant.slug, purged, "audit retention");
                }
                total += purged;
            }
            Err(e) => {
                failed += 1;
                tracing::error!(tenant = %tenant.slug, error = %e.describe(), "audit retention failed");
            }
        }
    }
    if failed > 0 {
        return Err(kernel::Error::internal(format!(
            "audit retention failed for {failed} municipalities"
        )));
    }
    Ok(total)
}

async fn purge_tenant(db: &Db, tenant: uuid::Uuid) -> Result<u64> {
    let tx = db
        .tenant(tenant, AuditContext::unaudited("audit-retention"))
        .await?;
    let settings = tenancy::settings(&tx).await?;
    let purged = audit::purge_expired(&tx, settings.audit_retention_days.days()).await?;
    tx.commit().await?;
    Ok(purged)
}

/// Runs every job once; a failing job is logged and does not stop the others.
pub async fn run_once(db: &Db) -> bool {
    match audit_retention(db).await {
        Ok(purged) => {
            tracing::info!(job = "audit-retention", purged, "job finished");
            true
        }
        Err(e) => {
            tracing::error!(job = "audit-retention", error = %e.describe(), "job failed");
            false
        }
    }
}

pub async fn run(db: &Db, interval: Duration, shutdown: impl std::future::Future<Output = ()>) {
    tokio::pin!(shutdown);
    let mut ticker = tokio::time::interval(interval);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = &mut shutdown => break,
            _ = ticker.tick() => { run_once(db).await; }
        }
    }
    tracing::info!("worker stopped");
}
