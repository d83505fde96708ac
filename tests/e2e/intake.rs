//! The intake register over GraphQL: a report taken by phone, assigned, turned into form NK-A
//! and linked to its Blue Card; the response deadline met and overdue (with the worker's
//! notice); need to know (the administrator, other staff and another municipality get what a
//! random ID gets, and the administrator's audit trail never names an entry); bad input refused
//! with userErrors and nothing written.

use chrono::{Duration, Utc};
use kernel::calendar;
use kernel::pesel::Sex;
use serde_json::{json, Value};

use crate::cases::{ok, open, pesel, today};
use crate::harness::{code, demo, Backend, Server};
use crate::on_both;

pub(crate) const ENTRY: &str = "id status version kind channel urgency anonymous account \
    reporter { name contact } persons { role firstName lastName pesel dateOfBirth sex } \
    responseDeadline { dueOn state metOn metLate } actions { kind on helpPointId note } \
    assigneeIds assignees { userId displayName } blueCardId allowedSteps";

const RECORD: &str = "mutation($input: RecordIntakeInput!) { recordIntake(input: $input) { \
    intakeEntry { id status version responseDeadline { dueOn state } } \
    userErrors { field message code } } }";

/// A report by phone from a neighbour about Maria Nowak (with her PESEL) and her husband.
pub(crate) fn report() -> Value {
    json!({
        "channel": "PHONE",
        "kind": "REPORT",
        "urgency": "URGENT",
        "reporter": { "name": "Sąsiadka", "contact": "600 200 300" },
        "account": "Słychać krzyki z mieszkania obok, kobieta ma siniaki.",
        "persons": [
            { "role": "VICTIM", "firstName": "Maria", "lastName": "Nowak",
              "pesel": pesel("1979-04-02", Sex::Female, 321), "address": "ul. Długa 2, Żory" },
            { "role": "PERPETRATOR", "firstName": "Adam", "lastName": "Nowak",
              "dateOfBirth": "1975-01-20", "sex": "MALE" }
        ]
    })
}

/// Records an entry and returns it, failing on userErrors.
pub(crate) async fn record(server: &Server, token: &str, input: Value) -> Value {
    let data = ok(server, token, RECORD, json!({ "input": input })).await;
    assert_eq!(data["recordIntake"]["userErrors"], json!([]), "{data}");
    data["recordIntake"]["intakeEntry"].clone()
}

/// Runs a mutation of an entry and returns its payload (entry and userErrors).
pub(crate) async fn change(server: &Server, token: &str, mutation: &str, input: Value) -> Value {
    let input_type = format!("{}{}Input", mutation[..1].to_uppercase(), &mutation[1..]);
    let query = format!(
        "mutation($input: {input_type}!) {{ {mutation}(input: $input) {{ intakeEntry {{ {ENTRY} }} userErrors {{ field message code }} }} }}"
    );
    let body = server
        .gql(Some(token), &query, json!({ "input": input }))
        .await;
    assert!(body["errors"].is_null(), "{mutation}: {body}");
    body["data"][mutation].clone()
}

async fn done(server: &Server, token: &str, mutation: &str, input: Value) -> Value {
    let payload = change(server, token, mutation, input).await;
    assert_eq!(payload["userErrors"], json!([]), "{mutation}: {payload}");
    payload["intakeEntry"].clone()
}

pub(crate) async fn entry(server: &Server, token: &str, id: &str) -> Value {
    let query =
        format!("query($id: ID!) {{ node(id: $id) {{ ... on IntakeEntry {{ {ENTRY} }} }} }}");
    ok(server, token, &query, json!({ "id": id })).await["node"].clone()
}

async fn listed(server: &Server, token: &str) -> Vec<String> {
    let data = ok(
        server,
        token,
        "{ intakeEntries(first: 100) { edges { node { id } } } }",
        json!({}),
    )
    .await;
    data["intakeEntries"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["id"].as_str().unwrap().to_owned())
        .collect()
}

