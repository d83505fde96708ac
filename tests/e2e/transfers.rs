//! A family moves: the procedure is handed over to another municipality's team on Ostoja. The
//! sending chair proposes, both administrators agree, the receiving chair accepts; the card
//! arrives with its forms, plans and history sealed under the receiving municipality's key and
//! found by its indexes, the sending card stays as the closed record, and nothing else of
//! either municipality crosses. Refusals change nothing.

use serde_json::{json, Value};

use crate::cases::{card_in_diagnosis, field_codes, ok, today};
use crate::harness::{code, demo, Backend, Server};
use crate::on_both;

const TRANSFER: &str = "id outgoing municipality number state proposedOn proposedByName \
    approvedOn agreedOn decidedOn completedOn version card { id status }";

const PROPOSE: &str =
    "mutation($input: ProposeCaseTransferInput!) { proposeCaseTransfer(input: $input) { \
    transfer { id state version number } userErrors { field code } } }";

const DECIDE: &str =
    "mutation($input: DecideCaseTransferInput!) { decideCaseTransfer(input: $input) { \
    transfer { id state version } userErrors { field code } } }";

/// Everything of a card the hand-over carries, as its chair reads it.
pub(crate) const WHOLE: &str =
    "query($id: ID!) { node(id: $id) { ... on BlueCard { id status version number \
    persons { id firstName lastName pesel } forms { id kind filledOn } \
    helpPlan { description status } history { step status } diagnosticGroup { displayName } \
    deadlines { kind cancelled metOn } } } }";

pub(crate) async fn transfers(server: &Server, token: &str) -> Vec<Value> {
    let data = ok(
        server,
        token,
        &format!("{{ caseTransfers {{ {TRANSFER} }} }}"),
        json!({}),
    )
    .await;
    data["caseTransfers"].as_array().unwrap().clone()
}

pub(crate) async fn propose(
    server: &Server,
    token: &str,
    card: &str,
    version: i64,
    to: &str,
) -> Value {
    let input = json!({ "id": card, "version": version, "municipality": to });
    ok(server, token, PROPOSE, json!({ "input": input })).await["proposeCaseTransfer"].clone()
}

pub(crate) async fn decide(
    server: &Server,
    token: &str,
    id: &str,
    version: i64,
    agree: bool,
) -> Value {
    let input = json!({ "id": id, "version": version, "agree": agree });
    server
        .gql(Some(token), DECIDE, json!({ "input": input }))
        .await
}

pub(crate) async fn decided(
    server: &Server,
    token: &str,
    id: &str,
    version: i64,
    agree: bool,
) -> Value {
    let body = decide(server, token, id, version, agree).await;
    let payload = &body["data"]["decideCaseTransfer"];
    assert_eq!(payload["userErrors"], json!([]), "{body}");
    payload["transfer"].clone()
}

pub(crate) async fn whole(server: &Server, token: &str, id: &str) -> Value {
    ok(server, token, WHOLE, json!({ "id": id })).await["node"].clone()
}

