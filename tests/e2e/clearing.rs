//! What a correction clears when sent as null: a plan item's due day and responsible person
//! (named, changed, then cleared, a field left out kept as it was, a stale version a conflict
//! that changes nothing), and whether the victim feels safe on NK-A, set back to not
//! established.

use serde_json::{json, Value};

use crate::cases::ok;
use crate::harness::{code, demo, Backend};
use crate::on_both;

const UPDATE: &str = "mutation($input: UpdatePlanItemInput!) { updatePlanItem(input: $input) { \
    planItem { id version status dueOn responsibleUserId responsibleName } userErrors { field code } } }";

async fn a_plan_items_due_day_and_responsible_person_are_cleared(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let admin = server.staff("zory", "admin").await;
    let ids = crate::cases::card_in_diagnosis(&server, &worker, &chair).await;
    let people = crate::access_ends::users(&server, &admin).await;
    let update = |input: Value| {
        let (server, worker) = (&server, &worker);
        async move {
            let data = ok(server, worker, UPDATE, json!({ "input": input })).await;
            assert_eq!(data["updatePlanItem"]["userErrors"], json!([]), "{data}");
            data["updatePlanItem"]["planItem"].clone()
        }
    };

    let item = update(
        json!({ "id": ids.plan_item, "version": 1, "dueOn": "2030-01-31",
        "responsibleUserId": people["policjant"]["id"] }),
    )
    .await;
    assert_eq!(item["dueOn"], "2030-01-31");
    assert_eq!(item["responsibleUserId"], people["policjant"]["id"]);
    // Another person; the due day left out stays.
    let item = update(json!({ "id": ids.plan_item, "version": 2,
        "responsibleUserId": people["przewodniczacy"]["id"] }))
    .await;
    assert_eq!(item["dueOn"], "2030-01-31");
    assert_eq!(item["responsibleUserId"], people["przewodniczacy"]["id"]);
    // Null clears each; the status left out stays.
    let item = update(json!({ "id": ids.plan_item, "version": 3, "dueOn": null })).await;
    assert_eq!(item["dueOn"], Value::Null);
    assert_eq!(item["responsibleUserId"], people["przewodniczacy"]["id"]);
    let item =
        update(json!({ "id": ids.plan_item, "version": 4, "responsibleUserId": null })).await;
    assert_eq!(
        (&item["responsibleUserId"], &item["responsibleName"]),
        (&Value::Null, &Value::Null)
    );
    assert_eq!(
        (&item["status"], &item["version"]),
        (&json!("PLANNED"), &json!(5))
    );

    // A stale version changes nothing.
    let stale = server
        .gql(
            Some(&worker),
            UPDATE,
            json!({ "input": { "id": ids.plan_item, "version": 4, "dueOn": "2031-01-01" } }),
        )
        .await;
    assert_eq!(code(&stale), Some("CONFLICT"), "{stale}");
    let card = ok(
        &server,
        &worker,
        "query($id: ID!) { node(id: $id) { ... on BlueCard { helpPlan { dueOn version } } } }",
        json!({ "id": ids.card }),
    )
    .await;
    assert_eq!(
        card["node"]["helpPlan"][0],
        json!({ "dueOn": null, "version": 5 })
    );
}
on_both!(a_plan_items_due_day_and_responsible_person_are_cleared);

async fn whether_the_victim_feels_safe_is_set_back_to_not_established(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let opened = crate::cases::open(
        &server,
        &worker,
        crate::cases::nk_a(crate::cases::days_ago(1)),
    )
    .await;
    let card = opened["blueCard"]["id"].clone();
    let update = "mutation($input: UpdateBlueCardInput!) { updateBlueCard(input: $input) { \
        blueCard { version details { victimFeelsSafe firearmAccess } } userErrors { code } } }";
    let mut version = 1;
    for (sent, read) in [(json!(false), json!(false)), (Value::Null, Value::Null)] {
        let data = ok(
            &server,
            &worker,
            update,
            json!({ "input": { "id": card, "version": version, "victimFeelsSafe": sent } }),
        )
        .await;
        let changed = &data["updateBlueCard"]["blueCard"];
        assert_eq!(changed["details"]["victimFeelsSafe"], read, "{data}");
        version = changed["version"].as_i64().unwrap();
    }
    // Left out, it stays as it is.
    let data = ok(
        &server,
        &worker,
        update,
        json!({ "input": { "id": card, "version": version, "firearmAccess": true } }),
    )
    .await;
    let details = &data["updateBlueCard"]["blueCard"]["details"];
    assert_eq!(
        (&details["victimFeelsSafe"], &details["firearmAccess"]),
        (&Value::Null, &json!(true))
    );
}
on_both!(whether_the_victim_feels_safe_is_set_back_to_not_established);
