//! Every subscription ends when its subscriber's access is taken away, on whichever gateway
//! process the socket is open: one parametrised test over every subscription in the schema
//! (a new subscription without a row here fails it), plus an ended membership and a disabled
//! account.

use std::time::{Duration, Instant};

use futures::StreamExt;
use serde_json::{json, Value};
use tokio_tungstenite::tungstenite::Message;

use crate::access_ends::{members, revoke_from, users};
use crate::cases::ok;
use crate::harness::{repo_dir, Backend, Server, ServerOptions, TestDb, REDIS};
use crate::on_both;
use crate::subscriptions::{connect, next, subscribe, Ws};

/// Each subscription of the schema: who follows it in the demo, the roles that taking away
/// ends it, and the subscription's document.
const SUBSCRIPTIONS: &[(&str, &str, &[&str], &str)] = &[
    (
        "auditEventRecorded",
        "iod",
        &["DATA_PROTECTION_OFFICER"],
        "subscription { auditEventRecorded { operation objectIds } }",
    ),
    (
        "blueCardDeadlines",
        "pracownik",
        &["SOCIAL_WORKER", "TEAM_MEMBER"],
        "subscription { blueCardDeadlines { kind } }",
    ),
    (
        "intakeResponseDeadlines",
        "rejestracja",
        &["INTAKE_STAFF"],
        "subscription { intakeResponseDeadlines { kind } }",
    ),
];

fn subscription_fields() -> Vec<String> {
    let sdl = std::fs::read_to_string(repo_dir("graphql/schema.graphql")).unwrap();
    let body = sdl
        .split("\ntype Subscription {")
        .nth(1)
        .and_then(|rest| rest.split("\n}").next())
        .unwrap();
    body.lines()
        .filter_map(|l| l.strip_prefix('\t'))
        .map(|l| {
            l.chars()
                .take_while(|c| c.is_alphanumeric())
                .collect::<String>()
        })
        .filter(|name| !name.is_empty())
        .filter(|name| body.contains(&format!("\t{name}:")) || body.contains(&format!("\t{name}(")))
        .collect()
}

/// Two gateway processes on one database and one Redis (on SQLite, one process), the reader
/// re-checking its subscriptions every few seconds.
async fn two_gateways(backend: Backend) -> (TestDb, Server, Option<Server>) {
    let db = TestDb::new(backend).await;
    let redis = (backend == Backend::Postgres).then(|| REDIS.to_owned());
    let recheck = (
        "OSTOJA_GRAPHQL__SUBSCRIPTION_RECHECK_SECONDS".to_owned(),
        "5".to_owned(),
    );
    let writer = Server::start(
        &db,
        ServerOptions {
            demo: true,
            redis: redis.clone(),
            env: vec![recheck.clone()],
        },
    )
    .await;
    let reader = match backend {
        Backend::Postgres => Some(
            Server::start(
                &db,
                ServerOptions {
                    redis,
                    env: vec![recheck],
                    ..Default::default()
                },
            )
            .await,
        ),
        Backend::Sqlite => None,
    };
    (db, writer, reader)
}

/// Reads the socket until the subscription ends: an error with code FORBIDDEN, a `complete`,
/// or the socket closing. Any data delivered before that fails the test.
async fn ends_without_data(ws: &mut Ws, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let left = deadline
            .checked_duration_since(Instant::now())
            .unwrap_or_else(|| panic!("{what}: the subscription did not end"));
        let Some(msg) = next(ws, left).await else {
            // The socket closed (or the deadline passed: checked above on the next turn).
            assert!(
                Instant::now() < deadline,
                "{what}: the subscription did not end"
            );
            return;
        };
        match msg["type"].as_str() {
            Some("complete") => return,
            Some("next") | Some("error") => {
                let payload = &msg["payload"];
                assert!(
                    payload["data"].is_null()
                        || payload["data"]
                            .as_object()
                            .is_some_and(|d| d.values().all(Value::is_null)),
                    "{what}: data delivered after access ended: {msg}"
                );
                let code = payload["errors"][0]["extensions"]["code"]
                    .as_str()
                    .or_else(|| payload[0]["extensions"]["code"].as_str());
                assert_eq!(code, Some("FORBIDDEN"), "{what}: {msg}");
                return;
            }
            _ => continue,
        }
    }
}

