//! Use cases of enrolments: enrolling a person (onto the waiting list when the edition is
//! full), admitting one from the waiting list, completing and dropping out, each a step of
//! [`EnrolmentStep`]'s table. The people running the edition; an enrolment anyone else asks
//! for is NOT_FOUND, as one that does not exist. A refusal writes nothing.

use chrono::{NaiveDate, Utc};
use kernel::crypto::DataKey;
use kernel::{Error, Result, TenantTx, UserError};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, PaginatorTrait, QueryFilter, Set};
use uuid::Uuid;

use cases::domain::PlanItemStatus;

use crate::access::{edition_from, get_enrolment, runs_edition, ProgrammeAccess, VisibleEnrolment};
use crate::domain::{
    CompletionRule, DropOutReason, EnrolmentBasis, EnrolmentStatus, EnrolmentStep, NewEnrolment,
    Participant,
};
use crate::store::{edition, enrolment};
use crate::usecases::{get_edition, get_programme, refused, stale, today, Outcome};
use crate::{place, Edition, ReferralLink};

/// The edition, locked until the transaction ends, so that its places are counted and taken by
/// one enrolment at a time (PostgreSQL; SQLite's write lock serialises). Nothing is written.
async fn lock_edition(tx: &TenantTx, id: Uuid) -> Result<Edition> {
    use sea_orm::QuerySelect;
    let conn = tx.conn().await?;
    let query = tx.select_by_id::<edition::Entity>(id);
    let query = if tx.backend() == kernel::Backend::Postgres {
        query.lock_exclusive()
    } else {
        query
    };
    query
        .one(&*conn)
        .await?
        .map(edition_from)
        .ok_or(Error::NotFound)
}

/// Whether the edition's places are all taken.
async fn full(tx: &TenantTx, edition: &Edition) -> Result<bool> {
    let conn = tx.conn().await?;
    let enrolled = tx
        .select::<enrolment::Entity>()
        .filter(enrolment::Column::EditionId.eq(edition.id))
        .filter(enrolment::Column::Status.eq(EnrolmentStatus::Enrolled))
        .count(&*conn)
        .await?;
    Ok(enrolled >= u64::try_from(edition.capacity).unwrap_or(0))
}

/// What refuses an enrolment in `edition`: an edition that has ended; taking part of one's own
/// will or on a referral without the person's consent, or consent dated in the future.
pub(crate) fn enrolment_problems(
    edition: &Edition,
    basis: EnrolmentBasis,
    consent_on: Option<NaiveDate>,
) -> Option<Vec<UserError>> {
    let problem = |field: &str, code: &str, message: &str| {
        Some(vec![UserError::new(&["input", field], code, message)])
    };
    if edition.ends_on < today() {
        return problem("editionId", "EDITION_ENDED", "this edition has ended");
    }
    if basis != EnrolmentBasis::CourtOrder && consent_on.is_none() {
        return problem(
            "consentOn",
            "CONSENT_REQUIRED",
            "taking part of one's own will or on a referral needs the person's consent",
        );
    }
    if consent_on.is_some_and(|d| d > today()) {
        return problem(
            "consentOn",
            "IN_FUTURE",
            "the day of consent cannot be in the future",
        );
    }
    None
}

/// What became of a request for a place.
pub(crate) enum Placement {
    /// The enrolment's ID, among the participants or on the waiting list.
    Placed(Uuid),
    /// The referral is acted on by another enrolment already (one written at the same moment).
    ReferralTaken,
    /// The same person (name, and date of birth when both are known) already takes part or
    /// waits.
    SamePerson,
}

