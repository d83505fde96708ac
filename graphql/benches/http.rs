//! Throughput and latency through the whole HTTP stack on PostgreSQL:
//! `cargo bench -p ostoja --bench http`. Starts the release `ostoja` on a fresh database seeded
//! with the demo and drives it with 50 concurrent clients: `viewer`, `node`, then `openBlueCard`
//! until the municipality holds 10,000 Blue Cards, then the list of 50 cards with their persons,
//! group and deadlines. Prints requests per second, p50/p99 latency, statements per request
//! (through tenant transactions) and the server's peak resident memory; then, when the shared
//! benchmark directory is beside the project, the same-run comparison with pgbench and
//! PostGraphile and the speed targets. Needs PostgreSQL and Redis like the tests.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../../tests/e2e/harness.rs"]
#[allow(dead_code)]
mod harness;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use kernel::pesel::{Pesel, Sex};

use harness::{Backend, Server, ServerOptions, TestDb, REDIS};
use serde_json::{json, Value};

const CLIENTS: usize = 50;
const DURATION: Duration = Duration::from_secs(10);
/// Blue Cards opened before the list is measured (`OSTOJA_BENCH_CARDS` for a quicker run).
fn cards() -> usize {
    std::env::var("OSTOJA_BENCH_CARDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000)
}

/// Builds the body of a client's request from its running number.
type Body = Arc<dyn Fn(usize) -> Value + Send + Sync>;

struct Outcome {
    requests: usize,
    errors: usize,
    latencies: Vec<Duration>,
    elapsed: Duration,
}

/// Drives `CLIENTS` clients for `DURATION`, or until `total` requests were sent.
async fn drive(
    server: Arc<Server>,
    token: Arc<String>,
    body: Body,
    total: Option<usize>,
) -> Outcome {
    let started = Instant::now();
    let sent = Arc::new(AtomicUsize::new(0));
    let mut tasks = Vec::new();
    for _ in 0..CLIENTS {
        let (server, token, body, sent) =
            (server.clone(), token.clone(), body.clone(), sent.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut errors = 0;
            let client = reqwest::Client::new();
            let url = format!("{}/graphql", server.url);
            loop {
                let n = sent.fetch_add(1, Ordering::Relaxed);
                match total {
                    Some(total) if n >= total => break,
                    None if started.elapsed() >= DURATION => break,
                    _ => {}
                }
                let t = Instant::now();
                let resp = client
                    .post(&url)
                    .bearer_auth(token.as_str())
                    .json(&body(n))
                    .send()
                    .await;
                let ok = match resp {
                    Ok(r) => r
                        .json::<Value>()
                        .await
                        .map(|v| {
                            v["errors"].is_null()
                                && v["data"]["openBlueCard"]["userErrors"]
                                    .as_array()
                                    .is_none_or(Vec::is_empty)
                        })
                        .unwrap_or(false),
                    Err(_) => false,
                };
                latencies.push(t.elapsed());
                if !ok {
                    errors += 1;
                }
            }
            (latencies, errors)
        }));
    }
    let mut outcome = Outcome {
        requests: 0,
        errors: 0,
        latencies: Vec::new(),
        elapsed: Duration::ZERO,
    };
    for t in tasks {
        let (l, e) = t.await.expect("client task");
        outcome.requests += l.len();
        outcome.errors += e;
        outcome.latencies.extend(l);
    }
    outcome.elapsed = started.elapsed();
    outcome.latencies.sort_unstable();
    outcome
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[idx.min(sorted.len() - 1)]
}

fn peak_rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

