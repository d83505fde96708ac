//! GraphQL surface of the identity service.

use async_graphql::connection::{Connection, EmptyFields};
use async_graphql::{Context, Enum, InputObject, Object, SimpleObject, ID};
use chrono::{DateTime, Utc};
use kernel::crypto::MasterKey;
use kernel::input::{Errors, Payload};
use kernel::page::Page;
use kernel::request::ContextExt;
use kernel::{Error, GlobalId, NodeType, Principal, Role};
use uuid::Uuid;

use crate::oidc::Oidc;
use crate::provider::{IdentityProvider, ProviderChange, ProviderInput, ProviderScope};
use crate::usecases::UserChange;

pub use crate::domain::user_gid;
use crate::domain::FormOfAddress;

/// Input of `setMyFormOfAddress`.
#[derive(InputObject)]
pub struct SetMyFormOfAddressInput {
    /// Pani or Pan; null takes it back.
    pub form_of_address: Option<FormOfAddress>,
    /// The version of the viewer's own record; CONFLICT if it changed since.
    pub version: i32,
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
    /// Everything the user may do: granted roles and roles from the identity provider.
    pub roles: Vec<Role>,
    /// Roles granted in Ostoja by a tenant administrator.
    pub granted_roles: Vec<Role>,
    /// Roles mapped from the identity provider's claim at the last sign-in.
    pub provider_roles: Vec<Role>,
    pub disabled: bool,
    /// Whether the user signs in through the municipality's identity provider.
    pub signs_in_with_provider: bool,
    pub last_sign_in_at: Option<DateTime<Utc>>,
    /// How the person asked to be addressed (their role is named in that grammatical
    /// gender); null until they say.
    pub form_of_address: Option<FormOfAddress>,
    pub version: i32,
}

