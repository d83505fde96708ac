//! Opaque global IDs (Relay): `base64url("Type:uuid")`. Clients must not parse them.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use uuid::Uuid;

use crate::error::Error;

/// Every type that can be fetched through `node(id:)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NodeType {
    Region,
    Municipality,
    User,
    Coordinator,
    Operator,
    AuditEvent,
    Team,
    TeamMember,
    TeamMeeting,
    BlueCard,
    BlueCardPerson,
    PlanItem,
    WorkRecord,
    Deadline,
    DeadlineNotification,
}

impl NodeType {
    pub const ALL: [NodeType; 15] = [
        NodeType::Region,
        NodeType::Municipality,
        NodeType::User,
        NodeType::Coordinator,
        NodeType::Operator,
        NodeType::AuditEvent,
        NodeType::Team,
        NodeType::TeamMember,
        NodeType::TeamMeeting,
        NodeType::BlueCard,
        NodeType::BlueCardPerson,
        NodeType::PlanItem,
        NodeType::WorkRecord,
        NodeType::Deadline,
        NodeType::DeadlineNotification,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NodeType::Region => "Region",
            NodeType::Municipality => "Municipality",
            NodeType::User => "User",
            NodeType::Coordinator => "Coordinator",
            NodeType::Operator => "Operator",
            NodeType::AuditEvent => "AuditEvent",
            NodeType::Team => "Team",
            NodeType::TeamMember => "TeamMember",
            NodeType::TeamMeeting => "TeamMeeting",
            NodeType::BlueCard => "BlueCard",
            NodeType::BlueCardPerson => "BlueCardPerson",
            NodeType::PlanItem => "PlanItem",
            NodeType::WorkRecord => "WorkRecord",
            NodeType::Deadline => "Deadline",
            NodeType::DeadlineNotification => "DeadlineNotification",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        NodeType::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// Case data under need to know: a Blue Card and everything under it. Its IDs are shown
    /// only to those who may see the case (and, in the audit trail, to the data-protection
    /// officer), never to a tenant administrator.
    pub fn is_case_data(self) -> bool {
        matches!(
            self,
            NodeType::BlueCard
                | NodeType::BlueCardPerson
                | NodeType::PlanItem
                | NodeType::WorkRecord
                | NodeType::Deadline
                | NodeType::DeadlineNotification
        )
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
    pub fn decode(raw: &str) -> Result<Self, Error> {
        let invalid = || Error::BadUserInput("malformed ID".to_owned());
        if raw.len() > 128 {
            return Err(invalid());
        }
        let bytes = URL_SAFE_NO_PAD.decode(raw).map_err(|_| invalid())?;
        let text = String::from_utf8(bytes).map_err(|_| invalid())?;
        let (kind, id) = text.split_once(':').ok_or_else(invalid)?;
        let node_type = NodeType::parse(kind).ok_or_else(invalid)?;
        let id = Uuid::parse_str(id).map_err(|_| invalid())?;
        Ok(GlobalId { node_type, id })
    }

    /// Decodes an ID that must be of one type; another type is a `BAD_USER_INPUT`.
    pub fn decode_as(raw: &str, expected: NodeType) -> Result<Uuid, Error> {
        let gid = GlobalId::decode(raw)?;
        if gid.node_type != expected {
            return Err(Error::BadUserInput(format!(
                "expected an ID of a {}",
                expected.as_str()
            )));
        }
        Ok(gid.id)
    }
}

impl From<GlobalId> for async_graphql::ID {
    fn from(gid: GlobalId) -> Self {
        async_graphql::ID(gid.encode())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn roundtrip(bytes in any::<[u8; 16]>(), idx in 0usize..NodeType::ALL.len()) {
            let gid = GlobalId::new(NodeType::ALL[idx], Uuid::from_bytes(bytes));
            prop_assert_eq!(GlobalId::decode(&gid.encode()).ok(), Some(gid));
        }

        #[test]
        fn garbage_is_rejected_not_panicking(s in ".{0,200}") {
            let _ = GlobalId::decode(&s);
        }
    }

    #[test]
    fn rejects_unknown_type_and_bad_uuid() {
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
    }
}
