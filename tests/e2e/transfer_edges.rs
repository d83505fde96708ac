//! A hand-over that cannot move lapses, whoever tried to move it, and leaves both
//! municipalities as they were; a moved procedure is counted once in the region's figures.

use sea_orm::ConnectionTrait;
use serde_json::{json, Value};

use crate::cases::{card_in_diagnosis, days_ago, nk_a, ok, open, step, today};
use crate::harness::{demo, Backend, Server, TestDb};
use crate::on_both;
use crate::statistics::STATS;
use crate::transfers::{card_count, decided, propose, transfers, whole};

/// The flow indicators a hand-over could count twice, by key: the totals of the two
/// municipalities together, as the region's figures add them.
async fn region_flows(server: &Server, chairs: &[&str]) -> Vec<(String, i64)> {
    const FLOWS: [&str; 9] = [
        "blue_cards_opened",
        "victims",
        "perpetrators",
        "perpetrators_under_alcohol",
        "procedures_closed",
        "deadlines_met",
        "work_recorded",
        "programme_referrals",
        "recurrence_after_closure",
    ];
    let month = format!("{}", today().format("%Y-%m"));
    let mut totals: Vec<(String, i64)> = FLOWS.iter().map(|k| (k.to_string(), 0)).collect();
    for chair in chairs {
        let stats = ok(server, chair, STATS, json!({ "p": month })).await;
        for indicator in stats["municipalityStatistics"]["indicators"]
            .as_array()
            .unwrap()
        {
            if let Some(total) = totals
                .iter_mut()
                .find(|(k, _)| indicator["key"] == k.as_str())
            {
                total.1 += indicator["total"].as_i64().unwrap();
            }
        }
    }
    totals
}

async fn record_work(server: &Server, token: &str, card: &str) {
    let data = ok(
        server,
        token,
        "mutation($input: RecordCaseWorkInput!) { recordCaseWork(input: $input) { userErrors { code field } } }",
        json!({ "input": { "blueCardId": card, "kind": "CONSULTATION", "variant": "LEGAL" } }),
    )
    .await;
    assert_eq!(data["recordCaseWork"]["userErrors"], json!([]), "{data}");
}

/// A moved procedure is counted once in the region: its opening, people, work, deadlines and
/// plan where they were written, and it is not a closed procedure in the sending
/// municipality; what the receiving municipality writes after it arrived is counted there.
async fn the_regions_figures_count_a_moved_procedure_once(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let admin = server.staff("zory", "admin").await;
    let their_chair = server.staff("czestochowa", "przewodniczacy").await;
    let their_admin = server.staff("czestochowa", "admin").await;
    let ids = card_in_diagnosis(&server, &worker, &chair).await;
    record_work(&server, &worker, &ids.card).await;
    // A second NK-A about the family, filed and attached to the procedure: it moves with it.
    let filing = open(&server, &worker, nk_a(days_ago(1))).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    step(
        &server,
        &worker,
        "forwardBlueCardToChair",
        json!({ "id": filing, "version": 1 }),
    )
    .await;
    let procedure_version = whole(&server, &chair, &ids.card).await["version"].clone();
    let attached = ok(
        &server,
        &chair,
        "mutation($input: AttachBlueCardFilingInput!) { attachBlueCardFiling(input: $input) { \
         userErrors { code } } }",
        json!({ "input": { "id": filing, "version": 2, "procedureId": ids.card,
                           "procedureVersion": procedure_version } }),
    )
    .await;
    assert_eq!(attached["attachBlueCardFiling"]["userErrors"], json!([]));
    let version = whole(&server, &chair, &ids.card).await["version"]
        .as_i64()
        .unwrap();
    let chairs = [chair.as_str(), their_chair.as_str()];
    let before = region_flows(&server, &chairs).await;
    // What the hand-over could count twice is there to be counted.
    for key in [
        "blue_cards_opened",
        "victims",
        "perpetrators",
        "deadlines_met",
        "work_recorded",
    ] {
        assert!(
            before.iter().any(|(k, n)| k == key && *n > 0),
            "{key}: {before:?}"
        );
    }

    let proposed = propose(&server, &chair, &ids.card, version, "czestochowa").await;
    let id = proposed["transfer"]["id"].as_str().unwrap().to_owned();
    decided(&server, &admin, &id, 1, true).await;
    decided(&server, &their_admin, &id, 2, true).await;
    decided(&server, &their_chair, &id, 3, true).await;
    let arrived = transfers(&server, &their_chair).await[0]["card"].clone();
    assert_eq!(arrived["status"], "SENT_TO_CHAIR");
    assert_eq!(region_flows(&server, &chairs).await, before);

    // Work recorded after it arrived is the receiving municipality's.
    record_work(&server, &their_chair, arrived["id"].as_str().unwrap()).await;
    let after = region_flows(&server, &chairs).await;
    for ((key, was), (_, is)) in before.iter().zip(&after) {
        assert_eq!(*is, was + i64::from(key == "work_recorded"), "{key}");
    }
}
on_both!(the_regions_figures_count_a_moved_procedure_once);

/// Runs `sql` on the database behind the API (as a process that crashed midway would have left
/// it), as municipality `tenant` (on PostgreSQL: SQLite has no tenant setting): as the superuser
/// on PostgreSQL, past row-level security; `{id}` is `id` as stored.
async fn behind_the_api(
    db: &TestDb,
    tenant: uuid::Uuid,
    sql: &str,
    id: uuid::Uuid,
) -> Result<u64, sea_orm::DbErr> {
    let (conn, id) = match db.backend {
        Backend::Postgres => {
            let conn = db.connect_as_superuser().await;
            conn.execute_unprepared(&format!(
                "SELECT set_config('app.tenant_id', '{tenant}', false)"
            ))
            .await
            .unwrap();
            (conn, format!("'{id}'"))
        }
        Backend::Sqlite => (
            db.connect_as_app().await,
            format!("X'{}'", id.simple().to_string().to_uppercase()),
        ),
    };
    conn.execute_unprepared(&sql.replace("{id}", &id))
        .await
        .map(|done| done.rows_affected())
}

