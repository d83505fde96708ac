//! The GraphQL face of programmes: its queries, mutations, objects and inputs.

mod inputs;
mod objects;
mod referrals;
mod resolvers;
mod scope;

pub use inputs::*;
pub use objects::*;
pub use resolvers::{load_editions, load_enrolments};

/// Programmes' queries: the catalogue with editions and participants, and referrals from
/// cards' action plans.
#[derive(async_graphql::MergedObject, Default)]
pub struct ProgrammesQuery(resolvers::CatalogueQuery, referrals::ReferralsQuery);

/// Programmes' mutations.
#[derive(async_graphql::MergedObject, Default)]
pub struct ProgrammesMutation(resolvers::CatalogueMutation, referrals::ReferralsMutation);
