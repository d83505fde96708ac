//! Identity: the people who sign in — municipal staff (tenant-owned), regional coordinators and
//! operators (platform) — their identity providers (single sign-on), sign-in sessions and
//! development sign-in tokens.

pub mod claims;
pub mod devtoken;
pub mod domain;
pub mod graphql;
pub mod oidc;
pub mod plugin;
pub mod principals;
pub mod provider;
pub mod relink;
pub mod secrets;
pub mod session;
pub mod setup;
pub mod signin;
mod store;
mod usecases;

pub use domain::{Login, NewUser, User};
pub use usecases::*;
