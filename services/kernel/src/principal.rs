//! Who is asking, and what they may do.
//!
//! Capabilities are types: an operation that needs a tenant administrator takes a
//! [`TenantAdmin`] argument, which only [`Principal::tenant_admin`] can produce. Code that lacks
//! the capability cannot even call the operation.

use std::collections::BTreeSet;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use uuid::Uuid;

use crate::error::{Error, Result};
use crate::slug::Slug;

/// Rola użytkownika — what a person may do in Ostoja.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, async_graphql::Enum)]
pub enum Role {
    Operator,
    TenantAdmin,
    TeamChair,
    TeamMember,
    SocialWorker,
    RegionalCoordinator,
    /// Inspektor ochrony danych: reads the municipality's whole audit trail, case IDs included.
    DataProtectionOfficer,
    /// Redaktor informatora: keeps the municipality's help points in the public directory.
    DirectoryEditor,
    /// Rejestr zgłoszeń: takes reports and consultations and reads the municipality's intake
    /// register.
    IntakeStaff,
    /// Statystyka: reads the municipality's own statistics (counts, never names).
    Statistics,
}

impl Role {
    pub const STAFF: [Role; 8] = [
        Role::TenantAdmin,
        Role::TeamChair,
        Role::TeamMember,
        Role::SocialWorker,
        Role::DataProtectionOfficer,
        Role::DirectoryEditor,
        Role::IntakeStaff,
        Role::Statistics,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Operator => "operator",
            Role::TenantAdmin => "tenant_admin",
            Role::TeamChair => "team_chair",
            Role::TeamMember => "team_member",
            Role::SocialWorker => "social_worker",
            Role::RegionalCoordinator => "regional_coordinator",
            Role::DataProtectionOfficer => "data_protection_officer",
            Role::DirectoryEditor => "directory_editor",
            Role::IntakeStaff => "intake_staff",
            Role::Statistics => "statistics",
        }
    }

    pub fn parse(raw: &str) -> Option<Role> {
        [
            Role::Operator,
            Role::TenantAdmin,
            Role::TeamChair,
            Role::TeamMember,
            Role::SocialWorker,
            Role::RegionalCoordinator,
            Role::DataProtectionOfficer,
            Role::DirectoryEditor,
            Role::IntakeStaff,
            Role::Statistics,
        ]
        .into_iter()
        .find(|r| r.as_str() == raw)
    }

    /// Roles a municipality's staff member can hold (not operator or coordinator).
    pub fn is_staff_role(self) -> bool {
        Role::STAFF.contains(&self)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A municipality's staff member, signed in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffPrincipal {
    pub tenant: Uuid,
    pub tenant_slug: Slug,
    pub region: Uuid,
    pub user: Uuid,
    pub login: String,
    pub display_name: String,
    pub roles: BTreeSet<Role>,
}

/// A regional coordinator: sees anonymized aggregates of one region, never a tenant table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoordinatorPrincipal {
    pub region: Uuid,
    pub region_slug: Slug,
    pub coordinator: Uuid,
    pub login: String,
    pub display_name: String,
}

/// A platform operator: manages regions and tenants, never reads case data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperatorPrincipal {
    pub operator: Uuid,
    pub login: String,
    pub display_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Principal {
    #[default]
    Anonymous,
    Staff(StaffPrincipal),
    Coordinator(CoordinatorPrincipal),
    Operator(OperatorPrincipal),
}

impl Principal {
    pub fn staff(&self) -> Option<&StaffPrincipal> {
        match self {
            Principal::Staff(s) => Some(s),
            _ => None,
        }
    }

    pub fn require_staff(&self) -> Result<&StaffPrincipal, Error> {
        match self {
            Principal::Staff(s) => Ok(s),
            Principal::Anonymous => Err(unauthenticated()),
            _ => Err(Error::Forbidden(
                "this operation is for a municipality's staff".to_owned(),
            )),
        }
    }

    pub fn coordinator(&self) -> Option<&CoordinatorPrincipal> {
        match self {
            Principal::Coordinator(c) => Some(c),
            _ => None,
        }
    }

    pub fn require_coordinator(&self) -> Result<&CoordinatorPrincipal, Error> {
        self.coordinator()
            .ok_or_else(|| self.forbidden_unless_anonymous("regional coordinator"))
    }

