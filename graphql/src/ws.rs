//! `/graphql/ws`: subscriptions over graphql-transport-ws, bounded like `POST /graphql`.
//!
//! - Upgrades count against the per-address rate limit (429 with `Retry-After`, no upgrade).
//! - A message larger than `graphql.max_body_bytes` closes the socket with 1009 before anything
//!   reads it as JSON.
//! - `connection_init` must carry a credential; a refused one closes the socket with 4403
//!   (graphql-transport-ws's "Forbidden"), so does a sign-in that stops being valid. An internal
//!   failure while signing in closes with 1011, and no `connection_init` within 10 seconds
//!   with 4408.
//! - Live subscriptions are capped per connection and per principal (per process); one over a
//!   cap is answered with its own error, code RATE_LIMITED, and completes.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_graphql::http::ALL_WEBSOCKET_PROTOCOLS;
use async_graphql::Data;
use async_graphql_axum::{GraphQLProtocol, GraphQLWebSocket};
use axum::extract::ws::{CloseFrame, Message, WebSocket};
use axum::extract::{ConnectInfo, State, WebSocketUpgrade};
use axum::http::{header, HeaderMap};
use axum::response::Response;
use futures::stream::SplitSink;
use futures::{SinkExt, StreamExt};
use identity::principals::Check;
use identity::session::Account;
use kernel::live::{Liveness, PrincipalSource};
use kernel::{Error, ErrorCode, Principal};

use crate::auth::{self, Credential};
use crate::limits::{Bucket, ConnectionSlots};
use crate::respond::error_response;
use crate::state::SharedState;

/// Close codes, documented in docs/developers.md ("The path of a request").
pub const CLOSE_TOO_BIG: u16 = 1009;
pub const CLOSE_INTERNAL: u16 = 1011;
pub const CLOSE_FORBIDDEN: u16 = 4403;
pub const CLOSE_INIT_TIMEOUT: u16 = 4408;

/// How long a socket may stay open without a successful `connection_init`.
const INIT_TIMEOUT: Duration = Duration::from_secs(10);

/// The close frame the connection ends with when the server decides why, which async-graphql
/// cannot say itself (it closes every refused `connection_init` with 1002).
#[derive(Clone, Default)]
struct Closing(Arc<Mutex<Option<(u16, String)>>>);

impl Closing {
    fn set(&self, code: u16, reason: &str) {
        if let Ok(mut slot) = self.0.lock() {
            slot.get_or_insert_with(|| (code, reason.to_owned()));
        }
    }

    fn take(&self) -> Option<CloseFrame> {
        let (code, reason) = self.0.lock().ok()?.take()?;
        Some(close_frame(code, &reason))
    }
}

/// A close reason is at most 123 bytes.
fn close_frame(code: u16, reason: &str) -> CloseFrame {
    let mut end = reason.len().min(123);
    while !reason.is_char_boundary(end) {
        end -= 1;
    }
    CloseFrame {
        code,
        reason: reason[..end].into(),
    }
}

/// Whether reading failed because the client sent more than the socket's limits allow.
fn too_big(e: &axum::Error) -> bool {
    std::error::Error::source(e)
        .and_then(|s| s.downcast_ref::<tungstenite::Error>())
        .is_some_and(|e| matches!(e, tungstenite::Error::Capacity(_)))
}

/// graphql-transport-ws, for subscriptions. The client authenticates in `connection_init`
/// with `{"Authorization": "Bearer <token>"}` (or `authToken`), or — in a browser — with the
/// session cookie of the upgrade request plus `{"csrfToken": "…"}`. The sign-in is checked
/// again every `graphql.subscription_recheck_seconds`, and the connection ends when the token
/// or session expires or stops being valid (disabled person or municipality, logout).
pub async fn graphql_ws(
    State(state): State<SharedState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    protocol: GraphQLProtocol,
    headers: HeaderMap,
    upgrade: WebSocketUpgrade,
) -> Response {
    let address = auth::client_address(&state, &headers, peer);
    if let Err(e) = state.limits.check(Bucket::GraphqlAddress, &address).await {
        return error_response(&e);
    }
    let request_id = headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let cookie = auth::session_cookie(&headers);
    // A page on another site can open a WebSocket with our cookie; its Origin gives it away.
    if cookie.is_some() {
        if let Some(origin) = headers.get(header::ORIGIN) {
            if origin.as_bytes() != state.public_url.as_bytes() {
                return error_response(&Error::Forbidden(
                    "cross-site WebSocket refused".to_owned(),
                ));
            }
        }
    }
    // One frame or message above the POST body limit is refused while its header is read.
    let limit = state.config.graphql.max_body_bytes;
    upgrade
        .max_message_size(limit)
        .max_frame_size(limit)
        .protocols(ALL_WEBSOCKET_PROTOCOLS)
        .on_upgrade(move |socket| serve(state, socket, protocol, cookie, request_id))
}

