//! Finding cards: every card has a number per municipality and year (`NK/2026/0001`), and the
//! list is searched by a number, a PESEL or names with Polish letters folded — only among the
//! cards the viewer may see, answering an outsider the same for a name on an unseen card as for
//! a name on no card, at a constant number of statements per page. Names stay sealed: the
//! index holds keyed HMACs of their tokens.

use serde_json::{json, Value};

use crate::cases::{days_ago, nk_a, ok, open, today, victim_pesel};
use crate::harness::{code, demo, Backend, Server};
use crate::on_both;

const SEARCH: &str = "query($s: String!) { blueCards(first: 50, filter: { search: $s }) { edges { node { id number } } } }";

async fn found(server: &Server, token: &str, search: &str) -> Vec<String> {
    ok(server, token, SEARCH, json!({ "s": search })).await["blueCards"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["id"].as_str().unwrap().to_owned())
        .collect()
}

/// An NK-A about Anna Wójcik and her husband, with the demo's PESEL of the victim.
fn about_wojcik() -> Value {
    let mut form = nk_a(days_ago(1));
    form["persons"][0]["lastName"] = json!("Wójcik");
    form["persons"][1]["lastName"] = json!("Wójcik");
    form["persons"][2]["lastName"] = json!("Wójcik");
    form
}

async fn cards_are_found_by_folded_name_by_number_and_by_pesel(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let year = today().format("%Y").to_string();
    let first = open(&server, &worker, nk_a(days_ago(2))).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let card = open(&server, &worker, about_wojcik()).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let numbers = ok(
        &server,
        &worker,
        "{ blueCards(first: 10) { edges { node { id number } } } }",
        json!({}),
    )
    .await;
    let number_of = |id: &str| {
        numbers["blueCards"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["node"]["id"] == id)
            .unwrap()["node"]["number"]
            .clone()
    };
    assert_eq!(number_of(&first), format!("NK/{year}/0001"));
    assert_eq!(number_of(&card), format!("NK/{year}/0002"));
    // Another municipality counts on its own.
    let other = server.staff("czestochowa", "pracownik").await;
    let theirs = open(&server, &other, nk_a(days_ago(1))).await["blueCard"]["id"].clone();
    let data = ok(
        &server,
        &other,
        "query($id: ID!) { node(id: $id) { ... on BlueCard { number } } }",
        json!({ "id": theirs }),
    )
    .await;
    assert_eq!(data["node"]["number"], format!("NK/{year}/0001"));

    for search in [
        "wojcik",
        "WÓJCIK",
        "Wojcik Anna",
        "anna wójcik",
        "Zofia Wojcik",
    ] {
        assert_eq!(
            found(&server, &worker, search).await,
            vec![card.clone()],
            "{search}"
        );
        assert_eq!(
            found(&server, &chair, search).await,
            vec![card.clone()],
            "chair: {search}"
        );
    }
    assert_eq!(
        found(&server, &worker, "Kowalska").await,
        vec![first.clone()]
    );
    assert_eq!(
        found(&server, &worker, "Wojcik Kowalska").await,
        Vec::<String>::new()
    );
    for search in [
        format!("NK/{year}/0002"),
        format!("{year}/2"),
        format!("nk {year}/02"),
    ] {
        assert_eq!(
            found(&server, &worker, &search).await,
            vec![card.clone()],
            "{search}"
        );
    }
    let mut by_pesel = found(&server, &worker, &victim_pesel()).await;
    by_pesel.sort();
    let mut both = vec![first.clone(), card.clone()];
    both.sort();
    assert_eq!(by_pesel, both);

    // Too short to search: a clear refusal, not every card.
    let body = server
        .gql(Some(&worker), SEARCH, json!({ "s": " a " }))
        .await;
    assert_eq!(code(&body), Some("BAD_USER_INPUT"), "{body}");
    assert!(body["errors"][0]["message"]
        .as_str()
        .unwrap()
        .starts_with("SEARCH_TOO_SHORT"));

    // The chair's own cards only.
    let mine = ok(
        &server,
        &chair,
        "{ blueCards(first: 10, filter: { mine: true }) { edges { node { id } } } }",
        json!({}),
    )
    .await;
    assert_eq!(mine["blueCards"]["edges"], json!([]));
}
on_both!(cards_are_found_by_folded_name_by_number_and_by_pesel);

