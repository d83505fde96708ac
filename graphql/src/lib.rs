//! The Ostoja gateway: the `ostoja` command line, the HTTP server, and the composition of the
//! services' GraphQL schemas.
// The composed roots (one `MergedObject` member per service) nest their resolvers deeper than
// the compiler's default limit.
#![recursion_limit = "256"]

mod admission;
pub mod app;
pub mod auth;
mod calendar_feed;
pub mod checks;
pub mod cli;
pub mod config;
mod console;
mod credentials;
mod data_key_rotation;
pub mod demo;
mod demo_cases;
mod demo_directory;
mod demo_intake;
mod demo_staff;
pub mod dev_login;
pub mod graphql_http;
mod job_runs;
mod keys_cli;
pub mod limits;
pub mod ops;
pub mod respond;
pub mod schema;
mod serving;
pub mod state;
mod stats_cli;
mod stats_seed;
pub mod telemetry;
mod tenant_export;
mod tenant_offboard;
pub mod web;
pub mod worker;
pub mod ws;
