//! Single sign-on: who a verified identity is in Ostoja (provisioned just in time on first
//! sign-in), and who a session's account is on every later request.

use chrono::{DateTime, Utc};
use kernel::db::AuditContext;
use kernel::principal::{CoordinatorPrincipal, OperatorPrincipal, StaffPrincipal};
use kernel::store::StoredSet;
use kernel::{Db, Error, PlatformTx, Principal, Result, Role, TenantTx};
use sea_orm::sea_query::{Expr, Func};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, ExprTrait, QueryFilter, QuerySelect, Set, SqlErr,
};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::domain::{stored_roles, Login};
use crate::oidc::VerifiedIdentity;
use crate::provider::{IdentityProvider, ProviderScope};
use crate::session::Account;
use crate::store::{coordinator, operator, user};

/// How a verified identity arrived.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrival {
    /// A browser sign-in: provisions, updates the profile and is audited.
    Browser,
    /// A bearer token on an API request, issued at the given time.
    Bearer { issued_at: Option<DateTime<Utc>> },
}

const RACE: &str = "the account was being created by a concurrent sign-in";

fn disabled_account() -> Error {
    Error::Forbidden("this account is disabled".to_owned())
}

/// The sign-in claims the address of a pre-created account but the provider does not vouch
/// for it: linking would hand the account to whoever typed the address at the provider.
fn unverified_email() -> Error {
    Error::Forbidden(
        "Twój dostawca tożsamości nie potwierdził adresu e-mail, który podaje, a w gminie jest już konto z tym adresem. \
         Konto zostanie powiązane dopiero po zalogowaniu z potwierdzonym adresem; w razie wątpliwości skontaktuj się z administratorem gminy."
            .to_owned(),
    )
}

fn ambiguous_email() -> Error {
    Error::Forbidden(
        "W gminie jest kilka kont z Twoim adresem e-mail; administrator gminy musi najpierw usunąć powtórzenie."
            .to_owned(),
    )
}

fn tenant_disabled(slug: &str) -> Error {
    Error::Forbidden(format!(
        "municipality '{slug}' is disabled on this platform; its data is kept. Contact the platform operator."
    ))
}

/// A login for a new account: the provider's username or e-mail when they make a valid login,
/// otherwise one derived from the subject.
fn proposed_login(who: &VerifiedIdentity) -> Login {
    [who.preferred_username.as_deref(), who.usable_email()]
        .into_iter()
        .flatten()
        .find_map(|candidate| Login::parse(&candidate.to_lowercase()).ok())
        .unwrap_or_else(|| subject_login(&who.subject))
}

fn subject_login(subject: &str) -> Login {
    let digest = Sha256::digest(subject.as_bytes());
    let hex: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
    Login(format!("sso-{hex}"))
}

fn display_name(who: &VerifiedIdentity, login: &Login) -> String {
    who.name
        .clone()
        .filter(|n| n.chars().count() <= 200)
        .unwrap_or_else(|| login.as_str().to_owned())
}

