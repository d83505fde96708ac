//! Row-level security at the SQL level, connected as the server's role `ostoja_app`.

use sea_orm::{ConnectionTrait, DatabaseConnection, Statement, TransactionTrait};

use crate::harness::{demo, Backend};

async fn fetch<T: sea_orm::TryGetable>(conn: &impl ConnectionTrait, sql: &str) -> T {
    let row = conn
        .query_one_raw(Statement::from_string(
            sea_orm::DbBackend::Postgres,
            sql.to_owned(),
        ))
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .expect("row");
    row.try_get_by_index::<T>(0).expect("value")
}

async fn scalar(conn: &impl ConnectionTrait, sql: &str) -> i64 {
    fetch(conn, sql).await
}

async fn text(conn: &impl ConnectionTrait, sql: &str) -> String {
    fetch(conn, sql).await
}

async fn tenant_id(conn: &DatabaseConnection, slug: &str) -> String {
    text(
        conn,
        &format!("SELECT id::text FROM tenancy_tenants WHERE slug = '{slug}'"),
    )
    .await
}

const TENANT_TABLES: [&str; 3] = ["identity_users", "tenancy_settings", "audit_events"];

#[tokio::test]
async fn row_level_security_as_the_server_role() {
    let (db, server) = demo(Backend::Postgres).await;
    // Make rows in every tenant table of zory and czestochowa.
    for tenant in ["zory", "czestochowa"] {
        let admin = server.staff(tenant, "admin").await;
        let body = server.gql(Some(&admin), "mutation { updateTenantSettings(input: { version: 0, auditRetentionDays: 400 }) { settings { version } } }", serde_json::json!({})).await;
        assert_eq!(
            body["data"]["updateTenantSettings"]["settings"]["version"], 1,
            "{body}"
        );
    }
    server.stop().await;

    let conn = db.connect_as_app().await;
    assert_eq!(text(&conn, "SELECT current_user::text").await, "ostoja_app");
    assert_eq!(scalar(&conn, "SELECT count(*) FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)").await, 0);
    assert_eq!(scalar(&conn, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user").await, 0, "the server role owns nothing");
    // Every tenant-owned table has forced row-level security.
    for table in TENANT_TABLES {
        assert_eq!(scalar(&conn, &format!("SELECT count(*) FROM pg_class WHERE relname = '{table}' AND relrowsecurity AND relforcerowsecurity")).await, 1, "{table}");
    }

    // No tenant set: nothing is visible.
    for table in TENANT_TABLES {
        assert_eq!(
            scalar(&conn, &format!("SELECT count(*) FROM {table}")).await,
            0,
            "{table} without a tenant"
        );
    }
    let zory = tenant_id(&conn, "zory").await;
    let czestochowa = tenant_id(&conn, "czestochowa").await;

    // With zory set: only zory's rows.
    let tx = conn.begin().await.expect("begin");
    tx.execute_unprepared(&format!("SET LOCAL app.tenant_id = '{zory}'"))
        .await
        .expect("set tenant");
    assert_eq!(scalar(&tx, "SELECT count(*) FROM identity_users").await, 5);
    assert_eq!(
        scalar(
            &tx,
            &format!("SELECT count(*) FROM identity_users WHERE tenant_id = '{czestochowa}'")
        )
        .await,
        0
    );
    assert_eq!(
        scalar(&tx, "SELECT count(*) FROM tenancy_settings").await,
        1
    );
    assert!(scalar(&tx, "SELECT count(*) FROM audit_events").await > 0);
    assert_eq!(
        scalar(
            &tx,
            &format!("SELECT count(*) FROM audit_events WHERE tenant_id <> '{zory}'")
        )
        .await,
        0
    );
    // UPDATE of another tenant's rows touches nothing.
    let result = tx
        .execute_unprepared(&format!(
            "UPDATE identity_users SET display_name = 'x' WHERE tenant_id = '{czestochowa}'"
        ))
        .await
        .expect("update");
    assert_eq!(result.rows_affected(), 0);
    tx.rollback().await.expect("rollback");

    // INSERT with another tenant's id fails.
    let failures = [
        format!("INSERT INTO identity_users (tenant_id, id, login, display_name, roles) VALUES ('{czestochowa}', gen_random_uuid(), 'intruder', 'Intruz', '')"),
        format!("UPDATE identity_users SET tenant_id = '{czestochowa}' WHERE login = 'admin'"),
        format!("INSERT INTO audit_events (tenant_id, id, occurred_at, actor_kind, actor_login, operation, object_ids) VALUES ('{czestochowa}', gen_random_uuid(), now(), 'user', 'x', 'x', '[]')"),
        format!("INSERT INTO tenancy_settings (tenant_id, audit_retention_days) VALUES ('{czestochowa}', 400)"),
        // The audit trail is append-only for the server's role.
        "UPDATE audit_events SET operation = 'forged'".to_owned(),
        "DELETE FROM audit_events".to_owned(),
        // Retention may not go below a year, even through the purge function.
        "SELECT audit_purge_expired(30)".to_owned(),
    ];
    for sql in &failures {
        let tx = conn.begin().await.expect("begin");
        tx.execute_unprepared(&format!("SET LOCAL app.tenant_id = '{zory}'"))
            .await
            .expect("set tenant");
        let outcome = tx.execute_unprepared(sql).await;
        let message = outcome.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(
            [
                "row-level security",
                "permission denied",
                "at least 365 days"
            ]
            .iter()
            .any(|m| message.contains(m)),
            "must fail as ostoja_app for the right reason: {sql}: {message}"
        );
        let _ = tx.rollback().await;
    }
    // Without a tenant, even an INSERT of one's "own" row fails.
    let outcome = conn
        .execute_unprepared(&format!("INSERT INTO identity_users (tenant_id, id, login, display_name, roles) VALUES ('{zory}', gen_random_uuid(), 'nobody', 'Nikt', '')"))
        .await;
    assert!(outcome.is_err());
    // The tenant setting does not outlive its transaction.
    assert_eq!(
        scalar(&conn, "SELECT count(*) FROM identity_users").await,
        0
    );
}