/// Whether `person` is among the edition's participants taking part or waiting. A card's person
/// (a referral) is compared by who they are on the card, so the card's group learns nothing of
/// the edition's other participants; anyone else by the same first and last name (letter case
/// and spaces aside) and the same date of birth when both are known.
async fn takes_part(
    tx: &TenantTx,
    key: &DataKey,
    edition_id: Uuid,
    person: &Participant,
    card_person: Option<Uuid>,
) -> Result<bool> {
    let rows = {
        let conn = tx.conn().await?;
        tx.select::<enrolment::Entity>()
            .filter(enrolment::Column::EditionId.eq(edition_id))
            .filter(
                enrolment::Column::Status
                    .is_in([EnrolmentStatus::Waiting, EnrolmentStatus::Enrolled]),
            )
            .all(&*conn)
            .await?
    };
    if let Some(card_person) = card_person {
        return Ok(rows.iter().any(|r| r.card_person_id == Some(card_person)));
    }
    let words = |a: &str| {
        a.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let same = |a: &str, b: &str| words(a) == words(b);
    for row in rows {
        let other: Participant = key.open_json(&row.sealed, &place::enrolment(row.id))?;
        let born = match (other.date_of_birth, person.date_of_birth) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        if same(&other.first_name, &person.first_name)
            && same(&other.last_name, &person.last_name)
            && born
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Gives the person a place in the edition, or one on its waiting list when it is full, the
/// edition locked while its places are counted and its participants compared.
pub(crate) async fn take_place(
    tx: &TenantTx,
    by: Uuid,
    key: &DataKey,
    new: &NewEnrolment,
    referral: Option<ReferralLink>,
) -> Result<Placement> {
    let edition = lock_edition(tx, new.edition_id).await?;
    let card_person = referral.map(|r| r.card_person_id);
    if takes_part(tx, key, edition.id, &new.participant, card_person).await? {
        return Ok(Placement::SamePerson);
    }
    let waits = full(tx, &edition).await?;
    let id = Uuid::now_v7();
    let now = Utc::now();
    let conn = tx.conn().await?;
    let row = enrolment::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(id),
        edition_id: Set(edition.id),
        basis: Set(new.basis),
        status: Set(if waits {
            EnrolmentStatus::Waiting
        } else {
            EnrolmentStatus::Enrolled
        }),
        sealed: Set(key.seal_json(&new.participant, &place::enrolment(id))?),
        consent_on: Set(new.consent_on),
        enrolled_at: Set(now),
        enrolled_by: Set(by),
        admitted_at: Set((!waits).then_some(now)),
        finished_on: Set(None),
        drop_out_reason: Set(None),
        plan_item_id: Set(referral.map(|r| r.plan_item_id)),
        card_person_id: Set(referral.map(|r| r.card_person_id)),
        updated_at: Set(now),
        version: Set(1),
    };
    Ok(match kernel::unique::insert(&conn, row).await? {
        Some(_) => Placement::Placed(id),
        None => Placement::ReferralTaken,
    })
}

/// Enrols a person in an edition that has not ended: among its participants while there is a
/// place, on its waiting list when it is full. Taking part of one's own will or on a referral
/// needs the person's consent, with its date. The people running the edition.
pub async fn enrol(
    tx: &TenantTx,
    reader: ProgrammeAccess,
    key: &DataKey,
    new: NewEnrolment,
) -> Outcome<VisibleEnrolment> {
    let edition = get_edition(tx, new.edition_id).await?;
    if !runs_edition(tx, reader, edition.id).await? {
        return Err(Error::Forbidden(
            "only the people running the edition enrol in it".to_owned(),
        ));
    }
    if let Some(errors) = enrolment_problems(&edition, new.basis, new.consent_on) {
        return Ok(Err(errors));
    }
    let id = match take_place(tx, reader.user(), key, &new, None).await? {
        Placement::Placed(id) => id,
        Placement::SamePerson => {
            return refused(
                &["input", "participant"],
                "ALREADY_ENROLLED",
                "this person already takes part in this edition, or waits for a place",
            )
        }
        Placement::ReferralTaken => {
            return Err(Error::internal(
                "a direct enrolment refused as a referral's second",
            ))
        }
    };
    Ok(Ok(get_enrolment(tx, reader, key, id).await?))
}

/// The enrolment at `version` and the status `step` leads it to: NOT_FOUND for one the reader
/// may not see, CONFLICT for a stale version, ILLEGAL_TRANSITION when the table forbids it.
async fn take(
    tx: &TenantTx,
    reader: ProgrammeAccess,
    key: &DataKey,
    id: Uuid,
    version: i32,
    step: EnrolmentStep,
) -> Result<std::result::Result<(VisibleEnrolment, EnrolmentStatus), Vec<UserError>>> {
    let found = get_enrolment(tx, reader, key, id).await?;
    if found.version != version {
        return Err(stale("enrolment"));
    }
    Ok(match step.transition(found.status) {
        Some(to) => Ok((found, to)),
        None => Err(vec![UserError::new(
            &["input", "id"],
            "ILLEGAL_TRANSITION",
            format!(
                "an enrolment in status {} cannot take the step {}",
                found.status.as_str(),
                step.as_str().replace('_', " ")
            ),
        )]),
    })
}

/// Moves the enrolment to `to` at `version` (CONFLICT when someone changed it first).
async fn settle(
    tx: &TenantTx,
    found: &VisibleEnrolment,
    version: i32,
    to: EnrolmentStatus,
    finished: Option<(NaiveDate, Option<DropOutReason>)>,
) -> Result<()> {
    let now = Utc::now();
    let conn = tx.conn().await?;
    let mut update = tx
        .update_many::<enrolment::Entity>()
        .col_expr(enrolment::Column::Status, Expr::value(to))
        .col_expr(enrolment::Column::UpdatedAt, Expr::value(now))
        .col_expr(enrolment::Column::Version, Expr::value(version + 1));
    if to == EnrolmentStatus::Enrolled {
        update = update.col_expr(enrolment::Column::AdmittedAt, Expr::value(now));
    }
    if let Some((on, reason)) = finished {
        update = update
            .col_expr(enrolment::Column::FinishedOn, Expr::value(on))
            .col_expr(enrolment::Column::DropOutReason, Expr::value(reason));
    }
    let claimed = update
        .filter(enrolment::Column::Id.eq(found.id))
        .filter(enrolment::Column::Version.eq(version))
        .exec(&*conn)
        .await?;
    if claimed.rows_affected == 0 {
        return Err(stale("enrolment"));
    }
    Ok(())
}

fn day_problem(on: NaiveDate, edition: &Edition) -> Option<Vec<UserError>> {
    if on > today() {
        return Some(vec![UserError::new(
            &["input", "on"],
            "IN_FUTURE",
            "the day cannot be in the future",
        )]);
    }
    (on < edition.starts_on).then(|| {
        vec![UserError::new(
            &["input", "on"],
            "BEFORE_EDITION",
            format!("the edition starts on {}", edition.starts_on),
        )]
    })
}

/// Admits a person from the waiting list once a place is free, while the edition runs.
pub async fn admit(
    tx: &TenantTx,
    reader: ProgrammeAccess,
    key: &DataKey,
    id: Uuid,
    version: i32,
) -> Outcome<VisibleEnrolment> {
    let (found, to) = match take(tx, reader, key, id, version, EnrolmentStep::Admit).await? {
        Ok(taken) => taken,
        Err(errors) => return Ok(Err(errors)),
    };
    let edition = lock_edition(tx, found.edition_id).await?;
    if edition.ends_on < today() {
        return refused(&["input", "id"], "EDITION_ENDED", "this edition has ended");
    }
    if full(tx, &edition).await? {
        return refused(&["input", "id"], "FULL", "the edition has no free place");
    }
    settle(tx, &found, version, to, None).await?;
    Ok(Ok(get_enrolment(tx, reader, key, id).await?))
}

/// Completes the programme when its condition is met by the sessions attended (present);
/// SHORT_OF_REQUIRED otherwise, saying what was attended.
pub async fn complete(
    tx: &TenantTx,
    reader: ProgrammeAccess,
    key: &DataKey,
    id: Uuid,
    version: i32,
    on: NaiveDate,
) -> Outcome<VisibleEnrolment> {
    let (found, to) = match take(tx, reader, key, id, version, EnrolmentStep::Complete).await? {
        Ok(taken) => taken,
        Err(errors) => return Ok(Err(errors)),
    };
    let edition = get_edition(tx, found.edition_id).await?;
    if let Some(errors) = day_problem(on, &edition) {
        return Ok(Err(errors));
    }
    let programme = get_programme(tx, edition.programme_id).await?;
    let rule = CompletionRule::new(programme.required_sessions, programme.required_hours).map_err(
        |e| Error::internal(format!("a stored programme without a completion rule: {e}")),
    )?;
    let attended = crate::sessions::attended(tx, &[found.id])
        .await?
        .remove(&found.id)
        .unwrap_or_default();
    if !rule.met_by(attended) {
        let required = match (rule.sessions(), rule.hours()) {
            (Some(s), Some(h)) => format!("{s} sessions and {h} hours"),
            (Some(s), None) => format!("{s} sessions"),
            (None, Some(h)) => format!("{h} hours"),
            (None, None) => String::new(),
        };
        return refused(
            &["input", "id"],
            "SHORT_OF_REQUIRED",
            format!(
                "the programme is completed after {required}; attended so far: {} sessions, {} hours",
                attended.sessions,
                attended.minutes / 60
            ),
        );
    }
    settle(tx, &found, version, to, Some((on, None))).await?;
    referral_moves(tx, &found, PlanItemStatus::Done, reader).await?;
    Ok(Ok(get_enrolment(tx, reader, key, id).await?))
}

/// Records that a participant, or a person waiting, dropped out, and why.
pub async fn drop_out(
    tx: &TenantTx,
    reader: ProgrammeAccess,
    key: &DataKey,
    id: Uuid,
    version: i32,
    reason: DropOutReason,
    on: NaiveDate,
) -> Outcome<VisibleEnrolment> {
    let (found, to) = match take(tx, reader, key, id, version, EnrolmentStep::DropOut).await? {
        Ok(taken) => taken,
        Err(errors) => return Ok(Err(errors)),
    };
    if on > today() {
        return refused(
            &["input", "on"],
            "IN_FUTURE",
            "the day cannot be in the future",
        );
    }
    settle(tx, &found, version, to, Some((on, Some(reason)))).await?;
    referral_moves(tx, &found, PlanItemStatus::Abandoned, reader).await?;
    Ok(Ok(get_enrolment(tx, reader, key, id).await?))
}

/// The action plan's referral item an enrolment was made from follows its outcome, in the
/// same transaction.
async fn referral_moves(
    tx: &TenantTx,
    found: &VisibleEnrolment,
    status: PlanItemStatus,
    reader: ProgrammeAccess,
) -> Result<()> {
    match found.referral {
        Some(link) => {
            cases::referral_progressed(tx, link.plan_item_id, status, Some(reader.user()), None)
                .await
        }
        None => Ok(()),
    }
}
