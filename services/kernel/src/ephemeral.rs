//! Short-lived shared state with expiry — sign-in sessions, pending sign-ins, rate-limit
//! windows: Redis when configured (shared by every gateway replica), in-process otherwise.
//!
//! A Redis outage (no connection, I/O error, timeout, or a Redis that cannot serve for now) is an
//! [`Error::Unavailable`]: callers decide whether to fail closed (sessions) or open (rate
//! limits). Any other error reply is an [`Error::Internal`]: a bug or a misconfiguration that
//! waiting does not cure.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::error::{Error, Result};
use crate::pubsub::{PubSub, RedisBus};

#[derive(Clone)]
pub enum Ephemeral {
    Local(Arc<LocalStore>),
    Redis(Arc<RedisBus>),
}

#[derive(Default)]
pub struct LocalStore {
    entries: Mutex<HashMap<String, (String, Instant)>>,
    writes: std::sync::atomic::AtomicU64,
}

impl LocalStore {
    fn with<T>(&self, f: impl FnOnce(&mut HashMap<String, (String, Instant)>) -> T) -> Result<T> {
        let mut entries = self
            .entries
            .lock()
            .map_err(|_| Error::internal("ephemeral store lock poisoned"))?;
        let now = Instant::now();
        // Sweep now and then so that abandoned entries do not pile up.
        if self
            .writes
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            .is_multiple_of(1024)
        {
            entries.retain(|_, (_, expires)| *expires > now);
        }
        Ok(f(&mut entries))
    }
}

/// No connection, or a Redis that cannot serve for now (loading, read-only replica after a
/// failover, out of memory, busy): waiting helps, so callers treat it as unreachable.
fn is_outage(err: &redis::RedisError) -> bool {
    use redis::{ErrorKind, ServerErrorKind as Kind};
    err.is_io_error()
        || err.is_timeout()
        || err.is_connection_dropped()
        || err.is_connection_refusal()
        || matches!(
            err.kind(),
            ErrorKind::Server(
                Kind::BusyLoading
                    | Kind::TryAgain
                    | Kind::ClusterDown
                    | Kind::MasterDown
                    | Kind::ReadOnly
            )
        )
        || matches!(err.code(), Some("OOM" | "BUSY"))
}

fn redis_error(err: redis::RedisError) -> Error {
    if !is_outage(&err) {
        return Error::internal_from("Redis refused a command", err);
    }
    tracing::warn!(error = %err, "Redis unreachable");
    Error::Unavailable("the session store (Redis) is unreachable; try again shortly".to_owned())
}

/// One fixed-window hit, atomically: count, then give the window its length when the key has
/// none — its first hit, or a key some earlier failure left without expiry. Only commands and
/// arguments every Redis since 2.6 knows (`PEXPIRE … NX` needs Redis 7).
const HIT_SCRIPT: &str = r"
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}
";

fn hit_script() -> &'static redis::Script {
    static SCRIPT: std::sync::OnceLock<redis::Script> = std::sync::OnceLock::new();
    SCRIPT.get_or_init(|| redis::Script::new(HIT_SCRIPT))
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX).max(1)
}

impl Ephemeral {
    /// The store that goes with the pub/sub: the same Redis, or in-process.
    pub fn for_pubsub(pubsub: &PubSub) -> Self {
        match pubsub {
            PubSub::Local(_) => Ephemeral::Local(Arc::default()),
            PubSub::Redis(bus) => Ephemeral::Redis(bus.clone()),
        }
    }

    pub fn is_local(&self) -> bool {
        matches!(self, Ephemeral::Local(_))
    }

    async fn redis(bus: &RedisBus) -> Result<redis::aio::ConnectionManager> {
        bus.publisher().await.map_err(|_| {
            Error::Unavailable(
                "the session store (Redis) is unreachable; try again shortly".to_owned(),
            )
        })
    }

