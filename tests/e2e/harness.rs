//! Test harness: a fresh database per test (PostgreSQL cloned from a migrated template, or a
//! SQLite file), the real `ostoja` binary started on a free port, and typed request helpers.
//!
//! PostgreSQL and Redis must run on 127.0.0.1 (see `.ci/run`). The server under test connects as
//! `ostoja_app`; migrations run as `ostoja_owner`; only set-up uses the superuser.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, Statement};
use serde_json::{json, Value};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

pub const BIN: &str = env!("CARGO_BIN_EXE_ostoja");
const PG: &str = "postgres://postgres@127.0.0.1:5432";
pub const REDIS: &str = "redis://127.0.0.1:6379";
const DEADLINE: Duration = Duration::from_secs(60);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Postgres,
    Sqlite,
}

async fn superuser(db: &str) -> DatabaseConnection {
    let mut opts = ConnectOptions::new(format!("{PG}/{db}"));
    opts.max_connections(1)
        .min_connections(1)
        .sqlx_logging(false);
    Database::connect(opts)
        .await
        .expect("PostgreSQL superuser connection (is PostgreSQL running?)")
}

async fn exec(conn: &DatabaseConnection, sql: &str) {
    conn.execute_unprepared(sql)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

/// Templates of one build directory share this prefix: checkouts side by side (each with its own
/// target directory) never drop each other's templates.
fn template_prefix() -> String {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    BIN.hash(&mut hasher);
    format!("ostoja_tpl_{:x}_", hasher.finish() % (1u64 << 40))
}

/// The template's name changes whenever the binary (and so its migrations) changes.
fn template_name() -> String {
    let modified = std::fs::metadata(BIN)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!("{}{:x}", template_prefix(), modified % (1u128 << 63))
}

/// Creates the roles and the migrated template once per build, under an advisory lock so that
/// parallel test processes agree.
async fn ensure_template() -> String {
    let name = template_name();
    let conn = superuser("postgres").await;
    exec(&conn, "SELECT pg_advisory_lock(4242001)").await;
    for (role, attrs) in [
        ("ostoja_owner", "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE"),
        (
            "ostoja_app",
            "LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE",
        ),
        (
            "ostoja_region",
            "NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE",
        ),
    ] {
        exec(
            &conn,
            &format!(
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN CREATE ROLE {role} {attrs}; END IF; END $$"
            ),
        )
        .await;
    }
    // Regional reads run as ostoja_region (`SET LOCAL ROLE`): the server's role is a member.
    exec(&conn, "GRANT ostoja_region TO ostoja_app").await;
    let exists = conn
        .query_one_raw(Statement::from_string(
            sea_orm::DbBackend::Postgres,
            format!("SELECT 1 AS one FROM pg_database WHERE datname = '{name}'"),
        ))
        .await
        .expect("query pg_database")
        .is_some();
    if !exists {
        // Drop templates of earlier builds of this build directory.
        let old = conn
            .query_all_raw(Statement::from_string(
                sea_orm::DbBackend::Postgres,
                format!(
                    "SELECT datname FROM pg_database WHERE datname LIKE '{}%'",
                    template_prefix()
                ),
            ))
            .await
            .expect("list templates");
        for row in old {
            let old_name: String = row.try_get("", "datname").expect("datname");
            let _ = conn
                .execute_unprepared(&format!("DROP DATABASE IF EXISTS {old_name} WITH (FORCE)"))
                .await;
        }
        exec(
            &conn,
            &format!("CREATE DATABASE {name}_build OWNER ostoja_owner"),
        )
        .await;
        let owner_url = format!("postgres://ostoja_owner@127.0.0.1:5432/{name}_build");
        let out = Command::new(BIN)
            .arg("migrate")
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("DATABASE_URL", &owner_url)
            .env("OSTOJA_LOG__FILTER", "warn")
            .output()
            .await
            .expect("run ostoja migrate");
        assert!(
            out.status.success(),
            "ostoja migrate failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        // Renaming last makes a half-built template impossible to pick up.
        exec(
            &conn,
            &format!("ALTER DATABASE {name}_build RENAME TO {name}"),
        )
        .await;
    }
    exec(&conn, "SELECT pg_advisory_unlock(4242001)").await;
    name
}

/// A database of one test, removed when dropped.
pub struct TestDb {
    pub backend: Backend,
    /// PostgreSQL: the database name; SQLite: the directory holding the file.
    name: String,
    dir: PathBuf,
}

impl TestDb {
    pub async fn new(backend: Backend) -> TestDb {
        let dir =
            std::env::temp_dir().join(format!("ostoja-test-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).expect("create test dir");
        match backend {
            Backend::Postgres => {
                let template = ensure_template().await;
                let name = format!("t_{}", uuid::Uuid::new_v4().simple());
                let conn = superuser("postgres").await;
                exec(
                    &conn,
                    &format!("CREATE DATABASE {name} TEMPLATE {template} OWNER ostoja_owner"),
                )
                .await;
                TestDb { backend, name, dir }
            }
            Backend::Sqlite => TestDb {
                backend,
                name: String::new(),
                dir,
            },
        }
    }

    /// The server's URL (role `ostoja_app` on PostgreSQL).
    pub fn app_url(&self) -> String {
        match self.backend {
            Backend::Postgres => format!("postgres://ostoja_app@127.0.0.1:5432/{}", self.name),
            Backend::Sqlite => {
                format!("sqlite://{}?mode=rwc", self.dir.join("ostoja.db").display())
            }
        }
    }

    pub fn owner_url(&self) -> String {
        match self.backend {
            Backend::Postgres => format!("postgres://ostoja_owner@127.0.0.1:5432/{}", self.name),
            Backend::Sqlite => self.app_url(),
        }
    }

    /// A superuser's URL of this test's database (PostgreSQL only), for tools like `psql`.
    pub fn superuser_url(&self) -> String {
        assert_eq!(self.backend, Backend::Postgres);
        format!("{PG}/{}", self.name)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// A connection as the server's role, for SQL-level checks.
    pub async fn connect_as_app(&self) -> DatabaseConnection {
        let mut opts = ConnectOptions::new(self.app_url());
        opts.max_connections(1)
            .min_connections(1)
            .sqlx_logging(false);
        Database::connect(opts)
            .await
            .expect("connect as the server role")
    }

    /// A superuser connection to this test's database (PostgreSQL only), for set-up.
    pub async fn connect_as_superuser(&self) -> DatabaseConnection {
        assert_eq!(self.backend, Backend::Postgres);
        superuser(&self.name).await
    }

    /// Makes the database unreachable for the server (PostgreSQL only).
    pub async fn drop_now(&self) {
        let conn = superuser("postgres").await;
        exec(
            &conn,
            &format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name),
        )
        .await;
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
        if self.backend == Backend::Postgres {
            let name = std::mem::take(&mut self.name);
            // Async work cannot run in Drop; a thread with its own runtime can.
            let _ = std::thread::spawn(move || {
                if let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                {
                    rt.block_on(async {
                        let conn = superuser("postgres").await;
                        let _ = conn
                            .execute_unprepared(&format!(
                                "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                            ))
                            .await;
                    });
                }
            })
            .join();
        }
    }
}

/// Options for starting a server.
#[derive(Default, Clone)]
pub struct ServerOptions {
    pub demo: bool,
    pub redis: Option<String>,
    pub env: Vec<(String, String)>,
}

/// A running `ostoja serve`, killed when dropped.
pub struct Server {
    child: Child,
    pub url: String,
    /// The operations port's address, when `http.ops_port` is set.
    pub ops_url: Option<String>,
    env: Vec<(String, String)>,
    dir: PathBuf,
    pub http: reqwest::Client,
}

/// The environment every `ostoja` command of a test runs with.
pub fn base_env(db: &TestDb, redis: Option<&str>) -> Vec<(String, String)> {
    let mut env = vec![
        ("PATH".to_owned(), std::env::var("PATH").unwrap_or_default()),
        ("DATABASE_URL".to_owned(), db.app_url()),
        ("OSTOJA_DATABASE__MIGRATION_URL".to_owned(), db.owner_url()),
        (
            "OSTOJA_DATA_DIR".to_owned(),
            db.dir().join("data").display().to_string(),
        ),
        ("OSTOJA_LOG__FILTER".to_owned(), "warn".to_owned()),
        // The tests open the cards they need; the demo's own would crowd their lists.
        ("OSTOJA_DEMO__BLUE_CARDS".to_owned(), "0".to_owned()),
        (
            "OSTOJA_DATABASE__MAX_CONNECTIONS".to_owned(),
            "4".to_owned(),
        ),
    ];
    if let Some(redis) = redis {
        env.push(("REDIS_URL".to_owned(), redis.to_owned()));
    }
    env
}

/// Runs an `ostoja` command to completion.
pub async fn run_cli(env: &[(String, String)], dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(BIN)
        .args(args)
        .env_clear()
        .envs(env.iter().cloned())
        .current_dir(dir)
        .output()
        .await
        .expect("run ostoja")
}

impl Server {
    pub async fn start(db: &TestDb, options: ServerOptions) -> Server {
        let mut env = base_env(db, options.redis.as_deref());
        env.extend(options.env.iter().cloned());
        Server::start_in(db.dir(), env, options.demo).await
    }

    /// `ostoja serve` with exactly this environment, in `dir` (a database of the test's own).
    pub async fn start_in(dir: &Path, env: Vec<(String, String)>, demo: bool) -> Server {
        // A port of the test's choosing (a provider knows the server's address), or a free one.
        let mut args = vec!["serve"];
        if !env.iter().any(|(k, _)| k == "OSTOJA_HTTP__PORT") {
            args.extend(["--port", "0"]);
        }
        if demo {
            args.push("--demo");
        }
        let mut child = Command::new(BIN)
            .args(&args)
            .env_clear()
            .envs(env.iter().cloned())
            .current_dir(dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .kill_on_drop(true)
            .spawn()
            .expect("start ostoja serve");
        let stdout = child.stdout.take().expect("stdout");
        let mut lines = BufReader::new(stdout).lines();
        let mut ops_url = None;
        let url = tokio::time::timeout(DEADLINE, async {
            while let Ok(Some(line)) = lines.next_line().await {
                if let Some(rest) = line.strip_prefix("Operations endpoints on ") {
                    ops_url = rest.split_whitespace().next().map(str::to_owned);
                }
                if let Some(rest) = line.strip_prefix("Ostoja is listening on ") {
                    return rest.split_whitespace().next().map(str::to_owned);
                }
            }
            None
        })
        .await
        .expect("server did not start in time")
        .expect("server exited before listening");
        // Keep draining stdout so the server never blocks on a full pipe.
        tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
        Server {
            child,
            url,
            ops_url,
            env,
            dir: dir.to_path_buf(),
            http: reqwest::Client::new(),
        }
    }

    #[allow(dead_code)] // used by the benchmark
    pub fn pid(&self) -> Option<u32> {
        self.child.id()
    }

    /// Sends SIGTERM, as Kubernetes does to stop a pod.
    pub async fn terminate(&self) {
        let pid = self.child.id().expect("the server is running");
        let status = Command::new("kill")
            .args(["-TERM", &pid.to_string()])
            .status()
            .await
            .expect("kill");
        assert!(status.success());
    }

    /// Waits for the process to exit by itself, at most `limit`.
    pub async fn exited(&mut self, limit: Duration) -> Option<std::process::ExitStatus> {
        tokio::time::timeout(limit, self.child.wait())
            .await
            .ok()
            .and_then(Result::ok)
    }

    pub async fn stop(mut self) {
        let _ = self.child.kill().await;
    }

    pub async fn cli(&self, args: &[&str]) -> std::process::Output {
        run_cli(&self.env, &self.dir, args).await
    }

    /// An `ostoja` command for the same database, to spawn and watch (e.g. to interrupt it).
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(BIN);
        command
            .args(args)
            .env_clear()
            .envs(self.env.iter().cloned())
            .current_dir(&self.dir)
            .kill_on_drop(true);
        command
    }

    /// An `ostoja` command for the same database, with `extra` over the server's environment.
    pub async fn cli_with(
        &self,
        extra: &[(String, String)],
        args: &[&str],
    ) -> std::process::Output {
        let mut env = self.env.clone();
        env.extend(extra.iter().cloned());
        run_cli(&env, &self.dir, args).await
    }

    /// `ostoja dev-token …` for the same database.
    pub async fn token(&self, args: &[&str]) -> String {
        let mut all = vec!["dev-token"];
        all.extend_from_slice(args);
        let out = self.cli(&all).await;
        assert!(
            out.status.success(),
            "dev-token {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout)
            .expect("utf8")
            .trim()
            .to_owned()
    }

    pub async fn staff(&self, tenant: &str, login: &str) -> String {
        self.token(&["--tenant", tenant, "--user", login]).await
    }

    pub async fn operator(&self) -> String {
        self.token(&["--operator", "--user", "operator"]).await
    }

    pub async fn coordinator(&self) -> String {
        self.token(&["--region", "slaskie", "--user", "koordynator"])
            .await
    }

    /// POSTs a GraphQL request; returns the HTTP status and the body.
    pub async fn post(&self, token: Option<&str>, body: Value) -> (u16, Value) {
        let mut req = self.http.post(format!("{}/graphql", self.url)).json(&body);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let resp = req.send().await.expect("POST /graphql");
        let status = resp.status().as_u16();
        let body = resp.json::<Value>().await.unwrap_or(Value::Null);
        (status, body)
    }

    pub async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        self.post(token, json!({ "query": query, "variables": variables }))
            .await
            .1
    }

    pub async fn get(&self, path: &str) -> (u16, String) {
        let resp = self
            .http
            .get(format!("{}{path}", self.url))
            .send()
            .await
            .expect("GET");
        (
            resp.status().as_u16(),
            resp.text().await.unwrap_or_default(),
        )
    }

    /// The global ID of a municipality, as an operator sees it.
    pub async fn municipality_id(&self, slug: &str) -> Value {
        let op = self.operator().await;
        let body = self
            .gql(Some(&op), "{ municipalities { id slug } }", json!({}))
            .await;
        body["data"]["municipalities"]
            .as_array()
            .expect("municipalities")
            .iter()
            .find(|m| m["slug"] == slug)
            .unwrap_or_else(|| panic!("no municipality {slug}: {body}"))["id"]
            .clone()
    }

    /// Statements issued through tenant transactions so far (`/metrics`).
    pub async fn tenant_statements(&self) -> f64 {
        self.metric("ostoja_db_tenant_statements_total").await
    }

    /// The value of the series `series` (its name and labels as `/metrics` writes them), 0
    /// before it is first counted.
    pub async fn metric(&self, series: &str) -> f64 {
        let (_, metrics) = self.get("/metrics").await;
        metrics
            .lines()
            .find(|l| l.split_whitespace().next() == Some(series))
            .and_then(|l| l.split_whitespace().last())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0)
    }

    pub fn ws_url(&self) -> String {
        format!("{}/graphql/ws", self.url.replacen("http", "ws", 1))
    }
}

/// A directory of the repository (relative to its root), such as `tests/oidc` or `web`.
pub fn repo_dir(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(relative)
}

/// `npm ci` in `dir` when its `node_modules/<marker>` is missing or older than its
/// `package-lock.json`, once across the test processes that run in parallel (a file lock per
/// directory). Blocking: call it from `spawn_blocking`.
pub fn npm_ci(dir: &Path, marker: &str) {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(std::env::temp_dir().join(format!("ostoja-{name}-npm.lock")))
        .expect("lock file");
    lock.lock().expect("lock");
    let modified = |p: PathBuf| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let installed = modified(dir.join("node_modules").join(marker));
    let locked = modified(dir.join("package-lock.json"));
    let stale = match (installed, locked) {
        (Some(installed), Some(locked)) => installed < locked,
        (None, _) => true,
        (Some(_), None) => false,
    };
    if stale {
        let status = std::process::Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(dir)
            .status()
            .expect("npm (Node.js) must be installed");
        assert!(status.success(), "npm ci in {} failed", dir.display());
    }
    lock.unlock().expect("unlock");
}

/// The `extensions.code` of the first error, if any.
pub fn code(body: &Value) -> Option<&str> {
    body["errors"][0]["extensions"]["code"].as_str()
}

/// Declares a test that runs on PostgreSQL and on SQLite.
#[macro_export]
macro_rules! on_both {
    ($name:ident) => {
        mod $name {
            #[tokio::test]
            async fn postgres() {
                super::$name($crate::harness::Backend::Postgres).await
            }
            #[tokio::test]
            async fn sqlite() {
                super::$name($crate::harness::Backend::Sqlite).await
            }
        }
    };
}

/// A demo server on a fresh database of `backend`.
pub async fn demo(backend: Backend) -> (TestDb, Server) {
    let db = TestDb::new(backend).await;
    let server = Server::start(
        &db,
        ServerOptions {
            demo: true,
            ..Default::default()
        },
    )
    .await;
    (db, server)
}
