//! A municipality's data key rotated while it is served (`ostoja keys rotate-data-key`): it
//! waits for transactions begun before its switch; interrupted, it serves reads and writes
//! with both cipher keys and resumes; at the end
//! every sealed value of the municipality is sealed anew, the old cipher key is gone, keyed
//! indexes still match, and no other municipality's value changed.

use std::collections::BTreeMap;
use std::process::Stdio;

use sea_orm::{ConnectionTrait, DatabaseConnection, Statement, TransactionTrait};
use serde_json::json;
use tokio::io::{AsyncBufReadExt, BufReader};

use crate::cases::{nk_a, ok, open, today, victim_pesel};
use crate::harness::{demo, Backend, Server, ServerOptions, TestDb};

const CARDS: &str = "{ blueCards(first: 50) { edges { node { id persons { lastName pesel } } } } }";

/// Every sealed value of every registered column: (table, column, tenant, id) → sealed text.
async fn sealed_values(db: &TestDb) -> BTreeMap<(String, String, String, String), String> {
    let conn: DatabaseConnection = db.connect_as_superuser().await;
    let mut all = BTreeMap::new();
    for column in ostoja::schema::sealed_columns() {
        let rows = conn
            .query_all_raw(Statement::from_string(
                sea_orm::DbBackend::Postgres,
                format!(
                    "SELECT tenant_id::text AS t, id::text AS i, \"{}\" AS v FROM \"{}\" WHERE \"{}\" IS NOT NULL",
                    column.column, column.table, column.column
                ),
            ))
            .await
            .expect("sealed values");
        for row in rows {
            all.insert(
                (
                    column.table.to_owned(),
                    column.column.to_owned(),
                    row.try_get("", "t").expect("t"),
                    row.try_get("", "i").expect("i"),
                ),
                row.try_get("", "v").expect("v"),
            );
        }
    }
    all
}

async fn key_row(db: &TestDb, slug: &str) -> (String, Option<String>) {
    let conn = db.connect_as_superuser().await;
    let row = conn
        .query_one_raw(Statement::from_string(
            sea_orm::DbBackend::Postgres,
            format!(
                "SELECT k.wrapped, k.previous_wrapped FROM tenancy_data_keys k \
                 JOIN tenancy_tenants t ON t.id = k.tenant_id WHERE t.slug = '{slug}'"
            ),
        ))
        .await
        .expect("key")
        .expect("a data key");
    (
        row.try_get("", "wrapped").expect("wrapped"),
        row.try_get("", "previous_wrapped").expect("previous"),
    )
}

