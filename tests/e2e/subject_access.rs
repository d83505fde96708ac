//! An access request (GDPR art. 15): the data-protection officer exports everything the
//! municipality's registers hold about a person found by PESEL — both Blue Cards naming her and
//! the intake entry about her, nothing about anyone else — and the export is audited. Nobody else
//! may export; another municipality's officer finds nothing of this one.

use serde_json::{json, Value};

use crate::cases::{days_ago, nk_a, ok, open, perpetrator_pesel, victim_pesel};
use crate::harness::{code, demo, Backend};
use crate::on_both;

const EXPORT: &str =
    "query($p: String!) { subjectAccessExport(pesel: $p) { fileName mediaType base64 } }";

fn decoded(file: &Value) -> Value {
    use base64::Engine;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(file["base64"].as_str().unwrap())
        .unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

fn kinds(export: &Value) -> Vec<(String, String)> {
    export["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["register"].as_str().unwrap().to_owned(),
                r["kind"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

async fn the_officer_exports_what_is_held_about_a_person(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let dpo = server.staff("zory", "iod").await;
    let intake = server.staff("zory", "rejestracja").await;

    // Anna Kowalska on two cards, and in an intake entry.
    let first = open(&server, &worker, nk_a(days_ago(20))).await["blueCard"]["id"].clone();
    let mut second = nk_a(days_ago(2));
    second["persons"][2]["firstName"] = json!("Piotr");
    second["persons"][2]["pesel"] = json!(crate::cases::pesel(
        "1975-01-01",
        kernel::pesel::Sex::Male,
        77
    ));
    let second = open(&server, &worker, second).await["blueCard"]["id"].clone();
    let mut report = crate::intake::report();
    report["persons"][0]["pesel"] = json!(victim_pesel());
    report["persons"][0]["firstName"] = json!("Anna");
    report["persons"][0]["lastName"] = json!("Kowalska");
    report["persons"][0]["dateOfBirth"] = json!("1985-03-12");
    let entry = crate::intake::record(&server, &intake, report).await["id"].clone();

    let data = ok(&server, &dpo, EXPORT, json!({ "p": victim_pesel() })).await;
    let file = &data["subjectAccessExport"];
    assert_eq!(file["mediaType"], "application/json");
    assert!(file["fileName"]
        .as_str()
        .unwrap()
        .starts_with("zestawienie-danych-osoby-"));
    let export = decoded(file);
    assert_eq!(export["format"], "ostoja-subject-access");
    assert_eq!(export["pesel"], victim_pesel());
    let found = kinds(&export);
    let count = |kind: &str| found.iter().filter(|(_, k)| k == kind).count();
    assert_eq!(count("karta"), 2, "{found:?}");
    assert_eq!(count("osoba w procedurze"), 2, "{found:?}");
    assert_eq!(count("formularz"), 2, "{found:?}");
    assert_eq!(count("zgłoszenie"), 1, "{found:?}");
    let ids: Vec<&Value> = export["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["id"])
        .collect();
    for id in [&first, &second, &entry] {
        assert!(ids.contains(&id), "{id}: {export}");
    }
    // Her data, as recorded; nobody else's person record.
    let text = export.to_string();
    assert!(text.contains("ul. Rybnicka 1, Żory"), "{text}");
    assert!(!text.contains(&perpetrator_pesel()), "{text}");
    assert!(!text.contains("Piotr"), "{text}");

    // The officer only; a malformed PESEL is refused.
    for login in ["admin", "pracownik", "przewodniczacy"] {
        let token = server.staff("zory", login).await;
        let body = server
            .gql(Some(&token), EXPORT, json!({ "p": victim_pesel() }))
            .await;
        assert_eq!(code(&body), Some("FORBIDDEN"), "{login}: {body}");
    }
    let body = server
        .gql(Some(&dpo), EXPORT, json!({ "p": "12345678901" }))
        .await;
    assert_eq!(code(&body), Some("BAD_USER_INPUT"), "{body}");
    // Another municipality's officer finds nothing of Żory's.
    let other = server.staff("czestochowa", "iod").await;
    let data = ok(&server, &other, EXPORT, json!({ "p": victim_pesel() })).await;
    assert_eq!(decoded(&data["subjectAccessExport"])["records"], json!([]));

    // The export is in the trail, with the records it read.
    let trail = ok(
        &server,
        &dpo,
        "{ auditEvents(first: 20) { edges { node { operation actorLogin objectIds } } } }",
        json!({}),
    )
    .await;
    let exported = trail["auditEvents"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["node"])
        .find(|n| {
            n["actorLogin"] == "iod"
                && n["operation"]
                    .as_str()
                    .unwrap_or_default()
                    .contains("subjectAccessExport")
        })
        .unwrap_or_else(|| panic!("{trail}"));
    for id in [&first, &second, &entry] {
        assert!(
            exported["objectIds"].as_array().unwrap().contains(id),
            "{id}: {exported}"
        );
    }
}

on_both!(the_officer_exports_what_is_held_about_a_person);

const NAMED: &str = "query($p: String!, $f: String, $l: String) { \
    subjectAccessExport(pesel: $p, firstName: $f, lastName: $l) { fileName mediaType base64 } }";

/// Registers that keep no PESEL (family files, programme participants) are searched by the name
/// the officer gives and the date of birth the PESEL holds, and not at all without a name; only
/// the person found is exported, not the rest of the family.
async fn family_files_and_programmes_are_searched_by_name(backend: Backend) {
    use kernel::pesel::Sex;
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let member = server.staff("zory", "czlonek").await;
    let dpo = server.staff("zory", "iod").await;
    // Ewa Nowak (born 1985-03-02) and her son in a family file; Adam Zając (born 1975-01-20)
    // in a programme.
    let file = crate::families::open_file(&server, &worker, json!([])).await;
    // A namesake in another file, whose date of birth that file does not know.
    let namesake_file = crate::programmes::payload(
        &server,
        &worker,
        "openFamilyFile",
        "file",
        "id",
        json!({ "name": "Rodzina z Rybnickiej", "address": "ul. Rybnicka 9, Żory",
                "openedOn": days_ago(5).to_string(), "workerIds": [],
                "members": [{ "firstName": "Ewa", "lastName": "Nowak" }] }),
    )
    .await;
    assert_eq!(namesake_file["userErrors"], json!([]), "{namesake_file}");
    let (_, edition) = crate::programmes::programme_with_edition(&server, "zory", 5).await;
    let enrolment = crate::programmes::enrol(&server, &member, &edition, "Zając").await;
    let ewa = crate::cases::pesel("1985-03-02", Sex::Female, 11);
    let adam = crate::cases::pesel("1975-01-20", Sex::Male, 12);
    let export = |pesel: String, first: Value, last: Value| {
        let (server, dpo) = (&server, &dpo);
        async move {
            let data = ok(
                server,
                dpo,
                NAMED,
                json!({ "p": pesel, "f": first, "l": last }),
            )
            .await;
            decoded(&data["subjectAccessExport"])
        }
    };

    let found = export(ewa.clone(), json!(" ewa "), json!("NOWAK")).await;
    assert_eq!(
        kinds(&found),
        [
            (
                "Teczki rodzin".to_owned(),
                "teczka rodziny (do sprawdzenia)".to_owned()
            ),
            ("Teczki rodzin".to_owned(), "teczka rodziny".to_owned())
        ]
    );
    // The namesake only as a name to check, nothing of that family.
    assert_eq!(found["records"][0]["id"], namesake_file["file"]["id"]);
    assert_eq!(
        found["records"][0]["data"]["person"],
        json!([{ "firstName": "Ewa", "lastName": "Nowak", "bornOn": null,
                 "dateOfBirthKnown": false, "relation": null }])
    );
    assert!(!found.to_string().contains("Rybnicka 9"), "{found}");
    assert_eq!(found["records"][1]["id"], file["id"]);
    assert_eq!(
        found["name"],
        json!({ "firstName": "ewa", "lastName": "NOWAK" })
    );
    let text = found.to_string();
    assert!(text.contains("Rodzina Nowaków"), "{text}");
    assert!(
        !text.contains("Kacper"),
        "only the person asked about: {text}"
    );
    // Without a name, nothing from these registers; for a person of that name born on another
    // day, not Ewa's file (only the namesake without a date, to check).
    let unnamed = export(ewa, Value::Null, Value::Null).await;
    assert_eq!(unnamed["records"], json!([]));
    assert_eq!(unnamed["name"], Value::Null);
    let namesake = crate::cases::pesel("1985-03-03", Sex::Female, 11);
    let other = export(namesake, json!("Ewa"), json!("Nowak")).await;
    assert_eq!(
        kinds(&other),
        [(
            "Teczki rodzin".to_owned(),
            "teczka rodziny (do sprawdzenia)".to_owned()
        )]
    );

    let found = export(adam.clone(), json!("Adam"), json!("Zając")).await;
    assert_eq!(
        kinds(&found),
        [("Programy".to_owned(), "uczestnictwo w programie".to_owned())]
    );
    assert_eq!(found["records"][0]["id"], enrolment["id"]);
    assert_eq!(
        found["records"][0]["data"]["status"],
        enrolment["status"].as_str().unwrap().to_lowercase()
    );

    // Half a name is refused.
    let body = server
        .gql(
            Some(&dpo),
            NAMED,
            json!({ "p": adam, "f": "Adam", "l": " " }),
        )
        .await;
    assert_eq!(code(&body), Some("BAD_USER_INPUT"), "{body}");
}

on_both!(family_files_and_programmes_are_searched_by_name);
