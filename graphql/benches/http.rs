//! Throughput and latency of `viewer` and `node` through the whole HTTP stack on PostgreSQL:
//! `cargo bench -p ostoja --bench http`. Starts the release `ostoja` on a fresh database seeded
//! with the demo, drives it with 50 concurrent clients and prints requests per second, p50/p99
//! latency and the server's peak resident memory. Needs PostgreSQL (and Redis) like the tests.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../../tests/e2e/harness.rs"]
#[allow(dead_code)]
mod harness;

use std::sync::Arc;
use std::time::{Duration, Instant};

use harness::{Backend, Server, ServerOptions, TestDb, REDIS};
use serde_json::{json, Value};

const CLIENTS: usize = 50;
const DURATION: Duration = Duration::from_secs(10);

struct Outcome {
    requests: usize,
    errors: usize,
    latencies: Vec<Duration>,
    elapsed: Duration,
}

async fn drive(server: Arc<Server>, token: Arc<String>, body: Arc<Value>) -> Outcome {
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..CLIENTS {
        let (server, token, body) = (server.clone(), token.clone(), body.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut errors = 0;
            let client = reqwest::Client::new();
            let url = format!("{}/graphql", server.url);
            while started.elapsed() < DURATION {
                let t = Instant::now();
                let resp = client
                    .post(&url)
                    .bearer_auth(token.as_str())
                    .json(body.as_ref())
                    .send()
                    .await;
                let ok = match resp {
                    Ok(r) => r
                        .json::<Value>()
                        .await
                        .map(|v| v["errors"].is_null())
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
        "{:<8} {:>10} {:>10} {:>10} {:>8}",
        "case", "req/s", "p50 ms", "p99 ms", "errors"
    );
    for (name, body) in [
        (
            "viewer",
            json!({ "query": "{ viewer { login roles user { id displayName } municipality { name } } }" }),
        ),
        (
            "node",
            json!({ "query": "query($id: ID!) { node(id: $id) { id ... on User { login displayName } } }", "variables": { "id": user_id } }),
        ),
    ] {
        let o = drive(server.clone(), token.clone(), Arc::new(body)).await;
        println!(
            "{:<8} {:>10.0} {:>10.2} {:>10.2} {:>8}",
            name,
            o.requests as f64 / o.elapsed.as_secs_f64(),
            percentile(&o.latencies, 0.50).as_secs_f64() * 1000.0,
            percentile(&o.latencies, 0.99).as_secs_f64() * 1000.0,
            o.errors
        );
    }
    match peak_rss_kib(pid) {
        Some(kib) => println!(
            "server peak resident memory: {:.1} MiB",
            kib as f64 / 1024.0
        ),
        None => println!("server peak resident memory: unavailable"),
    }
}