    pub async fn set(&self, key: &str, value: &str, ttl: Duration) -> Result<()> {
        match self {
            Ephemeral::Local(store) => store.with(|m| {
                m.insert(key.to_owned(), (value.to_owned(), Instant::now() + ttl));
            }),
            Ephemeral::Redis(bus) => {
                let mut conn = Self::redis(bus).await?;
                redis::cmd("SET")
                    .arg(key)
                    .arg(value)
                    .arg("PX")
                    .arg(millis(ttl))
                    .query_async::<()>(&mut conn)
                    .await
                    .map_err(redis_error)
            }
        }
    }

    pub async fn get(&self, key: &str) -> Result<Option<String>> {
        match self {
            Ephemeral::Local(store) => store.with(|m| {
                m.get(key)
                    .filter(|(_, expires)| *expires > Instant::now())
                    .map(|(v, _)| v.clone())
            }),
            Ephemeral::Redis(bus) => {
                let mut conn = Self::redis(bus).await?;
                redis::cmd("GET")
                    .arg(key)
                    .query_async::<Option<String>>(&mut conn)
                    .await
                    .map_err(redis_error)
            }
        }
    }

    /// Reads and deletes in one step: of two concurrent takers, one gets the value.
    pub async fn take(&self, key: &str) -> Result<Option<String>> {
        match self {
            Ephemeral::Local(store) => store.with(|m| {
                m.remove(key)
                    .filter(|(_, expires)| *expires > Instant::now())
                    .map(|(v, _)| v)
            }),
            Ephemeral::Redis(bus) => {
                let mut conn = Self::redis(bus).await?;
                redis::cmd("GETDEL")
                    .arg(key)
                    .query_async::<Option<String>>(&mut conn)
                    .await
                    .map_err(redis_error)
            }
        }
    }

    pub async fn delete(&self, key: &str) -> Result<()> {
        match self {
            Ephemeral::Local(store) => store.with(|m| {
                m.remove(key);
            }),
            Ephemeral::Redis(bus) => {
                let mut conn = Self::redis(bus).await?;
                redis::cmd("DEL")
                    .arg(key)
                    .query_async::<i64>(&mut conn)
                    .await
                    .map(|_| ())
                    .map_err(redis_error)
            }
        }
    }

