//! Publish/subscribe between gateway replicas: Redis when configured, in-process otherwise.
//!
//! With Redis, a process holds one subscriber connection, whatever the number of live
//! subscriptions: a dispatcher task subscribes to a Redis channel when its first local
//! subscriber arrives, unsubscribes after the last one left, and fans messages out to the local
//! subscribers through broadcast channels.

use std::collections::HashMap;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use futures::stream::BoxStream;
use futures::{Stream, StreamExt};
use tokio::sync::{broadcast, mpsc, oneshot, OnceCell};
use tokio_stream::wrappers::BroadcastStream;

use crate::error::{Error, Result};

/// Messages a slow subscriber may fall behind by before it skips some.
const BUFFER: usize = 256;
/// How long connecting to Redis or (un)subscribing may take before the connection counts as lost.
const REDIS_TIMEOUT: Duration = Duration::from_secs(2);

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
    dispatcher: Dispatcher,
}

/// The handle of the dispatcher task, which owns the subscriber connection. The task starts with
/// the first subscription (a runtime is certain to exist then) and ends with the bus.
struct Dispatcher {
    commands: mpsc::UnboundedSender<Command>,
    idle: std::sync::Mutex<Option<mpsc::UnboundedReceiver<Command>>>,
}

enum Command {
    Subscribe {
        channel: String,
        reply: oneshot::Sender<Result<broadcast::Receiver<String>>>,
    },
    /// A local subscriber of the channel went away; the last one unsubscribes from Redis.
    Release(String),
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
        let (commands, idle) = mpsc::unbounded_channel();
        PubSub::Redis(Arc::new(RedisBus {
            client,
            publisher: OnceCell::new(),
            dispatcher: Dispatcher {
                commands,
                idle: std::sync::Mutex::new(Some(idle)),
            },
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
                        .or_insert_with(|| broadcast::channel(BUFFER).0)
                        .subscribe()
                };
                Ok(BroadcastStream::new(receiver)
                    .filter_map(|m| async move { m.ok() })
                    .boxed())
            }
            PubSub::Redis(bus) => bus.subscribe(channel).await,
        }
    }
}

impl RedisBus {
    async fn subscribe(&self, channel: &str) -> Result<BoxStream<'static, String>> {
        let idle = self
            .dispatcher
            .idle
            .lock()
            .map_err(|_| Error::internal("pub/sub lock poisoned"))?
            .take();
        if let Some(commands) = idle {
            tokio::spawn(dispatch(self.client.clone(), commands));
        }
        let (reply, answer) = oneshot::channel();
        self.dispatcher
            .commands
            .send(Command::Subscribe {
                channel: channel.to_owned(),
                reply,
            })
            .map_err(|_| Error::internal("the pub/sub dispatcher has stopped"))?;
        let receiver = answer
            .await
            .map_err(|_| Error::internal("the pub/sub dispatcher has stopped"))??;
        Ok(Subscribed {
            messages: BroadcastStream::new(receiver)
                .filter_map(|m| async move { m.ok() })
                .boxed(),
            _release: Release {
                channel: channel.to_owned(),
                commands: self.dispatcher.commands.clone(),
            },
        }
        .boxed())
    }
}

/// A local subscriber's stream of one channel.
struct Subscribed {
    // Fields drop in declaration order: the receiver is gone before the release is sent, so the
    // dispatcher sees the channel's true number of subscribers.
    messages: BoxStream<'static, String>,
    _release: Release,
}

struct Release {
    channel: String,
    commands: mpsc::UnboundedSender<Command>,
}

impl Drop for Release {
    fn drop(&mut self) {
        let _ = self
            .commands
            .send(Command::Release(std::mem::take(&mut self.channel)));
    }
}

impl Stream for Subscribed {
    type Item = String;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<String>> {
        self.messages.poll_next_unpin(cx)
    }
}

type Connection = (redis::aio::PubSubSink, redis::aio::PubSubStream);

