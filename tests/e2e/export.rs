//! A municipality's export for its controller (`ostoja tenant export`): an age archive only the
//! controller's key opens, holding every row of the municipality and nothing of another, its
//! sealed personal data opened; recorded in its audit trail; bad input refused with nothing
//! written. And the sealed-column registry it relies on covers every sealed column there is.

use std::collections::BTreeMap;
use std::io::Read;

use serde_json::{json, Value};

use crate::cases::{nk_a, ok, open, today};
use crate::harness::{demo, Backend};

/// The archive's files, decrypted with `identity`.
pub(crate) fn unpack(
    path: &std::path::Path,
    identity: &age::x25519::Identity,
) -> BTreeMap<String, Vec<u8>> {
    let file = std::fs::File::open(path).expect("the archive");
    let decryptor = age::Decryptor::new(std::io::BufReader::new(file)).expect("an age file");
    let reader = decryptor
        .decrypt(std::iter::once(identity as &dyn age::Identity))
        .expect("opens with the controller's key");
    let mut archive = tar::Archive::new(reader);
    let mut files = BTreeMap::new();
    for entry in archive.entries().expect("a tar archive") {
        let mut entry = entry.expect("an entry");
        let name = entry.path().expect("a name").display().to_string();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).expect("its data");
        files.insert(name, data);
    }
    files
}

pub(crate) fn rows(files: &BTreeMap<String, Vec<u8>>, table: &str) -> Vec<Value> {
    String::from_utf8(files[&format!("tables/{table}.jsonl")].clone())
        .expect("utf-8")
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON row"))
        .collect()
}