/// Signs a verified identity in with `provider`: checks the e-mail domain and the roles the
/// provider's scope requires, finds or provisions the account, and returns it with its
/// principal. A browser sign-in is recorded in the municipality's audit trail.
pub async fn sign_in(
    db: &Db,
    provider: &IdentityProvider,
    who: &VerifiedIdentity,
    arrival: Arrival,
    audit: AuditContext,
) -> Result<(Account, Principal)> {
    if !provider.allows_email(who.usable_email()) {
        return Err(Error::Forbidden(
            "your e-mail address is not in a domain allowed to sign in here".to_owned(),
        ));
    }
    let roles = provider.map_roles(who.claim_values.iter().map(String::as_str));
    match provider.scope {
        ProviderScope::Tenant(tenant) => {
            match sign_in_staff(db, provider, tenant, who, &roles, arrival, audit.clone()).await {
                Err(Error::Conflict(m)) if m == RACE => {
                    sign_in_staff(db, provider, tenant, who, &roles, arrival, audit).await
                }
                other => other,
            }
        }
        ProviderScope::Region(region) => {
            if !roles.contains(&Role::RegionalCoordinator) {
                return Err(Error::Forbidden(
                    "your identity provider does not give you the regional coordinator role"
                        .to_owned(),
                ));
            }
            let tx = db.platform_write().await?;
            let found = sign_in_coordinator(&tx, &provider.issuer, region, who).await?;
            let region = tenancy::find_region(&tx, region)
                .await?
                .ok_or_else(|| Error::internal("provider of an unknown region"))?;
            tx.commit().await?;
            if found.disabled {
                return Err(disabled_account());
            }
            Ok((
                Account::Coordinator { id: found.id },
                Principal::Coordinator(CoordinatorPrincipal {
                    region: region.id,
                    region_slug: region.slug,
                    coordinator: found.id,
                    login: found.login,
                    display_name: found.display_name,
                }),
            ))
        }
        ProviderScope::Operators => {
            if !roles.contains(&Role::Operator) {
                return Err(Error::Forbidden(
                    "your identity provider does not give you the operator role".to_owned(),
                ));
            }
            let tx = db.platform_write().await?;
            let found = sign_in_operator(&tx, &provider.issuer, who).await?;
            tx.commit().await?;
            if found.disabled {
                return Err(disabled_account());
            }
            Ok((
                Account::Operator { id: found.id },
                Principal::Operator(OperatorPrincipal {
                    operator: found.id,
                    login: found.login,
                    display_name: found.display_name,
                }),
            ))
        }
    }
}

async fn sign_in_staff(
    db: &Db,
    provider: &IdentityProvider,
    tenant_id: Uuid,
    who: &VerifiedIdentity,
    provider_roles: &[Role],
    arrival: Arrival,
    audit: AuditContext,
) -> Result<(Account, Principal)> {
    let ptx = db.platform().await?;
    let tenant = tenancy::find_tenant(&ptx, tenant_id)
        .await?
        .ok_or_else(|| Error::internal("provider of an unknown municipality"))?;
    ptx.commit().await?;
    if !tenant.active {
        return Err(tenant_disabled(tenant.slug.as_str()));
    }
    let audit = match arrival {
        Arrival::Browser => audit,
        Arrival::Bearer { .. } => AuditContext::unaudited("bearer sign-in"),
    };
    let tx = db.tenant(tenant.id, audit).await?;
    let provider_roles_set = stored_roles(&provider_roles.iter().copied().collect());
    let existing = tx
        .select::<user::Entity>()
        .filter(user::Column::OidcIssuer.eq(provider.issuer.as_str()))
        .filter(user::Column::OidcSubject.eq(who.subject.as_str()))
        .one(&*tx.conn().await?)
        .await?;
    let row = match existing {
        Some(row) => {
            if row.disabled {
                return Err(disabled_account());
            }
            if let (Arrival::Bearer { issued_at }, Some(not_before)) =
                (arrival, row.sessions_not_before)
            {
                if issued_at.is_none_or(|iat| iat < not_before) {
                    return Err(Error::Unauthenticated(
                        "this token was issued before the account's sign-ins were revoked; sign in again".to_owned(),
                    ));
                }
            }
            // Roles follow the newest token: an older one, still valid, cannot restore a role
            // that a later sign-in removed. It acts with the stored roles instead.
            let newest = match (who.issued_at, row.provider_roles_issued_at) {
                (_, None) => true,
                (Some(iat), Some(stored)) => iat >= stored,
                (None, Some(_)) => false,
            };
            let usable_email = who.usable_email().map(str::to_owned);
            let changed = (newest
                && (row.provider_roles != provider_roles_set
                    || who.issued_at != row.provider_roles_issued_at))
                || (arrival == Arrival::Browser
                    && (row.email != usable_email
                        || who.name.as_ref().is_some_and(|n| *n != row.display_name)));
            if changed || arrival == Arrival::Browser {
                let mut update = tx
                    .update_many::<user::Entity>()
                    .col_expr(user::Column::UpdatedAt, Expr::value(Utc::now()));
                if newest {
                    update = update
                        .col_expr(user::Column::ProviderRoles, Expr::value(provider_roles_set))
                        .col_expr(
                            user::Column::ProviderRolesIssuedAt,
                            Expr::value(who.issued_at),
                        );
                }
                if arrival == Arrival::Browser {
                    update = update
                        .col_expr(user::Column::LastSignInAt, Expr::value(Some(Utc::now())))
                        .col_expr(user::Column::Email, Expr::value(usable_email));
                    if let Some(name) = who.name.as_ref().filter(|n| n.chars().count() <= 200) {
                        update =
                            update.col_expr(user::Column::DisplayName, Expr::value(name.clone()));
                    }
                }
                update
                    .filter(user::Column::Id.eq(row.id))
                    .exec(&*tx.conn().await?)
                    .await?;
            }
            row.id
        }
        None => provision_user(&tx, provider, who, &provider_roles_set, arrival).await?,
    };
    let user = crate::find_user(&tx, row)
        .await?
        .ok_or_else(|| Error::internal("signed-in user vanished"))?;
    tx.commit().await?;
    let roles = user.roles();
    Ok((
        Account::Staff {
            tenant: tenant.id,
            user: user.id,
        },
        Principal::Staff(StaffPrincipal {
            tenant: tenant.id,
            tenant_slug: tenant.slug,
            region: tenant.region_id,
            user: user.id,
            login: user.login.as_str().to_owned(),
            display_name: user.display_name,
            roles,
        }),
    ))
}

