//! Subscriptions over WebSocket (graphql-transport-ws): an audit entry written through one
//! gateway process reaches a subscriber on another through Redis, and only within its tenant.

use std::time::{Duration, Instant};

use futures::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{connect_async, MaybeTlsStream, WebSocketStream};

use crate::harness::{Backend, Server, ServerOptions, TestDb, REDIS};
use crate::on_both;

pub type Ws = WebSocketStream<MaybeTlsStream<TcpStream>>;

pub async fn connect(server: &Server, token: Option<&str>) -> Ws {
    let mut request = server.ws_url().into_client_request().expect("request");
    request.headers_mut().insert(
        "Sec-WebSocket-Protocol",
        "graphql-transport-ws".parse().expect("header"),
    );
    let (mut ws, _) = connect_async(request).await.expect("connect");
    let payload = match token {
        Some(t) => json!({ "Authorization": format!("Bearer {t}") }),
        None => json!({}),
    };
    ws.send(Message::text(
        json!({ "type": "connection_init", "payload": payload }).to_string(),
    ))
    .await
    .expect("init");
    let ack = next(&mut ws, Duration::from_secs(30))
        .await
        .expect("an answer to connection_init");
    assert_eq!(ack["type"], "connection_ack", "{ack}");
    ws
}

pub async fn subscribe(ws: &mut Ws, query: &str) {
    ws.send(Message::text(
        json!({ "id": "1", "type": "subscribe", "payload": { "query": query } }).to_string(),
    ))
    .await
    .expect("subscribe");
}

/// The next protocol message within `wait`, answering pings.
pub async fn next(ws: &mut Ws, wait: Duration) -> Option<Value> {
    let deadline = Instant::now() + wait;
    loop {
        let left = deadline.checked_duration_since(Instant::now())?;
        let msg = tokio::time::timeout(left, ws.next()).await.ok()??.ok()?;
        if let Message::Text(text) = msg {
            let value: Value = serde_json::from_str(&text).ok()?;
            if value["type"] == "ping" {
                let _ = ws
                    .send(Message::text(json!({ "type": "pong" }).to_string()))
                    .await;
                continue;
            }
            return Some(value);
        }
    }
}

const SUBSCRIPTION: &str = "subscription { auditEventRecorded { operation actorLogin objectIds } }";

/// Triggers `query` on `writer` until `ws` receives an event, within a deadline.
async fn trigger_until_received(writer: &Server, token: &str, query: &str, ws: &mut Ws) -> Value {
    let start = Instant::now();
    loop {
        let body = writer.gql(Some(token), query, json!({})).await;
        assert!(body["errors"].is_null(), "{body}");
        if let Some(msg) = next(ws, Duration::from_millis(300)).await {
            return msg;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "no event arrived"
        );
    }
}

async fn audit_events_reach_subscribers_of_the_same_tenant_only(backend: Backend) {
    let db = TestDb::new(backend).await;
    let redis = (backend == Backend::Postgres).then(|| REDIS.to_owned());
    let writer = Server::start(
        &db,
        ServerOptions {
            demo: true,
            redis: redis.clone(),
            ..Default::default()
        },
    )
    .await;
    // On PostgreSQL a second gateway process on the same database and Redis; on SQLite the
    // in-process bus of one process.
    let second = match backend {
        Backend::Postgres => Some(
            Server::start(
                &db,
                ServerOptions {
                    redis,
                    ..Default::default()
                },
            )
            .await,
        ),
        Backend::Sqlite => None,
    };
    let reader = second.as_ref().unwrap_or(&writer);

    let zory = writer.staff("zory", "admin").await;
    let czestochowa = writer.staff("czestochowa", "admin").await;
    let mut zory_ws = connect(reader, Some(&zory)).await;
    subscribe(&mut zory_ws, SUBSCRIPTION).await;
    let mut czestochowa_ws = connect(reader, Some(&czestochowa)).await;
    subscribe(&mut czestochowa_ws, SUBSCRIPTION).await;

    let msg =
        trigger_until_received(&writer, &zory, "{ viewer { user { id } } }", &mut zory_ws).await;
    assert_eq!(msg["type"], "next", "{msg}");
    let event = &msg["payload"]["data"]["auditEventRecorded"];
    assert_eq!(event["operation"], "query viewer", "{msg}");
    assert_eq!(event["actorLogin"], "admin");
    assert_eq!(event["objectIds"].as_array().map(Vec::len), Some(1));

    let msg = trigger_until_received(
        &writer,
        &czestochowa,
        "{ tenantSettings { version } }",
        &mut czestochowa_ws,
    )
    .await;
    assert_eq!(
        msg["payload"]["data"]["auditEventRecorded"]["operation"], "query tenantSettings",
        "czestochowa never sees zory's events: {msg}"
    );

    // Both subscriptions are live: zory's next event must not reach czestochowa.
    let body = writer
        .gql(Some(&zory), "{ viewer { user { id } } }", json!({}))
        .await;
    assert!(body["errors"].is_null());
    let msg = trigger_until_received(
        &writer,
        &czestochowa,
        "{ tenantSettings { version } }",
        &mut czestochowa_ws,
    )
    .await;
    assert_eq!(
        msg["payload"]["data"]["auditEventRecorded"]["operation"], "query tenantSettings",
        "{msg}"
    );
    let msg = next(&mut zory_ws, Duration::from_secs(30))
        .await
        .expect("zory's own event");
    assert_eq!(
        msg["payload"]["data"]["auditEventRecorded"]["operation"], "query viewer",
        "{msg}"
    );
}
on_both!(audit_events_reach_subscribers_of_the_same_tenant_only);

