//! Cases: the Blue Card procedure (procedura „Niebieskie Karty”) from the first NK-A form to the
//! end of post-closure monitoring.
//!
//! Need to know: a card and everything under it is visible only to the people who filled an
//! NK-A for it, the members of its diagnostic group and the team's chair. To anyone else it
//! answers exactly like a card that does not exist. Personal data is sealed with the
//! municipality's data key; PESEL is searchable through a keyed blind index.

mod bulk;
mod change;
pub mod closure;
pub mod deadlines;
pub mod domain;
pub mod graphql;
mod groups;
pub mod handover;
mod ids;
pub mod initiators;
pub mod leaflet;
mod list;
mod matching;
mod meetings;
pub mod notices;
mod opening;
pub mod outside;
pub mod papers;
pub mod person_data;
mod persons;
mod plans;
pub mod plugin;
pub mod presence;
pub mod procedure;
mod read;
mod recurrence;
mod referrals;
mod rekey;
mod repeats;
pub mod retention;
pub mod search;
mod stats;
mod steps;
mod store;
pub mod subject;
pub mod transfers;
mod work;

pub use bulk::open_many;
pub use deadlines::{deadline_rules, set_deadline_rule, DeadlineRule, Notification};
pub use groups::{remove_group_member, set_up_group};
pub use list::{list_cards, CardCursor, CardFilter, CardOrder, DueWithin};
pub use matching::{attach, keep_separate, proposals_of, MatchKind, MatchProposal};
pub use meetings::{meetings_of, record_group_meeting, GroupMeeting, MeetingDetails, NewMeeting};
pub use opening::*;
pub use persons::{correct_person, revisions_of, PersonRevision};
pub use plans::*;
pub use read::*;
pub use referrals::{
    referral_moves, referral_progressed, referral_subject, referrals_of, ReferralSubject,
};
pub use repeats::{earlier_procedures, earlier_procedures_of, link_to_earlier, EarlierProcedure};
pub use steps::*;
pub use work::*;

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use domain::{
    ClosureGround, DeadlineKind, DeadlineState, FormDetails, FormKind, PersonRole, PersonalData,
    PlanItemKind, PlanItemStatus, PlanKind, ProgrammeKind, ViolenceForm, WorkKind, WorkVariant,
};
use kernel::pesel::Sex;
use procedure::Status;
use teams::InstitutionKind;

/// Karta — one Blue Card procedure.
#[derive(Clone)]
pub struct BlueCard {
    pub id: Uuid,
    pub team_id: Uuid,
    pub status: Status,
    pub initiated_on: NaiveDate,
    pub initiator_user_id: Uuid,
    pub initiator_institution: InstitutionKind,
    pub violence_forms: Vec<ViolenceForm>,
    pub details: FormDetails,
    pub chair_received_on: Option<NaiveDate>,
    pub group_set_up_on: Option<NaiveDate>,
    pub first_meeting_on: Option<NaiveDate>,
    pub closed_on: Option<NaiveDate>,
    pub closure_ground: Option<ClosureGround>,
    pub monitoring_ends_on: Option<NaiveDate>,
    /// The procedure the chair attached this filing to (status `Attached`).
    pub attached_to: Option<Uuid>,
    /// Its number in the municipality (`NK/2026/0042`); `None` until the worker numbers a card
    /// opened before numbers existed.
    pub number: Option<search::CardNumber>,
    /// The due day of its nearest deadline neither met nor cancelled.
    pub next_due_on: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

#[derive(Clone)]
pub struct Person {
    pub id: Uuid,
    pub card_id: Uuid,
    pub role: PersonRole,
    pub sex: Sex,
    /// A minor on the day the procedure was initiated.
    pub minor: bool,
    pub data: PersonalData,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadline {
    pub id: Uuid,
    pub card_id: Uuid,
    pub kind: DeadlineKind,
    pub due_on: NaiveDate,
    pub met_on: Option<NaiveDate>,
    pub cancelled: bool,
}

impl Deadline {
    /// Pending until met; overdue when not met by its due date; cancelled when the procedure
    /// ended before it was met.
    pub fn state(&self, today: NaiveDate) -> DeadlineState {
        kernel::deadline::state(self.due_on, self.met_on, self.cancelled, today)
    }

