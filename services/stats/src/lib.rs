//! Statistics: a municipality's own figures from the indicators every service declares
//! (`kernel::stats`: the services count, this service knows none of their tables), and the
//! disclosure control that regional releases go through.

pub mod disclosure;
pub mod export;
pub mod graphql;
pub mod local;
pub mod publish;
pub mod release;
pub mod report;
pub mod schedule;
mod store;
pub mod trail;
