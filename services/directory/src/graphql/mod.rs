//! The directory's GraphQL: the public `helpPoints`, the editors' own list and mutations, the
//! operator's helplines.

mod inputs;
mod mutations;
mod objects;
mod public;

use async_graphql::MergedObject;

pub use inputs::*;
pub use kernel::public_cache::TTL;
pub use mutations::{
    load_points, public_directory, DirectoryMutation, DirectoryStaffQuery, HelpPointPayload,
};
pub use objects::*;
pub use public::{
    DirectoryPublicQuery, HelpMunicipality, HelpRegion, PublicDirectory, CHANNEL,
    PUBLIC_ROOT_FIELDS,
};

/// The directory's queries: the public list and the editors' own.
#[derive(MergedObject, Default)]
pub struct DirectoryQuery(DirectoryPublicQuery, DirectoryStaffQuery);