#[tokio::main]
async fn main() {
    let db = TestDb::new(Backend::Postgres).await;
    let server = Server::start(
        &db,
        ServerOptions {
            demo: true,
            redis: Some(REDIS.to_owned()),
            env: vec![
                ("OSTOJA_DATABASE__MAX_CONNECTIONS".into(), "32".into()),
                ("OSTOJA_LOG__FILTER".into(), "error".into()),
                ("OSTOJA_RATE_LIMIT__ENABLED".into(), "false".into()),
            ],
        },
    )
    .await;
    let token = server.staff("zory", "admin").await;
    let viewer = server
        .gql(Some(&token), "{ viewer { user { id } } }", json!({}))
        .await;
    let user_id = viewer["data"]["viewer"]["user"]["id"]
        .as_str()
        .expect("user id")
        .to_owned();
    let pid = server.pid().expect("server pid");
    let server = Arc::new(server);
    let token = Arc::new(token);

    println!(
        "ostoja HTTP benchmark: {CLIENTS} concurrent clients, {}s per case, PostgreSQL + Redis",
        DURATION.as_secs()
    );
    println!(
        "{:<16} {:>8} {:>9} {:>9} {:>9} {:>7} {:>11}",
        "case", "requests", "req/s", "p50 ms", "p99 ms", "errors", "stmts/req"
    );
    let fixed = |v: Value| -> Body { Arc::new(move |_| v.clone()) };
    let worker = Arc::new(server.staff("zory", "pracownik").await);
    let chair = Arc::new(server.staff("zory", "przewodniczacy").await);
    let cases: Vec<(&str, Arc<String>, Body, Option<usize>)> = vec![
        (
            "viewer",
            token.clone(),
            fixed(
                json!({ "query": "{ viewer { login roles user { id displayName } municipality { name } } }" }),
            ),
            None,
        ),
        (
            "node",
            token.clone(),
            fixed(
                json!({ "query": "query($id: ID!) { node(id: $id) { id ... on User { login displayName } } }", "variables": { "id": user_id } }),
            ),
            None,
        ),
        (
            "openBlueCard",
            worker.clone(),
            Arc::new(nk_a),
            Some(cards()),
        ),
        (
            "blueCards",
            worker.clone(),
            fixed(json!({ "query": LIST })),
            None,
        ),
        (
            "blueCards/chair",
            chair.clone(),
            fixed(json!({ "query": LIST })),
            None,
        ),
        (
            // A surname every card shares: the first 50 of 10,000 found.
            "search/surname",
            chair.clone(),
            fixed(json!({ "query": SEARCH, "variables": { "search": "Kowalska" } })),
            None,
        ),
        (
            // One person's first name (a token of one card) with the surname.
            "search/person",
            chair.clone(),
            fixed(json!({ "query": SEARCH, "variables": { "search": "Anna4242 Kowalska" } })),
            None,
        ),
        (
            "search/number",
            chair.clone(),
            fixed(json!({ "query": SEARCH, "variables": { "search": "NK/2026/4242" } })),
            None,
        ),
        (
            "list/deadline",
            chair.clone(),
            fixed(json!({ "query": BY_DEADLINE })),
            None,
        ),
    ];
    for (name, token, body, total) in cases {
        if name == "blueCards" {
            // What autovacuum does in steady state: the planner sees 10,000 cards, not an
            // empty table.
            use sea_orm::ConnectionTrait;
            db.connect_as_superuser()
                .await
                .execute_unprepared("ANALYZE")
                .await
                .expect("analyze");
        }
        let before = server.tenant_statements().await;
        let o = drive(server.clone(), token, body, total).await;
        let statements = server.tenant_statements().await - before;
        println!(
            "{:<16} {:>8} {:>9.0} {:>9.2} {:>9.2} {:>7} {:>11.1}",
            name,
            o.requests,
            o.requests as f64 / o.elapsed.as_secs_f64(),
            percentile(&o.latencies, 0.50).as_secs_f64() * 1000.0,
            percentile(&o.latencies, 0.99).as_secs_f64() * 1000.0,
            o.errors,
            // The metrics request itself is not in a tenant transaction.
            statements / o.requests.max(1) as f64,
        );
    }
    // What each search found, so the table says what was measured.
    for (name, query, variables) in [
        ("search/surname", SEARCH, json!({ "search": "Kowalska" })),
        (
            "search/person",
            SEARCH,
            json!({ "search": "Anna4242 Kowalska" }),
        ),
        ("search/number", SEARCH, json!({ "search": "NK/2026/4242" })),
        ("list/deadline", BY_DEADLINE, json!({})),
    ] {
        let found = server.gql(Some(&chair), query, variables).await;
        assert!(found["errors"].is_null(), "{found}");
        println!(
            "{name}: {} cards on the page",
            found["data"]["blueCards"]["edges"]
                .as_array()
                .map_or(0, Vec::len)
        );
    }
    let listed = server
        .gql(
            Some(&worker),
            "{ blueCards(first: 1) { edges { node { id } } } }",
            json!({}),
        )
        .await;
    assert!(listed["errors"].is_null(), "{listed}");
    match peak_rss_kib(pid) {
        Some(kib) => println!(
            "server peak resident memory: {:.1} MiB",
            kib as f64 / 1024.0
        ),
        None => println!("server peak resident memory: unavailable"),
    }
    side_by_side();
}