    /// Counts a hit in the fixed window `key` (created with length `window` on its first hit):
    /// the hits so far and the time until the window ends.
    pub async fn hit(&self, key: &str, window: Duration) -> Result<(u64, Duration)> {
        match self {
            Ephemeral::Local(store) => store.with(|m| {
                let now = Instant::now();
                let entry = m
                    .entry(key.to_owned())
                    .or_insert_with(|| ("0".to_owned(), now + window));
                if entry.1 <= now {
                    *entry = ("0".to_owned(), now + window);
                }
                let count = entry.0.parse::<u64>().unwrap_or(0) + 1;
                entry.0 = count.to_string();
                (count, entry.1.saturating_duration_since(now))
            }),
            Ephemeral::Redis(bus) => {
                let mut conn = Self::redis(bus).await?;
                // EVALSHA, loading the script on first use (or after Redis restarted).
                let (count, ttl): (u64, i64) = hit_script()
                    .key(key)
                    .arg(millis(window))
                    .invoke_async(&mut conn)
                    .await
                    .map_err(redis_error)?;
                let remaining = u64::try_from(ttl).unwrap_or(0);
                Ok((count, Duration::from_millis(remaining)))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Commands of the hit script with their arguments, as `redis.call` receives them.
    fn script_calls() -> Vec<Vec<String>> {
        HIT_SCRIPT
            .split("redis.call(")
            .skip(1)
            .map(|call| {
                call.split(')')
                    .next()
                    .unwrap_or_default()
                    .split(',')
                    .map(|a| a.trim().trim_matches('\'').to_owned())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn hit_script_uses_only_what_redis_6_has() {
        let calls = script_calls();
        let commands: Vec<&str> = calls.iter().map(|c| c[0].as_str()).collect();
        assert_eq!(commands, ["INCR", "PTTL", "PEXPIRE"]);
        for call in &calls {
            // INCR key, PTTL key, PEXPIRE key ms: no NX/XX/GT/LT (added in Redis 7).
            let expected = if call[0] == "PEXPIRE" { 3 } else { 2 };
            assert_eq!(call.len(), expected, "{call:?}");
            for arg in call {
                assert!(
                    !["NX", "XX", "GT", "LT"].contains(&arg.to_uppercase().as_str()),
                    "{call:?}"
                );
            }
        }
        assert!(!HIT_SCRIPT.to_uppercase().contains("'NX'"));
    }

    async fn real_redis() -> Ephemeral {
        let client = redis::Client::open("redis://127.0.0.1:6379").unwrap();
        match PubSub::redis(client) {
            PubSub::Redis(bus) => Ephemeral::Redis(bus),
            PubSub::Local(_) => unreachable!(),
        }
    }

    async fn raw(args: &[&str]) -> redis::Value {
        let client = redis::Client::open("redis://127.0.0.1:6379").unwrap();
        let mut conn = client.get_multiplexed_async_connection().await.unwrap();
        let mut cmd = redis::cmd(args[0]);
        for a in &args[1..] {
            cmd.arg(*a);
        }
        cmd.query_async(&mut conn).await.unwrap()
    }

    #[tokio::test]
    async fn redis_window_counts_expires_and_repairs() {
        let store = real_redis().await;
        let key = format!("ostoja:test:hit:{}", uuid::Uuid::new_v4().simple());
        let window = Duration::from_secs(60);
        for expected in 1..=3 {
            let (n, left) = store.hit(&key, window).await.unwrap();
            assert_eq!(n, expected);
            assert!(left > Duration::from_secs(50) && left <= window, "{left:?}");
        }
        let ttl = raw(&["PTTL", &key]).await;
        assert!(
            matches!(ttl, redis::Value::Int(ms) if ms > 50_000 && ms <= 60_000),
            "{ttl:?}"
        );
        // A key left without expiry gets one on its next hit instead of counting forever.
        raw(&["SET", &key, "7"]).await;
        let (n, left) = store.hit(&key, window).await.unwrap();
        assert_eq!(n, 8);
        assert!(left > Duration::from_secs(50), "{left:?}");
        // A short window ends, and the count starts again.
        let short = format!("{key}:short");
        assert_eq!(
            store
                .hit(&short, Duration::from_millis(50))
                .await
                .unwrap()
                .0,
            1
        );
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let (n, _) = store.hit(&short, Duration::from_millis(50)).await.unwrap();
            if n == 1 {
                break;
            }
            assert!(Instant::now() < deadline, "the window never ended");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        // An error reply is not an outage: it reports an internal error, not "unreachable".
        let text = format!("{key}:text");
        raw(&["SET", &text, "not a number"]).await;
        assert!(matches!(
            store.hit(&text, window).await,
            Err(Error::Internal { .. })
        ));
        raw(&["DEL", &key, &short, &text]).await;
    }

    #[tokio::test]
    async fn local_values_expire_and_take_is_once() {
        let store = Ephemeral::Local(Arc::default());
        store.set("a", "1", Duration::from_secs(60)).await.unwrap();
        store.set("b", "2", Duration::ZERO).await.unwrap();
        assert_eq!(store.get("a").await.unwrap().as_deref(), Some("1"));
        assert_eq!(store.get("b").await.unwrap(), None, "expired");
        assert_eq!(store.take("a").await.unwrap().as_deref(), Some("1"));
        assert_eq!(store.take("a").await.unwrap(), None, "taken once");
    }

    #[tokio::test]
    async fn local_window_counts_and_resets() {
        let store = Ephemeral::Local(Arc::default());
        let (n, left) = store.hit("w", Duration::from_secs(60)).await.unwrap();
        assert_eq!(n, 1);
        assert!(left <= Duration::from_secs(60));
        assert_eq!(store.hit("w", Duration::from_secs(60)).await.unwrap().0, 2);
        assert_eq!(store.hit("z", Duration::ZERO).await.unwrap().0, 1);
        assert_eq!(
            store.hit("z", Duration::ZERO).await.unwrap().0,
            1,
            "window over"
        );
    }
}
