//! Interdisciplinary teams and the Blue Card procedure over GraphQL: the whole procedure, the
//! law's rules as userErrors, need to know, personal data at rest, lost updates, lists at a
//! constant number of queries, and deadline notifications across gateway processes.

use std::time::{Duration, Instant};

use chrono::{Months, NaiveDate};
use kernel::calendar;
use kernel::pesel::{Pesel, Sex};
use serde_json::{json, Value};

use crate::harness::{code, demo, Backend, Server, ServerOptions, TestDb, REDIS};
use crate::on_both;
use crate::subscriptions::{connect, next, subscribe};

pub(crate) const CARD: &str = "id status version initiatedOn violenceForms \
    deadlines { kind dueOn state metOn metLate cancelled } \
    persons { id role sex minor firstName lastName pesel dateOfBirth } \
    diagnosticGroup { displayName institution } \
    details { injuries firearmAccess childrenInHousehold nkBHandedOver actionsTaken description }";

pub(crate) fn today() -> NaiveDate {
    calendar::today()
}

pub(crate) fn days_ago(n: u64) -> NaiveDate {
    today() - chrono::Days::new(n)
}

pub(crate) fn pesel(born: &str, sex: Sex, serial: u16) -> String {
    let born = NaiveDate::parse_from_str(born, "%Y-%m-%d").unwrap();
    Pesel::generate(born, sex, serial)
        .unwrap()
        .as_str()
        .to_owned()
}

pub(crate) fn victim_pesel() -> String {
    pesel("1985-03-12", Sex::Female, 123)
}

pub(crate) fn perpetrator_pesel() -> String {
    pesel("1980-07-01", Sex::Male, 456)
}

/// An NK-A about Anna Kowalska (victim), her daughter (a minor witness) and Jan Kowalski.
pub(crate) fn nk_a(initiated_on: NaiveDate) -> Value {
    json!({
        "initiatedOn": initiated_on.to_string(),
        "initiatorInstitution": "SOCIAL_WELFARE",
        "violenceForms": ["PHYSICAL", "PSYCHOLOGICAL"],
        "persons": [
            { "role": "VICTIM", "firstName": "Anna", "lastName": "Kowalska",
              "pesel": victim_pesel(), "dateOfBirth": "1985-03-12", "sex": "FEMALE",
              "address": "ul. Rybnicka 1, Żory", "phone": "600 100 200" },
            { "role": "WITNESS", "firstName": "Zofia", "lastName": "Kowalska",
              "dateOfBirth": "2015-05-05", "sex": "FEMALE" },
            { "role": "PERPETRATOR", "firstName": "Jan", "lastName": "Kowalski",
              "pesel": perpetrator_pesel() }
        ],
        "injuries": "zasinienie przedramienia",
        "firearmAccess": false,
        "childrenInHousehold": 1,
        "actionsTaken": ["MEDICAL_HELP"],
        "nkBHandedOver": true,
        "nkBRecipient": 0,
        "description": "Interwencja domowa po zgłoszeniu sąsiadki."
    })
}

pub(crate) const OPEN: &str = "mutation($input: OpenBlueCardInput!) { openBlueCard(input: $input) { \
    blueCard { id status deadlines { kind dueOn } } subsequent userErrors { field message code } } }";

/// Sends `query` and returns its data, failing on any GraphQL error.
/// How many of the latest 30 entries of `tenant`'s audit trail, read by its administrator, are
/// of an operation naming `operation`, by `login`.
pub(crate) async fn audited(server: &Server, tenant: &str, operation: &str, login: &str) -> usize {
    let admin = server.staff(tenant, "admin").await;
    let trail = ok(
        server,
        &admin,
        "{ auditEvents(first: 30) { edges { node { operation actorLogin } } } }",
        json!({}),
    )
    .await;
    trail["auditEvents"]["edges"]
        .as_array()
        .expect("audit entries")
        .iter()
        .filter(|e| {
            e["node"]["operation"]
                .as_str()
                .unwrap_or_default()
                .contains(operation)
                && e["node"]["actorLogin"] == login
        })
        .count()
}

pub(crate) async fn ok(server: &Server, token: &str, query: &str, variables: Value) -> Value {
    let body = server.gql(Some(token), query, variables).await;
    assert!(body["errors"].is_null(), "{query}: {body}");
    body["data"].clone()
}

/// Runs a step mutation and returns the card, failing on userErrors.
pub(crate) async fn step(server: &Server, token: &str, mutation: &str, input: Value) -> Value {
    let query = format!(
        "mutation($input: {}Input!) {{ {mutation}(input: $input) {{ blueCard {{ {CARD} }} userErrors {{ field message code }} }} }}",
        input_type(mutation)
    );
    let data = ok(server, token, &query, json!({ "input": input })).await;
    let payload = &data[mutation];
    assert_eq!(payload["userErrors"], json!([]), "{mutation}: {payload}");
    payload["blueCard"].clone()
}

/// The userErrors of a step mutation that must fail.
pub(crate) async fn step_errors(
    server: &Server,
    token: &str,
    mutation: &str,
    input: Value,
) -> Value {
    let query = format!(
        "mutation($input: {}Input!) {{ {mutation}(input: $input) {{ blueCard {{ id }} userErrors {{ field message code }} }} }}",
        input_type(mutation)
    );
    let data = ok(server, token, &query, json!({ "input": input })).await;
    assert!(data[mutation]["blueCard"].is_null(), "{data}");
    data[mutation]["userErrors"].clone()
}

pub(crate) fn input_type(mutation: &str) -> &'static str {
    match mutation {
        "forwardBlueCardToChair"
        | "startMonitoring"
        | "reviewHelpPlan"
        | "endPostClosureMonitoring"
        | "keepBlueCardFilingSeparate" => "BlueCardStep",
        "recordGroupMeeting" => "RecordGroupMeeting",
        "setUpDiagnosticGroup" => "SetUpDiagnosticGroup",
        "fillVictimForm" => "FillVictimForm",
        "fillPerpetratorForm" => "FillPerpetratorForm",
        "closeBlueCard" => "CloseBlueCard",
        "recordPerpetratorNotice" => "RecordPerpetratorNotice",
        "recordFamilyCourtNotice" => "RecordFamilyCourtNotice",
        "updateBlueCard" => "UpdateBlueCard",
        "addOutsideGroupMember" => "AddOutsideGroupMember",
        "removeOutsideGroupMember" => "RemoveOutsideGroupMember",
        other => panic!("no input type for {other}"),
    }
}

