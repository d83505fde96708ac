//! Use cases of help points (a municipality's, under its tenant transaction) and of the
//! national helplines (platform entries an operator keeps).

use chrono::{DateTime, Utc};
use kernel::principal::{DirectoryEditor, Operator};
use kernel::{Error, PlatformTx, Result, TenantTx};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use uuid::Uuid;

use crate::access::ShelterViewer;
use crate::domain::{HelpPointDetails, HelpPointKind, HelpService, PlaceCount, ShelterPlaces};
use crate::rows::{columns_of, set_columns, DetailColumns};
use crate::store::{help_point, helpline};

/// Punkt pomocy — a municipality's help point, or (with no tenant) a national helpline.
#[derive(Debug, Clone)]
pub struct HelpPoint {
    pub id: Uuid,
    /// The municipality; `None` for a national helpline.
    pub tenant: Option<Uuid>,
    pub details: HelpPointDetails,
    pub published: bool,
    pub shelter: Option<ShelterPlaces>,
    /// Whether the public sees "places available: yes/no".
    pub shelter_public: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

fn point_from(m: help_point::Model) -> Result<HelpPoint> {
    let shelter = match (m.shelter_free_places, m.shelter_updated_at) {
        (Some(free), Some(updated_at)) => Some(ShelterPlaces {
            free: PlaceCount::parse(free)
                .map_err(|_| Error::internal("stored shelter places are invalid"))?,
            updated_at,
        }),
        _ => None,
    };
    Ok(HelpPoint {
        id: m.id,
        tenant: Some(m.tenant_id),
        published: m.published,
        shelter,
        shelter_public: m.shelter_public,
        created_at: m.created_at,
        updated_at: m.updated_at,
        version: m.version,
        details: columns_of!(m).into_details()?,
    })
}

fn helpline_from(m: helpline::Model) -> Result<HelpPoint> {
    Ok(HelpPoint {
        id: m.id,
        tenant: None,
        published: m.published,
        shelter: None,
        shelter_public: false,
        created_at: m.created_at,
        updated_at: m.updated_at,
        version: m.version,
        details: columns_of!(m).into_details()?,
    })
}

fn stale(current: i32) -> Error {
    Error::Conflict(format!(
        "this was changed by someone else (now at version {current}); reload and try again"
    ))
}

/// The municipality's points, drafts too, by name.
pub async fn points(tx: &TenantTx, _by: &DirectoryEditor<'_>) -> Result<Vec<HelpPoint>> {
    all_points(tx, false).await
}

/// The municipality's published points, by name; for the public directory.
pub async fn published_points(tx: &TenantTx) -> Result<Vec<HelpPoint>> {
    all_points(tx, true).await
}

async fn all_points(tx: &TenantTx, published_only: bool) -> Result<Vec<HelpPoint>> {
    let conn = tx.conn().await?;
    let mut query = tx.select::<help_point::Entity>();
    if published_only {
        query = query.filter(help_point::Column::Published.eq(true));
    }
    query
        .order_by_asc(help_point::Column::Name)
        .order_by_asc(help_point::Column::Id)
        .all(&*conn)
        .await?
        .into_iter()
        .map(point_from)
        .collect()
}

/// The municipality's points that give shelter (a shelter, a point offering shelter, or one
/// whose places were ever counted), drafts too, by name; for the staff who arrange shelter.
pub async fn shelter_points(tx: &TenantTx, _by: &ShelterViewer) -> Result<Vec<HelpPoint>> {
    // A municipality has a handful of points: the sets are read, not queried.
    Ok(all_points(tx, false)
        .await?
        .into_iter()
        .filter(|p| {
            p.shelter.is_some()
                || p.details.kind == HelpPointKind::Shelter
                || p.details.services.contains(&HelpService::Shelter)
        })
        .collect())
}

/// The municipality's points among `ids`, for its editors.
pub async fn find_points(
    tx: &TenantTx,
    _by: &DirectoryEditor<'_>,
    ids: &[Uuid],
) -> Result<Vec<HelpPoint>> {
    let conn = tx.conn().await?;
    tx.select::<help_point::Entity>()
        .filter(help_point::Column::Id.is_in(ids.iter().copied()))
        .all(&*conn)
        .await?
        .into_iter()
        .map(point_from)
        .collect()
}

async fn point(tx: &TenantTx, id: Uuid) -> Result<HelpPoint> {
    let conn = tx.conn().await?;
    tx.select_by_id::<help_point::Entity>(id)
        .one(&*conn)
        .await?
        .map(point_from)
        .transpose()?
        .ok_or(Error::NotFound)
}

/// Adds a point as a draft.
pub async fn create_point(
    tx: &TenantTx,
    _by: &DirectoryEditor<'_>,
    details: HelpPointDetails,
) -> Result<HelpPoint> {
    let now = Utc::now();
    let mut row = help_point::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(Uuid::now_v7()),
        published: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
        shelter_free_places: Set(None),
        shelter_updated_at: Set(None),
        shelter_public: Set(false),
        ..Default::default()
    };
    set_columns!(row, DetailColumns::from_details(&details)?);
    let created = {
        let conn = tx.conn().await?;
        row.insert(&*conn).await?
    };
    point_from(created)
}

