//! GraphQL surface of the identity service.

use async_graphql::connection::{Connection, Edge, EmptyFields};
use async_graphql::{Context, Object, SimpleObject, ID};
use kernel::request::ContextExt;
use kernel::{Error, GlobalId, NodeType, Principal, Role};
use uuid::Uuid;

pub fn user_gid(id: Uuid) -> String {
    GlobalId::new(NodeType::User, id).encode()
}

/// Pracownik — a member of a municipality's staff who signs in to Ostoja.
#[derive(SimpleObject, Clone)]
#[graphql(name = "User")]
pub struct UserObject {
    #[graphql(owned)]
    pub id: ID,
    pub login: String,
    pub display_name: String,
    pub email: Option<String>,
    pub roles: Vec<Role>,
    pub disabled: bool,
    pub version: i32,
}

impl From<crate::User> for UserObject {
    fn from(u: crate::User) -> Self {
        UserObject {
            id: ID(user_gid(u.id)),
            login: u.login.as_str().to_owned(),
            display_name: u.display_name,
            email: u.email,
            roles: u.roles.into_iter().collect(),
            disabled: u.disabled,
            version: u.version,
        }
    }
}

/// Koordynator regionalny — sees anonymized statistics of one region.
#[derive(SimpleObject, Clone)]
#[graphql(name = "Coordinator")]
pub struct CoordinatorObject {
    #[graphql(owned)]
    pub id: ID,
    pub login: String,
    pub display_name: String,
}

impl From<crate::Coordinator> for CoordinatorObject {
    fn from(c: crate::Coordinator) -> Self {
        CoordinatorObject {
            id: GlobalId::new(NodeType::Coordinator, c.id).into(),
            login: c.login,
            display_name: c.display_name,
        }
    }
}

/// Operator platformy — deploys Ostoja and manages regions and municipalities.
#[derive(SimpleObject, Clone)]
#[graphql(name = "Operator")]
pub struct OperatorObject {
    #[graphql(owned)]
    pub id: ID,
    pub login: String,
    pub display_name: String,
}

impl From<crate::OperatorAccount> for OperatorObject {
    fn from(o: crate::OperatorAccount) -> Self {
        OperatorObject {
            id: GlobalId::new(NodeType::Operator, o.id).into(),
            login: o.login,
            display_name: o.display_name,
        }
    }
}

pub const MAX_PAGE: usize = 100;

#[derive(Default)]
pub struct IdentityQuery;

#[Object]
impl IdentityQuery {
    /// The municipality's staff in the order they were added. Tenant administrators only.
    #[graphql(complexity = "(first.clamp(1, 100) as usize) * child_complexity")]
    async fn users(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "page size, at most 100", default = 20)] first: i32,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, UserObject, EmptyFields, EmptyFields>> {
        let req = ctx.request()?;
        req.principal.require_tenant_admin()?;
        let first = usize::try_from(first)
            .ok()
            .filter(|n| (1..=MAX_PAGE).contains(n))
            .ok_or_else(|| Error::BadUserInput(format!("first must be 1 to {MAX_PAGE}")))?;
        let after = after
            .map(|c| GlobalId::decode_as(&c, NodeType::User))
            .transpose()?;
        let tx = req.tenant_tx().await?;
        let mut users = crate::list_users(tx, after, first as u64 + 1).await?;
        let has_next = users.len() > first;
        users.truncate(first);
        let mut connection = Connection::new(after.is_some(), has_next);
        connection.edges.extend(
            users
                .into_iter()
                .map(|u| Edge::new(user_gid(u.id), UserObject::from(u))),
        );
        Ok(connection)
    }
}

/// Users of the viewer's own municipality among `ids`, for `node`/`nodes`.
pub async fn load_users(ctx: &Context<'_>, ids: &[Uuid]) -> kernel::Result<Vec<UserObject>> {
    let req = ctx.request()?;
    if req.principal.staff().is_none() {
        return Ok(Vec::new());
    }
    let tx = req.tenant_tx().await?;
    Ok(crate::find_users(tx, ids)
        .await?
        .into_iter()
        .map(UserObject::from)
        .collect())
}

/// A coordinator is visible to themself and to operators.
pub async fn load_coordinators(
    ctx: &Context<'_>,
    ids: &[Uuid],
) -> kernel::Result<Vec<CoordinatorObject>> {
    let req = ctx.request()?;
    let visible = |id: &Uuid| match &req.principal {
        Principal::Operator(_) => true,
        Principal::Coordinator(c) => c.coordinator == *id,
        _ => false,
    };
    let wanted: Vec<Uuid> = ids.iter().copied().filter(visible).collect();
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    let tx = req.db().platform().await?;
    let mut found = Vec::new();
    for id in wanted {
        if let Some(c) = crate::find_coordinator(&tx, id).await? {
            found.push(c.into());
        }
    }
    tx.commit().await?;
    Ok(found)
}

/// An operator is visible to operators.
pub async fn load_operators(
    ctx: &Context<'_>,
    ids: &[Uuid],
) -> kernel::Result<Vec<OperatorObject>> {
    let req = ctx.request()?;
    if req.principal.operator().is_none() {
        return Ok(Vec::new());
    }
    let tx = req.db().platform().await?;
    let mut found = Vec::new();
    for id in ids {
        if let Some(o) = crate::find_operator(&tx, *id).await? {
            found.push(o.into());
        }
    }
    tx.commit().await?;
    Ok(found)
}
