//! The register's GraphQL: `intakeEntries`, counts, notifications, the response time, and the
//! mutations of an entry's life.

mod children;
mod inputs;
mod objects;
mod resolvers;
mod scope;
mod subscription;

pub use inputs::*;
pub use objects::*;
pub use resolvers::{load_entries, IntakeEntryFilter, IntakeMutation, IntakeQuery};
pub use subscription::IntakeSubscription;
