//! Ready to scale past one PostgreSQL: the path is Citus, tables distributed by `tenant_id`
//! (docs/operators.md, "Scaling past one database"). Citus cannot be installed here, so the
//! catalogue proves what `create_distributed_table(…, 'tenant_id')` and
//! `create_reference_table(…)` need: every primary key and unique constraint of a tenant table
//! includes `tenant_id`, as does every foreign key between tenant tables, and no platform table
//! (a reference table) refers to a tenant table.

use crate::harness::{Backend, TestDb};
use crate::rls::{tenant_tables, texts};

/// Tenant tables: the base tables of `public` with a `tenant_id` column.
const TENANT: &str = "SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND EXISTS (SELECT 1 FROM pg_attribute a \
    WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)";

/// Whether `tenant_id` is among the columns `cols` (an int2vector or array) of relation `rel`.
fn has_tenant(rel: &str, cols: &str) -> String {
    format!(
        "EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = {rel} \
         AND a.attname = 'tenant_id' AND a.attnum = ANY({cols}))"
    )
}

#[tokio::test]
async fn every_tenant_table_can_be_distributed_by_tenant() {
    let db = TestDb::new(Backend::Postgres).await;
    let conn = db.connect_as_superuser().await;
    assert!(tenant_tables(&conn).await.len() > 20);

    let unique_without_tenant = texts(
        &conn,
        &format!(
            "SELECT t.relname || ': ' || i.relname FROM pg_index x \
             JOIN pg_class t ON t.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid \
             WHERE x.indrelid IN ({TENANT}) AND (x.indisunique OR x.indisprimary) \
             AND NOT {} ORDER BY 1",
            has_tenant("t.oid", "x.indkey")
        ),
    )
    .await;
    assert_eq!(unique_without_tenant, Vec::<String>::new());

    let keys_without_tenant = texts(
        &conn,
        &format!(
            "SELECT con.conrelid::regclass::text || ': ' || con.conname FROM pg_constraint con \
             WHERE con.contype = 'f' AND con.conrelid IN ({TENANT}) \
             AND con.confrelid IN ({TENANT}) AND NOT ({} AND {}) ORDER BY 1",
            has_tenant("con.conrelid", "con.conkey"),
            has_tenant("con.confrelid", "con.confkey")
        ),
    )
    .await;
    assert_eq!(keys_without_tenant, Vec::<String>::new());

    let platform_into_tenant = texts(
        &conn,
        &format!(
            "SELECT con.conrelid::regclass::text || ': ' || con.conname FROM pg_constraint con \
             WHERE con.contype = 'f' AND con.conrelid NOT IN ({TENANT}) \
             AND con.confrelid IN ({TENANT}) ORDER BY 1"
        ),
    )
    .await;
    assert_eq!(platform_into_tenant, Vec::<String>::new());

    // The distribution column is never null: each row belongs to one shard.
    let nullable = texts(
        &conn,
        &format!(
            "SELECT c.relname::text FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid \
             WHERE c.oid IN ({TENANT}) AND a.attname = 'tenant_id' AND NOT a.attnotnull ORDER BY 1"
        ),
    )
    .await;
    assert_eq!(nullable, Vec::<String>::new());
}
