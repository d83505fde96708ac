//! What every resolver of the register needs once per request: the reader's need to know and
//! the municipality's data key.

use std::sync::Arc;

use async_graphql::Context;
use kernel::crypto::DataKey;
use kernel::request::{ContextExt, RequestContext};
use kernel::TenantTx;

use crate::IntakeAccess;

pub(crate) struct Scope {
    pub(crate) req: Arc<RequestContext>,
    pub(crate) reader: IntakeAccess,
    pub(crate) key: DataKey,
}

impl Scope {
    pub(crate) async fn tx(&self) -> kernel::Result<&TenantTx> {
        self.req.tenant_tx().await
    }
}

/// The request's scope: staff of a municipality only (anonymous: UNAUTHENTICATED; coordinators
/// and operators: FORBIDDEN).
pub(crate) async fn scope(ctx: &Context<'_>) -> kernel::Result<Scope> {
    let req = ctx.request()?;
    let reader = crate::reader(req.principal.require_staff()?);
    Ok(Scope {
        req: req.clone(),
        reader,
        key: tenancy::request_data_key(ctx).await?,
    })
}
