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
