//! The help directory (informator): where a person looking for help finds it. A municipality's
//! editors describe its help points — address, phones, opening hours, services offered, free
//! shelter places — and publish them; the national helplines are platform entries an operator
//! keeps. The public reads published points without signing in.

pub mod access;
pub mod contact;
pub mod domain;
pub mod hours;
pub mod points;
mod rows;
mod stats;
mod store;

pub use points::*;
pub mod graphql;
pub mod plugin;
