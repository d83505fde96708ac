//! Use cases of programmes: describing a programme and an edition (the administrator),
//! enrolling a person (onto the waiting list when the edition is full), admitting one from the
//! waiting list, completing and dropping out (the people running the edition). Each checks
//! who may act first, then the input against what is stored; a refusal writes nothing.

use chrono::{NaiveDate, Utc};
use kernel::crypto::DataKey;
use kernel::{Error, Result, Role, TenantTx, UserError};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, PaginatorTrait, QueryFilter, Set};
use uuid::Uuid;

use crate::access::{
    edition_from, get_enrolment, programme_from, runs_edition, ProgrammeAccess, VisibleEnrolment,
};
use crate::domain::{
    CompletionRule, DropOutReason, EnrolmentBasis, EnrolmentStatus, NewEdition, NewEnrolment,
    NewProgramme,
};
use crate::store::{edition, enrolment, programme, staff};
use crate::{place, Edition, Programme};

/// A use case's answer: the record as it now is, or the userErrors that refused the input.
pub type Outcome<T> = Result<std::result::Result<T, Vec<UserError>>>;

fn refused<T>(field: &[&str], code: &str, message: impl Into<String>) -> Outcome<T> {
    Ok(Err(vec![UserError::new(field, code, message)]))
}

fn admin_only(reader: ProgrammeAccess) -> Result<()> {
    if reader.is_admin() {
        Ok(())
    } else {
        Err(Error::Forbidden(
            "only the municipality's administrator describes programmes and their editions"
                .to_owned(),
        ))
    }
}

pub(crate) fn stale(what: &str, current: i32) -> Error {
    Error::Conflict(format!(
        "this {what} was changed by someone else (now at version {current}); reload and try again"
    ))
}

pub(crate) fn today() -> NaiveDate {
    kernel::calendar::today()
}

/// Describes a programme. The administrator.
pub async fn create_programme(
    tx: &TenantTx,
    reader: ProgrammeAccess,
    new: NewProgramme,
) -> Outcome<Programme> {
    admin_only(reader)?;
    let id = Uuid::now_v7();
    let now = Utc::now();
    let conn = tx.conn().await?;
    let m = programme::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(id),
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

/// Adds an edition to a programme, with the people running it: each an active staff member of
/// the municipality who is not its administrator. The administrator.
pub async fn create_edition(
    tx: &TenantTx,
    reader: ProgrammeAccess,
    new: NewEdition,
) -> Outcome<Edition> {
    admin_only(reader)?;
    get_programme(tx, new.programme_id).await?;
    let users: Vec<Uuid> = new.staff.iter().map(|(u, _)| *u).collect();
    let found = identity::find_users(tx, &users).await?;
    let mut errors = Vec::new();
    for (i, (user, _)) in new.staff.iter().enumerate() {
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
        } else if new.staff[..i].iter().any(|(u, _)| u == user) {
            errors.push(UserError::new(
                &["input", "staff", &index, "userId"],
                "DUPLICATE",
                "this person is already named",
            ));
        }
    }
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
    for (user, qualifications) in new.staff {
        staff::ActiveModel {
            tenant_id: Set(tx.tenant()),
            edition_id: Set(id),
            user_id: Set(user),
            qualifications: Set(qualifications),
        }
        .insert(&*conn)
        .await?;
    }
    Ok(Ok(edition_from(m)))
}

/// The edition, locked until the transaction ends (its places are counted, then taken).
async fn lock_edition(tx: &TenantTx, id: Uuid) -> Result<Edition> {
    {
        let conn = tx.conn().await?;
        tx.update_many::<edition::Entity>()
            .col_expr(edition::Column::UpdatedAt, Expr::value(Utc::now()))
            .filter(edition::Column::Id.eq(id))
            .exec(&*conn)
            .await?;
    }
    get_edition(tx, id).await
}

async fn enrolled_in(tx: &TenantTx, edition: Uuid) -> Result<u64> {
    let conn = tx.conn().await?;
    Ok(tx
        .select::<enrolment::Entity>()
        .filter(enrolment::Column::EditionId.eq(edition))
        .filter(enrolment::Column::Status.eq(EnrolmentStatus::Enrolled))
        .count(&*conn)
        .await?)
}