async fn serve(
    state: SharedState,
    socket: WebSocket,
    protocol: GraphQLProtocol,
    cookie: Option<String>,
    request_id: String,
) {
    let closing = Closing::default();
    let (sink, input) = socket.split();
    let input = {
        let closing = closing.clone();
        input.inspect(move |read| {
            if let Err(e) = read {
                if too_big(e) {
                    closing.set(CLOSE_TOO_BIG, "message too big");
                }
            }
        })
    };
    // async-graphql writes into a queue; the writer below owns the socket, so the server can
    // still close it with a code of its own after async-graphql has stopped.
    let (outgoing, queued) = futures::channel::mpsc::channel::<Message>(32);
    let (signed_in, credential) =
        tokio::sync::oneshot::channel::<(Credential, Option<chrono::DateTime<chrono::Utc>>)>();
    let init_state = state.clone();
    let init_closing = closing.clone();
    let connection =
        GraphQLWebSocket::new_with_pair(outgoing, input, state.schema.clone(), protocol)
            .on_connection_init(move |payload| async move {
                let (credential, authenticated) =
                    match authenticate_connection(&init_state, &payload, cookie).await {
                        Ok(a) => a,
                        Err(e) => {
                            let code = match e.code() {
                                ErrorCode::Internal | ErrorCode::Unavailable => CLOSE_INTERNAL,
                                _ => CLOSE_FORBIDDEN,
                            };
                            init_closing.set(code, &e.public_message());
                            // The conversion logs an internal error.
                            return Err(async_graphql::Error::from(e));
                        }
                    };
                let _ = signed_in.send((credential, authenticated.expires_at));
                let mut data = Data::default();
                data.insert(Arc::new(ConnectionSlots::new(
                    init_state.subscription_caps.clone(),
                    auth::principal_key(&authenticated.principal),
                )));
                let liveness = Liveness {
                    source: Arc::new(LiveAccount::new(
                        &init_state,
                        &authenticated.principal,
                        authenticated.expires_at,
                    )),
                    recheck: Duration::from_secs(
                        init_state
                            .config
                            .graphql
                            .subscription_recheck_seconds
                            .max(1),
                    ),
                };
                data.insert(Arc::new(
                    init_state
                        .request_context(authenticated.principal, request_id)
                        .for_subscriptions(liveness),
                ));
                Ok(data)
            })
            .keepalive_timeout(Duration::from_secs(60))
            .serve();
    let recheck = async {
        // A socket that never signs in holds nothing open for long; a refused sign-in closes
        // the socket by itself.
        let (credential, mut expires_at) =
            match tokio::time::timeout(INIT_TIMEOUT, credential).await {
                Ok(Ok(signed_in)) => signed_in,
                Ok(Err(_)) => return std::future::pending::<()>().await,
                Err(_) => {
                    closing.set(CLOSE_INIT_TIMEOUT, "connection_init did not arrive in time");
                    return;
                }
            };
        let every = Duration::from_secs(state.config.graphql.subscription_recheck_seconds.max(1));
        loop {
            let until_expiry = expires_at
                .and_then(|t| (t - chrono::Utc::now()).to_std().ok())
                .unwrap_or(Duration::ZERO);
            let wait = if expires_at.is_some() {
                every.min(until_expiry)
            } else {
                every
            };
            tokio::time::sleep(wait).await;
            if expires_at.is_some_and(|t| t <= chrono::Utc::now()) {
                return;
            }
            match state.authenticate(&credential, Check::Alone).await {
                Err(Error::Unauthenticated(_) | Error::Forbidden(_)) => return,
                // A passing outage (database, Redis) does not end live connections.
                Err(e) => e.log_if_internal(),
                Ok(a) => expires_at = a.expires_at,
            }
        }
    };
    let session = async {
        tokio::select! {
            () = connection => {}
            () = recheck => {
                // The first reason set wins: a missing connection_init has set its own.
                closing.set(CLOSE_FORBIDDEN, "the sign-in is no longer valid; sign in again");
                tracing::info!("subscription connection closed: no valid sign-in");
            }
        }
    };
    tokio::join!(session, write(sink, queued, closing.clone()));
}

