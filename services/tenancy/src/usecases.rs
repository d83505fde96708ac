//! What the tenancy service does. Platform work takes a [`PlatformTx`], tenant work a
//! [`TenantTx`]; operations reserved to someone take their capability as an argument.

use chrono::Utc;
use kernel::input::Errors;
use kernel::principal::{Operator, TenantAdmin};
use kernel::slug::Slug;
use kernel::unique::insert_or_taken;
use kernel::{Error, PlatformTx, Result, TenantTx, UserError};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use uuid::Uuid;

use crate::domain::{
    parse_name, AuditRetentionDays, NewRegion, NewTenant, Region, SettingsChange, Tenant,
    TenantSettings,
};
use crate::store::{region, settings, tenant};

fn region_from(m: region::Model) -> Result<Region> {
    Ok(Region {
        id: m.id,
        slug: m.slug,
        teryt: m.teryt,
        name: m.name,
        created_at: m.created_at,
    })
}

fn tenant_from(m: tenant::Model) -> Result<Tenant> {
    Ok(Tenant {
        id: m.id,
        slug: m.slug,
        teryt: m.teryt,
        name: m.name,
        region_id: m.region_id,
        active: m.active,
        shares_statistics: m.shares_statistics,
        publishes_own_statistics: m.publishes_own_statistics,
        offboarded_at: m.offboarded_at,
        created_at: m.created_at,
        updated_at: m.updated_at,
        version: m.version,
    })
}

const REGION_TAKEN: &str = "a region with this slug exists";
const TENANT_TAKEN: &str = "a municipality with this slug exists";

pub async fn create_region(
    tx: &PlatformTx,
    _by: &Operator,
    new: NewRegion,
) -> Result<Result<Region, Vec<UserError>>> {
    let conn = tx.conn();
    if region::Entity::find()
        .filter(region::Column::Slug.eq(new.slug.as_str()))
        .one(conn)
        .await?
        .is_some()
    {
        return Ok(Err(vec![UserError::new(
            &["input", "slug"],
            "TAKEN",
            REGION_TAKEN,
        )]));
    }
    if region::Entity::find()
        .filter(region::Column::Teryt.eq(new.teryt.to_string()))
        .one(conn)
        .await?
        .is_some()
    {
        return Ok(Err(vec![UserError::new(
            &["input", "teryt"],
            "TAKEN",
            "a region with this TERYT code exists",
        )]));
    }
    let model = region::ActiveModel {
        id: Set(Uuid::now_v7()),
        slug: Set(new.slug.clone()),
        name: Set(new.name),
        teryt: Set(new.teryt),
        created_at: Set(Utc::now()),
    };
    // Another operator may have created it since the check: the database decides.
    match insert_or_taken(conn, model, &["input", "slug"], REGION_TAKEN).await? {
        Ok(m) => Ok(Ok(region_from(m)?)),
        Err(taken) => Ok(Err(vec![taken])),
    }
}

pub async fn list_regions(tx: &PlatformTx) -> Result<Vec<Region>> {
    region::Entity::find()
        .order_by_asc(region::Column::Slug)
        .all(tx.conn())
        .await?
        .into_iter()
        .map(region_from)
        .collect()
}

pub async fn find_region(tx: &PlatformTx, id: Uuid) -> Result<Option<Region>> {
    region::Entity::find_by_id(id)
        .one(tx.conn())
        .await?
        .map(region_from)
        .transpose()
}

pub async fn find_region_by_slug(tx: &PlatformTx, slug: &Slug) -> Result<Option<Region>> {
    region::Entity::find()
        .filter(region::Column::Slug.eq(slug.as_str()))
        .one(tx.conn())
        .await?
        .map(region_from)
        .transpose()
}