#[tokio::test]
async fn a_municipalitys_data_key_is_rotated_while_it_is_served() {
    let (db, server) = demo(Backend::Postgres).await;
    crate::rls::seed_zory(&server).await;
    let other = server.staff("czestochowa", "pracownik").await;
    open(&server, &other, nk_a(today())).await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let read_before = ok(&server, &chair, CARDS, json!({})).await;
    let before = sealed_values(&db).await;
    let zory_id = {
        let conn = db.connect_as_superuser().await;
        let row = conn
            .query_one_raw(Statement::from_string(
                sea_orm::DbBackend::Postgres,
                "SELECT id::text AS i FROM tenancy_tenants WHERE slug = 'zory'".to_owned(),
            ))
            .await
            .expect("zory")
            .expect("zory");
        row.try_get::<String>("", "i").expect("id")
    };
    let zory_values = before.keys().filter(|k| k.2 == zory_id).count();
    assert!(zory_values >= 10, "{before:?}");
    let (wrapped_before, previous) = key_row(&db, "zory").await;
    assert_eq!(previous, None);

    // An unknown municipality: said, nothing changed.
    let out = server.cli(&["keys", "rotate-data-key", "nowhere"]).await;
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no municipality"));
    assert_eq!(key_row(&db, "zory").await.0, wrapped_before);

    // A transaction of the server's role open since before the switch (it may hold the old
    // key) keeps the rotation waiting; interrupted then, one value per transaction.
    let held_conn = db.connect_as_app().await;
    let held = held_conn.begin().await.expect("begin");
    held.execute_unprepared("SELECT 1")
        .await
        .expect("a statement");
    let mut child = server
        .command(&["keys", "rotate-data-key", "zory", "--batch", "1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let mut said = Vec::new();
    while let Some(line) = lines.next_line().await.expect("a line") {
        let waiting = line.starts_with("waiting ");
        said.push(line);
        if waiting {
            break;
        }
    }
    child.kill().await.expect("killed");
    assert!(
        said[0].contains("now seals with a new cipher key"),
        "{said:?}"
    );
    let (wrapped_mid, previous) = key_row(&db, "zory").await;
    assert_ne!(wrapped_mid, wrapped_before);
    assert!(
        previous.is_some(),
        "the old cipher key is kept until the end"
    );

    // Reverting the migration that keeps the old cipher key is refused meanwhile, naming the
    // municipality; the migration stays applied.
    {
        use migrations::{Migrator, MigratorTrait};
        let owner = sea_orm::Database::connect(db.owner_url())
            .await
            .expect("owner");
        let names: Vec<String> = Migrator::migrations()
            .iter()
            .map(|m| m.name().to_owned())
            .collect();
        let at = names
            .iter()
            .position(|n| n == "m20261206_000034_tenancy_data_key_rotation")
            .expect("the rotation's migration");
        let later = names[at + 1..].to_vec();
        let steps = u32::try_from(later.len() + 1).expect("a count");
        let refused = Migrator::down(&owner, Some(steps))
            .await
            .expect_err("refused");
        assert!(
            refused
                .to_string()
                .contains("rotation of zory is unfinished"),
            "{refused}"
        );
        let pending: Vec<String> = Migrator::get_pending_migrations(&owner)
            .await
            .expect("status")
            .iter()
            .map(|m| m.name().to_owned())
            .collect();
        assert_eq!(pending, later, "only the later migrations were reverted");
        Migrator::up(&owner, None).await.expect("up again");
        assert_eq!(key_row(&db, "zory").await.1, previous);
    }

    // Served meanwhile: reads open with either key, a new card is sealed with the new one.
    assert_eq!(ok(&server, &chair, CARDS, json!({})).await, read_before);
    let worker = server.staff("zory", "pracownik").await;
    let mut card = nk_a(today());
    card["persons"][0]["lastName"] = json!("Rotowska");
    open(&server, &worker, card).await;

    // Run again once that transaction is over: it resumes and finishes.
    held.rollback().await.expect("rollback");
    let out = server.cli(&["keys", "rotate-data-key", "zory"]).await;
    let said = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("resuming the rotation"), "{said}");
    assert!(said.contains("the old one is destroyed"), "{said}");
    let (wrapped_after, previous) = key_row(&db, "zory").await;
    assert_eq!(previous, None, "the old cipher key is destroyed");
    assert_eq!(wrapped_after, wrapped_mid);

    // Every value of zory sealed anew, nothing of another municipality touched.
    let after = sealed_values(&db).await;
    for (k, v) in &before {
        if k.2 == zory_id {
            assert_ne!(after.get(k), Some(v), "{k:?} was not sealed again");
        } else {
            assert_eq!(
                after.get(k),
                Some(v),
                "{k:?} of another municipality changed"
            );
        }
    }
    // Read back with the new key alone, the new card too; the PESEL index still finds a card.
    let read_after = ok(&server, &chair, CARDS, json!({})).await;
    assert!(read_after.to_string().contains("Rotowska"), "{read_after}");
    for edge in read_before["blueCards"]["edges"].as_array().expect("edges") {
        assert!(
            read_after["blueCards"]["edges"]
                .as_array()
                .expect("edges")
                .contains(edge),
            "{edge} reads differently"
        );
    }
    let found = ok(
        &server,
        &chair,
        "query($p: String!) { blueCards(first: 5, filter: { pesel: $p }) { edges { node { id } } } }",
        json!({ "p": victim_pesel() }),
    )
    .await;
    assert!(
        !found["blueCards"]["edges"]
            .as_array()
            .expect("edges")
            .is_empty(),
        "{found}"
    );
    // A second rotation starts afresh and finishes in one run.
    let out = server.cli(&["keys", "rotate-data-key", "zory"]).await;
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("now seals with a new cipher key"));
    assert_eq!(key_row(&db, "zory").await.1, None);
    assert!(ok(&server, &chair, CARDS, json!({}))
        .await
        .to_string()
        .contains("Rotowska"));
    // Each finished rotation is in the platform's trail.
    let op = server.operator().await;
    let trail = ok(
        &server,
        &op,
        "{ platformAuditEvents { operation details } }",
        json!({}),
    )
    .await;
    let rotations = trail["platformAuditEvents"]
        .as_array()
        .expect("events")
        .iter()
        .filter(|e| e["operation"] == "dataKeyRotated")
        .count();
    assert_eq!(rotations, 2, "{trail}");
}

