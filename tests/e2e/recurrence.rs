//! Recurrence after closure (the outcome of the team's work): of the procedures closed in a
//! period, those about whose people a new NK-A was filed within 6 and within 12 months. Four
//! families' procedures closed 100, 200, 330 and 20 days ago; new forms come today about the
//! first two. The statistics count each by both windows (a window not over yet says so), and an
//! indicator of the municipal programme counts the recurrences within 6 months.

use std::collections::BTreeMap;

use chrono::Datelike;
use serde_json::{json, Value};

use crate::cases::{days_ago, ok, open, today};
use crate::harness::{demo, Backend, Server};
use crate::on_both;
use crate::repeats::{family, procedure_closed_on};

/// The procedures closed in the years of `days`, by (within 6 months, within 12 months).
async fn recurrence(
    server: &Server,
    chair: &str,
    years: &[i32],
) -> BTreeMap<(String, String), i64> {
    let mut out = BTreeMap::new();
    for year in years {
        let stats = ok(
            server,
            chair,
            "query($p: String!) { municipalityStatistics(period: $p) { \
            indicators { key figures { breakdown { dimension value } value } } } }",
            json!({ "p": year.to_string() }),
        )
        .await;
        let indicator = stats["municipalityStatistics"]["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["key"] == "recurrence_after_closure")
            .unwrap()
            .clone();
        for f in indicator["figures"].as_array().unwrap() {
            let value = |d: &str| -> String {
                f["breakdown"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|b| b["dimension"] == d)
                    .unwrap()["value"]
                    .as_str()
                    .unwrap()
                    .to_owned()
            };
            *out.entry((value("within_6_months"), value("within_12_months")))
                .or_default() += f["value"].as_i64().unwrap();
        }
    }
    out
}

fn delta(
    before: &BTreeMap<(String, String), i64>,
    after: &BTreeMap<(String, String), i64>,
) -> BTreeMap<(String, String), i64> {
    after
        .iter()
        .map(|(k, v)| (k.clone(), v - before.get(k).copied().unwrap_or(0)))
        .filter(|(_, v)| *v != 0)
        .collect()
}

fn pair(six: &str, twelve: &str) -> (String, String) {
    (six.to_owned(), twelve.to_owned())
}

async fn violence_recurring_after_closure_is_counted_in_both_windows(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let closures = [
        ("Wierzbiccy", 100),
        ("Makowscy", 200),
        ("Dudkowie", 330),
        ("Sowowie", 20),
    ];
    let mut years: Vec<i32> = closures.iter().map(|(_, d)| days_ago(*d).year()).collect();
    years.dedup();
    years.sort_unstable();
    years.dedup();
    let before = recurrence(&server, &chair, &years).await;
    for (family_name, days) in closures {
        procedure_closed_on(&server, &worker, &chair, family_name, days_ago(days)).await;
    }
    let closed = delta(&before, &recurrence(&server, &chair, &years).await);
    assert_eq!(
        closed,
        BTreeMap::from([(pair("NO", "PENDING"), 2), (pair("PENDING", "PENDING"), 2),]),
        "no new form yet: 100 and 20 days ago still within six months"
    );

    // New forms about the Wierzbiccy (closed 100 days ago) and the Makowscy (200 days ago).
    for family_name in ["Wierzbiccy", "Makowscy"] {
        open(&server, &worker, family(family_name, today())).await;
    }
    let after = delta(&before, &recurrence(&server, &chair, &years).await);
    assert_eq!(
        after,
        BTreeMap::from([
            (pair("YES", "YES"), 1),
            (pair("NO", "YES"), 1),
            (pair("NO", "PENDING"), 1),
            (pair("PENDING", "PENDING"), 1),
        ])
    );

    // An indicator of the municipal programme: recurrences within six months this year.
    let (programme, ..) = crate::strategy::programme_with_task(&server).await;
    let year = today().year();
    let done = crate::strategy::add_indicator(&server, &chair, programme["id"].as_str().unwrap(), json!({
        "name": "Nawrót przemocy w ciągu 6 miesięcy od zakończenia procedury", "unit": "procedury",
        "computedFrom": { "statistic": "recurrence_after_closure", "dimension": "within_6_months", "value": "YES" },
        "targets": [{ "year": year, "value": 0.0 }] })).await;
    assert_eq!(done["userErrors"], json!([]), "{done}");
    let this: Value = done["programme"]["indicators"][0]["years"]
        .as_array()
        .unwrap()
        .iter()
        .find(|y| y["year"] == year)
        .unwrap()
        .clone();
    // The same count as this year's figures: every closure with a new form within six months.
    let within_six: i64 = recurrence(&server, &chair, &[year])
        .await
        .iter()
        .filter(|((six, _), _)| six == "YES")
        .map(|(_, n)| n)
        .sum();
    assert!(
        within_six >= i64::from(days_ago(100).year() == year),
        "{within_six}"
    );
    #[allow(clippy::cast_precision_loss)]
    let expected = within_six as f64;
    assert_eq!(this["actual"], expected, "{this}");
}
on_both!(violence_recurring_after_closure_is_counted_in_both_windows);
