//! Repeats: a new NK-A about the people of a procedure in post-closure monitoring is proposed to
//! the chair as a repeat (not a subsequent form: the procedure ended), shown to nobody else
//! until the chair decides; the chair links the new procedure to the earlier one, and its
//! diagnostic group then knows the history, while the form's author learns nothing.

use serde_json::{json, Value};

use crate::cases::{
    card_in_diagnosis, days_ago, member_ids, nk_a, ok, open, step, step_errors, today,
};
use crate::harness::{demo, Backend};
use crate::on_both;

const VIEW: &str = "query($id: ID!) { node(id: $id) { ... on BlueCard { id version status \
    matchProposals { kind decision basis procedure { id } } \
    earlierProcedures { number status closureGround closedOn blueCard { id } } } } }";

const LINK: &str = "mutation($input: LinkBlueCardToEarlierProcedureInput!) { \
    linkBlueCardToEarlierProcedure(input: $input) { blueCard { id version } userErrors { field code } } }";

async fn a_repeat_is_the_chairs_to_link_and_its_group_knows_the_history(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let police = server.staff("zory", "policjant").await;
    let member = server.staff("zory", "czlonek").await;
    // An earlier procedure about the Kowalski family, closed as unfounded: in post-closure
    // monitoring now.
    let earlier = card_in_diagnosis(&server, &worker, &chair).await.card;
    let closed = step(
        &server,
        &worker,
        "closeBlueCard",
        json!({ "id": earlier, "version": 5, "ground": "UNFOUNDED", "resultReport": "Grupa spotkała się z rodziną; przemocy nie potwierdzono.", "basis": "Zdarzenie nie było przemocą domową w rozumieniu ustawy." }),
    )
    .await;
    assert_eq!(closed["status"], "POST_CLOSURE_MONITORING");
    let number = ok(
        &server,
        &chair,
        "query($id: ID!) { node(id: $id) { ... on BlueCard { number } } }",
        json!({ "id": earlier }),
    )
    .await["node"]["number"]
        .clone();

    // A team member files a new NK-A about the same family: their own card, which says nothing
    // of the earlier one, exactly like a filing about strangers.
    let mut teachers = nk_a(days_ago(1));
    teachers["initiatorInstitution"] = json!("EDUCATION");
    let filing = open(&server, &member, teachers).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut strangers = nk_a(days_ago(1));
    strangers["initiatorInstitution"] = json!("EDUCATION");
    for (i, name) in ["Teresa", "Tola", "Tadeusz"].iter().enumerate() {
        strangers["persons"][i]["firstName"] = json!(name);
        strangers["persons"][i]["lastName"] = json!("Zawadzcy");
        strangers["persons"][i]["pesel"] = Value::Null;
    }
    strangers["persons"][0]["dateOfBirth"] = json!("1984-01-01");
    strangers["persons"][0]["sex"] = json!("FEMALE");
    strangers["persons"][2]["dateOfBirth"] = json!("1979-01-01");
    strangers["persons"][2]["sex"] = json!("MALE");
    let control = open(&server, &member, strangers).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let seen = |v: Value| {
        let mut n = v["node"].clone();
        n["id"] = Value::Null;
        n
    };
    assert_eq!(
        seen(ok(&server, &member, VIEW, json!({ "id": filing })).await),
        seen(ok(&server, &member, VIEW, json!({ "id": control })).await)
    );
    for card in [&filing, &control] {
        step(
            &server,
            &member,
            "forwardBlueCardToChair",
            json!({ "id": card, "version": 1 }),
        )
        .await;
    }

    // The chair sees a repeat: it cannot join the ended procedure, and no group is set up
    // before the chair decides.
    let view = ok(&server, &chair, VIEW, json!({ "id": filing })).await["node"].clone();
    assert_eq!(
        view["matchProposals"],
        json!([{ "kind": "REPEAT", "decision": "PENDING", "basis": "PESEL", "procedure": { "id": earlier } }])
    );
    let members = member_ids(&server, &chair).await;
    let refused = step_errors(
        &server,
        &chair,
        "setUpDiagnosticGroup",
        json!({ "id": filing, "version": 2, "memberIds": [members["pracownik"], members["policjant"]] }),
    )
    .await;
    assert_eq!(refused[0]["code"], "MATCH_UNDECIDED");
    let attach = ok(
        &server,
        &chair,
        "mutation($input: AttachBlueCardFilingInput!) { attachBlueCardFiling(input: $input) { filing { id } userErrors { code } } }",
        json!({ "input": { "id": filing, "version": 2, "procedureId": earlier, "procedureVersion": 6 } }),
    )
    .await;
    assert_eq!(
        attach["attachBlueCardFiling"]["userErrors"][0]["code"],
        "ILLEGAL_TRANSITION"
    );
    // Only the chair links.
    let body = server
        .gql(
            Some(&member),
            LINK,
            json!({ "input": { "id": filing, "version": 2, "procedureId": earlier } }),
        )
        .await;
    assert_eq!(crate::harness::code(&body), Some("FORBIDDEN"), "{body}");

    let linked = ok(
        &server,
        &chair,
        LINK,
        json!({ "input": { "id": filing, "version": 2, "procedureId": earlier } }),
    )
    .await;
    let payload = &linked["linkBlueCardToEarlierProcedure"];
    assert_eq!(payload["userErrors"], json!([]), "{payload}");
    // The form itself does not change.
    assert_eq!(payload["blueCard"]["version"], 2);
    let again = ok(
        &server,
        &chair,
        LINK,
        json!({ "input": { "id": filing, "version": 2, "procedureId": earlier } }),
    )
    .await;
    assert_eq!(
        again["linkBlueCardToEarlierProcedure"]["userErrors"][0]["code"],
        "NO_MATCH"
    );
    let view = ok(&server, &chair, VIEW, json!({ "id": filing })).await["node"].clone();
    assert_eq!(view["matchProposals"][0]["decision"], "LINKED");
    assert_eq!(
        view["earlierProcedures"],
        json!([{ "number": number, "status": "POST_CLOSURE_MONITORING", "closureGround": "UNFOUNDED",
                 "closedOn": today().to_string(),
                 "blueCard": { "id": earlier } }])
    );
    // The author, outside the group, still learns nothing.
    assert_eq!(
        seen(ok(&server, &member, VIEW, json!({ "id": filing })).await),
        seen(ok(&server, &member, VIEW, json!({ "id": control })).await)
    );

    // The group is set up; its members see the earlier procedure.
    step(
        &server,
        &chair,
        "setUpDiagnosticGroup",
        json!({ "id": filing, "version": 2, "memberIds": [members["pracownik"], members["policjant"]] }),
    )
    .await;
    for in_group in [&worker, &police] {
        let view = ok(&server, in_group, VIEW, json!({ "id": filing })).await["node"].clone();
        assert_eq!(view["matchProposals"], Value::Null);
        assert_eq!(view["earlierProcedures"][0]["number"], number);
        assert_eq!(view["earlierProcedures"][0]["blueCard"]["id"], earlier);
    }
}
on_both!(a_repeat_is_the_chairs_to_link_and_its_group_knows_the_history);

