//! The procedure table through the API: `BlueCard.allowedSteps` (with `mayAddPlanItems` and
//! `mayRecordWork`) offers each viewer exactly the steps the card's status and their part in
//! it allow, and what it offers is what the mutations accept.

use serde_json::{json, Value};

use crate::cases::{member_ids, nk_a, ok, open, step, today};
use crate::harness::{code, demo, Backend, Server};
use crate::on_both;

const ALLOWED: &str = "query($id: ID!) { node(id: $id) { ... on BlueCard { status version \
    allowedSteps mayAddPlanItems mayRecordWork monitoringEndsOn \
    stepsNotYet { step reason possibleFrom } } } }";

/// The steps `token` could take from the card's status but not yet, and why.
async fn not_yet(server: &Server, token: &str, id: &str) -> Value {
    ok(server, token, ALLOWED, json!({ "id": id })).await["node"]["stepsNotYet"].clone()
}

/// What `token` is offered on the card: its status, allowed steps and the two permissions.
async fn offered(server: &Server, token: &str, id: &str) -> (String, Vec<String>, bool, bool) {
    let node = ok(server, token, ALLOWED, json!({ "id": id })).await["node"].clone();
    assert!(node.is_object(), "the card is not visible: {node}");
    let steps = node["allowedSteps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_owned())
        .collect();
    (
        node["status"].as_str().unwrap().to_owned(),
        steps,
        node["mayAddPlanItems"].as_bool().unwrap(),
        node["mayRecordWork"].as_bool().unwrap(),
    )
}

async fn steps_of(server: &Server, token: &str, id: &str) -> Vec<String> {
    offered(server, token, id).await.1
}

fn id_of(opened: &Value) -> String {
    opened["blueCard"]["id"].as_str().unwrap().to_owned()
}

async fn allowed_steps_follow_status_and_role(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let police = server.staff("zory", "policjant").await;
    let member = server.staff("zory", "czlonek").await;

    // The team member (education) fills the NK-A: its initiator, never in its group below.
    let mut input = nk_a(today());
    input["initiatorInstitution"] = json!("EDUCATION");
    let id = id_of(&open(&server, &member, input).await);
    let (status, steps, plans, work) = offered(&server, &member, &id).await;
    assert_eq!(status, "OPENED");
    assert_eq!(steps, ["UPDATED", "PERSON_CORRECTED", "SENT_TO_CHAIR"]);
    assert!(!plans);
    assert!(work);
    // The chair sees every card, and may forward a new one like anyone who sees it.
    assert_eq!(
        steps_of(&server, &chair, &id).await,
        ["UPDATED", "PERSON_CORRECTED", "SENT_TO_CHAIR"]
    );

    step(
        &server,
        &member,
        "forwardBlueCardToChair",
        json!({ "id": id, "version": 1 }),
    )
    .await;
    assert_eq!(
        steps_of(&server, &member, &id).await,
        ["UPDATED", "PERSON_CORRECTED"]
    );
    assert_eq!(
        steps_of(&server, &chair, &id).await,
        ["UPDATED", "PERSON_CORRECTED", "ATTACHED", "GROUP_SET_UP"]
    );
    // The worker is not on the card yet: it answers like a card that does not exist.
    let hidden = ok(&server, &worker, ALLOWED, json!({ "id": id })).await;
    assert!(hidden["node"].is_null(), "{hidden}");

    // Not offered is refused: the initiator may not set up the group.
    let members = member_ids(&server, &chair).await;
    let group = json!([members["pracownik"], members["policjant"]]);
    let body = server
        .gql(
            Some(&member),
            "mutation($input: SetUpDiagnosticGroupInput!) { setUpDiagnosticGroup(input: $input) { blueCard { id } } }",
            json!({ "input": { "id": id, "version": 2, "memberIds": group } }),
        )
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    step(
        &server,
        &chair,
        "setUpDiagnosticGroup",
        json!({ "id": id, "version": 2, "memberIds": group }),
    )
    .await;

    // The group (the police officer) and the chair hold the first meeting; only the group
    // closes (the chair is not in it); only the chair changes the group; the initiator outside
    // the group only corrects the NK-A.
    assert_eq!(
        steps_of(&server, &police, &id).await,
        [
            "UPDATED",
            "PERSON_CORRECTED",
            "FIRST_GROUP_MEETING",
            "PERPETRATOR_NOTIFIED",
            "FAMILY_COURT_NOTIFIED",
            "CLOSED"
        ]
    );
    assert_eq!(
        steps_of(&server, &chair, &id).await,
        [
            "UPDATED",
            "PERSON_CORRECTED",
            "GROUP_CHANGED",
            "FIRST_GROUP_MEETING",
        ]
    );
    let (_, steps, plans, work) = offered(&server, &member, &id).await;
    assert_eq!(steps, ["UPDATED", "PERSON_CORRECTED"]);
    assert!(!plans);
    assert!(work);
    let body = server
        .gql(
            Some(&member),
            "mutation($input: RecordGroupMeetingInput!) { recordGroupMeeting(input: $input) { blueCard { id } } }",
            json!({ "input": { "id": id, "version": 3 } }),
        )
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");

    // Offered is accepted: the police officer records the first meeting.
    let c = step(
        &server,
        &police,
        "recordGroupMeeting",
        json!({ "id": id, "version": 3 }),
    )
    .await;
    assert_eq!(c["status"], "DIAGNOSIS");
    let (_, steps, plans, _) = offered(&server, &police, &id).await;
    assert_eq!(
        steps,
        [
            "UPDATED",
            "PERSON_CORRECTED",
            "GROUP_MEETING",
            "VICTIM_FORM",
            "PERPETRATOR_FORM",
            "PERPETRATOR_NOTIFIED",
            "FAMILY_COURT_NOTIFIED",
            "CLOSED"
        ]
    );
    // Monitoring starts once NK-C (and, with a perpetrator, NK-D) is filled: not offered, but
    // said why.
    assert_eq!(
        not_yet(&server, &police, &id).await,
        json!([{ "step": "MONITORING_STARTED", "reason": "HELP_PLAN_REQUIRED", "possibleFrom": null }])
    );
    assert!(plans);
    assert!(!offered(&server, &member, &id).await.2);

    // Closed as unfounded: monitoring after closure, then nothing at all.
    step(
        &server,
        &police,
        "closeBlueCard",
        json!({ "id": id, "version": 4, "ground": "UNFOUNDED", "resultReport": "Grupa spotkała się z rodziną; przemocy nie potwierdzono.", "basis": "Zdarzenie nie było przemocą domową w rozumieniu ustawy." }),
    )
    .await;
    let (status, steps, plans, work) = offered(&server, &worker, &id).await;
    assert_eq!(status, "POST_CLOSURE_MONITORING");
    assert_eq!(steps, ["UPDATED", "PERSON_CORRECTED", "GROUP_MEETING"]);
    // Its end waits for the day the monitoring is over.
    let node = ok(&server, &worker, ALLOWED, json!({ "id": id })).await["node"].clone();
    assert_eq!(
        node["stepsNotYet"],
        json!([{ "step": "MONITORING_ENDED", "reason": "MONITORING_NOT_OVER",
                 "possibleFrom": node["monitoringEndsOn"] }])
    );
    assert!(plans);
    assert!(work);
    assert_eq!(
        steps_of(&server, &chair, &id).await,
        [
            "UPDATED",
            "PERSON_CORRECTED",
            "GROUP_CHANGED",
            "GROUP_MEETING",
        ]
    );
}
on_both!(allowed_steps_follow_status_and_role);
