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
