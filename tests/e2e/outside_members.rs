//! Members of a diagnostic group from outside the team (art. 9a of the act): the chair adds a
//! named professional with the confidentiality statement signed for that case, the group records
//! them present at its meetings, and the chair takes them out. Who they are is read by the group
//! and the chair only; a refusal changes nothing.

use serde_json::{json, Value};

use crate::cases::{
    card, days_ago, field_codes, member_ids, nk_a, ok, open, step, step_errors, today,
};
use crate::harness::{code, demo, Backend};
use crate::on_both;

const READ: &str = "query($id: ID!) { node(id: $id) { ... on BlueCard { version history { step } \
    outsideGroupMembers { id name organisation position institution statementSignedOn addedOn leftOn } \
    groupMeetings { presentOutside { name } } } } }";

const ADD: &str = "mutation($input: AddOutsideGroupMemberInput!) { addOutsideGroupMember(input: $input) { blueCard { id } userErrors { code } } }";

async fn the_chair_adds_a_professional_from_outside_the_team(backend: Backend) {
    let (db, server) = demo(backend).await;
    let teacher = server.staff("zory", "czlonek").await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;

    // A teacher files the NK-A; the chair sets up a group of a social worker and an officer.
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
    let added = |version: i64, extra: Value| {
        let mut input = json!({
            "id": id, "version": version, "name": "Ewa Nowak",
            "organisation": "Szkoła Podstawowa nr 3 w Żorach", "position": "pedagog szkolny",
            "institution": "EDUCATION", "statementSignedOn": today().to_string(),
        });
        for (k, v) in extra.as_object().unwrap() {
            input[k] = v.clone();
        }
        input
    };

    // No group yet: nobody joins it.
    let errors = step_errors(
        &server,
        &chair,
        "addOutsideGroupMember",
        added(2, json!({})),
    )
    .await;
    assert_eq!(
        field_codes(&errors),
        [("id".to_owned(), "ILLEGAL_TRANSITION".to_owned())]
    );
    let members = member_ids(&server, &chair).await;
    step(
        &server,
        &chair,
        "setUpDiagnosticGroup",
        json!({ "id": id, "version": 2, "memberIds": [members["pracownik"], members["policjant"]] }),
    )
    .await;

    // Only the chair adds: the group's own worker is told so.
    let body = server
        .gql(Some(&worker), ADD, json!({ "input": added(3, json!({})) }))
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");

    // Bad input, each on its field; nothing changes.
    let tomorrow = (today() + chrono::Days::new(1)).to_string();
    for (extra, expected) in [
        (json!({ "name": "  " }), ("name", "REQUIRED")),
        (json!({ "organisation": "" }), ("organisation", "REQUIRED")),
        (json!({ "name": "x".repeat(201) }), ("name", "INVALID")),
        (
            json!({ "statementSignedOn": tomorrow }),
            ("statementSignedOn", "STATEMENT_AFTER_JOINING"),
        ),
        (
            json!({ "on": days_ago(3).to_string(), "statementSignedOn": days_ago(3).to_string() }),
            ("on", "TOO_EARLY"),
        ),
        (
            json!({ "on": tomorrow, "statementSignedOn": today().to_string() }),
            ("on", "IN_FUTURE"),
        ),
        // A statement for this case is not older than the case.
        (
            json!({ "statementSignedOn": days_ago(5).to_string() }),
            ("statementSignedOn", "TOO_EARLY"),
        ),
    ] {
        let errors = step_errors(
            &server,
            &chair,
            "addOutsideGroupMember",
            added(3, extra.clone()),
        )
        .await;
        assert_eq!(
            field_codes(&errors),
            [(expected.0.to_owned(), expected.1.to_owned())],
            "{extra}: {errors}"
        );
    }
    assert_eq!(
        card(&server, &chair, &id).await["version"],
        3,
        "nothing changed"
    );

    // The school's pedagogue joins with the statement signed a day before the group was set up.
    step(
        &server,
        &chair,
        "addOutsideGroupMember",
        added(3, json!({ "statementSignedOn": days_ago(1).to_string() })),
    )
    .await;
    // The same person once: the name and the school, whatever the letters' case and spacing.
    let errors = step_errors(
        &server,
        &chair,
        "addOutsideGroupMember",
        added(4, json!({ "name": " EWA  NOWAK " })),
    )
    .await;
    assert_eq!(
        field_codes(&errors),
        [("name".to_owned(), "ALREADY_IN_GROUP".to_owned())]
    );
    let seen = ok(&server, &worker, READ, json!({ "id": id })).await["node"].clone();
    let outside = &seen["outsideGroupMembers"];
    assert_eq!(outside.as_array().unwrap().len(), 1, "{seen}");
    assert_eq!(outside[0]["name"], "Ewa Nowak");
    assert_eq!(
        outside[0]["organisation"],
        "Szkoła Podstawowa nr 3 w Żorach"
    );
    assert_eq!(outside[0]["position"], "pedagog szkolny");
    assert_eq!(outside[0]["institution"], "EDUCATION");
    assert_eq!(outside[0]["statementSignedOn"], days_ago(1).to_string());
    assert_eq!(outside[0]["addedOn"], today().to_string());
    assert_eq!(outside[0]["leftOn"], Value::Null);
    assert_eq!(
        seen["history"].as_array().unwrap().last().unwrap()["step"],
        "GROUP_CHANGED"
    );
    let pedagogue = outside[0]["id"].as_str().unwrap().to_owned();

    // The teacher who filed the NK-A is not in the group: who helps the family is not theirs.
    let filed = ok(&server, &teacher, READ, json!({ "id": id })).await["node"].clone();
    assert_eq!(filed["outsideGroupMembers"], json!([]), "{filed}");
    // Who she is is sealed at rest.
    use sea_orm::{ConnectionTrait, Statement};
    let conn = match backend {
        Backend::Postgres => db.connect_as_superuser().await,
        Backend::Sqlite => db.connect_as_app().await,
    };
    let rows = conn
        .query_all_raw(Statement::from_string(
            conn.get_database_backend(),
            "SELECT sealed FROM cases_outside_members".to_owned(),
        ))
        .await
        .unwrap();
    assert_eq!(rows.len(), 1);
    let sealed: String = rows[0].try_get("", "sealed").unwrap();
    assert!(
        !sealed.contains("Nowak") && !sealed.contains("Szkoła"),
        "{sealed}"
    );

    // She is at the group's first meeting.
    step(
        &server,
        &worker,
        "recordGroupMeeting",
        json!({ "id": id, "version": 4, "presentMemberIds": [members["pracownik"]], "presentOutsideMemberIds": [pedagogue] }),
    )
    .await;
    let seen = ok(&server, &chair, READ, json!({ "id": id })).await["node"].clone();
    assert_eq!(
        seen["groupMeetings"][0]["presentOutside"],
        json!([{ "name": "Ewa Nowak" }])
    );

    // Taking her out: the chair only, a member of this group only, not before she joined.
    let remove = |extra: Value| {
        let mut input = json!({ "id": id, "version": 5, "memberId": pedagogue });
        for (k, v) in extra.as_object().unwrap() {
            input[k] = v.clone();
        }
        input
    };
    let body = server
        .gql(
            Some(&worker),
            "mutation($input: RemoveOutsideGroupMemberInput!) { removeOutsideGroupMember(input: $input) { blueCard { id } } }",
            json!({ "input": remove(json!({})) }),
        )
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    for (extra, expected) in [
        (
            json!({ "memberId": "not-an-id" }),
            ("memberId", "NOT_IN_GROUP"),
        ),
        (
            json!({ "memberId": members["pracownik"] }),
            ("memberId", "NOT_IN_GROUP"),
        ),
        (
            json!({ "on": days_ago(1).to_string() }),
            ("on", "TOO_EARLY"),
        ),
    ] {
        let errors = step_errors(
            &server,
            &chair,
            "removeOutsideGroupMember",
            remove(extra.clone()),
        )
        .await;
        assert_eq!(
            field_codes(&errors),
            [(expected.0.to_owned(), expected.1.to_owned())],
            "{extra}: {errors}"
        );
    }
    step(
        &server,
        &chair,
        "removeOutsideGroupMember",
        remove(json!({})),
    )
    .await;
    let seen = ok(&server, &worker, READ, json!({ "id": id })).await["node"].clone();
    assert_eq!(
        seen["outsideGroupMembers"][0]["leftOn"],
        today().to_string()
    );
    // The meeting she attended still says so; from today she is present at none.
    assert_eq!(
        seen["groupMeetings"][0]["presentOutside"],
        json!([{ "name": "Ewa Nowak" }])
    );
    let errors = step_errors(
        &server,
        &worker,
        "recordGroupMeeting",
        json!({ "id": id, "version": 6, "presentOutsideMemberIds": [pedagogue] }),
    )
    .await;
    assert_eq!(
        field_codes(&errors),
        [(
            "presentOutsideMemberIds".to_owned(),
            "NOT_IN_GROUP".to_owned()
        )]
    );
    let errors = step_errors(
        &server,
        &chair,
        "removeOutsideGroupMember",
        remove(json!({ "version": 6 })),
    )
    .await;
    assert_eq!(
        field_codes(&errors),
        [("memberId".to_owned(), "NOT_IN_GROUP".to_owned())]
    );

    // Another municipality's chair finds no such card.
    let other = server.staff("czestochowa", "przewodniczacy").await;
    let body = server
        .gql(
            Some(&other),
            ADD,
            json!({ "input": added(6, json!({ "name": "Jan Obcy" })) }),
        )
        .await;
    assert_eq!(code(&body), Some("NOT_FOUND"), "{body}");
    assert_eq!(card(&server, &chair, &id).await["version"], 6);
}

on_both!(the_chair_adds_a_professional_from_outside_the_team);
