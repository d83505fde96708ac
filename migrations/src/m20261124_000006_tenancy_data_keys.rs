//! tenancy: each municipality's data key, wrapped by the master key. Personal data in case
//! records is sealed with it; destroying the row crypto-shreds the municipality's records.

use sea_orm_migration::prelude::*;

use crate::sql::{self, text, timestamp, uuid};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLE: &str = "tenancy_data_keys";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let table = Table::create()
            .table(TABLE)
            .col(uuid("tenant_id"))
            .col(text("wrapped"))
            .col(timestamp("created_at"))
            .primary_key(&mut sql::primary_key(TABLE, &["tenant_id"]))
            .foreign_key(&mut sql::tenant_key(TABLE))
            .to_owned();
        sql::create(manager, vec![table], vec![]).await?;
        sql::postgres_only(manager, &sql::tenant_tables(&[TABLE], "SELECT, INSERT")).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::drop(manager, &[TABLE]).await
    }
}
