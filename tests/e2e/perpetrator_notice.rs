//! The diagnostic group's notices: to a perpetrator absent when the card was opened (art. 9b
//! ust. 8 of the act: whom, on which day and how), and to the family court about a minor
//! suspected of violence, instead of NK-D. Each is a form of the card and a step of its history;
//! a refusal changes nothing.

use serde_json::{json, Value};

use crate::cases::{card, card_in_diagnosis, days_ago, field_codes, ok, step, step_errors, today};
use crate::harness::{code, demo, Backend};
use crate::on_both;

const READ: &str = "query($id: ID!) { node(id: $id) { ... on BlueCard { version \
    history { step } forms { kind filledOn personId noticeDelivery noticeNote } } } }";

async fn the_group_records_the_notice_to_an_absent_perpetrator(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let id = card_in_diagnosis(&server, &worker, &chair).await.card;
    let persons = card(&server, &worker, &id).await["persons"].clone();
    let of = |role: &str| {
        persons
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["role"] == role)
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let (victim, perpetrator) = (of("VICTIM"), of("PERPETRATOR"));
    let notice = |extra: Value| {
        let mut input =
            json!({ "id": id, "version": 5, "personId": perpetrator, "way": "REGISTERED_LETTER" });
        for (k, v) in extra.as_object().unwrap() {
            input[k] = v.clone();
        }
        input
    };

    // The chair is not in the group: the notice is the group's.
    let body = server
        .gql(
            Some(&chair),
            "mutation($input: RecordPerpetratorNoticeInput!) { recordPerpetratorNotice(input: $input) { blueCard { id } } }",
            json!({ "input": notice(json!({})) }),
        )
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");

    // Bad input, each on its field.
    for (extra, expected) in [
        (json!({ "personId": victim }), ("personId", "NOT_FOUND")),
        (json!({ "way": "OTHER" }), ("note", "REQUIRED")),
        (
            json!({ "way": "OTHER", "note": "   " }),
            ("note", "REQUIRED"),
        ),
        (
            json!({ "deliveredOn": (today() + chrono::Days::new(1)).to_string() }),
            ("deliveredOn", "IN_FUTURE"),
        ),
        // The group was set up today: it notified nobody before.
        (
            json!({ "deliveredOn": days_ago(1).to_string() }),
            ("deliveredOn", "TOO_EARLY"),
        ),
    ] {
        let errors = step_errors(
            &server,
            &worker,
            "recordPerpetratorNotice",
            notice(extra.clone()),
        )
        .await;
        assert_eq!(
            field_codes(&errors),
            [(expected.0.to_owned(), expected.1.to_owned())],
            "{extra}: {errors}"
        );
    }
    assert_eq!(
        card(&server, &worker, &id).await["version"],
        5,
        "nothing changed"
    );

    // Delivered by registered letter; the first letter came back, so the police delivered it
    // again, as the note says.
    step(
        &server,
        &worker,
        "recordPerpetratorNotice",
        notice(json!({ "deliveredOn": today().to_string() })),
    )
    .await;
    step(
        &server,
        &worker,
        "recordPerpetratorNotice",
        notice(json!({ "version": 6, "way": "OTHER", "note": "Doręczone przez dzielnicowego po zwrocie listu." })),
    )
    .await;
    for reader in [&worker, &chair] {
        let seen = ok(&server, reader, READ, json!({ "id": id })).await["node"].clone();
        assert_eq!(seen["version"], 7);
        let notices: Vec<&Value> = seen["forms"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["kind"] == "PERPETRATOR_NOTICE")
            .collect();
        assert_eq!(notices.len(), 2, "{seen}");
        assert_eq!(
            (
                &notices[0]["filledOn"],
                &notices[0]["personId"],
                &notices[0]["noticeDelivery"],
                &notices[0]["noticeNote"]
            ),
            (
                &json!(today().to_string()),
                &json!(perpetrator),
                &json!("REGISTERED_LETTER"),
                &Value::Null
            )
        );
        assert_eq!(notices[1]["noticeDelivery"], "OTHER");
        assert_eq!(
            notices[1]["noticeNote"],
            "Doręczone przez dzielnicowego po zwrocie listu."
        );
        let notified = seen["history"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["step"] == "PERPETRATOR_NOTIFIED")
            .count();
        assert_eq!(notified, 2);
    }

    // Once the procedure is closed, there is no notice to send.
    step(
        &server,
        &worker,
        "closeBlueCard",
        json!({ "id": id, "version": 7, "ground": "UNFOUNDED", "resultReport": "Wyniki pracy grupy.", "basis": "Uzasadnienie." }),
    )
    .await;
    let errors = step_errors(
        &server,
        &worker,
        "recordPerpetratorNotice",
        notice(json!({ "version": 8 })),
    )
    .await;
    assert_eq!(errors[0]["code"], "ILLEGAL_TRANSITION", "{errors}");
}
on_both!(the_group_records_the_notice_to_an_absent_perpetrator);

