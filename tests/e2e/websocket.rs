//! `/graphql/ws` is bounded like `POST /graphql`: message size, sign-in, upgrade rate limit,
//! subscription caps, one Redis connection for every subscription, and deadline notifications
//! that follow the card's need to know.

use std::time::{Duration, Instant};

use futures::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio_tungstenite::connect_async;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::Message;

use crate::harness::{Backend, Server, ServerOptions, TestDb, REDIS};
use crate::on_both;
use crate::subscriptions::{connect, next, Ws};

const AUDIT: &str = "subscription { auditEventRecorded { operation } }";

/// A socket that has not sent `connection_init`.
async fn open_socket(server: &Server) -> Ws {
    let mut request = server.ws_url().into_client_request().expect("request");
    request.headers_mut().insert(
        "Sec-WebSocket-Protocol",
        "graphql-transport-ws".parse().expect("header"),
    );
    connect_async(request).await.expect("connect").0
}

/// The close frame the server ends the socket with, within a deadline; None when it ends
/// without one.
async fn close_frame(ws: &mut Ws) -> Option<CloseFrame> {
    tokio::time::timeout(Duration::from_secs(30), async {
        while let Some(msg) = ws.next().await {
            match msg {
                Ok(Message::Close(frame)) => return frame,
                Ok(_) => continue,
                Err(_) => return None,
            }
        }
        None
    })
    .await
    .expect("the socket was not closed in time")
}

async fn subscribe_as(ws: &mut Ws, id: &str, query: &str) {
    ws.send(Message::text(
        json!({ "id": id, "type": "subscribe", "payload": { "query": query } }).to_string(),
    ))
    .await
    .expect("subscribe");
}

fn error_code(msg: &Value) -> Option<&str> {
    msg["payload"][0]["extensions"]["code"]
        .as_str()
        .or_else(|| msg["payload"]["errors"][0]["extensions"]["code"].as_str())
}

/// Sends a query that records an audit entry, for `auditEventRecorded` subscribers.
async fn audit_event(server: &Server, token: &str) {
    let body = server
        .gql(Some(token), "{ viewer { user { id } } }", json!({}))
        .await;
    assert!(body["errors"].is_null(), "{body}");
}

/// Sends `big` while reading, so that a server that stops reading cannot stall the test.
async fn send_big_and_read_close(ws: Ws, big: String) -> Option<CloseFrame> {
    let (mut write, mut read) = ws.split();
    let sender = tokio::spawn(async move {
        let _ = write.send(Message::text(big)).await;
        write
    });
    let frame = tokio::time::timeout(Duration::from_secs(30), async {
        while let Some(msg) = read.next().await {
            match msg {
                Ok(Message::Close(frame)) => return frame,
                Ok(_) => continue,
                Err(_) => return None,
            }
        }
        None
    })
    .await
    .expect("the socket was not closed in time");
    sender.abort();
    frame
}

async fn a_message_over_the_body_limit_closes_the_socket(backend: Backend) {
    let (_db, server) = crate::harness::demo(backend).await;
    // 3 MB of what would be JSON, were it ever parsed.
    let big = format!(
        "{{\"type\":\"connection_init\",\"payload\":{{\"x\":\"{}\"}}}}",
        "a".repeat(3 * 1024 * 1024)
    );
    let frame = send_big_and_read_close(open_socket(&server).await, big.clone()).await;
    let frame = frame.expect("a close frame for an anonymous oversized message");
    assert_eq!(u16::from(frame.code), 1009, "{frame:?}");
    assert_eq!(frame.reason.as_str(), "message too big");

    // Signed in, the same.
    let admin = server.staff("zory", "admin").await;
    let ws = connect(&server, Some(&admin)).await;
    let frame = send_big_and_read_close(ws, big).await;
    let frame = frame.expect("a close frame for a signed-in oversized message");
    assert_eq!(u16::from(frame.code), 1009, "{frame:?}");

    // The server carries on.
    let mut ws = connect(&server, Some(&admin)).await;
    subscribe_as(&mut ws, "1", AUDIT).await;
    audit_event(&server, &admin).await;
    let msg = next(&mut ws, Duration::from_secs(30))
        .await
        .expect("an event");
    assert_eq!(msg["type"], "next", "{msg}");
}
on_both!(a_message_over_the_body_limit_closes_the_socket);

