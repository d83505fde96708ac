//! GraphQL over HTTP as the spec (https://graphql.github.io/graphql-over-http/draft/) has it:
//! content negotiation, status codes per media type, queries over GET without a CSRF hole,
//! graphql-http's audit, request errors that are never internal, and a fuzz run.

use std::path::PathBuf;

use reqwest::header::{ACCEPT, ALLOW, CONTENT_TYPE};
use serde_json::{json, Value};

use crate::harness::{code, demo, Backend, Server, ServerOptions, TestDb, REDIS};
use crate::idp::{self, Idp};
use crate::on_both;
use crate::sso::{configure, sso_server, VIEWER};

const GQL: &str = "application/graphql-response+json";

/// POSTs `body` as JSON with `accept` (none when `None`); status, content type and body.
async fn post_as(
    server: &Server,
    token: Option<&str>,
    accept: Option<&str>,
    body: &Value,
) -> (u16, String, Value) {
    let mut req = server
        .http
        .post(format!("{}/graphql", server.url))
        .json(body);
    if let Some(a) = accept {
        req = req.header(ACCEPT, a);
    }
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let resp = req.send().await.expect("POST /graphql");
    let status = resp.status().as_u16();
    let ct = resp
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    (status, ct, resp.json().await.unwrap_or(Value::Null))
}

fn get_url(server: &Server, params: &[(&str, &str)]) -> String {
    let mut url = reqwest::Url::parse(&format!("{}/graphql", server.url)).unwrap();
    url.query_pairs_mut().extend_pairs(params);
    url.to_string()
}

/// The query that answered 500 INTERNAL, and its relatives: variables that are missing, null,
/// of the wrong type, or arguments that do not parse, are the request's fault.
async fn request_errors_are_never_internal(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let token = server.staff("zory", "admin").await;
    let node = "query($id: ID!) { node(id: $id) { id } }";
    let cases = [
        ("no variables", json!({ "query": node })),
        ("empty variables", json!({ "query": node, "variables": {} })),
        (
            "null variables",
            json!({ "query": node, "variables": null }),
        ),
        (
            "null variable",
            json!({ "query": node, "variables": { "id": null } }),
        ),
        (
            "mistyped variable",
            json!({ "query": node, "variables": { "id": [1, 2] } }),
        ),
        (
            "wrong variable of a list",
            json!({ "query": "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", "variables": { "ids": [null] } }),
        ),
        (
            "string for an Int",
            json!({ "query": "query($n: Int!) { auditEvents(first: $n) { __typename } }", "variables": { "n": "many" } }),
        ),
        (
            "huge Int",
            json!({ "query": "query($n: Int!) { auditEvents(first: $n) { __typename } }", "variables": { "n": 1e30 } }),
        ),
    ];
    for (what, body) in &cases {
        for accept in [None, Some("application/json")] {
            let (status, _, answer) = post_as(&server, Some(&token), accept, body).await;
            assert_eq!(status, 200, "{what}: {answer}");
            assert_eq!(code(&answer), Some("BAD_USER_INPUT"), "{what}: {answer}");
        }
        // Variable coercion failed: a request error, so 400 and no `data` at all.
        let (status, ct, answer) = post_as(&server, Some(&token), Some(GQL), body).await;
        assert_eq!(status, 400, "{what}: {answer}");
        assert!(ct.starts_with(GQL), "{what}: {ct}");
        assert!(answer.get("data").is_none(), "{what}: {answer}");
        assert_eq!(code(&answer), Some("BAD_USER_INPUT"), "{what}: {answer}");
    }

    // An argument value that its type cannot parse fails while the field resolves: a field
    // error of the client's input, the rest of the answer intact.
    let bad_date = json!({ "query": "{ teams { id attendanceReport(from: \"nope\", to: \"2026-01-01\") { __typename } } }" });
    for accept in [None, Some(GQL)] {
        let (status, _, answer) = post_as(&server, Some(&token), accept, &bad_date).await;
        assert_eq!(status, 200, "{answer}");
        assert_eq!(code(&answer), Some("BAD_USER_INPUT"), "{answer}");
        assert!(answer["data"].is_object(), "{answer}");
    }

    // An optional variable may be left out.
    let (status, _, answer) = post_as(
        &server,
        Some(&token),
        None,
        &json!({ "query": "query($after: String) { auditEvents(after: $after) { __typename } }" }),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        answer,
        json!({ "data": { "auditEvents": { "__typename": "AuditEventConnection" } } })
    );
}
on_both!(request_errors_are_never_internal);