/// Sends what async-graphql queued, putting the server's own close code in place of the one
/// async-graphql chose, and ends with that close frame when async-graphql sent none.
async fn write(
    mut sink: SplitSink<WebSocket, Message>,
    mut queued: futures::channel::mpsc::Receiver<Message>,
    closing: Closing,
) {
    let mut closed = false;
    while let Some(message) = queued.next().await {
        let message = match message {
            Message::Close(frame) => {
                closed = true;
                Message::Close(closing.take().or(frame))
            }
            other => other,
        };
        if sink.send(message).await.is_err() || closed {
            break;
        }
    }
    if !closed {
        if let Some(frame) = closing.take() {
            let _ = sink.send(Message::Close(Some(frame))).await;
        }
    }
    let _ = sink.close().await;
}

/// Who is on the other end of a connection now, for its streams (`kernel::live`): the account
/// signed in at `connection_init`, read again as every request reads it (municipality active,
/// account enabled and not signed out since, its roles now), until the credential expires.
/// The connection's own re-check (above) still ends the socket when the credential itself
/// stops being valid (a logout, a revoked session).
struct LiveAccount {
    db: kernel::Db,
    principals: Arc<identity::principals::Principals>,
    account: Option<Account>,
    since: chrono::DateTime<chrono::Utc>,
    expires_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl LiveAccount {
    fn new(
        state: &SharedState,
        principal: &Principal,
        expires_at: Option<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        let account = match principal {
            Principal::Staff(s) => Some(Account::Staff {
                tenant: s.tenant,
                user: s.user,
            }),
            Principal::Coordinator(c) => Some(Account::Coordinator { id: c.coordinator }),
            Principal::Operator(o) => Some(Account::Operator { id: o.operator }),
            Principal::Anonymous => None,
        };
        LiveAccount {
            db: state.db.clone(),
            principals: state.principals.clone(),
            account,
            since: chrono::Utc::now(),
            expires_at,
        }
    }
}

#[async_trait::async_trait]
impl PrincipalSource for LiveAccount {
    async fn current(&self) -> kernel::Result<Principal> {
        let Some(account) = &self.account else {
            return Err(Error::Unauthenticated("sign in first".to_owned()));
        };
        if self.expires_at.is_some_and(|t| t <= chrono::Utc::now()) {
            return Err(Error::Unauthenticated(
                "the sign-in has expired; sign in again".to_owned(),
            ));
        }
        self.principals
            .account(&self.db, account, self.since, Check::Alone)
            .await
            .map(|(principal, _)| principal)
    }
}

/// The connection's credential: one in the payload, or the upgrade's session cookie with the
/// session's CSRF token. None at all is refused: there are no anonymous subscriptions.
async fn authenticate_connection(
    state: &SharedState,
    payload: &serde_json::Value,
    cookie: Option<String>,
) -> Result<(Credential, auth::Authenticated), Error> {
    if let Some(credential) = auth::connection_credential(payload)? {
        let authenticated = state.authenticate(&credential, Check::Alone).await?;
        return Ok((credential, authenticated));
    }
    let Some(cookie) = cookie else {
        return Err(Error::Unauthenticated(
            "sign in first: send {\"Authorization\": \"Bearer <token>\"} in connection_init"
                .to_owned(),
        ));
    };
    let credential = Credential::Session(cookie);
    let authenticated = state.authenticate(&credential, Check::Alone).await?;
    // The upgrade's Origin was checked already; the token must come from our own page.
    auth::check_same_site(
        state,
        &HeaderMap::new(),
        authenticated.csrf_token.as_deref(),
        payload.get("csrfToken").and_then(|v| v.as_str()),
    )?;
    Ok((credential, authenticated))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_reasons_fit_a_frame() {
        let long = "ż".repeat(100);
        let frame = close_frame(CLOSE_FORBIDDEN, &long);
        assert!(frame.reason.len() <= 123);
        assert!(frame.reason.starts_with("żż"));
    }
}
