//! Who sees a municipality's shelter places: the staff who arrange shelter (the team's chair and
//! the social workers) and those who keep the points (directory editors, the administrator).
//! Only [`shelter_viewer`] makes the value, so a list of shelter places cannot be read without
//! passing the check.

use kernel::principal::Principal;
use kernel::{Error, Role};
use uuid::Uuid;

/// Proof that the caller may see the free shelter places of `tenant`.
#[derive(Debug, Clone, Copy)]
pub struct ShelterViewer {
    tenant: Uuid,
}

impl ShelterViewer {
    pub fn tenant(&self) -> Uuid {
        self.tenant
    }
}

const ROLES: [Role; 4] = [
    Role::TeamChair,
    Role::SocialWorker,
    Role::DirectoryEditor,
    Role::TenantAdmin,
];

/// The capability, if the principal is staff of a municipality holding one of the roles.
pub fn shelter_viewer(principal: &Principal) -> Option<ShelterViewer> {
    let staff = principal.staff()?;
    ROLES
        .iter()
        .any(|r| staff.roles.contains(r))
        .then_some(ShelterViewer {
            tenant: staff.tenant,
        })
}

/// As [`shelter_viewer`], or UNAUTHENTICATED (anonymous) / FORBIDDEN (anyone else).
pub fn require_shelter_viewer(principal: &Principal) -> Result<ShelterViewer, Error> {
    match shelter_viewer(principal) {
        Some(v) => Ok(v),
        None if *principal == Principal::Anonymous => {
            Err(Error::Unauthenticated("sign in to do this".to_owned()))
        }
        None => Err(Error::Forbidden(
            "only the team's chair, a social worker, a directory editor or the administrator sees shelter places"
                .to_owned(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kernel::principal::StaffPrincipal;
    use kernel::slug::Slug;

    fn staff(roles: &[Role]) -> Principal {
        Principal::Staff(StaffPrincipal {
            tenant: Uuid::nil(),
            tenant_slug: Slug::parse("zory").unwrap(),
            region: Uuid::nil(),
            user: Uuid::nil(),
            login: "x".to_owned(),
            display_name: "X".to_owned(),
            roles: roles.iter().copied().collect(),
        })
    }

    #[test]
    fn the_chair_social_workers_and_editors_see_shelter_places() {
        for role in ROLES {
            assert!(shelter_viewer(&staff(&[role])).is_some(), "{role}");
        }
        for role in [Role::TeamMember, Role::DataProtectionOfficer] {
            assert!(shelter_viewer(&staff(&[role])).is_none(), "{role}");
        }
        assert!(shelter_viewer(&Principal::Anonymous).is_none());
    }
}
