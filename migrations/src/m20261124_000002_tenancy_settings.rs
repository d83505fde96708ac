//! tenancy: settings a tenant administrator manages. Tenant-owned, under row-level security.

use sea_orm_migration::prelude::*;

use crate::sql;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let postgres = format!(
            "CREATE TABLE tenancy_settings (
                tenant_id uuid PRIMARY KEY REFERENCES tenancy_tenants (id),
                audit_retention_days integer NOT NULL,
                updated_at timestamptz NOT NULL DEFAULT now(),
                version integer NOT NULL DEFAULT 1
            );
            {}{}",
            sql::tenant_rls("tenancy_settings"),
            sql::grant("tenancy_settings", "SELECT, INSERT, UPDATE"),
        );
        let sqlite = "CREATE TABLE tenancy_settings (
                tenant_id blob PRIMARY KEY REFERENCES tenancy_tenants (id),
                audit_retention_days integer NOT NULL,
                updated_at text NOT NULL,
                version integer NOT NULL DEFAULT 1
            );";
        sql::run(manager, &postgres, sqlite).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let script = "DROP TABLE tenancy_settings;";
        sql::run(manager, script, script).await
    }
}
