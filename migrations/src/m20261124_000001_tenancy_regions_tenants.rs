//! tenancy: regions (voivodeships) and municipalities (tenants). Platform tables, no tenant_id.

use sea_orm_migration::prelude::*;

use crate::sql;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let postgres = format!(
            "CREATE TABLE tenancy_regions (
                id uuid PRIMARY KEY,
                slug text NOT NULL UNIQUE,
                name text NOT NULL,
                teryt text NOT NULL UNIQUE,
                created_at timestamptz NOT NULL DEFAULT now()
            );
            CREATE TABLE tenancy_tenants (
                id uuid PRIMARY KEY,
                slug text NOT NULL UNIQUE,
                name text NOT NULL,
                teryt text NOT NULL UNIQUE,
                region_id uuid NOT NULL REFERENCES tenancy_regions (id),
                active boolean NOT NULL DEFAULT true,
                shares_statistics boolean NOT NULL DEFAULT false,
                created_at timestamptz NOT NULL DEFAULT now(),
                updated_at timestamptz NOT NULL DEFAULT now(),
                version integer NOT NULL DEFAULT 1
            );
            CREATE INDEX tenancy_tenants_region ON tenancy_tenants (region_id);
            {}{}",
            sql::grant("tenancy_regions", "SELECT, INSERT, UPDATE"),
            sql::grant("tenancy_tenants", "SELECT, INSERT, UPDATE"),
        );
        let sqlite = "CREATE TABLE tenancy_regions (
                id blob PRIMARY KEY,
                slug text NOT NULL UNIQUE,
                name text NOT NULL,
                teryt text NOT NULL UNIQUE,
                created_at text NOT NULL
            );
            CREATE TABLE tenancy_tenants (
                id blob PRIMARY KEY,
                slug text NOT NULL UNIQUE,
                name text NOT NULL,
                teryt text NOT NULL UNIQUE,
                region_id blob NOT NULL REFERENCES tenancy_regions (id),
                active boolean NOT NULL DEFAULT 1,
                shares_statistics boolean NOT NULL DEFAULT 0,
                created_at text NOT NULL,
                updated_at text NOT NULL,
                version integer NOT NULL DEFAULT 1
            );
            CREATE INDEX tenancy_tenants_region ON tenancy_tenants (region_id);";
        sql::run(manager, &postgres, sqlite).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let script = "DROP TABLE tenancy_tenants; DROP TABLE tenancy_regions;";
        sql::run(manager, script, script).await
    }
}
