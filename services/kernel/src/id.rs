//! Opaque global IDs (Relay): `base64url("Type:uuid")`. Clients must not parse them.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use std::sync::OnceLock;

use uuid::Uuid;

use crate::error::Error;

/// The type part of a global ID, declared by the service that owns it. Whether its IDs are
/// case data (shown only to those who may see the case) is part of the declaration, so that
/// the audit trail can withhold them from a tenant administrator whichever service they come
/// from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NodeType {
    name: &'static str,
    case_data: bool,
}

/// The node types of the contexts that existed before services declared their own. They stay
/// reachable as `NodeType::BlueCard` and so on because code across the services names them;
/// a new context declares its constants in its own crate with [`NodeType::new`] or
/// [`NodeType::case_data`]. Either way a type is known only once its service registers it
/// (`kernel::node::register`).
#[allow(non_upper_case_globals)]
impl NodeType {
    pub const Region: NodeType = NodeType::new("Region");
    pub const Municipality: NodeType = NodeType::new("Municipality");
    pub const User: NodeType = NodeType::new("User");
    pub const Coordinator: NodeType = NodeType::new("Coordinator");
    pub const Operator: NodeType = NodeType::new("Operator");
    pub const AuditEvent: NodeType = NodeType::new("AuditEvent");
    pub const Team: NodeType = NodeType::new("Team");
    pub const TeamMember: NodeType = NodeType::new("TeamMember");
    pub const TeamMeeting: NodeType = NodeType::new("TeamMeeting");
    /// Case data under need to know: a Blue Card and everything under it. Its IDs are shown
    /// only to those who may see the case (and, in the audit trail, to the data-protection
    /// officer), never to a tenant administrator.
    pub const BlueCard: NodeType = NodeType::case_data("BlueCard");
    pub const BlueCardPerson: NodeType = NodeType::case_data("BlueCardPerson");
    pub const PlanItem: NodeType = NodeType::case_data("PlanItem");
    pub const WorkRecord: NodeType = NodeType::case_data("WorkRecord");
    pub const Deadline: NodeType = NodeType::case_data("Deadline");
    pub const DeadlineNotification: NodeType = NodeType::case_data("DeadlineNotification");
}

impl NodeType {
    /// A type whose IDs anyone allowed to use the API may be shown (the objects themselves
    /// are still checked by their loaders).
    pub const fn new(name: &'static str) -> Self {
        NodeType {
            name,
            case_data: false,
        }
    }

    /// A type whose IDs are case data: withheld from anyone outside the case.
    pub const fn case_data(name: &'static str) -> Self {
        NodeType {
            name,
            case_data: true,
        }
    }