/// A procedure about the family `last_name` (no PESELs), opened, given a group and closed as
/// unfounded on `closed_on`, its post-closure monitoring then ended: status CLOSED.
pub(crate) async fn closed_procedure(
    server: &crate::harness::Server,
    worker: &str,
    chair: &str,
    last_name: &str,
    closed_on: chrono::NaiveDate,
) -> String {
    let (card, closed) = procedure_closed_on(server, worker, chair, last_name, closed_on).await;
    let ends_on = ok(
        server,
        chair,
        "query($id: ID!) { node(id: $id) { ... on BlueCard { monitoringEndsOn } } }",
        json!({ "id": card }),
    )
    .await["node"]["monitoringEndsOn"]
        .as_str()
        .unwrap()
        .to_owned();
    let ended = step(
        server,
        chair,
        "endPostClosureMonitoring",
        json!({ "id": card, "version": closed["version"], "on": ends_on }),
    )
    .await;
    assert_eq!(ended["status"], "CLOSED");
    card
}

/// A procedure about the family `last_name` (no PESELs), opened, given a group and closed as
/// unfounded on `closed_on`: in post-closure monitoring. The card's ID and the card as closed.
pub(crate) async fn procedure_closed_on(
    server: &crate::harness::Server,
    worker: &str,
    chair: &str,
    last_name: &str,
    closed_on: chrono::NaiveDate,
) -> (String, Value) {
    let start = closed_on - chrono::Days::new(10);
    let card = open(server, worker, family(last_name, start)).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let on = json!(start.to_string());
    step(
        server,
        worker,
        "forwardBlueCardToChair",
        json!({ "id": card, "version": 1, "on": on }),
    )
    .await;
    let members = member_ids(server, chair).await;
    step(
        server,
        chair,
        "setUpDiagnosticGroup",
        json!({ "id": card, "version": 2, "on": on, "memberIds": [members["pracownik"], members["policjant"]] }),
    )
    .await;
    // The group closes it (the chair is not in it).
    let closed = step(
        server,
        worker,
        "closeBlueCard",
        json!({ "id": card, "version": 3, "ground": "UNFOUNDED", "on": closed_on.to_string(), "resultReport": "Grupa spotkała się z rodziną; przemocy nie potwierdzono.", "basis": "Zdarzenie nie było przemocą domową w rozumieniu ustawy." }),
    )
    .await;
    (card, closed)
}

