//! The running server: shared state, the HTTP router and its handlers.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::{MatchedPath, Request, State};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use identity::devtoken::DevTokens;
use identity::oidc::{Oidc, OidcConfig};
use identity::session::Sessions;
use kernel::crypto::MasterKey;
use kernel::ephemeral::Ephemeral;
use kernel::log::untrusted;
use kernel::pubsub::PubSub;
use kernel::request::RequestContext;
use kernel::{Db, ErrorCode, Principal};
use metrics_exporter_prometheus::PrometheusHandle;
use serde_json::json;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::{DefaultOnResponse, TraceLayer};

use crate::auth;
use crate::config::Config;
use crate::limits::Limits;
use crate::schema::{self};

pub use crate::respond::error_response;
use crate::respond::{error_body, not_found};
pub use crate::state::{AppState, SharedState};

/// Redis pub/sub when `redis.url` is set, the in-process bus otherwise.
pub fn pubsub(config: &Config) -> anyhow::Result<PubSub> {
    Ok(match &config.redis.url {
        Some(url) => {
            let client =
                redis::Client::open(secrecy::ExposeSecret::expose_secret(url)).map_err(|e| {
                    anyhow::anyhow!("configuration: redis.url (REDIS_URL) is not a Redis URL: {e}")
                })?;
            PubSub::redis(client)
        }
        None => PubSub::local(),
    })
}

impl AppState {
    /// `listening` is this server's own address, the public URL when none is configured.
    pub async fn new(
        config: Config,
        db: Db,
        metrics: PrometheusHandle,
        listening: &str,
    ) -> anyhow::Result<Self> {
        schema::register_services().map_err(|e| anyhow::anyhow!(e.describe()))?;
        let pubsub = pubsub(&config)?;
        let dev_tokens = if config.dev_login_enabled() {
            Some(
                DevTokens::load_or_create(&db)
                    .await
                    .map_err(|e| anyhow::anyhow!(e.describe()))?,
            )
        } else {
            None
        };
        let master_key = master_key(&config, &db).await?;
        let oidc =
            Arc::new(Oidc::new(oidc_config(&config)).map_err(|e| anyhow::anyhow!(e.describe()))?);
        let ephemeral = Ephemeral::for_pubsub(&pubsub);
        let sessions = Sessions::new(
            ephemeral.clone(),
            Duration::from_secs(config.auth.session_idle_minutes * 60),
            Duration::from_secs(config.auth.session_absolute_hours * 3600),
        );
        let limits = Limits::new(ephemeral, &config.rate_limit);
        let admission = crate::admission::Admission::new(
            config.http.max_requests_in_flight,
            config.http.max_requests_queued,
        );
        let public = schema::PublicCaches::new(config.directory.fixed_now);
        let schema = schema::build_with(
            &config.graphql,
            config.introspection_enabled(),
            oidc.clone(),
            master_key.clone(),
            &public,
        );
        let audit = Arc::new(audit::Recorder::new(pubsub.clone()));
        let subscription_caps = Arc::new(crate::limits::SubscriptionCaps::new(
            config.graphql.max_subscriptions_per_connection,
            config.graphql.max_subscriptions_per_principal,
        ));
        let public_url = config
            .http
            .public_url
            .clone()
            .unwrap_or_else(|| listening.to_owned());
        Ok(AppState {
            config,
            db,
            pubsub,
            schema,
            dev_tokens,
            audit,
            metrics,
            oidc,
            sessions,
            principals: Arc::new(identity::principals::Principals::new()),
            limits,
            admission,
            subscription_caps,
            master_key,
            public_url,
            public,
        })
    }

    pub(crate) fn request_context(
        &self,
        principal: Principal,
        request_id: String,
    ) -> RequestContext {
        RequestContext::new(
            principal,
            request_id,
            self.db.clone(),
            self.pubsub.clone(),
            Some(self.audit.clone() as Arc<dyn kernel::db::AuditSink>),
        )
    }
}

/// The configured master key; a development installation without one keeps a generated key in
/// its database (production refuses to start without `master_key`).
/// How the server talks to identity providers. Plain `http://` issuers are for local
/// providers in development only.
pub fn oidc_config(config: &Config) -> OidcConfig {
    OidcConfig {
        jwks_min_refresh: Duration::from_secs(config.auth.jwks_min_refresh_seconds),
        discovery_ttl: Duration::from_secs(config.auth.discovery_ttl_seconds),
        leeway_seconds: config.auth.clock_skew_seconds,
        failure_backoff: Duration::from_secs(config.auth.discovery_failure_backoff_seconds.max(1)),
        allow_http_issuers: config.profile != crate::config::Profile::Production,
        ..OidcConfig::default()
    }
}