#[tokio::test]
async fn a_municipality_is_exported_for_its_controller_and_nothing_of_another() {
    let (db, server) = demo(Backend::Postgres).await;
    crate::rls::seed_zory(&server).await;
    // Another municipality's family, which must not appear.
    let other = server.staff("czestochowa", "pracownik").await;
    let mut theirs = nk_a(today());
    theirs["persons"][0]["lastName"] = json!("Zielińska");
    open(&server, &other, theirs).await;

    let controller = age::x25519::Identity::generate();
    let out = db.dir().join("zory.age");
    let recipient = controller.to_public().to_string();
    let exported = server
        .cli(&[
            "tenant",
            "export",
            "zory",
            "--recipient",
            &recipient,
            "--out",
            &out.display().to_string(),
        ])
        .await;
    assert!(
        exported.status.success(),
        "{}",
        String::from_utf8_lossy(&exported.stderr)
    );
    let bytes = std::fs::read(&out).expect("written");
    assert!(
        !String::from_utf8_lossy(&bytes).contains("Kowalska"),
        "encrypted"
    );
    let stranger = age::x25519::Identity::generate();
    let decryptor = age::Decryptor::new(&bytes[..]).expect("an age file");
    assert!(
        decryptor
            .decrypt(std::iter::once(&stranger as &dyn age::Identity))
            .is_err(),
        "another key opens nothing"
    );

    let files = unpack(&out, &controller);
    let manifest: Value = serde_json::from_slice(&files["manifest.json"]).expect("manifest");
    assert_eq!(manifest["format"], "ostoja-municipality-export");
    assert_eq!(manifest["municipality"]["slug"], "zory");
    let zory = manifest["municipality"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let tables = manifest["tables"].as_array().expect("tables");
    assert_eq!(
        tables.len() + 1,
        files.len(),
        "a file per table and the manifest"
    );
    for table in tables {
        let name = table["name"].as_str().expect("name");
        let found = rows(&files, name);
        assert_eq!(
            found.len() as u64,
            table["rows"].as_u64().expect("rows"),
            "{name}"
        );
        for row in &found {
            assert_eq!(row["tenant_id"], zory.as_str(), "{name}: {row}");
        }
    }
    let non_empty = tables.iter().filter(|t| t["rows"] != 0).count();
    assert!(non_empty >= 20, "the seeded tables: {manifest}");

    // Personal data opened: names and PESEL as entered, on the persons, forms and meetings.
    let persons = rows(&files, "cases_persons");
    assert!(
        persons
            .iter()
            .any(|p| p["sealed"]["last_name"] == "Kowalska"
                && p["sealed"]["pesel"] == crate::cases::victim_pesel().as_str()),
        "{persons:?}"
    );
    assert!(!String::from_utf8_lossy(&files["tables/cases_persons.jsonl"]).contains("Zielińska"));
    let meetings = rows(&files, "teams_meetings");
    assert!(meetings
        .iter()
        .all(|m| m["agenda_sealed"].is_string() || m["agenda_sealed"].is_null()));
    assert!(
        meetings.iter().any(|m| m["agenda_sealed"] == "Posiedzenie"),
        "{meetings:?}"
    );
    let entries = rows(&files, "intake_entries");
    assert!(
        entries.iter().all(|e| e["sealed"].is_object()),
        "{entries:?}"
    );

    // The export is in the municipality's audit trail.
    let admin = server.staff("zory", "admin").await;
    let trail = ok(
        &server,
        &admin,
        "{ auditEvents(first: 50) { edges { node { operation } } } }",
        json!({}),
    )
    .await;
    assert!(trail.to_string().contains("tenantExport"), "{trail}");

    // Bad input: refused with a clear message, nothing written.
    for (args, says) in [
        (
            vec!["nowhere", "--recipient", recipient.as_str()],
            "no municipality has the slug",
        ),
        (
            vec!["zory", "--recipient", "age1nonsense"],
            "age public key",
        ),
        (
            vec!["zory", "--recipient", recipient.as_str()],
            "must not exist",
        ),
    ] {
        let target = if says == "must not exist" {
            out.clone()
        } else {
            db.dir().join(format!("{}.age", uuid::Uuid::new_v4()))
        };
        let mut all = vec!["tenant", "export"];
        all.extend(args.iter().copied());
        let target_text = target.display().to_string();
        all.extend(["--out", target_text.as_str()]);
        let refused = server.cli(&all).await;
        assert!(!refused.status.success(), "{all:?}");
        let stderr = String::from_utf8_lossy(&refused.stderr);
        assert!(stderr.contains(says), "{all:?}: {stderr}");
        if says != "must not exist" {
            assert!(!target.exists(), "{all:?} wrote a file");
        }
    }
    assert_eq!(
        std::fs::read(&out).expect("kept"),
        bytes,
        "the archive was not overwritten"
    );
    // A role that bypasses row-level security would export every municipality: refused.
    let target = db.dir().join("superuser.age");
    let refused = server
        .cli_with(
            &[("DATABASE_URL".to_owned(), db.superuser_url())],
            &[
                "tenant",
                "export",
                "zory",
                "--recipient",
                &recipient,
                "--out",
                &target.display().to_string(),
            ],
        )
        .await;
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("bypasses row-level security"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    assert!(!target.exists());
}

/// Every column that holds sealed values (named `*sealed*`, or a meeting's agenda and minutes)
/// is in the registry with its place, and every registered column exists: an export or a key
/// rotation never misses one.
#[tokio::test]
async fn the_sealed_column_registry_covers_every_sealed_column() {
    let db = crate::harness::TestDb::new(Backend::Postgres).await;
    let conn = db.connect_as_superuser().await;
    use sea_orm::ConnectionTrait;
    let found: Vec<(String, String)> = conn
        .query_all_raw(sea_orm::Statement::from_string(
            sea_orm::DbBackend::Postgres,
            "SELECT c.table_name::text AS t, c.column_name::text AS c FROM information_schema.columns c \
             WHERE c.table_schema = 'public' AND c.column_name LIKE '%sealed%' \
             AND EXISTS (SELECT 1 FROM information_schema.columns k WHERE k.table_name = c.table_name \
                         AND k.table_schema = 'public' AND k.column_name = 'tenant_id') \
             ORDER BY 1, 2",
        ))
        .await
        .expect("catalogue")
        .iter()
        .map(|r| (r.try_get("", "t").expect("t"), r.try_get("", "c").expect("c")))
        .collect();
    let registered: Vec<(String, String)> = {
        let mut all: Vec<(String, String)> = ostoja::schema::sealed_columns()
            .iter()
            .map(|c| (c.table.to_owned(), c.column.to_owned()))
            .collect();
        all.sort();
        all
    };
    assert_eq!(registered, found);
}