    pub fn as_str(self) -> &'static str {
        self.name
    }

    /// Whether IDs of this type are case data under need to know.
    pub fn is_case_data(self) -> bool {
        self.case_data
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct GlobalId {
    pub node_type: NodeType,
    pub id: Uuid,
}

impl GlobalId {
    pub fn new(node_type: NodeType, id: Uuid) -> Self {
        GlobalId { node_type, id }
    }

    pub fn encode(&self) -> String {
        URL_SAFE_NO_PAD.encode(format!("{}:{}", self.node_type.as_str(), self.id))
    }

    /// Parses any ID a client sends; a malformed one is a `BAD_USER_INPUT`.
    /// Types are those registered at start-up (`kernel::node::register`).
    pub fn decode(raw: &str) -> Result<Self, Error> {
        let (kind, id) = split(raw)?;
        let node_type = registered_type(&kind).ok_or_else(invalid)?;
        Ok(GlobalId { node_type, id })
    }

    /// Decodes an ID that must be of one type; another type is a `BAD_USER_INPUT`. Needs no
    /// registry: the caller names the one type it accepts.
    pub fn decode_as(raw: &str, expected: NodeType) -> Result<Uuid, Error> {
        let (kind, id) = split(raw)?;
        if kind != expected.as_str() {
            return Err(Error::BadUserInput(format!(
                "expected an ID of a {}",
                expected.as_str()
            )));
        }
        Ok(id)
    }
}

fn invalid() -> Error {
    Error::BadUserInput("malformed ID".to_owned())
}

/// The type name and UUID of a well-formed ID, whether or not the type is known.
fn split(raw: &str) -> Result<(String, Uuid), Error> {
    if raw.len() > 128 {
        return Err(invalid());
    }
    let bytes = URL_SAFE_NO_PAD.decode(raw).map_err(|_| invalid())?;
    let text = String::from_utf8(bytes).map_err(|_| invalid())?;
    let (kind, id) = text.split_once(':').ok_or_else(invalid)?;
    let id = Uuid::parse_str(id).map_err(|_| invalid())?;
    Ok((kind.to_owned(), id))
}

impl From<GlobalId> for async_graphql::ID {
    fn from(gid: GlobalId) -> Self {
        async_graphql::ID(gid.encode())
    }
}

// The registry of node types lives with the IDs it lets `GlobalId::decode` accept.
static REGISTERED: OnceLock<Vec<NodeType>> = OnceLock::new();

/// Registers every service's node types; called at start-up where the services are composed.
/// A name declared twice is refused (two contexts would answer for the same IDs), and so is a
/// later registration that differs from the first. Registering the same set again is a no-op.
pub fn register(types: &[NodeType]) -> Result<(), Error> {
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

// Root fields of the API that read or write case data whatever they find (a search that finds
// nothing is still a search of case data), declared by their services like node types.
static CASE_DATA_FIELDS: OnceLock<Vec<&'static str>> = OnceLock::new();

/// Registers the root fields (queries, mutations, subscriptions) that read or write case data;
/// called at start-up with [`register`]. Registering the same set again is a no-op; another set
/// is refused.
pub fn register_case_data_fields(fields: &[&'static str]) -> Result<(), Error> {
    let stored = CASE_DATA_FIELDS.get_or_init(|| fields.to_vec());
    if stored.as_slice() != fields {
        return Err(Error::internal(
            "case-data root fields were already registered with a different set",
        ));
    }
    Ok(())
}

/// Whether an operation described as `"query blueCards,viewer"` (the audit trail's form) asked
/// a root field of case data. Before registration every operation counts as one (fail closed).
pub fn operation_touches_case_data(operation: &str) -> bool {
    let Some(fields) = CASE_DATA_FIELDS.get() else {
        return true;
    };
    operation
        .split_once(' ')
        .map_or("", |(_, f)| f)
        .split(',')
        .any(|f| fields.contains(&f.trim()))
}

pub(crate) fn registered_type(name: &str) -> Option<NodeType> {
    registered().iter().copied().find(|t| t.as_str() == name)
}

#[cfg(test)]
mod tests {
    /// The one set the kernel's tests register (the registry is per process).
    fn register_for_tests() {
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

    use super::*;
    use proptest::prelude::*;

    const TYPES: [NodeType; 3] = [NodeType::User, NodeType::Region, NodeType::BlueCard];

    proptest! {
        #[test]
        fn roundtrip(bytes in any::<[u8; 16]>(), idx in 0usize..TYPES.len()) {
            register_for_tests();
            let gid = GlobalId::new(TYPES[idx], Uuid::from_bytes(bytes));
            prop_assert_eq!(GlobalId::decode(&gid.encode()).ok(), Some(gid));
        }

        #[test]
        fn garbage_is_rejected_not_panicking(s in ".{0,200}") {
            let _ = GlobalId::decode(&s);
        }
    }

    #[test]
    fn rejects_unknown_type_and_bad_uuid() {
        register_for_tests();
        let unknown = URL_SAFE_NO_PAD.encode(format!("Secret:{}", Uuid::nil()));
        assert!(GlobalId::decode(&unknown).is_err());
        let bad = URL_SAFE_NO_PAD.encode("User:not-a-uuid");
        assert!(GlobalId::decode(&bad).is_err());
        assert!(GlobalId::decode("%%%").is_err());
    }

    #[test]
    fn decode_as_checks_type() {
        let gid = GlobalId::new(NodeType::User, Uuid::nil()).encode();
        assert!(GlobalId::decode_as(&gid, NodeType::User).is_ok());
        assert!(GlobalId::decode_as(&gid, NodeType::Region).is_err());
        // A type nobody registered is still refused by `decode`, and the case-data flag comes
        // from the registration.
        register_for_tests();
        let unregistered = GlobalId::new(NodeType::Team, Uuid::nil()).encode();
        assert!(GlobalId::decode(&unregistered).is_err());
        let card = GlobalId::new(NodeType::BlueCard, Uuid::nil()).encode();
        assert!(GlobalId::decode(&card).is_ok_and(|g| g.node_type.is_case_data()));
    }
}