fn runs_only(runs: bool) -> Result<()> {
    if runs {
        Ok(())
    } else {
        Err(Error::Forbidden(
            "only the people running the edition may do this".to_owned(),
        ))
    }
}

/// Enrols a person in an edition that has not ended: on the list of participants while there
/// is a place, on its waiting list when it is full. Taking part of one's own will or on a
/// referral needs the person's consent, with its date. The people running the edition.
pub async fn enrol(
    tx: &TenantTx,
    reader: ProgrammeAccess,
    key: &DataKey,
    new: NewEnrolment,
) -> Outcome<VisibleEnrolment> {
    let edition = get_edition(tx, new.edition_id).await?;
    runs_only(runs_edition(tx, reader, edition.id).await?)?;
    if edition.ends_on < today() {
        return refused(
            &["input", "editionId"],
            "EDITION_ENDED",
            "this edition has ended",
        );
    }
    if new.basis != EnrolmentBasis::CourtOrder && new.consent_on.is_none() {
        return refused(
            &["input", "consentOn"],
            "CONSENT_REQUIRED",
            "taking part of one's own will or on a referral needs the person's consent",
        );
    }
    if new.consent_on.is_some_and(|d| d > today()) {
        return refused(
            &["input", "consentOn"],
            "IN_FUTURE",
            "the day of consent cannot be in the future",
        );
    }
    let edition = lock_edition(tx, edition.id).await?;
    let full = enrolled_in(tx, edition.id).await? >= u64::try_from(edition.capacity).unwrap_or(0);
    let id = Uuid::now_v7();
    let now = Utc::now();
    {
        let conn = tx.conn().await?;
        enrolment::ActiveModel {
            tenant_id: Set(tx.tenant()),
            id: Set(id),
            edition_id: Set(edition.id),
            basis: Set(new.basis),
            status: Set(if full {
                EnrolmentStatus::Waiting
            } else {
                EnrolmentStatus::Enrolled
            }),
            sealed: Set(key.seal_json(&new.participant, &place::enrolment(id))?),
            consent_on: Set(new.consent_on),
            enrolled_at: Set(now),
            enrolled_by: Set(reader.user()),
            admitted_at: Set((!full).then_some(now)),
            finished_on: Set(None),
            drop_out_reason: Set(None),
            updated_at: Set(now),
            version: Set(1),
        }
        .insert(&*conn)
        .await?;
    }
    Ok(Ok(get_enrolment(tx, reader, key, id).await?))
}

/// Moves an enrolment to `to` at `expected_version` (CONFLICT when someone changed it first).
async fn settle(
    tx: &TenantTx,
    current: &VisibleEnrolment,
    expected_version: i32,
    to: EnrolmentStatus,
    finished: Option<(NaiveDate, Option<DropOutReason>)>,
) -> Result<()> {
    let admitted = to == EnrolmentStatus::Enrolled;
    let conn = tx.conn().await?;
    let mut update = tx
        .update_many::<enrolment::Entity>()
        .col_expr(enrolment::Column::Status, Expr::value(to))
        .col_expr(enrolment::Column::UpdatedAt, Expr::value(Utc::now()))
        .col_expr(
            enrolment::Column::Version,
            Expr::value(expected_version + 1),
        );
    if admitted {
        update = update.col_expr(enrolment::Column::AdmittedAt, Expr::value(Utc::now()));
    }
    if let Some((on, reason)) = finished {
        update = update
            .col_expr(enrolment::Column::FinishedOn, Expr::value(on))
            .col_expr(enrolment::Column::DropOutReason, Expr::value(reason));
    }
    let claimed = update
        .filter(enrolment::Column::Id.eq(current.id))
        .filter(enrolment::Column::Version.eq(expected_version))
        .exec(&*conn)
        .await?;
    if claimed.rows_affected == 0 {
        return Err(stale("enrolment", expected_version + 1));
    }
    Ok(())
}

/// The enrolment, checked: visible (NOT_FOUND otherwise), run by the reader, at `version`.
async fn current(
    tx: &TenantTx,
    reader: ProgrammeAccess,
    key: &DataKey,
    id: Uuid,
    version: i32,
) -> Result<VisibleEnrolment> {
    let found = get_enrolment(tx, reader, key, id).await?;
    if found.version != version {
        return Err(stale("enrolment", found.version));
    }
    Ok(found)
}