pub async fn master_key(config: &Config, db: &Db) -> anyhow::Result<MasterKey> {
    match &config.master_key {
        Some(key) => {
            let current = MasterKey::parse(secrecy::ExposeSecret::expose_secret(key))
                .map_err(|e| anyhow::anyhow!("configuration: master_key: {e}"))?;
            let previous = config
                .previous_master_keys
                .as_ref()
                .map(|keys| {
                    secrecy::ExposeSecret::expose_secret(keys)
                        .split(',')
                        .map(MasterKey::parse)
                        .collect::<Result<Vec<_>, _>>()
                })
                .transpose()
                .map_err(|e| anyhow::anyhow!("configuration: previous_master_keys: {e}"))?
                .unwrap_or_default();
            current
                .with_previous(previous)
                .map_err(|e| anyhow::anyhow!("configuration: previous_master_keys: {e}"))
        }
        None => identity::secrets::development_master_key(db)
            .await
            .map_err(|e| anyhow::anyhow!(e.describe())),
    }
}

pub fn router(state: SharedState) -> Router {
    let graphql = get(crate::graphql_http::get).post(crate::graphql_http::post);
    let router = Router::new()
        .route(
            "/graphql",
            graphql.layer(middleware::from_fn_with_state(
                state.clone(),
                request_deadline,
            )),
        )
        .route("/graphql/ws", get(crate::ws::graphql_ws))
        .route("/auth/login", get(auth::login))
        .route("/auth/callback", get(auth::callback))
        .route("/auth/logout", post(auth::logout))
        .route("/auth/session", get(auth::session))
        .route(
            "/auth/dev-login",
            get(crate::dev_login::users).post(crate::dev_login::login),
        )
        .route("/kalendarz/{file}", get(crate::calendar_feed::feed))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz));
    // With an operations port, metrics are served there only, away from the ingress.
    let router = if state.config.http.ops_port.is_none() {
        router.route("/metrics", get(metrics))
    } else {
        router
    };
    router
        .merge(crate::web::routes(state.clone()))
        .fallback(not_found)
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(middleware::from_fn(http_metrics))
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|req: &Request| {
                    let request_id = req
                        .headers()
                        .get("x-request-id")
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("");
                    tracing::info_span!("request", request_id = %untrusted(request_id), method = %req.method(), path = %untrusted(req.uri().path()))
                })
                // One access-log line per request, carrying the request id like every line
                // logged within it.
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO)),
        )
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .layer(middleware::from_fn(drop_unusable_request_id))
        .with_state(state)
}

/// Serves until `shutdown` resolves, then finishes the requests in flight.
pub async fn serve(
    state: SharedState,
    listener: tokio::net::TcpListener,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await?;
    Ok(())
}

async fn healthz() -> impl IntoResponse {
    Json(json!({ "status": "ok" }))
}

/// See `ops::readiness`: 503 only when the database does not answer.
async fn readyz(State(state): State<SharedState>) -> Response {
    crate::ops::readiness(&state.db, &state.pubsub).await
}

async fn metrics(State(state): State<SharedState>) -> Response {
    crate::ops::metrics_text(&state.db, &state.pubsub, &state.metrics).await
}

/// Bounds a GraphQL request: past `http.request_timeout_seconds`, its wait for a turn
/// (`admission`) included, it is answered 503 UNAVAILABLE. Dropping its execution rolls its transaction back, so nothing is half-written;
/// a request already committing finishes on its own task (`graphql_http::execute`).
async fn request_deadline(State(state): State<SharedState>, req: Request, next: Next) -> Response {
    let limit = Duration::from_secs(state.config.http.request_timeout_seconds.max(1));
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(response) => response,
        Err(_) => {
            tracing::warn!(seconds = limit.as_secs(), "a request ran out of time");
            error_response(&kernel::Error::Unavailable(
                "the request took too long; try again shortly".to_owned(),
            ))
        }
    }
}

/// A client's `x-request-id` is kept when it is short and plain (it reaches logs and the audit
/// trail); otherwise a fresh one is made.
async fn drop_unusable_request_id(mut req: Request, next: Next) -> Response {
    let usable = req.headers().get("x-request-id").is_none_or(|v| {
        let b = v.as_bytes();
        (1..=64).contains(&b.len())
            && b.iter()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.' | b':'))
    });
    if !usable {
        req.headers_mut().remove("x-request-id");
    }
    next.run(req).await
}

/// A panic is a bug: answer INTERNAL, never a dropped connection.
fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("a request handler panicked");
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        Json(error_body(ErrorCode::Internal, "internal error")),
    )
        .into_response()
}

/// Requests and latency by route (the matched pattern, never the raw path) and status.
async fn http_metrics(req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "unmatched".to_owned());
    let started = Instant::now();
    let response = next.run(req).await;
    let status = response.status().as_u16().to_string();
    metrics::counter!("ostoja_http_requests_total", "route" => route.clone(), "status" => status)
        .increment(1);
    metrics::histogram!("ostoja_http_request_duration_seconds", "route" => route)
        .record(started.elapsed().as_secs_f64());
    response
}
