//! tenancy: whether a municipality that shares its statistics also lets its own figures be
//! published, so that a cell of a regional release need not aggregate three municipalities, nor
//! hide its share of it (`publishes_own_statistics`, off by default). Set by its administrator.

use sea_orm_migration::prelude::*;

use crate::sql::boolean_default;

#[derive(DeriveMigrationName)]
pub struct Migration;

const TENANTS: &str = "tenancy_tenants";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(TENANTS)
                    .add_column(boolean_default("publishes_own_statistics", false))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(TENANTS)
                    .drop_column("publishes_own_statistics")
                    .to_owned(),
            )
            .await
    }
}
