//! The shared kernel: identifiers, parsed domain primitives, the principal and its capabilities,
//! the error type of the service layer, the tenant-scoped database entry point and pub/sub, and
//! the plug-in points a service registers with the gateway (`node`: its node types and loaders;
//! `jobs`: its scheduled work, run per municipality by `for_each_tenant`), and the GraphQL edge's
//! toolkit (`page`: cursor pages; `input`: parsing inputs and the payload shape; `unique`: a
//! unique violation as a field's `TAKEN`).
//!
//! Nothing here knows about a particular service's tables.

pub mod calendar;
pub mod crypto;
pub mod date;
pub mod db;
pub mod deadline;
pub mod ephemeral;
pub mod error;
pub mod id;
pub mod input;
pub mod jobs;
pub mod live;
pub mod log;
pub mod node;
pub mod page;
pub mod pesel;
pub mod principal;
pub mod public_cache;
pub mod pubsub;
pub mod request;
pub mod sealed;
pub mod search;
pub mod slug;
pub mod stats;
pub mod store;
pub mod subject;
pub mod teryt;
pub mod text;
pub mod unique;

pub use db::{Backend, Db, Outcome, PlatformTx, RegionalTx, TenantTx};
pub use error::{Error, ErrorCode, Result, UserError};
pub use id::{GlobalId, NodeType};
pub use principal::{Actor, Principal, Role};
pub use request::RequestContext;
pub use store::TenantEntity;
