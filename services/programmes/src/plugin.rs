//! What programmes register with the gateway: node types, the loaders of editions and
//! enrolments, the job that closes ended waiting lists, and the sealed column.

use async_graphql::Context;
use kernel::node::NodeSource;
use kernel::{NodeType, Result};
use uuid::Uuid;

use crate::graphql::{EditionObject, EnrolmentObject};
use crate::ids::{PROGRAMME, PROGRAMME_EDITION, PROGRAMME_ENROLMENT, PROGRAMME_SESSION};

/// Programmes and sessions are reached through `programmes` and an edition.
pub const NODE_TYPES: &[NodeType] = &[
    PROGRAMME,
    PROGRAMME_EDITION,
    PROGRAMME_ENROLMENT,
    PROGRAMME_SESSION,
];

/// Root fields that read or write participants (the audit trail shows a tenant administrator
/// only their kind).
pub const CASE_DATA_FIELDS: &[&str] = &[
    // Its editions' participants and sessions, for the people running them.
    "programmes",
    "enrolInProgramme",
    "admitFromWaitingList",
    "completeProgramme",
    "dropOutOfProgramme",
    "recordProgrammeSession",
    // Referrals of a card's action plan and what became of them.
    "enrolFromReferral",
    "programmeReferrals",
];

/// Editions by ID, for any staff member of their municipality.
pub struct ProgrammeEditions;

impl NodeSource for ProgrammeEditions {
    const NODE_TYPE: NodeType = PROGRAMME_EDITION;
    type Object = EditionObject;

    async fn load(ctx: &Context<'_>, ids: &[Uuid]) -> Result<Vec<EditionObject>> {
        crate::graphql::load_editions(ctx, ids).await
    }

    fn id(object: &EditionObject) -> Result<Uuid> {
        Ok(object.uuid())
    }
}

/// Enrolments by ID, for the people running their edition only.
pub struct ProgrammeEnrolments;

impl NodeSource for ProgrammeEnrolments {
    const NODE_TYPE: NodeType = PROGRAMME_ENROLMENT;
    type Object = EnrolmentObject;

    async fn load(ctx: &Context<'_>, ids: &[Uuid]) -> Result<Vec<EnrolmentObject>> {
        crate::graphql::load_enrolments(ctx, ids).await
    }

    fn id(object: &EnrolmentObject) -> Result<Uuid> {
        Ok(object.uuid())
    }
}

/// Closes the waiting lists of editions that have ended: who still waited was not admitted,
/// and a referral that waited with them is planned again (see `waiting`).
pub struct CloseEndedWaitingLists;

#[async_trait::async_trait]
impl kernel::jobs::TenantJob for CloseEndedWaitingLists {
    fn name(&self) -> &'static str {
        "programmes-waiting-lists"
    }

    async fn run(&self, tx: kernel::TenantTx) -> Result<u64> {
        let closed = crate::waiting::close_ended(&tx, kernel::calendar::today()).await?;
        tx.commit().await?;
        Ok(closed)
    }
}

/// The service's indicators, for the statistics service (`kernel::stats`).
pub use crate::stats::ProgrammeStatistics;

/// The columns programmes seal with the municipality's data key (see `place`).
pub const SEALED: &[kernel::sealed::SealedColumn] = &[kernel::sealed::SealedColumn::json(
    "programmes_enrolments",
    "sealed",
    "programmes_enrolments.sealed",
)];
