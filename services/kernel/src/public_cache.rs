//! A per-process cache of what anyone may read without a credential (the help directory's
//! published points, a municipality's public events calendar), one value per key: a
//! municipality's ID, or `None` for what belongs to no municipality (the national helplines).
//!
//! A key's value is dropped once a change to it has committed: in this process at once, and in
//! every other replica through the kernel's pub/sub on the cache's channel, which each process
//! follows with [`follow`]. A value read before a commit is never stored after the
//! invalidation that follows it (a generation counter). When the subscription is lost (Redis
//! down), every value still expires after [`TTL`], which bounds how long a replica may show an
//! older one; on subscribing again the process drops everything.

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use futures::StreamExt;
use uuid::Uuid;

use crate::pubsub::PubSub;
use crate::Result;

/// How long a cached value is served before it is read again.
pub const TTL: Duration = Duration::from_secs(60);

/// The first wait before subscribing again after the subscription failed or ended; it doubles
/// up to [`RETRY_MAX`].
const RETRY_MIN: Duration = Duration::from_secs(1);
const RETRY_MAX: Duration = Duration::from_secs(30);

/// A municipality's ID, or `None` for what belongs to none.
pub type Key = Option<Uuid>;

/// The cached values, and a counter of invalidations: a value is stored only if no
/// invalidation happened since its reading began (it might hold rows older than the change).
struct Entries<V> {
    values: HashMap<Key, (Instant, Arc<V>)>,
    generation: u64,
}

/// The public values of one kind, per key, as last read.
pub struct PublicCache<V> {
    /// The pub/sub channel on which every process hears of a change.
    channel: &'static str,
    /// The payload that names the key `None` on the channel.
    none: &'static str,
    entries: RwLock<Entries<V>>,
}

impl<V: Send + Sync + 'static> PublicCache<V> {
    /// An empty cache told of changes on `channel`; `none` is the payload for the key `None`.
    pub fn new(channel: &'static str, none: &'static str) -> PublicCache<V> {
        PublicCache {
            channel,
            none,
            entries: RwLock::new(Entries {
                values: HashMap::new(),
                generation: 0,
            }),
        }
    }

    pub fn channel(&self) -> &'static str {
        self.channel
    }

    /// The value of `key` if it was read less than [`TTL`] ago.
    pub fn cached(&self, key: Key) -> Option<Arc<V>> {
        let entries = self.entries.read().ok()?;
        let (at, value) = entries.values.get(&key)?;
        (at.elapsed() < TTL).then(|| value.clone())
    }

    /// The generation a reading starts at, for [`PublicCache::store`].
    pub fn generation(&self) -> u64 {
        self.entries
            .read()
            .map(|e| e.generation)
            .unwrap_or(u64::MAX)
    }

    /// Keeps a value read from `generation` on, unless something was invalidated meanwhile.
    pub fn store(&self, key: Key, generation: u64, value: Arc<V>) {
        if let Ok(mut entries) = self.entries.write() {
            if entries.generation == generation {
                entries.values.insert(key, (Instant::now(), value));
            }
        }
    }

    /// The value of `key`: cached, or made by `read` and kept (unless invalidated meanwhile).
    pub async fn get_or_read<F, Fut>(&self, key: Key, read: F) -> Result<Arc<V>>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<V>>,
    {
        if let Some(found) = self.cached(key) {
            return Ok(found);
        }
        let generation = self.generation();
        let value = Arc::new(read().await?);
        self.store(key, generation, value.clone());
        Ok(value)
    }

    /// Drops the value of `key`.
    pub fn invalidate(&self, key: Key) {
        if let Ok(mut entries) = self.entries.write() {
            entries.values.remove(&key);
            entries.generation = entries.generation.wrapping_add(1);
        }
    }

    /// Drops every value.
    pub fn invalidate_all(&self) {
        if let Ok(mut entries) = self.entries.write() {
            entries.values.clear();
            entries.generation = entries.generation.wrapping_add(1);
        }
    }

    fn payload(&self, key: Key) -> String {
        key.map_or_else(|| self.none.to_owned(), |id| id.to_string())
    }

    /// What a message says changed; `None` for a message of no known form.
    fn parse(&self, payload: &str) -> Option<Key> {
        if payload == self.none {
            return Some(None);
        }
        Uuid::parse_str(payload).ok().map(Some)
    }

    /// Says that the value of `key` changed: drops it here and tells every process. Call it
    /// only once the change has committed. A message that cannot be published is logged:
    /// other replicas then serve their values until [`TTL`] ends.
    pub async fn changed(&self, pubsub: &PubSub, key: Key) {
        self.invalidate(key);
        if let Err(e) = pubsub.publish(self.channel, &self.payload(key)).await {
            e.log_if_internal();
        }
    }
}

/// A cache [`follow`] keeps current, whatever it holds.
pub trait Followed: Send + Sync {
    fn channel(&self) -> &'static str;
    /// Applies one message of the channel; one of no known form drops everything.
    fn heard(&self, payload: &str);
    fn drop_all(&self);
}

