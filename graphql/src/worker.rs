//! Scheduled jobs, run by `ostoja worker` or inside `serve` (`worker.in_process`). The jobs are
//! the ones the services register (see `schema::jobs`); each runs through the kernel's
//! `for_each_tenant`, municipality by municipality in its tenant transaction, like a request.

use std::sync::Arc;
use std::time::Duration;

use kernel::crypto::MasterKey;
use kernel::jobs::{for_each_tenant, PlatformJob, TenantDirectory, TenantJob};
use kernel::pubsub::PubSub;
use kernel::Db;

use crate::config::WorkerConfig;

/// What the worker runs, and over which municipalities.
pub struct Jobs {
    pub directory: Arc<dyn TenantDirectory>,
    pub jobs: Vec<Arc<dyn TenantJob>>,
    /// Run after the municipalities' jobs, across them.
    pub platform: Vec<Arc<dyn PlatformJob>>,
}

impl Jobs {
    /// The services' registered jobs; notifications go out on `pubsub`, and jobs that seal
    /// data use the municipalities' keys under `master`.
    pub fn registered(config: &WorkerConfig, pubsub: PubSub, master: MasterKey) -> Self {
        Jobs {
            directory: crate::schema::tenant_directory(),
            jobs: crate::schema::jobs(config, pubsub, master),
            platform: crate::schema::platform_jobs(),
        }
    }
}

/// Runs every job once; a failing job is logged and does not stop the others.
pub async fn run_once(db: &Db, jobs: &Jobs) -> bool {
    let mut all_ok = true;
    for job in &jobs.jobs {
        match for_each_tenant(db, jobs.directory.as_ref(), job.as_ref()).await {
            Ok(done) => tracing::info!(job = job.name(), done, "job finished"),
            Err(e) => {
                all_ok = false;
                tracing::error!(job = job.name(), error = %e.describe(), "job failed");
            }
        }
    }
    for job in &jobs.platform {
        match job.run(db).await {
            Ok(done) => tracing::info!(job = job.name(), done, "job finished"),
            Err(e) => {
                all_ok = false;
                tracing::error!(job = job.name(), error = %e.describe(), "job failed");
            }
        }
    }
    all_ok
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
