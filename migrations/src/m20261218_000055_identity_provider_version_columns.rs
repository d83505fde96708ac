//! identity: only a change to what a provider's access tokens are checked and mapped with (its
//! issuer, client, audience, scope, roles claim and mapping, allowed domains, trust in
//! unverified e-mail) raises the principal version of its scope. Sealing its client secret
//! anew (a master key rotation, a new secret) or its row's own version and time stamp no
//! longer builds every kept principal of the scope afresh.

use sea_orm_migration::prelude::*;

use crate::sql;

/// The columns a bearer token's principal depends on.
const COLUMNS: [&str; 9] = [
    "scope_kind",
    "scope_id",
    "issuer",
    "client_id",
    "audience",
    "roles_claim",
    "role_mapping",
    "allowed_domains",
    "trust_unverified_email",
];

/// A condition true when any of [`COLUMNS`] changed, with `distinct` the operator that treats
/// NULLs as values.
fn changed(distinct: &str) -> String {
    COLUMNS
        .iter()
        .map(|c| format!("OLD.{c} {distinct} NEW.{c}"))
        .collect::<Vec<_>>()
        .join(" OR ")
}

/// 054's trigger raises the version of OLD's scope (see there).
const SQLITE_RAISE: &str = "INSERT INTO identity_principal_versions (scope, version) \
  VALUES (CASE WHEN OLD.scope_kind = 'tenant' THEN OLD.scope_id \
          ELSE X'00000000000000000000000000000000' END, 1) \
  ON CONFLICT (scope) DO UPDATE SET version = version + 1;";

fn postgres(when: &str) -> String {
    format!(
        "DROP TRIGGER identity_principals_providers_updated ON identity_providers;
         CREATE TRIGGER identity_principals_providers_updated AFTER UPDATE ON identity_providers
           FOR EACH ROW {when} EXECUTE FUNCTION identity_principals_providers();"
    )
}

fn sqlite(when: &str) -> String {
    format!(
        "DROP TRIGGER identity_principals_providers_updated;
         CREATE TRIGGER identity_principals_providers_updated AFTER UPDATE ON identity_providers
           FOR EACH ROW {when} BEGIN {SQLITE_RAISE} END;"
    )
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let postgres = postgres(&format!("WHEN ({})", changed("IS DISTINCT FROM")));
        let sqlite = sqlite(&format!("WHEN ({})", changed("IS NOT")));
        sql::run(manager, &postgres, &sqlite).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::run(manager, &postgres(""), &sqlite("")).await
    }
}
