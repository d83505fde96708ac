//! Plug-in point for `node(id:)`: each service declares its node types and, for those that can
//! be fetched on their own, a [`NodeSource`]. The gateway registers them where it composes the
//! services, so a new context needs no edit to the gateway's `node` resolver.

use std::future::Future;

use async_graphql::Context;
use uuid::Uuid;

use crate::error::Result;
use crate::id::NodeType;

/// Loads the objects behind IDs of one node type, as `node(id:)` and `nodes(ids:)` answer them.
pub trait NodeSource: Send + Sync + 'static {
    /// The type whose IDs this source answers for.
    const NODE_TYPE: NodeType;
    /// The GraphQL object returned (an implementor of the `Node` interface).
    type Object: Clone + Send + Sync + 'static;

    /// One query for all `ids`. IDs that do not exist, or that the principal may not see, are
    /// simply missing from the answer: the caller cannot tell the two apart.
    fn load<'a>(
        ctx: &'a Context<'_>,
        ids: &'a [Uuid],
    ) -> impl Future<Output = Result<Vec<Self::Object>>> + Send + 'a;

    /// The UUID of a loaded object, to put each answer back in the order asked.
    fn id(object: &Self::Object) -> Result<Uuid>;
}

pub use crate::id::{operation_touches_case_data, register, register_case_data_fields, registered};
