//! Offboarding a municipality (`ostoja tenant offboard`): its controller gets the export, then
//! every row of it is gone, its data key with them, in one transaction recorded in the
//! platform's trail; other municipalities are untouched; bad input and a failed removal change
//! nothing.

use std::collections::BTreeMap;

use sea_orm::{ConnectionTrait, DatabaseConnection, Statement};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::cases::{nk_a, ok, open, today};
use crate::harness::{demo, Backend, Server, TestDb};

/// Rows per (table, municipality id) of every tenant table, as the superuser sees them.
async fn census(db: &TestDb) -> BTreeMap<(String, String), i64> {
    let conn = db.connect_as_superuser().await;
    let tables: Vec<String> = query(
        &conn,
        "SELECT table_name::text AS v FROM information_schema.columns \
         WHERE table_schema = 'public' AND column_name = 'tenant_id' ORDER BY 1",
    )
    .await
    .iter()
    .map(|r| r.try_get("", "v").expect("name"))
    .collect();
    let mut counts = BTreeMap::new();
    for table in tables {
        for row in query(
            &conn,
            &format!("SELECT tenant_id::text AS t, count(*) AS n FROM \"{table}\" GROUP BY 1"),
        )
        .await
        {
            counts.insert(
                (table.clone(), row.try_get("", "t").expect("t")),
                row.try_get("", "n").expect("n"),
            );
        }
    }
    counts
}

async fn query(conn: &DatabaseConnection, sql: &str) -> Vec<sea_orm::QueryResult> {
    conn.query_all_raw(Statement::from_string(
        sea_orm::DbBackend::Postgres,
        sql.to_owned(),
    ))
    .await
    .expect(sql)
}

async fn offboard(server: &Server, args: &[&str]) -> std::process::Output {
    let mut all = vec!["tenant", "offboard"];
    all.extend_from_slice(args);
    server.cli(&all).await
}

fn refused(out: &std::process::Output, says: &str) {
    assert!(!out.status.success(), "succeeded");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(says), "expected {says:?}: {stderr}");
    assert!(stderr.contains("nothing"), "{stderr}");
}