async fn a_connection_without_a_credential_is_refused(backend: Backend) {
    let (_db, server) = crate::harness::demo(backend).await;
    for payload in [json!({}), Value::Null] {
        let mut ws = open_socket(&server).await;
        let init = if payload.is_null() {
            json!({ "type": "connection_init" })
        } else {
            json!({ "type": "connection_init", "payload": payload })
        };
        ws.send(Message::text(init.to_string()))
            .await
            .expect("init");
        let frame = close_frame(&mut ws).await.expect("a close frame");
        assert_eq!(u16::from(frame.code), 4403, "{frame:?}");
        assert!(frame.reason.contains("sign in"), "{frame:?}");
    }
    // Nor is a socket that never sends connection_init kept open.
    let mut ws = open_socket(&server).await;
    let frame = close_frame(&mut ws).await.expect("a close frame");
    assert_eq!(u16::from(frame.code), 4408, "{frame:?}");
    // A subscription before connection_init is not served either.
    let mut ws = open_socket(&server).await;
    subscribe_as(&mut ws, "1", AUDIT).await;
    let frame = close_frame(&mut ws).await;
    assert!(
        frame.as_ref().is_none_or(|f| u16::from(f.code) != 1000),
        "{frame:?}"
    );
}
on_both!(a_connection_without_a_credential_is_refused);

async fn subscriptions_stop_at_the_cap_of_a_connection(backend: Backend) {
    let (_db, server) = crate::harness::demo(backend).await;
    let admin = server.staff("zory", "admin").await;
    let mut ws = connect(&server, Some(&admin)).await;
    for i in 1..=500 {
        subscribe_as(&mut ws, &i.to_string(), AUDIT).await;
    }
    // The 480 over the default cap of 20 are refused, each with its own error, then complete.
    let mut refused = Vec::new();
    let mut completed = 0;
    let deadline = Instant::now() + Duration::from_secs(60);
    while refused.len() < 480 || completed < 480 {
        let left = deadline.saturating_duration_since(Instant::now());
        let msg = next(&mut ws, left).await.unwrap_or_else(|| {
            panic!(
                "only {} refusals and {completed} completions",
                refused.len()
            )
        });
        match msg["type"].as_str() {
            Some("complete") => completed += 1,
            _ => {
                assert_eq!(error_code(&msg), Some("RATE_LIMITED"), "{msg}");
                let message = msg["payload"]["errors"][0]["message"]
                    .as_str()
                    .or_else(|| msg["payload"][0]["message"].as_str())
                    .unwrap_or_default();
                assert!(message.contains("per connection"), "{msg}");
                refused.push(msg["id"].as_str().unwrap().parse::<u32>().unwrap());
            }
        }
    }
    refused.sort_unstable();
    assert_eq!(refused, (21..=500).collect::<Vec<_>>());

    // The first twenty still work.
    audit_event(&server, &admin).await;
    let mut got = Vec::new();
    while got.len() < 20 {
        let msg = next(&mut ws, Duration::from_secs(30))
            .await
            .expect("an event for each live subscription");
        assert_eq!(msg["type"], "next", "{msg}");
        assert!(
            msg["payload"]["data"]["auditEventRecorded"].is_object(),
            "{msg}"
        );
        got.push(msg["id"].as_str().unwrap().parse::<u32>().unwrap());
    }
    got.sort_unstable();
    assert_eq!(got, (1..=20).collect::<Vec<_>>());
}
on_both!(subscriptions_stop_at_the_cap_of_a_connection);

/// Events until `ws` has one for each of `ids`.
async fn events_for(server: &Server, token: &str, ws: &mut Ws, ids: &[&str]) {
    let mut missing: Vec<&str> = ids.to_vec();
    let start = Instant::now();
    while !missing.is_empty() {
        audit_event(server, token).await;
        while let Some(msg) = next(ws, Duration::from_millis(300)).await {
            // Another subscription of the socket may complete meanwhile (e.g. a refused one).
            let ours = ids.iter().any(|id| msg["id"] == *id);
            if msg["type"] == "complete" && !ours {
                continue;
            }
            assert_eq!(msg["type"], "next", "{msg}");
            missing.retain(|id| msg["id"] != *id);
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "no event for {missing:?}"
        );
    }
}