    /// The tenant administrator capability, if this principal holds it.
    pub fn tenant_admin(&self) -> Option<TenantAdmin<'_>> {
        match self {
            Principal::Staff(s) if s.roles.contains(&Role::TenantAdmin) => Some(TenantAdmin(s)),
            _ => None,
        }
    }

    pub fn require_tenant_admin(&self) -> Result<TenantAdmin<'_>, Error> {
        self.tenant_admin()
            .ok_or_else(|| self.forbidden_unless_anonymous("tenant administrator"))
    }

    /// Who may keep the municipality's help points: a directory editor or the administrator.
    pub fn directory_editor(&self) -> Option<DirectoryEditor<'_>> {
        match self {
            Principal::Staff(s)
                if s.roles.contains(&Role::DirectoryEditor)
                    || s.roles.contains(&Role::TenantAdmin) =>
            {
                Some(DirectoryEditor(s))
            }
            _ => None,
        }
    }

    pub fn require_directory_editor(&self) -> Result<DirectoryEditor<'_>, Error> {
        self.directory_editor().ok_or_else(|| {
            self.forbidden_unless_anonymous("directory editor or tenant administrator")
        })
    }

    /// Who may read the municipality's audit trail, and how much of it: the data-protection
    /// officer all of it; a tenant administrator without the IDs of case data.
    pub fn audit_reader(&self) -> Option<AuditReader> {
        match self {
            Principal::Staff(s) if s.roles.contains(&Role::DataProtectionOfficer) => {
                Some(AuditReader {
                    tenant: s.tenant,
                    sees_case_data: true,
                })
            }
            Principal::Staff(s) if s.roles.contains(&Role::TenantAdmin) => Some(AuditReader {
                tenant: s.tenant,
                sees_case_data: false,
            }),
            _ => None,
        }
    }

    pub fn require_audit_reader(&self) -> Result<AuditReader, Error> {
        self.audit_reader().ok_or_else(|| {
            self.forbidden_unless_anonymous("tenant administrator or data-protection officer")
        })
    }

    /// Who may read the municipality's own statistics: staff with the statistics role and the
    /// team's chair. Counts only, never names.
    pub fn statistics_reader(&self) -> Option<StatisticsReader> {
        match self {
            Principal::Staff(s)
                if s.roles.contains(&Role::Statistics) || s.roles.contains(&Role::TeamChair) =>
            {
                Some(StatisticsReader { tenant: s.tenant })
            }
            _ => None,
        }
    }

    pub fn require_statistics_reader(&self) -> Result<StatisticsReader, Error> {
        self.statistics_reader()
            .ok_or_else(|| self.forbidden_unless_anonymous("statistics reader or team chair"))
    }

    /// The operator capability, if this principal holds it.
    pub fn operator(&self) -> Option<Operator> {
        match self {
            Principal::Operator(o) => Some(Operator {
                login: o.login.clone(),
            }),
            _ => None,
        }
    }

    pub fn require_operator(&self) -> Result<Operator, Error> {
        self.operator()
            .ok_or_else(|| self.forbidden_unless_anonymous("platform operator"))
    }

    /// FORBIDDEN ("only a {who} may do this"), or UNAUTHENTICATED for the anonymous.
    pub fn forbidden_unless_anonymous(&self, who: &str) -> Error {
        match self {
            Principal::Anonymous => unauthenticated(),
            _ => Error::Forbidden(format!("only a {who} may do this")),
        }
    }

    /// The actor written to the audit trail.
    pub fn actor(&self) -> Actor {
        match self {
            Principal::Anonymous => Actor::Anonymous,
            Principal::Staff(s) => Actor::User {
                id: s.user,
                login: s.login.clone(),
            },
            Principal::Coordinator(c) => Actor::Coordinator {
                id: c.coordinator,
                login: c.login.clone(),
            },
            Principal::Operator(o) => Actor::Operator {
                id: o.operator,
                login: o.login.clone(),
            },
        }
    }
}

/// Who is on the other end of a live connection now: the gateway checks the connection's
/// credential again, as it checks every HTTP request's.
#[async_trait::async_trait]
pub trait PrincipalSource: Send + Sync {
    async fn current(&self) -> Result<Principal>;
}

/// What a subscription connection carries so that its streams can re-check access.
#[derive(Clone)]
pub struct Liveness {
    pub source: Arc<dyn PrincipalSource>,
    /// How often a stream re-checks access when nothing else makes it.
    pub recheck: Duration,
}

fn unauthenticated() -> Error {
    Error::Unauthenticated("sign in to do this".to_owned())
}

/// Proof that the caller administers `tenant`.
#[derive(Debug, Clone, Copy)]
pub struct TenantAdmin<'a>(&'a StaffPrincipal);

impl TenantAdmin<'_> {
    pub fn tenant(&self) -> Uuid {
        self.0.tenant
    }

    /// The administrator's own account.
    pub fn user(&self) -> Uuid {
        self.0.user
    }
}

/// Proof that the caller keeps `tenant`'s help points.
#[derive(Debug, Clone, Copy)]
pub struct DirectoryEditor<'a>(&'a StaffPrincipal);

