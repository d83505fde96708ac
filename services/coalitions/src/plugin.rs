//! What coalitions register with the gateway: their node types (members, meetings and actions
//! are reached through their coalition) and the loader of coalitions.

use async_graphql::Context;
use kernel::node::NodeSource;
use kernel::{NodeType, Result};
use uuid::Uuid;

use crate::graphql::CoalitionObject;
use crate::ids::{COALITION, COALITION_ACTION, COALITION_MEETING, COALITION_MEMBER};

pub const NODE_TYPES: &[NodeType] = &[
    COALITION,
    COALITION_MEMBER,
    COALITION_MEETING,
    COALITION_ACTION,
];

/// Coalitions by ID, for any staff member of a municipality invited to or in them.
pub struct Coalitions;

impl NodeSource for Coalitions {
    const NODE_TYPE: NodeType = COALITION;
    type Object = CoalitionObject;

    async fn load(ctx: &Context<'_>, ids: &[Uuid]) -> Result<Vec<CoalitionObject>> {
        crate::graphql::load_coalitions(ctx, ids).await
    }

    fn id(object: &CoalitionObject) -> Result<Uuid> {
        Ok(object.uuid())
    }
}