fn not_in(status: EnrolmentStatus, step: &str) -> Vec<UserError> {
    vec![UserError::new(
        &["input", "id"],
        "ILLEGAL_TRANSITION",
        format!(
            "an enrolment in status {} cannot be {step}",
            status.as_str()
        ),
    )]
}

/// Admits a person from the waiting list once a place is free. The people running the edition.
pub async fn admit(
    tx: &TenantTx,
    reader: ProgrammeAccess,
    key: &DataKey,
    id: Uuid,
    version: i32,
) -> Outcome<VisibleEnrolment> {
    let found = current(tx, reader, key, id, version).await?;
    if found.status != EnrolmentStatus::Waiting {
        return Ok(Err(not_in(found.status, "admitted")));
    }
    let edition = lock_edition(tx, found.edition_id).await?;
    if enrolled_in(tx, edition.id).await? >= u64::try_from(edition.capacity).unwrap_or(0) {
        return refused(&["input", "id"], "FULL", "the edition has no free place");
    }
    settle(tx, &found, version, EnrolmentStatus::Enrolled, None).await?;
    Ok(Ok(get_enrolment(tx, reader, key, id).await?))
}

/// Completes the programme when its condition is met by the sessions attended (present);
/// SHORT_OF_REQUIRED otherwise, saying what is missing.
pub async fn complete(
    tx: &TenantTx,
    reader: ProgrammeAccess,
    key: &DataKey,
    id: Uuid,
    version: i32,
    on: NaiveDate,
) -> Outcome<VisibleEnrolment> {
    let found = current(tx, reader, key, id, version).await?;
    if found.status != EnrolmentStatus::Enrolled {
        return Ok(Err(not_in(found.status, "completed")));
    }
    if on > today() {
        return refused(
            &["input", "on"],
            "IN_FUTURE",
            "the day cannot be in the future",
        );
    }
    let edition = get_edition(tx, found.edition_id).await?;
    let programme = get_programme(tx, edition.programme_id).await?;
    let rule = CompletionRule::new(programme.required_sessions, programme.required_hours).map_err(
        |e| Error::internal(format!("a stored programme without a completion rule: {e}")),
    )?;
    let attended = crate::attended(tx, &[found.id])
        .await?
        .remove(&found.id)
        .unwrap_or_default();
    if !rule.met_by(attended) {
        let hours = attended.minutes / 60;
        return refused(
            &["input", "id"],
            "SHORT_OF_REQUIRED",
            format!(
                "the programme is completed after {}; attended so far: {} sessions, {} hours",
                match (rule.sessions(), rule.hours()) {
                    (Some(s), Some(h)) => format!("{s} sessions and {h} hours"),
                    (Some(s), None) => format!("{s} sessions"),
                    (None, Some(h)) => format!("{h} hours"),
                    (None, None) => String::new(),
                },
                attended.sessions,
                hours
            ),
        );
    }
    settle(
        tx,
        &found,
        version,
        EnrolmentStatus::Completed,
        Some((on, None)),
    )
    .await?;
    Ok(Ok(get_enrolment(tx, reader, key, id).await?))
}

/// Records that a participant (or a person waiting) dropped out, and why.
pub async fn drop_out(
    tx: &TenantTx,
    reader: ProgrammeAccess,
    key: &DataKey,
    id: Uuid,
    version: i32,
    reason: DropOutReason,
    on: NaiveDate,
) -> Outcome<VisibleEnrolment> {
    let found = current(tx, reader, key, id, version).await?;
    if !matches!(
        found.status,
        EnrolmentStatus::Enrolled | EnrolmentStatus::Waiting
    ) {
        return Ok(Err(not_in(found.status, "dropped out")));
    }
    if on > today() {
        return refused(
            &["input", "on"],
            "IN_FUTURE",
            "the day cannot be in the future",
        );
    }
    settle(
        tx,
        &found,
        version,
        EnrolmentStatus::DroppedOut,
        Some((on, Some(reason))),
    )
    .await?;
    Ok(Ok(get_enrolment(tx, reader, key, id).await?))
}
