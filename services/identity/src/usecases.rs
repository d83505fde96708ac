//! What the identity service does.

use std::collections::BTreeSet;

use chrono::Utc;
use kernel::principal::{
    CoordinatorPrincipal, Operator, OperatorPrincipal, StaffPrincipal, TenantAdmin,
};
use kernel::slug::Slug;
use kernel::store::StoredSet;
use kernel::{Db, Error, PlatformTx, Principal, Result, Role, TenantTx, UserError};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

use crate::domain::{roles_from, stored_roles, Login, NewUser, User};
use crate::store::{coordinator, operator, user};

pub(crate) fn user_from(m: user::Model) -> Result<User> {
    Ok(User {
        id: m.id,
        tenant_id: m.tenant_id,
        login: Login::parse(&m.login).map_err(|_| Error::corrupt("login"))?,
        granted_roles: roles_from(m.roles),
        provider_roles: roles_from(m.provider_roles),
        display_name: m.display_name,
        email: m.email,
        disabled: m.disabled,
        signs_in_with_provider: m.oidc_subject.is_some(),
        last_sign_in_at: m.last_sign_in_at,
        form_of_address: m.form_of_address,
        version: m.version,
    })
}

/// Creates a staff member of the transaction's tenant. Issued by the command line and the demo
/// today; tenant administrators manage users once single sign-on provisions them.
pub async fn create_user(
    tx: &TenantTx,
    _by: &Operator,
    new: NewUser,
) -> Result<Result<User, Vec<UserError>>> {
    let now = Utc::now();
    let row = user::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(Uuid::now_v7()),
        login: Set(new.login.as_str().to_owned()),
        display_name: Set(new.display_name),
        email: Set(new.email),
        roles: Set(stored_roles(&new.roles)),
        disabled: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
        oidc_subject: Set(None),
        provider_roles: Set(StoredSet::default()),
        last_sign_in_at: Set(None),
        sessions_not_before: Set(None),
        oidc_issuer: Set(None),
        provider_roles_issued_at: Set(None),
        form_of_address: Set(new.form_of_address),
    };
    let inserted = {
        let conn = tx.conn().await?;
        kernel::unique::insert_or_taken(
            &conn,
            row,
            &["input", "login"],
            "a user with this login exists in the municipality",
        )
        .await?
    };
    match inserted {
        Ok(m) => {
            tx.touch(crate::domain::user_gid(m.id));
            Ok(Ok(user_from(m)?))
        }
        Err(taken) => Ok(Err(vec![taken])),
    }
}

pub async fn find_user(tx: &TenantTx, id: Uuid) -> Result<Option<User>> {
    Ok(find_users(tx, &[id]).await?.pop())
}

/// The users of the transaction's tenant among `ids`, in one query.
pub async fn find_users(tx: &TenantTx, ids: &[Uuid]) -> Result<Vec<User>> {
    let conn = tx.conn().await?;
    let found = tx
        .select::<user::Entity>()
        .filter(user::Column::Id.is_in(ids.iter().copied()))
        .all(&*conn)
        .await?;
    drop(conn);
    let users = found
        .into_iter()
        .map(user_from)
        .collect::<Result<Vec<_>>>()?;
    for u in &users {
        tx.touch(crate::domain::user_gid(u.id));
    }
    Ok(users)
}

pub async fn find_user_by_login(tx: &TenantTx, login: &Login) -> Result<Option<User>> {
    let conn = tx.conn().await?;
    tx.select::<user::Entity>()
        .filter(user::Column::Login.eq(login.as_str()))
        .one(&*conn)
        .await?
        .map(user_from)
        .transpose()
}

