//! Backups: a logical dump of one municipality, made with `pg_dump` as the server's role with
//! row-level security on and the municipality's id set (so it holds that municipality's rows
//! and the platform's, nothing of another municipality), restored into a fresh database and
//! read back by a server holding the same master key.

use serde_json::json;
use tokio::process::Command;

use crate::cases::{nk_a, ok, open, today};
use crate::harness::{Backend, Server, ServerOptions, TestDb};

/// base64 of 32 bytes: the master key both servers hold (kept apart from the dump).
const MASTER_KEY: &str = "b3N0b2phLWJhY2t1cC10ZXN0LW1hc3Rlci1rZXktMzI=";

const CARDS: &str =
    "{ blueCards(first: 10) { edges { node { id persons { firstName lastName pesel } } } } }";

async fn run(command: &mut Command, what: &str) -> String {
    let out = command.output().await.expect(what);
    assert!(
        out.status.success(),
        "{what}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[tokio::test]
async fn a_municipality_dumped_and_restored_into_a_fresh_database_reads_its_cards_back() {
    let env = vec![("OSTOJA_MASTER_KEY".to_owned(), MASTER_KEY.to_owned())];
    let source = TestDb::new(Backend::Postgres).await;
    let server = Server::start(
        &source,
        ServerOptions {
            demo: true,
            env: env.clone(),
            ..Default::default()
        },
    )
    .await;
    let worker = server.staff("zory", "pracownik").await;
    let card = open(&server, &worker, nk_a(today())).await["blueCard"]["id"]
        .as_str()
        .expect("card")
        .to_owned();
    let before = ok(&server, &worker, CARDS, json!({})).await;
    let other = server.staff("czestochowa", "pracownik").await;
    open(&server, &other, nk_a(today())).await;
    server.stop().await;

    let zory = run(
        Command::new("psql").args([
            "-At",
            "-d",
            &source.superuser_url(),
            "-c",
            "SELECT id FROM tenancy_tenants WHERE slug = 'zory'",
        ]),
        "the municipality's id",
    )
    .await
    .trim()
    .to_owned();
    let dump = source.dir().join("zory.sql");
    run(
        Command::new("pg_dump")
            .args([
                "--data-only",
                "--disable-triggers",
                "--enable-row-security",
                "--exclude-table=seaql_migrations",
                "-d",
                &source.app_url(),
                "-f",
            ])
            .arg(&dump)
            .env("PGOPTIONS", format!("-c app.tenant_id={zory}")),
        "pg_dump",
    )
    .await;
    let text = std::fs::read_to_string(&dump).expect("the dump");
    assert!(
        text.contains("COPY public.cases_blue_cards"),
        "cards dumped"
    );
    assert!(
        !text.contains("Kowalska") && !text.contains(&crate::cases::victim_pesel()),
        "personal data stays sealed in the dump"
    );

    // A fresh database with the schema (`ostoja migrate`: the suite's migrated template), then
    // the rows, as a superuser (row-level security is forced on every tenant table, the owner
    // included).
    let target = TestDb::new(Backend::Postgres).await;
    run(
        Command::new("psql")
            .args([
                "-v",
                "ON_ERROR_STOP=1",
                "-q",
                "-d",
                &target.superuser_url(),
                "-f",
            ])
            .arg(&dump),
        "restoring the dump",
    )
    .await;
    let restored = Server::start(
        &target,
        ServerOptions {
            env: env.clone(),
            ..Default::default()
        },
    )
    .await;
    let worker = restored.staff("zory", "pracownik").await;
    let after = ok(&restored, &worker, CARDS, json!({})).await;
    assert_eq!(
        after, before,
        "the municipality's cards, decrypted, as they were"
    );
    assert!(
        after["blueCards"]["edges"]
            .as_array()
            .expect("cards")
            .iter()
            .any(|e| e["node"]["id"] == card.as_str()),
        "{after}"
    );
    // Nothing of another municipality came with it.
    let others = run(
        Command::new("psql").args([
            "-At",
            "-d",
            &target.superuser_url(),
            "-c",
            &format!(
                "SELECT (SELECT count(*) FROM cases_blue_cards WHERE tenant_id <> '{zory}') \
                 + (SELECT count(*) FROM identity_users WHERE tenant_id <> '{zory}') \
                 + (SELECT count(*) FROM tenancy_data_keys WHERE tenant_id <> '{zory}')"
            ),
        ]),
        "counting another municipality's rows",
    )
    .await;
    assert_eq!(others.trim(), "0");

    // Without the master key the dump's personal data cannot be read: another key fails.
    restored.stop().await;
    let wrong = Server::start(
        &target,
        ServerOptions {
            env: vec![(
                "OSTOJA_MASTER_KEY".to_owned(),
                "d3JvbmctbWFzdGVyLWtleS1vZi0zMi1ieXRlcy0hISE=".to_owned(),
            )],
            ..Default::default()
        },
    )
    .await;
    let worker = wrong.staff("zory", "pracownik").await;
    let body = wrong.gql(Some(&worker), CARDS, json!({})).await;
    assert!(body["errors"].is_array(), "{body}");
    assert!(!body.to_string().contains("Kowalska"), "{body}");
}
