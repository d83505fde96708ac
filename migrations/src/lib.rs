//! Database migrations, one file per change, named by the service that owns the tables.
//!
//! Migrations run as the owner role (`ostoja_owner`). They grant the server role (`ostoja_app`)
//! exactly what it needs, and put every tenant-owned table under forced row-level security.
//! Tables are declared with sea-query's typed column builders (`sql.rs`), once for both backends;
//! row-level security, grants and functions are PostgreSQL-only SQL next to them (SQLite has no
//! roles or row-level security). The first five migrations predate the builders and keep their
//! two hand-written scripts, which existing databases have already run.

pub use sea_orm_migration::prelude::*;

mod m20261124_000001_tenancy_regions_tenants;
mod m20261124_000002_tenancy_settings;
mod m20261124_000003_identity_users;
mod m20261124_000004_audit_events;
mod m20261124_000005_identity_providers;
mod m20261124_000006_tenancy_data_keys;
mod m20261124_000007_teams;
mod m20261124_000008_cases;
mod m20261127_000009_cases_match_proposals;
mod m20261127_000010_audit_outcomes;
mod m20261127_000011_identity_issuer_subjects;
mod m20261127_000012_directory;
mod m20261127_000013_intake;
mod m20261205_000014_teams_membership_end;
mod m20261205_000015_cases_group_history;
mod m20261205_000016_cases_numbers_and_names;
mod m20261205_000017_cases_person_revisions;
mod m20261205_000018_cases_repeat_matches;
mod m20261205_000019_cases_next_due;
mod m20261205_000020_identity_form_of_address;
mod m20261205_000021_cases_token_cards;
mod m20261205_000022_cases_group_meetings;
mod m20261205_000023_cases_proposals_withdrawn;
mod m20261205_000024_cases_person_age_band;
mod m20261205_000025_stats_releases;
mod m20261205_000026_stats_release_members;
mod m20261205_000027_cases_alcohol_in_clear;
mod m20261206_000028_stats_release_exports;
mod m20261206_000029_tenancy_publishes_own;
mod m20261206_000030_cases_opening_keys;
mod m20261206_000031_tenancy_data_keys_rewrapped;
mod m20261206_000032_tenancy_offboarding;
mod m20261206_000033_ops_job_runs;
mod m20261206_000034_tenancy_data_key_rotation;
mod m20261206_000035_cases_opening_digest;
mod m20261207_000036_programmes;
mod m20261207_000037_programmes_referrals;
mod m20261207_000038_families;
mod m20261208_000039_families_closure;
mod m20261208_000040_families_contracts;
mod m20261208_000041_cases_plan_item_followed;
mod m20261208_000042_programmes_session_key;
mod m20261208_000043_families_help_withdrawn;
mod m20261208_000044_programmes_served;
mod m20261209_000045_strategy;
mod m20261210_000046_child_protection;
mod m20261211_000047_events;
mod m20261212_000048_coalitions;
mod m20261213_000049_cases_outside_members;
mod m20261213_000050_cases_retention;
mod m20261214_000051_cases_transfers;
mod m20261215_000052_cases_transfers_received;
mod m20261216_000053_identity_principal_versions;
mod m20261217_000054_identity_provider_versions;
mod m20261218_000055_identity_provider_version_columns;
mod sql;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261124_000001_tenancy_regions_tenants::Migration),
            Box::new(m20261124_000002_tenancy_settings::Migration),
            Box::new(m20261124_000003_identity_users::Migration),
            Box::new(m20261124_000004_audit_events::Migration),
            Box::new(m20261124_000005_identity_providers::Migration),
            Box::new(m20261124_000006_tenancy_data_keys::Migration),
            Box::new(m20261124_000007_teams::Migration),
            Box::new(m20261124_000008_cases::Migration),
            Box::new(m20261127_000009_cases_match_proposals::Migration),
            Box::new(m20261127_000010_audit_outcomes::Migration),
            Box::new(m20261127_000011_identity_issuer_subjects::Migration),
            Box::new(m20261127_000012_directory::Migration),
            Box::new(m20261127_000013_intake::Migration),
            Box::new(m20261205_000014_teams_membership_end::Migration),
            Box::new(m20261205_000015_cases_group_history::Migration),
            Box::new(m20261205_000016_cases_numbers_and_names::Migration),
            Box::new(m20261205_000017_cases_person_revisions::Migration),
            Box::new(m20261205_000018_cases_repeat_matches::Migration),
            Box::new(m20261205_000019_cases_next_due::Migration),
            Box::new(m20261205_000020_identity_form_of_address::Migration),
            Box::new(m20261205_000021_cases_token_cards::Migration),
            Box::new(m20261205_000022_cases_group_meetings::Migration),
            Box::new(m20261205_000023_cases_proposals_withdrawn::Migration),
            Box::new(m20261205_000024_cases_person_age_band::Migration),
            Box::new(m20261205_000025_stats_releases::Migration),
            Box::new(m20261205_000026_stats_release_members::Migration),
            Box::new(m20261205_000027_cases_alcohol_in_clear::Migration),
            Box::new(m20261206_000028_stats_release_exports::Migration),
            Box::new(m20261206_000029_tenancy_publishes_own::Migration),
            Box::new(m20261206_000030_cases_opening_keys::Migration),
            Box::new(m20261206_000031_tenancy_data_keys_rewrapped::Migration),
            Box::new(m20261206_000032_tenancy_offboarding::Migration),
            Box::new(m20261206_000033_ops_job_runs::Migration),
            Box::new(m20261206_000034_tenancy_data_key_rotation::Migration),
            Box::new(m20261206_000035_cases_opening_digest::Migration),
            Box::new(m20261207_000036_programmes::Migration),
            Box::new(m20261207_000037_programmes_referrals::Migration),
            Box::new(m20261207_000038_families::Migration),
            Box::new(m20261208_000039_families_closure::Migration),
            Box::new(m20261208_000040_families_contracts::Migration),
            Box::new(m20261208_000041_cases_plan_item_followed::Migration),
            Box::new(m20261208_000042_programmes_session_key::Migration),
            Box::new(m20261208_000043_families_help_withdrawn::Migration),
            Box::new(m20261208_000044_programmes_served::Migration),
            Box::new(m20261209_000045_strategy::Migration),
            Box::new(m20261210_000046_child_protection::Migration),
            Box::new(m20261211_000047_events::Migration),
            Box::new(m20261212_000048_coalitions::Migration),
            Box::new(m20261213_000049_cases_outside_members::Migration),
            Box::new(m20261213_000050_cases_retention::Migration),
            Box::new(m20261214_000051_cases_transfers::Migration),
            Box::new(m20261215_000052_cases_transfers_received::Migration),
            Box::new(m20261216_000053_identity_principal_versions::Migration),
            Box::new(m20261217_000054_identity_provider_versions::Migration),
            Box::new(m20261218_000055_identity_provider_version_columns::Migration),
        ]
    }
}

/// The server's database role; migrations grant it privileges when it exists.
pub const APP_ROLE: &str = "ostoja_app";

/// The role regional reads run as (`SET LOCAL ROLE`): SELECT on published statistics only;
/// migrations grant it privileges when it exists.
pub const REGION_ROLE: &str = "ostoja_region";
