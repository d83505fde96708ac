//! Publish/subscribe between gateway replicas: Redis when configured, in-process otherwise.

use std::collections::HashMap;
use std::sync::Arc;

use futures::stream::BoxStream;
use futures::StreamExt;
use tokio::sync::{broadcast, OnceCell};
use tokio_stream::wrappers::BroadcastStream;

use crate::error::{Error, Result};

#[derive(Clone)]
pub enum PubSub {
    Local(Arc<LocalBus>),
    Redis(Arc<RedisBus>),
}

#[derive(Default)]
pub struct LocalBus {
    channels: std::sync::Mutex<HashMap<String, broadcast::Sender<String>>>,
}

pub struct RedisBus {
    client: redis::Client,
    publisher: OnceCell<redis::aio::ConnectionManager>,
}

impl RedisBus {
    /// A shared, reconnecting connection; created on first use so that a Redis that is down at
    /// start-up delays nothing but the features that need it.
    pub(crate) async fn publisher(&self) -> Result<redis::aio::ConnectionManager> {
        let config = redis::aio::ConnectionManagerConfig::new()
            .set_connection_timeout(Some(std::time::Duration::from_secs(2)))
            .set_response_timeout(Some(std::time::Duration::from_secs(2)))
            .set_number_of_retries(1);
        Ok(self
            .publisher
            .get_or_try_init(|| {
                redis::aio::ConnectionManager::new_with_config(self.client.clone(), config)
            })
            .await
            .map_err(|e| Error::internal_from("connecting to Redis", e))?
            .clone())
    }
}

impl PubSub {
    pub fn local() -> Self {
        PubSub::Local(Arc::new(LocalBus::default()))
    }

    pub fn redis(client: redis::Client) -> Self {
        PubSub::Redis(Arc::new(RedisBus {
            client,
            publisher: OnceCell::new(),
        }))
    }

    pub async fn publish(&self, channel: &str, payload: &str) -> Result<()> {
        match self {
            PubSub::Local(bus) => {
                let sender = bus
                    .channels
                    .lock()
                    .map_err(|_| Error::internal("pub/sub lock poisoned"))?
                    .get(channel)
                    .cloned();
                if let Some(sender) = sender {
                    // No receivers is not an error: nobody is listening.
                    let _ = sender.send(payload.to_owned());
                }
                Ok(())
            }
            PubSub::Redis(bus) => {
                let mut conn = bus.publisher().await?;
                redis::cmd("PUBLISH")
                    .arg(channel)
                    .arg(payload)
                    .query_async::<i64>(&mut conn)
                    .await
                    .map_err(|e| Error::internal_from("publishing to Redis", e))?;
                Ok(())
            }
        }
    }

    /// Checks that Redis answers; the in-process bus always does.
    pub async fn ping(&self) -> Result<()> {
        match self {
            PubSub::Local(_) => Ok(()),
            PubSub::Redis(bus) => {
                let mut conn = bus.publisher().await?;
                redis::cmd("PING")
                    .query_async::<String>(&mut conn)
                    .await
                    .map_err(|e| Error::internal_from("pinging Redis", e))?;
                Ok(())
            }
        }
    }

    /// Messages published on `channel` from now on. The stream ends when the connection is lost;
    /// a subscriber that must not miss events should resubscribe and reconcile.
    pub async fn subscribe(&self, channel: &str) -> Result<BoxStream<'static, String>> {
        match self {
            PubSub::Local(bus) => {
                let receiver = {
                    let mut channels = bus
                        .channels
                        .lock()
                        .map_err(|_| Error::internal("pub/sub lock poisoned"))?;
                    channels.retain(|_, s| s.receiver_count() > 0);
                    channels
                        .entry(channel.to_owned())
                        .or_insert_with(|| broadcast::channel(256).0)
                        .subscribe()
                };
                Ok(BroadcastStream::new(receiver)
                    .filter_map(|m| async move { m.ok() })
                    .boxed())
            }
            PubSub::Redis(bus) => {
                let mut pubsub = bus
                    .client
                    .get_async_pubsub()
                    .await
                    .map_err(|e| Error::internal_from("connecting to Redis", e))?;
                pubsub
                    .subscribe(channel)
                    .await
                    .map_err(|e| Error::internal_from("subscribing to Redis", e))?;
                Ok(pubsub
                    .into_on_message()
                    .filter_map(|msg| async move { msg.get_payload::<String>().ok() })
                    .boxed())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn local_bus_delivers_to_subscribers_of_the_channel_only() {
        let bus = PubSub::local();
        let mut a = bus.subscribe("a").await.unwrap();
        let mut b = bus.subscribe("b").await.unwrap();
        bus.publish("a", "hello").await.unwrap();
        bus.publish("b", "other").await.unwrap();
        assert_eq!(a.next().await.as_deref(), Some("hello"));
        assert_eq!(b.next().await.as_deref(), Some("other"));
    }
}
