//! Limits of the gateway that hold across requests: rate limits per address and principal
//! (`rate_limit.*`), and live subscriptions per connection and per principal.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_graphql::ServerError;
use kernel::ephemeral::Ephemeral;
use kernel::{Error, ErrorCode};

use crate::config::RateLimitConfig;

/// Rate limits in fixed windows (`rate_limit.window_seconds`), shared by the replicas through Redis (in-process
/// in the embedded default). When Redis is unreachable, limits are skipped for a few seconds
/// rather than refusing everyone (`ostoja_rate_limit_skipped_total`); when it answers with an
/// error, the request passes, the failure is logged and counted (`ostoja_rate_limit_errors_total`)
/// and the next request counts again.
pub struct Limits {
    store: Ephemeral,
    enabled: bool,
    window: Duration,
    sign_in_limit: u64,
    graphql_per_principal: u64,
    graphql_per_address: u64,
    public_per_address: u64,
    /// After Redis fails, limits are skipped for a few seconds instead of waiting on it for
    /// every request.
    paused_until: std::sync::Mutex<Option<std::time::Instant>>,
    last_error_logged: std::sync::Mutex<Option<std::time::Instant>>,
}

#[derive(Debug, Clone, Copy)]
pub enum Bucket {
    SignIn,
    GraphqlAddress,
    GraphqlPrincipal,
    /// Requests without a credential (the public directory), per address.
    PublicAddress,
}

impl Limits {
    pub fn new(store: Ephemeral, config: &RateLimitConfig) -> Self {
        Limits {
            store,
            enabled: config.enabled,
            window: Duration::from_secs(config.window_seconds.max(1)),
            sign_in_limit: config.sign_in_per_window,
            graphql_per_principal: config.graphql_per_principal,
            graphql_per_address: config.graphql_per_address,
            public_per_address: config.public_per_address,
            paused_until: std::sync::Mutex::new(None),
            last_error_logged: std::sync::Mutex::new(None),
        }
    }

    fn paused(&self) -> bool {
        self.paused_until
            .lock()
            .map(|p| p.is_some_and(|until| std::time::Instant::now() < until))
            .unwrap_or(false)
    }

    pub async fn check(&self, bucket: Bucket, key: &str) -> Result<(), Error> {
        let (name, limit) = match bucket {
            Bucket::SignIn => ("sign-in", self.sign_in_limit),
            Bucket::GraphqlAddress => ("graphql-address", self.graphql_per_address),
            Bucket::GraphqlPrincipal => ("graphql-principal", self.graphql_per_principal),
            Bucket::PublicAddress => ("public-address", self.public_per_address),
        };
        if !self.enabled || limit == 0 || self.paused() {
            return Ok(());
        }
        match self
            .store
            .hit(&format!("ostoja:rate:{name}:{key}"), self.window)
            .await
        {
            Ok((count, left)) if count > limit => {
                metrics::counter!("ostoja_rate_limited_total", "bucket" => name).increment(1);
                Err(Error::RateLimited {
                    retry_after_seconds: left.as_secs().max(1),
                })
            }
            Ok(_) => Ok(()),
            Err(Error::Unavailable(_)) => {
                metrics::counter!("ostoja_rate_limit_skipped_total", "bucket" => name).increment(1);
                if let Ok(mut p) = self.paused_until.lock() {
                    *p = Some(std::time::Instant::now() + Duration::from_secs(5));
                }
                Ok(())
            }
            // Redis answered, but not with a count: this request passes, the next one counts
            // again, and the failure is visible rather than switching limits off unnoticed.
            Err(e) => {
                metrics::counter!("ostoja_rate_limit_errors_total", "bucket" => name).increment(1);
                if self.error_log_due() {
                    tracing::error!(bucket = name, error = %e.describe(), "counting a rate limit failed; the request passes uncounted");
                }
                Ok(())
            }
        }
    }