/// Replaces a point's details if it is still at `expected_version` (CONFLICT otherwise). A
/// point of another municipality is NOT_FOUND, like one that does not exist.
pub async fn update_point(
    tx: &TenantTx,
    _by: &DirectoryEditor<'_>,
    id: Uuid,
    expected_version: i32,
    details: HelpPointDetails,
) -> Result<HelpPoint> {
    let current = point(tx, id).await?;
    if current.version != expected_version {
        return Err(stale(current.version));
    }
    let c = DetailColumns::from_details(&details)?;
    let done = {
        let conn = tx.conn().await?;
        tx.update_many::<help_point::Entity>()
            .col_expr(help_point::Column::Name, Expr::value(c.name))
            .col_expr(help_point::Column::Kind, Expr::value(c.kind))
            .col_expr(help_point::Column::Description, Expr::value(c.description))
            .col_expr(help_point::Column::Street, Expr::value(c.street))
            .col_expr(help_point::Column::PostalCode, Expr::value(c.postal_code))
            .col_expr(help_point::Column::City, Expr::value(c.city))
            .col_expr(help_point::Column::Latitude, Expr::value(c.latitude))
            .col_expr(help_point::Column::Longitude, Expr::value(c.longitude))
            .col_expr(help_point::Column::Phones, Expr::value(c.phones))
            .col_expr(help_point::Column::Email, Expr::value(c.email))
            .col_expr(help_point::Column::Web, Expr::value(c.web))
            .col_expr(help_point::Column::Hours, Expr::value(c.hours))
            .col_expr(help_point::Column::Services, Expr::value(c.services))
            .col_expr(help_point::Column::Languages, Expr::value(c.languages))
            .col_expr(
                help_point::Column::Accessibility,
                Expr::value(c.accessibility),
            )
            .col_expr(help_point::Column::UpdatedAt, Expr::value(Utc::now()))
            .col_expr(
                help_point::Column::Version,
                Expr::value(expected_version + 1),
            )
            .filter(help_point::Column::Id.eq(id))
            .filter(help_point::Column::Version.eq(expected_version))
            .exec(&*conn)
            .await?
    };
    if done.rows_affected == 0 {
        let now = point(tx, id).await?;
        return Err(stale(now.version));
    }
    point(tx, id).await
}

/// Publishes a point, or takes it back to a draft.
pub async fn set_published(
    tx: &TenantTx,
    _by: &DirectoryEditor<'_>,
    id: Uuid,
    published: bool,
) -> Result<HelpPoint> {
    point(tx, id).await?;
    {
        let conn = tx.conn().await?;
        tx.update_many::<help_point::Entity>()
            .col_expr(help_point::Column::Published, Expr::value(published))
            .col_expr(help_point::Column::UpdatedAt, Expr::value(Utc::now()))
            .col_expr(
                help_point::Column::Version,
                Expr::col(help_point::Column::Version).add(1),
            )
            .filter(help_point::Column::Id.eq(id))
            .exec(&*conn)
            .await?;
    }
    point(tx, id).await
}

/// Sets the free shelter places in one step (counted now), and whether the public sees that
/// places are available. Not versioned: the newest count is the true one.
pub async fn update_shelter_places(
    tx: &TenantTx,
    _by: &DirectoryEditor<'_>,
    id: Uuid,
    free: PlaceCount,
    public: Option<bool>,
) -> Result<HelpPoint> {
    point(tx, id).await?;
    {
        let conn = tx.conn().await?;
        let mut update = tx
            .update_many::<help_point::Entity>()
            .col_expr(
                help_point::Column::ShelterFreePlaces,
                Expr::value(free.get()),
            )
            .col_expr(
                help_point::Column::ShelterUpdatedAt,
                Expr::value(Utc::now()),
            );
        if let Some(public) = public {
            update = update.col_expr(help_point::Column::ShelterPublic, Expr::value(public));
        }
        update
            .filter(help_point::Column::Id.eq(id))
            .exec(&*conn)
            .await?;
    }
    point(tx, id).await
}