/// A master-key rotation in the middle of a data-key rotation re-wraps both the new cipher key
/// and the one it replaces; the data-key rotation then resumes under the new master key, and a
/// server holding only that key reads everything.
#[tokio::test]
async fn the_master_key_rotates_in_the_middle_of_a_data_key_rotation() {
    const OLD: &str = "b3N0b2phLW1hc3Rlci1rZXktYmVmb3JlLXJvdGF0aW8=";
    const NEW: &str = "b3N0b2phLW1hc3Rlci1rZXktYWZ0ZXItcm90YXRpb24=";
    let env = |master: &str, previous: Option<&str>| {
        let mut env = vec![("OSTOJA_MASTER_KEY".to_owned(), master.to_owned())];
        if let Some(previous) = previous {
            env.push((
                "OSTOJA_PREVIOUS_MASTER_KEYS".to_owned(),
                previous.to_owned(),
            ));
        }
        env
    };
    let db = TestDb::new(Backend::Postgres).await;
    let server = Server::start(
        &db,
        ServerOptions {
            demo: true,
            env: env(OLD, None),
            ..Default::default()
        },
    )
    .await;
    let worker = server.staff("zory", "pracownik").await;
    let mut card = nk_a(today());
    card["persons"][0]["lastName"] = json!("Kluczewska");
    open(&server, &worker, card).await;

    // The data-key rotation waits on an old transaction; interrupted there.
    let held_conn = db.connect_as_app().await;
    let held = held_conn.begin().await.expect("begin");
    held.execute_unprepared("SELECT 1")
        .await
        .expect("a statement");
    let mut child = server
        .command(&["keys", "rotate-data-key", "zory"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    while let Some(line) = lines.next_line().await.expect("a line") {
        if line.starts_with("waiting ") {
            break;
        }
    }
    child.kill().await.expect("killed");
    held.rollback().await.expect("rollback");
    assert!(key_row(&db, "zory").await.1.is_some(), "mid-rotation");

    // The master key rotates meanwhile: both of zory's cipher keys are re-wrapped.
    let before = key_row(&db, "zory").await;
    let out = server
        .cli_with(&env(NEW, Some(OLD)), &["keys", "rotate-master"])
        .await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let after = key_row(&db, "zory").await;
    assert_ne!(after.0, before.0);
    assert_ne!(after.1, before.1);

    // The data-key rotation resumes under the new master key alone and finishes.
    let out = server
        .cli_with(&env(NEW, None), &["keys", "rotate-data-key", "zory"])
        .await;
    let said = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("resuming the rotation"), "{said}");
    assert_eq!(key_row(&db, "zory").await.1, None);
    server.stop().await;

    // A server holding only the new master key reads the card.
    let server = Server::start(
        &db,
        ServerOptions {
            demo: true,
            env: env(NEW, None),
            ..Default::default()
        },
    )
    .await;
    let worker = server.staff("zory", "pracownik").await;
    let cards = ok(&server, &worker, CARDS, json!({})).await;
    assert!(cards.to_string().contains("Kluczewska"), "{cards}");
    let op = server.operator().await;
    let trail = ok(
        &server,
        &op,
        "{ platformAuditEvents { operation } }",
        json!({}),
    )
    .await
    .to_string();
    assert!(
        trail.contains("masterKeyRotated") && trail.contains("dataKeyRotated"),
        "{trail}"
    );
}