/// One page of the tenant's users in creation order, after `after`; `limit` + 1 rows are read
/// so the caller knows whether another page follows.
pub async fn list_users(tx: &TenantTx, after: Option<Uuid>, limit: u64) -> Result<Vec<User>> {
    let conn = tx.conn().await?;
    let mut query = tx
        .select::<user::Entity>()
        .order_by_asc(user::Column::Id)
        .limit(limit);
    if let Some(after) = after {
        query = query.filter(user::Column::Id.gt(after));
    }
    let found = query.all(&*conn).await?;
    drop(conn);
    let users = found
        .into_iter()
        .map(user_from)
        .collect::<Result<Vec<_>>>()?;
    for u in &users {
        tx.touch(crate::domain::user_gid(u.id));
    }
    Ok(users)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coordinator {
    pub id: Uuid,
    pub region_id: Uuid,
    pub login: String,
    pub display_name: String,
    pub disabled: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperatorAccount {
    pub id: Uuid,
    pub login: String,
    pub display_name: String,
    pub disabled: bool,
}

fn coordinator_from(m: coordinator::Model) -> Coordinator {
    Coordinator {
        id: m.id,
        region_id: m.region_id,
        login: m.login,
        display_name: m.display_name,
        disabled: m.disabled,
    }
}

fn operator_from(m: operator::Model) -> OperatorAccount {
    OperatorAccount {
        id: m.id,
        login: m.login,
        display_name: m.display_name,
        disabled: m.disabled,
    }
}

/// Creates a coordinator of a region, or returns the existing one with this login.
pub async fn ensure_coordinator(
    tx: &PlatformTx,
    _by: &Operator,
    region_id: Uuid,
    login: &Login,
    display_name: &str,
) -> Result<Coordinator> {
    if let Some(found) = find_coordinator_by_login(tx, region_id, login).await? {
        return Ok(found);
    }
    let m = coordinator::ActiveModel {
        id: Set(Uuid::now_v7()),
        region_id: Set(region_id),
        login: Set(login.as_str().to_owned()),
        display_name: Set(display_name.to_owned()),
        disabled: Set(false),
        created_at: Set(Utc::now()),
        oidc_subject: Set(None),
        oidc_issuer: Set(None),
    }
    .insert(tx.conn())
    .await?;
    Ok(coordinator_from(m))
}

pub async fn find_coordinator(tx: &PlatformTx, id: Uuid) -> Result<Option<Coordinator>> {
    Ok(coordinator::Entity::find_by_id(id)
        .one(tx.conn())
        .await?
        .map(coordinator_from))
}

/// The coordinators of a region, by name.
pub async fn list_coordinators(tx: &PlatformTx, region_id: Uuid) -> Result<Vec<Coordinator>> {
    Ok(coordinator::Entity::find()
        .filter(coordinator::Column::RegionId.eq(region_id))
        .order_by_asc(coordinator::Column::DisplayName)
        .all(tx.conn())
        .await?
        .into_iter()
        .map(coordinator_from)
        .collect())
}

async fn find_coordinator_by_login(
    tx: &PlatformTx,
    region_id: Uuid,
    login: &Login,
) -> Result<Option<Coordinator>> {
    Ok(coordinator::Entity::find()
        .filter(coordinator::Column::RegionId.eq(region_id))
        .filter(coordinator::Column::Login.eq(login.as_str()))
        .one(tx.conn())
        .await?
        .map(coordinator_from))
}

/// Creates an operator, or returns the existing one with this login.
pub async fn ensure_operator(
    tx: &PlatformTx,
    _by: &Operator,
    login: &Login,
    display_name: &str,
) -> Result<OperatorAccount> {
    if let Some(found) = find_operator_by_login(tx, login).await? {
        return Ok(found);
    }
    let m = operator::ActiveModel {
        id: Set(Uuid::now_v7()),
        login: Set(login.as_str().to_owned()),
        display_name: Set(display_name.to_owned()),
        disabled: Set(false),
        created_at: Set(Utc::now()),
        oidc_subject: Set(None),
        oidc_issuer: Set(None),
    }
    .insert(tx.conn())
    .await?;
    Ok(operator_from(m))
}

/// Every operator account, by login.
pub async fn list_operators(tx: &PlatformTx) -> Result<Vec<OperatorAccount>> {
    Ok(operator::Entity::find()
        .order_by_asc(operator::Column::Login)
        .all(tx.conn())
        .await?
        .into_iter()
        .map(operator_from)
        .collect())
}

pub async fn find_operator(tx: &PlatformTx, id: Uuid) -> Result<Option<OperatorAccount>> {
    Ok(operator::Entity::find_by_id(id)
        .one(tx.conn())
        .await?
        .map(operator_from))
}

async fn find_operator_by_login(tx: &PlatformTx, login: &Login) -> Result<Option<OperatorAccount>> {
    Ok(operator::Entity::find()
        .filter(operator::Column::Login.eq(login.as_str()))
        .one(tx.conn())
        .await?
        .map(operator_from))
}

/// Who a signed-in subject is, checked on every request (`crate::principals`) so that a
/// disabled municipality or person is refused at once.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Subject {
    Staff { tenant: Slug, login: Login },
    Coordinator { region: Slug, login: Login },
    Operator { login: Login },
}

fn unknown() -> Error {
    Error::Unauthenticated("the token names nobody known to Ostoja".to_owned())
}

pub async fn resolve_principal(db: &Db, subject: &Subject) -> Result<Principal> {
    let ptx = db.platform().await?;
    match subject {
        Subject::Staff { tenant, login } => {
            let tenant = tenancy::find_tenant_by_slug(&ptx, tenant)
                .await?
                .ok_or_else(unknown)?;
            ptx.commit().await?;
            if !tenant.active {
                return Err(Error::Forbidden(format!(
                    "municipality '{}' is disabled on this platform; its data is kept. Contact the platform operator.",
                    tenant.slug
                )));
            }
            let tx = db
                .tenant(tenant.id, kernel::db::AuditContext::unaudited("sign-in"))
                .await?;
            let user = find_user_by_login(&tx, login).await?;
            tx.commit().await?;
            let user = user.ok_or_else(unknown)?;
            if user.disabled {
                return Err(Error::Forbidden("this account is disabled".to_owned()));
            }
            let roles = user.roles();
            Ok(Principal::Staff(StaffPrincipal {
                tenant: tenant.id,
                tenant_slug: tenant.slug,
                region: tenant.region_id,
                user: user.id,
                login: user.login.as_str().to_owned(),
                display_name: user.display_name,
                roles,
            }))
        }
        Subject::Coordinator { region, login } => {
            let region = tenancy::find_region_by_slug(&ptx, region)
                .await?
                .ok_or_else(unknown)?;
            let found = find_coordinator_by_login(&ptx, region.id, login)
                .await?
                .ok_or_else(unknown)?;
            ptx.commit().await?;
            if found.disabled {
                return Err(Error::Forbidden("this account is disabled".to_owned()));
            }
            Ok(Principal::Coordinator(CoordinatorPrincipal {
                region: region.id,
                region_slug: region.slug,
                coordinator: found.id,
                login: found.login,
                display_name: found.display_name,
            }))
        }
        Subject::Operator { login } => {
            let found = find_operator_by_login(&ptx, login)
                .await?
                .ok_or_else(unknown)?;
            ptx.commit().await?;
            if found.disabled {
                return Err(Error::Forbidden("this account is disabled".to_owned()));
            }
            Ok(Principal::Operator(OperatorPrincipal {
                operator: found.id,
                login: found.login,
                display_name: found.display_name,
            }))
        }
    }
}

/// Roles as a set, for callers that build principals in tests.
pub fn role_set(roles: &[kernel::Role]) -> BTreeSet<kernel::Role> {
    roles.iter().copied().collect()
}

/// A tenant administrator's change to a user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserChange {
    Grant(Role),
    Revoke(Role),
    Disable,
    Enable,
}

