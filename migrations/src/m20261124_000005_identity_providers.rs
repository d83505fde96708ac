//! identity: OpenID Connect providers (one per municipality, per region and one for operators)
//! and the provider subject each account is linked to.

use sea_orm_migration::prelude::*;

use crate::sql;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let postgres = format!(
            "CREATE TABLE identity_providers (
                id uuid PRIMARY KEY,
                scope_key text NOT NULL UNIQUE,
                scope_kind text NOT NULL CHECK (scope_kind IN ('tenant', 'region', 'operators')),
                scope_id uuid,
                issuer text NOT NULL UNIQUE,
                client_id text NOT NULL,
                client_secret_sealed text NOT NULL,
                scopes text NOT NULL,
                roles_claim text NOT NULL,
                role_mapping text NOT NULL,
                allowed_domains text NOT NULL DEFAULT '',
                audience text NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now(),
                updated_at timestamptz NOT NULL DEFAULT now(),
                version integer NOT NULL DEFAULT 1
            );
            ALTER TABLE identity_users ADD COLUMN oidc_subject text;
            ALTER TABLE identity_users ADD COLUMN provider_roles text NOT NULL DEFAULT '';
            ALTER TABLE identity_users ADD COLUMN last_sign_in_at timestamptz;
            ALTER TABLE identity_users ADD COLUMN sessions_not_before timestamptz;
            CREATE UNIQUE INDEX identity_users_subject ON identity_users (tenant_id, oidc_subject);
            ALTER TABLE identity_coordinators ADD COLUMN oidc_subject text;
            CREATE UNIQUE INDEX identity_coordinators_subject ON identity_coordinators (region_id, oidc_subject);
            ALTER TABLE identity_operators ADD COLUMN oidc_subject text;
            CREATE UNIQUE INDEX identity_operators_subject ON identity_operators (oidc_subject);
            {}",
            sql::grant("identity_providers", "SELECT, INSERT, UPDATE"),
        );
        let sqlite = "CREATE TABLE identity_providers (
                id blob PRIMARY KEY,
                scope_key text NOT NULL UNIQUE,
                scope_kind text NOT NULL CHECK (scope_kind IN ('tenant', 'region', 'operators')),
                scope_id blob,
                issuer text NOT NULL UNIQUE,
                client_id text NOT NULL,
                client_secret_sealed text NOT NULL,
                scopes text NOT NULL,
                roles_claim text NOT NULL,
                role_mapping text NOT NULL,
                allowed_domains text NOT NULL DEFAULT '',
                audience text NOT NULL,
                created_at text NOT NULL,
                updated_at text NOT NULL,
                version integer NOT NULL DEFAULT 1
            );
            ALTER TABLE identity_users ADD COLUMN oidc_subject text;
            ALTER TABLE identity_users ADD COLUMN provider_roles text NOT NULL DEFAULT '';
            ALTER TABLE identity_users ADD COLUMN last_sign_in_at text;
            ALTER TABLE identity_users ADD COLUMN sessions_not_before text;
            CREATE UNIQUE INDEX identity_users_subject ON identity_users (tenant_id, oidc_subject);
            ALTER TABLE identity_coordinators ADD COLUMN oidc_subject text;
            CREATE UNIQUE INDEX identity_coordinators_subject ON identity_coordinators (region_id, oidc_subject);
            ALTER TABLE identity_operators ADD COLUMN oidc_subject text;
            CREATE UNIQUE INDEX identity_operators_subject ON identity_operators (oidc_subject);";
        sql::run(manager, &postgres, sqlite).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let script = "DROP INDEX identity_operators_subject; \
                      ALTER TABLE identity_operators DROP COLUMN oidc_subject; \
                      DROP INDEX identity_coordinators_subject; \
                      ALTER TABLE identity_coordinators DROP COLUMN oidc_subject; \
                      DROP INDEX identity_users_subject; \
                      ALTER TABLE identity_users DROP COLUMN sessions_not_before; \
                      ALTER TABLE identity_users DROP COLUMN last_sign_in_at; \
                      ALTER TABLE identity_users DROP COLUMN provider_roles; \
                      ALTER TABLE identity_users DROP COLUMN oidc_subject; \
                      DROP TABLE identity_providers;";
        sql::run(manager, script, script).await
    }
}
