//! Helpers shared by the migrations.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

use crate::APP_ROLE;

/// Runs one script per backend, statement by statement.
pub async fn run(manager: &SchemaManager<'_>, postgres: &str, sqlite: &str) -> Result<(), DbErr> {
    let script = match manager.get_database_backend() {
        DbBackend::Postgres => postgres,
        DbBackend::Sqlite => sqlite,
        other => {
            return Err(DbErr::Migration(format!(
                "unsupported database backend {other:?}"
            )))
        }
    };
    manager.get_connection().execute_unprepared(script).await?;
    Ok(())
}

/// PostgreSQL: grants privileges on `table` to the server role if that role exists.
pub fn grant(table: &str, privileges: &str) -> String {
    format!(
        "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{APP_ROLE}') THEN \
         GRANT {privileges} ON {table} TO {APP_ROLE}; END IF; END $$;\n"
    )
}

/// PostgreSQL: forced row-level security confining `table` to the tenant set by the kernel's
/// tenant transaction. A transaction with no tenant sees and writes nothing.
pub fn tenant_rls(table: &str) -> String {
    format!(
        "ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;\n\
         ALTER TABLE {table} FORCE ROW LEVEL SECURITY;\n\
         CREATE POLICY {table}_tenant_isolation ON {table} \
         USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) \
         WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);\n"
    )
}

/// Runs DDL written once in portable form: the PostgreSQL text as is (followed by
/// `postgres_extra`, e.g. row-level security and grants), and on SQLite with the column types
/// SQLite stores (`uuid` → blob, `timestamptz`/`date` → text, `boolean` defaults as 0/1).
pub async fn run_portable(
    manager: &SchemaManager<'_>,
    ddl: &str,
    postgres_extra: &str,
) -> Result<(), DbErr> {
    let postgres = format!("{ddl}\n{postgres_extra}");
    run(manager, &postgres, &sqlite_dialect(ddl)).await
}

fn sqlite_dialect(ddl: &str) -> String {
    ddl.replace(" uuid", " blob")
        .replace(" timestamptz", " text")
        .replace(" date", " text")
        .replace("DEFAULT false", "DEFAULT 0")
        .replace("DEFAULT true", "DEFAULT 1")
}

/// PostgreSQL: row-level security and the server role's privileges for each tenant table.
pub fn tenant_tables(tables: &[&str], privileges: &str) -> String {
    tables
        .iter()
        .map(|t| format!("{}{}", tenant_rls(t), grant(t, privileges)))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn sqlite_dialect_maps_types() {
        let ddl = "CREATE TABLE t (tenant_id uuid NOT NULL, on_day date, at timestamptz, \
                   ok boolean NOT NULL DEFAULT false, updated date)";
        assert_eq!(
            super::sqlite_dialect(ddl),
            "CREATE TABLE t (tenant_id blob NOT NULL, on_day text, at text, \
             ok boolean NOT NULL DEFAULT 0, updated text)"
        );
    }
}