#[tokio::test]
async fn a_municipality_is_offboarded_to_its_controller_and_gone_from_the_platform() {
    let (db, server) = demo(Backend::Postgres).await;
    crate::rls::seed_zory(&server).await;
    let other = server.staff("czestochowa", "pracownik").await;
    let mut theirs = nk_a(today());
    theirs["persons"][0]["lastName"] = json!("Zielińska");
    open(&server, &other, theirs).await;
    let op = server.operator().await;
    let zory = server.municipality_id("zory").await;
    let su = db.connect_as_superuser().await;
    let zory_id: String = query(
        &su,
        "SELECT id::text AS v FROM tenancy_tenants WHERE slug = 'zory'",
    )
    .await[0]
        .try_get("", "v")
        .expect("zory");
    // Its identity provider goes too (a row as `ostoja idp set` writes it).
    query(
        &su,
        &format!(
            "INSERT INTO identity_providers (id, scope_key, scope_kind, scope_id, issuer, client_id, \
             client_secret_sealed, scopes, roles_claim, role_mapping, audience) VALUES \
             (gen_random_uuid(), 'tenant:{zory_id}', 'tenant', '{zory_id}', 'https://sso.zory.pl', \
             'ostoja', 'sealed', 'openid', 'groups', '{{}}', 'ostoja')"
        ),
    )
    .await;
    let mut before = census(&db).await;
    assert!(
        before.keys().filter(|(t, _)| t == "cases_persons").count() >= 2,
        "{before:?}"
    );

    let controller = age::x25519::Identity::generate();
    let recipient = controller.to_public().to_string();
    let out = db.dir().join("zory-offboarded.age");
    let out_text = out.display().to_string();
    let base = [
        "--recipient",
        recipient.as_str(),
        "--out",
        out_text.as_str(),
    ];
    let with = |extra: &[&'static str]| -> Vec<String> {
        extra
            .iter()
            .map(|s| (*s).to_owned())
            .chain(base.iter().map(|s| (*s).to_owned()))
            .collect()
    };
    let run = |args: Vec<String>| {
        let server = &server;
        async move {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            offboard(server, &args).await
        }
    };

    // Bad input: a clear message, nothing written, nothing changed.
    refused(
        &run(with(&["nowhere", "--confirm", "nowhere"])).await,
        "no municipality has the slug 'nowhere'",
    );
    refused(
        &run(with(&["zory", "--confirm", "zorry"])).await,
        "--confirm zory",
    );
    refused(
        &run(with(&["zory", "--confirm", "zory"])).await,
        "disable it first",
    );
    assert!(!out.exists(), "a refused offboarding wrote an archive");
    assert_eq!(census(&db).await, before);

    let disabled = server.cli(&["tenant", "disable", "zory"]).await;
    assert!(disabled.status.success());

    // The server's role may not remove a municipality itself.
    let app = db.connect_as_app().await;
    assert!(app
        .execute_unprepared("SELECT tenancy_offboard()")
        .await
        .is_err());

    // The removal fails half-way (a table refuses its deletes): the archive is a complete
    // export, and nothing is removed, not even from the tables emptied before.
    su.execute_unprepared(
        "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS \
         $$ BEGIN RAISE EXCEPTION 'refused'; END $$; \
         CREATE TRIGGER refuse BEFORE DELETE ON teams_teams FOR EACH ROW EXECUTE FUNCTION refuse()",
    )
    .await
    .expect("a trigger");
    let failed = run(with(&["zory", "--confirm", "zory"])).await;
    refused(&failed, "nothing was removed");
    assert!(out.exists(), "the export is kept");
    // Only the export's own entry in the municipality's trail is new.
    *before
        .get_mut(&("audit_events".to_owned(), zory_id.clone()))
        .expect("zory's trail") += 1;
    assert_eq!(census(&db).await, before);
    std::fs::remove_file(&out).expect("removed");
    su.execute_unprepared("DROP TRIGGER refuse ON teams_teams")
        .await
        .expect("dropped");

    let done = run(with(&["zory", "--confirm", "zory"])).await;
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let said = String::from_utf8_lossy(&done.stdout);
    assert!(said.contains("offboarded municipality zory"), "{said}");

    // The controller's archive holds the family, opened.
    let files = crate::export::unpack(&out, &controller);
    let persons = crate::export::rows(&files, "cases_persons");
    assert!(
        persons
            .iter()
            .any(|p| p["sealed"]["last_name"] == "Kowalska"),
        "{persons:?}"
    );
    let sha256: String = Sha256::digest(std::fs::read(&out).expect("archive"))
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert!(said.contains(&sha256), "{said}");

    // Every row of zory is gone, its data key among them; every other municipality's rows stay.
    let after = census(&db).await;
    // The second export's entry was removed with the rest.
    *before
        .get_mut(&("audit_events".to_owned(), zory_id.clone()))
        .expect("zory's trail") += 1;
    let expected: BTreeMap<_, _> = before
        .iter()
        .filter(|((_, id), _)| *id != zory_id)
        .map(|(k, v)| (k.clone(), *v))
        .collect();
    assert_eq!(after, expected);
    assert!(before.keys().filter(|(_, id)| *id == zory_id).count() >= 20);
    // Its coalitions go on without it: its party ended, the coalition's records stay.
    let standing = query(
        &su,
        &format!("SELECT state AS v FROM coalitions_parties WHERE municipality_id = '{zory_id}'"),
    )
    .await;
    assert!(!standing.is_empty());
    for row in standing {
        assert_eq!(row.try_get::<String>("", "v").expect("state"), "left");
    }
    assert!(!query(&su, "SELECT 1 FROM coalitions_members")
        .await
        .is_empty());

    // The platform's trail says who, what and how much; the server's role reads it.
    let trail = query(
        &app,
        "SELECT operation, actor, municipality_id::text AS m, details FROM audit_platform_events",
    )
    .await;
    assert_eq!(trail.len(), 1);
    let row = &trail[0];
    assert_eq!(
        row.try_get::<String>("", "operation").expect("op"),
        "tenantOffboard"
    );
    assert!(row
        .try_get::<String>("", "actor")
        .expect("actor")
        .starts_with("command-line"));
    assert_eq!(row.try_get::<String>("", "m").expect("m"), zory_id);
    let details: Value =
        serde_json::from_str(&row.try_get::<String>("", "details").expect("details"))
            .expect("json");
    assert_eq!(details["archive"]["sha256"], sha256.as_str());
    assert_eq!(details["dataKeyDestroyed"], true);
    assert_eq!(details["removedRows"]["identity_providers"], 1);
    assert!(query(
        &su,
        "SELECT 1 FROM identity_providers WHERE scope_kind = 'tenant'"
    )
    .await
    .is_empty());
    let removed = before
        .iter()
        .filter(|((_, id), _)| *id == zory_id)
        .map(|(_, n)| *n)
        .sum::<i64>();
    let said_removed: i64 = details["removedRows"]
        .as_object()
        .expect("counts")
        .iter()
        .filter(|(t, _)| *t != "identity_providers")
        .map(|(_, n)| n.as_i64().expect("n"))
        .sum();
    assert_eq!(said_removed, removed);
    // Append-only: the server's role can neither change nor remove it.
    for sql in [
        "UPDATE audit_platform_events SET actor = 'someone'",
        "DELETE FROM audit_platform_events",
    ] {
        assert!(app
            .execute_raw(Statement::from_string(
                sea_orm::DbBackend::Postgres,
                sql.to_owned()
            ))
            .await
            .is_err());
    }

    // The operator sees a tombstone that cannot be enabled; a second offboarding is refused.
    let listed = ok(
        &server,
        &op,
        "{ municipalities { slug active offboardedAt } }",
        json!({}),
    )
    .await;
    let tombstone = listed["municipalities"]
        .as_array()
        .expect("list")
        .iter()
        .find(|m| m["slug"] == "zory")
        .expect("zory is listed")
        .clone();
    assert_eq!(tombstone["active"], false);
    assert!(tombstone["offboardedAt"].is_string(), "{tombstone}");
    let (_, body) = server
        .post(
            Some(&op),
            json!({ "query": "mutation($id: ID!) { enableMunicipality(input: { id: $id }) { municipality { active } } }",
                    "variables": { "id": zory } }),
        )
        .await;
    assert_eq!(
        body["errors"][0]["extensions"]["code"], "CONFLICT",
        "{body}"
    );
    assert!(body["errors"][0]["message"]
        .as_str()
        .expect("message")
        .contains("offboarded"));
    let (_, body) = server
        .post(
            Some(&op),
            json!({ "query": "mutation($id: ID!) { updateMunicipality(input: { id: $id, version: 99, sharesStatistics: true }) { municipality { sharesStatistics } } }",
                    "variables": { "id": zory } }),
        )
        .await;
    assert_eq!(
        body["errors"][0]["extensions"]["code"], "CONFLICT",
        "{body}"
    );
    let body = server
        .gql(
            Some(&op),
            "mutation($id: ID!) { setIdentityProvider(input: { municipalityId: $id, issuer: \"https://sso.zory.pl\", clientId: \"c\", clientSecret: \"s\" }) { userErrors { code } } }",
            json!({ "id": zory }),
        )
        .await;
    assert_eq!(
        body["data"]["setIdentityProvider"]["userErrors"][0]["code"], "NOT_FOUND",
        "{body}"
    );
    let enable = server.cli(&["tenant", "enable", "zory"]).await;
    assert!(!enable.status.success());
    let again_out = db.dir().join("again.age");
    let again = offboard(
        &server,
        &[
            "zory",
            "--confirm",
            "zory",
            "--recipient",
            &recipient,
            "--out",
            &again_out.display().to_string(),
        ],
    )
    .await;
    refused(&again, "already offboarded");
    assert!(!again_out.exists());
    let listed = String::from_utf8_lossy(&server.cli(&["tenant", "list"]).await.stdout).to_string();
    assert!(
        listed
            .lines()
            .any(|l| l.starts_with("zory\t") && l.contains("offboarded")),
        "{listed}"
    );

    // Częstochowa works on: its worker reads its card back.
    let cards = ok(
        &server,
        &other,
        "{ blueCards(first: 5) { edges { node { id } } } }",
        json!({}),
    )
    .await;
    assert!(!cards["blueCards"]["edges"]
        .as_array()
        .expect("edges")
        .is_empty());
}