/// Each userError as (the last segment of its field, its code).
pub(crate) fn field_codes(errors: &Value) -> Vec<(String, String)> {
    errors
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let field = e["field"].as_array().unwrap();
            (
                field.last().unwrap().as_str().unwrap().to_owned(),
                e["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn codes(errors: &Value) -> Vec<String> {
    errors
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_str().unwrap().to_owned())
        .collect()
}

pub(crate) async fn open(server: &Server, token: &str, input: Value) -> Value {
    let data = ok(server, token, OPEN, json!({ "input": input })).await;
    assert_eq!(data["openBlueCard"]["userErrors"], json!([]), "{data}");
    data["openBlueCard"].clone()
}

pub(crate) async fn card(server: &Server, token: &str, id: &str) -> Value {
    let query = format!("query($id: ID!) {{ node(id: $id) {{ ... on BlueCard {{ {CARD} }} }} }}");
    ok(server, token, &query, json!({ "id": id })).await["node"].clone()
}

/// Team member IDs of the demo team by login.
pub(crate) async fn member_ids(
    server: &Server,
    token: &str,
) -> std::collections::HashMap<String, String> {
    let data = ok(
        server,
        token,
        "{ teams { members { id displayName institution } } }",
        json!({}),
    )
    .await;
    let names = [
        ("Barbara Nowak", "przewodniczacy"),
        ("Anna Kamińska", "pracownik"),
        ("Piotr Grabowski", "policjant"),
        ("Marek Kowalczyk", "czlonek"),
    ];
    data["teams"][0]["members"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|m| {
            let name = m["displayName"].as_str()?;
            let login = names.iter().find(|(n, _)| *n == name)?.1;
            Some((login.to_owned(), m["id"].as_str()?.to_owned()))
        })
        .collect()
}

fn deadline<'a>(card: &'a Value, kind: &str) -> &'a Value {
    card["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .find(|d| d["kind"] == kind)
        .unwrap_or_else(|| panic!("no {kind} deadline in {card}"))
}

