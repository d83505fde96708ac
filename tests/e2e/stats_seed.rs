//! `ostoja stats seed`, the publication benchmark's data: invented municipalities that share,
//! each with its staff, its team and Blue Cards written as an NK-A writes them (sealed,
//! numbered, names searchable, first deadline set), that its staff read like any other.

use chrono::Datelike;
use serde_json::{json, Value};

use crate::cases::{ok, today};
use crate::harness::{demo, Backend};
use crate::on_both;

async fn seeded_municipalities_hold_cards_their_staff_can_work_on(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let year = (today().year() - 1).to_string();
    let seed = [
        "stats",
        "seed",
        "--region",
        "slaskie",
        "--municipalities",
        "3",
        "--cards",
        "25",
        "--year",
        &year,
    ];
    let out = server.cli(&seed).await;
    assert!(out.status.success(), "{out:?}");

    let worker = server.staff("slaskie-0002", "pracownik").await;
    let list = ok(
        &server,
        &worker,
        "{ blueCards(first: 50) { edges { node { number status deadlines { dueOn } \
         persons { role firstName lastName } } } } }",
        json!({}),
    )
    .await;
    let cards = list["blueCards"]["edges"].as_array().unwrap();
    assert_eq!(cards.len(), 25);
    let mut numbers: Vec<String> = cards
        .iter()
        .map(|c| c["node"]["number"].as_str().unwrap().to_owned())
        .collect();
    numbers.sort();
    let expected: Vec<String> = (1..=25).map(|n| format!("NK/{year}/{n:04}")).collect();
    assert_eq!(numbers, expected);
    for card in cards {
        let node = &card["node"];
        assert_eq!(node["status"], "OPENED", "{node}");
        assert_eq!(node["deadlines"].as_array().unwrap().len(), 1, "{node}");
        let persons = node["persons"].as_array().unwrap();
        assert!(persons.iter().any(|p| p["role"] == "VICTIM"));
        // Sealed with the municipality's key, and read back.
        assert!(persons
            .iter()
            .all(|p| p["firstName"].as_str().is_some_and(|n| !n.is_empty())));
    }
    // A name on them is found by search.
    let name = cards[0]["node"]["persons"][0]["lastName"].as_str().unwrap();
    let found = ok(
        &server,
        &worker,
        "query($s: String!) { blueCards(first: 50, filter: { search: $s }) { edges { node { number } } } }",
        json!({ "s": name }),
    )
    .await;
    assert!(!found["blueCards"]["edges"].as_array().unwrap().is_empty());

    // They share: the year's release counts the demo's four and the three, 75 cards.
    let out = server
        .cli(&["stats", "publish", "--region", "slaskie", "--period", &year])
        .await;
    assert!(out.status.success(), "{out:?}");
    let coordinator = server.coordinator().await;
    let stats = ok(
        &server,
        &coordinator,
        "query($r: String!, $p: String!) { regionStatistics(region: $r, period: $p) { \
         release { municipalities } indicators { key cells { breakdown { dimension } value } } } }",
        json!({ "r": "slaskie", "p": year }),
    )
    .await;
    let release = &stats["regionStatistics"];
    assert_eq!(release["release"]["municipalities"], 7);
    let opened: &Value = release["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["key"] == "blue_cards_opened")
        .unwrap();
    let total = opened["cells"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["breakdown"].as_array().unwrap().is_empty())
        .unwrap();
    assert_eq!(total["value"], 75, "{opened}");

    // Seeding again leaves the cards there as they are.
    assert!(server.cli(&seed).await.status.success());
    let again = ok(
        &server,
        &worker,
        "{ blueCards(first: 50) { edges { node { number } } } }",
        json!({}),
    )
    .await;
    assert_eq!(again["blueCards"]["edges"].as_array().unwrap().len(), 25);
    // A year not over, and too many municipalities, are refused.
    let this_year = today().year().to_string();
    for (flag, value) in [("--year", this_year.as_str()), ("--municipalities", "991")] {
        let mut args = seed.to_vec();
        let at = args.iter().position(|a| *a == flag).unwrap();
        args[at + 1] = value;
        let out = server.cli(&args).await;
        assert!(!out.status.success(), "{flag} {value}: {out:?}");
    }
}
on_both!(seeded_municipalities_hold_cards_their_staff_can_work_on);
