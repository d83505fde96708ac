//! The presence rules: the diagnostic group hears a minor (at a meeting, filling NK-C) never
//! alone, never with a perpetrator, but with a parent or guardian who does not use violence or
//! an adult closest person; NK-B goes to the victim, for a child to such a parent. Each broken
//! rule is a userError on its field, and nothing is written.

use serde_json::{json, Value};

use crate::cases::{card, card_in_diagnosis, days_ago, nk_a, ok, step, step_errors, today};
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

const OPEN_NK_B: &str = "mutation($input: OpenBlueCardInput!) { openBlueCard(input: $input) { \
    blueCard { id version persons { id firstName } details { nkBHandedOver nkBRecipientId } } \
    userErrors { field code } } }";

/// NK-B goes to the victim, or for a child to a parent or guardian who does not use violence:
/// never to a perpetrator or a child, and whom it went to is always said.
async fn nk_b_is_handed_to_an_adult_who_does_not_use_violence(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    // Anna Kowalska (0), her daughter Zofia, a minor (1), Jan Kowalski, the perpetrator (2).
    let form = |handed: bool, recipient: Value| {
        let mut input = nk_a(days_ago(1));
        input["nkBHandedOver"] = json!(handed);
        input["nkBRecipient"] = recipient;
        input
    };
    // Among adults only, a witness (a neighbour) does not receive it either.
    let mut adults = form(true, json!(1));
    adults["persons"][1] = json!({ "role": "WITNESS", "firstName": "Maria", "lastName": "Sąsiad",
        "dateOfBirth": "1960-01-01", "sex": "FEMALE" });
    for (input, code) in [
        (form(true, Value::Null), "REQUIRED"),
        (form(true, json!(2)), "NK_B_TO_PERPETRATOR"),
        (form(true, json!(1)), "NK_B_TO_MINOR"),
        (form(true, json!(7)), "INVALID"),
        (form(false, json!(0)), "NOT_APPLICABLE"),
        (adults, "NK_B_NOT_TO_VICTIM"),
    ] {
        let data = ok(&server, &worker, OPEN_NK_B, json!({ "input": input })).await;
        let payload = &data["openBlueCard"];
        assert!(payload["blueCard"].is_null(), "{payload}");
        assert_eq!(
            field_codes(&payload["userErrors"]),
            [("input.nkBRecipient".to_owned(), code.to_owned())],
            "{input}"
        );
    }
    let listed = ok(
        &server,
        &worker,
        "{ blueCards(first: 10) { edges { node { id } } } }",
        json!({}),
    )
    .await;
    assert_eq!(listed["blueCards"]["edges"], json!([]), "nothing opened");

    // To Anna: her ID is the recipient's.
    let data = ok(
        &server,
        &worker,
        OPEN_NK_B,
        json!({ "input": form(true, json!(0)) }),
    )
    .await;
    let opened = data["openBlueCard"]["blueCard"].clone();
    assert_eq!(
        opened["details"]["nkBRecipientId"], opened["persons"][0]["id"],
        "{data}"
    );
    let id = opened["id"].as_str().unwrap().to_owned();
    let (zofia, jan) = (
        opened["persons"][1]["id"].clone(),
        opened["persons"][2]["id"].clone(),
    );

    // Corrected: never to Jan or to the girl; not handed over after all, and nobody named.
    let update = |extra: Value| {
        let mut input = json!({ "id": id, "version": 1 });
        for (k, v) in extra.as_object().unwrap() {
            input[k] = v.clone();
        }
        input
    };
    for (extra, code) in [
        (json!({ "nkBRecipientId": jan }), "NK_B_TO_PERPETRATOR"),
        (json!({ "nkBRecipientId": zofia }), "NK_B_TO_MINOR"),
        (
            json!({ "nkBHandedOver": false, "nkBRecipientId": opened["persons"][0]["id"] }),
            "NOT_APPLICABLE",
        ),
        (json!({ "nkBRecipientId": null }), "REQUIRED"),
    ] {
        let errors = step_errors(&server, &worker, "updateBlueCard", update(extra.clone())).await;
        assert_eq!(
            field_codes(&errors),
            [("input.nkBRecipientId".to_owned(), code.to_owned())],
            "{extra}"
        );
    }
    step(
        &server,
        &worker,
        "updateBlueCard",
        // Not handed over: whom to is cleared with it.
        update(json!({ "nkBHandedOver": false })),
    )
    .await;
    let read = ok(
        &server,
        &worker,
        "query($id: ID!) { node(id: $id) { ... on BlueCard { version details { nkBHandedOver nkBRecipientId } } } }",
        json!({ "id": id }),
    )
    .await;
    assert_eq!(
        read["node"],
        json!({ "version": 2, "details": { "nkBHandedOver": false, "nkBRecipientId": null } })
    );

    // NK-B went to Anna: a correction of her date of birth that makes her a child is refused
    // (NK-B would have gone to a child); one that keeps her an adult is not.
    let data = ok(
        &server,
        &worker,
        OPEN_NK_B,
        json!({ "input": form(true, json!(0)) }),
    )
    .await;
    let card = data["openBlueCard"]["blueCard"].clone();
    let correct =
        "mutation($input: CorrectBlueCardPersonInput!) { correctBlueCardPerson(input: $input) { \
                   blueCard { version } userErrors { field code } } }";
    let born = |on: String| {
        json!({ "input": { "id": card["persons"][0]["id"], "version": card["version"],
            "firstName": "Anna", "lastName": "Kowalska", "pesel": null, "dateOfBirth": on,
            "sex": "FEMALE" } })
    };
    let child = today()
        .checked_sub_months(chrono::Months::new(12 * 10))
        .unwrap();
    let data = ok(&server, &worker, correct, born(child.to_string())).await;
    assert_eq!(
        field_codes(&data["correctBlueCardPerson"]["userErrors"]),
        [("input.dateOfBirth".to_owned(), "NK_B_TO_MINOR".to_owned())],
        "{data}"
    );
    let data = ok(&server, &worker, correct, born("1985-05-05".to_owned())).await;
    assert_eq!(
        data["correctBlueCardPerson"]["userErrors"],
        json!([]),
        "{data}"
    );
}
on_both!(nk_b_is_handed_to_an_adult_who_does_not_use_violence);