async fn blue_card_procedure_end_to_end(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let police = server.staff("zory", "policjant").await;

    // A procedure recorded after the fact: NK-A filled 400 days ago, each step on its own day.
    let initiated = days_ago(400);
    let forward_on = initiated + chrono::Days::new(20);
    let group_on = forward_on + chrono::Days::new(1);
    let meeting_on = group_on + chrono::Days::new(2);
    let start_on = meeting_on + chrono::Days::new(1);
    let close_on = start_on + chrono::Days::new(30);
    let opened = open(&server, &worker, nk_a(initiated)).await;
    assert_eq!(opened["subsequent"], false);
    let id = opened["blueCard"]["id"].as_str().unwrap().to_owned();
    assert_eq!(opened["blueCard"]["status"], "OPENED");
    let forward_due = calendar::add_working_days(initiated, 5);
    assert_eq!(
        opened["blueCard"]["deadlines"],
        json!([{ "kind": "FORWARD_TO_CHAIR", "dueOn": forward_due.to_string() }])
    );
    let c = card(&server, &worker, &id).await;
    assert_eq!(deadline(&c, "FORWARD_TO_CHAIR")["state"], "OVERDUE", "{c}");
    let persons = c["persons"].as_array().unwrap();
    assert_eq!(persons.len(), 3);
    // The minor witness is recorded as a victim.
    assert_eq!(persons[1]["role"], "VICTIM");
    assert_eq!(persons[1]["minor"], true);
    assert_eq!(
        persons[2]["dateOfBirth"], "1980-07-01",
        "derived from the PESEL"
    );
    assert_eq!(persons[2]["sex"], "MALE");
    assert_eq!(c["details"]["injuries"], "zasinienie przedramienia");
    assert_eq!(c["details"]["actionsTaken"], json!(["MEDICAL_HELP"]));
    let victim_id = persons[0]["id"].as_str().unwrap().to_owned();
    let perpetrator_id = persons[2]["id"].as_str().unwrap().to_owned();

    // Steps out of order are refused with a clear error.
    let errors = step_errors(
        &server,
        &chair,
        "recordGroupMeeting",
        json!({ "id": id, "version": 1 }),
    )
    .await;
    assert_eq!(codes(&errors), ["ILLEGAL_TRANSITION"]);
    assert!(
        errors[0]["message"].as_str().unwrap().contains("opened"),
        "{errors}"
    );

    // Sent to the chair 20 days after: the forwarding deadline is met, late.
    let c = step(
        &server,
        &worker,
        "forwardBlueCardToChair",
        json!({ "id": id, "version": 1, "on": forward_on.to_string() }),
    )
    .await;
    assert_eq!(c["status"], "SENT_TO_CHAIR");
    assert_eq!(deadline(&c, "FORWARD_TO_CHAIR")["state"], "MET");
    assert_eq!(deadline(&c, "FORWARD_TO_CHAIR")["metLate"], true);
    let group_due = calendar::Period::days(3).due_from(forward_on);
    assert!(group_due >= forward_on + chrono::Days::new(3) && calendar::is_working_day(group_due));
    assert_eq!(deadline(&c, "SET_UP_GROUP")["dueOn"], group_due.to_string());
    assert_eq!(deadline(&c, "SET_UP_GROUP")["state"], "OVERDUE");

    // Only the chair sets up the group, and only with a social worker and a police officer.
    let members = member_ids(&server, &chair).await;
    let body = server
        .gql(
            Some(&worker),
            "mutation($input: SetUpDiagnosticGroupInput!) { setUpDiagnosticGroup(input: $input) { blueCard { id } } }",
            json!({ "input": { "id": id, "version": 2, "memberIds": [members["pracownik"], members["policjant"]] } }),
        )
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    let errors = step_errors(
        &server,
        &chair,
        "setUpDiagnosticGroup",
        json!({ "id": id, "version": 2, "memberIds": [members["pracownik"], members["czlonek"]] }),
    )
    .await;
    assert_eq!(codes(&errors), ["POLICE_OFFICER_REQUIRED"]);
    assert!(errors[0]["message"]
        .as_str()
        .unwrap()
        .contains("police officer"));
    let errors = step_errors(
        &server,
        &chair,
        "setUpDiagnosticGroup",
        json!({ "id": id, "version": 2, "memberIds": [members["policjant"]] }),
    )
    .await;
    assert_eq!(codes(&errors), ["SOCIAL_WORKER_REQUIRED"]);
    let c = step(
        &server,
        &chair,
        "setUpDiagnosticGroup",
        json!({ "id": id, "version": 2, "on": group_on.to_string(),
                "memberIds": [members["pracownik"], members["policjant"]] }),
    )
    .await;
    assert_eq!(c["status"], "GROUP_ASSIGNED");
    assert_eq!(deadline(&c, "SET_UP_GROUP")["state"], "MET");
    assert_eq!(deadline(&c, "SET_UP_GROUP")["metLate"], false);
    assert_eq!(
        deadline(&c, "FIRST_GROUP_MEETING")["dueOn"],
        calendar::add_working_days(group_on, 5).to_string()
    );
    assert_eq!(c["diagnosticGroup"].as_array().unwrap().len(), 2);

    // Closing for violence stopped needs a monitored help plan.
    let errors = step_errors(
        &server,
        &police,
        "closeBlueCard",
        json!({ "id": id, "version": 3, "ground": "VIOLENCE_STOPPED_AND_PLAN_CARRIED_OUT", "resultReport": "Grupa spotkała się z rodziną; przemocy nie potwierdzono." }),
    )
    .await;
    assert_eq!(codes(&errors), ["MONITORING_NOT_STARTED"]);
    assert_eq!(errors[0]["field"], json!(["input", "ground"]));

    let c = step(
        &server,
        &police,
        "recordGroupMeeting",
        json!({ "id": id, "version": 3, "on": meeting_on.to_string() }),
    )
    .await;
    assert_eq!(c["status"], "DIAGNOSIS");
    assert_eq!(deadline(&c, "FIRST_GROUP_MEETING")["state"], "MET");

    let errors = step_errors(
        &server,
        &police,
        "startMonitoring",
        json!({ "id": id, "version": 4 }),
    )
    .await;
    assert_eq!(
        codes(&errors),
        ["HELP_PLAN_REQUIRED", "ACTION_PLAN_REQUIRED"]
    );

    // NK-C with the victim, never with the perpetrator present.
    let errors = step_errors(
        &server,
        &worker,
        "fillVictimForm",
        json!({ "id": id, "version": 4, "personId": victim_id, "diagnosis": "x", "perpetratorPresent": true }),
    )
    .await;
    assert_eq!(codes(&errors), ["MET_SEPARATELY"]);
    let errors = step_errors(
        &server,
        &worker,
        "fillVictimForm",
        json!({ "id": id, "version": 4, "personId": perpetrator_id, "diagnosis": "x" }),
    )
    .await;
    assert_eq!(codes(&errors), ["NOT_FOUND"]);
    let c = step(
        &server,
        &worker,
        "fillVictimForm",
        json!({ "id": id, "version": 4, "personId": victim_id, "filledOn": meeting_on.to_string(),
                "diagnosis": "Przemoc fizyczna i psychiczna od 2 lat.",
                "history": "Pierwszy akt w 2024 r.",
                "helpPlan": [
                    { "description": "Plan bezpieczeństwa" },
                    { "description": "Konsultacja prawna", "dueOn": today().to_string() }
                ] }),
    )
    .await;
    assert_eq!(c["version"], 5);
    // NK-D with the perpetrator: programme referral and a petty-offence notice (art. 66c).
    let errors = step_errors(
        &server,
        &police,
        "fillPerpetratorForm",
        json!({ "id": id, "version": 5, "personId": perpetrator_id, "diagnosis": "x",
                "actionPlan": [{ "kind": "PROGRAMME_REFERRAL", "description": "KE" }] }),
    )
    .await;
    assert_eq!(codes(&errors), ["REQUIRED"]);
    assert_eq!(
        errors[0]["field"],
        json!(["input", "actionPlan", "0", "programme"])
    );
    step(
        &server,
        &police,
        "fillPerpetratorForm",
        json!({ "id": id, "version": 5, "personId": perpetrator_id, "filledOn": meeting_on.to_string(),
                "diagnosis": "Nie przyznaje się, nadużywa alkoholu.",
                "actionPlan": [
                    { "kind": "PROGRAMME_REFERRAL", "programme": "CORRECTIVE_EDUCATIONAL",
                      "description": "Skierowanie do programu korekcyjno-edukacyjnego" },
                    { "kind": "PETTY_OFFENCE_NOTICE", "description": "Zawiadomienie z art. 66c kw" }
                ] }),
    )
    .await;
    let c = step(
        &server,
        &police,
        "startMonitoring",
        json!({ "id": id, "version": 6, "on": start_on.to_string() }),
    )
    .await;
    assert_eq!(c["status"], "MONITORING");
    assert_eq!(
        deadline(&c, "HELP_PLAN_REVIEW")["dueOn"],
        calendar::Period::months(3).due_from(start_on).to_string()
    );

    // Work recorded against the case, counted by kind; the month's statistics count it by
    // kind and variant, as family files count theirs.
    let month = json!({ "p": format!("{}", today().format("%Y-%m")) });
    let before = ok(&server, &chair, crate::statistics::STATS, month.clone()).await;
    for (kind, variant) in [
        ("INTERVENTION", Some("WITH_POLICE")),
        ("CONSULTATION", Some("LEGAL")),
        ("SOCIAL_CONTRACT", None),
    ] {
        let data = ok(
            &server,
            &worker,
            "mutation($input: RecordCaseWorkInput!) { recordCaseWork(input: $input) { work { kind variant } userErrors { code } } }",
            json!({ "input": { "blueCardId": id, "kind": kind, "variant": variant } }),
        )
        .await;
        assert_eq!(data["recordCaseWork"]["userErrors"], json!([]), "{data}");
    }
    let data = ok(
        &server,
        &worker,
        "mutation($input: RecordCaseWorkInput!) { recordCaseWork(input: $input) { work { kind } userErrors { code field } } }",
        json!({ "input": { "blueCardId": id, "kind": "CONSULTATION" } }),
    )
    .await;
    assert_eq!(data["recordCaseWork"]["userErrors"][0]["code"], "REQUIRED");

    let plans = ok(
        &server,
        &worker,
        "query($id: ID!) { node(id: $id) { ... on BlueCard { helpPlan { id status version } actionPlan { kind programme } workCounts { kind variant count } } } }",
        json!({ "id": id }),
    )
    .await;
    assert_eq!(
        plans["node"]["actionPlan"][0]["programme"],
        "CORRECTIVE_EDUCATIONAL"
    );
    assert_eq!(
        plans["node"]["actionPlan"][1]["kind"],
        "PETTY_OFFENCE_NOTICE"
    );
    assert_eq!(
        plans["node"]["workCounts"],
        json!([
            { "kind": "INTERVENTION", "variant": "WITH_POLICE", "count": 1 },
            { "kind": "CONSULTATION", "variant": "LEGAL", "count": 1 },
            { "kind": "SOCIAL_CONTRACT", "variant": null, "count": 1 }
        ])
    );
    let after = ok(&server, &chair, crate::statistics::STATS, month).await;
    for (help, kind) in [
        ("INTERVENTION_WITH_POLICE", "INTERVENTION"),
        ("CONSULTATION_LEGAL", "CONSULTATION"),
        ("SOCIAL_CONTRACT", "SOCIAL_CONTRACT"),
    ] {
        let moved = |indicator: &str, breakdown: &[(&str, &str)]| {
            crate::statistics::figure(&after, indicator, breakdown)
                - crate::statistics::figure(&before, indicator, breakdown)
        };
        assert_eq!(moved("card_help", &[("help", help)]), 1, "{help}");
        assert_eq!(moved("work_recorded", &[("kind", kind)]), 1, "{kind}");
    }
    assert_eq!(
        crate::statistics::figure(
            &after,
            "card_help",
            &[("help", "CONSULTATION_PSYCHOLOGICAL")]
        ),
        crate::statistics::figure(
            &before,
            "card_help",
            &[("help", "CONSULTATION_PSYCHOLOGICAL")]
        )
    );

    // Closing for violence stopped needs the help plan carried out.
    let errors = step_errors(
        &server,
        &police,
        "closeBlueCard",
        json!({ "id": id, "version": 7, "ground": "VIOLENCE_STOPPED_AND_PLAN_CARRIED_OUT", "resultReport": "Grupa spotkała się z rodziną; przemocy nie potwierdzono." }),
    )
    .await;
    assert_eq!(codes(&errors), ["HELP_PLAN_NOT_CARRIED_OUT"]);
    for item in plans["node"]["helpPlan"].as_array().unwrap() {
        let data = ok(
            &server,
            &worker,
            "mutation($input: UpdatePlanItemInput!) { updatePlanItem(input: $input) { planItem { status version } userErrors { code } } }",
            json!({ "input": { "id": item["id"], "version": item["version"], "status": "DONE" } }),
        )
        .await;
        assert_eq!(
            data["updatePlanItem"]["planItem"]["status"], "DONE",
            "{data}"
        );
    }
    let c = step(
        &server,
        &police,
        "closeBlueCard",
        json!({ "id": id, "version": 7, "on": close_on.to_string(),
                "ground": "VIOLENCE_STOPPED_AND_PLAN_CARRIED_OUT", "resultReport": "Grupa spotkała się z rodziną; przemocy nie potwierdzono." }),
    )
    .await;
    assert_eq!(c["status"], "POST_CLOSURE_MONITORING");
    assert_eq!(deadline(&c, "HELP_PLAN_REVIEW")["cancelled"], true);
    assert_eq!(deadline(&c, "HELP_PLAN_REVIEW")["state"], "CANCELLED");
    let end = calendar::Period::months(9).due_from(close_on);
    assert_eq!(deadline(&c, "END_OF_MONITORING")["dueOn"], end.to_string());
    assert!(end >= close_on.checked_add_months(Months::new(9)).unwrap());

    // Monitoring after closure runs its full term.
    let errors = step_errors(
        &server,
        &police,
        "endPostClosureMonitoring",
        json!({ "id": id, "version": 8, "on": (end - chrono::Days::new(1)).to_string() }),
    )
    .await;
    assert_eq!(codes(&errors), ["MONITORING_NOT_OVER"]);
    let c = step(
        &server,
        &police,
        "endPostClosureMonitoring",
        json!({ "id": id, "version": 8, "on": end.to_string() }),
    )
    .await;
    assert_eq!(c["status"], "CLOSED");
    let errors = step_errors(
        &server,
        &police,
        "recordGroupMeeting",
        json!({ "id": id, "version": 9 }),
    )
    .await;
    assert_eq!(codes(&errors), ["ILLEGAL_TRANSITION"]);

    // Every step records who took it and when.
    let data = ok(
        &server,
        &chair,
        "query($id: ID!) { node(id: $id) { ... on BlueCard { history { step status takenByName takenAt } forms { kind filledByName } } } }",
        json!({ "id": id }),
    )
    .await;
    let history: Vec<(String, String)> = data["node"]["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["step"].as_str().unwrap().to_owned(),
                s["takenByName"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    // Each change of a plan's item is in the history too, by whom it was made.
    let changed = plans["node"]["helpPlan"].as_array().unwrap().len();
    let mut expected = vec![
        ("OPENED", "Anna Kamińska"),
        ("SENT_TO_CHAIR", "Anna Kamińska"),
        ("GROUP_SET_UP", "Barbara Nowak"),
        ("FIRST_GROUP_MEETING", "Piotr Grabowski"),
        ("VICTIM_FORM", "Anna Kamińska"),
        ("PERPETRATOR_FORM", "Piotr Grabowski"),
        ("MONITORING_STARTED", "Piotr Grabowski"),
    ];
    expected.extend(std::iter::repeat_n(
        ("PLAN_ITEM_CHANGED", "Anna Kamińska"),
        changed,
    ));
    expected.extend([
        ("CLOSED", "Piotr Grabowski"),
        ("MONITORING_ENDED", "Piotr Grabowski"),
    ]);
    assert!(changed > 0);
    assert_eq!(
        history,
        expected
            .into_iter()
            .map(|(a, b)| (a.to_owned(), b.to_owned()))
            .collect::<Vec<_>>()
    );
    let forms: Vec<&str> = data["node"]["forms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect();
    assert_eq!(forms, ["NK_A", "NK_C", "NK_D", "CLOSURE"]);
}
on_both!(blue_card_procedure_end_to_end);

async fn need_to_know_and_personal_data_at_rest(backend: Backend) {
    let (db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let police = server.staff("zory", "policjant").await;
    let member = server.staff("zory", "czlonek").await;
    let admin = server.staff("zory", "admin").await;
    let foreign = server.staff("czestochowa", "przewodniczacy").await;

    let opened = open(&server, &worker, nk_a(days_ago(1))).await;
    let id = opened["blueCard"]["id"].as_str().unwrap().to_owned();

    // The initiator and the chair see it; a team member outside its group, the municipality's
    // administrator and another municipality's chair get exactly what a random ID gets.
    let list = "{ blueCards(first: 10) { edges { node { id } } } }";
    for token in [&worker, &chair] {
        assert_eq!(card(&server, token, &id).await["id"], id.as_str());
        let data = ok(&server, token, list, json!({})).await;
        assert_eq!(data["blueCards"]["edges"][0]["node"]["id"], id.as_str());
    }
    let random = kernel::GlobalId::new(kernel::NodeType::BlueCard, uuid::Uuid::now_v7()).encode();
    let probe = "query($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }";
    let update = "mutation($id: ID!) { updateBlueCard(input: { id: $id, version: 1, description: \"x\" }) { blueCard { id } } }";
    let forward = "mutation($id: ID!) { forwardBlueCardToChair(input: { id: $id, version: 1 }) { blueCard { id } } }";
    let work = "mutation($id: ID!) { recordCaseWork(input: { blueCardId: $id, kind: MEDICAL_HELP }) { work { id } } }";
    for token in [&police, &member, &admin, &foreign] {
        for query in [probe, update, forward, work] {
            let mine = server.gql(Some(token), query, json!({ "id": id })).await;
            let unknown = server
                .gql(Some(token), query, json!({ "id": random }))
                .await;
            assert_eq!(mine, unknown, "{query}");
        }
        let data = ok(&server, token, list, json!({})).await;
        assert_eq!(data["blueCards"]["edges"], json!([]));
    }
    let body = server.gql(Some(&admin), update, json!({ "id": id })).await;
    assert_eq!(code(&body), Some("NOT_FOUND"), "{body}");

    // Once in the diagnostic group, the police officer sees it.
    step(
        &server,
        &worker,
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
    assert_eq!(card(&server, &police, &id).await["id"], id.as_str());
    assert!(card(&server, &member, &id).await.is_null());

    // PESEL finds the card by exact match through the blind index.
    let search =
        "query($p: String!) { blueCards(filter: { pesel: $p }) { edges { node { id } } } }";
    let data = ok(&server, &chair, search, json!({ "p": victim_pesel() })).await;
    assert_eq!(data["blueCards"]["edges"][0]["node"]["id"], id.as_str());
    let data = ok(
        &server,
        &chair,
        search,
        json!({ "p": pesel("1990-01-01", Sex::Male, 1) }),
    )
    .await;
    assert_eq!(data["blueCards"]["edges"], json!([]));
    let data = ok(&server, &member, search, json!({ "p": victim_pesel() })).await;
    assert_eq!(data["blueCards"]["edges"], json!([]));
    let body = server
        .gql(Some(&chair), search, json!({ "p": "123" }))
        .await;
    assert_eq!(code(&body), Some("BAD_USER_INPUT"));

    // Every read is in the audit trail, which the data-protection officer reads whole.
    let dpo = server.staff("zory", "iod").await;
    let data = ok(
        &server,
        &dpo,
        "{ auditEvents(first: 100) { edges { node { actorLogin operation objectIds } } } }",
        json!({}),
    )
    .await;
    let text = data.to_string();
    assert!(text.contains(&id), "reads of the card are audited: {text}");
    assert!(text.contains("\"actorLogin\":\"policjant\""), "{text}");

    // At rest, names, PESEL, addresses and notes are sealed; the PESEL index is not the PESEL.
    if backend == Backend::Postgres {
        use sea_orm::{ConnectionTrait, Statement};
        let conn = db.connect_as_superuser().await;
        let dump = conn
            .query_all_raw(Statement::from_string(
                sea_orm::DbBackend::Postgres,
                "SELECT (SELECT string_agg(p::text, ' ') FROM cases_persons p) || \
                 (SELECT string_agg(c::text, ' ') FROM cases_blue_cards c) || \
                 (SELECT string_agg(f::text, ' ') FROM cases_forms f) AS dump",
            ))
            .await
            .unwrap();
        let dump: String = dump[0].try_get("", "dump").unwrap();
        for secret in [
            "Kowalska",
            "Kowalski",
            "Rybnicka",
            "600 100 200",
            "zasinienie",
            &victim_pesel(),
        ] {
            assert!(!dump.contains(secret), "{secret} is stored in the clear");
        }
    }
}
on_both!(need_to_know_and_personal_data_at_rest);

/// What is wrong, how to break a good NK-A that way, the codes and the field expected.
type BadInput = (
    &'static str,
    Box<dyn Fn(&mut Value)>,
    Vec<&'static str>,
    Vec<&'static str>,
);

async fn bad_input_is_refused_and_nothing_is_half_written(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let errors_of = |body: &Value| body["data"]["openBlueCard"]["userErrors"].clone();
    let cases: Vec<BadInput> = vec![
        (
            "initiated in the future",
            Box::new(|v: &mut Value| {
                v["initiatedOn"] = json!((today() + chrono::Days::new(1)).to_string())
            }),
            vec!["IN_FUTURE"],
            vec!["input", "initiatedOn"],
        ),
        (
            "no victim",
            Box::new(|v: &mut Value| {
                let p = v["persons"].as_array_mut().unwrap();
                p.remove(1);
                p.remove(0);
                // Nobody left to have received NK-B.
                v["nkBHandedOver"] = json!(false);
                v["nkBRecipient"] = Value::Null;
            }),
            vec!["VICTIM_REQUIRED"],
            vec!["input", "persons"],
        ),
        (
            "minor perpetrator",
            Box::new(
                |v: &mut Value| v["persons"][2] = json!({ "role": "PERPETRATOR", "firstName": "Kuba", "lastName": "K", "dateOfBirth": "2012-01-01", "sex": "MALE" }),
            ),
            vec!["PERPETRATOR_MINOR"],
            vec!["input", "persons", "2", "role"],
        ),
        (
            "bad PESEL checksum",
            Box::new(|v: &mut Value| {
                let mut p = victim_pesel();
                let last = p.pop().unwrap();
                p.push(if last == '0' { '1' } else { '0' });
                v["persons"][0]["pesel"] = json!(p);
            }),
            vec!["INVALID_PESEL_CHECKSUM"],
            vec!["input", "persons", "0", "pesel"],
        ),
        (
            "PESEL of ten digits",
            Box::new(|v: &mut Value| v["persons"][0]["pesel"] = json!("8503120123")),
            vec!["INVALID_PESEL_LENGTH"],
            vec!["input", "persons", "0", "pesel"],
        ),
        (
            "PESEL disagrees with the date of birth",
            Box::new(|v: &mut Value| v["persons"][0]["dateOfBirth"] = json!("1985-03-13")),
            vec!["PESEL_MISMATCH"],
            vec!["input", "persons", "0", "pesel"],
        ),
        (
            "PESEL disagrees with the sex",
            Box::new(|v: &mut Value| v["persons"][0]["sex"] = json!("MALE")),
            vec!["PESEL_MISMATCH"],
            vec!["input", "persons", "0", "pesel"],
        ),
        (
            "death before birth",
            Box::new(|v: &mut Value| v["persons"][0]["diedOn"] = json!("1984-01-01")),
            vec!["BEFORE_BIRTH"],
            vec!["input", "persons", "0", "diedOn"],
        ),
        (
            "born after the form",
            Box::new(|v: &mut Value| {
                v["persons"][1]["dateOfBirth"] = json!(today().to_string());
                v["initiatedOn"] = json!(days_ago(2).to_string());
            }),
            vec!["IN_FUTURE"],
            vec!["input", "persons", "1", "dateOfBirth"],
        ),
        (
            "no violence form",
            Box::new(|v: &mut Value| v["violenceForms"] = json!([])),
            vec!["REQUIRED"],
            vec!["input", "violenceForms"],
        ),
        (
            "negative children",
            Box::new(|v: &mut Value| v["childrenInHousehold"] = json!(-1)),
            vec!["INVALID"],
            vec!["input", "childrenInHousehold"],
        ),
        (
            "empty name",
            Box::new(|v: &mut Value| v["persons"][0]["firstName"] = json!("  ")),
            vec!["INVALID"],
            vec!["input", "persons", "0", "firstName"],
        ),
    ];
    for (what, change, expected, field) in cases {
        let mut input = nk_a(days_ago(1));
        change(&mut input);
        let body = server
            .gql(Some(&worker), OPEN, json!({ "input": input }))
            .await;
        assert!(body["errors"].is_null(), "{what}: {body}");
        let errors = errors_of(&body);
        assert_eq!(codes(&errors), expected, "{what}: {body}");
        assert_eq!(errors[0]["field"], json!(field), "{what}: {body}");
        assert!(body["data"]["openBlueCard"]["blueCard"].is_null());
    }
    // Unknown enum values and malformed IDs are request errors with a code, never a 500.
    let mut input = nk_a(days_ago(1));
    input["violenceForms"] = json!(["SPIRITUAL"]);
    let (status, body) = server
        .post(
            Some(&worker),
            json!({ "query": OPEN, "variables": { "input": input } }),
        )
        .await;
    assert_ne!(status, 500);
    assert_eq!(code(&body), Some("BAD_USER_INPUT"), "{body}");
    for id in [
        "garbage",
        kernel::GlobalId::new(kernel::NodeType::User, uuid::Uuid::now_v7())
            .encode()
            .as_str(),
    ] {
        let body = server.gql(Some(&worker), "mutation($id: ID!) { forwardBlueCardToChair(input: { id: $id, version: 1 }) { blueCard { id } } }", json!({ "id": id })).await;
        assert_eq!(code(&body), Some("BAD_USER_INPUT"), "{body}");
    }
    // None of it left a card behind.
    let data = ok(
        &server,
        &chair,
        "{ blueCards(first: 100) { edges { node { id } } } }",
        json!({}),
    )
    .await;
    assert_eq!(data["blueCards"]["edges"], json!([]));
    // The tenant administrator may not open cards at all.
    let admin = server.staff("zory", "admin").await;
    let body = server
        .gql(Some(&admin), OPEN, json!({ "input": nk_a(days_ago(1)) }))
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
}
on_both!(bad_input_is_refused_and_nothing_is_half_written);

async fn concurrent_updates_one_wins_the_other_conflicts(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let opened = open(&server, &worker, nk_a(days_ago(1))).await;
    let id = opened["blueCard"]["id"].as_str().unwrap().to_owned();
    let update = "mutation($id: ID!, $d: String!) { updateBlueCard(input: { id: $id, version: 1, description: $d }) { blueCard { version details { description } } userErrors { code } } }";
    let outcomes = futures::future::join_all(["A", "B", "C", "D"].map(|v| {
        server.gql(
            Some(&worker),
            update,
            json!({ "id": id, "d": format!("wersja {v}") }),
        )
    }))
    .await;
    let winners: Vec<&Value> = outcomes.iter().filter(|r| r["errors"].is_null()).collect();
    let losers = outcomes
        .iter()
        .filter(|r| code(r) == Some("CONFLICT"))
        .count();
    assert_eq!((winners.len(), losers), (1, 3), "{outcomes:?}");
    let won = winners[0]["data"]["updateBlueCard"]["blueCard"]["details"]["description"].clone();
    let c = ok(
        &server,
        &worker,
        "query($id: ID!) { node(id: $id) { ... on BlueCard { version details { description } } } }",
        json!({ "id": id }),
    )
    .await;
    assert_eq!(c["node"]["version"], 2);
    assert_eq!(c["node"]["details"]["description"], won);
    // The loser retries with the version it now reads, and nothing is lost.
    let retry = "mutation($id: ID!) { updateBlueCard(input: { id: $id, version: 2, firearmAccess: true }) { blueCard { version details { description firearmAccess } } } }";
    let data = ok(&server, &worker, retry, json!({ "id": id })).await;
    assert_eq!(
        data["updateBlueCard"]["blueCard"]["details"]["description"],
        won
    );
    assert_eq!(
        data["updateBlueCard"]["blueCard"]["details"]["firearmAccess"],
        true
    );

    // Two chairs' windows setting up the group at once: one group, one CONFLICT, no 500.
    let chair = server.staff("zory", "przewodniczacy").await;
    step(
        &server,
        &worker,
        "forwardBlueCardToChair",
        json!({ "id": id, "version": 3 }),
    )
    .await;
    let members = member_ids(&server, &chair).await;
    let set_up = "mutation($input: SetUpDiagnosticGroupInput!) { setUpDiagnosticGroup(input: $input) { blueCard { version diagnosticGroup { displayName institution } } userErrors { code } } }";
    let groups = [
        vec![members["pracownik"].clone(), members["policjant"].clone()],
        vec![
            members["pracownik"].clone(),
            members["policjant"].clone(),
            members["czlonek"].clone(),
        ],
    ];
    let outcomes = futures::future::join_all(groups.iter().map(|g| {
        server.gql(
            Some(&chair),
            set_up,
            json!({ "input": { "id": id, "version": 4, "memberIds": g } }),
        )
    }))
    .await;
    let won: Vec<&Value> = outcomes.iter().filter(|r| r["errors"].is_null()).collect();
    assert_eq!(won.len(), 1, "{outcomes:?}");
    assert_eq!(
        outcomes
            .iter()
            .filter(|r| code(r) == Some("CONFLICT"))
            .count(),
        1,
        "{outcomes:?}"
    );
    let c = card(&server, &chair, &id).await;
    assert_eq!(
        c["diagnosticGroup"],
        won[0]["data"]["setUpDiagnosticGroup"]["blueCard"]["diagnosticGroup"]
    );
}
on_both!(concurrent_updates_one_wins_the_other_conflicts);

async fn listing_cards_costs_a_constant_number_of_queries(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let list = "{ blueCards(first: 20) { edges { node { id status persons { firstName pesel } \
        diagnosticGroup { institution } deadlines { kind dueOn state } forms { kind } \
        history { step } helpPlan { description } actionPlan { description } work { kind } \
        workCounts { count } } } } }";
    let mut costs = Vec::new();
    let mut opened = 0;
    for count in [2, 12] {
        // Different victims of different perpetrators: each form opens its own procedure.
        while opened < count {
            let mut input = nk_a(days_ago(1));
            input["persons"][0]["firstName"] = json!(format!("Anna{opened}"));
            input["persons"][0]["pesel"] = Value::Null;
            input["persons"][1]["firstName"] = json!(format!("Zofia{opened}"));
            input["persons"][2]["pesel"] = json!(pesel("1980-07-01", Sex::Male, opened as u16));
            open(&server, &worker, input).await;
            opened += 1;
        }
        let before = server.tenant_statements().await;
        let data = ok(&server, &worker, list, json!({})).await;
        let after = server.tenant_statements().await;
        assert_eq!(data["blueCards"]["edges"].as_array().unwrap().len(), count);
        costs.push(after - before);
    }
    assert_eq!(
        costs[0], costs[1],
        "queries for 2 cards vs 12 cards: {costs:?}"
    );
}
on_both!(listing_cards_costs_a_constant_number_of_queries);

fn rand_suffix() -> usize {
    // Distinct enough for a name; never for a PESEL serial.
    (uuid::Uuid::now_v7().as_u128() % 500) as usize
}

async fn deadline_rules_are_the_municipalitys(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let admin = server.staff("zory", "admin").await;
    let worker = server.staff("zory", "pracownik").await;
    let rules = "{ blueCardDeadlineRules { kind amount unit default version } }";
    let data = ok(&server, &worker, rules, json!({})).await;
    assert_eq!(
        data["blueCardDeadlineRules"][0],
        json!({ "kind": "FORWARD_TO_CHAIR", "amount": 5, "unit": "WORKING_DAYS", "default": true, "version": 0 })
    );
    let set = "mutation($v: Int!, $a: Int!) { setDeadlineRule(input: { kind: FORWARD_TO_CHAIR, amount: $a, unit: WORKING_DAYS, version: $v }) { rule { amount version default defaultAmount defaultUnit } userErrors { code field } } }";
    let body = server
        .gql(Some(&worker), set, json!({ "v": 0, "a": 7 }))
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"));
    let data = ok(&server, &admin, set, json!({ "v": 0, "a": 0 })).await;
    assert_eq!(data["setDeadlineRule"]["userErrors"][0]["code"], "INVALID");
    let data = ok(&server, &admin, set, json!({ "v": 0, "a": 7 })).await;
    assert_eq!(
        data["setDeadlineRule"]["rule"],
        json!({ "amount": 7, "version": 1, "default": false, "defaultAmount": 5, "defaultUnit": "WORKING_DAYS" })
    );
    // The default period of every rule, whatever the municipality set, and whether a law sets it:
    // the help plan's review and the monitoring after violence stopped are practice, not law.
    let data = ok(
        &server,
        &admin,
        "{ blueCardDeadlineRules { kind defaultAmount defaultUnit setByLaw } intakeResponseRule { defaultAmount defaultUnit setByLaw } }",
        json!({}),
    )
    .await;
    assert_eq!(
        data["blueCardDeadlineRules"],
        json!([
            { "kind": "FORWARD_TO_CHAIR", "defaultAmount": 5, "defaultUnit": "WORKING_DAYS", "setByLaw": true },
            { "kind": "SET_UP_GROUP", "defaultAmount": 3, "defaultUnit": "DAYS", "setByLaw": true },
            { "kind": "FIRST_GROUP_MEETING", "defaultAmount": 5, "defaultUnit": "WORKING_DAYS", "setByLaw": true },
            { "kind": "HELP_PLAN_REVIEW", "defaultAmount": 3, "defaultUnit": "MONTHS", "setByLaw": false },
            { "kind": "MONITORING_AFTER_UNFOUNDED", "defaultAmount": 9, "defaultUnit": "MONTHS", "setByLaw": true },
            { "kind": "MONITORING_AFTER_VIOLENCE_STOPPED", "defaultAmount": 9, "defaultUnit": "MONTHS", "setByLaw": false },
        ])
    );
    assert_eq!(
        data["intakeResponseRule"],
        json!({ "defaultAmount": 1, "defaultUnit": "WORKING_DAYS", "setByLaw": false })
    );
    let body = server
        .gql(Some(&admin), set, json!({ "v": 0, "a": 6 }))
        .await;
    assert_eq!(code(&body), Some("CONFLICT"), "{body}");
    let initiated = days_ago(1);
    let opened = open(&server, &worker, nk_a(initiated)).await;
    assert_eq!(
        opened["blueCard"]["deadlines"][0]["dueOn"],
        calendar::add_working_days(initiated, 7).to_string()
    );
    // Another municipality keeps the default rule.
    let other = server.staff("czestochowa", "pracownik").await;
    let data = ok(&server, &other, rules, json!({})).await;
    assert_eq!(data["blueCardDeadlineRules"][0]["amount"], 5);
}
on_both!(deadline_rules_are_the_municipalitys);

async fn teams_members_meetings_and_attendance(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let admin = server.staff("zory", "admin").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let worker = server.staff("zory", "pracownik").await;
    let team = ok(&server, &chair, "{ teams { id name actNumber actIssuedOn chair { displayName institution } members { id displayName institution chair confidentialitySignedOn } missingInstitutions lastMeetingOn warnings { code } } }", json!({})).await;
    let t = &team["teams"][0];
    assert_eq!(t["chair"]["displayName"], "Barbara Nowak");
    // The demo team has a member from every institution the act requires (art. 9a ust. 3).
    assert_eq!(t["members"].as_array().unwrap().len(), 8);
    assert_eq!(t["missingInstitutions"], json!([]));
    let mut institutions: Vec<&str> = t["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["institution"].as_str().unwrap())
        .collect();
    institutions.sort_unstable();
    institutions.dedup();
    assert_eq!(
        institutions,
        [
            "ALCOHOL_COMMISSION",
            "EDUCATION",
            "HEALTH_CARE",
            "NGO",
            "POLICE",
            "PROBATION",
            "SOCIAL_WELFARE"
        ]
    );
    assert_eq!(
        t["warnings"],
        json!([{ "code": "NO_MEETING_FOR_THREE_MONTHS" }])
    );
    let team_id = t["id"].as_str().unwrap().to_owned();

    let body = server.gql(Some(&admin), "mutation { createTeam(input: { name: \"Drugi\", actNumber: \"1/2026\", actIssuedOn: \"2026-01-01\" }) { team { id } userErrors { code } } }", json!({})).await;
    assert_eq!(
        body["data"]["createTeam"]["userErrors"][0]["code"], "TAKEN",
        "{body}"
    );
    let body = server.gql(Some(&worker), "mutation { createTeam(input: { name: \"X\", actNumber: \"1\", actIssuedOn: \"2026-01-01\" }) { team { id } } }", json!({})).await;
    assert_eq!(code(&body), Some("FORBIDDEN"));

    // The administrator joins without a confidentiality statement: no cases until signed.
    let admin_user = ok(&server, &admin, "{ viewer { user { id } } }", json!({})).await["viewer"]
        ["user"]["id"]
        .clone();
    let add = "mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { member { id version chair } userErrors { code field } } }";
    let data = ok(&server, &admin, add, json!({ "input": { "teamId": team_id, "userId": admin_user, "institution": "SOCIAL_WELFARE", "institutionName": "MOPS", "chair": true } })).await;
    assert_eq!(
        data["addTeamMember"]["userErrors"],
        json!([{ "code": "SELF", "field": ["input", "chair"] }])
    );
    let data = ok(&server, &admin, add, json!({ "input": { "teamId": team_id, "userId": admin_user, "institution": "SOCIAL_WELFARE", "institutionName": "MOPS" } })).await;
    let member = data["addTeamMember"]["member"].clone();
    let data = ok(&server, &admin, add, json!({ "input": { "teamId": team_id, "userId": admin_user, "institution": "NGO", "institutionName": "Fundacja" } })).await;
    assert_eq!(data["addTeamMember"]["userErrors"][0]["code"], "TAKEN");
    let body = server
        .gql(Some(&admin), OPEN, json!({ "input": nk_a(days_ago(1)) }))
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"));
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("confidentiality"),
        "{body}"
    );
    // An administrator cannot vouch for themself: neither the statement nor the chair.
    let sign = "mutation($input: UpdateTeamMemberInput!) { updateTeamMember(input: $input) { member { confidentialitySignedOn version } userErrors { code field } } }";
    let data = ok(&server, &admin, sign, json!({ "input": { "id": member["id"], "version": 1, "confidentialitySignedOn": today().to_string() } })).await;
    assert_eq!(
        data["updateTeamMember"]["userErrors"],
        json!([{ "code": "SELF", "field": ["input", "confidentialitySignedOn"] }])
    );
    let data = ok(
        &server,
        &admin,
        sign,
        json!({ "input": { "id": member["id"], "version": 1, "chair": true } }),
    )
    .await;
    assert_eq!(data["updateTeamMember"]["userErrors"][0]["code"], "SELF");
    // Another member's record: version checked.
    let czlonek = t["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["displayName"] == "Marek Kowalczyk")
        .unwrap()["id"]
        .clone();
    let data = ok(&server, &admin, sign, json!({ "input": { "id": czlonek, "version": 1, "confidentialitySignedOn": today().to_string() } })).await;
    assert_eq!(data["updateTeamMember"]["member"]["version"], 2, "{data}");
    let body = server.gql(Some(&admin), sign, json!({ "input": { "id": czlonek, "version": 1, "confidentialitySignedOn": today().to_string() } })).await;
    assert_eq!(code(&body), Some("CONFLICT"));
    // The team has one chair.
    let data = ok(
        &server,
        &admin,
        sign,
        json!({ "input": { "id": czlonek, "version": 2, "chair": true } }),
    )
    .await;
    assert_eq!(
        data["updateTeamMember"]["userErrors"],
        json!([{ "code": "TAKEN", "field": ["input", "chair"] }])
    );

    // A meeting with attendance; the warning goes away.
    let ids: Vec<String> = t["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap().to_owned())
        .collect();
    let record = "mutation($input: RecordTeamMeetingInput!) { recordTeamMeeting(input: $input) { meeting { id heldOn attendance { member { displayName } present } } userErrors { code field } } }";
    let attendance: Vec<Value> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| json!({ "memberId": id, "present": i != 3 }))
        .collect();
    let input = json!({ "teamId": team_id, "heldOn": today().to_string(), "agenda": "Sprawy bieżące", "minutes": "Omówiono 3 sprawy.", "attendance": attendance });
    let body = server
        .gql(Some(&worker), record, json!({ "input": input }))
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"));
    let data = ok(&server, &chair, record, json!({ "input": input })).await;
    assert_eq!(
        data["recordTeamMeeting"]["meeting"]["attendance"]
            .as_array()
            .unwrap()
            .len(),
        8,
        "{data}"
    );
    let mut future = input.clone();
    future["heldOn"] = json!((today() + chrono::Days::new(1)).to_string());
    let data = ok(&server, &chair, record, json!({ "input": future })).await;
    assert_eq!(
        data["recordTeamMeeting"]["userErrors"][0]["code"],
        "IN_FUTURE"
    );

    let report = format!(
        "{{ teams {{ lastMeetingOn warnings {{ code }} meetings {{ edges {{ node {{ agenda minutes }} }} }} attendanceReport(from: \"{}\", to: \"{}\") {{ byMember {{ member {{ displayName }} meetings present }} byInstitution {{ institution meetings present }} }} }} }}",
        days_ago(30), today()
    );
    let data = ok(&server, &chair, &report, json!({})).await;
    let t = &data["teams"][0];
    assert_eq!(t["lastMeetingOn"], today().to_string());
    assert_eq!(t["warnings"], json!([]));
    assert_eq!(
        t["meetings"]["edges"][0]["node"]["minutes"],
        "Omówiono 3 sprawy."
    );
    let absent = t["attendanceReport"]["byMember"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["present"] == 0)
        .count();
    assert_eq!(absent, 2, "one member absent and one not on the list: {t}");
    let police = t["attendanceReport"]["byInstitution"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["institution"] == "POLICE")
        .unwrap()
        .clone();
    assert_eq!(police["meetings"], 1);
    // Minutes are for team members who signed the statement; another municipality sees no team.
    let other = server.staff("czestochowa", "pracownik").await;
    let data = ok(
        &server,
        &other,
        "{ teams { id meetings { edges { node { agenda } } } } }",
        json!({}),
    )
    .await;
    assert_ne!(data["teams"][0]["id"], team_id.as_str());
    assert_eq!(data["teams"][0]["meetings"]["edges"], json!([]));
}
on_both!(teams_members_meetings_and_attendance);

#[tokio::test]
async fn deadline_notifications_reach_the_responsible_across_gateways() {
    let db = TestDb::new(Backend::Postgres).await;
    let a = Server::start(
        &db,
        ServerOptions {
            demo: true,
            redis: Some(REDIS.to_owned()),
            ..Default::default()
        },
    )
    .await;
    let b = Server::start(
        &db,
        ServerOptions {
            redis: Some(REDIS.to_owned()),
            ..Default::default()
        },
    )
    .await;
    let worker = a.staff("zory", "pracownik").await;
    let chair = a.staff("zory", "przewodniczacy").await;

    // The initiator listens on gateway B; the chair is not responsible for forwarding.
    let subscription = "subscription { blueCardDeadlines { kind deadlineKind dueOn blueCardId } }";
    let mut ws_worker = connect(&b, Some(&worker)).await;
    subscribe(&mut ws_worker, subscription).await;
    let mut ws_chair = connect(&b, Some(&chair)).await;
    subscribe(&mut ws_chair, subscription).await;

    // A card opened on gateway A, its forwarding deadline long passed.
    let opened = open(&a, &worker, nk_a(days_ago(30))).await;
    let id = opened["blueCard"]["id"].as_str().unwrap().to_owned();

    // The worker process runs its jobs until the subscriber hears of it (the subscription may
    // need a moment to be registered with Redis).
    let start = Instant::now();
    let message = loop {
        let out = a.cli(&["worker", "--once"]).await;
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        if let Some(m) = next(&mut ws_worker, Duration::from_millis(500)).await {
            break m;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "no notification arrived"
        );
        // The notification is sent once; a fresh overdue card makes the next round send again.
        open(&a, &worker, {
            let mut n = nk_a(days_ago(30));
            n["persons"][0]["firstName"] = json!(format!("Anna{}", rand_suffix()));
            n["persons"][0]["pesel"] = Value::Null;
            n
        })
        .await;
    };
    assert_eq!(message["type"], "next", "{message}");
    let n = &message["payload"]["data"]["blueCardDeadlines"];
    assert_eq!(n["kind"], "OVERDUE");
    assert_eq!(n["deadlineKind"], "FORWARD_TO_CHAIR");
    assert!(
        next(&mut ws_chair, Duration::from_millis(500))
            .await
            .is_none(),
        "the chair is not responsible"
    );

    // It is also in the initiator's list, once, however often the worker runs.
    let out = a.cli(&["worker", "--once"]).await;
    assert!(out.status.success());
    let data = ok(
        &b,
        &worker,
        "{ deadlineNotifications(first: 100) { edges { node { kind deadlineKind blueCardId } } } }",
        json!({}),
    )
    .await;
    let for_card: Vec<&Value> = data["deadlineNotifications"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["node"]["blueCardId"] == id.as_str())
        .collect();
    assert_eq!(for_card.len(), 1, "{data}");
    let data = ok(
        &b,
        &chair,
        "{ deadlineNotifications { edges { node { id } } } }",
        json!({}),
    )
    .await;
    assert_eq!(data["deadlineNotifications"]["edges"], json!([]));
}

/// IDs of a zory card in diagnosis with a help-plan item, and of zory's team objects.
pub struct CaseIds {
    pub card: String,
    pub plan_item: String,
    pub team: String,
    pub member: String,
    pub meeting: String,
}

pub async fn card_in_diagnosis(server: &Server, worker: &str, chair: &str) -> CaseIds {
    let opened = open(server, worker, nk_a(days_ago(2))).await;
    let card = opened["blueCard"]["id"].as_str().unwrap().to_owned();
    step(
        server,
        worker,
        "forwardBlueCardToChair",
        json!({ "id": card, "version": 1 }),
    )
    .await;
    let members = member_ids(server, chair).await;
    step(
        server,
        chair,
        "setUpDiagnosticGroup",
        json!({ "id": card, "version": 2, "memberIds": [members["pracownik"], members["policjant"]] }),
    )
    .await;
    let c = step(
        server,
        worker,
        "recordGroupMeeting",
        json!({ "id": card, "version": 3 }),
    )
    .await;
    let victim = c["persons"][0]["id"].clone();
    step(
        server,
        worker,
        "fillVictimForm",
        json!({ "id": card, "version": 4, "personId": victim, "diagnosis": "d", "helpPlan": [{ "description": "Plan bezpieczeństwa" }] }),
    )
    .await;
    let data = ok(
        server,
        worker,
        "query($id: ID!) { node(id: $id) { ... on BlueCard { version helpPlan { id } } } }",
        json!({ "id": card }),
    )
    .await;
    let plan_item = data["node"]["helpPlan"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // The card is at version 5 now; the probes use that version.
    let team = ok(server, chair, "{ teams { id members { id } } }", json!({})).await;
    let team_id = team["teams"][0]["id"].as_str().unwrap().to_owned();
    let meeting = ok(
        server,
        chair,
        "mutation($t: ID!, $on: Date!) { recordTeamMeeting(input: { teamId: $t, heldOn: $on, agenda: \"Posiedzenie\" }) { meeting { id } } }",
        json!({ "t": team_id, "on": today().to_string() }),
    )
    .await;
    CaseIds {
        card,
        plan_item,
        member: team["teams"][0]["members"][0]["id"]
            .as_str()
            .unwrap()
            .to_owned(),
        meeting: meeting["recordTeamMeeting"]["meeting"]["id"]
            .as_str()
            .unwrap()
            .to_owned(),
        team: team_id,
    }
}

/// Opens a card whose forwarding deadline passed long ago and runs the worker, which notifies
/// its initiator.
pub async fn overdue_card_notified(server: &Server, worker: &str) {
    let mut input = nk_a(days_ago(30));
    input["persons"][0]["firstName"] = json!("Halina");
    input["persons"][0]["pesel"] = Value::Null;
    input["persons"][1]["firstName"] = json!("Hanna");
    open(server, worker, input).await;
    let out = server.cli(&["worker", "--once"]).await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let data = ok(
        server,
        worker,
        "{ deadlineNotifications { edges { node { kind } } } }",
        json!({}),
    )
    .await;
    assert_eq!(
        data["deadlineNotifications"]["edges"][0]["node"]["kind"], "OVERDUE",
        "{data}"
    );
}
