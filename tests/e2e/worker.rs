//! The scheduled jobs run inside `serve` (`worker.in_process`, on in `serve --demo`): the
//! embedded default pushes deadline notifications live with neither Redis nor `ostoja worker`.

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::cases::{days_ago, nk_a, open};
use crate::harness::{Backend, Server, ServerOptions, TestDb};
use crate::subscriptions::{connect, next, subscribe};

#[tokio::test]
async fn a_demo_server_pushes_due_notifications_without_redis_or_a_worker() {
    let db = TestDb::new(Backend::Sqlite).await;
    let server = Server::start(
        &db,
        ServerOptions {
            demo: true,
            redis: None,
            env: vec![("OSTOJA_WORKER__INTERVAL_SECONDS".to_owned(), "1".to_owned())],
        },
    )
    .await;
    let worker = server.staff("zory", "pracownik").await;
    let mut ws = connect(&server, Some(&worker)).await;
    subscribe(
        &mut ws,
        "subscription { blueCardDeadlines { kind deadlineKind blueCardId } }",
    )
    .await;

    // A card whose forwarding deadline passed long ago. The subscription may not be live when
    // the in-process worker first notifies it; each round opens a fresh overdue card, until the
    // subscriber hears of one or the deadline passes.
    let start = Instant::now();
    let mut cards = Vec::new();
    let message = loop {
        let mut input = nk_a(days_ago(30));
        input["persons"][0]["firstName"] = json!(format!("Anna{}", cards.len()));
        input["persons"][0]["pesel"] = Value::Null;
        let opened = open(&server, &worker, input).await;
        cards.push(opened["blueCard"]["id"].as_str().unwrap().to_owned());
        if let Some(m) = next(&mut ws, Duration::from_secs(5)).await {
            break m;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "no notification arrived from the in-process worker"
        );
    };
    assert_eq!(message["type"], "next", "{message}");
    let n = &message["payload"]["data"]["blueCardDeadlines"];
    assert_eq!(n["kind"], "OVERDUE", "{message}");
    assert_eq!(n["deadlineKind"], "FORWARD_TO_CHAIR", "{message}");
    assert!(
        cards.iter().any(|c| n["blueCardId"] == c.as_str()),
        "{message}"
    );
}

/// The intake register's response notices reach their recipient live the same way: an overdue
/// entry's taker hears of it; intake staff of another municipality hear nothing.
#[tokio::test]
async fn a_demo_server_pushes_intake_response_notices() {
    let db = TestDb::new(Backend::Sqlite).await;
    let server = Server::start(
        &db,
        ServerOptions {
            demo: true,
            redis: None,
            env: vec![("OSTOJA_WORKER__INTERVAL_SECONDS".to_owned(), "1".to_owned())],
        },
    )
    .await;
    let intake = server.staff("zory", "rejestracja").await;
    let other = server.staff("czestochowa", "rejestracja").await;
    let query = "subscription { intakeResponseDeadlines { kind dueOn intakeEntryId } }";
    let mut ws = connect(&server, Some(&intake)).await;
    subscribe(&mut ws, query).await;
    let mut ws_other = connect(&server, Some(&other)).await;
    subscribe(&mut ws_other, query).await;

    // Each round records a fresh entry received long ago, until the subscriber hears of one
    // (the subscription may not be live when the worker first runs).
    let start = Instant::now();
    let mut entries = Vec::new();
    let message = loop {
        let mut input = crate::intake::report();
        input["receivedAt"] = json!((chrono::Utc::now() - chrono::Duration::days(10)).to_rfc3339());
        let recorded = crate::intake::record(&server, &intake, input).await;
        entries.push(recorded["id"].as_str().unwrap().to_owned());
        if let Some(m) = next(&mut ws, Duration::from_secs(5)).await {
            if m["payload"]["data"]["intakeResponseDeadlines"]["kind"] == "OVERDUE" {
                break m;
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "no intake notice arrived from the in-process worker"
        );
    };
    let n = &message["payload"]["data"]["intakeResponseDeadlines"];
    assert!(
        entries.iter().any(|e| n["intakeEntryId"] == e.as_str()),
        "{message}"
    );
    let heard: Option<Value> = next(&mut ws_other, Duration::from_secs(2)).await;
    assert!(
        heard.is_none_or(|m| !m.to_string().contains(&entries[0])),
        "another municipality heard of it"
    );
}

/// The operator's console reads the worker's runs from the database, whichever process ran
/// them: each job's last run, its outcome and its counts, a failure with its error.
#[tokio::test]
async fn the_console_shows_each_jobs_last_run_and_a_failure() {
    let (db, server) = crate::harness::demo(Backend::Postgres).await;
    let op = server.operator().await;
    let health = "{ deploymentHealth { database redis jobs { job failed lastError lastSuccessAt runs failures } } }";
    let before = crate::cases::ok(&server, &op, health, json!({})).await;
    assert_eq!(before["deploymentHealth"]["database"], "OK");
    assert_eq!(before["deploymentHealth"]["jobs"], json!([]), "no run yet");

    let out = server.cli(&["worker", "--once"]).await;
    assert!(out.status.success());
    // The audit retention may not run as the server's role: it fails, the others do not.
    let su = db.connect_as_superuser().await;
    use sea_orm::ConnectionTrait;
    su.execute_unprepared(
        "REVOKE EXECUTE ON FUNCTION audit_purge_expired(integer) FROM ostoja_app",
    )
    .await
    .expect("revoke");
    let out = server.cli(&["worker", "--once"]).await;
    assert!(!out.status.success(), "a failed job fails the run");

    let after = crate::cases::ok(&server, &op, health, json!({})).await;
    let jobs = after["deploymentHealth"]["jobs"].as_array().expect("jobs");
    let job = |name: &str| -> Value {
        jobs.iter()
            .find(|j| j["job"] == name)
            .unwrap_or_else(|| panic!("{name} in {jobs:?}"))
            .clone()
    };
    let retention = job("audit-retention");
    assert_eq!(retention["failed"], true, "{retention}");
    assert_eq!(retention["runs"], 2);
    assert_eq!(retention["failures"], 1);
    assert!(
        retention["lastSuccessAt"].is_string(),
        "the first run succeeded"
    );
    assert!(retention["lastError"]
        .as_str()
        .is_some_and(|e| !e.is_empty()));
    let deadlines = job("deadline-notifications");
    assert_eq!(deadlines["failed"], false);
    assert_eq!(deadlines["runs"], 2);
    assert_eq!(deadlines["failures"], 0);
    assert_eq!(deadlines["lastError"], Value::Null);
}
