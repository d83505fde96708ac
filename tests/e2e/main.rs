//! End-to-end tests: they start the `ostoja` binary and talk to it over HTTP and WebSocket as a
//! client would, on PostgreSQL (as the server's role) and on SQLite.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod harness;
mod idp;
mod image;
mod initiators;

mod access_ends;
mod allowed_steps;
mod api;
mod backups;
mod browser;
mod card_order;
mod card_search;
mod cases;
mod chair_cases;
mod chair_notice;
mod citus;
mod clearing;
mod cli;
mod coalitions;
mod data_keys;
mod directory;
mod directory_cache;
mod docs_links;
mod events;
mod export;
mod families;
mod faults;
mod form_of_address;
mod fuzz;
mod graphql_over_http;
mod group_meetings;
mod help_pages;
mod insider_probes;
mod intake;
mod isolation;
mod isolation_intake;
mod keys;
mod layout;
mod live_access;
mod need_to_know;
mod offboard;
mod ops;
mod person_corrections;
mod programme_referrals;
mod programmes;
mod recurrence;
mod releases;
mod repeats;
mod rls;
mod schema;
mod sso;
mod sso_hardening;
mod standards;
mod statistics;
mod stats_seed;
mod strategy;
mod strategy_report;
mod subscriptions;
mod unique;
mod web;
mod websocket;
mod worker;
