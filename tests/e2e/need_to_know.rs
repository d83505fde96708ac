//! Need to know against insiders of the same municipality: a team member outside a case, a
//! police officer who knows only a name and a date of birth, an administrator who would grant
//! themself a case role, and the administrator's view of the audit trail. Each test performs
//! the attack and checks that it teaches the attacker nothing and changes nothing.

use base64::Engine;
use serde_json::{json, Value};

use crate::cases::{
    card, days_ago, member_ids, nk_a, ok, open, perpetrator_pesel, pesel, step, step_errors,
    victim_pesel, OPEN,
};
use crate::harness::{code, demo, Backend, Server};
use crate::on_both;
use kernel::pesel::Sex;

const FILING: &str = "id status version violenceForms attachedTo { id } \
    matchProposals { basis decision procedure { id } filing { id } } \
    deadlines { kind state } forms { kind } persons { role firstName } \
    history { step status takenByName } diagnosticGroup { displayName }";

/// What a filer sees of their card, without what differs between any two filings.
fn seen(card: &Value) -> Value {
    json!({
        "status": card["status"],
        "version": card["version"],
        "attachedTo": card["attachedTo"],
        "matchProposals": card["matchProposals"],
        "deadlines": card["deadlines"],
        "forms": card["forms"],
        "history": card["history"],
        "diagnosticGroup": card["diagnosticGroup"],
    })
}

/// What a filer's answer looks like without the values that differ between any two filings
/// (IDs, names): only its shape and the procedure's state.
fn shape(payload: &Value) -> Value {
    let card = &payload["blueCard"];
    json!({
        "keys": payload.as_object().map(|o| o.keys().cloned().collect::<Vec<_>>()),
        "subsequent": payload["subsequent"],
        "userErrors": payload["userErrors"],
        "status": card["status"],
        "deadlines": card["deadlines"],
        "cardKeys": card.as_object().map(|o| o.keys().cloned().collect::<Vec<_>>()),
    })
}

async fn filing(server: &Server, token: &str, id: &str) -> Value {
    let query = format!("query($id: ID!) {{ node(id: $id) {{ ... on BlueCard {{ {FILING} }} }} }}");
    ok(server, token, &query, json!({ "id": id })).await["node"].clone()
}

async fn awaiting(server: &Server, token: &str) -> Vec<String> {
    let data = ok(
        server,
        token,
        "{ blueCards(first: 100, filter: { awaitingMatchDecision: true }) { edges { node { id } } } }",
        json!({}),
    )
    .await;
    data["blueCards"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["id"].as_str().unwrap().to_owned())
        .collect()
}

