//! What the tenancy context registers with the gateway: its node types and loaders, and the
//! municipality directory the scheduler walks.

use async_graphql::Context;
use async_trait::async_trait;
use kernel::jobs::{TenantDirectory, TenantRef};
use kernel::node::NodeSource;
use kernel::{Db, NodeType, Result};
use uuid::Uuid;

use crate::graphql::{Municipality, Region};

pub const NODE_TYPES: &[NodeType] = &[NodeType::Region, NodeType::Municipality];

pub struct Regions;

impl NodeSource for Regions {
    const NODE_TYPE: NodeType = NodeType::Region;
    type Object = Region;

    async fn load(ctx: &Context<'_>, ids: &[Uuid]) -> Result<Vec<Region>> {
        crate::graphql::load_regions(ctx, ids).await
    }

    fn id(object: &Region) -> Result<Uuid> {
        Ok(object.0.id)
    }
}

pub struct Municipalities;

impl NodeSource for Municipalities {
    const NODE_TYPE: NodeType = NodeType::Municipality;
    type Object = Municipality;

    async fn load(ctx: &Context<'_>, ids: &[Uuid]) -> Result<Vec<Municipality>> {
        crate::graphql::load_municipalities(ctx, ids).await
    }

    fn id(object: &Municipality) -> Result<Uuid> {
        Ok(object.0.id)
    }
}

/// Every municipality, active or not, for `kernel::jobs::for_each_tenant`.
pub struct Directory;

#[async_trait]
impl TenantDirectory for Directory {
    async fn tenants(&self, db: &Db) -> Result<Vec<TenantRef>> {
        let tx = db.platform().await?;
        let tenants = crate::list_tenants(&tx, None).await?;
        tx.commit().await?;
        Ok(tenants
            .into_iter()
            .map(|t| TenantRef {
                id: t.id,
                slug: t.slug.to_string(),
                active: t.active,
            })
            .collect())
    }
}
