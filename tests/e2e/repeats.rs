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
        &chair,
        "closeBlueCard",
        json!({ "id": earlier, "version": 5, "ground": "UNFOUNDED" }),
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
    let filing = open(&server, &member, nk_a(days_ago(1))).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut strangers = nk_a(days_ago(1));
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
