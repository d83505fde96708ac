//! identity: a change to an identity provider (its issuer, audience, role mapping, allowed
//! domains) or its removal raises the principal version of the scope it signs people in to
//! (migration 053), so that principals kept for its access tokens are built afresh, and refused
//! if they must be, at the next request on every replica.

use sea_orm_migration::prelude::*;

use crate::sql;

/// The scope of the principals a provider signs in: its municipality, or the nil UUID for the
/// providers of regional coordinators and operators.
const POSTGRES: &str = "
CREATE FUNCTION identity_principals_providers() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  PERFORM identity_raise_principal_version(
    CASE WHEN OLD.scope_kind = 'tenant' THEN OLD.scope_id
         ELSE '00000000-0000-0000-0000-000000000000'::uuid END);
  RETURN NULL; END $$;
CREATE TRIGGER identity_principals_providers_updated AFTER UPDATE ON identity_providers
  FOR EACH ROW EXECUTE FUNCTION identity_principals_providers();
CREATE TRIGGER identity_principals_providers_deleted AFTER DELETE ON identity_providers
  FOR EACH ROW EXECUTE FUNCTION identity_principals_providers();
";

const SQLITE_RAISE: &str = "INSERT INTO identity_principal_versions (scope, version) \
  VALUES (CASE WHEN OLD.scope_kind = 'tenant' THEN OLD.scope_id \
          ELSE X'00000000000000000000000000000000' END, 1) \
  ON CONFLICT (scope) DO UPDATE SET version = version + 1;";

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let sqlite = format!(
            "CREATE TRIGGER identity_principals_providers_updated AFTER UPDATE ON identity_providers \
               BEGIN {SQLITE_RAISE} END;\n\
             CREATE TRIGGER identity_principals_providers_deleted AFTER DELETE ON identity_providers \
               BEGIN {SQLITE_RAISE} END;\n"
        );
        sql::run(manager, POSTGRES, &sqlite).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::run(
            manager,
            "DROP TRIGGER IF EXISTS identity_principals_providers_updated ON identity_providers;
             DROP TRIGGER IF EXISTS identity_principals_providers_deleted ON identity_providers;
             DROP FUNCTION IF EXISTS identity_principals_providers();",
            "DROP TRIGGER IF EXISTS identity_principals_providers_updated;
             DROP TRIGGER IF EXISTS identity_principals_providers_deleted;",
        )
        .await
    }
}