/// Applies `change` to a user of the administrator's municipality if it is still at
/// `expected_version` (CONFLICT otherwise). Disabling ends the user's sessions and refuses
/// tokens issued before it. The request's audit entry records the change.
pub async fn change_user(
    tx: &TenantTx,
    admin: &TenantAdmin<'_>,
    id: Uuid,
    expected_version: i32,
    change: UserChange,
) -> Result<Result<User, Vec<UserError>>> {
    if matches!(change, UserChange::Grant(_)) && id == admin.user() {
        // A role gives access (a case role opens cases); nobody vouches for themself, whatever
        // the role or version asked for.
        return Ok(Err(vec![UserError::new(
            &["input", "id"],
            "SELF",
            "you cannot grant a role to yourself; ask another administrator",
        )]));
    }
    let current = find_user(tx, id).await?.ok_or(Error::NotFound)?;
    if current.version != expected_version {
        return Err(stale_user(current.version));
    }
    let mut granted = current.granted_roles.clone();
    let now = Utc::now();
    let mut update = tx
        .update_many::<user::Entity>()
        .col_expr(user::Column::UpdatedAt, Expr::value(now))
        .col_expr(
            user::Column::Version,
            Expr::col(user::Column::Version).add(1),
        );
    match change {
        UserChange::Grant(role) | UserChange::Revoke(role) if !role.is_staff_role() => {
            return Ok(Err(vec![UserError::new(
                &["input", "role"],
                "INVALID",
                format!("{role} is not a role of municipal staff"),
            )]));
        }
        UserChange::Grant(role) => {
            granted.insert(role);
        }
        UserChange::Revoke(role) => {
            if id == admin.user() && role == Role::TenantAdmin {
                return Ok(Err(vec![UserError::new(
                    &["input", "role"],
                    "SELF",
                    "you cannot take the administrator role from yourself; ask another administrator",
                )]));
            }
            if !granted.remove(&role) && current.provider_roles.contains(&role) {
                return Ok(Err(vec![UserError::new(
                    &["input", "role"],
                    "FROM_PROVIDER",
                    "this role comes from the identity provider's groups; change it there",
                )]));
            }
        }
        UserChange::Disable => {
            if id == admin.user() {
                return Ok(Err(vec![UserError::new(
                    &["input", "id"],
                    "SELF",
                    "you cannot disable your own account",
                )]));
            }
            update = update
                .col_expr(user::Column::Disabled, Expr::value(true))
                .col_expr(user::Column::SessionsNotBefore, Expr::value(Some(now)));
        }
        UserChange::Enable => {
            update = update.col_expr(user::Column::Disabled, Expr::value(false));
        }
    }
    let result = update
        .col_expr(user::Column::Roles, Expr::value(stored_roles(&granted)))
        .filter(user::Column::Id.eq(id))
        .filter(user::Column::Version.eq(expected_version))
        .exec(&*tx.conn().await?)
        .await?;
    let updated = find_user(tx, id).await?.ok_or(Error::NotFound)?;
    if result.rows_affected == 0 {
        return Err(stale_user(updated.version));
    }
    Ok(Ok(updated))
}