async fn set_active(server: &Server, slug: &str, active: bool) {
    let op = server.operator().await;
    let mutation = if active {
        "mutation($id: ID!) { enableMunicipality(input: { id: $id }) { municipality { active } } }"
    } else {
        "mutation($id: ID!) { disableMunicipality(input: { id: $id }) { municipality { active } } }"
    };
    let id = server.municipality_id(slug).await;
    let body = server.gql(Some(&op), mutation, json!({ "id": id })).await;
    assert!(body.get("errors").is_none(), "{body}");
}

/// A hand-over accepted but not moved (its process ended) lapses in the worker when the
/// receiving municipality was disabled meanwhile; one the receiving chair accepts after the
/// sending procedure ended lapses at once. Nothing crosses, the sending procedure stays as it
/// was, and it can be proposed again.
async fn a_hand_over_that_cannot_move_lapses(backend: Backend) {
    let (db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let admin = server.staff("zory", "admin").await;
    let their_chair = server.staff("czestochowa", "przewodniczacy").await;
    let their_admin = server.staff("czestochowa", "admin").await;
    let ids = card_in_diagnosis(&server, &worker, &chair).await;
    let before = whole(&server, &chair, &ids.card).await;
    let their_cards = card_count(&server, &their_chair).await;

    let version = before["version"].as_i64().unwrap();
    let proposed = propose(&server, &chair, &ids.card, version, "czestochowa").await;
    let id = proposed["transfer"]["id"].as_str().unwrap().to_owned();
    decided(&server, &admin, &id, 1, true).await;
    decided(&server, &their_admin, &id, 2, true).await;
    // The receiving chair's acceptance committed; the process that would move it ended.
    let czestochowa = server.municipality_id("czestochowa").await;
    let czestochowa = crate::retention::card_uuid(czestochowa.as_str().unwrap());
    let transfer = crate::retention::card_uuid(&id);
    // Whatever writes it, a decision is not taken out of order (here: the sender accepting).
    let zory = server.municipality_id("zory").await;
    let zory = crate::retention::card_uuid(zory.as_str().unwrap());
    let skipped = "UPDATE cases_transfers SET state = 'completed', completed_on = agreed_on \
                   WHERE id = {id}";
    let refused = behind_the_api(&db, zory, skipped, transfer).await;
    assert!(
        refused
            .as_ref()
            .is_err_and(|e| e.to_string().contains("in its order")),
        "{refused:?}"
    );
    let accept = "UPDATE cases_transfers SET state = 'accepted', decided_by = approved_by, \
                  decided_on = agreed_on, version = 4 WHERE id = {id}";
    let accepted = behind_the_api(&db, czestochowa, accept, transfer).await;
    assert_eq!(accepted.unwrap(), 1);
    set_active(&server, "czestochowa", false).await;
    let out = server.cli(&["worker", "--once"]).await;
    assert!(out.status.success());
    let seen = transfers(&server, &chair).await;
    assert_eq!(seen[0]["state"], "LAPSED", "{seen:?}");
    assert_eq!(seen[0]["completedOn"], today().to_string());
    assert_eq!(whole(&server, &chair, &ids.card).await, before);
    set_active(&server, "czestochowa", true).await;
    assert_eq!(card_count(&server, &their_chair).await, their_cards);
    assert_eq!(transfers(&server, &their_admin).await[0]["state"], "LAPSED");

    // Proposed again, to Jastrzębie; the sending procedure ends before its chair accepts.
    let may = "query($id: ID!) { node(id: $id) { ... on BlueCard { mayHandOver } } }";
    let offered = ok(&server, &chair, may, json!({ "id": ids.card })).await;
    assert_eq!(offered["node"]["mayHandOver"], true);
    let their_chair = server.staff("jastrzebie", "przewodniczacy").await;
    let their_admin = server.staff("jastrzebie", "admin").await;
    let their_cards = card_count(&server, &their_chair).await;
    let proposed = propose(&server, &chair, &ids.card, version, "jastrzebie").await;
    let id = proposed["transfer"]["id"].as_str().unwrap().to_owned();
    decided(&server, &admin, &id, 1, true).await;
    decided(&server, &their_admin, &id, 2, true).await;
    let close = format!(
        "UPDATE cases_blue_cards SET status = 'closed', closed_on = '{}', \
         closure_ground = 'unfounded' WHERE id = {{id}}",
        today()
    );
    let closed = behind_the_api(&db, zory, &close, crate::retention::card_uuid(&ids.card)).await;
    assert_eq!(closed.unwrap(), 1);
    let accepted = decided(&server, &their_chair, &id, 3, true).await;
    assert_eq!(accepted["state"], "ACCEPTED");
    let seen = transfers(&server, &their_chair).await;
    assert_eq!(seen[0]["state"], "LAPSED", "{seen:?}");
    assert_eq!(seen[0]["card"], Value::Null, "{seen:?}");
    assert_eq!(card_count(&server, &their_chair).await, their_cards);
    let record = whole(&server, &chair, &ids.card).await;
    assert_eq!(record["status"], "CLOSED");
    assert_eq!(record["history"], before["history"]);
}
on_both!(a_hand_over_that_cannot_move_lapses);
