//! Rotating the master key: servers holding the new key and the old one keep serving while
//! `ostoja keys rotate-master` re-seals the municipalities' data keys and the identity
//! providers' client secrets; afterwards the new key alone reads everything, the old one
//! nothing. A rotation that cannot open a value changes nothing.

use serde_json::json;
use tokio::process::Command;

use crate::cases::{nk_a, ok, open, today};
use crate::harness::{Backend, Server, TestDb, REDIS};
use crate::idp::{self, Idp};

const OLD: &str = "b3N0b2phLW1hc3Rlci1rZXktYmVmb3JlLXJvdGF0aW8=";
const NEW: &str = "b3N0b2phLW1hc3Rlci1rZXktYWZ0ZXItcm90YXRpb24=";
const STRANGER: &str = "c29tZW9uZS1lbHNlcy1tYXN0ZXIta2V5LW9mLTMyLWI=";

const CARDS: &str =
    "{ blueCards(first: 10) { edges { node { id persons { firstName pesel } } } } }";

/// The wrapped data keys and sealed client secrets as stored, to see what changed.
async fn sealed(db: &TestDb) -> String {
    let out = Command::new("psql")
        .args([
            "-At",
            "-d",
            &db.superuser_url(),
            "-c",
            "SELECT string_agg(wrapped, ',' ORDER BY tenant_id) FROM tenancy_data_keys \
             UNION ALL SELECT string_agg(client_secret_sealed, ',' ORDER BY id) FROM identity_providers",
        ])
        .output()
        .await
        .expect("psql");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn with_keys(master: &str, previous: Option<&str>) -> Vec<(&'static str, String)> {
    let mut env = vec![("OSTOJA_MASTER_KEY", master.to_owned())];
    if let Some(previous) = previous {
        env.push(("OSTOJA_PREVIOUS_MASTER_KEYS", previous.to_owned()));
    }
    env
}

/// A server on `port` (the provider knows the first one's address: every one after it answers
/// there too) holding `keys`.
async fn server_with(db: &TestDb, port: &str, keys: &[(&'static str, String)]) -> Server {
    let mut extra: Vec<(&str, &str)> = keys.iter().map(|(k, v)| (*k, v.as_str())).collect();
    extra.push(("OSTOJA_HTTP__PORT", port));
    crate::sso::sso_server(db, Some(REDIS), &extra).await
}

async fn rotate(server: &Server, keys: &[(&'static str, String)], args: &[&str]) -> (bool, String) {
    let extra: Vec<(String, String)> = keys
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect();
    let mut all = vec!["keys", "rotate-master"];
    all.extend_from_slice(args);
    let out = server.cli_with(&extra, &all).await;
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

#[tokio::test]
async fn the_master_key_is_rotated_while_the_servers_keep_serving() {
    let db = TestDb::new(Backend::Postgres).await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
        .to_string();
    let before_keys = with_keys(OLD, None);
    let server = server_with(&db, &port, &before_keys).await;
    let provider = Idp::start().await;
    crate::sso::configure(&server, &provider, "zory").await;
    let worker = server.staff("zory", "pracownik").await;
    open(&server, &worker, nk_a(today())).await;
    let before = ok(&server, &worker, CARDS, json!({})).await;
    let stored = sealed(&db).await;

    // Refused, with nothing changed: no previous key, a previous key that opens nothing.
    let (done, said) = rotate(&server, &with_keys(NEW, None), &[]).await;
    assert!(!done && said.contains("nothing to rotate from"), "{said}");
    let (done, said) = rotate(&server, &with_keys(NEW, Some(STRANGER)), &[]).await;
    assert!(!done && said.contains("nothing was changed"), "{said}");
    assert!(said.contains("municipality zory"), "{said}");
    let (done, said) = rotate(&server, &with_keys(NEW, Some(NEW)), &[]).await;
    assert!(!done && said.contains("is the current one"), "{said}");
    assert_eq!(sealed(&db).await, stored);
    server.stop().await;

    // During the rotation every server holds both keys and serves as before.
    let during = with_keys(NEW, Some(OLD));
    let server = server_with(&db, &port, &during).await;
    let worker = server.staff("zory", "pracownik").await;
    assert_eq!(ok(&server, &worker, CARDS, json!({})).await, before);
    let (done, said) = rotate(&server, &during, &["--dry-run"]).await;
    assert!(done, "{said}");
    assert!(
        said.contains("1 client secrets") && said.contains("nothing was changed"),
        "{said}"
    );
    assert_eq!(sealed(&db).await, stored);
    let (done, said) = rotate(&server, &during, &[]).await;
    assert!(done, "{said}");
    assert!(said.contains("1 client secrets"), "{said}");
    let after = sealed(&db).await;
    assert!(
        stored
            .split([',', '\n'])
            .filter(|s| !s.is_empty())
            .all(|old| !after.contains(old)),
        "every value sealed again"
    );
    assert_eq!(ok(&server, &worker, CARDS, json!({})).await, before);
    let (done, said) = rotate(&server, &during, &[]).await;
    assert!(
        done && said.contains(": 0 municipalities' data keys, 0 client secrets"),
        "{said}"
    );
    server.stop().await;

    // The new key alone: the cards read as before, and signing in through the provider (its
    // client secret opened for the token exchange) works.
    let server = server_with(&db, &port, &with_keys(NEW, None)).await;
    let worker = server.staff("zory", "pracownik").await;
    assert_eq!(ok(&server, &worker, CARDS, json!({})).await, before);
    let (_browser, cookie) = idp::sign_in(&server, "tenant=zory", "anna").await;
    assert!(!cookie.is_empty());
    server.stop().await;

    // The old key alone reads no personal data any more (the demo's seeding, which opens the
    // municipalities' keys, would not even start).
    let server = Server::start(
        &db,
        crate::harness::ServerOptions {
            env: vec![("OSTOJA_MASTER_KEY".to_owned(), OLD.to_owned())],
            ..Default::default()
        },
    )
    .await;
    let worker = server.staff("zory", "pracownik").await;
    let body = server.gql(Some(&worker), CARDS, json!({})).await;
    assert!(body["errors"].is_array(), "{body}");
    assert!(!body.to_string().contains("Anna"), "{body}");
}
