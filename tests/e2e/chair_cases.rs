//! The chair's overdue cases across the team (`blueCards(filter: { overdue })`): a deadline past
//! its day and not met puts a card there, meeting it takes the card off; the filter narrows what
//! the viewer may see and never widens it.

use serde_json::{json, Value};

use crate::cases::{days_ago, nk_a, ok, open, step, today};
use crate::harness::{demo, Backend, Server};
use crate::on_both;

async fn ids(server: &Server, token: &str, filter: Value) -> Vec<String> {
    let data = ok(
        server,
        token,
        "query($filter: BlueCardFilter) { blueCards(first: 100, filter: $filter) { edges { node { id } } } }",
        json!({ "filter": filter }),
    )
    .await;
    let mut out: Vec<String> = data["blueCards"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["id"].as_str().unwrap().to_owned())
        .collect();
    out.sort();
    out
}

async fn chairs_overdue_cases(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let member = server.staff("zory", "czlonek").await;
    let on_time = open(&server, &worker, nk_a(today())).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut old = nk_a(days_ago(30));
    old["persons"][0]["firstName"] = json!("Halina");
    old["persons"][0]["pesel"] = Value::Null;
    let late = open(&server, &worker, old).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // Someone else's card in another municipality, overdue too: never the chair's.
    let elsewhere = server.staff("czestochowa", "pracownik").await;
    open(&server, &elsewhere, nk_a(days_ago(30))).await;

    // The form opened today is forwarded: it waits for the chair, not overdue.
    step(
        &server,
        &worker,
        "forwardBlueCardToChair",
        json!({ "id": on_time, "version": 1 }),
    )
    .await;

    let overdue = json!({ "overdue": true });
    assert_eq!(
        ids(&server, &chair, overdue.clone()).await,
        vec![late.clone()]
    );
    assert_eq!(
        ids(&server, &chair, json!({ "overdue": false })).await,
        vec![on_time.clone()]
    );
    assert_eq!(
        ids(&server, &chair, json!({ "status": "SENT_TO_CHAIR" })).await,
        vec![on_time.clone()]
    );
    // Combined with the status: the overdue card is still OPENED.
    assert_eq!(
        ids(
            &server,
            &chair,
            json!({ "overdue": true, "status": "SENT_TO_CHAIR" })
        )
        .await,
        Vec::<String>::new()
    );
    // The initiator finds their own overdue card; a member outside the case finds nothing.
    assert_eq!(
        ids(&server, &worker, overdue.clone()).await,
        vec![late.clone()]
    );
    assert_eq!(
        ids(&server, &member, overdue.clone()).await,
        Vec::<String>::new()
    );

    // Forwarded late, the deadline is met (late): the card is no longer overdue.
    step(
        &server,
        &worker,
        "forwardBlueCardToChair",
        json!({ "id": late, "version": 1 }),
    )
    .await;
    assert_eq!(ids(&server, &chair, overdue).await, Vec::<String>::new());
}
on_both!(chairs_overdue_cases);