/// The staff member says how they are to be addressed (or takes it back with `None`), if
/// their record is still at `expected_version` (CONFLICT otherwise). Only for oneself: nobody
/// decides another person's form of address. The request's audit entry records the change.
pub async fn set_own_form_of_address(
    tx: &TenantTx,
    staff: &kernel::principal::StaffPrincipal,
    expected_version: i32,
    form: Option<crate::domain::FormOfAddress>,
) -> Result<User> {
    let result = tx
        .update_many::<user::Entity>()
        .col_expr(user::Column::FormOfAddress, Expr::value(form))
        .col_expr(user::Column::UpdatedAt, Expr::value(Utc::now()))
        .col_expr(
            user::Column::Version,
            Expr::col(user::Column::Version).add(1),
        )
        .filter(user::Column::Id.eq(staff.user))
        .filter(user::Column::Version.eq(expected_version))
        .exec(&*tx.conn().await?)
        .await?;
    let updated = find_user(tx, staff.user).await?.ok_or(Error::NotFound)?;
    if result.rows_affected == 0 {
        return Err(stale_user(updated.version));
    }
    tx.touch(crate::domain::user_gid(updated.id));
    Ok(updated)
}

fn stale_user(current: i32) -> Error {
    Error::Conflict(format!(
        "this user was changed by someone else (now at version {current}); reload and try again"
    ))
}
