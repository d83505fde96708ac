//! The municipal programme for counteracting domestic violence (*gminny program
//! przeciwdziałania przemocy domowej*), adopted by the council for several years: its goals,
//! the actions under each goal and the tasks of each action, with the institution responsible,
//! its partners, the dates, the budget planned and spent, and how far the task has got.
//!
//! Each programme has indicators, of the programme or of a goal: computed from the statistics
//! Ostoja counts for the municipality, or entered by hand with their source, against a target
//! per year.
//!
//! The programme is the municipality's plan, not case data: every staff member of the
//! municipality reads it; its administrator and the team's chair write it. Another
//! municipality's programme answers exactly like one that does not exist.

pub mod calendar;
pub mod domain;
pub mod events;
pub mod graphql;
mod indicators;
pub mod plugin;
pub mod report;
pub mod standards;
mod stats;
mod store;
mod usecases;

pub use indicators::*;
pub use usecases::*;

use chrono::{DateTime, NaiveDate, Utc};
use kernel::principal::{Role, StaffPrincipal};
use uuid::Uuid;

use domain::{Money, MunicipalTaskStatus, ProgrammeYears};

/// The yearly report's template ([`report`]).
pub const REPORT: documents::Template = documents::Template {
    path: "/strategy/report.typ",
    source: include_str!("../templates/report.typ"),
};

/// Gminny program — a municipal programme.
#[derive(Clone, Debug)]
pub struct MunicipalProgramme {
    pub id: Uuid,
    pub title: String,
    pub resolution_number: String,
    pub resolution_date: NaiveDate,
    pub years: ProgrammeYears,
    pub created_at: DateTime<Utc>,
    pub version: i32,
}

/// Cel programu.
#[derive(Clone, Debug)]
pub struct Goal {
    pub id: Uuid,
    pub programme_id: Uuid,
    pub position: i32,
    pub title: String,
}

/// Działanie w ramach celu.
#[derive(Clone, Debug)]
pub struct Action {
    pub id: Uuid,
    pub goal_id: Uuid,
    pub position: i32,
    pub title: String,
}

/// Zadanie w ramach działania.
#[derive(Clone, Debug)]
pub struct Task {
    pub id: Uuid,
    pub action_id: Uuid,
    pub title: String,
    pub responsible: String,
    pub partners: Option<String>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub planned: Option<Money>,
    pub spent: Option<Money>,
    pub status: MunicipalTaskStatus,
    pub version: i32,
}

/// Who reads the municipal programme: a staff member of the municipality, and whether they
/// may change it (the administrator and the team's chair). Made only from the request's
/// principal.
#[derive(Clone, Copy, Debug)]
pub struct StrategyAccess {
    user: Uuid,
    may_edit: bool,
}

impl StrategyAccess {
    pub fn user(self) -> Uuid {
        self.user
    }

    pub fn may_edit(self) -> bool {
        self.may_edit
    }
}

/// The reader the signed-in staff member is.
pub fn reader(staff: &StaffPrincipal) -> StrategyAccess {
    StrategyAccess {
        user: staff.user,
        may_edit: staff.roles.contains(&Role::TenantAdmin)
            || staff.roles.contains(&Role::TeamChair),
    }
}

/// Global IDs: a programme is fetched on its own; its goals, actions and tasks through it.
pub mod ids {
    use kernel::{GlobalId, NodeType};
    use uuid::Uuid;

    pub const MUNICIPAL_PROGRAMME: NodeType = NodeType::new("MunicipalProgramme");
    pub const PROGRAMME_GOAL: NodeType = NodeType::new("MunicipalProgrammeGoal");
    pub const PROGRAMME_ACTION: NodeType = NodeType::new("MunicipalProgrammeAction");
    pub const PROGRAMME_TASK: NodeType = NodeType::new("MunicipalProgrammeTask");
    pub const PROGRAMME_INDICATOR: NodeType = NodeType::new("MunicipalProgrammeIndicator");
    pub const MUNICIPAL_CAMPAIGN: NodeType = NodeType::new("MunicipalCampaign");
    pub const MUNICIPAL_EVENT: NodeType = NodeType::new("MunicipalEvent");
    pub const CHILD_PROTECTION_INSTITUTION: NodeType = NodeType::new("ChildProtectionInstitution");

    pub fn programme_gid(id: Uuid) -> String {
        GlobalId::new(MUNICIPAL_PROGRAMME, id).encode()
    }

    pub fn goal_gid(id: Uuid) -> String {
        GlobalId::new(PROGRAMME_GOAL, id).encode()
    }

    pub fn action_gid(id: Uuid) -> String {
        GlobalId::new(PROGRAMME_ACTION, id).encode()
    }

    pub fn task_gid(id: Uuid) -> String {
        GlobalId::new(PROGRAMME_TASK, id).encode()
    }

    pub fn indicator_gid(id: Uuid) -> String {
        GlobalId::new(PROGRAMME_INDICATOR, id).encode()
    }

    pub fn campaign_gid(id: Uuid) -> String {
        GlobalId::new(MUNICIPAL_CAMPAIGN, id).encode()
    }

    pub fn event_gid(id: Uuid) -> String {
        GlobalId::new(MUNICIPAL_EVENT, id).encode()
    }

    pub fn institution_gid(id: Uuid) -> String {
        GlobalId::new(CHILD_PROTECTION_INSTITUTION, id).encode()
    }
}
