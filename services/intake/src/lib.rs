//! The intake register (rejestr zgłoszeń): every report of suspected domestic violence and
//! every consultation the municipality takes — by phone, e-mail, in person, by letter, from a
//! witness or an institution — with who took it, who reported (possibly anonymous), about whom,
//! what was said, how urgent it is, and what was done: advice, a referral to a help point of
//! the directory, a police intervention, or a Blue Card opened on it. Every entry must be
//! answered within the municipality's response time (one working day unless it set another).
//!
//! Need to know: the municipality's intake staff and the people an entry is assigned to read
//! it; to anyone else (the administrator included) it answers like an entry that does not
//! exist. What was said and everything about a person is sealed with the municipality's data
//! key; a PESEL is searchable through a keyed blind index.

mod access;
pub mod domain;
mod entries;
pub mod graphql;
pub mod lifecycle;
pub mod plugin;
mod response;
mod stats;
mod store;
pub mod subject;

pub use access::*;
pub use entries::*;
pub use response::*;

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use domain::{
    EntryContent, IntakeActionKind, IntakeChannel, IntakeKind, PersonData, PersonRole, Urgency,
};
use lifecycle::IntakeStatus;

/// Wpis w rejestrze zgłoszeń — one report or consultation.
#[derive(Clone, Debug)]
pub struct IntakeEntry {
    pub id: Uuid,
    pub received_at: DateTime<Utc>,
    pub channel: IntakeChannel,
    pub kind: IntakeKind,
    pub urgency: Urgency,
    pub status: IntakeStatus,
    /// The staff member who took it.
    pub taken_by: Uuid,
    pub reporter_anonymous: bool,
    pub content: EntryContent,
    pub response_due_on: NaiveDate,
    pub responded_on: Option<NaiveDate>,
    pub closed_on: Option<NaiveDate>,
    /// The Blue Card opened on it, once linked.
    pub blue_card_id: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

impl IntakeEntry {
    /// The response deadline's state today.
    pub fn response_state(&self, today: NaiveDate) -> kernel::deadline::DeadlineState {
        kernel::deadline::state(self.response_due_on, self.responded_on, false, today)
    }
}

/// A person an entry is about.
#[derive(Clone, Debug)]
pub struct IntakePerson {
    pub id: Uuid,
    pub entry_id: Uuid,
    pub role: PersonRole,
    pub data: PersonData,
}

/// Someone an entry is assigned to.
#[derive(Clone, Debug)]
pub struct Assignee {
    pub entry_id: Uuid,
    pub user_id: Uuid,
    pub assigned_at: DateTime<Utc>,
}

/// Something done in response to an entry.
#[derive(Clone, Debug)]
pub struct Action {
    pub id: Uuid,
    pub entry_id: Uuid,
    pub kind: IntakeActionKind,
    pub taken_on: NaiveDate,
    pub help_point_id: Option<Uuid>,
    pub blue_card_id: Option<Uuid>,
    pub note: Option<String>,
    pub recorded_by: Uuid,
}

/// Global IDs for the audit trail, next to the use cases.
pub mod ids {
    use kernel::{GlobalId, NodeType};
    use uuid::Uuid;

    /// Case data: an entry's ID is shown only to those who may read it (and, in the audit
    /// trail, to the data-protection officer).
    pub const INTAKE_ENTRY: NodeType = NodeType::case_data("IntakeEntry");
    /// A notice that an entry's response is due or overdue.
    pub const INTAKE_NOTIFICATION: NodeType = NodeType::case_data("IntakeNotification");

    pub fn entry_gid(id: Uuid) -> String {
        GlobalId::new(INTAKE_ENTRY, id).encode()
    }
}

fn today() -> NaiveDate {
    kernel::calendar::today()
}

/// Where each sealed value lives, bound into its encryption so a value copied elsewhere fails
/// to open.
mod place {
    use uuid::Uuid;

    pub fn entry(id: Uuid) -> String {
        format!("intake_entries.sealed:{id}")
    }
    pub fn person(id: Uuid) -> String {
        format!("intake_persons.sealed:{id}")
    }
    pub fn action(id: Uuid) -> String {
        format!("intake_actions.note_sealed:{id}")
    }
}