/// An outsider learns nothing: a name on a card they may not see answers exactly like a name
/// on no card, and nothing of the search is readable at rest.
async fn a_search_is_no_oracle(backend: Backend) {
    let (db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let member = server.staff("zory", "czlonek").await;
    let foreign = server.staff("czestochowa", "pracownik").await;
    open(&server, &worker, about_wojcik()).await;
    let year = today().format("%Y").to_string();
    for outsider in [&member, &foreign] {
        let on_unseen = server
            .gql(Some(outsider), SEARCH, json!({ "s": "Wójcik" }))
            .await;
        let on_none = server
            .gql(Some(outsider), SEARCH, json!({ "s": "Zzyzx" }))
            .await;
        assert_eq!(on_unseen, on_none);
        let number = server
            .gql(
                Some(outsider),
                SEARCH,
                json!({ "s": format!("NK/{year}/0001") }),
            )
            .await;
        let no_number = server
            .gql(
                Some(outsider),
                SEARCH,
                json!({ "s": format!("NK/{year}/0999") }),
            )
            .await;
        assert_eq!(number, no_number);
    }

    use sea_orm::{ConnectionTrait, Statement};
    let conn = match backend {
        Backend::Postgres => db.connect_as_superuser().await,
        Backend::Sqlite => db.connect_as_app().await,
    };
    let rows = conn
        .query_all_raw(Statement::from_string(
            conn.get_database_backend(),
            "SELECT token FROM cases_person_tokens".to_owned(),
        ))
        .await
        .unwrap();
    assert!(!rows.is_empty());
    for row in rows {
        let token: String = row.try_get("", "token").unwrap();
        assert!(!token.to_lowercase().contains("wojcik"), "{token}");
    }
}
on_both!(a_search_is_no_oracle);

/// A page of found cards costs the same number of statements whatever its size.
async fn a_searched_page_costs_a_constant_number_of_statements(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let list = "query($s: String!) { blueCards(first: 50, filter: { search: $s }) { edges { node { id number persons { firstName lastName } deadlines { kind } } } } }";
    let mut costs = Vec::new();
    for (surname, count) in [("Wójcik", 2), ("Zieliński", 9)] {
        for _ in 0..count {
            let mut form = about_wojcik();
            form["persons"][0]["lastName"] = json!(surname);
            form["persons"][0]["pesel"] = Value::Null;
            open(&server, &worker, form).await;
        }
        let before = server.tenant_statements().await;
        let data = ok(&server, &worker, list, json!({ "s": surname })).await;
        let after = server.tenant_statements().await;
        assert_eq!(data["blueCards"]["edges"].as_array().unwrap().len(), count);
        costs.push(after - before);
    }
    assert_eq!(costs[0], costs[1], "2 cards vs 9 cards: {costs:?}");
}
on_both!(a_searched_page_costs_a_constant_number_of_statements);

/// Cards and persons written before numbers and the name index existed are numbered and
/// indexed by the worker.
async fn the_worker_numbers_and_indexes_older_cards(backend: Backend) {
    let (db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let card = open(&server, &worker, about_wojcik()).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    use sea_orm::{ConnectionTrait, Statement};
    let conn = match backend {
        Backend::Postgres => db.connect_as_superuser().await,
        Backend::Sqlite => db.connect_as_app().await,
    };
    for sql in [
        "DELETE FROM cases_person_tokens",
        "DELETE FROM cases_card_numbers",
        "UPDATE cases_blue_cards SET number_year = NULL, number_seq = NULL",
    ] {
        conn.execute_raw(Statement::from_string(
            conn.get_database_backend(),
            sql.to_owned(),
        ))
        .await
        .unwrap();
    }
    assert_eq!(
        found(&server, &worker, "Wójcik").await,
        Vec::<String>::new()
    );
    let out = server.cli(&["worker", "--once"]).await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(found(&server, &worker, "wojcik").await, vec![card.clone()]);
    let year = today().format("%Y").to_string();
    assert_eq!(
        found(&server, &worker, &format!("{year}/1")).await,
        vec![card.clone()]
    );
}
on_both!(the_worker_numbers_and_indexes_older_cards);
