//! What the forms hold about a person beyond who they are (art. 9c of the act): the relation to
//! the person experiencing violence, the household, health and addictions, a child's school
//! and class, an e-mail address. Sealed like the rest; health and addictions are the
//! diagnosis's, read and corrected by the card's group and the chair only.

use serde_json::{json, Value};

use crate::cases::{days_ago, member_ids, nk_a, ok, step, OPEN};
use crate::harness::{demo, Backend, Server};
use crate::on_both;
use crate::programme_referrals::pdf_text;

const PERSONS: &str =
    "query($id: ID!) { node(id: $id) { ... on BlueCard { version forms { id kind } \
    persons { id role firstName email relationToVictim livesWithVictim health addictions school } \
    personCorrections { changes { field earlier } } } } }";

fn form() -> Value {
    let mut form = nk_a(days_ago(2));
    form["initiatorInstitution"] = json!("EDUCATION");
    form["persons"][0]["email"] = json!("anna.kowalska@example.pl");
    form["persons"][0]["health"] = json!("niepełnosprawność ruchowa");
    form["persons"][1]["school"] = json!("Szkoła Podstawowa nr 3, klasa 5b");
    form["persons"][1]["relationToVictim"] = json!("CHILD");
    form["persons"][1]["livesWithVictim"] = json!(true);
    form["persons"][2]["relationToVictim"] = json!("SPOUSE");
    form["persons"][2]["livesWithVictim"] = json!(true);
    form["persons"][2]["addictions"] = json!(["DRUGS", "ALCOHOL", "ALCOHOL"]);
    form
}

async fn read(server: &Server, token: &str, id: &str) -> Value {
    ok(server, token, PERSONS, json!({ "id": id })).await["node"].clone()
}

/// The person named `first_name` (Anna the victim, Zofia her daughter, Jan the perpetrator).
fn person<'a>(card: &'a Value, first_name: &str) -> &'a Value {
    card["persons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["firstName"] == first_name)
        .unwrap()
}