    /// At most one log line per minute about failed counting: every request may fail alike.
    fn error_log_due(&self) -> bool {
        let now = std::time::Instant::now();
        let Ok(mut last) = self.last_error_logged.lock() else {
            return true;
        };
        if last.is_some_and(|at| now.duration_since(at) < Duration::from_secs(60)) {
            return false;
        }
        *last = Some(now);
        true
    }
}

/// The process's count of live subscriptions per principal.
pub struct SubscriptionCaps {
    per_connection: usize,
    per_principal: usize,
    live: Mutex<HashMap<String, usize>>,
}

impl SubscriptionCaps {
    pub fn new(per_connection: usize, per_principal: usize) -> Self {
        SubscriptionCaps {
            per_connection: per_connection.max(1),
            per_principal: per_principal.max(1),
            live: Mutex::new(HashMap::new()),
        }
    }
}

/// One connection's live subscriptions, in the connection's data.
pub struct ConnectionSlots {
    caps: Arc<SubscriptionCaps>,
    principal: Option<String>,
    live: AtomicUsize,
}

/// A live subscription's place under both caps; dropping it (the subscription ended, was
/// stopped, or its connection closed) gives the place back.
pub struct Permit(Arc<ConnectionSlots>);

impl ConnectionSlots {
    pub fn new(caps: Arc<SubscriptionCaps>, principal: Option<String>) -> Self {
        ConnectionSlots {
            caps,
            principal,
            live: AtomicUsize::new(0),
        }
    }

    pub fn admit(self: &Arc<Self>) -> Result<Permit, ServerError> {
        let caps = &self.caps;
        let refused = |message: String| {
            metrics::counter!("ostoja_rate_limited_total", "bucket" => "subscriptions")
                .increment(1);
            let mut e = ServerError::new(message, None);
            e.extensions
                .get_or_insert_with(Default::default)
                .set("code", ErrorCode::RateLimited.as_str());
            e
        };
        if self
            .live
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
                (n < caps.per_connection).then_some(n + 1)
            })
            .is_err()
        {
            return Err(refused(format!(
                "at most {} subscriptions per connection; complete one first",
                caps.per_connection
            )));
        }
        if let Some(key) = &self.principal {
            let admitted = caps.live.lock().is_ok_and(|mut live| {
                let n = live.entry(key.clone()).or_insert(0);
                let admitted = *n < caps.per_principal;
                if admitted {
                    *n += 1;
                }
                admitted
            });
            if !admitted {
                self.live.fetch_sub(1, Ordering::SeqCst);
                return Err(refused(format!(
                    "at most {} subscriptions per person; complete one first",
                    caps.per_principal
                )));
            }
        }
        Ok(Permit(self.clone()))
    }
}

impl Drop for Permit {
    fn drop(&mut self) {
        let slots = &self.0;
        slots.live.fetch_sub(1, Ordering::SeqCst);
        if let (Some(key), Ok(mut live)) = (&slots.principal, slots.caps.live.lock()) {
            if let Some(n) = live.get_mut(key) {
                *n = n.saturating_sub(1);
                if *n == 0 {
                    live.remove(key);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caps_count_per_connection_and_per_principal() {
        let caps = Arc::new(SubscriptionCaps::new(2, 3));
        let a = Arc::new(ConnectionSlots::new(caps.clone(), Some("user:1".into())));
        let b = Arc::new(ConnectionSlots::new(caps.clone(), Some("user:1".into())));
        let a1 = a.admit().unwrap();
        let _a2 = a.admit().unwrap();
        assert!(a.admit().is_err(), "the connection's cap");
        let _b1 = b.admit().unwrap();
        let Err(refused) = b.admit() else {
            panic!("the person's cap")
        };
        assert!(
            refused.message.contains("per person"),
            "{}",
            refused.message
        );
        drop(a1);
        let _b2 = b.admit().unwrap();
        let other = Arc::new(ConnectionSlots::new(caps, Some("user:2".into())));
        let _o = other.admit().unwrap();
    }
}
