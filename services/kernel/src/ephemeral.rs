//! Short-lived shared state with expiry — sign-in sessions, pending sign-ins, rate-limit
//! windows: Redis when configured (shared by every gateway replica), in-process otherwise.
//!
//! Every Redis failure is an [`Error::Unavailable`]: callers decide whether to fail closed
//! (sessions) or open (rate limits).

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

fn unavailable(err: redis::RedisError) -> Error {
    tracing::warn!(error = %err, "Redis unreachable");
    Error::Unavailable("the session store (Redis) is unreachable; try again shortly".to_owned())
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
                    .map_err(unavailable)
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
                    .map_err(unavailable)
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
                    .map_err(unavailable)
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
                    .map_err(unavailable)
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
                let (count, ttl): (u64, i64) = redis::pipe()
                    .atomic()
                    .cmd("INCR")
                    .arg(key)
                    .cmd("PEXPIRE")
                    .arg(key)
                    .arg(millis(window))
                    .arg("NX")
                    .ignore()
                    .cmd("PTTL")
                    .arg(key)
                    .query_async(&mut conn)
                    .await
                    .map_err(unavailable)?;
                let remaining = u64::try_from(ttl).unwrap_or(0);
                Ok((count, Duration::from_millis(remaining)))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