#[tokio::test]
async fn the_cap_per_principal_spans_connections() {
    let db = TestDb::new(Backend::Sqlite).await;
    let server = Server::start(
        &db,
        ServerOptions {
            demo: true,
            env: vec![
                (
                    "OSTOJA_GRAPHQL__MAX_SUBSCRIPTIONS_PER_CONNECTION".into(),
                    "2".into(),
                ),
                (
                    "OSTOJA_GRAPHQL__MAX_SUBSCRIPTIONS_PER_PRINCIPAL".into(),
                    "3".into(),
                ),
            ],
            ..Default::default()
        },
    )
    .await;
    let admin = server.staff("zory", "admin").await;
    let mut a = connect(&server, Some(&admin)).await;
    subscribe_as(&mut a, "a1", AUDIT).await;
    subscribe_as(&mut a, "a2", AUDIT).await;
    events_for(&server, &admin, &mut a, &["a1", "a2"]).await;

    let mut b = connect(&server, Some(&admin)).await;
    subscribe_as(&mut b, "b1", AUDIT).await;
    events_for(&server, &admin, &mut b, &["b1"]).await;
    subscribe_as(&mut b, "b2", AUDIT).await;
    let msg = loop {
        let msg = next(&mut b, Duration::from_secs(30))
            .await
            .expect("a refusal");
        if msg["id"] == "b2" {
            break msg;
        }
    };
    assert_eq!(error_code(&msg), Some("RATE_LIMITED"), "{msg}");
    assert!(msg.to_string().contains("per person"), "{msg}");

    // Another person is not held back by this one.
    let other = server.staff("zory", "przewodniczacy").await;
    let mut c = connect(&server, Some(&other)).await;
    subscribe_as(&mut c, "c1", "subscription { blueCardDeadlines { id } }").await;
    assert!(
        next(&mut c, Duration::from_millis(500)).await.is_none(),
        "the chair's subscription was refused"
    );

    // Completing one on the first socket frees a place for the second.
    a.send(Message::text(
        json!({ "id": "a1", "type": "complete" }).to_string(),
    ))
    .await
    .unwrap();
    loop {
        let msg = next(&mut a, Duration::from_secs(30))
            .await
            .expect("complete");
        if msg["type"] == "complete" && msg["id"] == "a1" {
            break;
        }
    }
    subscribe_as(&mut b, "b3", AUDIT).await;
    events_for(&server, &admin, &mut b, &["b3"]).await;
}

#[tokio::test]
async fn upgrades_are_rate_limited_per_address() {
    let db = TestDb::new(Backend::Sqlite).await;
    let server = Server::start(
        &db,
        ServerOptions {
            demo: true,
            env: vec![("OSTOJA_RATE_LIMIT__GRAPHQL_PER_ADDRESS".into(), "3".into())],
            ..Default::default()
        },
    )
    .await;
    let mut open = Vec::new();
    for _ in 0..3 {
        open.push(open_socket(&server).await);
    }
    let mut request = server.ws_url().into_client_request().unwrap();
    request.headers_mut().insert(
        "Sec-WebSocket-Protocol",
        "graphql-transport-ws".parse().unwrap(),
    );
    match connect_async(request).await {
        Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
            assert_eq!(response.status().as_u16(), 429);
            let retry: u64 = response
                .headers()
                .get("retry-after")
                .expect("Retry-After")
                .to_str()
                .unwrap()
                .parse()
                .unwrap();
            assert!((1..=60).contains(&retry), "{retry}");
            let body: Value =
                serde_json::from_slice(response.body().as_deref().unwrap_or_default()).unwrap();
            assert_eq!(crate::harness::code(&body), Some("RATE_LIMITED"), "{body}");
        }
        Err(e) => panic!("expected 429, got {e}"),
        Ok(_) => panic!("the fourth upgrade within the window was accepted"),
    }
}