/// The speed targets, as ratios of the same run: (the line `side-by-side.sh` prints, the
/// ratio's name there, at least).
const TARGETS: &[(&str, &str, f64)] = &[
    (
        "the list against PostGraphile v5",
        "ostoja/postgraphile5",
        2.0,
    ),
    ("the list against pgbench", "ostoja/pgbench", 0.35),
    ("node(id:) against pgbench", "node: ostoja/pgbench", 0.35),
];

/// The same-run comparison with the peers: `side-by-side.sh` of the shared benchmark directory
/// (`../shared/perf` beside the project, or `OSTOJA_PERF_DIR`) runs pgbench on the list's SQL,
/// PostGraphile v4 and v5 on the reference schema with the same row-level security and this
/// release binary on its own demo with 10,000 cards; then each target is checked against the
/// ratio it printed.
fn side_by_side() {
    let dir = std::env::var("OSTOJA_PERF_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| harness::repo_dir("../shared/perf"));
    let script = dir.join("side-by-side.sh");
    if !script.exists() {
        println!(
            "side by side: {} is missing (OSTOJA_PERF_DIR names the directory)",
            script.display()
        );
        return;
    }
    println!(
        "side by side with pgbench and PostGraphile: {}",
        script.display()
    );
    let output = std::process::Command::new("bash")
        .arg(&script)
        .env("BIN", harness::BIN)
        .current_dir(harness::repo_dir("."))
        .output()
        .expect("run side-by-side.sh");
    let printed = String::from_utf8_lossy(&output.stdout);
    print!("{printed}");
    for (what, name, target) in TARGETS {
        let measured = printed.lines().find_map(|line| {
            let rest = &line[line.find(name)? + name.len()..];
            rest.split_whitespace().next()?.parse::<f64>().ok()
        });
        match measured {
            Some(ratio) => println!(
                "target: {what}: {ratio:.2} (at least {target:.2}): {}",
                if ratio >= *target { "met" } else { "not met" }
            ),
            None => println!("target: {what}: not measured"),
        }
    }
}

const LIST: &str = "{ blueCards(first: 50) { edges { node { id status initiatedOn \
    persons { role firstName lastName pesel dateOfBirth } \
    diagnosticGroup { institution } deadlines { kind dueOn state } } } } }";

const SEARCH: &str = "query($search: String!) { blueCards(first: 50, filter: { search: $search }) { \
    edges { node { id number status persons { role firstName lastName } deadlines { kind dueOn state } } } } }";

const BY_DEADLINE: &str = "{ blueCards(first: 50, order: DEADLINE_SOONEST) { \
    edges { node { id number status nextDueOn persons { role firstName lastName } } } } }";

/// An NK-A about people no other form names: each opens its own procedure.
fn nk_a(n: usize) -> Value {
    let born =
        NaiveDate::from_ymd_opt(1960, 1, 1).unwrap() + chrono::Days::new((n % 15_000) as u64);
    let perpetrator = Pesel::generate(born, Sex::Male, (n % 1000) as u16).unwrap();
    json!({
        "query": "mutation($input: OpenBlueCardInput!) { openBlueCard(input: $input) { blueCard { id status deadlines { kind dueOn } } userErrors { field message code } } }",
        "variables": { "input": {
            "initiatedOn": "2026-11-02",
            "initiatorInstitution": "SOCIAL_WELFARE",
            "violenceForms": ["PHYSICAL", "PSYCHOLOGICAL"],
            "persons": [
                { "role": "VICTIM", "firstName": format!("Anna{n}"), "lastName": "Kowalska", "dateOfBirth": "1985-03-12", "sex": "FEMALE", "address": "ul. Rybnicka 1, Żory" },
                { "role": "WITNESS", "firstName": format!("Zofia{n}"), "lastName": "Kowalska", "dateOfBirth": "2015-05-05", "sex": "FEMALE" },
                { "role": "PERPETRATOR", "firstName": format!("Jan{n}"), "lastName": "Kowalski", "pesel": perpetrator.as_str() }
            ],
            "injuries": "zasinienia",
            "nkBHandedOver": true,
            "nkBRecipient": 0
        } }
    })
}
