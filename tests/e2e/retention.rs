//! Retention of closed procedures: the municipality sets how long it keeps them (five to fifty
//! years, ten by default), and the worker erases the personal data of exactly the procedures
//! past it, leaving the statistics as they were and a report of what it erased.

use chrono::{Datelike, Months, NaiveDate};
use serde_json::{json, Value};

use crate::cases::{field_codes, member_ids, nk_a, ok, open, step, today};
use crate::harness::{code, demo, Backend, Server};
use crate::on_both;
use crate::statistics::STATS;

const RETENTION: &str =
    "{ caseRetention { years isDefault version defaultYears minimumYears maximumYears } }";
const SET: &str = "mutation($input: SetCaseRetentionInput!) { setCaseRetention(input: $input) { \
    retention { years isDefault version } userErrors { field code } } }";
const ERASURES: &str =
    "{ caseErasures { number initiatedOn closedOn erasedOn years persons records } }";

fn years_ago(years: u32, days: u64) -> NaiveDate {
    today()
        .checked_sub_months(Months::new(12 * years))
        .and_then(|d| d.checked_sub_days(chrono::Days::new(days)))
        .unwrap()
}

/// A procedure of a family of its own (no match with the others), initiated on `initiated`;
/// closed as unfounded `closed` and its monitoring ended nine months later, when given.
async fn procedure(
    server: &Server,
    worker: &str,
    chair: &str,
    family: &str,
    initiated: NaiveDate,
    closed: Option<NaiveDate>,
) -> (String, String) {
    let mut form = nk_a(initiated);
    for (i, first) in ["Ewa", "Ola", "Adam"].iter().enumerate() {
        form["persons"][i]["firstName"] = json!(first);
        form["persons"][i]["lastName"] = json!(family);
        form["persons"][i]["pesel"] = Value::Null;
        form["persons"][i]["sex"] = json!(if i == 2 { "MALE" } else { "FEMALE" });
    }
    form["persons"][0]["dateOfBirth"] = json!("1980-01-01");
    form["persons"][2]["dateOfBirth"] = json!("1978-01-01");
    form["persons"][1]["dateOfBirth"] = json!(initiated
        .checked_sub_months(Months::new(12 * 8))
        .unwrap()
        .to_string());
    let opened = open(server, worker, form).await;
    let id = opened["blueCard"]["id"].as_str().unwrap().to_owned();
    let number = ok(
        server,
        worker,
        "query($id: ID!) { node(id: $id) { ... on BlueCard { number } } }",
        json!({ "id": id }),
    )
    .await["node"]["number"]
        .as_str()
        .unwrap()
        .to_owned();
    let Some(closed) = closed else {
        return (id, number);
    };
    let on = |d: NaiveDate| json!(d.to_string());
    step(
        server,
        worker,
        "forwardBlueCardToChair",
        json!({ "id": id, "version": 1, "on": on(initiated) }),
    )
    .await;
    let members = member_ids(server, chair).await;
    step(
        server,
        chair,
        "setUpDiagnosticGroup",
        json!({ "id": id, "version": 2, "on": on(initiated),
                "memberIds": [members["pracownik"], members["policjant"]] }),
    )
    .await;
    step(
        server,
        worker,
        "closeBlueCard",
        json!({ "id": id, "version": 3, "ground": "UNFOUNDED", "on": on(closed),
                "resultReport": "Sprawozdanie.", "basis": "Uzasadnienie." }),
    )
    .await;
    step(
        server,
        worker,
        "endPostClosureMonitoring",
        json!({ "id": id, "version": 4, "on": on(closed.checked_add_months(Months::new(10)).unwrap()) }),
    )
    .await;
    (id, number)
}