    pub fn met_late(&self) -> bool {
        kernel::deadline::met_late(self.due_on, self.met_on)
    }
}

#[derive(Clone)]
pub struct GroupMember {
    pub card_id: Uuid,
    pub user_id: Uuid,
    pub team_member_id: Uuid,
    pub institution: InstitutionKind,
    pub added_on: NaiveDate,
}

#[derive(Clone)]
pub struct Form {
    pub id: Uuid,
    pub card_id: Uuid,
    pub kind: FormKind,
    pub filled_on: NaiveDate,
    pub filled_by: Uuid,
    pub content: FormContent,
}

/// A form's sealed content.
#[derive(Clone, serde::Serialize, serde::Deserialize)]
#[serde(tag = "form")]
pub enum FormContent {
    NkA {
        details: FormDetails,
        violence_forms: Vec<ViolenceForm>,
        person_ids: Vec<Uuid>,
    },
    Diagnosis {
        person_id: Uuid,
        details: domain::DiagnosisDetails,
        /// NK-C with a minor: the adult who was with them.
        #[serde(default)]
        companions: Vec<presence::Companion>,
    },
    Closure {
        report: closure::ClosureReport,
    },
    PerpetratorNotice {
        notice: notices::PerpetratorNotice,
    },
    FamilyCourtNotice {
        notice: notices::FamilyCourtNotice,
    },
}

/// One step of the procedure: who moved it, when, and to which status.
#[derive(Clone)]
pub struct HistoryEntry {
    pub id: Uuid,
    pub card_id: Uuid,
    pub step: procedure::Step,
    pub status: Status,
    pub taken_by: Uuid,
    pub taken_at: DateTime<Utc>,
}

#[derive(Clone)]
pub struct PlanItem {
    pub id: Uuid,
    pub card_id: Uuid,
    pub plan: PlanKind,
    pub kind: PlanItemKind,
    pub programme: Option<ProgrammeKind>,
    pub description: String,
    pub responsible_user_id: Option<Uuid>,
    pub due_on: Option<NaiveDate>,
    pub status: PlanItemStatus,
    pub version: i32,
    /// A programme enrolment made from this referral takes part or waits: the status follows
    /// it, not the group's hand.
    pub followed_by_enrolment: bool,
}

#[derive(Clone)]
pub struct WorkRecord {
    pub id: Uuid,
    pub card_id: Uuid,
    pub kind: WorkKind,
    pub variant: Option<WorkVariant>,
    pub occurred_on: NaiveDate,
    pub recorded_by: Uuid,
    pub note: Option<String>,
}

fn today() -> NaiveDate {
    kernel::calendar::today()
}

/// Where each sealed value lives, bound into its encryption so a value copied elsewhere fails
/// to open.
mod place {
    use uuid::Uuid;

    pub fn card(id: Uuid) -> String {
        format!("cases_blue_cards.details:{id}")
    }
    pub fn person(id: Uuid) -> String {
        format!("cases_persons.sealed:{id}")
    }
    pub fn person_revision(id: Uuid) -> String {
        format!("cases_person_revisions.sealed:{id}")
    }
    pub fn form(id: Uuid) -> String {
        format!("cases_forms.sealed:{id}")
    }
    pub fn plan_item(id: Uuid) -> String {
        format!("cases_plan_items.sealed:{id}")
    }
    pub fn work(id: Uuid) -> String {
        format!("cases_work.note:{id}")
    }
    pub fn meeting(id: Uuid) -> String {
        format!("cases_group_meetings.sealed:{id}")
    }
    pub fn outside_member(id: Uuid) -> String {
        format!("cases_outside_members.sealed:{id}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn due(on: NaiveDate) -> Deadline {
        Deadline {
            id: Uuid::nil(),
            card_id: Uuid::nil(),
            kind: DeadlineKind::ForwardToChair,
            due_on: on,
            met_on: None,
            cancelled: false,
        }
    }

    #[test]
    fn deadline_states() {
        let mut deadline = due(d(2026, 11, 16));
        assert_eq!(deadline.state(d(2026, 11, 16)), DeadlineState::Pending);
        assert_eq!(deadline.state(d(2026, 11, 17)), DeadlineState::Overdue);
        deadline.met_on = Some(d(2026, 11, 18));
        assert_eq!(deadline.state(d(2026, 11, 20)), DeadlineState::Met);
        assert!(deadline.met_late());
        deadline.met_on = Some(d(2026, 11, 16));
        assert!(!deadline.met_late());
        let mut cancelled = due(d(2026, 1, 1));
        cancelled.cancelled = true;
        assert_eq!(cancelled.state(d(2026, 11, 20)), DeadlineState::Cancelled);
    }
}