async fn refused(server: &Server, token: &str, input: Value) -> Vec<(String, String)> {
    let data = ok(server, token, OPEN, json!({ "input": input })).await;
    data["openBlueCard"]["userErrors"]
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

async fn the_forms_hold_what_the_law_lets_them(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let teacher = server.staff("zory", "czlonek").await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;

    // Bad input on each person's field; nothing is opened.
    let mut bad = form();
    bad["persons"][0]["school"] = json!("Liceum");
    bad["persons"][2]["email"] = json!("jan.kowalski@");
    bad["persons"][2]["health"] = json!("x".repeat(2_001));
    assert_eq!(
        refused(&server, &teacher, bad).await,
        [
            (
                "input.persons.0.school".to_owned(),
                "NOT_A_MINOR".to_owned()
            ),
            ("input.persons.2.health".to_owned(), "INVALID".to_owned()),
            ("input.persons.2.email".to_owned(), "INVALID".to_owned()),
        ]
    );

    let data = ok(&server, &teacher, OPEN, json!({ "input": form() })).await;
    assert_eq!(data["openBlueCard"]["userErrors"], json!([]), "{data}");
    let id = data["openBlueCard"]["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
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

    // The group reads everything; addictions once each, in order.
    let card = read(&server, &worker, &id).await;
    let (victim, child, perpetrator) = (
        person(&card, "Anna"),
        person(&card, "Zofia"),
        person(&card, "Jan"),
    );
    assert_eq!(victim["email"], "anna.kowalska@example.pl");
    assert_eq!(victim["health"], "niepełnosprawność ruchowa");
    assert_eq!(child["school"], "Szkoła Podstawowa nr 3, klasa 5b");
    assert_eq!(child["relationToVictim"], "CHILD");
    assert_eq!(child["livesWithVictim"], true);
    assert_eq!(perpetrator["relationToVictim"], "SPOUSE");
    assert_eq!(perpetrator["addictions"], json!(["ALCOHOL", "DRUGS"]));

    // The teacher filed the NK-A and is not in the group: no health, no addictions.
    let filed = read(&server, &teacher, &id).await;
    assert_eq!(person(&filed, "Anna")["health"], Value::Null);
    assert_eq!(person(&filed, "Jan")["addictions"], json!([]));
    assert_eq!(person(&filed, "Anna")["email"], "anna.kowalska@example.pl");
    // Her correction of the phone, sent as she sees the person, keeps what she cannot see.
    let v = person(&filed, "Anna").clone();
    let correct = "mutation($input: CorrectBlueCardPersonInput!) { correctBlueCardPerson(input: $input) { userErrors { field code } } }";
    let body = ok(
        &server,
        &teacher,
        correct,
        json!({ "input": { "id": v["id"], "version": 3, "firstName": "Anna", "lastName": "Kowalska",
                           "pesel": crate::cases::victim_pesel(), "address": "ul. Rybnicka 1, Żory",
                           "phone": "600 100 300",
                           "email": "anna.k@example.pl" } }),
    )
    .await;
    assert_eq!(
        body["correctBlueCardPerson"]["userErrors"],
        json!([]),
        "{body}"
    );
    let card = read(&server, &worker, &id).await;
    assert_eq!(person(&card, "Anna")["health"], "niepełnosprawność ruchowa");
    assert_eq!(person(&card, "Anna")["email"], "anna.k@example.pl");
    let changes: Vec<&str> = card["personCorrections"][0]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["field"].as_str().unwrap())
        .collect();
    assert_eq!(changes, ["PHONE", "EMAIL"]);

    // The group corrects the health and the addictions; the earlier values are kept.
    let p = person(&card, "Jan").clone();
    let body = ok(
        &server,
        &worker,
        correct,
        json!({ "input": { "id": p["id"], "version": 4, "firstName": "Jan", "lastName": "Kowalski",
                           "pesel": crate::cases::perpetrator_pesel(), "relationToVictim": "SPOUSE",
                           "livesWithVictim": false, "addictions": ["ALCOHOL"],
                           "health": "leczenie odwykowe" } }),
    )
    .await;
    assert_eq!(
        body["correctBlueCardPerson"]["userErrors"],
        json!([]),
        "{body}"
    );
    let card = read(&server, &worker, &id).await;
    assert_eq!(
        card["personCorrections"][1]["changes"],
        json!([
            { "field": "LIVES_WITH_VICTIM", "earlier": "true" },
            { "field": "HEALTH", "earlier": null },
            { "field": "ADDICTIONS", "earlier": "ALCOHOL,DRUGS" },
        ])
    );
    // The teacher sees the correction happened, not the health it concerned.
    let filed = read(&server, &teacher, &id).await;
    assert_eq!(
        filed["personCorrections"][1]["changes"],
        json!([{ "field": "LIVES_WITH_VICTIM", "earlier": "true" }])
    );

    // NK-A prints the relation, the household, the school and the e-mail; never the health.
    let nk_a_form = card["forms"][0]["id"].clone();
    let doc = ok(
        &server,
        &teacher,
        "query($id: ID!, $f: ID!) { node(id: $id) { ... on BlueCard { formDocument(formId: $f) { base64 } } } }",
        json!({ "id": id, "f": nk_a_form }),
    )
    .await;
    let text = pdf_text(&doc["node"]["formDocument"]["base64"]);
    for expected in [
        "e-mail: anna.k@example.pl",
        "stosunek do osoby doznającej przemocy: małżonek",
        "szkoła i klasa: Szkoła Podstawowa nr 3, klasa 5b",
        "zamieszkuje wspólnie z osobą doznającą przemocy",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    assert!(
        !text.contains("niepełnosprawność") && !text.contains("odwykowe"),
        "{text}"
    );
}

on_both!(the_forms_hold_what_the_law_lets_them);
