//! Global IDs of the procedure's objects, built by the kernel from their node type: the use
//! cases record them in the audit trail without going through the GraphQL layer.

use kernel::{GlobalId, NodeType};
use uuid::Uuid;

/// A member of a diagnostic group from outside the team, reached through their card.
pub const OUTSIDE_MEMBER: NodeType = NodeType::case_data("OutsideGroupMember");

/// A form of a card, reached through its card (its document through `BlueCard.formDocument`).
pub const FORM: NodeType = NodeType::case_data("BlueCardForm");

/// A procedure's hand-over to another municipality, read by both municipalities' chairs and
/// administrators through `caseTransfers`.
pub const TRANSFER: NodeType = NodeType::case_data("CaseTransfer");

pub fn transfer_gid(id: Uuid) -> String {
    GlobalId::new(TRANSFER, id).encode()
}

pub fn card_gid(id: Uuid) -> String {
    GlobalId::new(NodeType::BlueCard, id).encode()
}

pub fn plan_item_gid(id: Uuid) -> String {
    GlobalId::new(NodeType::PlanItem, id).encode()
}

pub fn work_gid(id: Uuid) -> String {
    GlobalId::new(NodeType::WorkRecord, id).encode()
}

pub fn person_gid(id: Uuid) -> String {
    GlobalId::new(NodeType::BlueCardPerson, id).encode()
}

pub fn outside_member_gid(id: Uuid) -> String {
    GlobalId::new(OUTSIDE_MEMBER, id).encode()
}

pub fn form_gid(id: Uuid) -> String {
    GlobalId::new(FORM, id).encode()
}
