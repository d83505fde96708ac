//! Scheduled jobs run by `ostoja worker`. Each job works tenant by tenant through the kernel's
//! tenant transaction, like a request would.

use std::time::Duration;

use kernel::db::AuditContext;
use kernel::pubsub::PubSub;
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

/// Notifies the people responsible for Blue Card deadlines that come due within
/// `lead_working_days` working days or have passed, once per deadline, person and kind, and
/// publishes the notifications to every gateway replica (`blueCardDeadlines`).
pub async fn deadline_notifications(
    db: &Db,
    pubsub: &PubSub,
    lead_working_days: u32,
) -> Result<u64> {
    let tx = db.platform().await?;
    let tenants = tenancy::list_tenants(&tx, None).await?;
    tx.commit().await?;
    let today = kernel::calendar::today();
    let mut total = 0;
    let mut failed = 0;
    for tenant in tenants.into_iter().filter(|t| t.active) {
        let result = async {
            let tx = db
                .tenant(tenant.id, AuditContext::unaudited("deadline-notifications"))
                .await?;
            let sent = cases::deadlines::notify_deadlines(&tx, today, lead_working_days).await?;
            tx.commit().await?;
            // Recorded first, published after: a subscriber that misses the message still
            // finds the notification in `deadlineNotifications`.
            cases::deadlines::publish(pubsub, &sent).await?;
            Ok::<_, kernel::Error>(sent.len() as u64)
        }
        .await;
        match result {
            Ok(sent) => total += sent,
            Err(e) => {
                failed += 1;
                tracing::error!(tenant = %tenant.slug, error = %e.describe(), "deadline notifications failed");
            }
        }
    }
    if failed > 0 {
        return Err(kernel::Error::internal(format!(
            "deadline notifications failed for {failed} municipalities"
        )));
    }
    Ok(total)
}

/// What the worker needs besides the database.
pub struct Jobs {
    pub pubsub: PubSub,
    pub deadline_lead_working_days: u32,
}

/// Runs every job once; a failing job is logged and does not stop the others.
pub async fn run_once(db: &Db, jobs: &Jobs) -> bool {
    let retention = match audit_retention(db).await {
        Ok(purged) => {
            tracing::info!(job = "audit-retention", purged, "job finished");
            true
        }
        Err(e) => {
            tracing::error!(job = "audit-retention", error = %e.describe(), "job failed");
            false
        }
    };
    let deadlines = match deadline_notifications(db, &jobs.pubsub, jobs.deadline_lead_working_days)
        .await
    {
        Ok(sent) => {
            tracing::info!(job = "deadline-notifications", sent, "job finished");
            true
        }
        Err(e) => {
            tracing::error!(job = "deadline-notifications", error = %e.describe(), "job failed");
            false
        }
    };
    retention && deadlines
}

pub async fn run(
    db: &Db,
    jobs: &Jobs,
    interval: Duration,
    shutdown: impl std::future::Future<Output = ()>,
) {
    tokio::pin!(shutdown);
    let mut ticker = tokio::time::interval(interval);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = &mut shutdown => break,
            _ = ticker.tick() => { run_once(db, jobs).await; }
        }
    }
    tracing::info!("worker stopped");
}
