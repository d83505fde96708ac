//! Tenancy types that cannot hold invalid values.

use chrono::{DateTime, Utc};
use kernel::input::Errors;
use kernel::slug::Slug;
use kernel::teryt::{MunicipalityCode, VoivodeshipCode};
use kernel::UserError;
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    pub id: Uuid,
    pub slug: Slug,
    pub name: String,
    pub teryt: VoivodeshipCode,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tenant {
    pub id: Uuid,
    pub slug: Slug,
    pub name: String,
    pub teryt: MunicipalityCode,
    pub region_id: Uuid,
    pub active: bool,
    pub shares_statistics: bool,
    /// Whether, sharing, it lets its own figures be published (no three-municipality or
    /// dominance rule for it).
    pub publishes_own_statistics: bool,
    /// When it was offboarded: its data is gone and the row is kept as a tombstone.
    pub offboarded_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// Settings a tenant administrator manages. Absent settings are the defaults, at version 0.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TenantSettings {
    pub tenant_id: Uuid,
    pub audit_retention_days: AuditRetentionDays,
    pub version: i32,
}

/// How long the audit trail is kept: at least a year, at most a century; ten years by default
/// (the usual records category of Blue Card files).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AuditRetentionDays(u32);

impl AuditRetentionDays {
    pub const MIN: u32 = 365;
    pub const MAX: u32 = 36_500;
    pub const DEFAULT: AuditRetentionDays = AuditRetentionDays(3_650);

    pub fn parse(days: i64) -> Result<Self, String> {
        if (i64::from(Self::MIN)..=i64::from(Self::MAX)).contains(&days) {
            Ok(AuditRetentionDays(days as u32))
        } else {
            Err(format!(
                "audit retention must be between {} and {} days",
                Self::MIN,
                Self::MAX
            ))
        }
    }

    pub fn days(self) -> u32 {
        self.0
    }
}

/// The name of a region or a municipality, trimmed: 1 to 200 characters.
pub fn parse_name(raw: &str) -> Result<String, &'static str> {
    let trimmed = raw.trim();
    if trimmed.is_empty() || trimmed.chars().count() > 200 {
        return Err("a name has 1 to 200 characters");
    }
    Ok(trimmed.to_owned())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRegion {
    pub slug: Slug,
    pub name: String,
    pub teryt: VoivodeshipCode,
}

impl NewRegion {
    pub fn parse(slug: &str, name: &str, teryt: &str) -> Result<Self, Vec<UserError>> {
        let mut errors = Errors::input();
        let slug = errors.field("slug", Slug::parse(slug));
        let name = errors.field("name", parse_name(name));
        let teryt = errors.field("teryt", VoivodeshipCode::parse(teryt));
        errors.finish(|| {
            Some(NewRegion {
                slug: slug?,
                name: name?,
                teryt: teryt?,
            })
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTenant {
    pub slug: Slug,
    pub name: String,
    pub teryt: MunicipalityCode,
    pub region: Slug,
    pub shares_statistics: bool,
}

impl NewTenant {
    pub fn parse(
        slug: &str,
        name: &str,
        teryt: &str,
        region: &str,
        shares_statistics: bool,
    ) -> Result<Self, Vec<UserError>> {
        let mut errors = Errors::input();
        let slug = errors.field("slug", Slug::parse(slug));
        let name = errors.field("name", parse_name(name));
        let teryt = errors.field("teryt", MunicipalityCode::parse(teryt));
        let region = errors.field("region", Slug::parse(region));
        errors.finish(|| {
            Some(NewTenant {
                slug: slug?,
                name: name?,
                teryt: teryt?,
                region: region?,
                shares_statistics,
            })
        })
    }
}

/// A change a tenant administrator asks for, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsChange {
    pub expected_version: i32,
    pub audit_retention_days: Option<AuditRetentionDays>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn new_tenant_collects_every_error() {
        let errors = NewTenant::parse("Zory!", " ", "123", "", false).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.join(".")).collect();
        assert_eq!(
            fields,
            ["input.slug", "input.name", "input.teryt", "input.region"]
        );
    }

    #[test]
    fn new_tenant_parses() {
        let t = NewTenant::parse("zory", " Żory ", "2479011", "slaskie", true).unwrap();
        assert_eq!(t.name, "Żory");
        assert_eq!(t.teryt.voivodeship().to_string(), "24");
    }

    proptest! {
        #[test]
        fn retention_bounds(days in -10_000i64..100_000) {
            let parsed = AuditRetentionDays::parse(days);
            prop_assert_eq!(parsed.is_ok(), (365..=36_500).contains(&days));
        }
    }
}
