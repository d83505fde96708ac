//! What the directory registers with the gateway: its node type and loader.

use async_graphql::Context;
use kernel::node::NodeSource;
use kernel::{NodeType, Result};
use uuid::Uuid;

use crate::graphql::{HelpPointObject, HELP_POINT};

pub const NODE_TYPES: &[NodeType] = &[HELP_POINT];

pub struct HelpPoints;

impl NodeSource for HelpPoints {
    const NODE_TYPE: NodeType = HELP_POINT;
    type Object = HelpPointObject;

    async fn load(ctx: &Context<'_>, ids: &[Uuid]) -> Result<Vec<HelpPointObject>> {
        crate::graphql::load_points(ctx, ids).await
    }

    fn id(object: &HelpPointObject) -> Result<Uuid> {
        Ok(object.point.id)
    }
}

/// The service's indicators, for the statistics service (`kernel::stats`).
pub use crate::stats::DirectoryStatistics;
