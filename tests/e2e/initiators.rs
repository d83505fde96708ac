//! Who initiates the procedure and when (art. 9a ust. 11–11d of the act): NK-A filed for a
//! probation officer, a prosecutor, a county family support centre or "another body" is refused
//! on its field with nothing opened, and a correction to one of them is refused with nothing
//! changed; a non-governmental organisation's psychologist and the Military Police may
//! initiate. An NK-A filled from an older report is initiated on the day it is filled.

use serde_json::json;

use crate::cases::{days_ago, nk_a, ok};
use crate::harness::{demo, Backend};
use crate::on_both;

const OPEN: &str = "mutation($input: OpenBlueCardInput!) { openBlueCard(input: $input) { \
    blueCard { id version initiatorInstitution } userErrors { field code } } }";
const UPDATE: &str = "mutation($input: UpdateBlueCardInput!) { updateBlueCard(input: $input) { \
    blueCard { version initiatorInstitution } userErrors { field code } } }";

async fn only_the_bodies_the_act_names_initiate_the_procedure(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let cards = "{ blueCards(first: 100) { edges { node { id } } } }";
    let before = ok(&server, &worker, cards, json!({})).await;
    for body in ["PROBATION", "PROSECUTOR", "FAMILY_SUPPORT_CENTRE", "OTHER"] {
        let mut form = nk_a(days_ago(1));
        form["initiatorInstitution"] = json!(body);
        let data = ok(&server, &worker, OPEN, json!({ "input": form })).await;
        assert_eq!(
            data["openBlueCard"]["userErrors"],
            json!([{ "field": ["input", "initiatorInstitution"], "code": "NOT_AN_INITIATOR" }]),
            "{body}: {data}"
        );
    }
    assert_eq!(
        ok(&server, &worker, cards, json!({})).await,
        before,
        "nothing opened"
    );

    let mut form = nk_a(days_ago(1));
    form["initiatorInstitution"] = json!("NGO");
    let data = ok(&server, &worker, OPEN, json!({ "input": form })).await;
    let card = data["openBlueCard"]["blueCard"].clone();
    assert_eq!(card["initiatorInstitution"], "NGO", "{data}");
    let refused = ok(
        &server,
        &worker,
        UPDATE,
        json!({ "input": { "id": card["id"], "version": card["version"], "initiatorInstitution": "PROBATION" } }),
    )
    .await;
    assert_eq!(
        refused["updateBlueCard"]["userErrors"][0]["code"], "NOT_AN_INITIATOR",
        "{refused}"
    );
    let changed = ok(
        &server,
        &worker,
        UPDATE,
        json!({ "input": { "id": card["id"], "version": card["version"], "initiatorInstitution": "MILITARY_POLICE" } }),
    )
    .await;
    assert_eq!(
        changed["updateBlueCard"]["blueCard"]["initiatorInstitution"], "MILITARY_POLICE",
        "nothing changed by the refusal, so the version read still holds: {changed}"
    );
}
on_both!(only_the_bodies_the_act_names_initiate_the_procedure);

/// An NK-A filled from a report received ten days ago starts the procedure on the day it is
/// filled: its deadlines run from then, not from the report.
async fn an_nk_a_from_an_older_report_starts_on_the_day_it_is_filled(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let intake = server.staff("zory", "rejestracja").await;
    let mut report = crate::intake::report();
    report["receivedAt"] = json!((chrono::Utc::now() - chrono::Duration::days(10)).to_rfc3339());
    let id = crate::intake::record(&server, &intake, report).await["id"].clone();
    let data = ok(
        &server,
        &intake,
        "mutation($input: ConvertIntakeToBlueCardInput!) { convertIntakeToBlueCard(input: $input) { \
         prefill { initiatedOn } userErrors { code } } }",
        json!({ "input": { "id": id } }),
    )
    .await;
    assert_eq!(
        data["convertIntakeToBlueCard"]["prefill"]["initiatedOn"],
        crate::cases::today().to_string(),
        "{data}"
    );
}
on_both!(an_nk_a_from_an_older_report_starts_on_the_day_it_is_filled);