/// The national helplines, published ones only unless an operator asks.
pub async fn helplines(tx: &PlatformTx, published_only: bool) -> Result<Vec<HelpPoint>> {
    let mut query = helpline::Entity::find();
    if published_only {
        query = query.filter(helpline::Column::Published.eq(true));
    }
    query
        .order_by_asc(helpline::Column::Name)
        .order_by_asc(helpline::Column::Id)
        .all(tx.conn())
        .await?
        .into_iter()
        .map(helpline_from)
        .collect()
}

/// Adds a national helpline, published at once.
pub async fn create_helpline(
    tx: &PlatformTx,
    _by: &Operator,
    details: HelpPointDetails,
) -> Result<HelpPoint> {
    let now = Utc::now();
    let mut row = helpline::ActiveModel {
        id: Set(Uuid::now_v7()),
        published: Set(true),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
        ..Default::default()
    };
    set_columns!(row, DetailColumns::from_details(&details)?);
    helpline_from(row.insert(tx.conn()).await?)
}

/// Replaces a national helpline's details if it is still at `expected_version` (CONFLICT
/// otherwise; NOT_FOUND when there is no such helpline).
pub async fn update_helpline(
    tx: &PlatformTx,
    _by: &Operator,
    id: Uuid,
    expected_version: i32,
    details: HelpPointDetails,
) -> Result<HelpPoint> {
    let current = find_helpline(tx, id).await?;
    if current.version != expected_version {
        return Err(stale(current.version));
    }
    let c = DetailColumns::from_details(&details)?;
    let done = helpline::Entity::update_many()
        .col_expr(helpline::Column::Name, Expr::value(c.name))
        .col_expr(helpline::Column::Kind, Expr::value(c.kind))
        .col_expr(helpline::Column::Description, Expr::value(c.description))
        .col_expr(helpline::Column::Street, Expr::value(c.street))
        .col_expr(helpline::Column::PostalCode, Expr::value(c.postal_code))
        .col_expr(helpline::Column::City, Expr::value(c.city))
        .col_expr(helpline::Column::Latitude, Expr::value(c.latitude))
        .col_expr(helpline::Column::Longitude, Expr::value(c.longitude))
        .col_expr(helpline::Column::Phones, Expr::value(c.phones))
        .col_expr(helpline::Column::Email, Expr::value(c.email))
        .col_expr(helpline::Column::Web, Expr::value(c.web))
        .col_expr(helpline::Column::Hours, Expr::value(c.hours))
        .col_expr(helpline::Column::Services, Expr::value(c.services))
        .col_expr(helpline::Column::Languages, Expr::value(c.languages))
        .col_expr(
            helpline::Column::Accessibility,
            Expr::value(c.accessibility),
        )
        .col_expr(helpline::Column::UpdatedAt, Expr::value(Utc::now()))
        .col_expr(helpline::Column::Version, Expr::value(expected_version + 1))
        .filter(helpline::Column::Id.eq(id))
        .filter(helpline::Column::Version.eq(expected_version))
        .exec(tx.conn())
        .await?;
    if done.rows_affected == 0 {
        let now = find_helpline(tx, id).await?;
        return Err(stale(now.version));
    }
    find_helpline(tx, id).await
}

async fn find_helpline(tx: &PlatformTx, id: Uuid) -> Result<HelpPoint> {
    helpline::Entity::find_by_id(id)
        .one(tx.conn())
        .await?
        .map(helpline_from)
        .transpose()?
        .ok_or(Error::NotFound)
}

/// Publishes a national helpline or withdraws it.
pub async fn set_helpline_published(
    tx: &PlatformTx,
    _by: &Operator,
    id: Uuid,
    published: bool,
) -> Result<HelpPoint> {
    let done = helpline::Entity::update_many()
        .col_expr(helpline::Column::Published, Expr::value(published))
        .col_expr(helpline::Column::UpdatedAt, Expr::value(Utc::now()))
        .col_expr(
            helpline::Column::Version,
            Expr::col(helpline::Column::Version).add(1),
        )
        .filter(helpline::Column::Id.eq(id))
        .exec(tx.conn())
        .await?;
    if done.rows_affected == 0 {
        return Err(Error::NotFound);
    }
    find_helpline(tx, id).await
}
