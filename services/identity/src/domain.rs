//! Identity types that cannot hold invalid values.

use std::collections::BTreeSet;

use kernel::input::Errors;
use kernel::store::StoredSet;
use kernel::{Role, UserError};
use uuid::Uuid;

/// A sign-in name: 1 to 100 characters of lower-case letters, digits, `.`, `_`, `-` and `@`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Login(pub(crate) String);

impl Login {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let ok = (1..=100).contains(&raw.len())
            && raw.bytes().all(|b| {
                b.is_ascii_lowercase()
                    || b.is_ascii_digit()
                    || matches!(b, b'.' | b'_' | b'-' | b'@')
            });
        if ok {
            Ok(Login(raw.to_owned()))
        } else {
            Err("a login has 1 to 100 characters: lower-case letters, digits, '.', '_', '-' and '@'".to_owned())
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub login: Login,
    pub display_name: String,
    pub email: Option<String>,
    /// Roles granted in Ostoja by a tenant administrator (or at creation).
    pub granted_roles: BTreeSet<Role>,
    /// Roles the identity provider's claim gave at the last sign-in.
    pub provider_roles: BTreeSet<Role>,
    pub disabled: bool,
    /// Linked to an identity provider's subject after the first single sign-on.
    pub signs_in_with_provider: bool,
    pub last_sign_in_at: Option<chrono::DateTime<chrono::Utc>>,
    /// How they asked to be addressed; none until they say.
    pub form_of_address: Option<FormOfAddress>,
    pub version: i32,
}

kernel::stored_enum! {
    /// Forma zwracania się — how a staff member is addressed, so that their role is named in
    /// the right grammatical gender ("przewodnicząca zespołu", "przewodniczący zespołu").
    FormOfAddress {
        /// Pani.
        Feminine = "feminine",
        /// Pan.
        Masculine = "masculine",
    }
}

impl User {
    /// What the user may do: granted roles and provider roles together.
    pub fn roles(&self) -> BTreeSet<Role> {
        self.granted_roles
            .union(&self.provider_roles)
            .copied()
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUser {
    pub login: Login,
    pub display_name: String,
    pub email: Option<String>,
    pub roles: BTreeSet<Role>,
    pub form_of_address: Option<FormOfAddress>,
}

impl NewUser {
    pub fn parse(
        login: &str,
        display_name: &str,
        email: Option<&str>,
        roles: &[Role],
    ) -> Result<Self, Vec<UserError>> {
        let mut errors = Errors::input();
        let login = errors.field("login", Login::parse(login));
        let name = display_name.trim();
        if name.is_empty() || name.chars().count() > 200 {
            errors.add("displayName", "INVALID", "a name has 1 to 200 characters");
        }
        let email = email.map(str::trim).filter(|e| !e.is_empty());
        if let Some(e) = email {
            let valid = e.len() <= 254
                && e.split_once('@')
                    .is_some_and(|(l, d)| !l.is_empty() && d.contains('.') && !d.starts_with('.'));
            if !valid {
                errors.add("email", "INVALID", "not an e-mail address");
            }
        }
        if let Some(r) = roles.iter().find(|r| !r.is_staff_role()) {
            errors.add(
                "roles",
                "INVALID",
                format!("{r} is not a role of municipal staff"),
            );
        }
        errors.finish(|| {
            Some(NewUser {
                login: login?,
                display_name: name.to_owned(),
                email: email.map(str::to_owned),
                roles: roles.iter().copied().collect(),
                form_of_address: None,
            })
        })
    }
}

/// Roles are stored as a comma-separated list of role names, in the order of [`Role`].
pub(crate) fn stored_roles(roles: &BTreeSet<Role>) -> StoredSet<Role> {
    roles.iter().copied().collect()
}

pub(crate) fn roles_from(stored: StoredSet<Role>) -> BTreeSet<Role> {
    stored.into_vec().into_iter().collect()
}

/// The global ID of a staff member, built by the kernel from its node type (the use cases record
/// it in the audit trail without going through the GraphQL layer).
pub fn user_gid(id: uuid::Uuid) -> String {
    kernel::GlobalId::new(kernel::NodeType::User, id).encode()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn new_user_rules() {
        assert!(NewUser::parse(
            "anna.nowak",
            "Anna Nowak",
            Some("anna@zory.pl"),
            &[Role::SocialWorker]
        )
        .is_ok());
        let errs = NewUser::parse("Anna Nowak", "", Some("x"), &[Role::Operator]).unwrap_err();
        let fields: Vec<_> = errs.iter().map(|e| e.field.join(".")).collect();
        assert_eq!(
            fields,
            [
                "input.login",
                "input.displayName",
                "input.email",
                "input.roles"
            ]
        );
    }

    #[test]
    fn roles_keep_their_stored_text() {
        let roles = BTreeSet::from([Role::TeamChair, Role::TenantAdmin]);
        assert_eq!(stored_roles(&roles).to_text(), "tenant_admin,team_chair");
    }

    proptest! {
        #[test]
        fn roles_roundtrip(mask in 0u8..16) {
            let roles: BTreeSet<Role> = Role::STAFF.iter().enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0).map(|(_, r)| *r).collect();
            let text = stored_roles(&roles).to_text();
            prop_assert_eq!(StoredSet::<Role>::parse(&text).map(roles_from), Some(roles));
        }
    }
}
