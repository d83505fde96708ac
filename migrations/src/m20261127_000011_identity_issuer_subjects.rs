//! identity: a provider's subject is bound to the issuer that vouched for it, so a new issuer's
//! same subject string is a different person; the `iat` of the token that last set an account's
//! provider roles, so an older token cannot restore them; and a provider's knowing choice to
//! link accounts by an e-mail address it does not mark as verified.

use sea_orm_migration::prelude::*;

use crate::sql;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Accounts linked before this change were linked by the scope's current provider.
        // identity_users is under forced row-level security, so PostgreSQL fills it tenant
        // by tenant.
        let postgres = "ALTER TABLE identity_users ADD COLUMN oidc_issuer text;
            ALTER TABLE identity_users ADD COLUMN provider_roles_issued_at timestamptz;
            ALTER TABLE identity_coordinators ADD COLUMN oidc_issuer text;
            ALTER TABLE identity_operators ADD COLUMN oidc_issuer text;
            ALTER TABLE identity_providers ADD COLUMN trust_unverified_email boolean NOT NULL DEFAULT false;
            DO $$ DECLARE t record; BEGIN
                FOR t IN SELECT id FROM tenancy_tenants LOOP
                    PERFORM set_config('app.tenant_id', t.id::text, true);
                    UPDATE identity_users u SET oidc_issuer = p.issuer FROM identity_providers p
                        WHERE u.tenant_id = t.id AND u.oidc_subject IS NOT NULL
                        AND p.scope_kind = 'tenant' AND p.scope_id = t.id;
                END LOOP;
                PERFORM set_config('app.tenant_id', '', true);
            END $$;
            UPDATE identity_coordinators c SET oidc_issuer = p.issuer FROM identity_providers p
                WHERE c.oidc_subject IS NOT NULL AND p.scope_kind = 'region' AND p.scope_id = c.region_id;
            UPDATE identity_operators o SET oidc_issuer = p.issuer FROM identity_providers p
                WHERE o.oidc_subject IS NOT NULL AND p.scope_kind = 'operators';
            DROP INDEX identity_users_subject;
            CREATE UNIQUE INDEX identity_users_subject ON identity_users (tenant_id, oidc_issuer, oidc_subject);
            DROP INDEX identity_coordinators_subject;
            CREATE UNIQUE INDEX identity_coordinators_subject ON identity_coordinators (region_id, oidc_issuer, oidc_subject);
            DROP INDEX identity_operators_subject;
            CREATE UNIQUE INDEX identity_operators_subject ON identity_operators (oidc_issuer, oidc_subject);";
        let sqlite = "ALTER TABLE identity_users ADD COLUMN oidc_issuer text;
            ALTER TABLE identity_users ADD COLUMN provider_roles_issued_at text;
            ALTER TABLE identity_coordinators ADD COLUMN oidc_issuer text;
            ALTER TABLE identity_operators ADD COLUMN oidc_issuer text;
            ALTER TABLE identity_providers ADD COLUMN trust_unverified_email boolean NOT NULL DEFAULT 0;
            UPDATE identity_users SET oidc_issuer = (SELECT p.issuer FROM identity_providers p
                WHERE p.scope_kind = 'tenant' AND p.scope_id = identity_users.tenant_id)
                WHERE oidc_subject IS NOT NULL;
            UPDATE identity_coordinators SET oidc_issuer = (SELECT p.issuer FROM identity_providers p
                WHERE p.scope_kind = 'region' AND p.scope_id = identity_coordinators.region_id)
                WHERE oidc_subject IS NOT NULL;
            UPDATE identity_operators SET oidc_issuer = (SELECT p.issuer FROM identity_providers p
                WHERE p.scope_kind = 'operators')
                WHERE oidc_subject IS NOT NULL;
            DROP INDEX identity_users_subject;
            CREATE UNIQUE INDEX identity_users_subject ON identity_users (tenant_id, oidc_issuer, oidc_subject);
            DROP INDEX identity_coordinators_subject;
            CREATE UNIQUE INDEX identity_coordinators_subject ON identity_coordinators (region_id, oidc_issuer, oidc_subject);
            DROP INDEX identity_operators_subject;
            CREATE UNIQUE INDEX identity_operators_subject ON identity_operators (oidc_issuer, oidc_subject);";
        sql::run(manager, postgres, sqlite).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let script = "DROP INDEX identity_operators_subject;
            CREATE UNIQUE INDEX identity_operators_subject ON identity_operators (oidc_subject);
            DROP INDEX identity_coordinators_subject;
            CREATE UNIQUE INDEX identity_coordinators_subject ON identity_coordinators (region_id, oidc_subject);
            DROP INDEX identity_users_subject;
            CREATE UNIQUE INDEX identity_users_subject ON identity_users (tenant_id, oidc_subject);
            ALTER TABLE identity_providers DROP COLUMN trust_unverified_email;
            ALTER TABLE identity_operators DROP COLUMN oidc_issuer;
            ALTER TABLE identity_coordinators DROP COLUMN oidc_issuer;
            ALTER TABLE identity_users DROP COLUMN provider_roles_issued_at;
            ALTER TABLE identity_users DROP COLUMN oidc_issuer;";
        sql::run(manager, script, script).await
    }
}
