//! Koalicje lokalne — local coalitions: the institutions of an area (a district of a city, or
//! several municipalities of a county) that can support victims, working together: member
//! institutions with their contact people, meetings with minutes, shared actions.
//!
//! A coalition is not one municipality's: its parties are the municipalities that joined it,
//! each by its administrator's consent after an invitation from one already in it. Every
//! joined municipality reads and writes the coalition's own records; an invited one sees only
//! the coalition's name, area, description and parties, so that its administrator can decide; any other
//! municipality cannot tell it exists. A coalition's records never hold tenant data: what links
//! a shared action to a task of a municipality's programme is that municipality's own record,
//! which no other party sees.
//!
//! Within a joined municipality every staff member reads the coalition; its administrator and
//! the team's chair write its records; only the administrator founds one, invites, joins or
//! leaves.

pub mod domain;
pub mod graphql;
pub mod plugin;
mod records;
mod store;
mod usecases;

pub use records::*;
pub use usecases::*;

use chrono::{DateTime, NaiveDate, Utc};
use kernel::principal::{Role, StaffPrincipal};
use uuid::Uuid;

use domain::{CoalitionActionStatus, CoalitionMemberKind, CoalitionStanding};

/// Koalicja lokalna.
#[derive(Clone, Debug)]
pub struct Coalition {
    pub id: Uuid,
    pub name: String,
    pub area: String,
    pub description: Option<String>,
    pub founded_by: Uuid,
    pub version: i32,
}

/// A municipality's part in a coalition.
#[derive(Clone, Debug)]
pub struct Party {
    pub coalition_id: Uuid,
    pub municipality: Uuid,
    pub standing: CoalitionStanding,
    pub invited_by: Uuid,
    pub invited_at: DateTime<Utc>,
    pub joined_at: Option<DateTime<Utc>>,
    pub left_at: Option<DateTime<Utc>>,
}

/// Instytucja członkowska.
#[derive(Clone, Debug)]
pub struct Member {
    pub id: Uuid,
    pub coalition_id: Uuid,
    pub recorded_by: Uuid,
    pub institution: String,
    pub kind: CoalitionMemberKind,
    pub contact_person: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub joined_on: NaiveDate,
    pub left_on: Option<NaiveDate>,
    pub version: i32,
}

/// Spotkanie koalicji.
#[derive(Clone, Debug)]
pub struct Meeting {
    pub id: Uuid,
    pub coalition_id: Uuid,
    pub recorded_by: Uuid,
    pub held_on: NaiveDate,
    pub place: String,
    pub agenda: String,
    pub participants: Option<i32>,
    pub minutes: Option<String>,
    pub version: i32,
}

/// Wspólne działanie koalicji.
#[derive(Clone, Debug)]
pub struct SharedAction {
    pub id: Uuid,
    pub coalition_id: Uuid,
    pub recorded_by: Uuid,
    pub title: String,
    pub description: Option<String>,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    pub status: CoalitionActionStatus,
    pub lead_member: Option<Uuid>,
    pub version: i32,
}

/// Who works with coalitions: a staff member of a municipality, whether they may write a
/// coalition's records (the administrator and the team's chair) and whether they speak for the
/// municipality (its administrator: founding, inviting, joining, leaving). Made only from the
/// request's principal.
#[derive(Clone, Copy, Debug)]
pub struct CoalitionAccess {
    user: Uuid,
    admin: bool,
    may_edit: bool,
}

impl CoalitionAccess {
    pub fn user(self) -> Uuid {
        self.user
    }

    pub fn is_admin(self) -> bool {
        self.admin
    }

    pub fn may_edit(self) -> bool {
        self.may_edit
    }
}

/// The reader the signed-in staff member is.
pub fn reader(staff: &StaffPrincipal) -> CoalitionAccess {
    let admin = staff.roles.contains(&Role::TenantAdmin);
    CoalitionAccess {
        user: staff.user,
        admin,
        may_edit: admin || staff.roles.contains(&Role::TeamChair),
    }
}

/// Global IDs: a coalition is fetched on its own; its members, meetings and actions through it.
pub mod ids {
    use kernel::{GlobalId, NodeType};
    use uuid::Uuid;

    pub const COALITION: NodeType = NodeType::new("Coalition");
    pub const COALITION_MEMBER: NodeType = NodeType::new("CoalitionMember");
    pub const COALITION_MEETING: NodeType = NodeType::new("CoalitionMeeting");
    pub const COALITION_ACTION: NodeType = NodeType::new("CoalitionAction");

    pub fn coalition_gid(id: Uuid) -> String {
        GlobalId::new(COALITION, id).encode()
    }

    pub fn member_gid(id: Uuid) -> String {
        GlobalId::new(COALITION_MEMBER, id).encode()
    }

    pub fn meeting_gid(id: Uuid) -> String {
        GlobalId::new(COALITION_MEETING, id).encode()
    }

    pub fn action_gid(id: Uuid) -> String {
        GlobalId::new(COALITION_ACTION, id).encode()
    }
}