async fn my_cards(server: &Server, token: &str) -> Vec<Value> {
    let data = ok(
        server,
        token,
        "{ blueCards(first: 100) { edges { node { id status version } } } }",
        json!({}),
    )
    .await;
    data["blueCards"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"].clone())
        .collect()
}

/// An NK-A by the police about Anna Kowalska known only by name and date of birth, with Jan
/// Kowalski and a new witness.
fn police_form_about_anna() -> Value {
    let mut form = nk_a(days_ago(1));
    form["initiatorInstitution"] = json!("POLICE");
    form["violenceForms"] = json!(["ECONOMIC"]);
    form["persons"] = json!([
        { "role": "VICTIM", "firstName": "anna", "lastName": "KOWALSKA", "dateOfBirth": "1985-03-12", "sex": "FEMALE" },
        { "role": "PERPETRATOR", "firstName": "Jan", "lastName": "Kowalski", "pesel": perpetrator_pesel() },
        { "role": "WITNESS", "firstName": "Maria", "lastName": "Sąsiad", "dateOfBirth": "1960-01-01", "sex": "FEMALE" }
    ]);
    form
}

/// The same kind of form about people in no procedure.
fn form_about_strangers() -> Value {
    let mut form = police_form_about_anna();
    form["persons"] = json!([
        { "role": "VICTIM", "firstName": "Ewa", "lastName": "Zielińska", "dateOfBirth": "1979-04-04", "sex": "FEMALE" },
        { "role": "PERPETRATOR", "firstName": "Adam", "lastName": "Zieliński", "pesel": pesel("1977-02-02", Sex::Male, 31) },
        { "role": "WITNESS", "firstName": "Maria", "lastName": "Sąsiad", "dateOfBirth": "1960-01-01", "sex": "FEMALE" }
    ]);
    form
}

async fn filing_an_nk_a_is_no_oracle(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let police = server.staff("zory", "policjant").await;
    let member = server.staff("zory", "czlonek").await;
    let procedure = open(&server, &worker, nk_a(days_ago(3))).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let before = filing(&server, &worker, &procedure).await;

    // The police officer knows Anna's name and date of birth; the member outside the group her
    // PESEL. Each files an NK-A about her, and one about strangers, and compares the answers.
    let about_anna = open(&server, &police, police_form_about_anna()).await;
    let about_strangers = open(&server, &police, form_about_strangers()).await;
    assert_eq!(shape(&about_anna), shape(&about_strangers));
    assert_eq!(about_anna["subsequent"], false);
    assert_eq!(about_anna["blueCard"]["status"], "OPENED");
    let mut by_pesel = nk_a(days_ago(1));
    by_pesel["initiatorInstitution"] = json!("EDUCATION");
    by_pesel["persons"] = json!([
        { "role": "VICTIM", "firstName": "A", "lastName": "K", "pesel": victim_pesel() }
    ]);
    let member_filing = open(&server, &member, by_pesel).await;
    let mut stranger_by_pesel = nk_a(days_ago(1));
    stranger_by_pesel["initiatorInstitution"] = json!("EDUCATION");
    stranger_by_pesel["persons"] = json!([
        { "role": "VICTIM", "firstName": "A", "lastName": "K", "pesel": pesel("1991-01-01", Sex::Female, 9) }
    ]);
    let member_stranger = open(&server, &member, stranger_by_pesel).await;
    assert_eq!(shape(&member_filing), shape(&member_stranger));
    let member_stranger_id = member_stranger["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let anna_filing = about_anna["blueCard"]["id"].as_str().unwrap().to_owned();
    let stranger_filing = about_strangers["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let member_filing = member_filing["blueCard"]["id"].as_str().unwrap().to_owned();

    // Before forwarding, not even the chair can tell a matched filing from another.
    let data = ok(
        &server,
        &chair,
        "{ blueCards(first: 100, filter: { status: OPENED, awaitingMatchDecision: false }) { edges { node { id } } } }",
        json!({}),
    )
    .await;
    for id in [&anna_filing, &stranger_filing, &member_filing] {
        assert!(data.to_string().contains(id.as_str()), "{data}");
    }
    assert_eq!(
        filing(&server, &chair, &anna_filing).await["matchProposals"],
        json!([])
    );

    // Nothing they read afterwards differs either: their own cards, the same way; the
    // procedure not at all; no match shown to them, before or after forwarding.
    for (token, matched, unmatched) in [
        (&police, &anna_filing, &stranger_filing),
        (
            &member,
            &member_filing,
            &member_stranger["blueCard"]["id"]
                .as_str()
                .unwrap()
                .to_owned(),
        ),
    ] {
        let cards = my_cards(&server, token).await;
        assert_eq!(cards.len(), 2, "{cards:?}");
        assert!(cards
            .iter()
            .all(|c| c["status"] == "OPENED" && c["version"] == 1));
        assert!(card(&server, token, &procedure).await.is_null());
        let matched_view = filing(&server, token, matched).await;
        let other = filing(&server, token, unmatched).await;
        assert!(matched_view["matchProposals"].is_null());
        assert_eq!(seen(&matched_view), seen(&other));
        assert!(awaiting(&server, token).await.is_empty());
        for id in [matched, unmatched] {
            step(
                &server,
                token,
                "forwardBlueCardToChair",
                json!({ "id": id, "version": 1 }),
            )
            .await;
        }
        let seen = filing(&server, token, matched).await;
        let other = filing(&server, token, unmatched).await;
        assert_eq!(seen["status"], "SENT_TO_CHAIR");
        assert_eq!(
            (
                seen["version"].clone(),
                seen["deadlines"].clone(),
                seen["matchProposals"].clone()
            ),
            (
                other["version"].clone(),
                other["deadlines"].clone(),
                other["matchProposals"].clone()
            )
        );
        assert!(awaiting(&server, token).await.is_empty());
        let notices = ok(
            &server,
            token,
            "{ deadlineNotifications(first: 100) { edges { node { blueCardId } } } }",
            json!({}),
        )
        .await;
        assert!(!notices.to_string().contains(&procedure), "{notices}");
    }

    // The procedure the filings named did not change: no persons, forms or version moved,
    // so the group's own edits still go through.
    let after = filing(&server, &worker, &procedure).await;
    assert_eq!(before, after);
    step(
        &server,
        &worker,
        "updateBlueCard",
        json!({ "id": procedure, "version": 1, "description": "Uzupełniony opis." }),
    )
    .await;

    // The chair sees both matches once forwarded, and nothing for the strangers.
    let mut waiting = awaiting(&server, &chair).await;
    waiting.sort();
    let mut expected = vec![anna_filing.clone(), member_filing.clone()];
    expected.sort();
    assert_eq!(waiting, expected);
    let proposed = filing(&server, &chair, &anna_filing).await;
    assert_eq!(
        proposed["matchProposals"],
        json!([{ "basis": "NAME_AND_BIRTH_DATE", "decision": "PENDING",
                 "procedure": { "id": procedure }, "filing": { "id": anna_filing } }])
    );
    assert_eq!(
        filing(&server, &chair, &member_filing).await["matchProposals"][0]["basis"],
        "PESEL"
    );
    let on_procedure = filing(&server, &chair, &procedure).await["matchProposals"].clone();
    assert_eq!(on_procedure.as_array().unwrap().len(), 2, "{on_procedure}");
    assert_eq!(
        filing(&server, &chair, &stranger_filing).await["matchProposals"],
        json!([])
    );

    // No group before the chair decided; only the chair decides.
    let members = member_ids(&server, &chair).await;
    let group = json!([members["pracownik"], members["policjant"]]);
    let errors = step_errors(
        &server,
        &chair,
        "setUpDiagnosticGroup",
        json!({ "id": anna_filing, "version": 2, "memberIds": group }),
    )
    .await;
    assert_eq!(errors[0]["code"], "MATCH_UNDECIDED", "{errors}");
    let attach = "mutation($input: AttachBlueCardFilingInput!) { attachBlueCardFiling(input: $input) { \
        filing { id status version } procedure { id version violenceForms forms { kind } persons { firstName } } \
        userErrors { field code } } }";
    let body = server
        .gql(
            Some(&police),
            attach,
            json!({ "input": { "id": anna_filing, "version": 2, "procedureId": procedure, "procedureVersion": 2 } }),
        )
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    let body = server
        .gql(
            Some(&police),
            "mutation($id: ID!) { keepBlueCardFilingSeparate(input: { id: $id, version: 2 }) { blueCard { id } } }",
            json!({ "id": anna_filing }),
        )
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");

    // A stale version of the procedure changes nothing.
    let body = server
        .gql(
            Some(&chair),
            attach,
            json!({ "input": { "id": anna_filing, "version": 2, "procedureId": procedure, "procedureVersion": 1 } }),
        )
        .await;
    assert_eq!(code(&body), Some("CONFLICT"), "{body}");

    // The chair attaches the police form: it joins the procedure as a subsequent NK-A with the
    // new witness and its form of violence; the police officer's card ends as attached.
    let data = ok(
        &server,
        &chair,
        attach,
        json!({ "input": { "id": anna_filing, "version": 2, "procedureId": procedure, "procedureVersion": 2 } }),
    )
    .await;
    let payload = &data["attachBlueCardFiling"];
    assert_eq!(payload["userErrors"], json!([]), "{payload}");
    assert_eq!(payload["filing"]["status"], "ATTACHED");
    assert_eq!(payload["procedure"]["version"], 3);
    assert_eq!(
        payload["procedure"]["forms"],
        json!([{ "kind": "NK_A" }, { "kind": "NK_A_SUBSEQUENT" }])
    );
    assert_eq!(
        payload["procedure"]["violenceForms"],
        json!(["PHYSICAL", "PSYCHOLOGICAL", "ECONOMIC"])
    );
    let names: Vec<&str> = payload["procedure"]["persons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["firstName"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Anna", "Zofia", "Jan", "Maria"]);
    let attached = filing(&server, &police, &anna_filing).await;
    assert_eq!(attached["status"], "ATTACHED");
    assert!(attached["attachedTo"].is_null(), "{attached}");
    assert!(card(&server, &police, &procedure).await.is_null());
    assert_eq!(
        filing(&server, &chair, &anna_filing).await["attachedTo"]["id"],
        procedure.as_str()
    );
    let mut states: Vec<(String, String)> = attached["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["kind"].as_str().unwrap().into(),
                d["state"].as_str().unwrap().into(),
            )
        })
        .collect();
    states.sort();
    assert_eq!(
        states,
        [
            ("FORWARD_TO_CHAIR".into(), "MET".into()),
            ("SET_UP_GROUP".into(), "CANCELLED".into())
        ]
    );

    // The member's form is kept as a procedure of its own, and gets its group.
    let kept = step(
        &server,
        &chair,
        "keepBlueCardFilingSeparate",
        json!({ "id": member_filing, "version": 2 }),
    )
    .await;
    assert_eq!(
        (kept["status"].clone(), kept["version"].clone()),
        (json!("SENT_TO_CHAIR"), json!(2))
    );
    let decided = filing(&server, &chair, &member_filing).await;
    assert_eq!(decided["matchProposals"][0]["decision"], "KEPT_SEPARATE");
    let errors = step_errors(
        &server,
        &chair,
        "keepBlueCardFilingSeparate",
        json!({ "id": member_filing, "version": 2 }),
    )
    .await;
    assert_eq!(errors[0]["code"], "NO_MATCH", "{errors}");
    // Kept or never matched, the member's two filings go on alike: same versions, history and
    // deadlines, so the decision tells its author nothing.
    for id in [&member_filing, &member_stranger_id] {
        step(
            &server,
            &chair,
            "setUpDiagnosticGroup",
            json!({ "id": id, "version": 2, "memberIds": group }),
        )
        .await;
    }
    assert_eq!(
        seen(&filing(&server, &member, &member_filing).await),
        seen(&filing(&server, &member, &member_stranger_id).await)
    );
    assert!(awaiting(&server, &chair).await.is_empty());

    // An attached card takes no more work: it goes on in the procedure.
    let errors = step_errors(
        &server,
        &police,
        "updateBlueCard",
        json!({ "id": anna_filing, "version": 3, "description": "Dopisek." }),
    )
    .await;
    assert_eq!(errors[0]["code"], "ILLEGAL_TRANSITION", "{errors}");
}
on_both!(filing_an_nk_a_is_no_oracle);