/// Links an existing account that has no provider subject yet and the same e-mail address
/// (created by an administrator before single sign-on) when the provider vouches for the
/// address, or creates an account. An unvouched address of such an account is refused: nothing
/// is provisioned that would stand in for the account.
async fn provision_user(
    tx: &TenantTx,
    provider: &IdentityProvider,
    who: &VerifiedIdentity,
    provider_roles: &StoredSet<Role>,
    arrival: Arrival,
) -> Result<Uuid> {
    let conn = tx.conn().await?;
    let now = Utc::now();
    let last_sign_in = (arrival == Arrival::Browser).then_some(now);
    if let Some(email) = &who.email {
        // `who.email` is lower-cased; addresses typed by administrators may not be.
        let unlinked = tx
            .select::<user::Entity>()
            .filter(Expr::expr(Func::lower(Expr::col(user::Column::Email))).eq(email.as_str()))
            .filter(user::Column::OidcSubject.is_null())
            .limit(2)
            .all(&*conn)
            .await?;
        match unlinked.as_slice() {
            [] => {}
            [row] => {
                if !provider.links_by_email(who.email_verified) {
                    tracing::info!(
                        email_verified = ?who.email_verified,
                        "sign-in refused: an unverified e-mail address of a pre-created account"
                    );
                    return Err(unverified_email());
                }
                if row.disabled {
                    return Err(disabled_account());
                }
                let linked = tx
                    .update_many::<user::Entity>()
                    .col_expr(
                        user::Column::OidcSubject,
                        Expr::value(Some(who.subject.clone())),
                    )
                    .col_expr(
                        user::Column::OidcIssuer,
                        Expr::value(Some(provider.issuer.clone())),
                    )
                    .col_expr(
                        user::Column::ProviderRoles,
                        Expr::value(provider_roles.clone()),
                    )
                    .col_expr(
                        user::Column::ProviderRolesIssuedAt,
                        Expr::value(who.issued_at),
                    )
                    .col_expr(user::Column::LastSignInAt, Expr::value(last_sign_in))
                    .col_expr(user::Column::UpdatedAt, Expr::value(now))
                    .filter(user::Column::Id.eq(row.id))
                    // Linked once: a concurrent sign-in that linked it first wins.
                    .filter(user::Column::OidcSubject.is_null())
                    .exec(&*conn)
                    .await?;
                if linked.rows_affected == 0 {
                    return Err(Error::Conflict(RACE.to_owned()));
                }
                tx.touch(crate::domain::user_gid(row.id));
                return Ok(row.id);
            }
            _ => return Err(ambiguous_email()),
        }
    }
    let mut login = proposed_login(who);
    let taken = tx
        .select::<user::Entity>()
        .filter(user::Column::Login.eq(login.as_str()))
        .one(&*conn)
        .await?
        .is_some();
    if taken {
        login = subject_login(&who.subject);
    }
    let id = Uuid::now_v7();
    user::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(id),
        login: Set(login.as_str().to_owned()),
        display_name: Set(display_name(who, &login)),
        email: Set(who.usable_email().map(str::to_owned)),
        roles: Set(StoredSet::default()),
        disabled: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
        oidc_subject: Set(Some(who.subject.clone())),
        provider_roles: Set(provider_roles.clone()),
        last_sign_in_at: Set(last_sign_in),
        sessions_not_before: Set(None),
        oidc_issuer: Set(Some(provider.issuer.clone())),
        provider_roles_issued_at: Set(who.issued_at),
        form_of_address: Set(None),
    }
    .insert(&*conn)
    .await
    .map_err(|e| match e.sql_err() {
        // The same person's first two requests at once: the caller looks again.
        Some(SqlErr::UniqueConstraintViolation(_)) => Error::Conflict(RACE.to_owned()),
        _ => e.into(),
    })?;
    tx.touch(crate::domain::user_gid(id));
    Ok(id)
}

