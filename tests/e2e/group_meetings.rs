//! The diagnostic group's meetings as the law asks: the place, the members present, whom the
//! group met (the victim and the perpetrator separately) and a note sealed with the
//! municipality's key; read back by those who see the card, refused with a reason on its field.

use serde_json::{json, Value};

use crate::cases::{days_ago, member_ids, nk_a, ok, open, step, step_errors};
use crate::harness::{code, demo, Backend};
use crate::on_both;

const MEETINGS: &str = "query($id: ID!) { node(id: $id) { ... on BlueCard { version status persons { id role } \
    groupMeetings { heldOn place present { teamMemberId displayName } metPersonIds note recordedByName } } } }";

fn codes(errors: &Value) -> Vec<(String, String)> {
    errors
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["field"]
                    .as_array()
                    .unwrap()
                    .last()
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_owned(),
                e["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

async fn a_meeting_records_place_members_persons_met_and_a_sealed_note(backend: Backend) {
    let (db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let outsider = server.staff("zory", "czlonek").await;
    let card = open(&server, &worker, nk_a(days_ago(3))).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    step(
        &server,
        &worker,
        "forwardBlueCardToChair",
        json!({ "id": card, "version": 1 }),
    )
    .await;
    let members = member_ids(&server, &chair).await;
    step(
        &server,
        &chair,
        "setUpDiagnosticGroup",
        json!({ "id": card, "version": 2, "memberIds": [members["pracownik"], members["policjant"]] }),
    )
    .await;
    let c = ok(&server, &worker, MEETINGS, json!({ "id": card })).await["node"].clone();
    let person = |role: &str| {
        c["persons"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["role"] == role)
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let (victim, perpetrator) = (person("VICTIM"), person("PERPETRATOR"));

    // Refused, each on its field, nothing recorded: the victim and the perpetrator together,
    // a member outside the group, a person of no card, a place too long, a malformed ID.
    let base = json!({ "id": card, "version": 3 });
    let with = |extra: Value| {
        let mut input = base.clone();
        for (k, v) in extra.as_object().unwrap() {
            input[k] = v.clone();
        }
        input
    };
    for (input, want) in [
        (
            with(json!({ "metPersonIds": [victim, perpetrator] })),
            ("metPersonIds", "MET_SEPARATELY"),
        ),
        (
            with(json!({ "presentMemberIds": [members["czlonek"]] })),
            ("presentMemberIds", "NOT_IN_GROUP"),
        ),
        (
            with(
                json!({ "metPersonIds": [kernel::GlobalId::new(kernel::NodeType::BlueCardPerson, uuid::Uuid::now_v7()).encode()] }),
            ),
            ("metPersonIds", "NOT_FOUND"),
        ),
        (
            with(json!({ "place": "x".repeat(201) })),
            ("place", "TOO_LONG"),
        ),
        // A malformed ID is answered as a foreign one, on its field.
        (
            with(json!({ "presentMemberIds": ["not-an-id"] })),
            ("presentMemberIds", "NOT_IN_GROUP"),
        ),
        (
            with(json!({ "metPersonIds": [card] })),
            ("metPersonIds", "NOT_FOUND"),
        ),
    ] {
        let errors = step_errors(&server, &worker, "recordGroupMeeting", input).await;
        assert_eq!(codes(&errors), vec![(want.0.to_owned(), want.1.to_owned())]);
    }
    let c = ok(&server, &worker, MEETINGS, json!({ "id": card })).await["node"].clone();
    assert_eq!(c["status"], "GROUP_ASSIGNED");
    assert_eq!(c["groupMeetings"], json!([]));

    // The first meeting, with the victim; then one with the perpetrator.
    step(
        &server,
        &worker,
        "recordGroupMeeting",
        with(json!({
            "place": "MOPS, ul. Rybnicka 2, pokój 14",
            "presentMemberIds": [members["pracownik"], members["policjant"]],
            "metPersonIds": [victim],
            "note": "Pani Anna opisała sytuację; ustalono plan bezpieczeństwa.",
        })),
    )
    .await;
    step(
        &server,
        &worker,
        "recordGroupMeeting",
        json!({ "id": card, "version": 4, "metPersonIds": [perpetrator], "presentMemberIds": [members["policjant"]] }),
    )
    .await;
    let c = ok(&server, &chair, MEETINGS, json!({ "id": card })).await["node"].clone();
    assert_eq!(c["status"], "DIAGNOSIS");
    let meetings = c["groupMeetings"].as_array().unwrap();
    assert_eq!(meetings.len(), 2);
    assert_eq!(meetings[0]["heldOn"], crate::cases::today().to_string());
    assert_eq!(meetings[0]["place"], "MOPS, ul. Rybnicka 2, pokój 14");
    assert_eq!(meetings[0]["metPersonIds"], json!([victim]));
    assert_eq!(
        meetings[0]["present"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["displayName"].clone())
            .collect::<Vec<_>>(),
        vec![json!("Anna Kamińska"), json!("Piotr Grabowski")]
    );
    assert_eq!(
        meetings[0]["note"],
        "Pani Anna opisała sytuację; ustalono plan bezpieczeństwa."
    );
    assert_eq!(meetings[0]["recordedByName"], "Anna Kamińska");
    assert_eq!(meetings[1]["metPersonIds"], json!([perpetrator]));
    assert_eq!(meetings[1]["place"], Value::Null);

    // A member outside the card sees neither the card nor its meetings.
    let body = server
        .gql(Some(&outsider), MEETINGS, json!({ "id": card }))
        .await;
    assert_eq!(body["data"]["node"], Value::Null, "{body}");
    // A stale version: CONFLICT.
    let body = server
        .gql(
            Some(&worker),
            "mutation($input: RecordGroupMeetingInput!) { recordGroupMeeting(input: $input) { blueCard { id } } }",
            json!({ "input": { "id": card, "version": 3 } }),
        )
        .await;
    assert_eq!(code(&body), Some("CONFLICT"), "{body}");

    // The place and the note are sealed at rest.
    use sea_orm::{ConnectionTrait, Statement};
    let conn = match backend {
        Backend::Postgres => db.connect_as_superuser().await,
        Backend::Sqlite => db.connect_as_app().await,
    };
    let rows = conn
        .query_all_raw(Statement::from_string(
            conn.get_database_backend(),
            "SELECT sealed FROM cases_group_meetings".to_owned(),
        ))
        .await
        .unwrap();
    assert_eq!(rows.len(), 2);
    for row in rows {
        let sealed: String = row.try_get("", "sealed").unwrap();
        assert!(
            !sealed.contains("Rybnicka") && !sealed.contains("plan"),
            "{sealed}"
        );
    }
}
on_both!(a_meeting_records_place_members_persons_met_and_a_sealed_note);