/// Form NK-A about the family `last_name`: a victim and a perpetrator without PESELs.
pub(crate) fn family(last_name: &str, on: chrono::NaiveDate) -> Value {
    let mut form = nk_a(on);
    let persons = form["persons"].as_array_mut().unwrap();
    persons.remove(1);
    for (p, (first, born, sex)) in persons.iter_mut().zip([
        ("Irena", "1971-04-04", "FEMALE"),
        ("Ignacy", "1969-09-09", "MALE"),
    ]) {
        p["firstName"] = json!(first);
        p["lastName"] = json!(last_name);
        p["pesel"] = Value::Null;
        p["dateOfBirth"] = json!(born);
        p["sex"] = json!(sex);
    }
    form["childrenInHousehold"] = json!(0);
    form
}

/// A procedure closed exactly 12 months before the new form's day is a repeat; one closed a day
/// earlier is not, and the new form is a procedure of its own with nothing to decide.
async fn a_procedure_closed_within_twelve_months_is_a_repeat_and_not_a_day_more(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let cutoff = today().checked_sub_months(chrono::Months::new(12)).unwrap();
    let within = closed_procedure(&server, &worker, &chair, "Wierzbiccy", cutoff).await;
    closed_procedure(
        &server,
        &worker,
        &chair,
        "Wiśniewscy",
        cutoff - chrono::Days::new(1),
    )
    .await;
    let mut proposals = Vec::new();
    for last_name in ["Wierzbiccy", "Wiśniewscy"] {
        let filing =
            open(&server, &worker, family(last_name, today())).await["blueCard"]["id"].clone();
        step(
            &server,
            &worker,
            "forwardBlueCardToChair",
            json!({ "id": filing, "version": 1 }),
        )
        .await;
        proposals.push(
            ok(&server, &chair, VIEW, json!({ "id": filing })).await["node"]["matchProposals"]
                .clone(),
        );
    }
    assert_eq!(
        proposals,
        vec![
            json!([{ "kind": "REPEAT", "decision": "PENDING", "basis": "NAME_AND_BIRTH_DATE",
                     "procedure": { "id": within } }]),
            json!([]),
        ]
    );
}
on_both!(a_procedure_closed_within_twelve_months_is_a_repeat_and_not_a_day_more);
