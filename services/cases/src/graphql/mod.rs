//! GraphQL surface of the Blue Card procedure: objects, inputs, queries, mutations and the
//! deadline subscription, over the per-request loaders.

mod commands;
mod corrections;
mod inputs;
mod loaders;
mod mutations;
mod objects;
mod outside;
mod papers;
mod queries;
mod records;
mod retention;
mod subscription;
mod transfers;

pub use crate::ids::{card_gid, plan_item_gid, work_gid};
pub use corrections::*;
pub use inputs::*;
pub use loaders::{
    CorrectionsLoader, DeadlinesLoader, FormsLoader, GroupLoader, HistoryLoader, MatchLoader,
    MeetingsLoader, OutsideMembersLoader, PersonsLoader, PlanLoader, WorkLoader,
};
pub use mutations::*;
pub use objects::*;
pub use outside::*;
pub use queries::*;
pub use records::*;
pub use retention::*;
pub use subscription::*;
pub use transfers::*;

/// The procedure's mutations.
#[derive(async_graphql::MergedObject, Default)]
pub struct CasesMutation(
    mutations::ProcedureMutation,
    outside::OutsideMembersMutation,
    retention::RetentionMutation,
    transfers::TransfersMutation,
);

/// The procedure's queries.
#[derive(async_graphql::MergedObject, Default)]
pub struct CasesQuery(
    queries::ProcedureQuery,
    retention::RetentionQuery,
    transfers::TransfersQuery,
);