/// Each media type gets the status codes the spec gives it; what cannot be answered or read is
/// refused with 406 and 415.
#[tokio::test]
async fn media_types_and_status_codes() {
    let (_db, server) = demo(Backend::Sqlite).await;
    let syntax = json!({ "query": "{ viewer { login " });
    let invalid = json!({ "query": "{ viewer { password } }" });
    let fine = json!({ "query": "{ viewer { kind } }" });
    for body in [&syntax, &invalid] {
        // application/json (and no Accept, and */*): 200 with the errors, as before.
        for accept in [None, Some("application/json"), Some("*/*")] {
            let (status, ct, answer) = post_as(&server, None, accept, body).await;
            assert_eq!(status, 200, "{answer}");
            assert!(ct.starts_with("application/json"), "{ct}");
            assert_eq!(code(&answer), Some("BAD_USER_INPUT"));
        }
        let (status, ct, answer) = post_as(&server, None, Some(GQL), body).await;
        assert_eq!(status, 400, "{answer}");
        assert!(ct.starts_with(GQL), "{ct}");
        assert!(answer.get("data").is_none(), "{answer}");
        assert_eq!(code(&answer), Some("BAD_USER_INPUT"));
    }
    let (status, ct, answer) = post_as(
        &server,
        None,
        Some("application/graphql-response+json, application/json;q=0.9"),
        &fine,
    )
    .await;
    assert_eq!((status, ct.starts_with(GQL)), (200, true));
    assert_eq!(
        answer,
        json!({ "data": { "viewer": { "kind": "ANONYMOUS" } } })
    );

    // Nothing acceptable: 406.
    let (status, _, answer) = post_as(&server, None, Some("text/csv"), &fine).await;
    assert_eq!(status, 406);
    assert_eq!(code(&answer), Some("BAD_USER_INPUT"));

    // The body must be declared JSON: 415 otherwise (also what keeps HTML forms out).
    for content_type in [
        None,
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
    ] {
        let mut req = server
            .http
            .post(format!("{}/graphql", server.url))
            .body(fine.to_string());
        if let Some(ct) = content_type {
            req = req.header(CONTENT_TYPE, ct);
        }
        let resp = req.send().await.unwrap();
        assert_eq!(resp.status().as_u16(), 415, "{content_type:?}");
        let answer: Value = resp.json().await.unwrap();
        assert_eq!(code(&answer), Some("BAD_USER_INPUT"));
    }

    // A body without `query`, or with parameters of the wrong type: 400 whatever the Accept.
    for body in [
        json!({ "qeury": "{ __typename }" }),
        json!({ "query": { "obj": "ect" } }),
        json!({ "query": "{ __typename }", "variables": "string" }),
        json!({ "query": "{ __typename }", "operationName": 0 }),
        json!({ "query": "{ __typename }", "extensions": ["array"] }),
    ] {
        for accept in [None, Some(GQL)] {
            let (status, _, answer) = post_as(&server, None, accept, &body).await;
            assert_eq!(status, 400, "{body}: {answer}");
            assert_eq!(code(&answer), Some("BAD_USER_INPUT"));
        }
    }
}

/// Queries over GET: the same answers as POST, never a mutation, GraphiQL for a browser, and
/// off by default in production.
async fn queries_over_get(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let token = server.staff("zory", "admin").await;
    let url = get_url(
        &server,
        &[
            (
                "query",
                "query Me($n: Int!) { viewer { login } auditEvents(first: $n) { __typename } }",
            ),
            ("variables", r#"{"n": 1}"#),
            ("operationName", "Me"),
        ],
    );
    for accept in ["application/json", GQL] {
        let resp = server
            .http
            .get(&url)
            .bearer_auth(&token)
            .header(ACCEPT, accept)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status().as_u16(), 200);
        assert_eq!(resp.headers()["cache-control"], "no-store");
        assert!(resp.headers()[CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with(accept));
        let body: Value = resp.json().await.unwrap();
        assert_eq!(body["data"]["viewer"]["login"], "admin", "{body}");
    }

    // A mutation (or subscription) over GET is refused before anything runs: 405, Allow: POST.
    for (query, name) in [
        ("mutation { grantRole(input: { userId: \"x\", role: TENANT_ADMIN }) { userErrors { code } } }", None),
        ("query Q { viewer { kind } } mutation M { grantRole(input: { userId: \"x\", role: TENANT_ADMIN }) { userErrors { code } } }", Some("M")),
        ("subscription { blueCardDeadlines { __typename } }", None),
    ] {
        let mut params = vec![("query", query)];
        if let Some(n) = name {
            params.push(("operationName", n));
        }
        let resp = server
            .http
            .get(get_url(&server, &params))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status().as_u16(), 405, "{query}");
        assert_eq!(resp.headers()[ALLOW], "POST");
        let body: Value = resp.json().await.unwrap();
        assert_eq!(code(&body), Some("BAD_USER_INPUT"));
    }
    // Malformed GET parameters are the request's fault.
    for params in [
        vec![("query", "{ __typename }"), ("variables", "{not json")],
        vec![("query", "{ __typename }"), ("variables", "[1]")],
        vec![("query", "{ __typename }"), ("query", "{ __typename }")],
    ] {
        let resp = server
            .http
            .get(get_url(&server, &params))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status().as_u16(), 400, "{params:?}");
    }

    // A browser asking for a page gets GraphiQL.
    let resp = server
        .http
        .get(get_url(&server, &[("query", "{ __typename }")]))
        .header(ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    assert!(resp.text().await.unwrap().contains("graphiql"));
}
on_both!(queries_over_get);

