//! What the audit context registers with the gateway: its node type and loader, and the
//! retention job.

use async_graphql::Context;
use async_trait::async_trait;
use kernel::jobs::TenantJob;
use kernel::node::NodeSource;
use kernel::{GlobalId, NodeType, Result, TenantTx};
use uuid::Uuid;

use crate::graphql::AuditEventObject;

pub const NODE_TYPES: &[NodeType] = &[NodeType::AuditEvent];

pub struct Events;

impl NodeSource for Events {
    const NODE_TYPE: NodeType = NodeType::AuditEvent;
    type Object = AuditEventObject;

    async fn load(ctx: &Context<'_>, ids: &[Uuid]) -> Result<Vec<AuditEventObject>> {
        crate::graphql::load(ctx, ids).await
    }

    fn id(object: &AuditEventObject) -> Result<Uuid> {
        GlobalId::decode_as(&object.id, NodeType::AuditEvent)
    }
}

/// Deletes audit entries older than each municipality's retention setting.
pub struct Retention;

#[async_trait]
impl TenantJob for Retention {
    fn name(&self) -> &'static str {
        "audit-retention"
    }

    /// A deactivated municipality's trail is kept no longer than an active one's.
    fn includes_inactive(&self) -> bool {
        true
    }

    async fn run(&self, tx: TenantTx) -> Result<u64> {
        let settings = tenancy::settings(&tx).await?;
        let purged = crate::purge_expired(&tx, settings.audit_retention_days.days()).await?;
        tx.commit().await?;
        Ok(purged)
    }
}
