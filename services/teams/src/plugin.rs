//! What the teams context registers with the gateway: its node types and loaders.

use async_graphql::Context;
use kernel::node::NodeSource;
use kernel::{NodeType, Result};
use uuid::Uuid;

use crate::graphql::{TeamMeetingObject, TeamMemberObject, TeamObject};

pub const NODE_TYPES: &[NodeType] = &[NodeType::Team, NodeType::TeamMember, NodeType::TeamMeeting];

/// Root fields of the team that write case data whatever they find: ending a membership takes
/// the person out of every diagnostic group (the audit entry names the cards), so a tenant
/// administrator's trail shows it as `(case data)` whether or not the person sat in any group.
pub const CASE_DATA_FIELDS: &[&str] = &["endTeamMembership"];

/// Seals the agendas of meetings recorded before agendas were sealed (once each; afterwards it
/// finds nothing to do).
pub struct SealAgendas {
    pub master: kernel::crypto::MasterKey,
}

#[async_trait::async_trait]
impl kernel::jobs::TenantJob for SealAgendas {
    fn name(&self) -> &'static str {
        "teams-seal-agendas"
    }

    async fn run(&self, tx: kernel::TenantTx) -> Result<u64> {
        let sealed = crate::seal_agendas(&tx, &self.master).await?;
        tx.commit().await?;
        Ok(sealed)
    }
}

pub struct Teams;

impl NodeSource for Teams {
    const NODE_TYPE: NodeType = NodeType::Team;
    type Object = TeamObject;

    async fn load(ctx: &Context<'_>, ids: &[Uuid]) -> Result<Vec<TeamObject>> {
        crate::graphql::load_teams(ctx, ids).await
    }

    fn id(object: &TeamObject) -> Result<Uuid> {
        Ok(object.0.id)
    }
}

pub struct Members;

impl NodeSource for Members {
    const NODE_TYPE: NodeType = NodeType::TeamMember;
    type Object = TeamMemberObject;

    async fn load(ctx: &Context<'_>, ids: &[Uuid]) -> Result<Vec<TeamMemberObject>> {
        crate::graphql::load_members(ctx, ids).await
    }

    fn id(object: &TeamMemberObject) -> Result<Uuid> {
        Ok(object.0.id)
    }
}

pub struct Meetings;

impl NodeSource for Meetings {
    const NODE_TYPE: NodeType = NodeType::TeamMeeting;
    type Object = TeamMeetingObject;

    async fn load(ctx: &Context<'_>, ids: &[Uuid]) -> Result<Vec<TeamMeetingObject>> {
        crate::graphql::load_meetings(ctx, ids).await
    }

    fn id(object: &TeamMeetingObject) -> Result<Uuid> {
        Ok(object.0.id)
    }
}

/// The service's indicators, for the statistics service (`kernel::stats`).
pub use crate::stats::TeamStatistics;

/// The columns teams seals with the municipality's data key: a meeting's agenda and minutes.
pub const SEALED: &[kernel::sealed::SealedColumn] = &[
    kernel::sealed::SealedColumn::text("teams_meetings", "agenda_sealed", "teams_meetings.agenda"),
    kernel::sealed::SealedColumn::text(
        "teams_meetings",
        "minutes_sealed",
        "teams_meetings.minutes",
    ),
];
