//! What the municipal programme registers with the gateway: its node types (campaigns and
//! events are reached through their lists), the loaders of programmes and of institutions of
//! the standards' register, and its statistics.

use async_graphql::Context;
use kernel::node::NodeSource;
use kernel::{NodeType, Result};
use uuid::Uuid;

use crate::graphql::{InstitutionObject, MunicipalProgrammeObject};
use crate::ids::{
    CHILD_PROTECTION_INSTITUTION, MUNICIPAL_CAMPAIGN, MUNICIPAL_EVENT, MUNICIPAL_PROGRAMME,
    PROGRAMME_ACTION, PROGRAMME_GOAL, PROGRAMME_INDICATOR, PROGRAMME_TASK,
};

pub use crate::stats::StrategyStatistics;

/// Goals, actions, tasks and indicators are reached through their programme.
pub const NODE_TYPES: &[NodeType] = &[
    MUNICIPAL_PROGRAMME,
    PROGRAMME_GOAL,
    PROGRAMME_ACTION,
    PROGRAMME_TASK,
    PROGRAMME_INDICATOR,
    CHILD_PROTECTION_INSTITUTION,
    MUNICIPAL_CAMPAIGN,
    MUNICIPAL_EVENT,
];

/// Programmes by ID, for any staff member of their municipality.
pub struct MunicipalProgrammes;

impl NodeSource for MunicipalProgrammes {
    const NODE_TYPE: NodeType = MUNICIPAL_PROGRAMME;
    type Object = MunicipalProgrammeObject;

    async fn load(ctx: &Context<'_>, ids: &[Uuid]) -> Result<Vec<MunicipalProgrammeObject>> {
        crate::graphql::load_programmes(ctx, ids).await
    }

    fn id(object: &MunicipalProgrammeObject) -> Result<Uuid> {
        Ok(object.uuid())
    }
}

/// Institutions of the register of child-protection standards by ID, for any staff member of
/// their municipality.
pub struct ChildProtectionInstitutions;

impl NodeSource for ChildProtectionInstitutions {
    const NODE_TYPE: NodeType = CHILD_PROTECTION_INSTITUTION;
    type Object = InstitutionObject;

    async fn load(ctx: &Context<'_>, ids: &[Uuid]) -> Result<Vec<InstitutionObject>> {
        crate::graphql::load_institutions(ctx, ids).await
    }

    fn id(object: &InstitutionObject) -> Result<Uuid> {
        Ok(object.uuid())
    }
}
