//! The operations endpoints, `/healthz`, `/readyz` and `/metrics`, for the kubelet and
//! Prometheus. The server answers them on its own port too; with `http.ops_port` set they are
//! also served on a second port, kept off the ingress, and `/metrics` leaves the public one. The
//! worker serves them on that port as well, its liveness following its loop.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use kernel::pubsub::PubSub;
use kernel::Db;
use metrics_exporter_prometheus::PrometheusHandle;
use serde_json::json;

/// What `/readyz` waits for at most, both checks together: below the chart's probe timeout.
const CHECK_TIMEOUT: Duration = Duration::from_secs(2);

/// The state of one dependency as `/readyz` reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dependency {
    Ok,
    Unreachable,
    TimedOut,
    /// No Redis configured: the in-process bus stands in.
    InProcess,
}

impl Dependency {
    fn text(self) -> &'static str {
        match self {
            Dependency::Ok => "ok",
            Dependency::Unreachable => "unreachable",
            Dependency::TimedOut => "timed out",
            Dependency::InProcess => "not configured (in-process)",
        }
    }

    fn up(self) -> bool {
        matches!(self, Dependency::Ok | Dependency::InProcess)
    }
}

/// The database and Redis, pinged concurrently so that one slow dependency does not hide the
/// other's state past the probe's timeout.
pub async fn check(db: &Db, pubsub: &PubSub) -> (Dependency, Dependency) {
    let database = async {
        match tokio::time::timeout(CHECK_TIMEOUT, db.ping()).await {
            Ok(Ok(())) => Dependency::Ok,
            Ok(Err(_)) => Dependency::Unreachable,
            Err(_) => Dependency::TimedOut,
        }
    };
    let redis = async {
        match pubsub {
            PubSub::Local(_) => Dependency::InProcess,
            PubSub::Redis(_) => match tokio::time::timeout(CHECK_TIMEOUT, pubsub.ping()).await {
                Ok(Ok(())) => Dependency::Ok,
                Ok(Err(_)) => Dependency::Unreachable,
                Err(_) => Dependency::TimedOut,
            },
        }
    };
    let (database, redis) = tokio::join!(database, redis);
    metrics::gauge!("ostoja_dependency_up", "dependency" => "database").set(if database.up() {
        1.0
    } else {
        0.0
    });
    if redis != Dependency::InProcess {
        metrics::gauge!("ostoja_dependency_up", "dependency" => "redis").set(if redis.up() {
            1.0
        } else {
            0.0
        });
    }
    (database, redis)
}

/// Ready while the database answers. Without Redis the server still serves bearer requests, the
/// public pages and everything read from the database; only cookie sessions, sign-in and
/// cross-replica pub/sub need it. So a Redis outage is reported (`degraded`, and the
/// `ostoja_dependency_up{dependency="redis"}` gauge for the alert) but does not take every
/// replica out of the Service at once.
pub async fn readiness(db: &Db, pubsub: &PubSub) -> Response {
    let (database, redis) = check(db, pubsub).await;
    let (status, word) = match (database.up(), redis.up()) {
        (false, _) => (StatusCode::SERVICE_UNAVAILABLE, "unavailable"),
        (true, false) => (StatusCode::OK, "degraded"),
        (true, true) => (StatusCode::OK, "ready"),
    };
    (
        status,
        Json(json!({ "status": word, "database": database.text(), "redis": redis.text() })),
    )
        .into_response()
}

/// The Prometheus text exposition, with the dependencies' and the pool's gauges taken now.
pub async fn metrics_text(db: &Db, pubsub: &PubSub, handle: &PrometheusHandle) -> Response {
    check(db, pubsub).await;
    let (size, idle) = db.pool_stats();
    metrics::gauge!("ostoja_db_pool_connections").set(f64::from(size));
    metrics::gauge!("ostoja_db_pool_idle_connections").set(idle as f64);
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; version=0.0.4"),
        )],
        handle.render(),
    )
        .into_response()
}

/// When the worker's loop last showed progress: a run started, a job finished, a wait began.
/// A loop stuck longer than `stall` (one job hanging on a lock, a wedged runtime) is reported
/// dead so that the kubelet restarts the worker; its cut-short job rolls back and runs again.
pub struct Heartbeat {
    last_millis: AtomicU64,
    stall: Duration,
}

impl Heartbeat {
    pub fn new(stall: Duration) -> Arc<Self> {
        let beat = Arc::new(Heartbeat {
            last_millis: AtomicU64::new(0),
            stall,
        });
        beat.beat();
        beat
    }

    pub fn beat(&self) {
        self.last_millis.store(now_millis(), Ordering::Relaxed);
    }

    pub fn alive(&self) -> bool {
        let since = now_millis().saturating_sub(self.last_millis.load(Ordering::Relaxed));
        u128::from(since) <= self.stall.as_millis()
    }
}

fn now_millis() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
        .unwrap_or(0)
}

#[derive(Clone)]
struct Ops {
    db: Db,
    pubsub: PubSub,
    metrics: PrometheusHandle,
    heartbeat: Option<Arc<Heartbeat>>,
}

/// The operations router for the second port; `heartbeat` makes `/healthz` follow the worker's
/// loop instead of the process alone.
pub fn router(
    db: Db,
    pubsub: PubSub,
    metrics: PrometheusHandle,
    heartbeat: Option<Arc<Heartbeat>>,
) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics_route))
        .with_state(Ops {
            db,
            pubsub,
            metrics,
            heartbeat,
        })
}

async fn healthz(State(ops): State<Ops>) -> Response {
    match &ops.heartbeat {
        Some(beat) if !beat.alive() => (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({ "status": "stalled" })),
        )
            .into_response(),
        _ => Json(json!({ "status": "ok" })).into_response(),
    }
}

async fn readyz(State(ops): State<Ops>) -> Response {
    readiness(&ops.db, &ops.pubsub).await
}

async fn metrics_route(State(ops): State<Ops>) -> Response {
    metrics_text(&ops.db, &ops.pubsub, &ops.metrics).await
}

/// Binds the operations port (on `bind`, like the main port) and serves it until the task is
/// aborted: it answers the kubelet while the main port drains. Returns the address it listens on.
pub async fn spawn(
    bind: &str,
    port: u16,
    router: Router,
) -> anyhow::Result<(std::net::SocketAddr, tokio::task::JoinHandle<()>)> {
    let addr = format!("{bind}:{port}");
    let listener = tokio::net::TcpListener::bind(&addr)
        .await
        .map_err(|e| anyhow::anyhow!("listening on {addr} (http.ops_port): {e}"))?;
    let local = listener.local_addr()?;
    let task = tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, router).await {
            tracing::error!(error = %e, "the operations port stopped");
        }
    });
    Ok((local, task))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heartbeat_is_alive_until_it_stalls() {
        let beat = Heartbeat::new(Duration::from_secs(60));
        assert!(beat.alive());
        beat.last_millis
            .store(now_millis() - 61_000, Ordering::Relaxed);
        assert!(!beat.alive());
        beat.beat();
        assert!(beat.alive());
    }

    #[test]
    fn only_the_database_decides_readiness() {
        assert!(Dependency::Ok.up() && Dependency::InProcess.up());
        assert!(!Dependency::Unreachable.up() && !Dependency::TimedOut.up());
    }
}
