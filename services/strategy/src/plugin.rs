//! What the municipal programme registers with the gateway: its node types and the loader of
//! programmes.

use async_graphql::Context;
use kernel::node::NodeSource;
use kernel::{NodeType, Result};
use uuid::Uuid;

use crate::graphql::MunicipalProgrammeObject;
use crate::ids::{
    MUNICIPAL_PROGRAMME, PROGRAMME_ACTION, PROGRAMME_GOAL, PROGRAMME_INDICATOR, PROGRAMME_TASK,
};

/// Goals, actions, tasks and indicators are reached through their programme.
pub const NODE_TYPES: &[NodeType] = &[
    MUNICIPAL_PROGRAMME,
    PROGRAMME_GOAL,
    PROGRAMME_ACTION,
    PROGRAMME_TASK,
    PROGRAMME_INDICATOR,
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
