//! ops: the worker's last run of each job, for the operator's console (the worker may run in
//! another process than the server that answers the console, so its in-process metrics cannot
//! tell). One row per job, written after each run.

use sea_orm_migration::prelude::*;

use crate::sql;

#[derive(DeriveMigrationName)]
pub struct Migration;

const RUNS: &str = "ops_job_runs";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(RUNS)
                    .col(sql::text("job").primary_key())
                    .col(sql::timestamp("last_finished_at"))
                    .col(sql::text("last_outcome"))
                    .col(sql::text_null("last_error"))
                    .col(sql::timestamp_null("last_success_at"))
                    .col(sql::big_integer("last_duration_ms"))
                    .col(sql::big_integer("last_done"))
                    .col(sql::big_integer("runs"))
                    .col(sql::big_integer("failures"))
                    .to_owned(),
            )
            .await?;
        sql::postgres_only(manager, &sql::grant(RUNS, "SELECT, INSERT, UPDATE")).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::drop(manager, &[RUNS]).await
    }
}