async fn the_group_tells_the_family_court_about_a_minor_suspected_of_violence(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let id = card_in_diagnosis(&server, &worker, &chair).await.card;
    let born = today() - chrono::Months::new(15 * 12);
    let notice = |extra: Value| {
        let mut input = json!({ "id": id, "version": 5, "firstName": "Kacper", "lastName": "Kowalski",
            "dateOfBirth": born.to_string(), "court": "Sąd Rejonowy w Żorach, III Wydział Rodzinny i Nieletnich" });
        for (k, v) in extra.as_object().unwrap() {
            input[k] = v.clone();
        }
        input
    };

    // The chair outside the group does not send it.
    let body = server
        .gql(
            Some(&chair),
            "mutation($input: RecordFamilyCourtNoticeInput!) { recordFamilyCourtNotice(input: $input) { blueCard { id } } }",
            json!({ "input": notice(json!({})) }),
        )
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    // An adult is a perpetrator on NK-A, not a matter for the family court; names and the court
    // are required.
    for (extra, expected) in [
        (
            json!({ "dateOfBirth": "1990-01-01" }),
            ("dateOfBirth", "NOT_A_MINOR"),
        ),
        (json!({ "court": " " }), ("court", "REQUIRED")),
        (json!({ "firstName": "" }), ("firstName", "REQUIRED")),
        (
            json!({ "sentOn": days_ago(1).to_string() }),
            ("sentOn", "TOO_EARLY"),
        ),
    ] {
        let errors = step_errors(
            &server,
            &worker,
            "recordFamilyCourtNotice",
            notice(extra.clone()),
        )
        .await;
        assert_eq!(
            field_codes(&errors),
            [(expected.0.to_owned(), expected.1.to_owned())],
            "{extra}: {errors}"
        );
    }
    assert_eq!(
        card(&server, &worker, &id).await["version"],
        5,
        "nothing changed"
    );

    step(
        &server,
        &worker,
        "recordFamilyCourtNotice",
        notice(json!({ "note": "Kacper popycha młodszą siostrę; szkoła potwierdza." })),
    )
    .await;
    let seen = ok(
        &server,
        &chair,
        "query($id: ID!) { node(id: $id) { ... on BlueCard { version history { step } \
            forms { kind filledOn noticeNote familyCourtNotice { firstName lastName dateOfBirth court } } } } }",
        json!({ "id": id }),
    )
    .await["node"]
        .clone();
    assert_eq!(seen["version"], 6);
    let form = seen["forms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "FAMILY_COURT_NOTICE")
        .unwrap()
        .clone();
    assert_eq!(form["filledOn"], today().to_string());
    assert_eq!(
        form["familyCourtNotice"],
        json!({ "firstName": "Kacper", "lastName": "Kowalski", "dateOfBirth": born.to_string(),
                "court": "Sąd Rejonowy w Żorach, III Wydział Rodzinny i Nieletnich" })
    );
    assert_eq!(
        form["noticeNote"],
        "Kacper popycha młodszą siostrę; szkoła potwierdza."
    );
    assert!(seen["history"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["step"] == "FAMILY_COURT_NOTIFIED"));
}
on_both!(the_group_tells_the_family_court_about_a_minor_suspected_of_violence);