/// User IDs of a municipality's demo staff, by login.
pub(crate) async fn user_ids(
    server: &Server,
    tenant: &str,
) -> std::collections::HashMap<String, String> {
    let admin = server.staff(tenant, "admin").await;
    let data = ok(
        server,
        &admin,
        "{ users(first: 50) { edges { node { id login } } } }",
        json!({}),
    )
    .await;
    data["users"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["node"]["login"].as_str().unwrap().to_owned(),
                e["node"]["id"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// Rows of zory in every table of the register (for the row-level security test): a response
/// time, an overdue entry assigned to the social worker (the next worker run notifies them) and
/// one responded to.
pub(crate) async fn rows_in_every_table(server: &Server) {
    let admin = server.staff("zory", "admin").await;
    let intake = server.staff("zory", "rejestracja").await;
    let data = ok(
        server,
        &admin,
        "mutation { setIntakeResponseRule(input: { amount: 2, unit: WORKING_DAYS, version: 0 }) { rule { version } } }",
        json!({}),
    )
    .await;
    assert_eq!(
        data["setIntakeResponseRule"]["rule"]["version"], 1,
        "{data}"
    );
    let mut late = report();
    late["receivedAt"] = json!((Utc::now() - Duration::days(10)).to_rfc3339());
    let id = record(server, &intake, late).await["id"].clone();
    let users = user_ids(server, "zory").await;
    done(
        server,
        &intake,
        "assignIntake",
        json!({ "id": id, "version": 1, "userIds": [users["pracownik"]] }),
    )
    .await;
    let other = record(server, &intake, report()).await["id"].clone();
    done(
        server,
        &intake,
        "respondToIntake",
        json!({ "id": other, "version": 1, "kind": "ADVICE_GIVEN", "note": "Porada." }),
    )
    .await;
}

async fn lifecycle_to_an_nk_a(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let intake = server.staff("zory", "rejestracja").await;
    let worker = server.staff("zory", "pracownik").await;
    let users = user_ids(&server, "zory").await;

    let recorded = record(&server, &intake, report()).await;
    let id = recorded["id"].as_str().unwrap().to_owned();
    assert_eq!(recorded["status"], "RECEIVED");
    assert_eq!(recorded["responseDeadline"]["state"], "PENDING");
    assert_eq!(
        recorded["responseDeadline"]["dueOn"],
        calendar::add_working_days(today(), 1).to_string()
    );
    let e = entry(&server, &intake, &id).await;
    assert_eq!(e["persons"][0]["firstName"], "Maria");
    assert_eq!(e["persons"][0]["dateOfBirth"], "1979-04-02");
    assert_eq!(e["reporter"]["contact"], "600 200 300");
    assert_eq!(
        e["allowedSteps"],
        json!(["ASSIGNED", "RESPONDED", "BLUE_CARD_LINKED"])
    );

    // The social worker sees nothing until the entry is assigned to them.
    assert!(entry(&server, &worker, &id).await.is_null());
    let assigned = done(
        &server,
        &intake,
        "assignIntake",
        json!({ "id": id, "version": 1, "userIds": [users["pracownik"]] }),
    )
    .await;
    assert_eq!(assigned["assigneeIds"], json!([users["pracownik"]]));
    // Named for the registration staff too, who is not on the team.
    assert_eq!(
        assigned["assignees"],
        json!([{ "userId": users["pracownik"], "displayName": "Anna Kamińska" }])
    );
    assert_eq!(listed(&server, &worker).await, vec![id.clone()]);
    let seen = entry(&server, &worker, &id).await;
    assert_eq!(
        seen["allowedSteps"],
        json!(["RESPONDED", "BLUE_CARD_LINKED"])
    );

    // The prefill, as form NK-A takes it; the worker opens the card with it.
    let data = ok(
        &server,
        &worker,
        "mutation($input: ConvertIntakeToBlueCardInput!) { convertIntakeToBlueCard(input: $input) { \
         prefill { initiatedOn description persons { role firstName lastName pesel dateOfBirth sex address phone } } \
         userErrors { code } } }",
        json!({ "input": { "id": id } }),
    )
    .await;
    let prefill = data["convertIntakeToBlueCard"]["prefill"].clone();
    assert_eq!(prefill["initiatedOn"], today().to_string(), "{data}");
    assert_eq!(prefill["persons"][0]["role"], "VICTIM");
    assert_eq!(prefill["persons"][0]["sex"], "FEMALE");
    assert_eq!(prefill["persons"][1]["dateOfBirth"], "1975-01-20");
    let mut persons = prefill["persons"].as_array().unwrap().clone();
    for p in &mut persons {
        p.as_object_mut().unwrap().retain(|_, v| !v.is_null());
    }
    let opened = open(
        &server,
        &worker,
        json!({
            "initiatedOn": prefill["initiatedOn"],
            "initiatorInstitution": "SOCIAL_WELFARE",
            "violenceForms": ["PHYSICAL"],
            "persons": persons,
            "description": prefill["description"],
        }),
    )
    .await;
    let card = opened["blueCard"]["id"].as_str().unwrap().to_owned();

    let linked = done(
        &server,
        &worker,
        "linkIntakeToBlueCard",
        json!({ "id": id, "version": 2, "blueCardId": card }),
    )
    .await;
    assert_eq!(linked["status"], "RESPONDED");
    assert_eq!(linked["blueCardId"], card.as_str());
    assert_eq!(linked["actions"][0]["kind"], "BLUE_CARD_OPENED");
    assert_eq!(linked["responseDeadline"]["state"], "MET");
    assert_eq!(linked["responseDeadline"]["metLate"], false);
    // The intake staff do not see the card: the entry says nothing of which it is.
    let for_intake = entry(&server, &intake, &id).await;
    assert!(for_intake["blueCardId"].is_null(), "{for_intake}");
    // The same on a page, where linked cards are checked for the whole page at once.
    let page = "{ intakeEntries(first: 20) { edges { node { id blueCardId } } } }";
    let linked_on_page = |data: Value| {
        data["intakeEntries"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["node"]["id"] == id.as_str())
            .map(|e| e["node"]["blueCardId"].clone())
    };
    let seen = linked_on_page(ok(&server, &worker, page, json!({})).await);
    assert_eq!(seen, Some(json!(card)));
    let seen = linked_on_page(ok(&server, &intake, page, json!({})).await);
    assert_eq!(seen, Some(Value::Null));

    let closed = done(
        &server,
        &intake,
        "closeIntake",
        json!({ "id": id, "version": 3 }),
    )
    .await;
    assert_eq!(closed["status"], "CLOSED");
    assert_eq!(closed["allowedSteps"], json!([]));
    let again = change(
        &server,
        &intake,
        "respondToIntake",
        json!({ "id": id, "version": 4, "kind": "ADVICE_GIVEN" }),
    )
    .await;
    assert_eq!(
        again["userErrors"][0]["code"], "ILLEGAL_TRANSITION",
        "{again}"
    );

    // A consultation for a school is counted by kind and opens no card.
    let consultation = record(
        &server,
        &intake,
        json!({ "channel": "PHONE", "kind": "INSTITUTION_CONSULTATION",
                "reporter": { "name": "Pedagog szkolny" }, "account": "Kiedy szkoła wypełnia NK-A?" }),
    )
    .await;
    let data = ok(
        &server,
        &intake,
        "mutation($input: ConvertIntakeToBlueCardInput!) { convertIntakeToBlueCard(input: $input) { prefill { initiatedOn } userErrors { field code } } }",
        json!({ "input": { "id": consultation["id"] } }),
    )
    .await;
    assert_eq!(
        data["convertIntakeToBlueCard"]["userErrors"][0]["code"],
        "NOT_A_REPORT"
    );
    let counts = ok(
        &server,
        &intake,
        "query($d: Date!) { intakeCounts(from: $d, to: $d) { total byKind { kind count } byChannel { channel count } } }",
        json!({ "d": today().to_string() }),
    )
    .await;
    let by_kind = &counts["intakeCounts"]["byKind"];
    let count = |kind: &str| {
        by_kind
            .as_array()
            .unwrap()
            .iter()
            .find(|k| k["kind"] == kind)
            .unwrap()["count"]
            .as_u64()
            .unwrap()
    };
    // The demo's own entries were received today too: at least ours are counted.
    assert!(
        count("REPORT") >= 1 && count("INSTITUTION_CONSULTATION") >= 1,
        "{counts}"
    );
    assert_eq!(
        counts["intakeCounts"]["total"].as_u64().unwrap(),
        by_kind
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k["count"].as_u64().unwrap())
            .sum::<u64>()
    );
}
on_both!(lifecycle_to_an_nk_a);

async fn response_deadline_met_and_overdue(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let intake = server.staff("zory", "rejestracja").await;
    let admin = server.staff("zory", "admin").await;

    // Received ten days ago and never answered: overdue, and the worker tells its taker.
    let mut late = report();
    late["receivedAt"] = json!((Utc::now() - Duration::days(10)).to_rfc3339());
    let late = record(&server, &intake, late).await;
    let late_id = late["id"].as_str().unwrap().to_owned();
    assert_eq!(late["responseDeadline"]["state"], "OVERDUE");
    let out = server.cli(&["worker", "--once"]).await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = server.cli(&["worker", "--once"]).await;
    assert!(out.status.success());
    let data = ok(
        &server,
        &intake,
        "{ intakeNotifications(first: 100) { edges { node { kind dueOn intakeEntryId } } } }",
        json!({}),
    )
    .await;
    let notices: Vec<&Value> = data["intakeNotifications"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["node"]["intakeEntryId"] == late_id.as_str())
        .collect();
    assert_eq!(
        notices.len(),
        1,
        "once, however often the worker runs: {data}"
    );
    assert_eq!(notices[0]["node"]["kind"], "OVERDUE");
    // Nobody else is told of it.
    let worker = server.staff("zory", "pracownik").await;
    let data = ok(
        &server,
        &worker,
        "{ intakeNotifications { edges { node { id } } } }",
        json!({}),
    )
    .await;
    assert_eq!(data["intakeNotifications"]["edges"], json!([]));

    // Answered today: met, late.
    let answered = done(
        &server,
        &intake,
        "respondToIntake",
        json!({ "id": late_id, "version": 1, "kind": "POLICE_INTERVENTION", "note": "Wezwano patrol." }),
    )
    .await;
    assert_eq!(answered["responseDeadline"]["state"], "MET");
    assert_eq!(answered["responseDeadline"]["metLate"], true);
    assert_eq!(answered["actions"][0]["note"], "Wezwano patrol.");

    // Received today and answered today: met in time.
    let fresh = record(&server, &intake, report()).await;
    let answered = done(
        &server,
        &intake,
        "respondToIntake",
        json!({ "id": fresh["id"], "version": 1, "kind": "ADVICE_GIVEN" }),
    )
    .await;
    assert_eq!(answered["responseDeadline"]["state"], "MET");
    assert_eq!(answered["responseDeadline"]["metLate"], false);
    assert_eq!(answered["responseDeadline"]["metOn"], today().to_string());

    // The municipality's own response time applies to entries recorded after it.
    let set = "mutation($input: SetIntakeResponseRuleInput!) { setIntakeResponseRule(input: $input) { rule { amount unit version default } userErrors { field code } } }";
    let data = ok(
        &server,
        &admin,
        set,
        json!({ "input": { "amount": 3, "unit": "WORKING_DAYS", "version": 0 } }),
    )
    .await;
    assert_eq!(
        data["setIntakeResponseRule"]["rule"]["version"], 1,
        "{data}"
    );
    let stale = server
        .gql(
            Some(&admin),
            set,
            json!({ "input": { "amount": 2, "unit": "WORKING_DAYS", "version": 0 } }),
        )
        .await;
    assert_eq!(code(&stale), Some("CONFLICT"), "{stale}");
    let forbidden = server
        .gql(
            Some(&intake),
            set,
            json!({ "input": { "amount": 2, "unit": "WORKING_DAYS", "version": 1 } }),
        )
        .await;
    assert_eq!(code(&forbidden), Some("FORBIDDEN"), "{forbidden}");
    let later = record(&server, &intake, report()).await;
    assert_eq!(
        later["responseDeadline"]["dueOn"],
        calendar::add_working_days(today(), 3).to_string()
    );
    let rule = ok(
        &server,
        &intake,
        "{ intakeResponseRule { amount unit default defaultAmount defaultUnit } }",
        json!({}),
    )
    .await;
    assert_eq!(
        rule["intakeResponseRule"],
        json!({ "amount": 3, "unit": "WORKING_DAYS", "default": false, "defaultAmount": 1, "defaultUnit": "WORKING_DAYS" })
    );
}
on_both!(response_deadline_met_and_overdue);

async fn need_to_know(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let intake = server.staff("zory", "rejestracja").await;
    let admin = server.staff("zory", "admin").await;
    let member = server.staff("zory", "czlonek").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let other = server.staff("czestochowa", "rejestracja").await;
    let users = user_ids(&server, "zory").await;
    let id = record(&server, &intake, report()).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let random = crate::isolation_intake::random_entry_id();

    for token in [&admin, &member, &chair, &other] {
        assert!(!listed(&server, token).await.contains(&id));
        for probe in [&id, &random] {
            assert!(entry(&server, token, probe).await.is_null());
            let body = server
                .gql(
                    Some(token),
                    "mutation($input: RespondToIntakeInput!) { respondToIntake(input: $input) { intakeEntry { id } } }",
                    json!({ "input": { "id": probe, "version": 1, "kind": "ADVICE_GIVEN" } }),
                )
                .await;
            assert_eq!(code(&body), Some("NOT_FOUND"), "{body}");
        }
    }
    // Counting and recording are the intake staff's.
    for token in [&admin, &member] {
        let body = server
            .gql(Some(token), RECORD, json!({ "input": report() }))
            .await;
        assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
        let body = server
            .gql(
                Some(token),
                "query($d: Date!) { intakeCounts(from: $d, to: $d) { total } }",
                json!({ "d": today().to_string() }),
            )
            .await;
        assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    }
    // The administrator cannot be given the entry, and nothing changes.
    let refused = change(
        &server,
        &intake,
        "assignIntake",
        json!({ "id": id, "version": 1, "userIds": [users["admin"]] }),
    )
    .await;
    assert_eq!(
        refused["userErrors"][0]["code"], "NOT_ASSIGNABLE",
        "{refused}"
    );
    assert_eq!(
        refused["userErrors"][0]["field"],
        json!(["input", "userIds", "0"])
    );
    assert_eq!(entry(&server, &intake, &id).await["version"], 1);
    assert!(entry(&server, &admin, &id).await.is_null());

    // Once the entry is assigned to a team member, that member reads it; others still do not.
    done(
        &server,
        &intake,
        "assignIntake",
        json!({ "id": id, "version": 1, "userIds": [users["czlonek"]] }),
    )
    .await;
    assert_eq!(
        entry(&server, &member, &id).await["persons"][0]["firstName"],
        "Maria"
    );
    assert!(entry(&server, &chair, &id).await.is_null());
    assert!(entry(&server, &admin, &id).await.is_null());
    // Made an administrator later, the member no longer reads the entry assigned to them.
    let version = ok(
        &server,
        &admin,
        "query($id: ID!) { node(id: $id) { ... on User { version } } }",
        json!({ "id": users["czlonek"] }),
    )
    .await["node"]["version"]
        .clone();
    ok(
        &server,
        &admin,
        "mutation($input: UserRoleInput!) { grantRole(input: $input) { userErrors { code } } }",
        json!({ "input": { "id": users["czlonek"], "role": "TENANT_ADMIN", "version": version } }),
    )
    .await;
    let promoted = server.staff("zory", "czlonek").await;
    assert!(entry(&server, &promoted, &id).await.is_null());
    assert!(!listed(&server, &promoted).await.contains(&id));

    // The administrator's audit trail says that entries were worked on, never which; the
    // data-protection officer's names them.
    let trail = "{ auditEvents(first: 100) { edges { node { objectIds deniedIds } } } }";
    let for_admin = ok(&server, &admin, trail, json!({})).await;
    assert!(!for_admin.to_string().contains(&id), "{for_admin}");
    let dpo = server.staff("zory", "iod").await;
    let for_dpo = ok(&server, &dpo, trail, json!({})).await;
    assert!(for_dpo.to_string().contains(&id), "{for_dpo}");
}
on_both!(need_to_know);

async fn bad_input_writes_nothing(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let intake = server.staff("zory", "rejestracja").await;
    let before = listed(&server, &intake).await;

    let mut input = report();
    input["account"] = json!("   ");
    input["receivedAt"] = json!((Utc::now() + Duration::days(2)).to_rfc3339());
    input["persons"][0]["pesel"] = json!("79040212345");
    input["persons"][1]["firstName"] = json!("");
    input["reporter"]["contact"] = json!("x".repeat(600));
    let data = ok(&server, &intake, RECORD, json!({ "input": input })).await;
    let errors = data["recordIntake"]["userErrors"]
        .as_array()
        .unwrap()
        .clone();
    assert!(data["recordIntake"]["intakeEntry"].is_null());
    let fields: Vec<Value> = errors.iter().map(|e| e["field"].clone()).collect();
    for expected in [
        json!(["input", "account"]),
        json!(["input", "persons", "0", "pesel"]),
        json!(["input", "persons", "1", "firstName"]),
        json!(["input", "reporter", "contact"]),
    ] {
        assert!(fields.contains(&expected), "{expected} in {errors:?}");
    }
    // A report about nobody, or received in the future.
    let mut nobody = report();
    nobody["persons"] = json!([]);
    let data = ok(&server, &intake, RECORD, json!({ "input": nobody })).await;
    assert_eq!(data["recordIntake"]["userErrors"][0]["code"], "REQUIRED");
    let mut future = report();
    future["receivedAt"] = json!((Utc::now() + Duration::days(2)).to_rfc3339());
    let data = ok(&server, &intake, RECORD, json!({ "input": future })).await;
    assert_eq!(data["recordIntake"]["userErrors"][0]["code"], "IN_FUTURE");
    assert_eq!(listed(&server, &intake).await, before);

    // A referral names a help point; a day in the future is refused; the entry stays as it was.
    let id = record(&server, &intake, report()).await["id"].clone();
    for (input, field, code) in [
        (
            json!({ "id": id, "version": 1, "kind": "REFERRED_TO_HELP_POINT" }),
            "helpPointId",
            "REQUIRED",
        ),
        (
            json!({ "id": id, "version": 1, "kind": "ADVICE_GIVEN", "helpPointId": "bm9wZQ" }),
            "helpPointId",
            "INVALID",
        ),
        (
            json!({ "id": id, "version": 1, "kind": "ADVICE_GIVEN", "on": (today() + chrono::Days::new(3)).to_string() }),
            "on",
            "IN_FUTURE",
        ),
        (
            json!({ "id": id, "version": 1, "kind": "BLUE_CARD_OPENED" }),
            "kind",
            "INVALID",
        ),
    ] {
        let payload = change(&server, &intake, "respondToIntake", input).await;
        assert!(payload["intakeEntry"].is_null(), "{payload}");
        assert_eq!(
            payload["userErrors"][0]["field"],
            json!(["input", field]),
            "{payload}"
        );
        assert_eq!(payload["userErrors"][0]["code"], code, "{payload}");
    }
    let e = entry(&server, &intake, id.as_str().unwrap()).await;
    assert_eq!(e["status"], "RECEIVED");
    assert_eq!(e["version"], 1);
    assert_eq!(e["actions"], json!([]));
    // A stale version is CONFLICT.
    let body = server
        .gql(
            Some(&intake),
            "mutation($input: CloseIntakeInput!) { closeIntake(input: $input) { intakeEntry { id } } }",
            json!({ "input": { "id": id, "version": 7 } }),
        )
        .await;
    assert_eq!(code(&body), Some("CONFLICT"), "{body}");
    // A response time out of range.
    let admin = server.staff("zory", "admin").await;
    let data = ok(
        &server,
        &admin,
        "mutation { setIntakeResponseRule(input: { amount: 0, unit: WORKING_DAYS, version: 0 }) { rule { version } userErrors { field code } } }",
        json!({}),
    )
    .await;
    assert_eq!(
        data["setIntakeResponseRule"]["userErrors"][0]["field"],
        json!(["input", "amount"])
    );
    let rule = ok(
        &server,
        &admin,
        "{ intakeResponseRule { version default } }",
        json!({}),
    )
    .await;
    assert_eq!(
        rule["intakeResponseRule"],
        json!({ "version": 0, "default": true })
    );
}
on_both!(bad_input_writes_nothing);

/// A page of entries with everything under them costs the same number of statements for 2
/// entries as for 12 (persons, assignees, actions and linked cards are loaded per page).
async fn listing_entries_costs_a_constant_number_of_queries(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let intake = server.staff("zory", "rejestracja").await;
    let list = format!("{{ intakeEntries(first: 20) {{ edges {{ node {{ {ENTRY} }} }} }} }}");
    let mut costs = Vec::new();
    for more in [2, 10] {
        for n in 0..more {
            let mut input = report();
            input["persons"][0]["pesel"] = json!(pesel("1979-04-02", Sex::Female, 400 + n));
            let recorded = record(&server, &intake, input).await;
            done(
                &server,
                &intake,
                "respondToIntake",
                json!({ "id": recorded["id"], "version": recorded["version"], "kind": "ADVICE_GIVEN", "note": "Porada." }),
            )
            .await;
        }
        let before = server.tenant_statements().await;
        let data = ok(&server, &intake, &list, json!({})).await;
        let after = server.tenant_statements().await;
        assert!(data["intakeEntries"]["edges"].as_array().unwrap().len() >= 2 + usize::from(more));
        costs.push(after - before);
    }
    assert_eq!(
        costs[0], costs[1],
        "queries for a short and a long page: {costs:?}"
    );
}
on_both!(listing_entries_costs_a_constant_number_of_queries);

/// Counts cover a year at most; a longer period is the caller's error.
async fn counts_cover_a_year_at_most(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let intake = server.staff("zory", "rejestracja").await;
    let query = "query($f: Date!, $t: Date!) { intakeCounts(from: $f, to: $t) { total } }";
    let year = json!({ "f": "2024-01-01", "t": "2024-12-31" });
    ok(&server, &intake, query, year).await;
    let longer = json!({ "f": "2024-01-01", "t": "2025-01-01" });
    let body = server.gql(Some(&intake), query, longer).await;
    assert_eq!(code(&body), Some("BAD_USER_INPUT"), "{body}");
}
on_both!(counts_cover_a_year_at_most);
