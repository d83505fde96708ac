//! The diagnostic group's part (art. 9b of the act, §§ 9–10 and 18 of the regulation): forms
//! NK-C and NK-D and the closing of the procedure are the group's. A chair who is not in the
//! group reads them but neither fills them nor closes the procedure. Whoever filled the NK-A and
//! is not in the group sees the card, its persons and its course, but not the diagnosis: no
//! NK-C, NK-D, plan, group meeting or closure report.

use serde_json::{json, Value};

use crate::cases::{card, days_ago, member_ids, nk_a, ok, open, step};
use crate::harness::{code, demo, Backend, Server};
use crate::on_both;

const READ: &str = "query($id: ID!) { node(id: $id) { ... on BlueCard { version seesDiagnosis \
    allowedSteps forms { kind } helpPlan { id } actionPlan { id } groupMeetings { note } persons { id } \
    history { step } } } }";

async fn read(server: &Server, token: &str, id: &str) -> Value {
    ok(server, token, READ, json!({ "id": id })).await["node"].clone()
}

fn kinds(card: &Value) -> Vec<&str> {
    card["forms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect()
}

fn offers(card: &Value, step: &str) -> bool {
    card["allowedSteps"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s == step)
}

async fn the_group_fills_nk_c_and_nk_d_and_closes_the_procedure(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let teacher = server.staff("zory", "czlonek").await;
    let worker = server.staff("zory", "pracownik").await;
    let police = server.staff("zory", "policjant").await;
    let chair = server.staff("zory", "przewodniczacy").await;

    // The school's teacher files the NK-A; the chair sets up a group without either of them.
    let mut form = nk_a(days_ago(2));
    form["initiatorInstitution"] = json!("EDUCATION");
    let opened = open(&server, &teacher, form).await;
    let id = opened["blueCard"]["id"].as_str().unwrap().to_owned();
    step(
        &server,
        &teacher,
        "forwardBlueCardToChair",
        json!({ "id": id, "version": 1 }),
    )
    .await;
    let members = member_ids(&server, &chair).await;
    step(
        &server,
        &chair,
        "setUpDiagnosticGroup",
        json!({ "id": id, "version": 2, "memberIds": [members["pracownik"], members["policjant"]] }),
    )
    .await;
    let met = step(
        &server,
        &worker,
        "recordGroupMeeting",
        json!({ "id": id, "version": 3, "note": "Rozmowa z rodziną" }),
    )
    .await;
    let persons = met["persons"].as_array().unwrap();
    let victim = persons.iter().find(|p| p["role"] == "VICTIM").unwrap()["id"].clone();
    let perpetrator = persons.iter().find(|p| p["role"] == "PERPETRATOR").unwrap()["id"].clone();

    // The chair, outside the group, is offered neither form nor closing, and is refused them.
    let seen = read(&server, &chair, &id).await;
    assert_eq!(seen["seesDiagnosis"], true);
    for offered in ["VICTIM_FORM", "PERPETRATOR_FORM", "CLOSED"] {
        assert!(!offers(&seen, offered), "{offered}: {seen}");
    }
    let victim_form = json!({ "id": id, "version": 4, "personId": victim, "diagnosis": "Diagnoza", "helpPlan": [{ "description": "Plan bezpieczeństwa" }] });
    let perpetrator_form = json!({ "id": id, "version": 4, "personId": perpetrator, "diagnosis": "Diagnoza", "actionPlan": [{ "description": "Program korekcyjno-edukacyjny" }] });
    let close = json!({ "id": id, "version": 4, "ground": "UNFOUNDED", "resultReport": "Grupa spotkała się z rodziną; przemocy nie potwierdzono.", "basis": "Zdarzenie nie było przemocą domową w rozumieniu ustawy." });
    for (mutation, input) in [
        ("fillVictimForm", &victim_form),
        ("fillPerpetratorForm", &perpetrator_form),
        ("closeBlueCard", &close),
    ] {
        let query = format!(
            "mutation($input: {}Input!) {{ {mutation}(input: $input) {{ blueCard {{ id }} }} }}",
            crate::cases::input_type(mutation)
        );
        let body = server
            .gql(Some(&chair), &query, json!({ "input": input }))
            .await;
        assert_eq!(code(&body), Some("FORBIDDEN"), "{mutation}: {body}");
    }
    assert_eq!(
        read(&server, &chair, &id).await["version"],
        4,
        "nothing changed"
    );

    // The group does all three.
    let member_view = read(&server, &worker, &id).await;
    for offered in ["VICTIM_FORM", "PERPETRATOR_FORM", "CLOSED"] {
        assert!(offers(&member_view, offered), "{offered}: {member_view}");
    }
    step(&server, &worker, "fillVictimForm", victim_form.clone()).await;
    let mut perpetrator_form = perpetrator_form.clone();
    perpetrator_form["version"] = json!(5);
    step(&server, &police, "fillPerpetratorForm", perpetrator_form).await;

    // The group and the chair read the diagnosis; the teacher, who filed the NK-A and is not in
    // the group, sees the card, its persons and its course, but no NK-C, NK-D or plan.
    for reader in [&worker, &chair] {
        let seen = read(&server, reader, &id).await;
        assert_eq!(seen["seesDiagnosis"], true);
        assert_eq!(kinds(&seen), ["NK_A", "NK_C", "NK_D"], "{seen}");
        assert_eq!(seen["helpPlan"].as_array().unwrap().len(), 1);
        assert_eq!(seen["actionPlan"].as_array().unwrap().len(), 1);
        assert_eq!(seen["groupMeetings"][0]["note"], "Rozmowa z rodziną");
    }
    let filer = read(&server, &teacher, &id).await;
    assert_eq!(filer["seesDiagnosis"], false);
    assert_eq!(kinds(&filer), ["NK_A"], "{filer}");
    assert_eq!(filer["helpPlan"], json!([]));
    assert_eq!(filer["actionPlan"], json!([]));
    assert_eq!(filer["groupMeetings"], json!([]));
    assert_eq!(filer["persons"].as_array().unwrap().len(), persons.len());
    assert!(filer["history"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["step"] == "VICTIM_FORM"));
    // The card itself, with its persons, is the teacher's to read as before.
    let whole = card(&server, &teacher, &id).await;
    assert_eq!(whole["status"], "DIAGNOSIS", "{whole}");

    // The group notifies the perpetrator, who was not there when the NK-A was filled.
    step(
        &server,
        &police,
        "recordPerpetratorNotice",
        json!({ "id": id, "version": 6, "personId": perpetrator, "way": "THROUGH_POLICE" }),
    )
    .await;

    // The chair still may not close it; the group closes it.
    let mut close = close.clone();
    close["version"] = json!(7);
    let query = "mutation($input: CloseBlueCardInput!) { closeBlueCard(input: $input) { blueCard { id } } }";
    let body = server
        .gql(Some(&chair), query, json!({ "input": close }))
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    let closed = step(&server, &police, "closeBlueCard", close).await;
    assert_eq!(closed["status"], "POST_CLOSURE_MONITORING");
    // The notice, the group's report and the basis are the chair's to read, not the teacher's.
    assert_eq!(
        kinds(&read(&server, &chair, &id).await),
        ["NK_A", "NK_C", "NK_D", "PERPETRATOR_NOTICE", "CLOSURE"]
    );
    assert_eq!(kinds(&read(&server, &teacher, &id).await), ["NK_A"]);
}
on_both!(the_group_fills_nk_c_and_nk_d_and_closes_the_procedure);