async fn retention_erases_exactly_the_procedures_past_it(backend: Backend) {
    let (db, server) = demo(backend).await;
    let admin = server.staff("zory", "admin").await;
    let dpo = server.staff("zory", "iod").await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;

    // Ten years unless the municipality says otherwise; the administrator and the officer
    // read it, the administrator (the controller) sets it, a worker does neither.
    let read = ok(&server, &dpo, RETENTION, json!({})).await;
    assert_eq!(
        read["caseRetention"],
        json!({ "years": 10, "isDefault": true, "version": 0, "defaultYears": 10, "minimumYears": 5, "maximumYears": 50 })
    );
    for query in [RETENTION, ERASURES] {
        let body = server.gql(Some(&worker), query, json!({})).await;
        assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    }
    for (years, expected) in [(4, "TOO_SHORT"), (51, "TOO_LONG")] {
        let data = ok(
            &server,
            &admin,
            SET,
            json!({ "input": { "years": years, "version": 0 } }),
        )
        .await;
        assert_eq!(
            field_codes(&data["setCaseRetention"]["userErrors"]),
            [("years".to_owned(), expected.to_owned())]
        );
    }
    let body = server
        .gql(
            Some(&admin),
            SET,
            json!({ "input": { "years": 5, "version": 3 } }),
        )
        .await;
    assert_eq!(code(&body), Some("CONFLICT"), "{body}");
    for token in [&dpo, &worker] {
        let body = server
            .gql(
                Some(token),
                SET,
                json!({ "input": { "years": 12, "version": 0 } }),
            )
            .await;
        assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    }
    let data = ok(
        &server,
        &admin,
        SET,
        json!({ "input": { "years": 5, "version": 0 } }),
    )
    .await;
    assert_eq!(
        data["setCaseRetention"]["retention"],
        json!({ "years": 5, "isDefault": false, "version": 1 })
    );

    // Three procedures: closed seven years ago, its monitoring ended in a year more than five
    // full years past (erased), closed four years ago (kept), and one initiated seven years ago
    // that never closed (kept).
    let old_closing = years_ago(7, 0);
    let (expired, number) = procedure(
        &server,
        &worker,
        &chair,
        "Wrona",
        years_ago(7, 40),
        Some(old_closing),
    )
    .await;
    let (kept, _) = procedure(
        &server,
        &worker,
        &chair,
        "Sowa",
        years_ago(4, 40),
        Some(years_ago(4, 0)),
    )
    .await;
    let (open_card, _) = procedure(&server, &worker, &chair, "Kania", years_ago(7, 0), None).await;
    // A form about the Wrona family three months after their procedure closed, which the chair
    // linked to it as a repeat; it stays open.
    let repeat_on = old_closing.checked_add_months(Months::new(3)).unwrap();
    let (repeat, _) = procedure(&server, &worker, &chair, "Wrona", repeat_on, None).await;
    step(
        &server,
        &worker,
        "forwardBlueCardToChair",
        json!({ "id": repeat, "version": 1, "on": repeat_on.to_string() }),
    )
    .await;
    let linked = ok(
        &server,
        &chair,
        "mutation($input: LinkBlueCardToEarlierProcedureInput!) { \
         linkBlueCardToEarlierProcedure(input: $input) { userErrors { field code } } }",
        json!({ "input": { "id": repeat, "version": 2, "procedureId": expired } }),
    )
    .await;
    assert_eq!(
        linked["linkBlueCardToEarlierProcedure"]["userErrors"],
        json!([])
    );
    let history = "query($id: ID!) { node(id: $id) { ... on BlueCard { \
                   matchProposals { procedure { id } } earlierProcedures { number } } } }";
    let view = ok(&server, &chair, history, json!({ "id": repeat })).await;
    assert_eq!(
        view["node"]["earlierProcedures"][0]["number"],
        json!(number)
    );
    let years = [old_closing.year(), today().year()];
    let mut before = Vec::new();
    for y in years {
        before.push(ok(&server, &chair, STATS, json!({ "p": y.to_string() })).await);
    }

    let out = server.cli(&["worker", "--once"]).await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // Exactly the expired one, reported without personal data.
    let reports = ok(&server, &dpo, ERASURES, json!({})).await["caseErasures"].clone();
    assert_eq!(
        reports,
        json!([{ "number": number, "initiatedOn": years_ago(7, 40).to_string(),
                 "closedOn": old_closing.to_string(), "erasedOn": today().to_string(),
                 "years": 5, "persons": 3, "records": reports[0]["records"] }]),
    );
    assert!(reports[0]["records"].as_i64().unwrap() >= 3, "{reports}");
    // The administrator sees that it happened, not which card (a card's number is case data).
    let seen = ok(&server, &admin, ERASURES, json!({})).await;
    assert_eq!(seen["caseErasures"][0]["number"], Value::Null);
    assert_eq!(seen["caseErasures"][0]["persons"], 3);
    // Nobody reads it any more, not even the chair; its people are found nowhere.
    let card = "query($id: ID!) { node(id: $id) { id } }";
    for token in [&chair, &worker] {
        let data = ok(&server, token, card, json!({ "id": expired })).await;
        assert_eq!(data["node"], Value::Null);
    }
    for id in [&kept, &open_card] {
        let data = ok(&server, &chair, card, json!({ "id": id })).await;
        assert_eq!(data["node"]["id"], json!(id));
    }
    let search = "query($q: String!) { blueCards(first: 10, filter: { search: $q }) { edges { node { id } } } }";
    let found = ok(&server, &chair, search, json!({ "q": "Wrona" })).await;
    assert_eq!(
        found["blueCards"]["edges"],
        json!([{ "node": { "id": repeat } }]),
        "{found}"
    );
    // The procedure linked to it no longer says it had an earlier one.
    let view = ok(&server, &chair, history, json!({ "id": repeat })).await;
    assert_eq!(
        view["node"],
        json!({ "matchProposals": [], "earlierProcedures": [] }),
        "{view}"
    );
    let found = ok(&server, &chair, search, json!({ "q": "Sowa" })).await;
    assert_eq!(
        found["blueCards"]["edges"].as_array().unwrap().len(),
        1,
        "{found}"
    );
    // The municipality's figures are what they were.
    for (y, earlier) in years.iter().zip(&before) {
        let now = ok(&server, &chair, STATS, json!({ "p": y.to_string() })).await;
        assert_eq!(&now, earlier, "{y}");
    }
    // At rest: no index finds its people.
    use sea_orm::{ConnectionTrait, Statement};
    let conn = match backend {
        Backend::Postgres => db.connect_as_superuser().await,
        Backend::Sqlite => db.connect_as_app().await,
    };
    for sql in [
        "SELECT count(*) AS n FROM cases_person_tokens WHERE card_id = {id}",
        "SELECT count(*) AS n FROM cases_persons WHERE card_id = {id} AND (pesel_index IS NOT NULL OR identity_index <> 'erased')",
    ] {
        let id = match backend {
            Backend::Postgres => format!("'{}'", card_uuid(&expired)),
            Backend::Sqlite => format!("X'{}'", card_uuid(&expired).simple().to_string().to_uppercase()),
        };
        let row = conn
            .query_one_raw(Statement::from_string(
                conn.get_database_backend(),
                sql.replace("{id}", &id),
            ))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.try_get::<i64>("", "n").unwrap(), 0, "{sql}");
    }
    // Reverting the migration that keeps the reports is refused: the erased card would be read
    // again.
    if backend == Backend::Postgres {
        use migrations::{Migrator, MigratorTrait};
        let owner = sea_orm::Database::connect(db.owner_url()).await.unwrap();
        // Down to it, through the migrations after it (one transaction: a refusal keeps them).
        let after = Migrator::migrations()
            .iter()
            .rev()
            .take_while(|m| m.name() != "m20261213_000050_cases_retention")
            .count() as u32;
        let refused = Migrator::down(&owner, Some(after + 1))
            .await
            .expect_err("refused");
        assert!(refused.to_string().contains("were erased"), "{refused}");
        // The migrations after it, reverted before the refusal, come back.
        Migrator::up(&owner, None)
            .await
            .expect("migrations reapplied");
    }
    // A second run finds nothing more.
    let out = server.cli(&["worker", "--once"]).await;
    assert!(out.status.success());
    let again = ok(&server, &dpo, ERASURES, json!({})).await;
    assert_eq!(again["caseErasures"].as_array().unwrap().len(), 1);
}

/// The UUID inside a global ID (a card's, a hand-over's).
pub(crate) fn card_uuid(global: &str) -> uuid::Uuid {
    use base64::Engine;
    let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(global.trim_end_matches('='))
        .unwrap();
    let text = String::from_utf8(raw).unwrap();
    uuid::Uuid::parse_str(text.split_once(':').unwrap().1).unwrap()
}

on_both!(retention_erases_exactly_the_procedures_past_it);

/// Zory keeps closed procedures five years and has one closed seven years ago, which the worker
/// erases (a row in each of this module's tables, for `rls.rs`).
pub(crate) async fn rows_in_every_table(server: &Server) {
    let admin = server.staff("zory", "admin").await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let data = ok(
        server,
        &admin,
        SET,
        json!({ "input": { "years": 5, "version": 0 } }),
    )
    .await;
    assert_eq!(data["setCaseRetention"]["userErrors"], json!([]), "{data}");
    procedure(
        server,
        &worker,
        &chair,
        "Czajka",
        years_ago(7, 40),
        Some(years_ago(7, 0)),
    )
    .await;
    let out = server.cli(&["worker", "--once"]).await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