impl From<crate::User> for UserObject {
    fn from(u: crate::User) -> Self {
        UserObject {
            id: ID(user_gid(u.id)),
            login: u.login.as_str().to_owned(),
            roles: u.roles().into_iter().collect(),
            granted_roles: u.granted_roles.into_iter().collect(),
            provider_roles: u.provider_roles.into_iter().collect(),
            display_name: u.display_name,
            email: u.email,
            disabled: u.disabled,
            signs_in_with_provider: u.signs_in_with_provider,
            last_sign_in_at: u.last_sign_in_at,
            form_of_address: u.form_of_address,
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

#[derive(Default)]
pub struct IdentityQuery;

#[Object]
impl IdentityQuery {
    /// The municipality's staff in the order they were added. Tenant administrators only.
    /// The identity provider the viewer's municipality signs in with, without its client
    /// secret. Tenant administrators only.
    async fn identity_provider(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<IdentityProviderObject>> {
        let req = ctx.request()?;
        let admin = req.principal.require_tenant_admin()?;
        let tx = req.db().platform().await?;
        let found =
            crate::provider::find_provider_for_scope(&tx, ProviderScope::Tenant(admin.tenant()))
                .await?;
        tx.commit().await?;
        Ok(found.map(IdentityProviderObject))
    }

    /// Every identity provider of the platform, without client secrets. Operators only.
    async fn identity_providers(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<IdentityProviderObject>> {
        let req = ctx.request()?;
        req.principal.require_operator()?;
        let tx = req.db().platform().await?;
        let all = crate::provider::list_providers(&tx).await?;
        tx.commit().await?;
        Ok(all.into_iter().map(IdentityProviderObject).collect())
    }

    #[graphql(complexity = "(first.clamp(1, 100) as usize) * child_complexity")]
    async fn users(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "page size, at most 100", default = 20)] first: i32,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, UserObject, EmptyFields, EmptyFields>> {
        let req = ctx.request()?;
        req.principal.require_tenant_admin()?;
        let page = Page::parse(first, after.as_deref(), NodeType::User)?;
        let tx = req.tenant_tx().await?;
        let users = crate::list_users(tx, page.after(), page.fetch()).await?;
        Ok(page.connection(users, |u| u.id, UserObject::from))
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

/// Whose staff signs in through an identity provider.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum IdentityProviderScope {
    Municipality,
    Region,
    Operators,
}

/// A claim value (e.g. a group) and the Ostoja role it gives.
#[derive(SimpleObject, InputObject, Clone)]
#[graphql(input_name = "RoleMappingInput")]
pub struct RoleMapping {
    pub value: String,
    pub role: Role,
}

pub struct IdentityProviderObject(pub IdentityProvider);

/// Dostawca tożsamości — the OpenID Connect provider a municipality, a region's coordinators
/// or the operators sign in with. The client secret is never shown.
#[Object(name = "IdentityProvider")]
impl IdentityProviderObject {
    async fn scope(&self) -> IdentityProviderScope {
        match self.0.scope {
            ProviderScope::Tenant(_) => IdentityProviderScope::Municipality,
            ProviderScope::Region(_) => IdentityProviderScope::Region,
            ProviderScope::Operators => IdentityProviderScope::Operators,
        }
    }

    /// The municipality, when the scope is MUNICIPALITY.
    async fn municipality_id(&self) -> Option<ID> {
        match self.0.scope {
            ProviderScope::Tenant(id) => Some(GlobalId::new(NodeType::Municipality, id).into()),
            _ => None,
        }
    }

    /// The region, when the scope is REGION.
    async fn region_id(&self) -> Option<ID> {
        match self.0.scope {
            ProviderScope::Region(id) => Some(GlobalId::new(NodeType::Region, id).into()),
            _ => None,
        }
    }

    async fn issuer(&self) -> &str {
        &self.0.issuer
    }

    async fn client_id(&self) -> &str {
        &self.0.client_id
    }

    async fn scopes(&self) -> &[String] {
        &self.0.scopes
    }

    /// The claim whose values map to roles, e.g. `groups`.
    async fn roles_claim(&self) -> &str {
        &self.0.roles_claim
    }

    async fn role_mapping(&self) -> Vec<RoleMapping> {
        self.0
            .role_mapping
            .iter()
            .map(|(value, role)| RoleMapping {
                value: value.clone(),
                role: *role,
            })
            .collect()
    }

    /// Only addresses in these domains may sign in; empty means any.
    async fn allowed_email_domains(&self) -> &[String] {
        &self.0.allowed_domains
    }

    /// The `aud` bearer access tokens must carry.
    async fn audience(&self) -> &str {
        &self.0.audience
    }

    /// Whether a pre-created account is linked by an e-mail address the provider does not
    /// mark as verified (`email_verified`).
    async fn trust_unverified_email(&self) -> bool {
        self.0.trust_unverified_email
    }

    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }

    async fn version(&self) -> i32 {
        self.0.version
    }
}

/// Input of `setIdentityProvider`: the OpenID Connect provider of a municipality, a region
/// or the operators, created or replaced.
#[derive(InputObject)]
pub struct SetIdentityProviderInput {
    /// Exactly one of `municipalityId`, `regionId` and `operators`.
    pub municipality_id: Option<ID>,
    pub region_id: Option<ID>,
    pub operators: Option<bool>,
    /// The provider's issuer, exactly as in its tokens' `iss`.
    pub issuer: String,
    pub client_id: String,
    /// Required for a new provider; omitted, an update keeps the stored secret.
    pub client_secret: Option<String>,
    /// Default: openid email profile.
    pub scopes: Option<Vec<String>>,
    /// Default: groups.
    pub roles_claim: Option<String>,
    #[graphql(default)]
    pub role_mapping: Vec<RoleMapping>,
    #[graphql(default)]
    pub allowed_email_domains: Vec<String>,
    /// Default: the client id.
    pub audience: Option<String>,
    /// Link a pre-created account (no provider subject yet) by an e-mail address that the
    /// provider does not mark `email_verified: true`, for providers that send no such claim
    /// (Entra ID). Anyone able to set that address at the provider then takes the account, so
    /// turn it on only for a provider that controls its addresses. An address marked
    /// `email_verified: false` never links. Default: false (an update sets it afresh).
    #[graphql(default)]
    pub trust_unverified_email: bool,
    /// The version being replaced; CONFLICT if the provider changed since.
    pub version: Option<i32>,
}

kernel::payload! {
    /// Result of `setIdentityProvider`: the provider as stored, or the reasons it was refused.
    IdentityProviderPayload { identity_provider: IdentityProviderObject }
}

/// Input of `grantRole` and `revokeRole`: the user, the role and the user's version.
#[derive(InputObject)]
pub struct UserRoleInput {
    pub id: ID,
    pub role: Role,
    pub version: i32,
}

/// Input of `disableUser` and `enableUser`: the user and the user's version.
#[derive(InputObject)]
pub struct UserVersionInput {
    pub id: ID,
    pub version: i32,
}

kernel::payload! {
    /// Result of the user mutations: the user as it now is, or the reasons the change was refused.
    UserPayload { user: UserObject }
}

#[derive(Default)]
pub struct IdentityMutation;

async fn change_user(
    ctx: &Context<'_>,
    id: &ID,
    version: i32,
    change: UserChange,
) -> async_graphql::Result<UserPayload> {
    let req = ctx.request()?;
    let admin = req.principal.require_tenant_admin()?;
    let id = GlobalId::decode_as(id, NodeType::User)?;
    let tx = req.tenant_tx().await?;
    let changed = crate::change_user(tx, &admin, id, version, change).await?;
    if changed.is_ok() {
        // Roles and accounts decide what live subscriptions may show: they re-check at once.
        kernel::live::announce_after_commit(req.pubsub(), tx);
    }
    Ok(UserPayload::answer(changed))
}

#[Object]
impl IdentityMutation {
    /// Sets the identity provider of a municipality, of a region's coordinators or of the
    /// operators. The issuer's discovery document is fetched and checked first. Operators only.
    async fn set_identity_provider(
        &self,
        ctx: &Context<'_>,
        input: SetIdentityProviderInput,
    ) -> async_graphql::Result<IdentityProviderPayload> {
        let req = ctx.request()?;
        let operator = req.principal.require_operator()?;
        let fail = |field: &str, code: &str, message: &str| {
            let mut errors = Errors::input();
            errors.add(field, code, message);
            IdentityProviderPayload::refused(errors.into_vec())
        };
        let scope = match (
            &input.municipality_id,
            &input.region_id,
            input.operators.unwrap_or(false),
        ) {
            (Some(m), None, false) => {
                let id = GlobalId::decode_as(m, NodeType::Municipality)?;
                let tx = req.db().platform().await?;
                // An offboarded municipality's row is a tombstone: no one signs in there.
                let exists = tenancy::find_tenant(&tx, id)
                    .await?
                    .is_some_and(|t| t.offboarded_at.is_none());
                tx.commit().await?;
                if !exists {
                    return Ok(fail("municipalityId", "NOT_FOUND", "no such municipality"));
                }
                ProviderScope::Tenant(id)
            }
            (None, Some(r), false) => {
                let id = GlobalId::decode_as(r, NodeType::Region)?;
                let tx = req.db().platform().await?;
                let exists = tenancy::find_region(&tx, id).await?.is_some();
                tx.commit().await?;
                if !exists {
                    return Ok(fail("regionId", "NOT_FOUND", "no such region"));
                }
                ProviderScope::Region(id)
            }
            (None, None, true) => ProviderScope::Operators,
            _ => {
                return Ok(fail(
                    "municipalityId",
                    "INVALID",
                    "give exactly one of municipalityId, regionId or operators: true",
                ))
            }
        };
        let oidc = ctx
            .data::<std::sync::Arc<Oidc>>()
            .map_err(|_| Error::internal("OpenID Connect client missing"))?;
        let key = ctx
            .data::<MasterKey>()
            .map_err(|_| Error::internal("master key missing"))?;
        let change = ProviderChange {
            scope,
            input: ProviderInput {
                issuer: input.issuer,
                client_id: input.client_id,
                client_secret: input.client_secret,
                scopes: input.scopes,
                roles_claim: input.roles_claim,
                role_mapping: input
                    .role_mapping
                    .into_iter()
                    .map(|m| (m.value, m.role))
                    .collect(),
                allowed_domains: input.allowed_email_domains,
                audience: input.audience,
                trust_unverified_email: input.trust_unverified_email,
            },
            expected_version: input.version,
        };
        let saved =
            crate::setup::configure(req.db(), oidc, key, &operator, change, &req.audit_context())
                .await?;
        Ok(IdentityProviderPayload::answer(
            saved.map(IdentityProviderObject),
        ))
    }

    /// Forma zwracania się — the signed-in staff member says how they are addressed, so that
    /// their role is named in the right grammatical gender. Only for oneself; audited.
    async fn set_my_form_of_address(
        &self,
        ctx: &Context<'_>,
        input: SetMyFormOfAddressInput,
    ) -> async_graphql::Result<UserPayload> {
        let req = ctx.request()?;
        let staff = req.principal.require_staff()?;
        let tx = req.tenant_tx().await?;
        let user =
            crate::set_own_form_of_address(tx, staff, input.version, input.form_of_address).await?;
        Ok(UserPayload::answer(Ok(user)))
    }

    /// Grants a staff role in Ostoja. Tenant administrators only; audited.
    async fn grant_role(
        &self,
        ctx: &Context<'_>,
        input: UserRoleInput,
    ) -> async_graphql::Result<UserPayload> {
        change_user(ctx, &input.id, input.version, UserChange::Grant(input.role)).await
    }

    /// Revokes a role granted in Ostoja (roles from the identity provider are changed there).
    /// Tenant administrators only; audited.
    async fn revoke_role(
        &self,
        ctx: &Context<'_>,
        input: UserRoleInput,
    ) -> async_graphql::Result<UserPayload> {
        change_user(
            ctx,
            &input.id,
            input.version,
            UserChange::Revoke(input.role),
        )
        .await
    }

    /// Disables a user: every session and token of theirs stops working at once.
    /// Tenant administrators only; audited.
    async fn disable_user(
        &self,
        ctx: &Context<'_>,
        input: UserVersionInput,
    ) -> async_graphql::Result<UserPayload> {
        change_user(ctx, &input.id, input.version, UserChange::Disable).await
    }

    /// Enables a disabled user; they sign in again. Tenant administrators only; audited.
    async fn enable_user(
        &self,
        ctx: &Context<'_>,
        input: UserVersionInput,
    ) -> async_graphql::Result<UserPayload> {
        change_user(ctx, &input.id, input.version, UserChange::Enable).await
    }
}

/// Users of the request's municipality by id, batched per request.
pub struct UserLoader(pub std::sync::Weak<kernel::request::RequestContext>);

impl async_graphql::dataloader::Loader<Uuid> for UserLoader {
    type Value = crate::User;
    type Error = async_graphql::Error;

    async fn load(
        &self,
        keys: &[Uuid],
    ) -> Result<std::collections::HashMap<Uuid, crate::User>, async_graphql::Error> {
        let req = kernel::request::upgrade(&self.0)?;
        let tx = req.tenant_tx().await?;
        Ok(crate::find_users(tx, keys)
            .await?
            .into_iter()
            .map(|u| (u.id, u))
            .collect())
    }
}

/// The display name of a user of the viewer's municipality, for objects that name their people
/// (team members, responsible persons) without exposing the user record.
/// The display names of users of the viewer's municipality, in one read (those not found are
/// left out).
pub async fn display_names(
    ctx: &Context<'_>,
    users: &[Uuid],
) -> async_graphql::Result<std::collections::HashMap<Uuid, String>> {
    let req = ctx.request()?;
    let loader = req.loader(UserLoader)?;
    Ok(loader
        .load_many(users.iter().copied())
        .await?
        .into_iter()
        .map(|(id, u)| (id, u.display_name))
        .collect())
}

pub async fn display_name(ctx: &Context<'_>, user: Uuid) -> async_graphql::Result<Option<String>> {
    let req = ctx.request()?;
    let loader = req.loader(UserLoader)?;
    Ok(loader.load_one(user).await?.map(|u| u.display_name))
}

/// How a user of the viewer's municipality asked to be addressed, for objects that name their
/// role (a team's chair).
pub async fn form_of_address(
    ctx: &Context<'_>,
    user: Uuid,
) -> async_graphql::Result<Option<FormOfAddress>> {
    let req = ctx.request()?;
    let loader = req.loader(UserLoader)?;
    Ok(loader.load_one(user).await?.and_then(|u| u.form_of_address))
}
