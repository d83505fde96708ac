//! The command line: help, tenancy management, the embedded default, production refusals, the
//! demo's idempotence and the worker.

use std::process::Stdio;

use sea_orm::{ConnectionTrait, Statement, Value as SqlValue};
use serde_json::json;
use tokio::io::{AsyncBufReadExt, BufReader};

use crate::harness::{base_env, demo, run_cli, Backend, Server, ServerOptions, TestDb, BIN};
use crate::on_both;

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[tokio::test]
async fn help_lists_every_command_and_hides_secrets() {
    let dir = std::env::temp_dir();
    let env = vec![
        ("PATH".to_owned(), std::env::var("PATH").unwrap_or_default()),
        (
            "DATABASE_URL".to_owned(),
            "postgres://u:SECRET-PASSWORD@127.0.0.1/x".to_owned(),
        ),
        ("OSTOJA_MASTER_KEY".to_owned(), "SECRET-KEY".to_owned()),
    ];
    let out = run_cli(&env, &dir, &["--help"]).await;
    assert!(out.status.success());
    let help = stdout(&out);
    for command in [
        "serve",
        "migrate",
        "worker",
        "tenant",
        "region",
        "dev-token",
        "schema",
    ] {
        assert!(help.contains(command), "{command} in {help}");
    }
    for sub in [
        &["serve", "--help"][..],
        &["tenant", "--help"],
        &["region", "--help"],
        &["dev-token", "--help"],
        &["worker", "--help"],
        &["migrate", "--help"],
    ] {
        let out = run_cli(&env, &dir, sub).await;
        assert!(out.status.success(), "{sub:?}");
        assert!(!stdout(&out).contains("SECRET"), "{sub:?} shows a secret");
    }
    let out = run_cli(&env, &dir, &["tenant", "--help"]).await;
    for sub in ["create", "list", "disable", "enable"] {
        assert!(stdout(&out).contains(sub));
    }
    let out = run_cli(&env, &dir, &["--version"]).await;
    assert!(stdout(&out).starts_with("ostoja "), "{}", stdout(&out));
}

#[tokio::test]
async fn production_profile_refuses_unsafe_settings() {
    let dir = std::env::temp_dir();
    let key = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="; // 32 bytes
    let base = |extra: &[(&str, &str)]| {
        let mut env = vec![
            ("PATH".to_owned(), std::env::var("PATH").unwrap_or_default()),
            ("OSTOJA_PROFILE".to_owned(), "production".to_owned()),
        ];
        env.extend(
            extra
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
        );
        env
    };
    let pg = "postgres://ostoja_app:TOPSECRET@127.0.0.1:1/none";
    let cases: [(&[(&str, &str)], &str); 5] = [
        (&[("OSTOJA_MASTER_KEY", key)], "DATABASE_URL"),
        (
            &[
                ("DATABASE_URL", "sqlite://x.db"),
                ("OSTOJA_MASTER_KEY", key),
            ],
            "SQLite",
        ),
        (
            &[
                ("DATABASE_URL", pg),
                ("OSTOJA_MASTER_KEY", key),
                ("OSTOJA_DEV_LOGIN__ENABLED", "true"),
            ],
            "OSTOJA_DEV_LOGIN__ENABLED",
        ),
        (&[("DATABASE_URL", pg)], "OSTOJA_MASTER_KEY"),
        (
            &[("DATABASE_URL", pg), ("OSTOJA_MASTER_KEY", "short")],
            "OSTOJA_MASTER_KEY",
        ),
    ];
    for (env, expected) in cases {
        let out = run_cli(&base(env), &dir, &["serve", "--port", "0"]).await;
        assert!(!out.status.success(), "{expected}");
        let err = stderr(&out);
        assert!(err.contains(expected), "{expected} in {err}");
        assert!(!err.contains("TOPSECRET"), "secret leaked: {err}");
    }
    let out = run_cli(&base(&[("OSTOJA_NO_SUCH_SETTING", "1")]), &dir, &["serve"]).await;
    assert!(!out.status.success(), "unknown settings are refused");
    // Development tokens cannot be issued for a production configuration.
    let out = run_cli(
        &base(&[("DATABASE_URL", pg), ("OSTOJA_MASTER_KEY", key)]),
        &dir,
        &["dev-token", "--operator", "--user", "operator"],
    )
    .await;
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("development login is disabled"),
        "{}",
        stderr(&out)
    );
}

