//! The register of child-protection standards: Żory's chair registers a school, a kindergarten
//! and a sports club, records when their standards were adopted and reviewed; a review overdue
//! is said and listed first; every rule of the history refused on its field, nothing written;
//! the statistics count the institutions by the state of their standards on the period's last
//! day, and an indicator of the programme counts them too. A team member reads the register and
//! changes nothing; another municipality, a coordinator and anonymous callers get what random
//! IDs get.

use chrono::{Datelike, Months};
use serde_json::{json, Value};

use crate::cases::{days_ago, ok, today};
use crate::harness::{code, demo, Backend, Server};
use crate::on_both;
use crate::programmes::{answers_like_random, payload, random_id, refused};
use crate::statistics::figure;

const INSTITUTION: &str = "id name kind responsiblePerson adoptedOn lastReviewOn nextReviewOn \
    state daysOverdue history { event on nextReviewOn } viewerMayEdit version";

async fn change(server: &Server, token: &str, mutation: &str, input: Value) -> Value {
    payload(server, token, mutation, "institution", INSTITUTION, input).await
}

pub(crate) async fn add(server: &Server, chair: &str, name: &str, kind: &str) -> Value {
    let done = change(
        server,
        chair,
        "addChildProtectionInstitution",
        json!({ "institution": {
        "name": name, "kind": kind, "responsiblePerson": "Anna Kowalska, pedagog" } }),
    )
    .await;
    assert_eq!(done["userErrors"], json!([]), "{done}");
    done["institution"].clone()
}

async fn record(
    server: &Server,
    chair: &str,
    institution: &Value,
    event: &str,
    on: chrono::NaiveDate,
    next: Option<chrono::NaiveDate>,
) -> Value {
    change(
        server,
        chair,
        "recordChildProtectionStandards",
        json!({
        "institutionId": institution["id"], "version": institution["version"], "event": event,
        "on": on.to_string(), "nextReviewOn": next.map(|d| d.to_string()) }),
    )
    .await
}

async fn register(server: &Server, token: &str) -> Vec<Value> {
    let read = ok(
        server,
        token,
        &format!("{{ childProtectionInstitutions {{ {INSTITUTION} }} }}"),
        json!({}),
    )
    .await;
    read["childProtectionInstitutions"]
        .as_array()
        .unwrap()
        .clone()
}

async fn statistics(server: &Server, token: &str, period: &str) -> Value {
    ok(
        server,
        token,
        "query($p: String!) { municipalityStatistics(period: $p) { indicators { key total \
        figures { breakdown { dimension value } value } } } }",
        json!({ "p": period }),
    )
    .await
}

