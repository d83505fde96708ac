//! Identity: the people who sign in — municipal staff (tenant-owned), regional coordinators and
//! operators (platform) — and development sign-in tokens.

pub mod devtoken;
pub mod domain;
pub mod graphql;
mod store;
mod usecases;

pub use domain::{Login, NewUser, User};
pub use usecases::*;
