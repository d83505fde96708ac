//! Response notices pushed to their recipient, each re-checked against need to know.

use async_graphql::{Context, Subscription};
use futures::{Stream, StreamExt};
use kernel::request::{ContextExt, RequestContext};
use uuid::Uuid;

use super::objects::IntakeNotificationObject;
use crate::{IntakeAccess, ResponseNotification};

#[derive(Default)]
pub struct IntakeSubscription;

#[Subscription]
impl IntakeSubscription {
    /// Powiadomienia o terminach odpowiedzi — the viewer's notices of intake responses due or
    /// overdue as the worker sends them, on any gateway replica.
    async fn intake_response_deadlines(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<impl Stream<Item = IntakeNotificationObject>> {
        let req = ctx.request()?;
        let staff = req.principal.require_staff()?;
        let (tenant, user) = (staff.tenant, staff.user);
        let reader = crate::reader(staff);
        let stream = req.pubsub().subscribe(&crate::channel(tenant)).await?;
        let req = req.clone();
        Ok(stream.filter_map(move |payload| {
            let req = req.clone();
            async move {
                let n = serde_json::from_str::<ResponseNotification>(&payload)
                    .ok()
                    .filter(|n| n.tenant_id == tenant && n.recipient_user_id == user)?;
                // The entry may have been reassigned since the notice was made: ask again, in
                // a transaction of this event's own (the socket outlives any transaction).
                match still_visible(&req, tenant, reader, n.entry_id).await {
                    Ok(true) => Some(IntakeNotificationObject(n)),
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

/// Whether the reader may see the entry now. Only the answer is read, so the transaction is
/// rolled back and leaves no audit entry.
async fn still_visible(
    req: &RequestContext,
    tenant: Uuid,
    reader: IntakeAccess,
    entry: Uuid,
) -> kernel::Result<bool> {
    let tx = req.db().tenant(tenant, req.audit_context()).await?;
    let result = crate::may_see(&tx, reader, entry).await;
    tx.finish(false, kernel::Outcome::Ok).await?;
    result
}