async fn the_register_of_child_protection_standards(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let member = server.staff("zory", "czlonek").await;

    let bad = change(
        &server,
        &chair,
        "addChildProtectionInstitution",
        json!({ "institution": {
        "name": " ", "kind": "SCHOOL", "responsiblePerson": "" } }),
    )
    .await;
    refused(&bad, "input.institution.name", "INVALID");
    refused(&bad, "input.institution.responsiblePerson", "INVALID");
    assert_eq!(
        register(&server, &chair).await,
        Vec::<Value>::new(),
        "nothing written"
    );

    let school = add(&server, &chair, "Szkoła Podstawowa nr 5 w Żorach", "SCHOOL").await;
    let kindergarten = add(&server, &chair, "Przedszkole Miejskie nr 2", "KINDERGARTEN").await;
    let club = add(&server, &chair, "Klub Sportowy Znicz", "SPORT").await;
    assert_eq!(school["state"], "NOT_ADOPTED");
    assert_eq!(school["adoptedOn"], Value::Null);

    // The school adopted its standards 800 days ago; the next review, two years on, has passed.
    let adopted_on = days_ago(800);
    let done = record(&server, &chair, &school, "ADOPTED", adopted_on, None).await;
    assert_eq!(done["userErrors"], json!([]), "{done}");
    let school = done["institution"].clone();
    let due = adopted_on.checked_add_months(Months::new(24)).unwrap();
    assert_eq!(school["adoptedOn"], adopted_on.to_string());
    assert_eq!(school["nextReviewOn"], due.to_string());
    assert_eq!(school["state"], "REVIEW_OVERDUE");
    assert_eq!(school["daysOverdue"], (today() - due).num_days());
    // The kindergarten adopted them 100 days ago, its review planned in a year.
    let done = record(
        &server,
        &chair,
        &kindergarten,
        "ADOPTED",
        days_ago(100),
        Some(days_ago(100) + chrono::Days::new(365)),
    )
    .await;
    assert_eq!(done["userErrors"], json!([]), "{done}");
    assert_eq!(done["institution"]["state"], "CURRENT");
    assert_eq!(done["institution"]["daysOverdue"], Value::Null);
    let kindergarten = done["institution"].clone();

    // The overdue first, then the club without standards, then the kindergarten.
    let names: Vec<Value> = register(&server, &member)
        .await
        .iter()
        .map(|i| i["name"].clone())
        .collect();
    assert_eq!(
        names,
        [
            school["name"].clone(),
            club["name"].clone(),
            kindergarten["name"].clone()
        ]
    );

    // The rules of the history, each on its field, nothing written.
    let bad = record(&server, &chair, &club, "REVIEWED", days_ago(1), None).await;
    refused(&bad, "input.event", "NOT_ADOPTED");
    let bad = record(&server, &chair, &school, "ADOPTED", days_ago(1), None).await;
    refused(&bad, "input.event", "ALREADY_ADOPTED");
    let bad = record(&server, &chair, &school, "REVIEWED", days_ago(801), None).await;
    refused(&bad, "input.on", "BEFORE_LAST");
    let bad = record(
        &server,
        &chair,
        &school,
        "REVIEWED",
        today() + chrono::Days::new(1),
        None,
    )
    .await;
    refused(&bad, "input.on", "IN_FUTURE");
    let bad = record(
        &server,
        &chair,
        &school,
        "REVIEWED",
        today(),
        Some(today().checked_add_months(Months::new(24)).unwrap() + chrono::Days::new(1)),
    )
    .await;
    refused(&bad, "input.nextReviewOn", "REVIEW_TOO_LATE");
    let bad = record(&server, &chair, &school, "REVIEWED", today(), Some(today())).await;
    refused(&bad, "input.nextReviewOn", "NEXT_NOT_AFTER");
    let answer = server.gql(Some(&chair), "mutation($input: RecordChildProtectionStandardsInput!) { \
        recordChildProtectionStandards(input: $input) { userErrors { code } } }",
        json!({ "input": { "institutionId": school["id"], "version": 1, "event": "REVIEWED", "on": today().to_string() } })).await;
    assert_eq!(code(&answer), Some("CONFLICT"), "{answer}");
    assert_eq!(
        register(&server, &chair).await[0]["history"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // Reviewed today: in force again, the last review said.
    let done = record(&server, &chair, &school, "REVIEWED", today(), None).await;
    assert_eq!(done["userErrors"], json!([]), "{done}");
    let reviewed = &done["institution"];
    assert_eq!(reviewed["state"], "CURRENT");
    assert_eq!(reviewed["lastReviewOn"], today().to_string());
    assert_eq!(reviewed["adoptedOn"], adopted_on.to_string());
    assert_eq!(reviewed["history"][0]["event"], "REVIEWED");
    assert_eq!(reviewed["history"][1]["event"], "ADOPTED");
    // A second review the same day, or one before 2000, is refused.
    let school = reviewed.clone();
    let bad = record(&server, &chair, &school, "REVIEWED", today(), None).await;
    refused(&bad, "input.on", "BEFORE_LAST");
    let bad = record(
        &server,
        &chair,
        &kindergarten,
        "REVIEWED",
        chrono::NaiveDate::from_ymd_opt(1999, 12, 31).unwrap(),
        None,
    )
    .await;
    refused(&bad, "input.on", "OUT_OF_RANGE");

    // A correction of the name at its version.
    let done = change(
        &server,
        &chair,
        "updateChildProtectionInstitution",
        json!({ "id": club["id"],
        "version": club["version"], "institution": { "name": "Miejski Klub Sportowy Znicz",
        "kind": "SPORT", "responsiblePerson": "Jan Nowak, trener" } }),
    )
    .await;
    assert_eq!(done["userErrors"], json!([]), "{done}");
    assert_eq!(
        done["institution"]["responsiblePerson"],
        "Jan Nowak, trener"
    );

    // The statistics on the period's last day: this year two in force and one without.
    let year = today().year();
    let now = statistics(&server, &chair, &year.to_string()).await;
    let state =
        |stats: &Value, s: &str| figure(stats, "child_protection_standards", &[("state", s)]);
    assert_eq!(state(&now, "CURRENT"), 2);
    assert_eq!(state(&now, "NOT_ADOPTED"), 1);
    assert_eq!(state(&now, "REVIEW_OVERDUE"), 0);
    // On last year's last day: what the histories said then; the club, registered today
    // without standards, was not in the register.
    let last_day = chrono::NaiveDate::from_ymd_opt(year - 1, 12, 31).unwrap();
    let (mut current, mut overdue) = (0, 0);
    for (on, next) in [
        (adopted_on, due),
        (days_ago(100), days_ago(100) + chrono::Days::new(365)),
    ] {
        if on <= last_day {
            if next < last_day {
                overdue += 1;
            } else {
                current += 1;
            }
        }
    }
    let before = statistics(&server, &chair, &(year - 1).to_string()).await;
    assert_eq!(state(&before, "CURRENT"), current);
    assert_eq!(state(&before, "REVIEW_OVERDUE"), overdue);
    assert_eq!(state(&before, "NOT_ADOPTED"), 0);
    // An indicator of the programme counts the institutions with standards in force.
    let (programme, ..) = crate::strategy::programme_with_task(&server).await;
    let done = crate::strategy::add_indicator(&server, &chair, programme["id"].as_str().unwrap(), json!({
        "name": "Instytucje ze standardami ochrony małoletnich", "unit": "instytucje",
        "computedFrom": { "statistic": "child_protection_standards", "dimension": "state", "value": "CURRENT" },
        "targets": [{ "year": year, "value": 10.0 }] })).await;
    assert_eq!(done["userErrors"], json!([]), "{done}");
    let years = done["programme"]["indicators"][0]["years"]
        .as_array()
        .unwrap();
    let this = years.iter().find(|y| y["year"] == year).unwrap();
    assert_eq!(this["actual"], 2.0);

    // A team member reads, and may not change.
    let seen = register(&server, &member).await;
    assert_eq!(seen.len(), 3);
    assert_eq!(seen[0]["viewerMayEdit"], false);
    let answer = server.gql(Some(&member), "mutation($input: AddChildProtectionInstitutionInput!) { \
        addChildProtectionInstitution(input: $input) { userErrors { code } } }",
        json!({ "input": { "institution": { "name": "X", "kind": "OTHER", "responsiblePerson": "Y" } } })).await;
    assert_eq!(code(&answer), Some("FORBIDDEN"), "{answer}");
}
on_both!(the_register_of_child_protection_standards);

/// Another municipality's institution: not readable by ID, and every mutation with its ID
/// answers as with a random one, for Częstochowa's chair, a coordinator and anonymous callers.
async fn foreign_institutions_answer_like_random_ids(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let school = add(&server, &chair, "Szkoła Podstawowa nr 5 w Żorach", "SCHOOL").await;
    let random = random_id("ChildProtectionInstitution");
    let theirs = server.staff("czestochowa", "przewodniczacy").await;
    let coordinator = server.coordinator().await;
    let node = "query($id: ID!) { node(id: $id) { id } }";
    for token in [Some(theirs.as_str()), Some(coordinator.as_str()), None] {
        let a = server.gql(token, node, json!({ "id": school["id"] })).await;
        let b = server.gql(token, node, json!({ "id": random })).await;
        assert_eq!(
            crate::programmes::shape(&a),
            crate::programmes::shape(&b),
            "{a} / {b}"
        );
        let with = |id: Value| {
            vec![
                (
                    "updateChildProtectionInstitution",
                    json!({ "id": id, "version": 1,
                    "institution": { "name": "X", "kind": "OTHER", "responsiblePerson": "Y" } }),
                ),
                (
                    "recordChildProtectionStandards",
                    json!({ "institutionId": id, "version": 1,
                    "event": "ADOPTED", "on": days_ago(1).to_string() }),
                ),
            ]
        };
        answers_like_random(
            &server,
            token,
            &with(school["id"].clone()),
            &with(json!(random)),
        )
        .await;
    }
    assert_eq!(register(&server, &theirs).await, Vec::<Value>::new());
    assert_eq!(
        register(&server, &chair).await[0]["history"],
        json!([]),
        "nothing written"
    );
}
on_both!(foreign_institutions_answer_like_random_ids);

/// A row in every table of the register, for the row-level security suite.
pub(crate) async fn rows_in_every_table(server: &Server) {
    let chair = server.staff("zory", "przewodniczacy").await;
    let school = add(server, &chair, "Szkoła Podstawowa nr 3", "SCHOOL").await;
    let done = record(server, &chair, &school, "ADOPTED", days_ago(10), None).await;
    assert_eq!(done["userErrors"], json!([]), "{done}");
}

/// Root fields of the register, probed above.
pub const COVERED: &[&str] = &[
    "Query.childProtectionInstitutions",
    // Takes no ID: an institution of the caller's own municipality (FORBIDDEN to anyone but
    // its administrator and chair, as the member's attempt above).
    "Mutation.addChildProtectionInstitution",
    "Mutation.updateChildProtectionInstitution",
    "Mutation.recordChildProtectionStandards",
];
