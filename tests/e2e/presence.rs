//! The presence rules when the diagnostic group hears a minor (at a meeting, filling NK-C):
//! never alone, never with a perpetrator, with a parent or guardian who does not use violence or
//! an adult closest person; each broken rule a userError on its field, and nothing written.

use serde_json::{json, Value};

use crate::cases::{card, card_in_diagnosis, ok, step, step_errors};
use crate::harness::{demo, Backend};
use crate::on_both;

fn field_codes(errors: &Value) -> Vec<(String, String)> {
    errors
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let field: Vec<&str> = e["field"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f.as_str().unwrap())
                .collect();
            (field.join("."), e["code"].as_str().unwrap().to_owned())
        })
        .collect()
}

async fn a_minor_is_heard_with_an_adult_who_does_not_use_violence(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let id = card_in_diagnosis(&server, &worker, &chair).await.card;
    // Anna Kowalska, her daughter Zofia (born 2015) and Jan Kowalski, the perpetrator.
    let persons = card(&server, &worker, &id).await["persons"].clone();
    let named = |first: &str| {
        persons
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["firstName"] == first)
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let (mother, daughter, father) = (named("Anna"), named("Zofia"), named("Jan"));
    let meeting = |met: &str, companions: Value| json!({ "id": id, "version": 5, "metPersonIds": [met], "companions": companions });

    for (input, expected) in [
        (
            meeting(&daughter, json!([])),
            ("input.companions", "MINOR_UNACCOMPANIED"),
        ),
        (
            meeting(
                &daughter,
                json!([{ "minorId": daughter, "personId": father, "relation": "PARENT" }]),
            ),
            ("input.companions.0.personId", "COMPANION_IS_PERPETRATOR"),
        ),
        (
            meeting(
                &daughter,
                json!([{ "minorId": daughter, "relation": "CLOSEST_PERSON" }]),
            ),
            ("input.companions.0.name", "REQUIRED"),
        ),
        (
            meeting(
                &mother,
                json!([{ "minorId": mother, "name": "Maria Nowak", "relation": "CLOSEST_PERSON" }]),
            ),
            ("input.companions.0.minorId", "NOT_A_MINOR_MET"),
        ),
    ] {
        let errors = step_errors(&server, &worker, "recordGroupMeeting", input.clone()).await;
        assert_eq!(
            field_codes(&errors),
            [(expected.0.to_owned(), expected.1.to_owned())],
            "{input}: {errors}"
        );
    }
    let unchanged = ok(
        &server,
        &worker,
        "query($id: ID!) { node(id: $id) { ... on BlueCard { version groupMeetings { heldOn } } } }",
        json!({ "id": id }),
    )
    .await;
    assert_eq!(unchanged["node"]["version"], 5);
    assert_eq!(
        unchanged["node"]["groupMeetings"].as_array().unwrap().len(),
        1
    );

    // Heard with her mother; later with her grandmother, named.
    step(
        &server,
        &worker,
        "recordGroupMeeting",
        meeting(
            &daughter,
            json!([{ "minorId": daughter, "personId": mother, "relation": "PARENT" }]),
        ),
    )
    .await;
    let mut later = meeting(
        &daughter,
        json!([{ "minorId": daughter, "name": "  Maria Nowak ", "relation": "CLOSEST_PERSON" }]),
    );
    later["version"] = json!(6);
    step(&server, &worker, "recordGroupMeeting", later).await;
    let read = ok(
        &server,
        &chair,
        "query($id: ID!) { node(id: $id) { ... on BlueCard { groupMeetings { metPersonIds companions { minorId personId name relation } } } } }",
        json!({ "id": id }),
    )
    .await;
    let meetings = read["node"]["groupMeetings"].as_array().unwrap();
    assert_eq!(meetings.len(), 3);
    assert_eq!(meetings[0]["companions"], json!([]));
    assert_eq!(
        meetings[1]["companions"],
        json!([{ "minorId": daughter, "personId": mother, "name": null, "relation": "PARENT" }])
    );
    assert_eq!(
        meetings[2]["companions"],
        json!([{ "minorId": daughter, "personId": null, "name": "Maria Nowak", "relation": "CLOSEST_PERSON" }])
    );

    // NK-C with the daughter is filled in her mother's presence too.
    let nk_c = |companions: Value| {
        json!({ "id": id, "version": 7, "personId": daughter, "diagnosis": "Lęk przed ojcem.",
                "helpPlan": [{ "description": "Wsparcie psychologa szkolnego" }],
                "companions": companions })
    };
    let errors = step_errors(&server, &worker, "fillVictimForm", nk_c(json!([]))).await;
    assert_eq!(
        field_codes(&errors),
        [(
            "input.companions".to_owned(),
            "MINOR_UNACCOMPANIED".to_owned()
        )]
    );
    step(
        &server,
        &worker,
        "fillVictimForm",
        nk_c(json!([{ "minorId": daughter, "personId": mother, "relation": "PARENT" }])),
    )
    .await;
    let forms = ok(
        &server,
        &chair,
        "query($id: ID!) { node(id: $id) { ... on BlueCard { forms { kind personId companions { minorId personId relation } } } } }",
        json!({ "id": id }),
    )
    .await;
    let filled: Vec<&Value> = forms["node"]["forms"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "NK_C")
        .collect();
    assert_eq!(filled.len(), 2, "{forms}");
    assert_eq!(filled[0]["companions"], json!([]), "the mother, an adult");
    assert_eq!(filled[1]["personId"], json!(daughter));
    assert_eq!(
        filled[1]["companions"],
        json!([{ "minorId": daughter, "personId": mother, "relation": "PARENT" }])
    );
}
on_both!(a_minor_is_heard_with_an_adult_who_does_not_use_violence);