pub async fn create_tenant(
    tx: &PlatformTx,
    _by: &Operator,
    new: NewTenant,
) -> Result<Result<Tenant, Vec<UserError>>> {
    let conn = tx.conn();
    let Some(region) = find_region_by_slug(tx, &new.region).await? else {
        return Ok(Err(vec![UserError::new(
            &["input", "region"],
            "NOT_FOUND",
            "no region has this slug",
        )]));
    };
    let mut errors = Vec::new();
    if new.teryt.voivodeship() != region.teryt {
        errors.push(UserError::new(
            &["input", "teryt"],
            "INVALID",
            format!(
                "the TERYT code lies in voivodeship {}, the region is {}",
                new.teryt.voivodeship(),
                region.teryt
            ),
        ));
    }
    if find_tenant_by_slug(tx, &new.slug).await?.is_some() {
        errors.push(UserError::new(&["input", "slug"], "TAKEN", TENANT_TAKEN));
    }
    if tenant::Entity::find()
        .filter(tenant::Column::Teryt.eq(new.teryt.as_str()))
        .one(conn)
        .await?
        .is_some()
    {
        errors.push(UserError::new(
            &["input", "teryt"],
            "TAKEN",
            "a municipality with this TERYT code exists",
        ));
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let now = Utc::now();
    let model = tenant::ActiveModel {
        id: Set(Uuid::now_v7()),
        slug: Set(new.slug.clone()),
        name: Set(new.name),
        teryt: Set(new.teryt.clone()),
        region_id: Set(region.id),
        active: Set(true),
        shares_statistics: Set(new.shares_statistics),
        publishes_own_statistics: Set(false),
        offboarded_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
    };
    match insert_or_taken(conn, model, &["input", "slug"], TENANT_TAKEN).await? {
        Ok(m) => Ok(Ok(tenant_from(m)?)),
        Err(taken) => Ok(Err(vec![taken])),
    }
}

pub async fn list_tenants(tx: &PlatformTx, region: Option<Uuid>) -> Result<Vec<Tenant>> {
    let mut query = tenant::Entity::find().order_by_asc(tenant::Column::Slug);
    if let Some(region) = region {
        query = query.filter(tenant::Column::RegionId.eq(region));
    }
    query
        .all(tx.conn())
        .await?
        .into_iter()
        .map(tenant_from)
        .collect()
}

/// The other municipalities of `own`'s region that are active and not offboarded, by slug:
/// those a municipality may name as served by its programme or invite into a coalition.
pub async fn active_neighbours(tx: &PlatformTx, own: Uuid) -> Result<Vec<Tenant>> {
    let Some(mine) = find_tenant(tx, own).await? else {
        return Err(Error::internal("the reader's municipality vanished"));
    };
    Ok(list_tenants(tx, Some(mine.region_id))
        .await?
        .into_iter()
        .filter(|t| t.id != own && t.active && t.offboarded_at.is_none())
        .collect())
}

pub async fn find_tenant(tx: &PlatformTx, id: Uuid) -> Result<Option<Tenant>> {
    tenant::Entity::find_by_id(id)
        .one(tx.conn())
        .await?
        .map(tenant_from)
        .transpose()
}

/// Municipalities' names by ID, read in one platform transaction of its own (for a request
/// working in another municipality's tenant transaction); those not found are left out.
pub async fn municipality_names(
    db: &kernel::Db,
    ids: &[Uuid],
) -> Result<std::collections::HashMap<Uuid, String>> {
    if ids.is_empty() {
        return Ok(Default::default());
    }
    let tx = db.platform().await?;
    let found = tenant::Entity::find()
        .filter(tenant::Column::Id.is_in(ids.iter().copied()))
        .all(tx.conn())
        .await?;
    tx.commit().await?;
    Ok(found.into_iter().map(|t| (t.id, t.name)).collect())
}

/// A municipality's name (`municipality_names` of one).
pub async fn municipality_name(db: &kernel::Db, id: Uuid) -> Result<Option<String>> {
    Ok(municipality_names(db, &[id]).await?.remove(&id))
}

pub async fn find_tenant_by_slug(tx: &PlatformTx, slug: &Slug) -> Result<Option<Tenant>> {
    tenant::Entity::find()
        .filter(tenant::Column::Slug.eq(slug.as_str()))
        .one(tx.conn())
        .await?
        .map(tenant_from)
        .transpose()
}

/// Disables or enables a municipality. Its users are refused while it is disabled; nothing of
/// its data is touched. An offboarded municipality stays disabled.
pub async fn set_tenant_active(
    tx: &PlatformTx,
    _by: &Operator,
    id: Uuid,
    active: bool,
) -> Result<Tenant> {
    // An offboarding committing meanwhile wins: the filter sees its tombstone.
    let changed = tenant::Entity::update_many()
        .col_expr(tenant::Column::Active, Expr::value(active))
        .col_expr(tenant::Column::UpdatedAt, Expr::value(Utc::now()))
        .col_expr(
            tenant::Column::Version,
            Expr::col(tenant::Column::Version).add(1),
        )
        .filter(tenant::Column::Id.eq(id))
        .filter(tenant::Column::OffboardedAt.is_null())
        .exec(tx.conn())
        .await?;
    let found = find_tenant(tx, id).await?.ok_or(Error::NotFound)?;
    if changed.rows_affected == 0 {
        return Err(offboarded(&found));
    }
    Ok(found)
}

/// The answer to a change of an offboarded municipality.
fn offboarded(tenant: &Tenant) -> Error {
    let day = tenant
        .offboarded_at
        .map(|at| at.format("%Y-%m-%d").to_string())
        .unwrap_or_default();
    Error::Conflict(format!(
        "municipality {} was offboarded on {day}: its data is gone and it cannot be changed or enabled",
        tenant.slug
    ))
}

/// Changes a municipality's name or statistics sharing, if nobody changed it since `version`.
pub async fn update_tenant(
    tx: &PlatformTx,
    _by: &Operator,
    id: Uuid,
    expected_version: i32,
    name: Option<String>,
    shares_statistics: Option<bool>,
) -> Result<Result<Tenant, Vec<UserError>>> {
    update(tx, id, expected_version, name, shares_statistics, None).await
}

/// The municipality's administrator turns sharing its anonymized statistics with its region on
/// or off, and whether its own figures may be published (`publishes_own`, unchanged when
/// `None`), if nobody changed the municipality since `version`. Off leaves it out of the next
/// release; published releases stay as they are.
pub async fn set_statistics_sharing(
    tx: &PlatformTx,
    admin: &TenantAdmin<'_>,
    expected_version: i32,
    shares: bool,
    publishes_own: Option<bool>,
) -> Result<Tenant> {
    match update(
        tx,
        admin.tenant(),
        expected_version,
        None,
        Some(shares),
        publishes_own,
    )
    .await?
    {
        Ok(tenant) => Ok(tenant),
        Err(_) => Err(Error::internal("sharing refused a change without input")),
    }
}

async fn update(
    tx: &PlatformTx,
    id: Uuid,
    expected_version: i32,
    name: Option<String>,
    shares_statistics: Option<bool>,
    publishes_own_statistics: Option<bool>,
) -> Result<Result<Tenant, Vec<UserError>>> {
    let mut update = tenant::Entity::update_many()
        .col_expr(tenant::Column::UpdatedAt, Expr::value(Utc::now()))
        .col_expr(
            tenant::Column::Version,
            Expr::col(tenant::Column::Version).add(1),
        );
    if let Some(raw) = name {
        let mut errors = Errors::input();
        let Some(name) = errors.field("name", parse_name(&raw)) else {
            return Ok(Err(errors.into_vec()));
        };
        update = update.col_expr(tenant::Column::Name, Expr::value(name));
    }
    if let Some(shares) = shares_statistics {
        update = update.col_expr(tenant::Column::SharesStatistics, Expr::value(shares));
    }
    if let Some(own) = publishes_own_statistics {
        update = update.col_expr(tenant::Column::PublishesOwnStatistics, Expr::value(own));
    }
    let result = update
        .filter(tenant::Column::Id.eq(id))
        .filter(tenant::Column::Version.eq(expected_version))
        .filter(tenant::Column::OffboardedAt.is_null())
        .exec(tx.conn())
        .await?;
    let current = find_tenant(tx, id).await?.ok_or(Error::NotFound)?;
    if current.offboarded_at.is_some() {
        return Err(offboarded(&current));
    }
    if result.rows_affected == 0 {
        return Err(stale(current.version));
    }
    Ok(Ok(current))
}

fn stale(current: i32) -> Error {
    Error::Conflict(format!(
        "this was changed by someone else (now at version {current}); reload and try again"
    ))
}

pub async fn settings(tx: &TenantTx) -> Result<TenantSettings> {
    let conn = tx.conn().await?;
    let found = tx.select::<settings::Entity>().one(&*conn).await?;
    Ok(match found {
        Some(m) => TenantSettings {
            tenant_id: m.tenant_id,
            audit_retention_days: AuditRetentionDays::parse(i64::from(m.audit_retention_days))
                .map_err(|_| Error::corrupt("audit retention"))?,
            version: m.version,
        },
        None => TenantSettings {
            tenant_id: tx.tenant(),
            audit_retention_days: AuditRetentionDays::DEFAULT,
            version: 0,
        },
    })
}

/// Applies a settings change if the settings are still at `expected_version`.
pub async fn update_settings(
    tx: &TenantTx,
    _by: &TenantAdmin<'_>,
    change: SettingsChange,
) -> Result<TenantSettings> {
    let current = settings(tx).await?;
    if current.version != change.expected_version {
        return Err(stale(current.version));
    }
    let retention = change
        .audit_retention_days
        .unwrap_or(current.audit_retention_days);
    let conn = tx.conn().await?;
    if current.version == 0 {
        let inserted = settings::ActiveModel {
            tenant_id: Set(tx.tenant()),
            audit_retention_days: Set(retention.days() as i32),
            updated_at: Set(Utc::now()),
            version: Set(1),
        }
        .insert(&*conn)
        .await;
        if let Err(e) = inserted {
            // Someone else created the row first.
            return Err(if kernel::unique::is_unique_violation(&e) {
                stale(1)
            } else {
                e.into()
            });
        }
    } else {
        let result = tx
            .update_many::<settings::Entity>()
            .col_expr(
                settings::Column::AuditRetentionDays,
                Expr::value(retention.days() as i32),
            )
            .col_expr(settings::Column::UpdatedAt, Expr::value(Utc::now()))
            .col_expr(
                settings::Column::Version,
                Expr::col(settings::Column::Version).add(1),
            )
            .filter(settings::Column::Version.eq(change.expected_version))
            .exec(&*conn)
            .await?;
        if result.rows_affected == 0 {
            return Err(stale(change.expected_version + 1));
        }
    }
    drop(conn);
    settings(tx).await
}
