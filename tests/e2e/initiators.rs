//! Who initiates the procedure and when (art. 9a ust. 11–11d of the act): NK-A filed for a
//! probation officer, a prosecutor, a county family support centre or "another body" is refused
//! on its field with nothing opened, and a correction to one of them is refused with nothing
//! changed; a non-governmental organisation's psychologist and the Military Police may
//! initiate. A form filled here is of its filer's body; another body's form is registered from
//! paper with the person who filled it. An NK-A filled from an older report is initiated on
//! the day it is filled.

use serde_json::{json, Value};

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

    // An NGO's psychologist's paper form, registered by the social worker.
    let mut form = nk_a(days_ago(1));
    form["initiatorInstitution"] = json!("NGO");
    form["registeredFromPaper"] = json!({ "name": "Ewa Białek", "position": "psycholog", "entity": "Stowarzyszenie „Bezpieczny Dom”" });
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

/// A form filled in Ostoja is its filer's own, of the body they represent on the team; another
/// body's form is registered from paper with the person who filled it, read back with the card.
async fn a_form_filled_here_is_of_its_filers_body(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let police = server.staff("zory", "policjant").await;
    let cards = "{ blueCards(first: 100) { edges { node { id } } } }";
    let before = ok(&server, &worker, cards, json!({})).await;

    // The social worker may not file as the police.
    let mut form = nk_a(days_ago(1));
    form["initiatorInstitution"] = json!("POLICE");
    let data = ok(&server, &worker, OPEN, json!({ "input": form.clone() })).await;
    assert_eq!(
        data["openBlueCard"]["userErrors"],
        json!([{ "field": ["input", "initiatorInstitution"], "code": "NOT_YOUR_BODY" }]),
        "{data}"
    );
    // A paper form needs the person who filled it and their body.
    form["registeredFromPaper"] = json!({ "name": " ", "entity": "" });
    let data = ok(&server, &worker, OPEN, json!({ "input": form.clone() })).await;
    assert_eq!(
        data["openBlueCard"]["userErrors"],
        json!([
            { "field": ["input", "registeredFromPaper", "name"], "code": "REQUIRED" },
            { "field": ["input", "registeredFromPaper", "entity"], "code": "REQUIRED" }
        ]),
        "{data}"
    );
    assert_eq!(
        ok(&server, &worker, cards, json!({})).await,
        before,
        "nothing opened"
    );

    // Registered from paper: the police officer's form, with the officer named.
    form["registeredFromPaper"] = json!({ "name": "Jan Wójtowicz", "position": "st. asp.", "entity": "Komenda Miejska Policji w Żorach" });
    let query = "mutation($input: OpenBlueCardInput!) { openBlueCard(input: $input) { \
        blueCard { id version initiatorInstitution initiatorName details { registeredFromPaper { name position entity } } } \
        userErrors { field code } } }";
    let data = ok(&server, &worker, query, json!({ "input": form })).await;
    let card = &data["openBlueCard"]["blueCard"];
    assert_eq!(card["initiatorInstitution"], "POLICE", "{data}");
    assert_eq!(
        card["details"]["registeredFromPaper"],
        json!({ "name": "Jan Wójtowicz", "position": "st. asp.", "entity": "Komenda Miejska Policji w Żorach" })
    );
    assert_eq!(card["initiatorName"], "Anna Kamińska", "who entered it");
    let paper_card = card.clone();

    // The police officer files as the police; his own form names no paper initiator.
    let mut own = nk_a(days_ago(1));
    own["initiatorInstitution"] = json!("POLICE");
    let data = ok(&server, &police, query, json!({ "input": own })).await;
    assert_eq!(
        data["openBlueCard"]["blueCard"]["details"]["registeredFromPaper"],
        Value::Null,
        "{data}"
    );

    // The social worker's own form is not corrected into another body's.
    let data = ok(
        &server,
        &worker,
        OPEN,
        json!({ "input": nk_a(days_ago(1)) }),
    )
    .await;
    let mine = data["openBlueCard"]["blueCard"].clone();
    let refused = ok(
        &server,
        &worker,
        UPDATE,
        json!({ "input": { "id": mine["id"], "version": mine["version"], "initiatorInstitution": "HEALTH_CARE" } }),
    )
    .await;
    assert_eq!(
        refused["updateBlueCard"]["userErrors"],
        json!([{ "field": ["input", "initiatorInstitution"], "code": "NOT_YOUR_BODY" }]),
        "{refused}"
    );
    // ...unless it was a paper form after all: corrected with the person who filled it.
    let update = "mutation($input: UpdateBlueCardInput!) { updateBlueCard(input: $input) { \
        blueCard { version initiatorInstitution details { registeredFromPaper { name position entity } } } \
        userErrors { field code } } }";
    let bad = ok(
        &server,
        &worker,
        update,
        json!({ "input": { "id": mine["id"], "version": mine["version"], "initiatorInstitution": "HEALTH_CARE", "registeredFromPaper": { "name": "", "entity": "Szpital Miejski" } } }),
    )
    .await;
    assert_eq!(
        bad["updateBlueCard"]["userErrors"],
        json!([{ "field": ["input", "registeredFromPaper", "name"], "code": "REQUIRED" }]),
        "{bad}"
    );
    let corrected = ok(
        &server,
        &worker,
        update,
        json!({ "input": { "id": mine["id"], "version": mine["version"], "initiatorInstitution": "HEALTH_CARE", "registeredFromPaper": { "name": "Ewa Białek", "entity": "Szpital Miejski" } } }),
    )
    .await;
    assert_eq!(
        corrected["updateBlueCard"]["userErrors"],
        json!([]),
        "{corrected}"
    );
    assert_eq!(
        corrected["updateBlueCard"]["blueCard"]["details"]["registeredFromPaper"],
        json!({ "name": "Ewa Białek", "position": null, "entity": "Szpital Miejski" })
    );
    // The paper card's officer corrected; his form cannot become the social worker's own.
    let fixed = ok(
        &server,
        &worker,
        update,
        json!({ "input": { "id": paper_card["id"], "version": paper_card["version"], "registeredFromPaper": { "name": "Jan Wójtowicz-Lis", "position": "asp.", "entity": "Komenda Miejska Policji w Żorach" } } }),
    )
    .await;
    let now = &fixed["updateBlueCard"]["blueCard"];
    assert_eq!(
        now["details"]["registeredFromPaper"]["name"], "Jan Wójtowicz-Lis",
        "{fixed}"
    );
    let cleared = ok(
        &server,
        &worker,
        update,
        json!({ "input": { "id": paper_card["id"], "version": now["version"], "registeredFromPaper": null } }),
    )
    .await;
    assert_eq!(
        cleared["updateBlueCard"]["userErrors"],
        json!([{ "field": ["input", "initiatorInstitution"], "code": "NOT_YOUR_BODY" }]),
        "{cleared}"
    );
}
on_both!(a_form_filled_here_is_of_its_filers_body);

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
