//! What the identity context registers with the gateway: its node types and loaders.

use async_graphql::Context;
use kernel::node::NodeSource;
use kernel::{GlobalId, NodeType, Result};
use uuid::Uuid;

use crate::graphql::{CoordinatorObject, OperatorObject, UserObject};

pub const NODE_TYPES: &[NodeType] = &[NodeType::User, NodeType::Coordinator, NodeType::Operator];

pub struct Users;

impl NodeSource for Users {
    const NODE_TYPE: NodeType = NodeType::User;
    type Object = UserObject;

    async fn load(ctx: &Context<'_>, ids: &[Uuid]) -> Result<Vec<UserObject>> {
        crate::graphql::load_users(ctx, ids).await
    }

    fn id(object: &UserObject) -> Result<Uuid> {
        GlobalId::decode_as(&object.id, NodeType::User)
    }
}

pub struct Coordinators;

impl NodeSource for Coordinators {
    const NODE_TYPE: NodeType = NodeType::Coordinator;
    type Object = CoordinatorObject;

    async fn load(ctx: &Context<'_>, ids: &[Uuid]) -> Result<Vec<CoordinatorObject>> {
        crate::graphql::load_coordinators(ctx, ids).await
    }

    fn id(object: &CoordinatorObject) -> Result<Uuid> {
        GlobalId::decode_as(&object.id, NodeType::Coordinator)
    }
}

pub struct Operators;

impl NodeSource for Operators {
    const NODE_TYPE: NodeType = NodeType::Operator;
    type Object = OperatorObject;

    async fn load(ctx: &Context<'_>, ids: &[Uuid]) -> Result<Vec<OperatorObject>> {
        crate::graphql::load_operators(ctx, ids).await
    }

    fn id(object: &OperatorObject) -> Result<Uuid> {
        GlobalId::decode_as(&object.id, NodeType::Operator)
    }
}
