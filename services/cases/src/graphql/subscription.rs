//! Deadline notifications pushed to their recipient, each re-checked against need to know.

use async_graphql::{Context, Subscription};
use futures::{Stream, StreamExt};
use kernel::request::{ContextExt, RequestContext};
use uuid::Uuid;

use super::objects::*;
use crate::deadlines::Notification;

#[derive(Default)]
pub struct CasesSubscription;

#[Subscription]
impl CasesSubscription {
    /// Powiadomienia o terminach — the viewer's deadline notifications as the worker sends
    /// them, on any gateway replica.
    async fn blue_card_deadlines(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<impl Stream<Item = NotificationObject>> {
        let req = ctx.request()?;
        let staff = req.principal.require_staff()?;
        let (tenant, user) = (staff.tenant, staff.user);
        let stream = req
            .pubsub()
            .subscribe(&crate::deadlines::channel(tenant))
            .await?;
        let req = req.clone();
        Ok(stream.filter_map(move |payload| {
            let req = req.clone();
            async move {
                let n = serde_json::from_str::<Notification>(&payload)
                    .ok()
                    .filter(|n| n.tenant_id == tenant && n.recipient_user_id == user)?;
                // The card may have changed hands since the notification was made (another
                // group, another chair): ask again, in a transaction of this event's own, since
                // the socket outlives any transaction. When the answer cannot be had, nothing
                // is delivered; the notification stays in `deadlineNotifications`.
                match still_visible(&req, tenant, user, n.card_id).await {
                    Ok(true) => Some(NotificationObject(n)),
                    Ok(false) => None,
                    Err(e) => {
                        e.log_if_internal();
                        None
                    }
                }
            }
        }))
    }
}

/// Whether `user` may see the card now. Only the answer is read (no card content), so the
/// transaction is rolled back and leaves no audit entry.
pub(crate) async fn still_visible(
    req: &RequestContext,
    tenant: Uuid,
    user: Uuid,
    card: Uuid,
) -> kernel::Result<bool> {
    let tx = req.db().tenant(tenant, req.audit_context()).await?;
    let result = async {
        let reader = crate::read::reader(&tx, user).await?;
        crate::read::may_see(&tx, reader, card).await
    }
    .await;
    // The rolled-back entry is dropped: reading who may see a card is not reading the card.
    tx.finish(false, kernel::Outcome::Ok).await?;
    result
}
