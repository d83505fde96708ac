//! The worker's last run of each job (`ops_job_runs`), for the operator's console: the worker
//! may run in another process than the server the console asks, so the server reads the runs
//! from the database, not from its own metrics.

use chrono::{DateTime, Utc};
use kernel::{Db, PlatformTx, Result};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

mod run {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "ops_job_runs")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub job: String,
        pub last_finished_at: DateTimeUtc,
        pub last_outcome: String,
        pub last_error: Option<String>,
        pub last_success_at: Option<DateTimeUtc>,
        pub last_duration_ms: i64,
        pub last_done: i64,
        pub runs: i64,
        pub failures: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A job's last run and its totals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobRun {
    pub job: String,
    pub last_finished_at: DateTime<Utc>,
    /// The last run failed (its error is in the worker's log).
    pub failed: bool,
    pub last_error: Option<String>,
    pub last_success_at: Option<DateTime<Utc>>,
    pub last_duration_ms: i64,
    /// What the last run did (notifications sent, entries purged, …), as the job counts it.
    pub last_done: i64,
    pub runs: i64,
    pub failures: i64,
}

/// The longest error kept: the console shows the start, the log has all of it.
const ERROR_CHARS: usize = 300;

/// Records a run of `job` that took `duration_ms` and ended with `outcome`.
pub async fn record(
    db: &Db,
    job: &str,
    duration_ms: i64,
    outcome: &std::result::Result<u64, String>,
) -> Result<()> {
    let tx = db.platform_write().await?;
    let now = Utc::now();
    run::Entity::insert(run::ActiveModel {
        job: Set(job.to_owned()),
        last_finished_at: Set(now),
        last_outcome: Set("ok".to_owned()),
        last_error: Set(None),
        last_success_at: Set(None),
        last_duration_ms: Set(0),
        last_done: Set(0),
        runs: Set(0),
        failures: Set(0),
    })
    .on_conflict(OnConflict::column(run::Column::Job).do_nothing().to_owned())
    .exec_without_returning(tx.conn())
    .await?;
    let mut update = run::Entity::update_many()
        .col_expr(run::Column::LastFinishedAt, Expr::value(now))
        .col_expr(run::Column::LastDurationMs, Expr::value(duration_ms))
        .col_expr(run::Column::Runs, Expr::col(run::Column::Runs).add(1))
        .filter(run::Column::Job.eq(job));
    update = match outcome {
        Ok(done) => update
            .col_expr(run::Column::LastOutcome, Expr::value("ok"))
            .col_expr(run::Column::LastError, Expr::value(Option::<String>::None))
            .col_expr(run::Column::LastSuccessAt, Expr::value(now))
            .col_expr(
                run::Column::LastDone,
                Expr::value(i64::try_from(*done).unwrap_or(i64::MAX)),
            ),
        Err(error) => update
            .col_expr(run::Column::LastOutcome, Expr::value("failed"))
            .col_expr(
                run::Column::LastError,
                Expr::value(error.chars().take(ERROR_CHARS).collect::<String>()),
            )
            .col_expr(run::Column::LastDone, Expr::value(0i64))
            .col_expr(
                run::Column::Failures,
                Expr::col(run::Column::Failures).add(1),
            ),
    };
    update.exec(tx.conn()).await?;
    tx.commit().await
}

/// Every job's last run, by name.
pub async fn list(tx: &PlatformTx) -> Result<Vec<JobRun>> {
    Ok(run::Entity::find()
        .order_by_asc(run::Column::Job)
        .all(tx.conn())
        .await?
        .into_iter()
        .map(|m| JobRun {
            failed: m.last_outcome != "ok",
            job: m.job,
            last_finished_at: m.last_finished_at,
            last_error: m.last_error,
            last_success_at: m.last_success_at,
            last_duration_ms: m.last_duration_ms,
            last_done: m.last_done,
            runs: m.runs,
            failures: m.failures,
        })
        .collect())
}
