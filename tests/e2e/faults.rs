//! Faults survived: PostgreSQL restarted under load, a slow database, the server killed in the
//! middle of a change, SIGTERM draining the requests in flight. Each on loopback, bounded in
//! time, and stopping what it started. (Redis killed and restarted: `tests/e2e/sso.rs`.)

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection};
use serde_json::json;
use tokio::process::Command;

use crate::harness::{run_cli, Server};

const DEADLINE: Duration = Duration::from_secs(60);

/// A PostgreSQL cluster of the test's own, on a free loopback port, so that it can be stopped
/// and started without touching the one every other test uses. Killed when dropped.
pub struct PrivatePostgres {
    dir: PathBuf,
    pub port: u16,
    running: bool,
}

fn postgres_bin(name: &str) -> PathBuf {
    let root = Path::new("/usr/lib/postgresql");
    let mut versions: Vec<PathBuf> = std::fs::read_dir(root)
        .expect("PostgreSQL's binaries under /usr/lib/postgresql")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    versions.sort();
    versions
        .pop()
        .expect("a PostgreSQL version")
        .join("bin")
        .join(name)
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Runs a PostgreSQL program as the `postgres` user (it refuses to run as root).
fn as_postgres(program: &Path) -> Command {
    let mut command = Command::new("runuser");
    command.args(["-u", "postgres", "--"]).arg(program);
    command
}

impl PrivatePostgres {
    pub async fn start() -> PrivatePostgres {
        let dir = std::env::temp_dir().join(format!("ostoja-pg-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).expect("data directory");
        let status = Command::new("chown")
            .args(["postgres:postgres"])
            .arg(&dir)
            .status()
            .await
            .expect("chown");
        assert!(status.success());
        let out = as_postgres(&postgres_bin("initdb"))
            .args(["-A", "trust", "-U", "postgres", "--no-sync", "-D"])
            .arg(dir.join("data"))
            .output()
            .await
            .expect("initdb");
        assert!(
            out.status.success(),
            "initdb: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mut pg = PrivatePostgres {
            dir,
            port: free_port(),
            running: false,
        };
        pg.resume().await;
        let su = pg.connect("postgres").await;
        for sql in [
            "CREATE ROLE ostoja_owner LOGIN",
            "CREATE ROLE ostoja_app LOGIN NOBYPASSRLS",
            "CREATE ROLE ostoja_region NOLOGIN NOBYPASSRLS",
            "GRANT ostoja_region TO ostoja_app",
            "CREATE DATABASE ostoja OWNER ostoja_owner",
        ] {
            su.execute_unprepared(sql).await.expect(sql);
        }
        pg
    }

    pub fn url(&self, role: &str) -> String {
        format!("postgres://{role}@127.0.0.1:{}/ostoja", self.port)
    }

    async fn connect(&self, db: &str) -> DatabaseConnection {
        let mut opts =
            ConnectOptions::new(format!("postgres://postgres@127.0.0.1:{}/{db}", self.port));
        opts.max_connections(1).sqlx_logging(false);
        Database::connect(opts).await.expect("connect as superuser")
    }

    /// Starts the cluster (`pg_ctl start -w`: it waits until sessions are accepted).
    pub async fn resume(&mut self) {
        let out = as_postgres(&postgres_bin("pg_ctl"))
            .arg("-D")
            .arg(self.dir.join("data"))
            .arg("-l")
            .arg(self.dir.join("log"))
            .arg("-o")
            .arg(format!(
                "-p {} -c listen_addresses=127.0.0.1 -c fsync=off -c unix_socket_directories={}",
                self.port,
                self.dir.display()
            ))
            .args(["-w", "-t", "60", "start"])
            .output()
            .await
            .expect("pg_ctl start");
        assert!(
            out.status.success(),
            "pg_ctl start: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        self.running = true;
    }

    /// A fast shutdown: sessions are ended, the port closes.
    pub async fn stop(&mut self) {
        let out = as_postgres(&postgres_bin("pg_ctl"))
            .arg("-D")
            .arg(self.dir.join("data"))
            .args(["-m", "fast", "-w", "-t", "60", "stop"])
            .output()
            .await
            .expect("pg_ctl stop");
        assert!(
            out.status.success(),
            "pg_ctl stop: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        self.running = false;
    }
}

impl Drop for PrivatePostgres {
    fn drop(&mut self) {
        if self.running {
            let _ = std::process::Command::new("runuser")
                .args(["-u", "postgres", "--"])
                .arg(postgres_bin("pg_ctl"))
                .arg("-D")
                .arg(self.dir.join("data"))
                .args(["-m", "immediate", "-w", "stop"])
                .output();
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The environment of a server on the private cluster.
fn private_env(pg: &PrivatePostgres, dir: &Path, extra: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut env = vec![
        ("PATH".to_owned(), std::env::var("PATH").unwrap_or_default()),
        ("DATABASE_URL".to_owned(), pg.url("ostoja_app")),
        (
            "OSTOJA_DATABASE__MIGRATION_URL".to_owned(),
            pg.url("ostoja_owner"),
        ),
        (
            "OSTOJA_DATA_DIR".to_owned(),
            dir.join("data").display().to_string(),
        ),
        ("OSTOJA_LOG__FILTER".to_owned(), "error".to_owned()),
        ("OSTOJA_DEMO__BLUE_CARDS".to_owned(), "0".to_owned()),
        ("OSTOJA_RATE_LIMIT__ENABLED".to_owned(), "false".to_owned()),
    ];
    env.extend(
        extra
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
    );
    env
}

/// One request's outcome: HTTP status, the first error's code, and how long it took.
#[derive(Debug, Clone)]
struct Outcome {
    status: u16,
    code: Option<String>,
    took: Duration,
}

async fn timed(server: &Server, token: &str, query: &str) -> Outcome {
    let started = Instant::now();
    let (status, body) = server
        .post(Some(token), json!({ "query": query, "variables": {} }))
        .await;
    Outcome {
        status,
        code: body["errors"][0]["extensions"]["code"]
            .as_str()
            .map(str::to_owned),
        took: started.elapsed(),
    }
}

const LIST: &str = "{ viewer { login } blueCards(first: 5) { edges { node { id } } } }";

/// PostgreSQL stopped and started again while four clients keep asking: while it is down every
/// answer is a quick 503 UNAVAILABLE (never a 500, never a hang past the pool's timeout), and
/// the same process serves again once it is back, with no restart.
#[tokio::test]
async fn postgres_restarted_under_load_answers_unavailable_then_recovers() {
    let mut pg = PrivatePostgres::start().await;
    let dir = pg.dir.clone();
    let env = private_env(
        &pg,
        &dir,
        &[("OSTOJA_DATABASE__ACQUIRE_TIMEOUT_SECONDS", "2")],
    );
    let out = run_cli(&env, &dir, &["migrate"]).await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let server = Arc::new(Server::start_in(&dir, env, true).await);
    let pid = server.pid();
    let token = Arc::new(server.staff("zory", "pracownik").await);
    let first = timed(&server, &token, LIST).await;
    assert_eq!((first.status, first.code.as_deref()), (200, None));

    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let outcomes = Arc::new(std::sync::Mutex::new(Vec::<(Instant, Outcome)>::new()));
    let mut clients = Vec::new();
    for _ in 0..4 {
        let (server, token, stop, outcomes) = (
            server.clone(),
            token.clone(),
            stop.clone(),
            outcomes.clone(),
        );
        clients.push(tokio::spawn(async move {
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let outcome = timed(&server, &token, LIST).await;
                outcomes
                    .lock()
                    .expect("outcomes")
                    .push((Instant::now(), outcome));
            }
        }));
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    pg.stop().await;
    let down_at = Instant::now();
    // Down long enough for every client to be answered several times.
    let deadline = Instant::now() + DEADLINE;
    loop {
        let unavailable = outcomes
            .lock()
            .expect("outcomes")
            .iter()
            .filter(|(at, o)| *at > down_at && o.status == 503)
            .count();
        if unavailable >= 8 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "no 503 while PostgreSQL is down: {:?}",
            outcomes
                .lock()
                .expect("outcomes")
                .iter()
                .rev()
                .take(6)
                .collect::<Vec<_>>()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (status, body) = server.get("/readyz").await;
    assert_eq!(status, 503, "not ready while the database is down: {body}");
    pg.resume().await;
    let up_at = Instant::now();
    let deadline = Instant::now() + DEADLINE;
    loop {
        let recovered = outcomes
            .lock()
            .expect("outcomes")
            .iter()
            .filter(|(at, o)| *at > up_at && o.status == 200)
            .count();
        if recovered >= 8 {
            break;
        }
        assert!(Instant::now() < deadline, "never served again");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for client in clients {
        client.await.expect("client");
    }
    assert_eq!(server.pid(), pid, "the same process, never restarted");

    let outcomes = outcomes.lock().expect("outcomes").clone();
    for (_, o) in &outcomes {
        assert!(
            (o.status == 200 && o.code.is_none())
                || (o.status == 503 && o.code.as_deref() == Some("UNAVAILABLE")),
            "only answers or UNAVAILABLE: {o:?}"
        );
        // The pool's acquire timeout (2 s) bounds a request while the database is away.
        assert!(o.took < Duration::from_secs(4), "a request hung: {o:?}");
    }
    let (status, body) = server.get("/readyz").await;
    assert_eq!(status, 200, "{body}");
    let after = timed(&server, &token, LIST).await;
    assert_eq!((after.status, after.code.as_deref()), (200, None));
}

/// A statement that runs past `database.statement_timeout_seconds` is cancelled: the request is
/// answered 503 UNAVAILABLE at once, not when the database finishes. A lock held elsewhere makes
/// the statement slow.
#[tokio::test]
async fn a_slow_database_is_cut_by_the_statement_timeout() {
    slow_update_is_answered_unavailable(&[("OSTOJA_DATABASE__STATEMENT_TIMEOUT_SECONDS", "1")])
        .await;
}

/// Without a statement timeout, the request's own deadline (`http.request_timeout_seconds`)
/// answers it, and dropping its work rolls the transaction back.
#[tokio::test]
async fn a_request_past_its_deadline_is_answered_unavailable() {
    slow_update_is_answered_unavailable(&[
        ("OSTOJA_DATABASE__STATEMENT_TIMEOUT_SECONDS", "0"),
        ("OSTOJA_HTTP__REQUEST_TIMEOUT_SECONDS", "1"),
    ])
    .await;
}

async fn slow_update_is_answered_unavailable(env: &[(&str, &str)]) {
    let db = crate::harness::TestDb::new(crate::harness::Backend::Postgres).await;
    let server = Server::start(
        &db,
        crate::harness::ServerOptions {
            demo: true,
            env: env
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            ..Default::default()
        },
    )
    .await;
    let admin = server.staff("zory", "admin").await;
    let ok = timed(&server, &admin, "{ viewer { login } }").await;
    assert_eq!((ok.status, ok.code.as_deref()), (200, None));

    use sea_orm::TransactionTrait;
    let superuser = db.connect_as_superuser().await;
    let lock = superuser.begin().await.expect("begin");
    lock.execute_unprepared("LOCK TABLE tenancy_settings IN ACCESS EXCLUSIVE MODE")
        .await
        .expect("lock");
    let slow = timed(
        &server,
        &admin,
        "mutation { updateTenantSettings(input: { version: 0, auditRetentionDays: 800 }) { settings { version } } }",
    )
    .await;
    lock.rollback().await.expect("release");
    assert_eq!(
        (slow.status, slow.code.as_deref()),
        (503, Some("UNAVAILABLE")),
        "{slow:?}"
    );
    assert!(slow.took < Duration::from_secs(5), "{slow:?}");
    // Nothing was written: the settings are still at version 0.
    let body = server
        .gql(
            Some(&admin),
            "{ tenantSettings { version auditRetentionDays } }",
            json!({}),
        )
        .await;
    assert_eq!(body["data"]["tenantSettings"]["version"], 0, "{body}");
}

/// How many rows of `sql` (a `SELECT count(*) AS n …`) the superuser counts.
async fn count(conn: &DatabaseConnection, sql: &str) -> i64 {
    let row = conn
        .query_one_raw(sea_orm::Statement::from_string(
            sea_orm::DbBackend::Postgres,
            sql.to_owned(),
        ))
        .await
        .expect(sql)
        .expect("a row");
    row.try_get::<i64>("", "n").expect("n")
}

/// Every card is whole: its people, its NK-A, its initiator's access, its first step and
/// deadline, its opening key; and nothing of a card exists without it.
async fn every_card_is_whole(conn: &DatabaseConnection) -> i64 {
    let cards = count(conn, "SELECT count(*) AS n FROM cases_blue_cards").await;
    for (what, sql) in [
        ("a card without people", "SELECT count(*) AS n FROM cases_blue_cards c WHERE NOT EXISTS (SELECT 1 FROM cases_persons p WHERE p.tenant_id = c.tenant_id AND p.card_id = c.id)"),
        ("a card without its NK-A", "SELECT count(*) AS n FROM cases_blue_cards c WHERE NOT EXISTS (SELECT 1 FROM cases_forms f WHERE f.tenant_id = c.tenant_id AND f.card_id = c.id)"),
        ("a card without its initiator's access", "SELECT count(*) AS n FROM cases_blue_cards c WHERE NOT EXISTS (SELECT 1 FROM cases_access a WHERE a.tenant_id = c.tenant_id AND a.card_id = c.id)"),
        ("a card without its first step", "SELECT count(*) AS n FROM cases_blue_cards c WHERE NOT EXISTS (SELECT 1 FROM cases_steps s WHERE s.tenant_id = c.tenant_id AND s.card_id = c.id)"),
        ("a card without a deadline", "SELECT count(*) AS n FROM cases_blue_cards c WHERE NOT EXISTS (SELECT 1 FROM cases_deadlines d WHERE d.tenant_id = c.tenant_id AND d.card_id = c.id)"),
        ("a card without its opening key", "SELECT count(*) AS n FROM cases_blue_cards c WHERE NOT EXISTS (SELECT 1 FROM cases_opening_keys k WHERE k.tenant_id = c.tenant_id AND k.card_id = c.id)"),
        ("a card whose status and steps disagree", "SELECT count(*) AS n FROM cases_blue_cards c WHERE c.status <> (SELECT s.status FROM cases_steps s WHERE s.tenant_id = c.tenant_id AND s.card_id = c.id ORDER BY s.taken_at DESC, s.id DESC LIMIT 1)"),
    ] {
        assert_eq!(count(conn, sql).await, 0, "{what}");
    }
    cards
}

/// The server killed with SIGKILL while twenty NK-A forms are being opened: afterwards every
/// card is whole or absent, and each form sent again with its opening key, to a new server,
/// opens exactly one card (the first sending's, where it committed). Then the same with a
/// procedure step: each card moved once or not at all, and repeating the step with the version
/// the client had is either done now or CONFLICT, never a second step.
#[tokio::test]
async fn the_server_killed_mid_change_leaves_no_half_written_card_and_retries_are_safe() {
    let db = crate::harness::TestDb::new(crate::harness::Backend::Postgres).await;
    let options = crate::harness::ServerOptions {
        demo: true,
        ..Default::default()
    };
    let server = Server::start(&db, options.clone()).await;
    let worker = server.staff("zory", "pracownik").await;
    let keys: Vec<String> = (0..20).map(|_| uuid::Uuid::new_v4().to_string()).collect();
    let form = |key: &str| {
        let mut input = crate::cases::nk_a(crate::cases::today());
        input["openingKey"] = json!(key);
        json!({ "query": crate::cases::OPEN, "variables": { "input": input } })
    };
    let client = reqwest::Client::new();
    let sent: Vec<_> = keys
        .iter()
        .map(|key| {
            let request = client
                .post(format!("{}/graphql", server.url))
                .bearer_auth(&worker)
                .json(&form(key))
                .send();
            tokio::spawn(async move {
                match request.await {
                    Ok(resp) => resp.json::<serde_json::Value>().await.ok(),
                    Err(_) => None,
                }
            })
        })
        .collect();
    // Kill as soon as the first card is committed: the others are in flight.
    let superuser = db.connect_as_superuser().await;
    let deadline = Instant::now() + DEADLINE;
    while count(&superuser, "SELECT count(*) AS n FROM cases_blue_cards").await == 0 {
        assert!(Instant::now() < deadline, "no card was ever opened");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    server.stop().await;
    let mut answered = std::collections::HashMap::new();
    for (key, task) in keys.iter().zip(sent) {
        if let Some(body) = task.await.expect("client task") {
            if let Some(id) = body["data"]["openBlueCard"]["blueCard"]["id"].as_str() {
                answered.insert(key.clone(), id.to_owned());
            }
        }
    }
    let before = every_card_is_whole(&superuser).await;
    assert!(
        (answered.len() as i64) <= before && before <= keys.len() as i64,
        "answered {} of {}, {before} cards",
        answered.len(),
        keys.len()
    );
    assert!(
        answered.len() < keys.len(),
        "the kill came after every answer"
    );

    // The client sends every form again, to a new server.
    let server = Server::start(&db, options).await;
    let worker = server.staff("zory", "pracownik").await;
    let mut cards = Vec::new();
    for key in &keys {
        let (status, body) = server.post(Some(&worker), form(key)).await;
        assert_eq!(status, 200, "{body}");
        let id = body["data"]["openBlueCard"]["blueCard"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("{body}"))
            .to_owned();
        if let Some(first) = answered.get(key) {
            assert_eq!(
                &id, first,
                "a retry returns the card the first sending opened"
            );
        }
        cards.push(id);
    }
    assert_eq!(
        every_card_is_whole(&superuser).await,
        keys.len() as i64,
        "one card per form, however often it was sent"
    );
    // Another person's key is theirs alone: the same key opens the chair's own card.
    let chair = server.staff("zory", "przewodniczacy").await;
    let (_, body) = server.post(Some(&chair), form(&keys[0])).await;
    let theirs = body["data"]["openBlueCard"]["blueCard"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"));
    assert_ne!(theirs, cards[0]);
    // The same key with another form would lose its changes: refused on the key, nothing
    // written.
    let mut changed = crate::cases::nk_a(crate::cases::today());
    changed["openingKey"] = json!(keys[0]);
    changed["persons"][0]["lastName"] = json!("Inna");
    let (_, body) = server
        .post(
            Some(&worker),
            json!({ "query": crate::cases::OPEN, "variables": { "input": changed } }),
        )
        .await;
    assert_eq!(
        body["data"]["openBlueCard"]["userErrors"][0]["code"], "ALREADY_SENT",
        "{body}"
    );
    // A key that is not a UUID is refused on its field, with nothing written.
    let (_, body) = server.post(Some(&worker), form("not-a-uuid")).await;
    assert_eq!(
        body["data"]["openBlueCard"]["userErrors"][0]["field"],
        json!(["input", "openingKey"]),
        "{body}"
    );
    let opened = every_card_is_whole(&superuser).await;
    assert_eq!(opened, keys.len() as i64 + 1);

    // A procedure step on every card, killed in flight.
    const FORWARD: &str = "mutation($input: BlueCardStepInput!) { forwardBlueCardToChair(input: $input) { blueCard { id version status } userErrors { code } } }";
    let step = |id: &str| json!({ "query": FORWARD, "variables": { "input": { "id": id, "version": 1 } } });
    let sent: Vec<_> = cards
        .iter()
        .map(|id| {
            let request = client
                .post(format!("{}/graphql", server.url))
                .bearer_auth(&worker)
                .json(&step(id))
                .send();
            tokio::spawn(async move { request.await.is_ok() })
        })
        .collect();
    let moved = "SELECT count(*) AS n FROM cases_steps WHERE step = 'sent_to_chair'";
    let deadline = Instant::now() + DEADLINE;
    while count(&superuser, moved).await == 0 {
        assert!(Instant::now() < deadline, "no step was ever taken");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    server.stop().await;
    for task in sent {
        task.await.expect("client task");
    }
    every_card_is_whole(&superuser).await;
    let server = Server::start(
        &db,
        crate::harness::ServerOptions {
            demo: true,
            ..Default::default()
        },
    )
    .await;
    let worker = server.staff("zory", "pracownik").await;
    for id in &cards {
        let (status, body) = server.post(Some(&worker), step(id)).await;
        assert_eq!(status, 200, "{body}");
        let code = body["errors"][0]["extensions"]["code"].as_str();
        assert!(
            code == Some("CONFLICT")
                || body["data"]["forwardBlueCardToChair"]["blueCard"]["status"].is_string(),
            "{body}"
        );
    }
    assert_eq!(
        count(&superuser, moved).await,
        keys.len() as i64,
        "every card forwarded exactly once"
    );
    every_card_is_whole(&superuser).await;
}

/// SIGTERM while a request waits on the database: the server stops taking connections at once,
/// finishes that request (its change saved, its answer sent), then exits cleanly.
#[tokio::test]
async fn sigterm_drains_the_requests_in_flight() {
    use sea_orm::TransactionTrait;
    let db = crate::harness::TestDb::new(crate::harness::Backend::Postgres).await;
    let mut server = Server::start(
        &db,
        crate::harness::ServerOptions {
            demo: true,
            ..Default::default()
        },
    )
    .await;
    let admin = server.staff("zory", "admin").await;
    let superuser = db.connect_as_superuser().await;
    let lock = superuser.begin().await.expect("begin");
    lock.execute_unprepared("LOCK TABLE tenancy_settings IN ACCESS EXCLUSIVE MODE")
        .await
        .expect("lock");
    let request = reqwest::Client::new()
        .post(format!("{}/graphql", server.url))
        .bearer_auth(&admin)
        .json(&json!({ "query": "mutation { updateTenantSettings(input: { version: 0, auditRetentionDays: 800 }) { settings { version auditRetentionDays } } }" }))
        .send();
    let in_flight = tokio::spawn(async move {
        let resp = request.await.expect("the request in flight is answered");
        (
            resp.status().as_u16(),
            resp.json::<serde_json::Value>().await.expect("json"),
        )
    });
    // The request is in flight once its statement waits on the lock.
    let waiting = "SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND usename = 'ostoja_app'";
    let observer = db.connect_as_superuser().await;
    let deadline = Instant::now() + DEADLINE;
    while count(&observer, waiting).await == 0 {
        assert!(
            Instant::now() < deadline,
            "the request never reached the database"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    server.terminate().await;
    let address = server.url.trim_start_matches("http://").to_owned();
    let deadline = Instant::now() + DEADLINE;
    while tokio::net::TcpStream::connect(&address).await.is_ok() {
        assert!(
            Instant::now() < deadline,
            "still taking connections after SIGTERM"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(
        server.exited(Duration::from_millis(300)).await.is_none(),
        "exited with a request in flight"
    );
    lock.rollback().await.expect("release");
    let (status, body) = in_flight.await.expect("client");
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body["data"]["updateTenantSettings"]["settings"],
        json!({ "version": 1, "auditRetentionDays": 800 }),
        "{body}"
    );
    let exit = server
        .exited(DEADLINE)
        .await
        .expect("the server exits once drained");
    assert!(exit.success(), "{exit:?}");
    assert_eq!(
        count(
            &observer,
            "SELECT count(*) AS n FROM tenancy_settings WHERE audit_retention_days = 800"
        )
        .await,
        1
    );
}

/// A pool busy with requests (here its one connection held by a request waiting on a lock) is
/// not a database that is away: readiness answers from a connection of its own, so a load
/// spike never empties the Service on every replica at once.
#[tokio::test]
async fn a_busy_pool_keeps_the_server_ready() {
    use sea_orm::TransactionTrait;
    let db = crate::harness::TestDb::new(crate::harness::Backend::Postgres).await;
    let server = Server::start(
        &db,
        crate::harness::ServerOptions {
            demo: true,
            env: vec![(
                "OSTOJA_DATABASE__MAX_CONNECTIONS".to_owned(),
                "1".to_owned(),
            )],
            ..Default::default()
        },
    )
    .await;
    let admin = server.staff("zory", "admin").await;
    let superuser = db.connect_as_superuser().await;
    let lock = superuser.begin().await.expect("begin");
    lock.execute_unprepared("LOCK TABLE tenancy_settings IN ACCESS EXCLUSIVE MODE")
        .await
        .expect("lock");
    let request = reqwest::Client::new()
        .post(format!("{}/graphql", server.url))
        .bearer_auth(&admin)
        .json(&json!({ "query": "mutation { updateTenantSettings(input: { version: 0, auditRetentionDays: 800 }) { settings { version } } }" }))
        .send();
    let held = tokio::spawn(async move { request.await.map(|r| r.status().as_u16()) });
    let observer = db.connect_as_superuser().await;
    let waiting = "SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND usename = 'ostoja_app'";
    let deadline = Instant::now() + DEADLINE;
    while count(&observer, waiting).await == 0 {
        assert!(
            Instant::now() < deadline,
            "the request never reached the database"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let (status, body) = server.get("/readyz").await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"database\":\"ok\""), "{body}");
    lock.rollback().await.expect("release");
    assert_eq!(held.await.expect("client").expect("answered"), 200);
}
