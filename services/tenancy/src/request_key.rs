//! The signed-in staff member's municipality's data key, unwrapped once per request however
//! many resolvers of however many services ask for it.

use async_graphql::Context;
use kernel::crypto::{DataKey, MasterKey};
use kernel::request::ContextExt;
use kernel::Error;
use tokio::sync::OnceCell;

#[derive(Default)]
struct KeyCell(OnceCell<DataKey>);

/// The request's municipality's data key (created on first use, as [`crate::data_key`]).
pub async fn request_data_key(ctx: &Context<'_>) -> kernel::Result<DataKey> {
    let req = ctx.request()?;
    let master = ctx
        .data::<MasterKey>()
        .map_err(|_| Error::internal("master key missing from the schema"))?;
    let cell = req.slot(KeyCell::default)?;
    Ok(cell
        .0
        .get_or_try_init(|| async {
            let tx = req.tenant_tx().await?;
            crate::data_key(tx, master).await
        })
        .await?
        .clone())
}
