//! Tenancy: regions (voivodeships), municipalities (the tenants) and each tenant's settings.
//!
//! `regions` and `tenants` are platform tables managed by operators. `settings` is tenant-owned
//! and reached only through the kernel's tenant transaction.

pub mod domain;
pub mod graphql;
mod keys;
mod offboard;
pub mod plugin;
mod request_key;
mod store;
mod usecases;

pub use domain::{NewRegion, NewTenant, Region, SettingsChange, Tenant, TenantSettings};
pub use keys::{
    begin_rotation as begin_data_key_rotation, data_key,
    finish_rotation as finish_data_key_rotation, rewrap as rewrap_data_key,
    Rotation as DataKeyRotation,
};
pub use offboard::offboard;
pub use request_key::request_data_key;
pub use usecases::*;