#[tokio::test]
async fn get_queries_follow_configuration() {
    let db = TestDb::new(Backend::Sqlite).await;
    let server = Server::start(
        &db,
        ServerOptions {
            env: vec![("OSTOJA_GRAPHQL__GET_QUERIES".into(), "false".into())],
            ..Default::default()
        },
    )
    .await;
    let resp = server
        .http
        .get(get_url(&server, &[("query", "{ __typename }")]))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 405);
    assert_eq!(resp.headers()[ALLOW], "POST");
    let (status, _) = server
        .post(None, json!({ "query": "{ __typename }" }))
        .await;
    assert_eq!(status, 200);
}

/// A cookie-signed GET needs the same proof as a POST (our origin and the session's CSRF
/// token), so a link, an image or a form on another site cannot read with it.
#[tokio::test]
async fn cookie_queries_over_get_need_the_csrf_token() {
    let db = TestDb::new(Backend::Postgres).await;
    let server = sso_server(&db, Some(REDIS), &[]).await;
    let idp = Idp::start().await;
    configure(&server, &idp, "zory").await;
    let (_browser, cookie) = idp::sign_in(&server, "tenant=zory", "anna").await;
    let csrf = idp::csrf(&server, &cookie).await;
    let url = get_url(&server, &[("query", VIEWER)]);
    let send = |csrf: Option<String>, origin: Option<&'static str>| {
        let mut req = reqwest::Client::new()
            .get(&url)
            .header("cookie", format!("ostoja_session={cookie}"));
        if let Some(t) = csrf {
            req = req.header("x-csrf-token", t);
        }
        if let Some(o) = origin {
            req = req.header("origin", o);
        }
        async move {
            let resp = req.send().await.unwrap();
            let status = resp.status().as_u16();
            (status, resp.json::<Value>().await.unwrap_or(Value::Null))
        }
    };
    let (status, body) = send(None, None).await;
    assert_eq!((status, code(&body)), (403, Some("FORBIDDEN")), "{body}");
    let (status, body) = send(Some(csrf.clone()), Some("https://evil.example")).await;
    assert_eq!((status, code(&body)), (403, Some("FORBIDDEN")), "{body}");
    let (status, body) = send(Some("forged".to_owned()), None).await;
    assert_eq!((status, code(&body)), (403, Some("FORBIDDEN")), "{body}");
    let (status, body) = send(Some(csrf), None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["data"]["viewer"]["login"], "anna", "{body}");
}

fn audit_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/graphql-http")
}

/// `npm ci` once, under a lock: test processes run in parallel.
fn ensure_installed() {
    crate::harness::npm_ci(&audit_dir(), "graphql-http");
}

/// graphql-http's `auditServer` against the real binary: every MUST and every SHOULD met.
#[tokio::test]
async fn audit() {
    tokio::task::spawn_blocking(ensure_installed)
        .await
        .expect("install");
    let (_db, server) = demo(Backend::Sqlite).await;
    let out = tokio::process::Command::new("node")
        .arg("audit.mjs")
        .arg(format!("{}/graphql", server.url))
        .current_dir(audit_dir())
        .output()
        .await
        .expect("node must be installed");
    let stdout = String::from_utf8_lossy(&out.stdout);
    println!("{stdout}");
    assert!(
        out.status.success(),
        "audit.mjs failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary: Value = stdout
        .lines()
        .last()
        .and_then(|l| serde_json::from_str(l).ok())
        .expect("the audit's summary line");
    for level in ["MUST", "SHOULD"] {
        let counts = &summary["summary"][level];
        assert!(counts[0].as_u64().unwrap() > 0, "{summary}");
        assert_eq!(counts[1], 0, "{level} audits failed: {}", summary["failed"]);
    }
}
