//! GraphQL surface of the tenancy service.

use async_graphql::{Context, InputObject, Object, SimpleObject, ID};
use chrono::{DateTime, Utc};
use kernel::input::{Errors, Payload};
use kernel::request::ContextExt;
use kernel::{Error, GlobalId, NodeType, Principal, UserError};
use uuid::Uuid;

use crate::domain::{AuditRetentionDays, NewRegion, NewTenant, SettingsChange};

/// Municipalities' names by ID, batched per request (`crate::municipality_names`): a list
/// naming the other municipality of each row reads them once.
pub struct MunicipalityNames(pub std::sync::Weak<kernel::request::RequestContext>);

impl async_graphql::dataloader::Loader<Uuid> for MunicipalityNames {
    type Value = String;
    type Error = async_graphql::Error;

    async fn load(
        &self,
        keys: &[Uuid],
    ) -> Result<std::collections::HashMap<Uuid, String>, async_graphql::Error> {
        let req = kernel::request::upgrade(&self.0)?;
        Ok(crate::municipality_names(req.db(), keys).await?)
    }
}

/// A municipality's name, through the request's `MunicipalityNames`.
pub async fn municipality_name(
    ctx: &Context<'_>,
    id: Uuid,
) -> async_graphql::Result<Option<String>> {
    let req = ctx.request()?;
    req.loader(MunicipalityNames)?.load_one(id).await
}

pub fn region_gid(id: Uuid) -> ID {
    GlobalId::new(NodeType::Region, id).into()
}

pub fn municipality_gid(id: Uuid) -> ID {
    GlobalId::new(NodeType::Municipality, id).into()
}

#[derive(Clone)]
pub struct Region(pub crate::Region);

