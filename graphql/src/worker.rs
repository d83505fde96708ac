//! Scheduled jobs, run by `ostoja worker` or inside `serve` (`worker.in_process`). The jobs are
//! the ones the services register (see `schema::jobs`); each runs through the kernel's
//! `for_each_tenant`, municipality by municipality in its tenant transaction, like a request.

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use kernel::crypto::MasterKey;
use kernel::jobs::{for_each_tenant, PlatformJob, TenantDirectory, TenantJob};
use kernel::pubsub::PubSub;
use kernel::Db;

use crate::config::WorkerConfig;
use crate::ops::Heartbeat;

/// What the worker runs, and over which municipalities.
pub struct Jobs {
    pub directory: Arc<dyn TenantDirectory>,
    pub jobs: Vec<Arc<dyn TenantJob>>,
    /// Run after the municipalities' jobs, across them.
    pub platform: Vec<Arc<dyn PlatformJob>>,
    /// Beats as the loop makes progress; the worker's `/healthz` follows it.
    pub heartbeat: Arc<Heartbeat>,
}

impl Jobs {
    /// The services' registered jobs; notifications go out on `pubsub`, and jobs that seal
    /// data use the municipalities' keys under `master`.
    pub fn registered(config: &WorkerConfig, pubsub: PubSub, master: MasterKey) -> Self {
        Jobs {
            directory: crate::schema::tenant_directory(),
            jobs: crate::schema::jobs(config, pubsub.clone(), master.clone()),
            platform: crate::schema::platform_jobs(pubsub, master),
            heartbeat: Heartbeat::new(Duration::from_secs(
                config.interval_seconds.max(1) + config.stall_seconds,
            )),
        }
    }
}

/// Runs every job once; a failing job is logged and does not stop the others.
pub async fn run_once(db: &Db, jobs: &Jobs) -> bool {
    jobs.heartbeat.beat();
    let mut all_ok = true;
    for job in &jobs.jobs {
        let started = Instant::now();
        let outcome = for_each_tenant(db, jobs.directory.as_ref(), job.as_ref()).await;
        all_ok &= finished(db, job.name(), started, outcome.map_err(|e| e.describe())).await;
        jobs.heartbeat.beat();
    }
    for job in &jobs.platform {
        let started = Instant::now();
        let outcome = job.run(db).await;
        all_ok &= finished(db, job.name(), started, outcome.map_err(|e| e.describe())).await;
        jobs.heartbeat.beat();
    }
    all_ok
}

/// Logs a job's end, counts it for `/metrics` (runs by outcome, duration, last success) and
/// records it for the operator's console.
async fn finished(
    db: &Db,
    job: &'static str,
    started: Instant,
    outcome: Result<u64, String>,
) -> bool {
    let elapsed = started.elapsed();
    metrics::histogram!("ostoja_worker_job_duration_seconds", "job" => job)
        .record(elapsed.as_secs_f64());
    let millis = i64::try_from(elapsed.as_millis()).unwrap_or(i64::MAX);
    if let Err(e) = crate::job_runs::record(db, job, millis, &outcome).await {
        // The run itself is done; only the console's record of it is missing.
        tracing::warn!(job, error = %e.describe(), "could not record a job's run");
    }
    match outcome {
        Ok(done) => {
            tracing::info!(job, done, "job finished");
            metrics::counter!("ostoja_worker_job_runs_total", "job" => job, "outcome" => "ok")
                .increment(1);
            let now = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map(|d| d.as_secs_f64())
                .unwrap_or(0.0);
            metrics::gauge!("ostoja_worker_job_last_success_timestamp_seconds", "job" => job)
                .set(now);
            true
        }
        Err(error) => {
            tracing::error!(job, error = %error, "job failed");
            metrics::counter!("ostoja_worker_job_runs_total", "job" => job, "outcome" => "failed")
                .increment(1);
            false
        }
    }
}

/// Seeds each registered job's last-success gauge from the durable record, so that a restarted
/// worker whose job keeps failing still trips `OstojaWorkerJobStale` (a gauge only set on
/// success would be absent). Jobs no longer registered are left out: nothing alerts on them.
async fn restore_last_successes(db: &Db, jobs: &Jobs) {
    let registered: Vec<&'static str> = jobs
        .jobs
        .iter()
        .map(|j| j.name())
        .chain(jobs.platform.iter().map(|j| j.name()))
        .collect();
    let runs = async {
        let tx = db.platform().await?;
        let runs = crate::job_runs::list(&tx).await?;
        tx.commit().await?;
        Ok::<_, kernel::Error>(runs)
    };
    let runs = match runs.await {
        Ok(runs) => runs,
        Err(e) => {
            tracing::warn!(error = %e.describe(), "could not read the jobs' last runs; their gauges start at the first success");
            return;
        }
    };
    for run in runs {
        let (Some(job), Some(at)) = (
            registered.iter().find(|name| **name == run.job),
            run.last_success_at,
        ) else {
            continue;
        };
        metrics::gauge!("ostoja_worker_job_last_success_timestamp_seconds", "job" => *job)
            .set(at.timestamp() as f64);
    }
}

pub async fn run(
    db: &Db,
    jobs: &Jobs,
    interval: Duration,
    shutdown: impl std::future::Future<Output = ()>,
) {
    tokio::pin!(shutdown);
    restore_last_successes(db, jobs).await;
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
