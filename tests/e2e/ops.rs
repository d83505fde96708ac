//! The operations port (`http.ops_port`): metrics away from the public port, readiness, and a
//! worker whose liveness follows its loop; `ostoja pre-stop` for the container's preStop hook.

use std::process::Stdio;
use std::time::{Duration, Instant};

use sea_orm::{ConnectionTrait, TransactionTrait};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::Command;

use crate::harness::{base_env, run_cli, Backend, Server, ServerOptions, TestDb, BIN};

const DEADLINE: Duration = Duration::from_secs(30);

async fn get(url: &str) -> (u16, String) {
    let resp = reqwest::get(url).await.expect("GET");
    (
        resp.status().as_u16(),
        resp.text().await.unwrap_or_default(),
    )
}

/// Polls `url` until its status is `want`, or fails at the deadline.
async fn until_status(url: &str, want: u16) -> String {
    let deadline = Instant::now() + DEADLINE;
    loop {
        let (status, body) = get(url).await;
        if status == want {
            return body;
        }
        assert!(
            Instant::now() < deadline,
            "{url} never answered {want}: {status} {body}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn metrics_leave_the_public_port_for_the_operations_port() {
    let db = TestDb::new(Backend::Postgres).await;
    let server = Server::start(
        &db,
        ServerOptions {
            env: vec![("OSTOJA_HTTP__OPS_PORT".to_owned(), "0".to_owned())],
            ..Default::default()
        },
    )
    .await;
    let ops = server
        .ops_url
        .clone()
        .expect("the operations port is announced");
    assert_ne!(ops, server.url);

    let (status, _) = server.get("/metrics").await;
    assert_eq!(status, 404, "no metrics on the port the ingress reaches");
    let (status, _) = server.get("/healthz").await;
    assert_eq!(status, 200);

    let (status, body) = get(&format!("{ops}/readyz")).await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"database\":\"ok\""), "{body}");
    let (status, body) = get(&format!("{ops}/healthz")).await;
    assert_eq!((status, body.as_str()), (200, "{\"status\":\"ok\"}"));
    let (status, metrics) = get(&format!("{ops}/metrics")).await;
    assert_eq!(status, 200);
    assert!(
        metrics.contains("ostoja_http_requests_total{route=\"/healthz\",status=\"200\"}"),
        "the public port's requests are counted: {metrics}"
    );
    assert!(
        metrics.contains("ostoja_dependency_up{dependency=\"database\"} 1"),
        "{metrics}"
    );
    assert!(metrics.contains("ostoja_db_pool_connections"), "{metrics}");
    // The public port does not answer the operations port's paths by another name either.
    let (status, _) = get(&format!("{ops}/graphql")).await;
    assert_eq!(status, 404);
}