async fn connected_clients(redis: &mut redis::aio::MultiplexedConnection) -> u64 {
    let info: String = redis::cmd("INFO")
        .arg("clients")
        .query_async(redis)
        .await
        .unwrap();
    info.lines()
        .find_map(|l| l.strip_prefix("connected_clients:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap()
}

#[tokio::test]
async fn one_redis_connection_serves_every_subscription() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut private = crate::sso::PrivateRedis::start(port).await;
    let db = TestDb::new(Backend::Postgres).await;
    let server = Server::start(
        &db,
        ServerOptions {
            demo: true,
            redis: Some(private.url()),
            ..Default::default()
        },
    )
    .await;
    let admin = server.staff("zory", "admin").await;
    // 50 subscriptions: the default caps allow 20 per socket and 50 per person.
    let mut sockets = Vec::new();
    for size in [20, 20, 10] {
        let mut ws = connect(&server, Some(&admin)).await;
        for i in 0..size {
            subscribe_as(&mut ws, &i.to_string(), AUDIT).await;
        }
        sockets.push((ws, size));
    }
    // Every subscription hears an event (so every one is registered) ...
    let start = Instant::now();
    let mut counts = vec![0; sockets.len()];
    while counts.iter().zip(&sockets).any(|(n, (_, size))| n < size) {
        audit_event(&server, &admin).await;
        for ((ws, _), n) in sockets.iter_mut().zip(counts.iter_mut()) {
            let mut seen = std::collections::HashSet::new();
            while let Some(msg) = next(ws, Duration::from_millis(300)).await {
                assert_eq!(msg["type"], "next", "{msg}");
                seen.insert(msg["id"].as_str().unwrap().to_owned());
            }
            *n = (*n).max(seen.len());
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "not every subscription heard an event: {counts:?}"
        );
    }
    // ... and the process holds a couple of Redis connections (publisher, subscriber), not 50.
    let client = redis::Client::open(private.url()).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    let clients = connected_clients(&mut conn).await;
    assert!(
        clients <= 4,
        "{clients} Redis clients (this test's included)"
    );
    drop(conn);

    // Redis goes away: the live subscriptions end (the client resubscribes and reconciles) ...
    private.stop().await;
    let (ws, _) = &mut sockets[0];
    let start = Instant::now();
    let mut completed = 0;
    while completed < 20 {
        if let Some(msg) = next(ws, Duration::from_millis(500)).await {
            if msg["type"] == "complete" {
                completed += 1;
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the subscriptions did not end with Redis ({completed})"
        );
    }
    // ... and once it is back, a new subscription connects again and works.
    private.restart().await;
    let start = Instant::now();
    let mut id = 100;
    'outer: loop {
        id += 1;
        subscribe_as(ws, &id.to_string(), AUDIT).await;
        audit_event(&server, &admin).await;
        while let Some(msg) = next(ws, Duration::from_millis(500)).await {
            if msg["type"] == "next" && msg["payload"]["data"]["auditEventRecorded"].is_object() {
                break 'outer;
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "no subscription works after Redis returned"
        );
    }
}

/// A notification as the worker publishes it, for the given card and recipient.
fn notification(
    tenant: uuid::Uuid,
    card: uuid::Uuid,
    recipient: uuid::Uuid,
) -> (uuid::Uuid, String) {
    let n = cases::Notification {
        id: uuid::Uuid::now_v7(),
        tenant_id: tenant,
        deadline_id: uuid::Uuid::now_v7(),
        card_id: card,
        recipient_user_id: recipient,
        kind: cases::deadlines::NotificationKind::Overdue,
        deadline_kind: cases::domain::DeadlineKind::FirstGroupMeeting,
        due_on: crate::cases::days_ago(1),
        created_at: chrono::Utc::now(),
    };
    (n.id, serde_json::to_string(&n).unwrap())
}

fn uuid_of(id: &Value) -> uuid::Uuid {
    ostoja::schema::register_services().unwrap();
    kernel::GlobalId::decode(id.as_str().unwrap()).unwrap().id
}

#[tokio::test]
async fn deadline_notifications_follow_the_cards_group() {
    let db = TestDb::new(Backend::Postgres).await;
    let server = Server::start(
        &db,
        ServerOptions {
            demo: true,
            redis: Some(REDIS.to_owned()),
            ..Default::default()
        },
    )
    .await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let member = server.staff("zory", "czlonek").await;
    let opened = crate::cases::open(
        &server,
        &worker,
        crate::cases::nk_a(crate::cases::days_ago(2)),
    )
    .await;
    let card = opened["blueCard"]["id"].clone();
    crate::cases::step(
        &server,
        &worker,
        "forwardBlueCardToChair",
        json!({ "id": card, "version": 1 }),
    )
    .await;
    let members = crate::cases::member_ids(&server, &chair).await;
    let group = |with_member: bool| {
        let mut ids = vec![members["pracownik"].clone(), members["policjant"].clone()];
        if with_member {
            ids.push(members["czlonek"].clone());
        }
        ids
    };
    crate::cases::step(
        &server,
        &chair,
        "setUpDiagnosticGroup",
        json!({ "id": card, "version": 2, "memberIds": group(true) }),
    )
    .await;

    let tenant = uuid_of(&server.municipality_id("zory").await);
    let body = server
        .gql(Some(&member), "{ viewer { user { id } } }", json!({}))
        .await;
    let recipient = uuid_of(&body["data"]["viewer"]["user"]["id"]);
    let card_id = uuid_of(&card);
    let channel = cases::deadlines::channel(tenant);
    let redis = redis::Client::open(REDIS).unwrap();
    let publisher = redis.get_multiplexed_async_connection().await.unwrap();
    let publish = |payload: String| {
        let channel = channel.clone();
        let mut conn = publisher.clone();
        async move {
            let _: i64 = redis::cmd("PUBLISH")
                .arg(&channel)
                .arg(payload)
                .query_async(&mut conn)
                .await
                .unwrap();
        }
    };
    let gid =
        |id: uuid::Uuid| kernel::GlobalId::new(kernel::NodeType::DeadlineNotification, id).encode();

    let mut ws = connect(&server, Some(&member)).await;
    subscribe_as(
        &mut ws,
        "1",
        "subscription { blueCardDeadlines { id blueCardId } }",
    )
    .await;
    // A member of the group hears of the card.
    let start = Instant::now();
    loop {
        let (_, payload) = notification(tenant, card_id, recipient);
        publish(payload).await;
        if let Some(msg) = next(&mut ws, Duration::from_millis(300)).await {
            assert_eq!(
                msg["payload"]["data"]["blueCardDeadlines"]["blueCardId"], card,
                "{msg}"
            );
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "no notification arrived"
        );
    }

    // Taken off the group, the member hears nothing more of it, even of a notification made
    // before (here: published after) the change.
    crate::cases::step(
        &server,
        &chair,
        "setUpDiagnosticGroup",
        json!({ "id": card, "version": 3, "memberIds": group(false) }),
    )
    .await;
    let (hidden, payload) = notification(tenant, card_id, recipient);
    publish(payload).await;
    // Nothing arrives while the member is out of the group. (Each notification is checked
    // when it is delivered: had the member rejoined first, it would be theirs to see again.)
    let quiet = next(&mut ws, Duration::from_secs(3)).await;
    assert!(
        quiet.is_none(),
        "a notification about a card no longer visible: {quiet:?}"
    );
    // Back in the group, they hear again; events are delivered in order, so hearing this one
    // first means the one in between was withheld.
    crate::cases::step(
        &server,
        &chair,
        "setUpDiagnosticGroup",
        json!({ "id": card, "version": 4, "memberIds": group(true) }),
    )
    .await;
    let (shown, payload) = notification(tenant, card_id, recipient);
    publish(payload).await;
    loop {
        let msg = next(&mut ws, Duration::from_secs(30))
            .await
            .expect("the notification after rejoining");
        let id = &msg["payload"]["data"]["blueCardDeadlines"]["id"];
        assert_ne!(
            *id,
            gid(hidden),
            "a notification about a card no longer visible: {msg}"
        );
        if *id == gid(shown) {
            break;
        }
    }
}
