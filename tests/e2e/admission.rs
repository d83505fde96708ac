//! Admission (`http.max_requests_in_flight`, `http.max_requests_queued`): requests beyond those
//! running wait their turn, any beyond the queue are answered 503 UNAVAILABLE at once with
//! `Retry-After`, and the waiting ones are served once a turn is free, none lost.

use std::time::{Duration, Instant};

use sea_orm::{ConnectionTrait, Statement, TransactionTrait};
use serde_json::json;

use crate::harness::{Backend, Server, ServerOptions, TestDb};

const SETTINGS: &str = "{ tenantSettings { version } }";

#[tokio::test]
async fn requests_beyond_the_running_wait_and_beyond_the_queue_are_shed() {
    let db = TestDb::new(Backend::Postgres).await;
    let server = Server::start(
        &db,
        ServerOptions {
            demo: true,
            env: vec![
                ("OSTOJA_HTTP__MAX_REQUESTS_IN_FLIGHT".into(), "1".into()),
                ("OSTOJA_HTTP__MAX_REQUESTS_QUEUED".into(), "1".into()),
                (
                    "OSTOJA_DATABASE__STATEMENT_TIMEOUT_SECONDS".into(),
                    "0".into(),
                ),
            ],
            ..Default::default()
        },
    )
    .await;
    let admin = server.staff("zory", "admin").await;
    let warm = server.gql(Some(&admin), SETTINGS, json!({})).await;
    assert!(warm["errors"].is_null(), "{warm}");

    // A lock held elsewhere keeps the first request running.
    let superuser = db.connect_as_superuser().await;
    let lock = superuser.begin().await.expect("begin");
    lock.execute_unprepared("LOCK TABLE tenancy_settings IN ACCESS EXCLUSIVE MODE")
        .await
        .expect("lock");
    let post = |server: &Server, token: &str| {
        server
            .http
            .post(format!("{}/graphql", server.url))
            .bearer_auth(token)
            .json(&json!({ "query": SETTINGS }))
            .send()
    };
    let running = tokio::spawn(post(&server, &admin));
    let watcher = db.connect_as_superuser().await;
    wait_for(&watcher, "a request waiting on the lock", |n| n >= 1).await;

    // The second waits for its turn...
    let queued = tokio::spawn(post(&server, &admin));
    let deadline = Instant::now() + Duration::from_secs(20);
    while server.metric("ostoja_http_requests_queued").await < 1.0 {
        assert!(Instant::now() < deadline, "the second request never queued");
        tokio::task::yield_now().await;
    }
    // ...and the third finds the queue full: answered at once, asked to retry.
    let started = Instant::now();
    let shed = post(&server, &admin).await.expect("third request");
    assert_eq!(shed.status().as_u16(), 503);
    assert_eq!(
        shed.headers().get("retry-after").map(|v| v.as_bytes()),
        Some(&b"1"[..])
    );
    let body: serde_json::Value = shed.json().await.expect("json");
    assert_eq!(
        body["errors"][0]["extensions"]["code"], "UNAVAILABLE",
        "{body}"
    );
    assert!(started.elapsed() < Duration::from_secs(5), "shed at once");
    assert_eq!(server.metric("ostoja_http_requests_shed_total").await, 1.0);

    // Once the lock is gone both are served, in turn.
    lock.rollback().await.expect("release");
    for (name, handle) in [("running", running), ("queued", queued)] {
        let resp = handle.await.expect("task").expect(name);
        assert_eq!(resp.status().as_u16(), 200, "{name}");
        let body: serde_json::Value = resp.json().await.expect("json");
        assert!(body["errors"].is_null(), "{name}: {body}");
        assert_eq!(body["data"]["tenantSettings"]["version"], 0, "{name}");
    }
    assert_eq!(server.metric("ostoja_http_requests_queued").await, 0.0);
}

/// Polls `pg_stat_activity` until the number of statements waiting on a lock satisfies `done`.
async fn wait_for(superuser: &sea_orm::DatabaseConnection, what: &str, done: impl Fn(i64) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let row = superuser
            .query_one_raw(Statement::from_string(
                superuser.get_database_backend(),
                "SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'",
            ))
            .await
            .expect("pg_stat_activity")
            .expect("a row");
        let n: i64 = row.try_get("", "n").expect("n");
        if done(n) {
            return;
        }
        assert!(Instant::now() < deadline, "never saw {what}");
        tokio::task::yield_now().await;
    }
}
