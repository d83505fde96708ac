//! Use cases of programmes and editions: describing a programme and an edition and naming the
//! people running it (the administrator). Each checks who may act first, then the input
//! against what is stored; a refusal writes nothing.

use chrono::{NaiveDate, Utc};
use kernel::{Error, Result, Role, TenantTx, UserError};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

use crate::access::{edition_from, programme_from, ProgrammeAccess};
use crate::domain::{NewEdition, NewProgramme};
use crate::store::{edition, programme, served, staff};
use crate::{Edition, Programme};

/// A use case's answer: the record as it now is, or the userErrors that refused the input.
pub type Outcome<T> = Result<std::result::Result<T, Vec<UserError>>>;

pub(crate) fn refused<T>(field: &[&str], code: &str, message: impl Into<String>) -> Outcome<T> {
    Ok(Err(vec![UserError::new(field, code, message)]))
}

/// Only the municipality's administrator describes programmes and their editions.
pub fn admin_only(reader: ProgrammeAccess) -> Result<()> {
    if reader.is_admin() {
        Ok(())
    } else {
        Err(Error::Forbidden(
            "only the municipality's administrator describes programmes and their editions"
                .to_owned(),
        ))
    }
}

pub(crate) fn stale(what: &str) -> Error {
    Error::Conflict(format!(
        "this {what} was changed by someone else; reload and try again"
    ))
}

pub(crate) fn today() -> NaiveDate {
    kernel::calendar::today()
}

/// Describes a programme; a help point it names must be one of the municipality's published
/// points; `served` are the other municipalities it is run for, checked by the caller against
/// the platform. The administrator.
pub async fn create_programme(
    tx: &TenantTx,
    reader: ProgrammeAccess,
    new: NewProgramme,
    served: &[Uuid],
) -> Outcome<Programme> {
    admin_only(reader)?;
    if let Some(point) = new.help_point_id {
        if !directory::published_points(tx)
            .await?
            .iter()
            .any(|p| p.id == point)
        {
            return refused(
                &["input", "helpPointId"],
                "NOT_A_HELP_POINT",
                "name a published help point of the municipality",
            );
        }
    }
    let now = Utc::now();
    let conn = tx.conn().await?;
    let m = programme::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(Uuid::now_v7()),
        programme_type: Set(new.programme_type),
        name: Set(new.name),
        provider: Set(new.provider),
        help_point_id: Set(new.help_point_id),
        description: Set(new.description),
        required_sessions: Set(new.completion.sessions()),
        required_hours: Set(new.completion.hours()),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
    }
    .insert(&*conn)
    .await?;
    if !served.is_empty() {
        served::Entity::insert_many(served.iter().map(|municipality| served::ActiveModel {
            tenant_id: Set(tx.tenant()),
            programme_id: Set(m.id),
            municipality_id: Set(*municipality),
        }))
        .exec(&*conn)
        .await?;
    }
    Ok(Ok(programme_from(m)))
}

/// The programme `id` of the municipality; NOT_FOUND otherwise.
pub async fn get_programme(tx: &TenantTx, id: Uuid) -> Result<Programme> {
    let conn = tx.conn().await?;
    tx.select_by_id::<programme::Entity>(id)
        .one(&*conn)
        .await?
        .map(programme_from)
        .ok_or(Error::NotFound)
}

/// The edition `id` of the municipality; NOT_FOUND otherwise.
pub async fn get_edition(tx: &TenantTx, id: Uuid) -> Result<Edition> {
    let conn = tx.conn().await?;
    tx.select_by_id::<edition::Entity>(id)
        .one(&*conn)
        .await?
        .map(edition_from)
        .ok_or(Error::NotFound)
}

/// Adds an edition to a programme, with the people running it. The administrator.
pub async fn create_edition(
    tx: &TenantTx,
    reader: ProgrammeAccess,
    new: NewEdition,
) -> Outcome<Edition> {
    admin_only(reader)?;
    get_programme(tx, new.programme_id).await?;
    let errors = staff_problems(tx, &new.staff).await?;
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let id = Uuid::now_v7();
    let now = Utc::now();
    let conn = tx.conn().await?;
    let m = edition::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(id),
        programme_id: Set(new.programme_id),
        starts_on: Set(new.starts_on),
        ends_on: Set(new.ends_on),
        place: Set(new.place),
        capacity: Set(new.capacity),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
    }
    .insert(&*conn)
    .await?;
    insert_staff(tx, &conn, id, new.staff).await?;
    Ok(Ok(edition_from(m)))
}

/// Replaces the people running an edition, at its `version`: whoever is no longer named stops
/// reading its participants at their next request. The administrator.
pub async fn set_edition_staff(
    tx: &TenantTx,
    reader: ProgrammeAccess,
    id: Uuid,
    version: i32,
    staff: Vec<(Uuid, String)>,
) -> Outcome<Edition> {
    admin_only(reader)?;
    if get_edition(tx, id).await?.version != version {
        return Err(stale("edition"));
    }
    let errors = staff_problems(tx, &staff).await?;
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    {
        let conn = tx.conn().await?;
        let claimed = tx
            .update_many::<edition::Entity>()
            .col_expr(edition::Column::Version, Expr::value(version + 1))
            .col_expr(edition::Column::UpdatedAt, Expr::value(Utc::now()))
            .filter(edition::Column::Id.eq(id))
            .filter(edition::Column::Version.eq(version))
            .exec(&*conn)
            .await?;
        if claimed.rows_affected == 0 {
            return Err(stale("edition"));
        }
        tx.delete_many::<staff::Entity>()
            .filter(staff::Column::EditionId.eq(id))
            .exec(&*conn)
            .await?;
        insert_staff(tx, &conn, id, staff).await?;
    }
    Ok(Ok(get_edition(tx, id).await?))
}

/// Why the people named to run an edition may not: each must be an active staff member of the
/// municipality who is not its administrator, named once.
async fn staff_problems(tx: &TenantTx, staff: &[(Uuid, String)]) -> Result<Vec<UserError>> {
    let users: Vec<Uuid> = staff.iter().map(|(u, _)| *u).collect();
    let found = identity::find_users(tx, &users).await?;
    let mut errors = Vec::new();
    for (i, (user, _)) in staff.iter().enumerate() {
        let ok = found
            .iter()
            .find(|u| u.id == *user)
            .is_some_and(|u| !u.disabled && !u.roles().contains(&Role::TenantAdmin));
        let index = i.to_string();
        if !ok {
            errors.push(UserError::new(
                &["input", "staff", &index, "userId"],
                "NOT_ASSIGNABLE",
                "an edition is run by active staff of the municipality, never its administrator",
            ));
        } else if staff[..i].iter().any(|(u, _)| u == user) {
            errors.push(UserError::new(
                &["input", "staff", &index, "userId"],
                "DUPLICATE",
                "this person is already named",
            ));
        }
    }
    Ok(errors)
}

async fn insert_staff(
    tx: &TenantTx,
    conn: &DatabaseTransaction,
    edition: Uuid,
    staff: Vec<(Uuid, String)>,
) -> Result<()> {
    for (user, qualifications) in staff {
        staff::ActiveModel {
            tenant_id: Set(tx.tenant()),
            edition_id: Set(edition),
            user_id: Set(user),
            qualifications: Set(qualifications),
        }
        .insert(conn)
        .await?;
    }
    Ok(())
}