/// The dispatcher: owns the one subscriber connection, opened on demand. When it is lost (Redis
/// stopped, network), every local stream ends — as the documented contract of
/// [`PubSub::subscribe`] says — and the next subscription connects again.
async fn dispatch(client: redis::Client, mut commands: mpsc::UnboundedReceiver<Command>) {
    let mut channels: HashMap<String, broadcast::Sender<String>> = HashMap::new();
    let mut connection: Option<Connection> = None;
    loop {
        let (command, message) = match &mut connection {
            Some((_, stream)) => tokio::select! {
                c = commands.recv() => (Some(c), None),
                m = stream.next() => (None, Some(m)),
            },
            None => (Some(commands.recv().await), None),
        };
        match (command, message) {
            // Every handle of the bus is gone.
            (Some(None), _) => return,
            (Some(Some(Command::Subscribe { channel, reply })), _) => {
                let result =
                    add_subscriber(&client, &mut connection, &mut channels, &channel).await;
                if result.is_err() {
                    lose(&mut connection, &mut channels);
                }
                let _ = reply.send(result);
            }
            (Some(Some(Command::Release(channel))), _) => {
                if channels
                    .get(&channel)
                    .is_some_and(|s| s.receiver_count() == 0)
                {
                    channels.remove(&channel);
                    if let Some((sink, _)) = &mut connection {
                        if !matches!(
                            tokio::time::timeout(REDIS_TIMEOUT, sink.unsubscribe(&channel)).await,
                            Ok(Ok(()))
                        ) {
                            tracing::warn!(
                                "unsubscribing from Redis failed; reconnecting on demand"
                            );
                            lose(&mut connection, &mut channels);
                        }
                    }
                }
            }
            (_, Some(Some(msg))) => {
                if let (Some(sender), Ok(payload)) = (
                    channels.get(msg.get_channel_name()),
                    msg.get_payload::<String>(),
                ) {
                    // No receivers left is not an error: a release is on its way.
                    let _ = sender.send(payload);
                }
            }
            (_, Some(None)) => {
                tracing::warn!("the Redis subscriber connection was lost; live subscriptions end");
                lose(&mut connection, &mut channels);
            }
            (None, None) => {}
        }
    }
}

/// A receiver of `channel`, subscribing on Redis (and connecting first) when it is the first.
async fn add_subscriber(
    client: &redis::Client,
    connection: &mut Option<Connection>,
    channels: &mut HashMap<String, broadcast::Sender<String>>,
    channel: &str,
) -> Result<broadcast::Receiver<String>> {
    if let Some(sender) = channels.get(channel) {
        return Ok(sender.subscribe());
    }
    if connection.is_none() {
        let pubsub = tokio::time::timeout(REDIS_TIMEOUT, client.get_async_pubsub())
            .await
            .map_err(|_| Error::internal("connecting to Redis timed out"))?
            .map_err(|e| Error::internal_from("connecting to Redis", e))?;
        *connection = Some(pubsub.split());
    }
    let Some((sink, _)) = connection else {
        return Err(Error::internal("no Redis subscriber connection"));
    };
    tokio::time::timeout(REDIS_TIMEOUT, sink.subscribe(channel))
        .await
        .map_err(|_| Error::internal("subscribing to Redis timed out"))?
        .map_err(|e| Error::internal_from("subscribing to Redis", e))?;
    let (sender, receiver) = broadcast::channel(BUFFER);
    channels.insert(channel.to_owned(), sender);
    Ok(receiver)
}

/// Drops the connection and ends every local stream (their senders go).
fn lose(
    connection: &mut Option<Connection>,
    channels: &mut HashMap<String, broadcast::Sender<String>>,
) {
    *connection = None;
    channels.clear();
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

    async fn subscribers_on_redis(
        conn: &mut redis::aio::MultiplexedConnection,
        channel: &str,
    ) -> i64 {
        let counts: Vec<(String, i64)> = redis::cmd("PUBSUB")
            .arg("NUMSUB")
            .arg(channel)
            .query_async(conn)
            .await
            .unwrap();
        counts[0].1
    }

    /// Needs the Redis of the development machine (127.0.0.1:6379); a fresh channel keeps the
    /// test apart from anything else using it.
    #[tokio::test]
    async fn redis_subscribers_of_one_process_share_one_subscription() {
        let client = redis::Client::open("redis://127.0.0.1:6379").unwrap();
        let mut conn = client.get_multiplexed_async_connection().await.unwrap();
        let bus = PubSub::redis(client);
        let channel = format!("ostoja:test:{}", uuid::Uuid::new_v4());
        let mut a = bus.subscribe(&channel).await.unwrap();
        let mut b = bus.subscribe(&channel).await.unwrap();
        assert_eq!(subscribers_on_redis(&mut conn, &channel).await, 1);
        bus.publish(&channel, "hello").await.unwrap();
        assert_eq!(a.next().await.as_deref(), Some("hello"));
        assert_eq!(b.next().await.as_deref(), Some("hello"));
        drop(a);
        bus.publish(&channel, "still").await.unwrap();
        assert_eq!(b.next().await.as_deref(), Some("still"));
        drop(b);
        // The last subscriber gone, the process unsubscribes.
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while subscribers_on_redis(&mut conn, &channel).await != 0 {
            assert!(std::time::Instant::now() < deadline, "still subscribed");
            tokio::task::yield_now().await;
        }
        let mut c = bus.subscribe(&channel).await.unwrap();
        bus.publish(&channel, "again").await.unwrap();
        assert_eq!(c.next().await.as_deref(), Some("again"));
    }
}
