//! identity: a version per scope of principals, raised by the database itself whenever a row a
//! signed-in principal is built from changes, so that a gateway may keep principals between
//! requests and still refuse a disabled person or municipality at once, on every replica: each
//! request reads the one version of its scope (a municipality's ID for its staff, the nil UUID
//! for regional coordinators and operators) and uses its cached principal only while the version
//! is the one it was built at. Triggers raise it in the same transaction as the change, whoever
//! writes (the application, a command, a hand-typed statement), and only for the columns a
//! principal holds: a sign-in's time stamp does not drop every principal of the municipality.
//! The version row is locked until the change commits: a transaction that changes several
//! accounts of one municipality waits for another doing the same (none does today; one that
//! would should change them in a fixed order).

use sea_orm_migration::prelude::*;

use crate::sql::{self, big_integer, uuid};

const VERSIONS: &str = "identity_principal_versions";

/// The scope of regional coordinators and operators (and of regions, whose names they carry).
const PLATFORM_SCOPE: &str = "00000000-0000-0000-0000-000000000000";

/// The columns of a staff account that a principal holds or that decide whether it may act.
const USER_COLUMNS: &[&str] = &[
    "tenant_id",
    "id",
    "login",
    "display_name",
    "roles",
    "provider_roles",
    "disabled",
    "sessions_not_before",
    "oidc_issuer",
    "oidc_subject",
];

/// (trigger-name stem, table, the scope written as an expression over `OLD`, columns that
/// matter or none for every update).
const WATCHED: &[(&str, &str, &str, Option<&[&str]>)] = &[
    (
        "users",
        "identity_users",
        "OLD.tenant_id",
        Some(USER_COLUMNS),
    ),
    ("tenants", "tenancy_tenants", "OLD.id", None),
    ("coordinators", "identity_coordinators", "", None),
    ("operators", "identity_operators", "", None),
    ("regions", "tenancy_regions", "", None),
];

fn changed(columns: Option<&[&str]>, distinct: &str) -> String {
    match columns {
        Some(columns) => columns
            .iter()
            .map(|c| format!("OLD.{c} {distinct} NEW.{c}"))
            .collect::<Vec<_>>()
            .join(" OR "),
        None => "TRUE".to_owned(),
    }
}

fn postgres() -> String {
    let mut script = format!(
        "CREATE FUNCTION identity_raise_principal_version(s uuid) RETURNS void LANGUAGE sql AS $$ \
           INSERT INTO {VERSIONS} AS v (scope, version) VALUES (s, 1) \
           ON CONFLICT (scope) DO UPDATE SET version = v.version + 1 $$;\n"
    );
    for (stem, table, scope, columns) in WATCHED {
        let scope = if scope.is_empty() {
            format!("'{PLATFORM_SCOPE}'::uuid")
        } else {
            (*scope).to_owned()
        };
        script.push_str(&format!(
            "CREATE FUNCTION identity_principals_{stem}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
               PERFORM identity_raise_principal_version({scope}); RETURN NULL; END $$;\n\
             CREATE TRIGGER identity_principals_{stem}_updated AFTER UPDATE ON {table} FOR EACH ROW \
               WHEN ({}) EXECUTE FUNCTION identity_principals_{stem}();\n\
             CREATE TRIGGER identity_principals_{stem}_deleted AFTER DELETE ON {table} FOR EACH ROW \
               EXECUTE FUNCTION identity_principals_{stem}();\n",
            changed(*columns, "IS DISTINCT FROM")
        ));
    }
    script
}

fn sqlite() -> String {
    let mut script = String::new();
    for (stem, table, scope, columns) in WATCHED {
        // UUIDs are 16-byte blobs on SQLite.
        let scope = if scope.is_empty() {
            format!("X'{}'", PLATFORM_SCOPE.replace('-', ""))
        } else {
            (*scope).to_owned()
        };
        let raise = format!(
            "INSERT INTO {VERSIONS} (scope, version) VALUES ({scope}, 1) \
             ON CONFLICT (scope) DO UPDATE SET version = version + 1;"
        );
        script.push_str(&format!(
            "CREATE TRIGGER identity_principals_{stem}_updated AFTER UPDATE ON {table} \
               WHEN ({}) BEGIN {raise} END;\n\
             CREATE TRIGGER identity_principals_{stem}_deleted AFTER DELETE ON {table} \
               BEGIN {raise} END;\n",
            changed(*columns, "IS NOT")
        ));
    }
    script
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(VERSIONS)
                    .col(uuid("scope").primary_key())
                    .col(big_integer("version"))
                    .to_owned(),
            )
            .await?;
        // The server reads the versions; its writes raise them through the triggers.
        sql::postgres_only(manager, &sql::grant(VERSIONS, "SELECT, INSERT, UPDATE")).await?;
        sql::run(manager, &postgres(), &sqlite()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut postgres = String::new();
        let mut sqlite = String::new();
        for (stem, table, _, _) in WATCHED {
            for when in ["updated", "deleted"] {
                postgres.push_str(&format!(
                    "DROP TRIGGER IF EXISTS identity_principals_{stem}_{when} ON {table};\n"
                ));
                sqlite.push_str(&format!(
                    "DROP TRIGGER IF EXISTS identity_principals_{stem}_{when};\n"
                ));
            }
            postgres.push_str(&format!(
                "DROP FUNCTION IF EXISTS identity_principals_{stem}();\n"
            ));
        }
        postgres.push_str("DROP FUNCTION IF EXISTS identity_raise_principal_version(uuid);\n");
        sql::run(manager, &postgres, &sqlite).await?;
        manager
            .drop_table(Table::drop().table(VERSIONS).to_owned())
            .await
    }
}
