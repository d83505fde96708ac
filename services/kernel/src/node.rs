//! Plug-in point for `node(id:)`: each service declares its node types and, for those that can
//! be fetched on their own, a [`NodeSource`]. The gateway registers them where it composes the
//! services, so a new context needs no edit to the gateway's `node` resolver.

use std::future::Future;
use std::sync::OnceLock;

use async_graphql::Context;
use uuid::Uuid;

use crate::error::{Error, Result};
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

static REGISTERED: OnceLock<Vec<NodeType>> = OnceLock::new();

/// Registers every service's node types; called at start-up where the services are composed.
/// A name declared twice is refused (two contexts would answer for the same IDs), and so is a
/// later registration that differs from the first. Registering the same set again is a no-op.
pub fn register(types: &[NodeType]) -> Result<()> {
    for (i, t) in types.iter().enumerate() {
        if types[..i].iter().any(|o| o.as_str() == t.as_str()) {
            return Err(Error::internal(format!(
                "node type {} is declared twice",
                t.as_str()
            )));
        }
    }
    let stored = REGISTERED.get_or_init(|| types.to_vec());
    if stored.as_slice() != types {
        return Err(Error::internal(
            "node types were already registered with a different set",
        ));
    }
    Ok(())
}

/// The registered node types; empty before [`register`], when `GlobalId::decode` refuses every
/// ID (and the audit trail treats every ID as case data).
pub fn registered() -> &'static [NodeType] {
    REGISTERED.get().map_or(&[], Vec::as_slice)
}

pub(crate) fn registered_type(name: &str) -> Option<NodeType> {
    registered().iter().copied().find(|t| t.as_str() == name)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The one set the kernel's tests register (the registry is per process).
    pub(crate) fn register_for_tests() {
        register(&[NodeType::User, NodeType::Region, NodeType::BlueCard]).unwrap();
    }

    #[test]
    fn duplicates_and_a_second_set_are_refused() {
        register_for_tests();
        register_for_tests();
        assert!(register(&[NodeType::User]).is_err());
        assert!(register(&[NodeType::User, NodeType::new("User")]).is_err());
        assert!(registered().contains(&NodeType::BlueCard));
    }
}