/// A worker whose loop hangs (here on a lock held by someone else) is reported dead, so that
/// the kubelet restarts it; once the loop moves again it is alive. SIGTERM stops it cleanly.
#[tokio::test]
async fn the_worker_reports_a_stalled_loop_and_stops_on_sigterm() {
    let db = TestDb::new(Backend::Postgres).await;
    let out = run_cli(&base_env(&db, None), db.dir(), &["migrate"]).await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut env = base_env(&db, None);
    env.extend([
        ("OSTOJA_HTTP__OPS_PORT".to_owned(), "0".to_owned()),
        ("OSTOJA_WORKER__INTERVAL_SECONDS".to_owned(), "1".to_owned()),
        ("OSTOJA_WORKER__STALL_SECONDS".to_owned(), "1".to_owned()),
    ]);
    // A job's last success as recorded before this worker started (an earlier worker's), and
    // every job held at its start: the gauge is seeded from the record before any job runs.
    let superuser = db.connect_as_superuser().await;
    superuser
        .execute_unprepared(
            "INSERT INTO ops_job_runs (job, last_finished_at, last_outcome, last_error, \
             last_success_at, last_duration_ms, last_done, runs, failures) VALUES \
             ('audit-retention', '2026-01-02T00:00:00Z', 'failed', 'earlier', \
              '2026-01-02T00:00:00Z', 1, 0, 2, 1), \
             ('a-retired-job', '2026-01-02T00:00:00Z', 'ok', NULL, '2026-01-02T00:00:00Z', 1, 0, 1, 0)",
        )
        .await
        .expect("an earlier run");
    let held = superuser.begin().await.expect("begin");
    held.execute_unprepared("LOCK TABLE tenancy_tenants IN ACCESS EXCLUSIVE MODE")
        .await
        .expect("lock");
    let mut worker = Command::new(BIN)
        .arg("worker")
        .env_clear()
        .envs(env)
        .current_dir(db.dir())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()
        .expect("start ostoja worker");
    let mut lines = BufReader::new(worker.stdout.take().expect("stdout")).lines();
    let ops = tokio::time::timeout(DEADLINE, async {
        while let Ok(Some(line)) = lines.next_line().await {
            if let Some(rest) = line.strip_prefix("Operations endpoints on ") {
                return rest.split_whitespace().next().map(str::to_owned);
            }
        }
        None
    })
    .await
    .expect("the worker did not start in time")
    .expect("the worker exited before announcing its operations port");
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });

    let deadline = Instant::now() + DEADLINE;
    loop {
        let (_, metrics) = get(&format!("{ops}/metrics")).await;
        if metrics.contains(
            "ostoja_worker_job_last_success_timestamp_seconds{job=\"audit-retention\"} 1767312000",
        ) {
            assert!(!metrics.contains("a-retired-job"), "{metrics}");
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the last success is not restored: {metrics}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    held.rollback().await.expect("release");

    until_status(&format!("{ops}/healthz"), 200).await;
    let deadline = Instant::now() + DEADLINE;
    loop {
        let (_, metrics) = get(&format!("{ops}/metrics")).await;
        if metrics.contains("ostoja_worker_job_runs_total{job=\"audit-retention\",outcome=\"ok\"}")
        {
            assert!(
                metrics.contains("ostoja_worker_job_last_success_timestamp_seconds"),
                "{metrics}"
            );
            break;
        }
        assert!(Instant::now() < deadline, "no job run counted: {metrics}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // Every job starts by listing the municipalities: hold that table, and the loop hangs.
    let lock = superuser.begin().await.expect("begin");
    lock.execute_unprepared("LOCK TABLE tenancy_tenants IN ACCESS EXCLUSIVE MODE")
        .await
        .expect("lock");
    let body = until_status(&format!("{ops}/healthz"), 503).await;
    assert!(body.contains("stalled"), "{body}");
    lock.rollback().await.expect("release");
    until_status(&format!("{ops}/healthz"), 200).await;

    let pid = worker.id().expect("pid");
    let status = Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .await
        .expect("kill");
    assert!(status.success());
    let exit = tokio::time::timeout(DEADLINE, worker.wait())
        .await
        .expect("the worker stops on SIGTERM")
        .expect("wait");
    assert!(exit.success(), "{exit:?}");
}

#[tokio::test]
async fn pre_stop_waits_and_refuses_an_unbounded_wait() {
    let dir = std::env::temp_dir();
    let env = vec![("PATH".to_owned(), std::env::var("PATH").unwrap_or_default())];
    let started = Instant::now();
    let out = run_cli(&env, &dir, &["pre-stop", "--seconds", "1"]).await;
    assert!(out.status.success());
    assert!(started.elapsed() >= Duration::from_secs(1));
    let out = run_cli(&env, &dir, &["pre-stop", "--seconds", "601"]).await;
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("601"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The metric names an expression of the alerts or the dashboard uses.
fn queried_metrics() -> std::collections::BTreeSet<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut names = std::collections::BTreeSet::new();
    for file in [
        "helm/ostoja/files/alerts.yaml",
        "helm/ostoja/files/dashboard.json",
    ] {
        let text = std::fs::read_to_string(root.join(file)).expect(file);
        let mut rest = text.as_str();
        while let Some(at) = rest.find("ostoja_") {
            let name: String = rest[at..]
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                .collect();
            rest = &rest[at + name.len()..];
            // `ostoja_` inside a word (a uid, a title) is not a query.
            if name.len() > "ostoja_".len() {
                names.insert(name);
            }
        }
    }
    names
}

/// Every metric the shipped alerts and dashboard query is one the server or the worker
/// exports, so that no alert silently never fires. Two servers: one with an unreachable Redis
/// (skipped limits, Redis down) running the jobs in process, one with a tight public limit.
#[tokio::test]
async fn every_metric_the_alerts_and_the_dashboard_query_is_exported() {
    let queried = queried_metrics();
    assert!(queried.len() >= 12, "{queried:?}");
    let db = TestDb::new(Backend::Postgres).await;
    let degraded = Server::start(
        &db,
        ServerOptions {
            demo: true,
            redis: Some("redis://127.0.0.1:1".to_owned()),
            env: vec![
                ("OSTOJA_HTTP__OPS_PORT".to_owned(), "0".to_owned()),
                ("OSTOJA_WORKER__INTERVAL_SECONDS".to_owned(), "1".to_owned()),
            ],
        },
    )
    .await;
    let limited = Server::start(
        &db,
        ServerOptions {
            env: vec![
                ("OSTOJA_HTTP__OPS_PORT".to_owned(), "0".to_owned()),
                (
                    "OSTOJA_RATE_LIMIT__PUBLIC_PER_ADDRESS".to_owned(),
                    "1".to_owned(),
                ),
            ],
            ..Default::default()
        },
    )
    .await;
    let worker = degraded.staff("zory", "pracownik").await;
    let body = degraded
        .gql(Some(&worker), "{ viewer { login } }", serde_json::json!({}))
        .await;
    assert!(body["errors"].is_null(), "{body}");
    degraded
        .gql(None, "{ nonsense }", serde_json::json!({}))
        .await;
    for _ in 0..2 {
        limited
            .gql(None, "{ __typename }", serde_json::json!({}))
            .await;
    }

    // Raised only when Redis answers a rate-limit script with an error (tests/e2e/sso_hardening.rs).
    let only_on_faults = ["ostoja_rate_limit_errors_total"];
    let deadline = Instant::now() + DEADLINE;
    loop {
        let mut exported = String::new();
        for server in [&degraded, &limited] {
            let ops = server.ops_url.clone().expect("ops port");
            exported.push_str(&get(&format!("{ops}/metrics")).await.1);
        }
        let missing: Vec<&String> = queried
            .iter()
            .filter(|name| !only_on_faults.contains(&name.as_str()))
            .filter(|name| !exported.contains(&format!("\n{name}")))
            .collect();
        if missing.is_empty() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "queried but never exported: {missing:?}\n{exported}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}