/// `value` without its `id` fields: a moved record takes a new ID where it arrives.
pub(crate) fn without_ids(value: &Value) -> Value {
    match value {
        Value::Array(items) => Value::Array(items.iter().map(without_ids).collect()),
        Value::Object(fields) => Value::Object(
            fields
                .iter()
                .filter(|(k, _)| k.as_str() != "id")
                .map(|(k, v)| (k.clone(), without_ids(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

pub(crate) async fn card_count(server: &Server, token: &str) -> usize {
    let data = ok(
        server,
        token,
        "{ blueCards(first: 100) { edges { node { id } } } }",
        json!({}),
    )
    .await;
    data["blueCards"]["edges"].as_array().unwrap().len()
}

async fn a_procedure_moves_with_the_family(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let admin = server.staff("zory", "admin").await;
    let their_chair = server.staff("czestochowa", "przewodniczacy").await;
    let their_admin = server.staff("czestochowa", "admin").await;
    let their_worker = server.staff("czestochowa", "pracownik").await;
    let third_chair = server.staff("jastrzebie", "przewodniczacy").await;
    let third_admin = server.staff("jastrzebie", "admin").await;

    // A procedure in diagnosis: a group, a meeting, NK-C with a help plan.
    let ids = card_in_diagnosis(&server, &worker, &chair).await;
    let before = whole(&server, &chair, &ids.card).await;
    let version = before["version"].as_i64().unwrap();
    let their_cards = card_count(&server, &their_chair).await;

    // Refused, each on its field, and nothing written.
    let op = server.operator().await;
    let lubliniec = server.municipality_id("lubliniec").await;
    let body = server.gql(Some(&op), "mutation($id: ID!) { disableMunicipality(input: { id: $id }) { municipality { active } } }", json!({ "id": lubliniec })).await;
    assert_eq!(
        body["data"]["disableMunicipality"]["municipality"]["active"], false,
        "{body}"
    );
    for (to, expected) in [
        ("nie-ma-takiej", "NOT_FOUND"),
        ("Zory!", "NOT_FOUND"),
        ("zory", "SAME_MUNICIPALITY"),
        ("lubliniec", "NOT_ACCEPTED"),
    ] {
        let payload = propose(&server, &chair, &ids.card, version, to).await;
        assert!(payload["transfer"].is_null(), "{to}: {payload}");
        assert_eq!(
            field_codes(&payload["userErrors"]),
            [("municipality".to_owned(), expected.to_owned())],
            "{to}"
        );
    }
    // Only the chair proposes; a stale version is a conflict.
    let body = server
        .gql(
            Some(&worker),
            PROPOSE,
            json!({ "input": { "id": ids.card, "version": version, "municipality": "czestochowa" } }),
        )
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    let body = server
        .gql(
            Some(&chair),
            PROPOSE,
            json!({ "input": { "id": ids.card, "version": version - 1, "municipality": "czestochowa" } }),
        )
        .await;
    assert_eq!(code(&body), Some("CONFLICT"), "{body}");
    assert!(transfers(&server, &chair).await.is_empty());
    assert_eq!(whole(&server, &chair, &ids.card).await["version"], version);

    // The screens offer it to the chair alone, until it is proposed.
    let may = "query($id: ID!) { node(id: $id) { ... on BlueCard { mayHandOver } } }";
    let offered = |token: String| {
        let server = &server;
        let id = ids.card.clone();
        async move { ok(server, &token, may, json!({ "id": id })).await["node"]["mayHandOver"].clone() }
    };
    assert_eq!(offered(chair.clone()).await, true);
    assert_eq!(offered(worker.clone()).await, false);

    // The chair proposes; a second proposal is refused while it is under way.
    let proposed = propose(&server, &chair, &ids.card, version, "czestochowa").await;
    assert_eq!(proposed["userErrors"], json!([]), "{proposed}");
    let transfer = proposed["transfer"]["id"].as_str().unwrap().to_owned();
    assert_eq!(proposed["transfer"]["state"], "PROPOSED");
    assert_eq!(offered(chair.clone()).await, false);
    let again = propose(&server, &chair, &ids.card, version, "jastrzebie").await;
    assert_eq!(
        field_codes(&again["userErrors"]),
        [("id".to_owned(), "ALREADY_PROPOSED".to_owned())]
    );

    // Nobody in the receiving municipality sees it until the sending administrator agrees;
    // the chair does not decide for the municipality.
    assert!(transfers(&server, &their_admin).await.is_empty());
    assert!(transfers(&server, &their_chair).await.is_empty());
    let body = decide(&server, &their_admin, &transfer, 1, true).await;
    assert_eq!(code(&body), Some("NOT_FOUND"), "{body}");
    let body = decide(&server, &chair, &transfer, 1, true).await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    // The administrator sees the hand-over without the card's number or content.
    let seen = transfers(&server, &admin).await;
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0]["number"], Value::Null, "{seen:?}");
    assert_eq!(seen[0]["card"], Value::Null, "{seen:?}");
    assert_eq!(seen[0]["municipality"], "Miasto Częstochowa", "{seen:?}");
    let approved = decided(&server, &admin, &transfer, 1, true).await;
    assert_eq!(approved["state"], "APPROVED");

    // The receiving administrator sees it now (its chair not yet) and agrees.
    assert!(transfers(&server, &their_chair).await.is_empty());
    let incoming = transfers(&server, &their_admin).await;
    assert_eq!(incoming.len(), 1, "{incoming:?}");
    assert_eq!(incoming[0]["outgoing"], false);
    assert_eq!(incoming[0]["municipality"], "Miasto Żory");
    assert_eq!(incoming[0]["proposedByName"], Value::Null);
    let body = decide(&server, &their_chair, &transfer, 2, true).await;
    assert_eq!(code(&body), Some("NOT_FOUND"), "{body}");
    let agreed = decided(&server, &their_admin, &transfer, 2, true).await;
    assert_eq!(agreed["state"], "AGREED");
    // It waits for the chair now: not for an administrator of either municipality.
    let body = decide(&server, &their_admin, &transfer, 3, true).await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    let body = decide(&server, &admin, &transfer, 3, true).await;
    assert_eq!(
        field_codes(&body["data"]["decideCaseTransfer"]["userErrors"]),
        [("id".to_owned(), "ILLEGAL_TRANSITION".to_owned())],
        "{body}"
    );

    // A third municipality sees nothing of it and cannot decide it.
    for token in [&third_chair, &third_admin] {
        assert!(transfers(&server, token).await.is_empty());
        let body = decide(&server, token, &transfer, 3, true).await;
        assert_eq!(code(&body), Some("NOT_FOUND"), "{body}");
    }

    // The receiving chair sees the number and accepts: the procedure moves at once.
    let waiting = transfers(&server, &their_chair).await;
    assert_eq!(waiting[0]["number"], before["number"], "{waiting:?}");
    assert_eq!(waiting[0]["card"], Value::Null, "not arrived yet");
    let accepted = decided(&server, &their_chair, &transfer, 3, true).await;
    assert_eq!(accepted["state"], "ACCEPTED");
    let done = transfers(&server, &their_chair).await;
    assert_eq!(done[0]["state"], "COMPLETED", "{done:?}");
    assert_eq!(done[0]["completedOn"], today().to_string());
    assert_eq!(done[0]["card"]["status"], "SENT_TO_CHAIR");
    // With an ID of its own there.
    let arrived_id = done[0]["card"]["id"].as_str().unwrap().to_owned();
    assert_ne!(arrived_id, ids.card);

    // The card arrived whole: the same people, forms, plan and history, opened with the
    // receiving key, numbered there, before its chair, without the sending team's group.
    let arrived = whole(&server, &their_chair, &arrived_id).await;
    assert_eq!(
        without_ids(&arrived["persons"]),
        without_ids(&before["persons"])
    );
    assert_eq!(
        without_ids(&arrived["forms"]),
        without_ids(&before["forms"])
    );
    assert_eq!(arrived["helpPlan"], before["helpPlan"]);
    assert_eq!(arrived["diagnosticGroup"], json!([]));
    assert_eq!(arrived["status"], "SENT_TO_CHAIR");
    // Numbered in the receiving municipality's own sequence of this year.
    let number = format!("NK/{}/{:04}", today().format("%Y"), their_cards + 1);
    assert_eq!(arrived["number"], json!(number));
    let history = arrived["history"].as_array().unwrap();
    assert_eq!(
        history.len(),
        before["history"].as_array().unwrap().len() + 1,
        "{history:?}"
    );
    assert!(history
        .iter()
        .any(|h| h["step"] == "HANDED_OVER" && h["status"] == "SENT_TO_CHAIR"));
    assert!(arrived["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["kind"] == "SET_UP_GROUP" && d["metOn"].is_null() && d["cancelled"] == false));
    // Found by the receiving municipality's indexes: by PESEL and by name.
    let pesel = before["persons"][0]["pesel"].as_str().unwrap().to_owned();
    let last_name = before["persons"][0]["lastName"]
        .as_str()
        .unwrap()
        .to_owned();
    for search in [pesel, last_name] {
        let data = ok(
            &server,
            &their_chair,
            "query($s: String!) { blueCards(first: 10, filter: { search: $s }) { edges { node { id } } } }",
            json!({ "s": search }),
        )
        .await;
        assert_eq!(
            data["blueCards"]["edges"][0]["node"]["id"], arrived_id,
            "{search}: {data}"
        );
    }
    // Exactly one card crossed; the receiving municipality's own staff outside it see none.
    assert_eq!(card_count(&server, &their_chair).await, their_cards + 1);
    let body = server
        .gql(Some(&their_worker), WHOLE, json!({ "id": arrived_id }))
        .await;
    assert_eq!(body["data"]["node"], Value::Null, "{body}");

    // The sending card is the closed record: handed over, nothing more written on it.
    let record = whole(&server, &chair, &ids.card).await;
    assert_eq!(record["status"], "HANDED_OVER");
    assert_eq!(record["persons"], before["persons"]);
    assert!(record["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["cancelled"] == true || !d["metOn"].is_null()));
    let body = server
        .gql(
            Some(&chair),
            "mutation($input: RecordGroupMeetingInput!) { recordGroupMeeting(input: $input) { blueCard { id } userErrors { code } } }",
            json!({ "input": { "id": ids.card, "version": record["version"] } }),
        )
        .await;
    assert_eq!(
        body["data"]["recordGroupMeeting"]["userErrors"][0]["code"], "ILLEGAL_TRANSITION",
        "{body}"
    );
    let sent = transfers(&server, &chair).await;
    assert_eq!(sent[0]["state"], "COMPLETED");
    assert_eq!(sent[0]["card"]["status"], "HANDED_OVER");
    // The sending group leaves it with the procedure: only the chair keeps the record.
    let body = server
        .gql(Some(&worker), WHOLE, json!({ "id": ids.card }))
        .await;
    assert_eq!(body["data"]["node"], Value::Null, "{body}");

    // Both trails record the move (the administrator reads it without the case's objects).
    for (tenant, token) in [("zory", &admin), ("czestochowa", &their_admin)] {
        let trail = ok(
            &server,
            token,
            "{ auditEvents(first: 50) { edges { node { operation actorLogin } } } }",
            json!({}),
        )
        .await;
        let moves = trail["auditEvents"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["node"]["actorLogin"] == "cases-transfer")
            .count();
        assert_eq!(moves, 1, "{tenant}: {trail}");
    }

    // Each card names its hand-over, for its chair.
    let query = "query($id: ID!) { node(id: $id) { ... on BlueCard { transfers { outgoing municipality state } } } }";
    let sent = ok(&server, &chair, query, json!({ "id": ids.card })).await;
    assert_eq!(
        sent["node"]["transfers"],
        json!([{ "outgoing": true, "municipality": "Miasto Częstochowa", "state": "COMPLETED" }])
    );
    let received = ok(&server, &their_chair, query, json!({ "id": arrived_id })).await;
    assert_eq!(
        received["node"]["transfers"],
        json!([{ "outgoing": false, "municipality": "Miasto Żory", "state": "COMPLETED" }])
    );

    // The family moves back to Żory, which keeps its record: the procedure arrives beside it,
    // as a card of its own, and the record stays as it was.
    let zory_cards = card_count(&server, &chair).await;
    let version = arrived["version"].as_i64().unwrap();
    let back = propose(&server, &their_chair, &arrived_id, version, "zory").await;
    assert_eq!(back["userErrors"], json!([]), "{back}");
    let back = back["transfer"]["id"].as_str().unwrap().to_owned();
    decided(&server, &their_admin, &back, 1, true).await;
    decided(&server, &admin, &back, 2, true).await;
    assert_eq!(
        decided(&server, &chair, &back, 3, true).await["state"],
        "ACCEPTED"
    );
    let home = transfers(&server, &chair).await;
    let home = home.iter().find(|t| t["id"] == back.as_str()).unwrap();
    assert_eq!(home["state"], "COMPLETED", "{home}");
    let returned_id = home["card"]["id"].as_str().unwrap();
    assert!(returned_id != ids.card && returned_id != arrived_id);
    let returned = whole(&server, &chair, returned_id).await;
    assert_eq!(returned["status"], "SENT_TO_CHAIR");
    assert_eq!(
        without_ids(&returned["persons"]),
        without_ids(&before["persons"])
    );
    assert_eq!(card_count(&server, &chair).await, zory_cards + 1);
    assert_eq!(whole(&server, &chair, &ids.card).await, record);
    assert_eq!(
        whole(&server, &their_chair, &arrived_id).await["status"],
        "HANDED_OVER"
    );

    // The worker finds nothing left to move.
    server.cli(&["worker", "--once"]).await;
    assert_eq!(card_count(&server, &their_chair).await, their_cards + 1);
}
on_both!(a_procedure_moves_with_the_family);

async fn a_refused_hand_over_leaves_the_procedure_where_it_is(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let admin = server.staff("zory", "admin").await;
    let their_admin = server.staff("jastrzebie", "admin").await;
    let their_chair = server.staff("jastrzebie", "przewodniczacy").await;
    let ids = card_in_diagnosis(&server, &worker, &chair).await;
    let version = whole(&server, &chair, &ids.card).await["version"]
        .as_i64()
        .unwrap();

    // The sending administrator refuses: the chair may propose again.
    let first = propose(&server, &chair, &ids.card, version, "jastrzebie").await;
    let first = first["transfer"]["id"].as_str().unwrap().to_owned();
    assert_eq!(
        decided(&server, &admin, &first, 1, false).await["state"],
        "REFUSED"
    );
    assert!(transfers(&server, &their_admin).await.is_empty());
    let version = whole(&server, &chair, &ids.card).await["version"]
        .as_i64()
        .unwrap();

    // The receiving municipality does not accept it.
    let second = propose(&server, &chair, &ids.card, version, "jastrzebie").await;
    assert_eq!(second["userErrors"], json!([]), "{second}");
    let second = second["transfer"]["id"].as_str().unwrap().to_owned();
    decided(&server, &admin, &second, 1, true).await;
    assert_eq!(
        decided(&server, &their_admin, &second, 2, false).await["state"],
        "DECLINED"
    );
    assert!(transfers(&server, &their_chair).await.is_empty());
    let body = decide(&server, &their_chair, &second, 3, true).await;
    assert_eq!(code(&body), Some("NOT_FOUND"), "{body}");

    // Withdrawn by the sender before its administrator agreed: the receiver never saw it.
    let withdraw =
        "mutation($input: WithdrawCaseTransferInput!) { withdrawCaseTransfer(input: $input) { \
        transfer { state } userErrors { field code } } }";
    let third = propose(&server, &chair, &ids.card, version, "jastrzebie").await;
    let third = third["transfer"]["id"].as_str().unwrap().to_owned();
    let data = ok(
        &server,
        &chair,
        withdraw,
        json!({ "input": { "id": third, "version": 1 } }),
    )
    .await;
    assert_eq!(
        data["withdrawCaseTransfer"]["transfer"]["state"], "WITHDRAWN",
        "{data}"
    );
    assert_eq!(
        transfers(&server, &their_admin).await.len(),
        1,
        "the declined one only"
    );
    // Withdrawn after both administrators agreed: the receiving chair cannot accept it, nobody
    // on the receiving side can withdraw it, and it cannot be withdrawn twice.
    let fourth = propose(&server, &chair, &ids.card, version, "jastrzebie").await;
    let fourth = fourth["transfer"]["id"].as_str().unwrap().to_owned();
    decided(&server, &admin, &fourth, 1, true).await;
    decided(&server, &their_admin, &fourth, 2, true).await;
    let body = server
        .gql(
            Some(&their_chair),
            withdraw,
            json!({ "input": { "id": fourth, "version": 3 } }),
        )
        .await;
    assert_eq!(code(&body), Some("NOT_FOUND"), "{body}");
    let data = ok(
        &server,
        &admin,
        withdraw,
        json!({ "input": { "id": fourth, "version": 3 } }),
    )
    .await;
    assert_eq!(
        data["withdrawCaseTransfer"]["transfer"]["state"], "WITHDRAWN",
        "{data}"
    );
    let body = decide(&server, &their_chair, &fourth, 4, true).await;
    assert_eq!(code(&body), Some("NOT_FOUND"), "{body}");
    let data = ok(
        &server,
        &chair,
        withdraw,
        json!({ "input": { "id": fourth, "version": 4 } }),
    )
    .await;
    assert_eq!(
        field_codes(&data["withdrawCaseTransfer"]["userErrors"]),
        [("id".to_owned(), "ILLEGAL_TRANSITION".to_owned())]
    );

    // The procedure goes on in Żory, unchanged.
    let card = whole(&server, &chair, &ids.card).await;
    assert_eq!(card["status"], "DIAGNOSIS");
    let states: Vec<Value> = transfers(&server, &chair)
        .await
        .iter()
        .map(|t| t["state"].clone())
        .collect();
    assert_eq!(
        states,
        [
            json!("WITHDRAWN"),
            json!("WITHDRAWN"),
            json!("DECLINED"),
            json!("REFUSED")
        ]
    );
}
on_both!(a_refused_hand_over_leaves_the_procedure_where_it_is);

/// Two hand-overs from zory to jastrzebie of a card zory has, for the row-level security check:
/// one withdrawn before the sending administrator agreed (never for jastrzebie's eyes), then
/// one the sending administrator agreed to (waiting for jastrzebie's). A third municipality must
/// see neither.
pub(crate) async fn proposed_row(server: &Server) {
    let chair = server.staff("zory", "przewodniczacy").await;
    let admin = server.staff("zory", "admin").await;
    let data = ok(
        server,
        &chair,
        "{ blueCards(first: 100) { edges { node { id status version } } } }",
        json!({}),
    )
    .await;
    let card = data["blueCards"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["node"])
        .find(|c| {
            ["SENT_TO_CHAIR", "GROUP_ASSIGNED", "DIAGNOSIS", "MONITORING"]
                .contains(&c["status"].as_str().unwrap_or_default())
        })
        .expect("a card zory's chair can hand over")
        .clone();
    let (id, version) = (
        card["id"].as_str().unwrap(),
        card["version"].as_i64().unwrap(),
    );
    let first = propose(server, &chair, id, version, "jastrzebie").await;
    let withdrawn = ok(
        server,
        &chair,
        "mutation($input: WithdrawCaseTransferInput!) { withdrawCaseTransfer(input: $input) { \
         transfer { state } userErrors { code } } }",
        json!({ "input": { "id": first["transfer"]["id"], "version": 1 } }),
    )
    .await;
    assert_eq!(
        withdrawn["withdrawCaseTransfer"]["transfer"]["state"], "WITHDRAWN",
        "{withdrawn}"
    );
    let second = propose(server, &chair, id, version, "jastrzebie").await;
    let second = second["transfer"]["id"].as_str().unwrap().to_owned();
    decided(server, &admin, &second, 1, true).await;
}