/// Województwo — a region whose coordinators see anonymized statistics of its municipalities.
#[Object]
impl Region {
    pub async fn id(&self) -> ID {
        region_gid(self.0.id)
    }
    async fn slug(&self) -> &str {
        self.0.slug.as_str()
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// Two-digit TERYT code of the voivodeship.
    async fn teryt(&self) -> String {
        self.0.teryt.to_string()
    }
    /// The region's municipalities that the viewer may see.
    async fn municipalities(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Municipality>> {
        let req = ctx.request()?;
        let tx = req.db().platform().await?;
        let tenants = crate::list_tenants(&tx, Some(self.0.id)).await?;
        tx.commit().await?;
        Ok(tenants
            .into_iter()
            .filter(|t| can_see_tenant(&req.principal, t))
            .map(Municipality)
            .collect())
    }
}

#[derive(Clone)]
pub struct Municipality(pub crate::Tenant);

/// Gmina — a municipality: one tenant, the legal controller of its data.
#[Object]
impl Municipality {
    pub async fn id(&self) -> ID {
        municipality_gid(self.0.id)
    }
    async fn slug(&self) -> &str {
        self.0.slug.as_str()
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// Seven-digit TERYT code of the municipality.
    async fn teryt(&self) -> &str {
        self.0.teryt.as_str()
    }
    /// A disabled municipality's users are refused; its data is kept.
    async fn active(&self) -> bool {
        self.0.active
    }
    /// When it was offboarded (`ostoja tenant offboard`): its data was handed to its controller
    /// and removed; it cannot be enabled again. Null for a municipality on the platform.
    async fn offboarded_at(&self) -> Option<DateTime<Utc>> {
        self.0.offboarded_at
    }
    /// Whether it publishes anonymized statistics to its region.
    async fn shares_statistics(&self) -> bool {
        self.0.shares_statistics
    }
    /// Whether, sharing, it lets its own figures be published: a regional cell need not then
    /// aggregate three municipalities, nor hide its large share of it (counts of 1–9 stay
    /// hidden).
    async fn publishes_own_statistics(&self) -> bool {
        self.0.publishes_own_statistics
    }
    async fn version(&self) -> i32 {
        self.0.version
    }
    async fn region(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Region>> {
        let req = ctx.request()?;
        let tx = req.db().platform().await?;
        let region = crate::find_region(&tx, self.0.region_id).await?;
        tx.commit().await?;
        Ok(region.map(Region))
    }
}

/// Ustawienia gminy — settings a tenant administrator manages.
#[derive(SimpleObject)]
pub struct TenantSettings {
    /// How many days audit entries are kept (365 to 36,500).
    pub audit_retention_days: i32,
    /// 0 until the settings are first changed.
    pub version: i32,
}

impl From<crate::TenantSettings> for TenantSettings {
    fn from(s: crate::TenantSettings) -> Self {
        TenantSettings {
            audit_retention_days: s.audit_retention_days.days() as i32,
            version: s.version,
        }
    }
}

pub fn can_see_region(principal: &Principal, region: Uuid) -> bool {
    match principal {
        Principal::Operator(_) => true,
        Principal::Coordinator(c) => c.region == region,
        Principal::Staff(s) => s.region == region,
        Principal::Anonymous => false,
    }
}

pub fn can_see_tenant(principal: &Principal, tenant: &crate::Tenant) -> bool {
    match principal {
        Principal::Operator(_) => true,
        Principal::Coordinator(c) => c.region == tenant.region_id,
        Principal::Staff(s) => s.tenant == tenant.id,
        Principal::Anonymous => false,
    }
}

/// Regions visible to the viewer among `ids`, for `node`/`nodes`.
pub async fn load_regions(ctx: &Context<'_>, ids: &[Uuid]) -> kernel::Result<Vec<Region>> {
    let req = ctx.request()?;
    if ids.iter().all(|id| !can_see_region(&req.principal, *id)) {
        return Ok(Vec::new());
    }
    let tx = req.db().platform().await?;
    let mut found = Vec::new();
    for id in ids.iter().filter(|id| can_see_region(&req.principal, **id)) {
        if let Some(r) = crate::find_region(&tx, *id).await? {
            found.push(Region(r));
        }
    }
    tx.commit().await?;
    Ok(found)
}

/// Municipalities visible to the viewer among `ids`, for `node`/`nodes`.
pub async fn load_municipalities(
    ctx: &Context<'_>,
    ids: &[Uuid],
) -> kernel::Result<Vec<Municipality>> {
    let req = ctx.request()?;
    if matches!(req.principal, Principal::Anonymous) {
        return Ok(Vec::new());
    }
    let tx = req.db().platform().await?;
    let mut found = Vec::new();
    for id in ids {
        if let Some(t) = crate::find_tenant(&tx, *id).await? {
            if can_see_tenant(&req.principal, &t) {
                found.push(Municipality(t));
            }
        }
    }
    tx.commit().await?;
    Ok(found)
}

/// Gmina na stronie logowania — an active municipality as the public sign-in page shows it:
/// its name and the slug that starts its single sign-on, nothing else.
#[derive(SimpleObject)]
pub struct SignInMunicipality {
    /// The identifier in `/auth/login?tenant=…`.
    slug: String,
    name: String,
}

/// Region na stronie logowania — a region as the coordinators' sign-in page shows it: its name
/// and the slug that starts its coordinators' single sign-on, nothing else.
#[derive(SimpleObject)]
pub struct SignInRegion {
    /// The identifier in `/auth/login?region=…`.
    slug: String,
    name: String,
}

#[derive(Default)]
pub struct TenancyQuery;

#[Object]
impl TenancyQuery {
    /// Regions the viewer may see: all for an operator, one's own otherwise.
    async fn regions(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Region>> {
        let req = ctx.request()?;
        if matches!(req.principal, Principal::Anonymous) {
            return Err(Error::Unauthenticated("sign in to do this".to_owned()).into());
        }
        let tx = req.db().platform().await?;
        let regions = crate::list_regions(&tx).await?;
        tx.commit().await?;
        Ok(regions
            .into_iter()
            .filter(|r| can_see_region(&req.principal, r.id))
            .map(Region)
            .collect())
    }

    /// Municipalities the viewer may see, optionally of one region.
    async fn municipalities(
        &self,
        ctx: &Context<'_>,
        region_id: Option<ID>,
    ) -> async_graphql::Result<Vec<Municipality>> {
        let req = ctx.request()?;
        if matches!(req.principal, Principal::Anonymous) {
            return Err(Error::Unauthenticated("sign in to do this".to_owned()).into());
        }
        let region = region_id
            .map(|id| GlobalId::decode_as(&id, NodeType::Region))
            .transpose()?;
        let tx = req.db().platform().await?;
        let tenants = crate::list_tenants(&tx, region).await?;
        tx.commit().await?;
        Ok(tenants
            .into_iter()
            .filter(|t| can_see_tenant(&req.principal, t))
            .map(Municipality)
            .collect())
    }

    /// Active municipalities by name, for the sign-in page: public (no credential needed), and
    /// only what that page shows.
    async fn sign_in_municipalities(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<SignInMunicipality>> {
        let req = ctx.request()?;
        let tx = req.db().platform().await?;
        let tenants = crate::list_tenants(&tx, None).await?;
        tx.commit().await?;
        let mut public: Vec<SignInMunicipality> = tenants
            .into_iter()
            .filter(|t| t.active)
            .map(|t| SignInMunicipality {
                slug: t.slug.as_str().to_owned(),
                name: t.name,
            })
            .collect();
        public.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(public)
    }

    /// Regions by name, for the coordinators' sign-in page: public, and only what that page
    /// shows.
    async fn sign_in_regions(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<SignInRegion>> {
        let req = ctx.request()?;
        let tx = req.db().platform().await?;
        let regions = crate::list_regions(&tx).await?;
        tx.commit().await?;
        let mut public: Vec<SignInRegion> = regions
            .into_iter()
            .map(|r| SignInRegion {
                slug: r.slug.as_str().to_owned(),
                name: r.name,
            })
            .collect();
        public.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(public)
    }

    /// The viewer's municipality settings. Tenant administrators only.
    async fn tenant_settings(&self, ctx: &Context<'_>) -> async_graphql::Result<TenantSettings> {
        let req = ctx.request()?;
        let admin = req.principal.require_tenant_admin()?;
        let tx = req.tenant_tx().await?;
        tx.touch(municipality_gid(admin.tenant()).0);
        Ok(crate::settings(tx).await?.into())
    }
}

/// Input of `createRegion`: a new region (voivodeship).
#[derive(InputObject)]
pub struct CreateRegionInput {
    pub slug: String,
    pub name: String,
    /// Two-digit voivodeship TERYT code, e.g. "24" for śląskie.
    pub teryt: String,
}

impl TryFrom<CreateRegionInput> for NewRegion {
    type Error = Vec<UserError>;

    fn try_from(input: CreateRegionInput) -> Result<Self, Self::Error> {
        NewRegion::parse(&input.slug, &input.name, &input.teryt)
    }
}

kernel::payload! {
    /// Result of `createRegion`: the new region, or the reasons it was refused.
    CreateRegionPayload { region: Region }
}

/// Input of `createMunicipality`: a new municipality (tenant) in a region.
#[derive(InputObject)]
pub struct CreateMunicipalityInput {
    pub slug: String,
    pub name: String,
    /// Seven-digit municipality TERYT code; its first two digits are the region's.
    pub teryt: String,
    /// Slug of the region.
    pub region: String,
    #[graphql(default = false)]
    pub shares_statistics: bool,
}

impl TryFrom<CreateMunicipalityInput> for NewTenant {
    type Error = Vec<UserError>;

    fn try_from(input: CreateMunicipalityInput) -> Result<Self, Self::Error> {
        NewTenant::parse(
            &input.slug,
            &input.name,
            &input.teryt,
            &input.region,
            input.shares_statistics,
        )
    }
}

kernel::payload! {
    /// Result of the municipality mutations: the municipality as it now is, or the reasons the
    /// change was refused.
    MunicipalityPayload { municipality: Municipality }
}

/// Input of `updateMunicipality`: changes to a municipality; omitted fields stay as they are.
#[derive(InputObject)]
pub struct UpdateMunicipalityInput {
    pub id: ID,
    /// The version the change is based on; a stale one answers CONFLICT.
    pub version: i32,
    pub name: Option<String>,
    pub shares_statistics: Option<bool>,
}

/// Input of `disableMunicipality` and `enableMunicipality`: the municipality's ID.
#[derive(InputObject)]
pub struct MunicipalityIdInput {
    pub id: ID,
}

/// Input of `setStatisticsSharing`: whether the viewer's municipality shares its anonymized
/// statistics with its region.
#[derive(InputObject)]
pub struct SetStatisticsSharingInput {
    /// The municipality's version the change is based on; a stale one answers CONFLICT.
    pub version: i32,
    pub shares_statistics: bool,
    /// Whether its own figures may be published (unchanged when left out).
    pub publishes_own_statistics: Option<bool>,
}

/// Input of `updateTenantSettings`: changes to the municipality's own settings.
#[derive(InputObject)]
pub struct UpdateTenantSettingsInput {
    /// The version the change is based on (0 before the first change); a stale one answers
    /// CONFLICT.
    pub version: i32,
    pub audit_retention_days: Option<i32>,
}

kernel::payload! {
    /// Result of `updateTenantSettings`: the settings now in force, or the reasons they were
    /// refused.
    UpdateTenantSettingsPayload { settings: TenantSettings }
}

impl TryFrom<UpdateTenantSettingsInput> for SettingsChange {
    type Error = Vec<UserError>;

    fn try_from(input: UpdateTenantSettingsInput) -> Result<Self, Self::Error> {
        let mut errors = Errors::input();
        let audit_retention_days = errors.optional(
            "auditRetentionDays",
            input
                .audit_retention_days
                .map(|days| AuditRetentionDays::parse(i64::from(days))),
        );
        errors.finish(|| {
            Some(SettingsChange {
                expected_version: input.version,
                audit_retention_days: audit_retention_days?,
            })
        })
    }
}

#[derive(Default)]
pub struct TenancyMutation;

#[Object]
impl TenancyMutation {
    /// Creates a region (voivodeship). Operators only.
    async fn create_region(
        &self,
        ctx: &Context<'_>,
        input: CreateRegionInput,
    ) -> async_graphql::Result<CreateRegionPayload> {
        let req = ctx.request()?;
        let operator = req.principal.require_operator()?;
        let new = match NewRegion::try_from(input) {
            Ok(new) => new,
            Err(errors) => return Ok(CreateRegionPayload::refused(errors)),
        };
        let tx = req.db().platform_write().await?;
        let created = crate::create_region(&tx, &operator, new).await?;
        if created.is_ok() {
            tx.commit().await?;
        }
        Ok(CreateRegionPayload::answer(created.map(Region)))
    }

    /// Creates a municipality (tenant) in a region. Operators only.
    async fn create_municipality(
        &self,
        ctx: &Context<'_>,
        input: CreateMunicipalityInput,
    ) -> async_graphql::Result<MunicipalityPayload> {
        let req = ctx.request()?;
        let operator = req.principal.require_operator()?;
        let new = match NewTenant::try_from(input) {
            Ok(new) => new,
            Err(errors) => return Ok(MunicipalityPayload::refused(errors)),
        };
        let tx = req.db().platform_write().await?;
        let created = crate::create_tenant(&tx, &operator, new).await?;
        if created.is_ok() {
            tx.commit().await?;
        }
        Ok(MunicipalityPayload::answer(created.map(Municipality)))
    }

    /// Changes a municipality's name or statistics sharing. Operators only.
    async fn update_municipality(
        &self,
        ctx: &Context<'_>,
        input: UpdateMunicipalityInput,
    ) -> async_graphql::Result<MunicipalityPayload> {
        let req = ctx.request()?;
        let operator = req.principal.require_operator()?;
        let id = GlobalId::decode_as(&input.id, NodeType::Municipality)?;
        let tx = req.db().platform_write().await?;
        let updated = crate::update_tenant(
            &tx,
            &operator,
            id,
            input.version,
            input.name,
            input.shares_statistics,
        )
        .await?;
        if let Ok(tenant) = &updated {
            commit_audited(tx, req, tenant.id).await?;
        }
        Ok(MunicipalityPayload::answer(updated.map(Municipality)))
    }

    /// Disables a municipality: its users are refused with FORBIDDEN, its data is kept.
    /// Operators only.
    async fn disable_municipality(
        &self,
        ctx: &Context<'_>,
        input: MunicipalityIdInput,
    ) -> async_graphql::Result<MunicipalityPayload> {
        set_active(ctx, input, false).await
    }

    /// Enables a disabled municipality again. Operators only.
    async fn enable_municipality(
        &self,
        ctx: &Context<'_>,
        input: MunicipalityIdInput,
    ) -> async_graphql::Result<MunicipalityPayload> {
        set_active(ctx, input, true).await
    }

    /// Turns sharing the viewer's municipality's anonymized statistics with its region on or
    /// off, and whether its own figures may be published; recorded in its audit trail. Off
    /// leaves it out of the region's next release; published releases stay as published.
    /// Tenant administrators only.
    async fn set_statistics_sharing(
        &self,
        ctx: &Context<'_>,
        input: SetStatisticsSharingInput,
    ) -> async_graphql::Result<MunicipalityPayload> {
        let req = ctx.request()?;
        let admin = req.principal.require_tenant_admin()?;
        let tx = req.db().platform_write().await?;
        let tenant = crate::set_statistics_sharing(
            &tx,
            &admin,
            input.version,
            input.shares_statistics,
            input.publishes_own_statistics,
        )
        .await?;
        commit_audited(tx, req, tenant.id).await?;
        Ok(MunicipalityPayload::answer(Ok(Municipality(tenant))))
    }

    /// Changes the viewer's municipality settings. Tenant administrators only.
    async fn update_tenant_settings(
        &self,
        ctx: &Context<'_>,
        input: UpdateTenantSettingsInput,
    ) -> async_graphql::Result<UpdateTenantSettingsPayload> {
        let req = ctx.request()?;
        let admin = req.principal.require_tenant_admin()?;
        let change = match SettingsChange::try_from(input) {
            Ok(change) => change,
            Err(errors) => return Ok(UpdateTenantSettingsPayload::refused(errors)),
        };
        let tx = req.tenant_tx().await?;
        let settings = crate::update_settings(tx, &admin, change).await?;
        tx.touch(municipality_gid(admin.tenant()).0);
        Ok(UpdateTenantSettingsPayload::done(settings.into()))
    }
}

async fn set_active(
    ctx: &Context<'_>,
    input: MunicipalityIdInput,
    active: bool,
) -> async_graphql::Result<MunicipalityPayload> {
    let req = ctx.request()?;
    let operator = req.principal.require_operator()?;
    let id = GlobalId::decode_as(&input.id, NodeType::Municipality)?;
    let tx = req.db().platform_write().await?;
    let tenant = crate::set_tenant_active(&tx, &operator, id, active).await?;
    // The municipality's own audit trail shows who disabled or enabled it.
    commit_audited(tx, req, tenant.id).await?;
    if !active {
        // The municipality's live subscriptions end at once rather than at their next re-check.
        if let Err(e) = req
            .pubsub()
            .publish(&kernel::live::channel(tenant.id), "changed")
            .await
        {
            tracing::warn!(error = %e.describe(), "could not announce a disabled municipality");
        }
    }
    tracing::info!(tenant = %tenant.slug, active, operator = operator.login(), "municipality status changed");
    Ok(MunicipalityPayload::done(Municipality(tenant)))
}

/// Commits an operator's change to a municipality together with an entry in that
/// municipality's own audit trail.
async fn commit_audited(
    mut tx: kernel::PlatformTx,
    req: &kernel::RequestContext,
    tenant: Uuid,
) -> kernel::Result<()> {
    tx.audit_for_tenant(
        tenant,
        &req.audit_context(),
        vec![municipality_gid(tenant).0],
    )
    .await?;
    tx.commit().await
}
