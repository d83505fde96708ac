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