async fn subscriptions_require_a_tenant_administrator(backend: Backend) {
    let (_db, server) = crate::harness::demo(backend).await;
    // Anonymous connections are refused at connection_init (tests/e2e/websocket.rs).
    for token in [
        server.staff("zory", "pracownik").await,
        server.coordinator().await,
    ] {
        let mut ws = connect(&server, Some(&token)).await;
        subscribe(&mut ws, SUBSCRIPTION).await;
        let msg = next(&mut ws, Duration::from_secs(30))
            .await
            .expect("an answer");
        // A refused subscription ends with its error (as `error`, or as `next` with errors).
        let code = msg["payload"][0]["extensions"]["code"]
            .as_str()
            .or_else(|| msg["payload"]["errors"][0]["extensions"]["code"].as_str())
            .unwrap_or_default();
        assert!(msg["payload"]["data"].is_null(), "{msg}");
        assert!(code == "FORBIDDEN" || code == "UNAUTHENTICATED", "{msg}");
    }
    // A bad token is refused at connection_init.
    let mut request = server.ws_url().into_client_request().expect("request");
    request.headers_mut().insert(
        "Sec-WebSocket-Protocol",
        "graphql-transport-ws".parse().expect("header"),
    );
    let (mut ws, _) = connect_async(request).await.expect("connect");
    ws.send(Message::text(
        json!({ "type": "connection_init", "payload": { "Authorization": "Bearer forged" } })
            .to_string(),
    ))
    .await
    .expect("init");
    let answer = tokio::time::timeout(Duration::from_secs(30), ws.next())
        .await
        .expect("an answer");
    let refused = match answer {
        Some(Ok(Message::Close(frame))) => frame.is_some_and(|f| f.reason.contains("not valid")),
        Some(Ok(Message::Text(t))) => !t.contains("connection_ack"),
        _ => true,
    };
    assert!(refused, "a forged token must not be acknowledged");
}
on_both!(subscriptions_require_a_tenant_administrator);

async fn the_websocket_serves_subscriptions_only(backend: Backend) {
    let (_db, server) = crate::harness::demo(backend).await;
    let admin = server.staff("zory", "admin").await;
    let mut ws = connect(&server, Some(&admin)).await;
    for query in ["{ viewer { login } }", "mutation { updateTenantSettings(input: { version: 0, auditRetentionDays: 400 }) { settings { version } } }"] {
        subscribe(&mut ws, query).await;
        let msg = next(&mut ws, Duration::from_secs(30)).await.expect("an answer");
        let code = msg["payload"][0]["extensions"]["code"]
            .as_str()
            .or_else(|| msg["payload"]["errors"][0]["extensions"]["code"].as_str());
        assert_eq!(code, Some("BAD_USER_INPUT"), "{msg}");
        // Drain the `complete` that may follow.
        let _ = next(&mut ws, Duration::from_millis(200)).await;
    }
    let body = server
        .gql(Some(&admin), "{ tenantSettings { version } }", json!({}))
        .await;
    assert_eq!(
        body["data"]["tenantSettings"]["version"], 0,
        "the mutation sent over the socket saved nothing"
    );
}
on_both!(the_websocket_serves_subscriptions_only);

async fn disabling_a_municipality_ends_its_subscriptions(backend: Backend) {
    let db = TestDb::new(backend).await;
    let server = Server::start(
        &db,
        ServerOptions {
            demo: true,
            env: vec![(
                "OSTOJA_GRAPHQL__SUBSCRIPTION_RECHECK_SECONDS".into(),
                "1".into(),
            )],
            ..Default::default()
        },
    )
    .await;
    let admin = server.staff("czestochowa", "admin").await;
    let mut ws = connect(&server, Some(&admin)).await;
    subscribe(&mut ws, SUBSCRIPTION).await;
    let op = server.operator().await;
    let id = server.municipality_id("czestochowa").await;
    let body = server.gql(Some(&op), "mutation($id: ID!) { disableMunicipality(input: { id: $id }) { municipality { active } } }", json!({ "id": id })).await;
    assert_eq!(
        body["data"]["disableMunicipality"]["municipality"]["active"], false,
        "{body}"
    );
    // The connection closes within the deadline; events published meanwhile may arrive first.
    let closed = tokio::time::timeout(Duration::from_secs(30), async {
        loop {
            match ws.next().await {
                None | Some(Err(_)) | Some(Ok(Message::Close(_))) => return true,
                Some(Ok(_)) => continue,
            }
        }
    })
    .await;
    assert_eq!(
        closed,
        Ok(true),
        "the subscription of a disabled municipality must end"
    );
}
on_both!(disabling_a_municipality_ends_its_subscriptions);
