//! tenancy: each municipality's data key, wrapped by the master key. Personal data in case
//! records is sealed with it; destroying the row crypto-shreds the municipality's records.

use sea_orm_migration::prelude::*;

use crate::sql;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let ddl = "CREATE TABLE tenancy_data_keys (
                tenant_id uuid NOT NULL REFERENCES tenancy_tenants (id),
                wrapped text NOT NULL,
                created_at timestamptz NOT NULL,
                PRIMARY KEY (tenant_id)
            );";
        sql::run_portable(
            manager,
            ddl,
            &sql::tenant_tables(&["tenancy_data_keys"], "SELECT, INSERT"),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let script = "DROP TABLE tenancy_data_keys;";
        sql::run(manager, script, script).await
    }
}
