//! families: help recorded by mistake is withdrawn (when and by whom), not deleted: it leaves
//! the file's list and the statistics, and the audit trail keeps that it was recorded.

use sea_orm_migration::prelude::*;

use crate::sql;

#[derive(DeriveMigrationName)]
pub struct Migration;

const HELP: &str = "families_help";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            sql::timestamp_null("withdrawn_at"),
            sql::uuid_null("withdrawn_by"),
        ] {
            manager
                .alter_table(Table::alter().table(HELP).add_column(column).to_owned())
                .await?;
        }
        sql::postgres_only(
            manager,
            &sql::grant(HELP, "UPDATE (withdrawn_at, withdrawn_by)"),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::postgres_only(
            manager,
            &sql::revoke(HELP, "UPDATE (withdrawn_at, withdrawn_by)"),
        )
        .await?;
        for column in ["withdrawn_by", "withdrawn_at"] {
            manager
                .alter_table(Table::alter().table(HELP).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