impl DirectoryEditor<'_> {
    pub fn tenant(&self) -> Uuid {
        self.0.tenant
    }
}

/// Proof that the caller may read `tenant`'s own statistics.
#[derive(Debug, Clone, Copy)]
pub struct StatisticsReader {
    tenant: Uuid,
}

impl StatisticsReader {
    pub fn tenant(&self) -> Uuid {
        self.tenant
    }
}

/// Proof that the caller may read `tenant`'s audit trail. Only the data-protection officer's
/// reader sees the IDs of case data (Blue Cards and what hangs under them): to a tenant
/// administrator the trail shows who did what and when, never which case.
#[derive(Debug, Clone, Copy)]
pub struct AuditReader {
    tenant: Uuid,
    sees_case_data: bool,
}

impl AuditReader {
    pub fn tenant(&self) -> Uuid {
        self.tenant
    }

    pub fn sees_case_data(&self) -> bool {
        self.sees_case_data
    }
}

/// Proof that the caller is a platform operator: a signed-in operator or the local command line.
#[derive(Debug, Clone)]
pub struct Operator {
    login: String,
}

impl Operator {
    /// Whoever runs `ostoja` on the server already holds the database credentials.
    pub fn command_line() -> Self {
        Operator {
            login: "command-line".to_owned(),
        }
    }

    pub fn login(&self) -> &str {
        &self.login
    }
}

/// Who did something, as recorded in the audit trail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    Anonymous,
    User {
        id: Uuid,
        login: String,
    },
    Coordinator {
        id: Uuid,
        login: String,
    },
    Operator {
        id: Uuid,
        login: String,
    },
    /// A scheduled job or the command line.
    System(String),
}

impl Actor {
    pub fn kind(&self) -> &'static str {
        match self {
            Actor::Anonymous => "anonymous",
            Actor::User { .. } => "user",
            Actor::Coordinator { .. } => "coordinator",
            Actor::Operator { .. } => "operator",
            Actor::System(_) => "system",
        }
    }

    pub fn id(&self) -> Option<Uuid> {
        match self {
            Actor::User { id, .. } | Actor::Coordinator { id, .. } | Actor::Operator { id, .. } => {
                Some(*id)
            }
            _ => None,
        }
    }

    pub fn login(&self) -> &str {
        match self {
            Actor::Anonymous => "",
            Actor::User { login, .. }
            | Actor::Coordinator { login, .. }
            | Actor::Operator { login, .. } => login,
            Actor::System(name) => name,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn staff(roles: &[Role]) -> Principal {
        Principal::Staff(StaffPrincipal {
            tenant: Uuid::nil(),
            tenant_slug: Slug::parse("zory").unwrap(),
            region: Uuid::nil(),
            user: Uuid::nil(),
            login: "a".into(),
            display_name: "A".into(),
            roles: roles.iter().copied().collect(),
        })
    }

    #[test]
    fn capabilities_follow_roles() {
        assert!(staff(&[Role::TenantAdmin]).tenant_admin().is_some());
        assert!(staff(&[Role::SocialWorker]).tenant_admin().is_none());
        assert!(staff(&[Role::TenantAdmin]).operator().is_none());
        assert!(matches!(
            Principal::Anonymous.require_tenant_admin(),
            Err(Error::Unauthenticated(_))
        ));
        assert!(matches!(
            staff(&[Role::SocialWorker]).require_operator(),
            Err(Error::Forbidden(_))
        ));
    }

    #[test]
    fn only_the_data_protection_officer_reads_case_ids_in_the_audit_trail() {
        let admin = staff(&[Role::TenantAdmin]).audit_reader().unwrap();
        assert!(!admin.sees_case_data());
        let dpo = staff(&[Role::DataProtectionOfficer])
            .audit_reader()
            .unwrap();
        assert!(dpo.sees_case_data());
        let both = staff(&[Role::TenantAdmin, Role::DataProtectionOfficer]);
        assert!(both.audit_reader().unwrap().sees_case_data());
        assert!(staff(&[Role::TeamChair, Role::SocialWorker])
            .audit_reader()
            .is_none());
        assert!(matches!(
            Principal::Anonymous.require_audit_reader(),
            Err(Error::Unauthenticated(_))
        ));
    }

    #[test]
    fn role_names_roundtrip() {
        for r in [
            Role::Operator,
            Role::TenantAdmin,
            Role::TeamChair,
            Role::TeamMember,
            Role::SocialWorker,
            Role::RegionalCoordinator,
            Role::DataProtectionOfficer,
        ] {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
        assert_eq!(Role::parse("root"), None);
    }
}