impl<V: Send + Sync + 'static> Followed for PublicCache<V> {
    fn channel(&self) -> &'static str {
        self.channel
    }

    fn heard(&self, payload: &str) {
        match self.parse(payload) {
            Some(key) => self.invalidate(key),
            None => self.invalidate_all(),
        }
    }

    fn drop_all(&self) {
        self.invalidate_all();
    }
}

/// Follows a cache's channel for as long as the process runs, dropping what other processes
/// (and this one) changed. Started once per process and cache, with the server. When the
/// subscription cannot be made or ends (a lost Redis connection), it subscribes again after a
/// growing pause, and drops every value on subscribing, since changes made meanwhile were not
/// heard; until then [`TTL`] bounds how old a value may be.
pub async fn follow(cache: Arc<dyn Followed>, pubsub: PubSub) {
    let mut wait = RETRY_MIN;
    loop {
        match pubsub.subscribe(cache.channel()).await {
            Ok(mut changes) => {
                wait = RETRY_MIN;
                cache.drop_all();
                while let Some(payload) = changes.next().await {
                    cache.heard(&payload);
                }
                tracing::warn!(
                    channel = cache.channel(),
                    "a public cache no longer hears of changes; its values expire after {} s until it subscribes again",
                    TTL.as_secs()
                );
            }
            Err(e) => e.log_if_internal(),
        }
        tokio::time::sleep(wait).await;
        wait = (wait * 2).min(RETRY_MAX);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cache() -> PublicCache<Vec<u8>> {
        PublicCache::new("test:changed", "none")
    }

    fn value() -> Arc<Vec<u8>> {
        Arc::new(Vec::new())
    }

    #[test]
    fn a_value_read_before_an_invalidation_is_not_kept() {
        let cache = cache();
        let tenant = Some(Uuid::new_v4());
        // A public read begins, an editor's change commits and invalidates, the read ends.
        let began = cache.generation();
        cache.invalidate(tenant);
        cache.store(tenant, began, value());
        assert!(cache.cached(tenant).is_none());
        // A read begun after the invalidation is kept.
        let began = cache.generation();
        cache.store(tenant, began, value());
        assert!(cache.cached(tenant).is_some());
    }

    #[test]
    fn messages_drop_one_key_the_none_key_or_everything() {
        let cache = cache();
        let (a, b) = (Uuid::new_v4(), Uuid::new_v4());
        let fill = |c: &PublicCache<Vec<u8>>| {
            for key in [None, Some(a), Some(b)] {
                c.store(key, c.generation(), value());
            }
        };
        fill(&cache);
        cache.heard(&a.to_string());
        assert!(cache.cached(Some(a)).is_none());
        assert!(cache.cached(Some(b)).is_some() && cache.cached(None).is_some());
        fill(&cache);
        cache.heard("none");
        assert!(cache.cached(None).is_none());
        assert!(cache.cached(Some(a)).is_some() && cache.cached(Some(b)).is_some());
        fill(&cache);
        cache.heard("not a change");
        assert!([None, Some(a), Some(b)]
            .iter()
            .all(|k| cache.cached(*k).is_none()));
        assert_eq!(cache.parse(&cache.payload(Some(b))), Some(Some(b)));
        assert_eq!(cache.parse(&cache.payload(None)), Some(None));
    }

    /// Two caches following one bus stand for two processes: a change told by one reaches
    /// the other.
    #[tokio::test]
    async fn a_change_in_one_process_drops_the_other_processes_value() {
        let pubsub = PubSub::local();
        let (here, there) = (Arc::new(cache()), Arc::new(cache()));
        let following = tokio::spawn(follow(there.clone(), pubsub.clone()));
        let tenant = Some(Uuid::new_v4());
        let deadline = Instant::now() + Duration::from_secs(10);
        let dropped = |c: Arc<PublicCache<Vec<u8>>>| async move {
            while c.cached(tenant).is_some() {
                assert!(Instant::now() < deadline, "the value was never dropped");
                tokio::task::yield_now().await;
            }
        };
        // Subscribing, the follower drops everything (changes before it were not heard).
        there.store(tenant, there.generation(), value());
        dropped(there.clone()).await;
        there.store(tenant, there.generation(), value());
        here.store(tenant, here.generation(), value());
        here.changed(&pubsub, tenant).await;
        assert!(here.cached(tenant).is_none());
        dropped(there.clone()).await;
        following.abort();
    }

    #[tokio::test]
    async fn a_value_is_read_once_then_served_from_the_cache() {
        let cache = cache();
        let tenant = Some(Uuid::new_v4());
        let first = cache
            .get_or_read(tenant, || async { Ok(vec![1]) })
            .await
            .unwrap();
        let second = cache
            .get_or_read(tenant, || async { Ok(vec![2]) })
            .await
            .unwrap();
        assert_eq!((first.as_slice(), second.as_slice()), (&[1][..], &[1][..]));
    }
}
