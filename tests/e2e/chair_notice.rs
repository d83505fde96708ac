//! The chair's day: a form NK-A forwarded to the chair reaches them at once, as a live notice
//! and on their list of notifications (the group's set-up deadline is running), and nobody
//! else is told.

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::cases::{days_ago, nk_a, ok, open, step};
use crate::harness::{demo, Backend};
use crate::on_both;
use crate::subscriptions::{connect, next, subscribe};

const NOTICES: &str =
    "{ deadlineNotifications(first: 50) { edges { node { kind deadlineKind blueCardId } } } }";

fn assigned(data: &Value) -> Vec<String> {
    data["deadlineNotifications"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["node"]["kind"] == "ASSIGNED")
        .map(|e| {
            assert_eq!(e["node"]["deadlineKind"], "SET_UP_GROUP", "{e}");
            e["node"]["blueCardId"].as_str().unwrap().to_owned()
        })
        .collect()
}

/// A fresh card of the worker's, forwarded to the chair.
async fn forwarded(server: &crate::harness::Server, worker: &str, n: usize) -> String {
    let mut input = nk_a(days_ago(1));
    input["persons"][0]["firstName"] = json!(format!("Anna{n}"));
    input["persons"][0]["pesel"] = Value::Null;
    let card = open(server, worker, input).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    step(
        server,
        worker,
        "forwardBlueCardToChair",
        json!({ "id": card, "version": 1 }),
    )
    .await;
    card
}

async fn the_chair_is_told_at_once_when_a_form_is_forwarded(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let member = server.staff("zory", "czlonek").await;
    let mut chair_ws = connect(&server, Some(&chair)).await;
    let query = "subscription { blueCardDeadlines { kind deadlineKind blueCardId } }";
    subscribe(&mut chair_ws, query).await;

    // The subscription may not be live at once: each round forwards a fresh form until the
    // chair hears of one.
    let start = Instant::now();
    let mut cards = Vec::new();
    let message = loop {
        cards.push(forwarded(&server, &worker, cards.len()).await);
        if let Some(m) = next(&mut chair_ws, Duration::from_secs(3)).await {
            break m;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "no notice reached the chair"
        );
    };
    let n = &message["payload"]["data"]["blueCardDeadlines"];
    assert_eq!(n["kind"], "ASSIGNED", "{message}");
    assert_eq!(n["deadlineKind"], "SET_UP_GROUP", "{message}");
    assert!(
        cards.iter().any(|c| n["blueCardId"] == c.as_str()),
        "{message}"
    );

    // Every forwarded form is on the chair's list, once; the worker and a member are told nothing.
    let mut listed = assigned(&ok(&server, &chair, NOTICES, json!({})).await);
    listed.sort();
    let mut want = cards.clone();
    want.sort();
    assert_eq!(listed, want);
    assert!(assigned(&ok(&server, &worker, NOTICES, json!({})).await).is_empty());
    assert!(assigned(&ok(&server, &member, NOTICES, json!({})).await).is_empty());
}
on_both!(the_chair_is_told_at_once_when_a_form_is_forwarded);
