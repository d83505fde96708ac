//! identity: municipal staff (tenant-owned), regional coordinators and operators (platform),
//! and the key that signs development tokens.

use sea_orm_migration::prelude::*;

use crate::sql;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let postgres = format!(
            "CREATE TABLE identity_users (
                tenant_id uuid NOT NULL REFERENCES tenancy_tenants (id),
                id uuid NOT NULL,
                login text NOT NULL,
                display_name text NOT NULL,
                email text,
                roles text NOT NULL DEFAULT '',
                disabled boolean NOT NULL DEFAULT false,
                created_at timestamptz NOT NULL DEFAULT now(),
                updated_at timestamptz NOT NULL DEFAULT now(),
                version integer NOT NULL DEFAULT 1,
                PRIMARY KEY (tenant_id, id),
                UNIQUE (tenant_id, login)
            );
            CREATE TABLE identity_coordinators (
                id uuid PRIMARY KEY,
                region_id uuid NOT NULL REFERENCES tenancy_regions (id),
                login text NOT NULL,
                display_name text NOT NULL,
                disabled boolean NOT NULL DEFAULT false,
                created_at timestamptz NOT NULL DEFAULT now(),
                UNIQUE (region_id, login)
            );
            CREATE TABLE identity_operators (
                id uuid PRIMARY KEY,
                login text NOT NULL UNIQUE,
                display_name text NOT NULL,
                disabled boolean NOT NULL DEFAULT false,
                created_at timestamptz NOT NULL DEFAULT now()
            );
            CREATE TABLE identity_signing_keys (
                name text PRIMARY KEY,
                secret text NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now()
            );
            {}{}{}{}{}",
            sql::tenant_rls("identity_users"),
            sql::grant("identity_users", "SELECT, INSERT, UPDATE"),
            sql::grant("identity_coordinators", "SELECT, INSERT, UPDATE"),
            sql::grant("identity_operators", "SELECT, INSERT, UPDATE"),
            sql::grant("identity_signing_keys", "SELECT, INSERT"),
        );
        let sqlite = "CREATE TABLE identity_users (
                tenant_id blob NOT NULL REFERENCES tenancy_tenants (id),
                id blob NOT NULL,
                login text NOT NULL,
                display_name text NOT NULL,
                email text,
                roles text NOT NULL DEFAULT '',
                disabled boolean NOT NULL DEFAULT 0,
                created_at text NOT NULL,
                updated_at text NOT NULL,
                version integer NOT NULL DEFAULT 1,
                PRIMARY KEY (tenant_id, id),
                UNIQUE (tenant_id, login)
            );
            CREATE TABLE identity_coordinators (
                id blob PRIMARY KEY,
                region_id blob NOT NULL REFERENCES tenancy_regions (id),
                login text NOT NULL,
                display_name text NOT NULL,
                disabled boolean NOT NULL DEFAULT 0,
                created_at text NOT NULL,
                UNIQUE (region_id, login)
            );
            CREATE TABLE identity_operators (
                id blob PRIMARY KEY,
                login text NOT NULL UNIQUE,
                display_name text NOT NULL,
                disabled boolean NOT NULL DEFAULT 0,
                created_at text NOT NULL
            );
            CREATE TABLE identity_signing_keys (
                name text PRIMARY KEY,
                secret text NOT NULL,
                created_at text NOT NULL
            );";
        sql::run(manager, &postgres, sqlite).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let script = "DROP TABLE identity_signing_keys; DROP TABLE identity_operators; \
                      DROP TABLE identity_coordinators; DROP TABLE identity_users;";
        sql::run(manager, script, script).await
    }
}
