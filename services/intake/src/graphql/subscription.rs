//! Response notices pushed to their recipient, each re-checked against need to know as it is
//! when the notice is delivered (`kernel::live`).

use std::sync::Arc;

use async_graphql::{Context, Subscription};
use futures::Stream;
use kernel::request::{ContextExt, RequestContext};
use kernel::{Error, Principal};
use uuid::Uuid;

use super::objects::IntakeNotificationObject;
use crate::{IntakeAccess, ResponseNotification};

#[derive(Default)]
pub struct IntakeSubscription;

#[Subscription]
impl IntakeSubscription {
    /// Powiadomienia o terminach odpowiedzi — the viewer's notices of intake responses due or
    /// overdue as the worker sends them, on any gateway replica. For intake staff and the
    /// people entries are assigned to; ends (FORBIDDEN) when the viewer is neither any more.
    async fn intake_response_deadlines(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<impl Stream<Item = async_graphql::Result<IntakeNotificationObject>>>
    {
        let req = ctx.request()?;
        let tenant = req.principal.require_staff()?.tenant;
        let events = req.pubsub().subscribe(&crate::channel(tenant)).await?;
        Ok(
            kernel::live::guarded(req, events, admit, |req, access, payload| async move {
                let (tenant, reader) = *access;
                let Some(n) = serde_json::from_str::<ResponseNotification>(&payload)
                    .ok()
                    .filter(|n| n.tenant_id == tenant && n.recipient_user_id == reader.user())
                else {
                    return Ok(None);
                };
                // The entry may have been reassigned since the notice was made: ask again.
                Ok(still_visible(&req, tenant, reader, n.entry_id)
                    .await?
                    .then_some(IntakeNotificationObject(n)))
            })
            .await?,
        )
    }
}

/// Who may follow response notices: the register's reader as HTTP derives it, when it may see
/// any entry at all (intake staff, or someone entries are assigned to).
async fn admit(
    req: Arc<RequestContext>,
    principal: Principal,
) -> kernel::Result<(Uuid, IntakeAccess)> {
    let staff = principal.require_staff()?;
    let reader = crate::reader(staff);
    let tx = req.db().tenant(staff.tenant, req.audit_context()).await?;
    let follows = crate::sees_any(&tx, reader).await;
    tx.finish(false, kernel::Outcome::Ok).await?;
    if !follows? {
        return Err(Error::Forbidden(
            "only intake staff and the people entries are assigned to follow response notices"
                .to_owned(),
        ));
    }
    Ok((staff.tenant, reader))
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
