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

/// PostgreSQL: takes `privileges` on `table` back from the server role if that role exists.
pub fn revoke(table: &str, privileges: &str) -> String {
    format!(
        "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{APP_ROLE}') THEN \
         REVOKE {privileges} ON {table} FROM {APP_ROLE}; END IF; END $$;\n"
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

/// PostgreSQL: row-level security and the server role's privileges for each tenant table.
pub fn tenant_tables(tables: &[&str], privileges: &str) -> String {
    tables
        .iter()
        .map(|t| format!("{}{}", tenant_rls(t), grant(t, privileges)))
        .collect()
}

/// Runs `script` on PostgreSQL only: row-level security, grants and functions have no SQLite form.
pub async fn postgres_only(manager: &SchemaManager<'_>, script: &str) -> Result<(), DbErr> {
    if manager.get_database_backend() == DbBackend::Postgres {
        manager.get_connection().execute_unprepared(script).await?;
    }
    Ok(())
}

// Typed column builders. Each backend names the types itself (`uuid` on PostgreSQL, a blob the
// driver writes on SQLite), so a table is declared once for both.

pub fn uuid(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).uuid().not_null().to_owned()
}

pub fn uuid_null(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).uuid().null().to_owned()
}

pub fn text(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).text().not_null().to_owned()
}

pub fn text_null(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).text().null().to_owned()
}

pub fn integer(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).integer().not_null().to_owned()
}

pub fn big_integer(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).big_integer().not_null().to_owned()
}

pub fn big_integer_null(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).big_integer().null().to_owned()
}

pub fn double_null(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).double().null().to_owned()
}

pub fn integer_null(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).integer().null().to_owned()
}

pub fn timestamp_null(name: &'static str) -> ColumnDef {
    ColumnDef::new(name)
        .timestamp_with_time_zone()
        .null()
        .to_owned()
}

pub fn date(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).date().not_null().to_owned()
}

pub fn date_null(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).date().null().to_owned()
}

pub fn timestamp(name: &'static str) -> ColumnDef {
    ColumnDef::new(name)
        .timestamp_with_time_zone()
        .not_null()
        .to_owned()
}

pub fn boolean(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).boolean().not_null().to_owned()
}

pub fn boolean_null(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).boolean().null().to_owned()
}

pub fn boolean_default(name: &'static str, value: bool) -> ColumnDef {
    boolean(name).default(value).to_owned()
}

/// The optimistic-locking counter every updatable record carries.
pub fn version() -> ColumnDef {
    integer("version").default(1).to_owned()
}

/// The primary key, named as PostgreSQL names it.
pub fn primary_key(table: &'static str, columns: &[&'static str]) -> IndexCreateStatement {
    columns_of(Index::create().name(format!("{table}_pkey")), columns)
}

/// A unique constraint, named as PostgreSQL names it (`<table>_<columns>_key`).
pub fn unique(table: &'static str, columns: &[&'static str]) -> IndexCreateStatement {
    columns_of(
        Index::create()
            .unique()
            .name(format!("{table}_{}_key", columns.join("_"))),
        columns,
    )
}

/// An index of `table`.
pub fn index(
    name: &'static str,
    table: &'static str,
    columns: &[&'static str],
) -> IndexCreateStatement {
    columns_of(Index::create().name(name).table(table), columns)
}

fn columns_of(index: &mut IndexCreateStatement, columns: &[&'static str]) -> IndexCreateStatement {
    for column in columns {
        index.col(*column);
    }
    index.to_owned()
}

/// A foreign key from `columns` of `table` to `target_columns` of `target`, named as PostgreSQL
/// names it (`<table>_<columns>_fkey`).
pub fn foreign_key(
    table: &'static str,
    columns: &[&'static str],
    target: &'static str,
    target_columns: &[&'static str],
) -> ForeignKeyCreateStatement {
    let mut key = ForeignKey::create();
    key.name(format!("{table}_{}_fkey", columns.join("_")));
    for column in columns {
        key.from(table, *column);
    }
    for column in target_columns {
        key.to(target, *column);
    }
    key.to_owned()
}

/// The foreign key from a tenant table to its municipality.
pub fn tenant_key(table: &'static str) -> ForeignKeyCreateStatement {
    foreign_key(table, &["tenant_id"], "tenancy_tenants", &["id"])
}

/// A foreign key within the municipality: `(tenant_id, column)` → `(tenant_id, id)` of `target`.
pub fn tenant_reference(
    table: &'static str,
    column: &'static str,
    target: &'static str,
) -> ForeignKeyCreateStatement {
    foreign_key(table, &["tenant_id", column], target, &["tenant_id", "id"])
}

/// Creates the tables, then the indexes, in order.
pub async fn create(
    manager: &SchemaManager<'_>,
    tables: Vec<TableCreateStatement>,
    indexes: Vec<IndexCreateStatement>,
) -> Result<(), DbErr> {
    for table in tables {
        manager.create_table(table).await?;
    }
    for index in indexes {
        manager.create_index(index).await?;
    }
    Ok(())
}

/// Drops the tables in order.
pub async fn drop(manager: &SchemaManager<'_>, tables: &[&'static str]) -> Result<(), DbErr> {
    for table in tables {
        manager
            .drop_table(Table::drop().table(*table).to_owned())
            .await?;
    }
    Ok(())
}
