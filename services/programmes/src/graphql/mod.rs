//! The GraphQL face of programmes: its queries, mutations, objects and inputs.

mod inputs;
mod objects;
mod resolvers;
mod scope;

pub use inputs::*;
pub use objects::*;
pub use resolvers::{load_editions, load_enrolments, ProgrammesMutation, ProgrammesQuery};
