//! audit: denied and failed operations are recorded too. `outcome` says how the operation ended
//! (`ok`, `denied`: it asked for something it may not see or do, `failed`: rolled back), and
//! `denied_ids` holds the global IDs it asked for and did not get, so probing is visible.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLE: &str = "audit_events";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        for column in [
            ColumnDef::new("outcome")
                .text()
                .not_null()
                .default("ok")
                .to_owned(),
            ColumnDef::new("denied_ids")
                .text()
                .not_null()
                .default("[]")
                .to_owned(),
        ] {
            manager
                .alter_table(Table::alter().table(TABLE).add_column(column).to_owned())
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in ["denied_ids", "outcome"] {
            manager
                .alter_table(Table::alter().table(TABLE).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
