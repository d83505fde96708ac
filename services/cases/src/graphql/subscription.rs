//! Deadline notifications pushed to their recipient, each re-checked against need to know as
//! it is when the notification is delivered (`kernel::live`).

use std::sync::Arc;

use async_graphql::{Context, Subscription};
use futures::Stream;
use kernel::principal::StaffPrincipal;
use kernel::request::{ContextExt, RequestContext};
use kernel::Principal;
use uuid::Uuid;

use super::objects::*;
use crate::deadlines::Notification;
use crate::CaseAccess;

#[derive(Default)]
pub struct CasesSubscription;

#[Subscription]
impl CasesSubscription {
    /// Powiadomienia o terminach — the viewer's deadline notifications as the worker sends
    /// them, on any gateway replica. Ends (FORBIDDEN) when the viewer stops working on cases.
    async fn blue_card_deadlines(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<impl Stream<Item = async_graphql::Result<NotificationObject>>> {
        let req = ctx.request()?;
        let tenant = req.principal.require_staff()?.tenant;
        let events = req
            .pubsub()
            .subscribe(&crate::deadlines::channel(tenant))
            .await?;
        Ok(
            kernel::live::guarded(req, events, admit, |req, access, payload| async move {
                let Some(n) = serde_json::from_str::<Notification>(&payload)
                    .ok()
                    .filter(|n| {
                        n.tenant_id == access.0.tenant && n.recipient_user_id == access.1.user()
                    })
                else {
                    return Ok(None);
                };
                // The card may have changed hands since the notification was made (another group,
                // another chair): ask again. When the answer cannot be had, nothing is delivered;
                // the notification stays in `deadlineNotifications`.
                Ok(still_visible(&req, &access.0, access.1, n.card_id)
                    .await?
                    .then_some(NotificationObject(n)))
            })
            .await?,
        )
    }
}

/// Who may follow deadlines: a staff member who works on cases now.
async fn admit(
    req: Arc<RequestContext>,
    principal: Principal,
) -> kernel::Result<(StaffPrincipal, CaseAccess)> {
    let staff = principal.require_staff()?.clone();
    let tx = req.db().tenant(staff.tenant, req.audit_context()).await?;
    let reader = crate::read::reader(&tx, &staff).await;
    // Only who may read is read (no case content): rolled back, no audit entry.
    tx.finish(false, kernel::Outcome::Ok).await?;
    let reader = reader?;
    reader.require_work()?;
    Ok((staff, reader))
}

/// Whether the reader (derived for this delivery) may see the card. Only the answer is read
/// (no card content), so the transaction is rolled back and leaves no audit entry.
async fn still_visible(
    req: &RequestContext,
    staff: &StaffPrincipal,
    reader: CaseAccess,
    card: Uuid,
) -> kernel::Result<bool> {
    let tx = req.db().tenant(staff.tenant, req.audit_context()).await?;
    let result = crate::read::may_see(&tx, reader, card).await;
    tx.finish(false, kernel::Outcome::Ok).await?;
    result
}