/// Two forms about a new victim at the same moment open two filings, and the chair sees the
/// match between them before either gets a group.
async fn simultaneous_forms_meet_at_the_chair(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let police = server.staff("zory", "policjant").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let mut form = nk_a(days_ago(1));
    form["persons"] = json!([
        { "role": "VICTIM", "firstName": "Iga", "lastName": "Lis", "pesel": pesel("1999-09-09", Sex::Female, 7) },
        { "role": "PERPETRATOR", "firstName": "Adam", "lastName": "Lis", "pesel": pesel("1995-01-01", Sex::Male, 8) }
    ]);
    let mut police_form = form.clone();
    police_form["initiatorInstitution"] = json!("POLICE");
    let (a, b) = tokio::join!(
        server.gql(Some(&worker), OPEN, json!({ "input": form.clone() })),
        server.gql(Some(&police), OPEN, json!({ "input": police_form })),
    );
    let ids: Vec<String> = [&a, &b]
        .iter()
        .map(|body| {
            assert!(body["errors"].is_null(), "{body}");
            body["data"]["openBlueCard"]["blueCard"]["id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_ne!(ids[0], ids[1]);
    for (token, id) in [(&worker, &ids[0]), (&police, &ids[1])] {
        step(
            &server,
            token,
            "forwardBlueCardToChair",
            json!({ "id": id, "version": 1 }),
        )
        .await;
    }
    let waiting = awaiting(&server, &chair).await;
    assert_eq!(
        waiting.len(),
        1,
        "the later form is matched with the earlier: {waiting:?}"
    );
    let later = filing(&server, &chair, &waiting[0]).await;
    let other = ids.iter().find(|id| **id != waiting[0]).unwrap();
    assert_eq!(
        later["matchProposals"][0]["procedure"]["id"],
        other.as_str()
    );
    assert_eq!(later["matchProposals"][0]["basis"], "PESEL");
}
on_both!(simultaneous_forms_meet_at_the_chair);

async fn users(server: &Server, admin: &str) -> Vec<Value> {
    let data = ok(
        server,
        admin,
        "{ users(first: 100) { edges { node { id login version roles } } } }",
        json!({}),
    )
    .await;
    data["users"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"].clone())
        .collect()
}

pub(crate) async fn user(server: &Server, admin: &str, login: &str) -> Value {
    users(server, admin)
        .await
        .into_iter()
        .find(|u| u["login"] == login)
        .unwrap()
}

const GRANT: &str = "mutation($id: ID!, $version: Int!, $role: Role!) { grantRole(input: { id: $id, version: $version, role: $role }) { user { roles version } userErrors { field code } } }";

pub(crate) async fn grant(server: &Server, admin: &str, login: &str, role: &str) -> Value {
    let target = user(server, admin, login).await;
    ok(
        server,
        admin,
        GRANT,
        json!({ "id": target["id"], "version": target["version"], "role": role }),
    )
    .await["grantRole"]
        .clone()
}

/// Node types in the global IDs of an audit entry's list.
fn kinds(ids: &Value) -> Vec<String> {
    ids.as_array()
        .unwrap()
        .iter()
        .map(|id| {
            let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(id.as_str().unwrap())
                .unwrap();
            String::from_utf8(raw)
                .unwrap()
                .split(':')
                .next()
                .unwrap()
                .to_owned()
        })
        .collect()
}

const AUDIT: &str = "{ auditEvents(first: 100) { edges { node { operation actorLogin outcome objectIds deniedIds } } } }";

async fn audit(server: &Server, token: &str) -> Vec<Value> {
    let data = ok(server, token, AUDIT, json!({})).await;
    data["auditEvents"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"].clone())
        .collect()
}

/// An administrator cannot give themself a case role; one who holds one (granted by another
/// administrator) reads cases only by its rules; the administrator's audit trail names no case,
/// the data-protection officer's does; probing is recorded as denied.
async fn administrators_see_no_case_through_roles_or_the_trail(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let admin = server.staff("zory", "admin").await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let police = server.staff("zory", "policjant").await;

    for role in [
        "SOCIAL_WORKER",
        "TEAM_CHAIR",
        "DATA_PROTECTION_OFFICER",
        "TENANT_ADMIN",
    ] {
        let me = user(&server, &admin, "admin").await;
        let payload = grant(&server, &admin, "admin", role).await;
        assert_eq!(
            payload["userErrors"][0]["code"], "SELF",
            "{role}: {payload}"
        );
        assert!(payload["user"].is_null());
        assert_eq!(
            user(&server, &admin, "admin").await["version"],
            me["version"]
        );
    }

    let procedure = open(&server, &worker, nk_a(days_ago(3))).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut chairs_form = form_about_strangers();
    chairs_form["initiatorInstitution"] = json!("SOCIAL_WELFARE");
    let chairs = open(&server, &chair, chairs_form).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // A form about the same family by the police: a match, recorded with the procedure's ID.
    let police_filing = open(&server, &police, police_form_about_anna()).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    // The social worker, made an administrator too, still sees only their own card.
    assert_eq!(
        grant(&server, &admin, "pracownik", "TENANT_ADMIN").await["userErrors"],
        json!([])
    );
    let worker_admin = server.staff("zory", "pracownik").await;
    let cards: Vec<String> = my_cards(&server, &worker_admin)
        .await
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(cards, std::slice::from_ref(&procedure));
    assert!(card(&server, &worker_admin, &chairs).await.is_null());

    // Probes by the police officer outside the case: a read and a step.
    assert!(card(&server, &police, &procedure).await.is_null());
    let body = server
        .gql(
            Some(&police),
            "mutation($id: ID!) { forwardBlueCardToChair(input: { id: $id, version: 1 }) { blueCard { id } } }",
            json!({ "id": procedure }),
        )
        .await;
    assert_eq!(code(&body), Some("NOT_FOUND"), "{body}");
    // And a look at the trail itself, refused before any work began.
    let body = server.gql(Some(&police), AUDIT, json!({})).await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    // The data-protection officer audits cases and files none.
    let dpo = server.staff("zory", "iod").await;
    let body = server
        .gql(Some(&dpo), OPEN, json!({ "input": nk_a(days_ago(1)) }))
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");

    // The administrators' trail: who did what, never which case, nor who read it.
    for token in [&admin, &worker_admin] {
        let events = audit(&server, token).await;
        assert!(!events.is_empty());
        for e in &events {
            for list in ["objectIds", "deniedIds"] {
                let case_kinds: Vec<String> = kinds(&e[list])
                    .into_iter()
                    .filter(|k| k.starts_with("BlueCard") || k == "PlanItem" || k == "Deadline")
                    .collect();
                assert!(case_kinds.is_empty(), "{e}");
            }
        }
        let text = serde_json::to_string(&events).unwrap();
        for id in [&procedure, &chairs, &police_filing] {
            assert!(!text.contains(id.as_str()), "{text}");
        }
        let filed = events
            .iter()
            .find(|e| e["actorLogin"] == "policjant" && e["operation"] == "mutation (case data)")
            .unwrap();
        assert_eq!(
            (filed["objectIds"].clone(), filed["deniedIds"].clone()),
            (json!([]), json!([]))
        );
        // Forms that were filed show as case work, not by name (the refused one by the
        // data-protection officer touched no case and keeps its name).
        assert!(
            !events
                .iter()
                .any(|e| e["operation"] == "mutation openBlueCard" && e["outcome"] == "OK"),
            "{text}"
        );
        // One entry through `node`, the same way.
        let id = ok(
            &server,
            token,
            "{ auditEvents(first: 1) { edges { node { id } } } }",
            json!({}),
        )
        .await["auditEvents"]["edges"][0]["node"]["id"]
            .clone();
        let node = ok(
            &server,
            token,
            "query($id: ID!) { node(id: $id) { ... on AuditEvent { objectIds deniedIds } } }",
            json!({ "id": id }),
        )
        .await;
        assert!(!node.to_string().contains("Qmx1ZU"), "{node}");
        assert!(events
            .iter()
            .any(|e| e["operation"] == "mutation (case data)"
                && e["actorLogin"] == "policjant"
                && e["outcome"] == "DENIED"));
    }

    // The data-protection officer sees the whole trail: the cards, the matches and the probes.
    let events = audit(&server, &dpo).await;
    let matched = events
        .iter()
        .find(|e| e["operation"] == "mutation openBlueCard" && e["actorLogin"] == "policjant")
        .unwrap();
    let ids = matched["objectIds"].as_array().unwrap();
    assert!(
        ids.contains(&json!(procedure)) && ids.contains(&json!(police_filing)),
        "{matched}"
    );
    assert!(events.iter().any(|e| e["operation"] == "query auditEvents"
        && e["actorLogin"] == "policjant"
        && e["outcome"] == "DENIED"));
    let opened = events
        .iter()
        .find(|e| e["operation"] == "mutation openBlueCard" && e["actorLogin"] == "pracownik")
        .unwrap();
    assert!(opened["objectIds"]
        .as_array()
        .unwrap()
        .contains(&json!(procedure)));
    let probes: Vec<&Value> = events
        .iter()
        .filter(|e| e["actorLogin"] == "policjant")
        .collect();
    let step_probe = probes
        .iter()
        .find(|e| e["operation"] == "mutation forwardBlueCardToChair")
        .unwrap();
    assert_eq!(step_probe["outcome"], "DENIED");
    assert_eq!(step_probe["deniedIds"], json!([procedure]));
    assert!(probes
        .iter()
        .any(|e| e["operation"].as_str().unwrap().starts_with("query")
            && e["outcome"] == "DENIED"
            && e["deniedIds"] == json!([procedure])));
    // Still no case of their own: the trail is not a way into the cards.
    assert!(card(&server, &dpo, &procedure).await.is_null());

    // A mutation that fails for another reason is recorded as failed.
    let body = server
        .gql(
            Some(&worker),
            "mutation($id: ID!) { forwardBlueCardToChair(input: { id: $id, version: 7 }) { blueCard { id } } }",
            json!({ "id": procedure }),
        )
        .await;
    assert_eq!(code(&body), Some("CONFLICT"), "{body}");
    let events = audit(&server, &dpo).await;
    assert!(events
        .iter()
        .any(|e| e["operation"] == "mutation forwardBlueCardToChair"
            && e["actorLogin"] == "pracownik"
            && e["outcome"] == "FAILED"
            && e["objectIds"]
                .as_array()
                .unwrap()
                .contains(&json!(procedure))));
}
on_both!(administrators_see_no_case_through_roles_or_the_trail);