/// Waits until nothing has arrived on the socket for a moment (events from before the change).
async fn drain(ws: &mut Ws) {
    while next(ws, Duration::from_millis(500)).await.is_some() {}
}

async fn every_subscription_ends_when_its_role_is_revoked(backend: Backend) {
    let fields = subscription_fields();
    assert!(fields.len() >= 3, "{fields:?}");
    for field in &fields {
        assert!(
            SUBSCRIPTIONS.iter().any(|(name, ..)| name == field),
            "subscription {field} has no row here: say how access to it is taken away"
        );
    }
    let (_db, writer, second) = two_gateways(backend).await;
    let reader = second.as_ref().unwrap_or(&writer);
    let admin = writer.staff("zory", "admin").await;
    for (name, login, roles, document) in SUBSCRIPTIONS {
        let token = writer.staff("zory", login).await;
        let mut ws = connect(reader, Some(&token)).await;
        subscribe(&mut ws, document).await;
        // Live before the change: a request of the subscriber's own answers normally.
        let viewer = ok(&writer, &token, "{ viewer { roles } }", json!({})).await;
        assert!(!viewer["viewer"]["roles"].as_array().unwrap().is_empty());
        let user = users(&writer, &admin).await[*login].clone();
        drain(&mut ws).await;
        revoke_from(&writer, &admin, &user, roles).await;
        // Events keep coming in the municipality (the administrator's own requests).
        ok(&writer, &admin, "{ tenantSettings { version } }", json!({})).await;
        ends_without_data(&mut ws, name).await;
    }
}
on_both!(every_subscription_ends_when_its_role_is_revoked);

async fn an_ended_membership_and_a_disabled_account_end_subscriptions(backend: Backend) {
    let (_db, writer, second) = two_gateways(backend).await;
    let reader = second.as_ref().unwrap_or(&writer);
    let admin = writer.staff("zory", "admin").await;

    let officer = writer.staff("zory", "policjant").await;
    let mut ws = connect(reader, Some(&officer)).await;
    subscribe(&mut ws, "subscription { blueCardDeadlines { kind } }").await;
    let member = members(&writer, &admin).await["policjant"].clone();
    drain(&mut ws).await;
    let ended = ok(
        &writer,
        &admin,
        "mutation($input: EndTeamMembershipInput!) { endTeamMembership(input: $input) { userErrors { code } } }",
        json!({ "input": { "id": member["id"], "version": member["version"], "reason": "przeniesienie" } }),
    )
    .await;
    assert_eq!(ended["endTeamMembership"]["userErrors"], json!([]));
    ends_without_data(&mut ws, "blueCardDeadlines after the membership ended").await;

    let dpo = writer.staff("zory", "iod").await;
    let mut ws = connect(reader, Some(&dpo)).await;
    subscribe(
        &mut ws,
        "subscription { auditEventRecorded { operation objectIds } }",
    )
    .await;
    let user = users(&writer, &admin).await["iod"].clone();
    drain(&mut ws).await;
    let disabled = ok(
        &writer,
        &admin,
        "mutation($input: UserVersionInput!) { disableUser(input: $input) { userErrors { code } } }",
        json!({ "input": { "id": user["id"], "version": user["version"] } }),
    )
    .await;
    assert_eq!(disabled["disableUser"]["userErrors"], json!([]));
    ok(&writer, &admin, "{ tenantSettings { version } }", json!({})).await;
    // The stream ends with FORBIDDEN, or the socket closes: either way, no entry arrives.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let left = deadline.checked_duration_since(Instant::now());
        let Some(left) = left else {
            panic!("the disabled officer's subscription did not end");
        };
        match tokio::time::timeout(left, ws.next()).await {
            Ok(None) | Ok(Some(Err(_))) | Ok(Some(Ok(Message::Close(_)))) => break,
            Ok(Some(Ok(Message::Text(text)))) => {
                let msg: Value = serde_json::from_str(&text).unwrap();
                if msg["type"] == "complete" {
                    break;
                }
                if msg["type"] == "next" {
                    assert!(
                        msg["payload"]["data"].is_null(),
                        "an entry reached a disabled account: {msg}"
                    );
                    break;
                }
            }
            Ok(Some(Ok(_))) => continue,
            Err(_) => panic!("the disabled officer's subscription did not end"),
        }
    }
}
on_both!(an_ended_membership_and_a_disabled_account_end_subscriptions);
