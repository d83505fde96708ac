//! The isolation suite's probes of the intake register (isolation.rs is full): every root
//! field, used by another municipality's intake staff and administrator, a coordinator, an
//! operator and anonymous callers with Żory's IDs, answers exactly as it answers for a random
//! ID; lists, counts, notifications and the response time stay each municipality's own.

use base64::Engine;
use serde_json::{json, Value};

use crate::cases::{ok, today};
use crate::harness::{code, demo, Backend, Server};
use crate::intake::{record, report, user_ids};
use crate::on_both;

/// Root fields of the register, probed below.
pub const COVERED: &[&str] = &[
    "Query.intakeEntries",
    "Query.intakeCounts",
    "Query.intakeResponseRule",
    "Query.intakeNotifications",
    "Mutation.recordIntake",
    "Mutation.respondToIntake",
    "Mutation.assignIntake",
    "Mutation.closeIntake",
    "Mutation.convertIntakeToBlueCard",
    "Mutation.linkIntakeToBlueCard",
    "Mutation.setIntakeResponseRule",
    // Its own recipient only, re-checked per notice: worker.rs
    // `a_demo_server_pushes_intake_response_notices`.
    "Subscription.intakeResponseDeadlines",
];

/// Whether a root field is probed outside isolation.rs (the directory's, the register's and
/// programmes').
pub fn covered_elsewhere(field: &str) -> bool {
    crate::directory::COVERED.contains(&field)
        || COVERED.contains(&field)
        || crate::programmes::COVERED.contains(&field)
        || crate::programme_referrals::COVERED.contains(&field)
        || crate::families::COVERED.contains(&field)
        || crate::strategy::COVERED.contains(&field)
        || crate::standards::COVERED.contains(&field)
        || crate::events::COVERED.contains(&field)
        || crate::coalitions::COVERED.contains(&field)
}

pub fn random_entry_id() -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(format!("IntakeEntry:{}", uuid::Uuid::now_v7()))
}

/// Samples of the directory's and the register's loadable node types for the round trip of
/// `every_registered_node_type_round_trips`.
pub async fn samples(
    server: &Server,
    admin: &str,
    samples: &mut std::collections::HashMap<&str, (String, String)>,
) {
    let point = crate::directory::sample(server, admin).await;
    samples.insert("HelpPoint", (point, admin.to_owned()));
    let intake = server.staff("zory", "rejestracja").await;
    let entry = record(server, &intake, report()).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    samples.insert("IntakeEntry", (entry, intake));
}

/// The answer without its messages (they may name the type asked for).
fn shape(body: &Value) -> Value {
    json!({ "data": body["data"], "code": code(body) })
}

const MUTATIONS: &[(&str, &str)] = &[
    (
        "respondToIntake",
        "{ \"id\": ID, \"version\": 1, \"kind\": \"ADVICE_GIVEN\" }",
    ),
    (
        "assignIntake",
        "{ \"id\": ID, \"version\": 1, \"userIds\": [] }",
    ),
    ("closeIntake", "{ \"id\": ID, \"version\": 1 }"),
    (
        "linkIntakeToBlueCard",
        "{ \"id\": ID, \"version\": 1, \"blueCardId\": CARD }",
    ),
];

async fn foreign_entries_answer_like_random_ids(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let intake = server.staff("zory", "rejestracja").await;
    let zory_admin = server.staff("zory", "admin").await;
    let worker = server.staff("zory", "pracownik").await;
    let entry = record(&server, &intake, report()).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let card = crate::cases::open(&server, &worker, crate::cases::nk_a(today())).await["blueCard"]
        ["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let random = random_entry_id();
    let outsiders = [
        Some(server.staff("czestochowa", "rejestracja").await),
        Some(server.staff("czestochowa", "admin").await),
        Some(server.coordinator().await),
        Some(server.operator().await),
        None,
    ];
    for token in &outsiders {
        let token = token.as_deref();
        for (mutation, input) in MUTATIONS {
            let input_type = format!("{}{}Input", mutation[..1].to_uppercase(), &mutation[1..]);
            let query = format!(
                "mutation($input: {input_type}!) {{ {mutation}(input: $input) {{ intakeEntry {{ id }} userErrors {{ code }} }} }}"
            );
            let with = |id: &str| -> Value {
                serde_json::from_str(
                    &input
                        .replace("ID", &format!("\"{id}\""))
                        .replace("CARD", &format!("\"{card}\"")),
                )
                .unwrap()
            };
            let foreign = server
                .gql(token, &query, json!({ "input": with(&entry) }))
                .await;
            let unknown = server
                .gql(token, &query, json!({ "input": with(&random) }))
                .await;
            assert_eq!(shape(&foreign), shape(&unknown), "{mutation} for {token:?}");
            assert!(foreign["data"].is_null() || foreign["data"][mutation].is_null());
        }
        let query = "mutation($input: ConvertIntakeToBlueCardInput!) { convertIntakeToBlueCard(input: $input) { prefill { description } userErrors { code } } }";
        let foreign = server
            .gql(token, query, json!({ "input": { "id": entry } }))
            .await;
        let unknown = server
            .gql(token, query, json!({ "input": { "id": random } }))
            .await;
        assert_eq!(shape(&foreign), shape(&unknown), "convert for {token:?}");
        let lists = "{ intakeEntries(first: 100) { edges { node { id } } } intakeNotifications { edges { node { intakeEntryId } } } }";
        let body = server.gql(token, lists, json!({})).await;
        assert!(!body.to_string().contains(&entry), "{body}");
    }

    // Counts, the response time and new entries stay in their municipality.
    let other = outsiders[0].clone().unwrap();
    let counts = "query($d: Date!) { intakeCounts(from: $d, to: $d) { total } }";
    let day = json!({ "d": today().to_string() });
    let before = ok(&server, &other, counts, day.clone()).await;
    record(&server, &intake, report()).await;
    assert_eq!(ok(&server, &other, counts, day.clone()).await, before);
    let theirs = record(&server, &other, report()).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(crate::intake::entry(&server, &intake, &theirs)
        .await
        .is_null());
    let set = "mutation($input: SetIntakeResponseRuleInput!) { setIntakeResponseRule(input: $input) { rule { version } } }";
    let other_admin = outsiders[1].clone().unwrap();
    ok(
        &server,
        &other_admin,
        set,
        json!({ "input": { "amount": 5, "unit": "WORKING_DAYS", "version": 0 } }),
    )
    .await;
    let rule = ok(
        &server,
        &zory_admin,
        "{ intakeResponseRule { amount default } }",
        json!({}),
    )
    .await;
    assert_eq!(
        rule["intakeResponseRule"],
        json!({ "amount": 1, "default": true })
    );
    // Assigning Żory's entry to another municipality's user is refused like an unknown user.
    let users = user_ids(&server, "czestochowa").await;
    let payload = crate::intake::change(
        &server,
        &intake,
        "assignIntake",
        json!({ "id": entry, "version": 1, "userIds": [users["pracownik"]] }),
    )
    .await;
    assert_eq!(
        payload["userErrors"][0]["code"], "NOT_ASSIGNABLE",
        "{payload}"
    );
}
on_both!(foreign_entries_answer_like_random_ids);
