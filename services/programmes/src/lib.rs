//! Programmes (programy): the corrective-educational programme for perpetrators (KE), the
//! psychological-therapeutic one (PT), victims' support groups, parenting and prevention
//! programmes, and others the municipality runs or commissions. A programme says who runs it
//! and when a participant has completed it (a number of sessions or hours attended); each
//! edition has its dates, place, capacity and the people running it with their
//! qualifications. People are enrolled by a court order, of their own will or on a referral;
//! when an edition is full they wait on its waiting list. Sessions, individual or group,
//! record each participant's attendance; an enrolment ends completed (when the programme's
//! condition is met) or dropped out with a reason.
//!
//! Need to know: a participant is read only by the people running the participant's edition;
//! everyone else on the municipality's staff sees the programmes and editions with their
//! counts, never a person (the administrator included). Who a participant is stays sealed
//! with the municipality's data key.

mod access;
pub mod domain;
mod enrolments;
pub mod graphql;
mod papers;
pub mod plugin;
mod referrals;
mod sessions;
mod stats;
mod store;
pub mod subject;
mod usecases;
mod waiting;

pub use access::*;
pub use enrolments::*;
pub use papers::{paper, Paper, Printable};
pub use referrals::*;
pub use sessions::{record_session, sessions_of};
pub use usecases::*;

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use domain::{
    DropOutReason, EnrolmentBasis, EnrolmentStatus, Participant, Presence, ProgrammeType,
    SessionKind,
};

/// Program — what is offered, by whom, and when it is completed.
#[derive(Clone, Debug)]
pub struct Programme {
    pub id: Uuid,
    pub programme_type: ProgrammeType,
    pub name: String,
    /// The institution that runs it.
    pub provider: String,
    /// The help point of the directory where it is run, if it is one.
    pub help_point_id: Option<Uuid>,
    pub description: Option<String>,
    pub required_sessions: Option<i32>,
    pub required_hours: Option<i32>,
    pub created_at: DateTime<Utc>,
    pub version: i32,
}

/// Edycja programu — one run of a programme.
#[derive(Clone, Debug)]
pub struct Edition {
    pub id: Uuid,
    pub programme_id: Uuid,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub place: String,
    pub capacity: i32,
    pub version: i32,
}

/// Someone running an edition, with the qualifications the programme's standard asks for.
#[derive(Clone, Debug)]
pub struct EditionStaff {
    pub edition_id: Uuid,
    pub user_id: Uuid,
    pub qualifications: String,
}

/// An edition's participants by status: what everyone who sees the edition may know.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EditionCounts {
    pub enrolled: i64,
    pub waiting: i64,
    pub completed: i64,
    pub dropped_out: i64,
    pub not_admitted: i64,
}

/// Uczestnik programu — one person's enrolment in an edition.
#[derive(Clone, Debug)]
pub struct Enrolment {
    pub id: Uuid,
    pub edition_id: Uuid,
    pub basis: EnrolmentBasis,
    pub status: EnrolmentStatus,
    pub participant: Participant,
    pub consent_on: Option<NaiveDate>,
    pub enrolled_at: DateTime<Utc>,
    pub finished_on: Option<NaiveDate>,
    pub drop_out_reason: Option<DropOutReason>,
    /// The referral of a card's action plan it was made from, if any (never shown to the people
    /// running the edition: they are not told about the card).
    pub referral: Option<ReferralLink>,
    pub version: i32,
}

/// Which programme referral of a card's action plan an enrolment acts on, and for whom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReferralLink {
    pub plan_item_id: Uuid,
    pub card_person_id: Uuid,
}

/// A session held, with who attended.
#[derive(Clone, Debug)]
pub struct Session {
    pub id: Uuid,
    pub edition_id: Uuid,
    pub held_on: NaiveDate,
    pub minutes: i32,
    pub kind: SessionKind,
    pub attendance: Vec<(Uuid, Presence)>,
}

/// What a participant has attended so far: sessions present at, and their minutes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Attended {
    pub sessions: i64,
    pub minutes: i64,
}

/// Global IDs: programmes and editions are shown to the municipality's staff; enrolments and
/// sessions (who attended) are case data.
pub mod ids {
    use kernel::{GlobalId, NodeType};
    use uuid::Uuid;

    pub const PROGRAMME: NodeType = NodeType::new("Programme");
    pub const PROGRAMME_EDITION: NodeType = NodeType::new("ProgrammeEdition");
    pub const PROGRAMME_ENROLMENT: NodeType = NodeType::case_data("ProgrammeEnrolment");
    pub const PROGRAMME_SESSION: NodeType = NodeType::case_data("ProgrammeSession");

    pub fn enrolment_gid(id: Uuid) -> String {
        GlobalId::new(PROGRAMME_ENROLMENT, id).encode()
    }
    pub fn session_gid(id: Uuid) -> String {
        GlobalId::new(PROGRAMME_SESSION, id).encode()
    }
}

/// Where each sealed value lives, bound into its encryption.
mod place {
    use uuid::Uuid;

    pub fn enrolment(id: Uuid) -> String {
        format!("programmes_enrolments.sealed:{id}")
    }
}