async fn sign_in_coordinator(
    tx: &PlatformTx,
    issuer: &str,
    region: Uuid,
    who: &VerifiedIdentity,
) -> Result<coordinator::Model> {
    let found = coordinator::Entity::find()
        .filter(coordinator::Column::RegionId.eq(region))
        .filter(coordinator::Column::OidcIssuer.eq(issuer))
        .filter(coordinator::Column::OidcSubject.eq(who.subject.as_str()))
        .one(tx.conn())
        .await?;
    if let Some(found) = found {
        return Ok(found);
    }
    let mut login = proposed_login(who);
    let taken = coordinator::Entity::find()
        .filter(coordinator::Column::RegionId.eq(region))
        .filter(coordinator::Column::Login.eq(login.as_str()))
        .one(tx.conn())
        .await?
        .is_some();
    if taken {
        login = subject_login(&who.subject);
    }
    Ok(coordinator::ActiveModel {
        id: Set(Uuid::now_v7()),
        region_id: Set(region),
        display_name: Set(display_name(who, &login)),
        login: Set(login.0),
        disabled: Set(false),
        created_at: Set(Utc::now()),
        oidc_subject: Set(Some(who.subject.clone())),
        oidc_issuer: Set(Some(issuer.to_owned())),
    }
    .insert(tx.conn())
    .await?)
}

async fn sign_in_operator(
    tx: &PlatformTx,
    issuer: &str,
    who: &VerifiedIdentity,
) -> Result<operator::Model> {
    let found = operator::Entity::find()
        .filter(operator::Column::OidcIssuer.eq(issuer))
        .filter(operator::Column::OidcSubject.eq(who.subject.as_str()))
        .one(tx.conn())
        .await?;
    if let Some(found) = found {
        return Ok(found);
    }
    let mut login = proposed_login(who);
    let taken = operator::Entity::find()
        .filter(operator::Column::Login.eq(login.as_str()))
        .one(tx.conn())
        .await?
        .is_some();
    if taken {
        login = subject_login(&who.subject);
    }
    Ok(operator::ActiveModel {
        id: Set(Uuid::now_v7()),
        display_name: Set(display_name(who, &login)),
        login: Set(login.0),
        disabled: Set(false),
        created_at: Set(Utc::now()),
        oidc_subject: Set(Some(who.subject.clone())),
        oidc_issuer: Set(Some(issuer.to_owned())),
    }
    .insert(tx.conn())
    .await?)
}

/// The principal of a session's account, looked up afresh: a disabled municipality or person,
/// or sign-ins revoked after `signed_in_at`, end the session at once.
pub async fn resolve_account(
    db: &Db,
    account: &Account,
    signed_in_at: DateTime<Utc>,
) -> Result<Principal> {
    let (principal, not_before) = account_principal(db, account).await?;
    still_signed_in(not_before, signed_in_at)?;
    Ok(principal)
}

