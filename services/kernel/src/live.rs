//! Live streams that end the moment access is taken away.
//!
//! A subscription outlives every request and every transaction, so it must never keep the
//! reader it was opened with. Every subscription of every service is built with [`guarded`]:
//! for each batch of events, at every re-check interval and whenever the principal's access
//! changes on any replica (a notice on [`channel`]), it asks who is on the other end *now*
//! (the same sign-in check as an HTTP request: account, municipality, roles), derives the
//! service's own reader from that (`admit`, the same reader HTTP uses), and only then shows an
//! event (`show`). When the sign-in or the reader is refused, the stream sends one error with
//! code FORBIDDEN and completes: nothing more is sent.

use std::sync::Arc;
use std::time::Duration;

use futures::stream::{self, BoxStream};
use futures::{Future, StreamExt};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::principal::Principal;
pub use crate::principal::{Liveness, PrincipalSource};
use crate::pubsub::PubSub;
use crate::request::RequestContext;

/// The channel on which a municipality's access changes are announced (roles, accounts, team
/// membership, statements, diagnostic groups): live streams of the municipality re-check at
/// once instead of waiting for their interval. The interval bounds a lost notice.
pub fn channel(tenant: Uuid) -> String {
    format!("access:{tenant}")
}

/// Announces, once the transaction has committed, that access in `tenant` changed.
pub fn announce_after_commit(pubsub: &PubSub, tx: &crate::TenantTx) {
    let pubsub = pubsub.clone();
    let channel = channel(tx.tenant());
    tx.after_commit(async move {
        if let Err(e) = pubsub.publish(&channel, "changed").await {
            // The re-check interval still ends what should end.
            tracing::warn!(error = %e.describe(), "could not announce an access change");
        }
    });
}

enum Wake<E> {
    Events(Vec<E>),
    Recheck,
    /// The events ended (the pub/sub connection was lost): so does the stream.
    Closed,
}

/// Why a stream ended, sent as its last item.
fn ended() -> async_graphql::Error {
    async_graphql::Error::from(Error::Forbidden(
        "your access to this subscription has ended".to_owned(),
    ))
}

/// Whether an error means "no longer allowed" (end the stream), rather than "could not check
/// now" (deliver nothing this time, keep the stream).
fn refused(e: &Error) -> bool {
    matches!(
        e,
        Error::Forbidden(_) | Error::Unauthenticated(_) | Error::NotFound
    )
}

/// A subscription's stream of `events`, each shown only as the principal may see it at the
/// moment it is delivered. `admit` derives the service's reader from the principal as it is
/// now (refusing with FORBIDDEN when it may not subscribe any more); `show` turns an event
/// into what that reader may see, or nothing. The stream re-checks for every batch of ready
/// events, every `recheck` interval and on every access notice of the principal's
/// municipality; when the answer is a refusal it sends FORBIDDEN and completes.
pub async fn guarded<E, T, A, Admit, AdmitFut, Show, ShowFut>(
    req: &Arc<RequestContext>,
    events: BoxStream<'static, E>,
    admit: Admit,
    show: Show,
) -> Result<BoxStream<'static, async_graphql::Result<T>>>
where
    E: Send + 'static,
    T: Send + 'static,
    A: Send + Sync + 'static,
    Admit: Fn(Arc<RequestContext>, Principal) -> AdmitFut + Send + Sync + 'static,
    AdmitFut: Future<Output = Result<A>> + Send + 'static,
    Show: Fn(Arc<RequestContext>, Arc<A>, E) -> ShowFut + Send + Sync + 'static,
    ShowFut: Future<Output = Result<Option<T>>> + Send + 'static,
{
    let liveness = req
        .liveness()
        .ok_or_else(|| Error::internal("a subscription without a live connection"))?;
    // Refused at once, before anything is subscribed, when the principal may not subscribe.
    admit(req.clone(), liveness.source.current().await?).await?;
    let notices = match req.principal.staff() {
        Some(staff) => req.pubsub().subscribe(&channel(staff.tenant)).await?,
        None => stream::pending().boxed(),
    };
    let every = liveness.recheck.max(Duration::from_millis(100));
    let ticks = stream::unfold((), move |()| async move {
        tokio::time::sleep(every).await;
        Some(((), ()))
    });
    let wakes = stream::select_all([
        events
            .ready_chunks(64)
            .map(Wake::Events)
            .chain(stream::once(async { Wake::Closed }))
            .boxed(),
        notices.map(|_| Wake::Recheck).boxed(),
        ticks.map(|()| Wake::Recheck).boxed(),
    ]);
    let req = req.clone();
    let admit = Arc::new(admit);
    let show = Arc::new(show);
    let items = stream::unfold(Some(wakes), move |wakes| {
        let (req, source, admit, show) = (
            req.clone(),
            liveness.source.clone(),
            admit.clone(),
            show.clone(),
        );
        async move {
            let mut wakes = wakes?;
            loop {
                let wake = wakes.next().await?;
                if matches!(wake, Wake::Closed) {
                    return None;
                }
                let access = match source.current().await {
                    Ok(principal) => admit(req.clone(), principal).await,
                    Err(e) => Err(e),
                };
                let access = match access {
                    Ok(access) => Arc::new(access),
                    Err(e) if refused(&e) => return Some((vec![Err(ended())], None)),
                    Err(e) => {
                        // A passing outage: nothing is shown that could not be checked.
                        e.log_if_internal();
                        continue;
                    }
                };
                let Wake::Events(batch) = wake else { continue };
                let mut shown = Vec::new();
                for event in batch {
                    match show(req.clone(), access.clone(), event).await {
                        Ok(Some(item)) => shown.push(Ok(item)),
                        Ok(None) => {}
                        Err(e) if refused(&e) => {
                            shown.push(Err(ended()));
                            return Some((shown, None));
                        }
                        Err(e) => e.log_if_internal(),
                    }
                }
                if !shown.is_empty() {
                    return Some((shown, Some(wakes)));
                }
            }
        }
    });
    Ok(items.flat_map(stream::iter).boxed())
}