#[tokio::test]
async fn serve_with_nothing_configured_uses_embedded_sqlite() {
    let dir =
        std::env::temp_dir().join(format!("ostoja-embedded-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).expect("dir");
    let mut child = tokio::process::Command::new(BIN)
        .args(["serve", "--port", "0"])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .current_dir(&dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("spawn");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let line = tokio::time::timeout(std::time::Duration::from_secs(60), lines.next_line())
        .await
        .expect("in time")
        .expect("read")
        .expect("a line");
    assert!(
        line.starts_with("Ostoja is listening on http://127.0.0.1:"),
        "{line}"
    );
    assert!(dir.join("data/ostoja.db").exists());
    let url = line
        .trim_start_matches("Ostoja is listening on ")
        .split_whitespace()
        .next()
        .expect("url")
        .to_owned();
    let body: serde_json::Value = reqwest::Client::new()
        .post(format!("{url}/graphql"))
        .json(&json!({ "query": "{ viewer { kind } }" }))
        .send()
        .await
        .expect("post")
        .json()
        .await
        .expect("json");
    assert_eq!(body["data"]["viewer"]["kind"], "ANONYMOUS");
    let _ = child.kill().await;
    let _ = std::fs::remove_dir_all(&dir);
}

async fn tenant_and_region_commands(backend: Backend) {
    let db = TestDb::new(backend).await;
    let env = base_env(&db, None);
    let dir = db.dir();
    let ok = |out: &std::process::Output| assert!(out.status.success(), "{}", stderr(out));
    let out = run_cli(&env, dir, &["migrate"]).await;
    ok(&out);
    let out = run_cli(
        &env,
        dir,
        &[
            "region",
            "create",
            "--slug",
            "malopolskie",
            "--name",
            "Województwo małopolskie",
            "--teryt",
            "12",
        ],
    )
    .await;
    ok(&out);
    let out = run_cli(
        &env,
        dir,
        &[
            "tenant",
            "create",
            "--slug",
            "krakow",
            "--name",
            "Miasto Kraków",
            "--teryt",
            "1261011",
            "--region",
            "malopolskie",
            "--shares-statistics",
        ],
    )
    .await;
    ok(&out);
    let out = run_cli(&env, dir, &["tenant", "list"]).await;
    ok(&out);
    assert!(
        stdout(&out)
            .contains("krakow\tMiasto Kraków\t1261011\tmalopolskie\tactive\tshares-statistics"),
        "{}",
        stdout(&out)
    );
    let out = run_cli(&env, dir, &["region", "list"]).await;
    assert!(stdout(&out).contains("malopolskie\tWojewództwo małopolskie\t12"));

    for (args, message) in [
        (
            vec![
                "tenant",
                "create",
                "--slug",
                "Kraków",
                "--name",
                "K",
                "--teryt",
                "1261011",
                "--region",
                "malopolskie",
            ],
            "slug",
        ),
        (
            vec![
                "tenant",
                "create",
                "--slug",
                "krakow2",
                "--name",
                "K",
                "--teryt",
                "12610",
                "--region",
                "malopolskie",
            ],
            "teryt",
        ),
        (
            vec![
                "tenant",
                "create",
                "--slug",
                "krakow",
                "--name",
                "K",
                "--teryt",
                "1261021",
                "--region",
                "malopolskie",
            ],
            "exists",
        ),
        (
            vec![
                "tenant",
                "create",
                "--slug",
                "katowice",
                "--name",
                "K",
                "--teryt",
                "2469011",
                "--region",
                "malopolskie",
            ],
            "voivodeship",
        ),
        (
            vec![
                "region", "create", "--slug", "x", "--name", "X", "--teryt", "13",
            ],
            "slug",
        ),
        (vec!["tenant", "disable", "nowhere"], "no municipality"),
    ] {
        let out = run_cli(&env, dir, &args).await;
        assert!(!out.status.success(), "{args:?}");
        assert!(stderr(&out).contains(message), "{args:?}: {}", stderr(&out));
    }
    let out = run_cli(&env, dir, &["tenant", "disable", "krakow"]).await;
    ok(&out);
    let out = run_cli(&env, dir, &["tenant", "list"]).await;
    assert!(stdout(&out).contains("\tdisabled\t"));
    let out = run_cli(&env, dir, &["tenant", "enable", "krakow"]).await;
    ok(&out);
    let out = run_cli(&env, dir, &["tenant", "list"]).await;
    assert!(stdout(&out).contains("\tactive\t"));
}
on_both!(tenant_and_region_commands);

async fn demo_twice_duplicates_nothing(backend: Backend) {
    let (db, server) = demo(backend).await;
    let first = snapshot(&server).await;
    server.stop().await;
    let server = Server::start(
        &db,
        ServerOptions {
            demo: true,
            ..Default::default()
        },
    )
    .await;
    let second = snapshot(&server).await;
    assert_eq!(first, second);
    assert_eq!(
        first.0["data"]["regions"][0]["municipalities"]
            .as_array()
            .map(Vec::len),
        Some(4),
        "{}",
        first.0
    );
    assert_eq!(
        first.1["data"]["users"]["edges"].as_array().map(Vec::len),
        Some(12),
        "{}",
        first.1
    );
}
on_both!(demo_twice_duplicates_nothing);

async fn snapshot(server: &Server) -> (serde_json::Value, serde_json::Value) {
    let op = server.operator().await;
    let admin = server.staff("lubliniec", "admin").await;
    let a = server
        .gql(
            Some(&op),
            "{ regions { slug municipalities { slug } } }",
            json!({}),
        )
        .await;
    let b = server
        .gql(
            Some(&admin),
            "{ users(first: 100) { edges { node { login displayName roles } } } }",
            json!({}),
        )
        .await;
    (a, b)
}

/// `ostoja worker --once` deletes audit entries past the tenant's retention and keeps the rest.
async fn worker_applies_audit_retention(backend: Backend) {
    let (db, server) = demo(backend).await;
    let admin = server.staff("zory", "admin").await;
    let body = server
        .gql(Some(&admin), "{ viewer { user { id } } }", json!({}))
        .await;
    assert!(body["errors"].is_null(), "{body}");
    server.stop().await;

    // An entry from 2000, written as the server's role within the tenant.
    let conn = db.connect_as_app().await;
    let backend_kind = conn.get_database_backend();
    let zory: uuid::Uuid = {
        let row = conn
            .query_one_raw(Statement::from_string(
                backend_kind,
                "SELECT id FROM tenancy_tenants WHERE slug = 'zory'".to_owned(),
            ))
            .await
            .expect("query")
            .expect("zory");
        row.try_get("", "id").expect("id")
    };
    let old = chrono::DateTime::parse_from_rfc3339("2000-01-01T00:00:00Z")
        .expect("date")
        .with_timezone(&chrono::Utc);
    let (set_tenant, insert, count) = match backend {
        Backend::Postgres => (
            format!("SET LOCAL app.tenant_id = '{zory}'"),
            "INSERT INTO audit_events (tenant_id, id, occurred_at, actor_kind, actor_login, operation, object_ids) VALUES ($1, $2, $3, 'user', 'admin', 'query old', '[]')",
            "SELECT count(*) AS n FROM audit_events WHERE operation = $1",
        ),
        Backend::Sqlite => (
            String::new(),
            "INSERT INTO audit_events (tenant_id, id, occurred_at, actor_kind, actor_login, operation, object_ids) VALUES (?, ?, ?, 'user', 'admin', 'query old', '[]')",
            "SELECT count(*) AS n FROM audit_events WHERE operation = ?",
        ),
    };
    let in_tenant = |sql: String, values: Vec<SqlValue>| {
        let conn = &conn;
        let set_tenant = set_tenant.clone();
        async move {
            use sea_orm::TransactionTrait;
            let tx = conn.begin().await.expect("begin");
            if !set_tenant.is_empty() {
                tx.execute_unprepared(&set_tenant).await.expect("set");
            }
            let row = tx
                .query_one_raw(Statement::from_sql_and_values(backend_kind, sql, values))
                .await
                .expect("sql");
            tx.commit().await.expect("commit");
            row.and_then(|r| r.try_get::<i64>("", "n").ok())
        }
    };
    in_tenant(
        insert.to_owned(),
        vec![zory.into(), uuid::Uuid::now_v7().into(), old.into()],
    )
    .await;
    assert_eq!(
        in_tenant(count.to_owned(), vec!["query old".into()]).await,
        Some(1)
    );
    assert_eq!(
        in_tenant(count.to_owned(), vec!["query viewer".into()]).await,
        Some(1)
    );

    let out = run_cli(&base_env(&db, None), db.dir(), &["worker", "--once"]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        in_tenant(count.to_owned(), vec!["query old".into()]).await,
        Some(0),
        "expired entry purged"
    );
    assert_eq!(
        in_tenant(count.to_owned(), vec!["query viewer".into()]).await,
        Some(1),
        "recent entry kept"
    );
}
on_both!(worker_applies_audit_retention);

/// JSON logs carry the request id on the lines of a request, and spans reach an OTLP collector
/// when `OTEL_EXPORTER_OTLP_ENDPOINT` is set.
#[tokio::test]
async fn json_logs_and_opentelemetry_export() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    // A minimal OTLP/HTTP collector: records each request's path and answers 200.
    let collector = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let collector_url = format!("http://{}", collector.local_addr().expect("addr"));
    let (paths_tx, mut paths) = tokio::sync::mpsc::unbounded_channel::<String>();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = collector.accept().await {
            let paths_tx = paths_tx.clone();
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 8192];
                // Read the head, then the body by Content-Length.
                let (head_end, length) = loop {
                    let n = socket.read(&mut chunk).await.unwrap_or(0);
                    if n == 0 {
                        return;
                    }
                    buf.extend_from_slice(&chunk[..n]);
                    if let Some(pos) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                        let head = String::from_utf8_lossy(&buf[..pos]).to_lowercase();
                        let length = head
                            .lines()
                            .find_map(|l| {
                                l.strip_prefix("content-length:")
                                    .map(|v| v.trim().parse::<usize>().unwrap_or(0))
                            })
                            .unwrap_or(0);
                        break (pos + 4, length);
                    }
                };
                while buf.len() < head_end + length {
                    let n = socket.read(&mut chunk).await.unwrap_or(0);
                    if n == 0 {
                        break;
                    }
                    buf.extend_from_slice(&chunk[..n]);
                }
                let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
                let path = head
                    .split_whitespace()
                    .nth(1)
                    .unwrap_or_default()
                    .to_owned();
                let _ = paths_tx.send(path);
                let _ = socket.write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/x-protobuf\r\ncontent-length: 0\r\n\r\n").await;
            });
        }
    });

    let db = TestDb::new(Backend::Sqlite).await;
    let mut env = base_env(&db, None);
    env.extend([
        ("OSTOJA_LOG__FORMAT".to_owned(), "json".to_owned()),
        ("OSTOJA_LOG__FILTER".to_owned(), "info".to_owned()),
        ("OTEL_EXPORTER_OTLP_ENDPOINT".to_owned(), collector_url),
        ("OTEL_BSP_SCHEDULE_DELAY".to_owned(), "100".to_owned()),
    ]);
    let mut child = tokio::process::Command::new(BIN)
        .args(["serve", "--port", "0"])
        .env_clear()
        .envs(env)
        .current_dir(db.dir())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("spawn");
    let mut out = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let url = loop {
        let line = tokio::time::timeout(std::time::Duration::from_secs(60), out.next_line())
            .await
            .expect("in time")
            .expect("read")
            .expect("a line");
        if let Some(rest) = line.strip_prefix("Ostoja is listening on ") {
            break rest.split_whitespace().next().expect("url").to_owned();
        }
    };
    let resp = reqwest::Client::new()
        .post(format!("{url}/graphql"))
        .header("x-request-id", "trace-me-42")
        .json(&json!({ "query": "{ viewer { kind } }" }))
        .send()
        .await
        .expect("post");
    assert_eq!(resp.status(), 200);

    let path = tokio::time::timeout(std::time::Duration::from_secs(60), paths.recv())
        .await
        .expect("spans exported in time")
        .expect("a request");
    assert_eq!(path, "/v1/traces");

    let mut err = BufReader::new(child.stderr.take().expect("stderr")).lines();
    let line = tokio::time::timeout(std::time::Duration::from_secs(60), async {
        while let Ok(Some(line)) = err.next_line().await {
            if line.contains("trace-me-42") {
                return Some(line);
            }
        }
        None
    })
    .await
    .expect("a log line in time")
    .expect("a log line with the request id");
    let parsed: serde_json::Value = serde_json::from_str(&line).expect("JSON log line");
    assert_eq!(parsed["span"]["request_id"], "trace-me-42", "{line}");
    let _ = child.kill().await;
}