/// Refuses a session begun before the account's sign-ins were revoked (`not_before`).
pub(crate) fn still_signed_in(
    not_before: Option<DateTime<Utc>>,
    signed_in_at: DateTime<Utc>,
) -> Result<()> {
    match not_before {
        Some(t) if t > signed_in_at => Err(ended()),
        _ => Ok(()),
    }
}

/// The principal of an account with the time before which its sessions are revoked; an account
/// that is gone or disabled, or whose municipality is, is refused.
pub(crate) async fn account_principal(
    db: &Db,
    account: &Account,
) -> Result<(Principal, Option<DateTime<Utc>>)> {
    let ptx = db.platform().await?;
    match account {
        Account::Staff { tenant, user } => {
            let tenant = tenancy::find_tenant(&ptx, *tenant)
                .await?
                .ok_or_else(ended)?;
            ptx.commit().await?;
            if !tenant.active {
                return Err(tenant_disabled(tenant.slug.as_str()));
            }
            let tx = db
                .tenant(tenant.id, AuditContext::unaudited("session"))
                .await?;
            let row = tx
                .select_by_id::<user::Entity>(*user)
                .one(&*tx.conn().await?)
                .await?;
            tx.commit().await?;
            let row = row.ok_or_else(ended)?;
            if row.disabled {
                return Err(ended());
            }
            let not_before = row.sessions_not_before;
            let found = crate::usecases::user_from(row)?;
            let roles = found.roles();
            Ok((
                Principal::Staff(StaffPrincipal {
                    tenant: tenant.id,
                    tenant_slug: tenant.slug,
                    region: tenant.region_id,
                    user: found.id,
                    login: found.login.as_str().to_owned(),
                    display_name: found.display_name,
                    roles,
                }),
                not_before,
            ))
        }
        Account::Coordinator { id } => {
            let found = crate::find_coordinator(&ptx, *id)
                .await?
                .ok_or_else(ended)?;
            let region = tenancy::find_region(&ptx, found.region_id)
                .await?
                .ok_or_else(ended)?;
            ptx.commit().await?;
            if found.disabled {
                return Err(ended());
            }
            Ok((
                Principal::Coordinator(CoordinatorPrincipal {
                    region: region.id,
                    region_slug: region.slug,
                    coordinator: found.id,
                    login: found.login,
                    display_name: found.display_name,
                }),
                None,
            ))
        }
        Account::Operator { id } => {
            let found = crate::find_operator(&ptx, *id).await?.ok_or_else(ended)?;
            ptx.commit().await?;
            if found.disabled {
                return Err(ended());
            }
            Ok((
                Principal::Operator(OperatorPrincipal {
                    operator: found.id,
                    login: found.login,
                    display_name: found.display_name,
                }),
                None,
            ))
        }
    }
}

fn ended() -> Error {
    Error::Unauthenticated("the session has ended; sign in again".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn who(username: Option<&str>, email: Option<&str>) -> VerifiedIdentity {
        VerifiedIdentity {
            subject: "248289761001".to_owned(),
            email: email.map(str::to_owned),
            email_verified: None,
            name: None,
            preferred_username: username.map(str::to_owned),
            claim_values: Vec::new(),
            issued_at: None,
            expires_at: Utc::now(),
        }
    }

    #[test]
    fn logins_come_from_username_then_email_then_subject() {
        assert_eq!(
            proposed_login(&who(Some("Anna.Nowak"), None)).as_str(),
            "anna.nowak"
        );
        assert_eq!(
            proposed_login(&who(Some("Anna Nowak"), Some("anna@zory.pl"))).as_str(),
            "anna@zory.pl"
        );
        let derived = proposed_login(&who(None, None));
        assert!(derived.as_str().starts_with("sso-") && derived.as_str().len() == 16);
        assert!(Login::parse(derived.as_str()).is_ok());
    }
}
