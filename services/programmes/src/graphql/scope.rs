//! What every resolver of programmes needs once per request: the reader's need to know and
//! the municipality's data key.

use std::sync::Arc;

use async_graphql::Context;
use kernel::crypto::{DataKey, MasterKey};
use kernel::request::{ContextExt, RequestContext};
use kernel::{Error, TenantTx};
use tokio::sync::OnceCell;

use crate::ProgrammeAccess;

pub(crate) struct Scope {
    pub(crate) req: Arc<RequestContext>,
    pub(crate) reader: ProgrammeAccess,
    pub(crate) key: DataKey,
}

impl Scope {
    pub(crate) async fn tx(&self) -> kernel::Result<&TenantTx> {
        self.req.tenant_tx().await
    }
}

#[derive(Default)]
struct KeyCell(OnceCell<DataKey>);

/// The request's scope: staff of a municipality only (anonymous: UNAUTHENTICATED; coordinators
/// and operators: FORBIDDEN).
pub(crate) async fn scope(ctx: &Context<'_>) -> kernel::Result<Scope> {
    let req = ctx.request()?;
    let staff = req.principal.require_staff()?;
    let reader = crate::reader(staff);
    let master = ctx
        .data::<MasterKey>()
        .map_err(|_| Error::internal("master key missing from the schema"))?;
    let cell = req.slot(KeyCell::default)?;
    let key = cell
        .0
        .get_or_try_init(|| async {
            let tx = req.tenant_tx().await?;
            tenancy::data_key(tx, master).await
        })
        .await?
        .clone();
    Ok(Scope {
        req: req.clone(),
        reader,
        key,
    })
}