/// A forged token's issuer (10 kB, with newlines that would start lines of their own) reaches
/// the log cut short and escaped, on one line.
#[tokio::test]
async fn untrusted_values_leave_one_bounded_log_line() {
    use base64::Engine;

    let db = TestDb::new(Backend::Sqlite).await;
    let mut env = base_env(&db, None);
    env.extend([
        ("OSTOJA_LOG__FORMAT".to_owned(), "text".to_owned()),
        ("OSTOJA_LOG__FILTER".to_owned(), "info".to_owned()),
    ]);
    let mut child = tokio::process::Command::new(BIN)
        .args(["serve", "--port", "0"])
        .env_clear()
        .envs(env)
        .current_dir(db.dir())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("spawn");
    let mut out = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let url = loop {
        let line = tokio::time::timeout(std::time::Duration::from_secs(60), out.next_line())
            .await
            .expect("in time")
            .expect("read")
            .expect("a line");
        if let Some(rest) = line.strip_prefix("Ostoja is listening on ") {
            break rest.split_whitespace().next().expect("url").to_owned();
        }
    };
    let issuer = format!(
        "https://evil.example/\n2026-11-27T06:00:00.000000Z  INFO FORGED-LINE operator signed in\r\n{}",
        "A".repeat(10_000)
    );
    let b64 = |v: serde_json::Value| {
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string())
    };
    let token = format!(
        "{}.{}.c2ln",
        b64(json!({ "alg": "RS256", "typ": "JWT" })),
        b64(json!({ "iss": issuer, "sub": "x" }))
    );
    let resp = reqwest::Client::new()
        .post(format!("{url}/graphql"))
        .bearer_auth(&token)
        .json(&json!({ "query": "{ viewer { kind } }" }))
        .send()
        .await
        .expect("post");
    assert_eq!(resp.status(), 401);

    // Every line from the one about the issuer to the access-log line of the same request.
    let mut err = BufReader::new(child.stderr.take().expect("stderr")).lines();
    let lines = tokio::time::timeout(std::time::Duration::from_secs(60), async {
        let mut lines: Vec<String> = Vec::new();
        while let Ok(Some(line)) = err.next_line().await {
            if lines.is_empty() && !line.contains("token of an unknown issuer") {
                continue;
            }
            let done = line.contains("finished processing request");
            lines.push(line);
            if done {
                break;
            }
        }
        lines
    })
    .await
    .expect("log lines in time");
    assert!(!lines.is_empty(), "no line about the unknown issuer");
    let forged: Vec<&String> = lines.iter().filter(|l| l.contains("FORGED-LINE")).collect();
    assert_eq!(forged.len(), 1, "{lines:#?}");
    assert!(
        forged[0].contains("token of an unknown issuer"),
        "{lines:#?}"
    );
    assert!(
        forged[0].contains("https://evil.example/\\n2026"),
        "{}",
        forged[0]
    );
    for line in &lines {
        assert!(
            line.len() < 1024,
            "an unbounded line of {} bytes",
            line.len()
        );
        assert!(!line.starts_with("AAAA") && !line.contains("FORGED-LINE operator signed in\r"));
    }
    let _ = child.kill().await;
}
