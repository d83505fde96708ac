//! Standardy ochrony małoletnich — the register of the municipality's institutions working
//! with children (schools, kindergartens, clubs, clinics…) and their child-protection
//! standards, which the law has required since 2024 and which each institution reviews at
//! least every two years. Each institution keeps the history of its standards: the day they
//! were adopted, each review, and the next review planned at each; its state on any day (in
//! force, review overdue, not adopted) is read from that history, so the statistics of a past
//! year say what was true then.
//!
//! Read by every staff member of the municipality, written by its administrator and the
//! team's chair, like the municipal programme.

use chrono::{Months, NaiveDate, Utc};
use kernel::{Error, Result, TenantTx, UserError};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, QueryFilter, QueryOrder, Set};
use uuid::Uuid;

pub use crate::domain::{InstitutionKind, StandardsEvent};
use crate::store::{standards_institution as institution, standards_review as review};
use crate::usecases::editor_only;
use crate::{Outcome, StrategyAccess};

/// Stan standardów ochrony małoletnich w instytucji na dany dzień.
#[derive(async_graphql::Enum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graphql(name = "ChildProtectionState")]
pub enum StandardsState {
    /// Standardy przyjęte, przegląd w terminie.
    Current,
    /// Termin przeglądu minął.
    ReviewOverdue,
    /// Standardów nie przyjęto.
    NotAdopted,
}

impl StandardsState {
    pub const ALL: [StandardsState; 3] = [
        StandardsState::Current,
        StandardsState::ReviewOverdue,
        StandardsState::NotAdopted,
    ];

    /// The value's code in the statistics.
    pub fn code(self) -> &'static str {
        match self {
            StandardsState::Current => "CURRENT",
            StandardsState::ReviewOverdue => "REVIEW_OVERDUE",
            StandardsState::NotAdopted => "NOT_ADOPTED",
        }
    }

    /// Its name in Polish.
    pub fn label(self) -> &'static str {
        match self {
            StandardsState::Current => "standardy przyjęte, przegląd w terminie",
            StandardsState::ReviewOverdue => "termin przeglądu minął",
            StandardsState::NotAdopted => "standardów nie przyjęto",
        }
    }
}

/// The earliest day an adoption or review is recorded for: standards older than that would be
/// a typing mistake.
const EARLIEST: NaiveDate = match NaiveDate::from_ymd_opt(2000, 1, 1) {
    Some(day) => day,
    None => NaiveDate::MIN,
};

/// The longest time between two reviews: the statute's "at least every two years".
pub const REVIEW_EVERY: Months = Months::new(24);

/// One entry of an institution's history: adopted or reviewed on a day, the next review
/// planned then.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Review {
    pub event: StandardsEvent,
    pub on: NaiveDate,
    pub next_review_on: NaiveDate,
}

/// The latest day a review after one on `on` may be planned for.
pub fn review_deadline(on: NaiveDate) -> NaiveDate {
    on.checked_add_months(REVIEW_EVERY)
        .unwrap_or(NaiveDate::MAX)
}

/// The next review after one on `on`: as planned (after `on`, within two years) or, when not
/// given, two years after; the field's code and message otherwise.
pub fn next_review(
    on: NaiveDate,
    planned: Option<NaiveDate>,
) -> std::result::Result<NaiveDate, (&'static str, String)> {
    let deadline = review_deadline(on);
    match planned {
        None => Ok(deadline),
        Some(day) if day <= on => Err((
            "NEXT_NOT_AFTER",
            "the next review comes after this one".to_owned(),
        )),
        Some(day) if day > deadline => Err((
            "REVIEW_TOO_LATE",
            format!(
                "standards are reviewed at least every two years: by {}",
                deadline.format("%d.%m.%Y")
            ),
        )),
        Some(day) => Ok(day),
    }
}

/// The entry in force on `day`: the latest one on or before it (`history` in order).
pub fn in_force(history: &[Review], day: NaiveDate) -> Option<&Review> {
    history.iter().rev().find(|r| r.on <= day)
}

/// The state of an institution's standards on `day`.
pub fn state_on(history: &[Review], day: NaiveDate) -> StandardsState {
    match in_force(history, day) {
        None => StandardsState::NotAdopted,
        Some(r) if r.next_review_on < day => StandardsState::ReviewOverdue,
        Some(_) => StandardsState::Current,
    }
}

/// Instytucja w rejestrze standardów, with its history in order.
#[derive(Clone, Debug)]
pub struct Institution {
    pub id: Uuid,
    pub name: String,
    pub kind: InstitutionKind,
    pub responsible_person: String,
    /// The day it was added to the register (Polish time).
    pub registered_on: NaiveDate,
    pub history: Vec<Review>,
    pub version: i32,
}

impl Institution {
    pub fn adopted_on(&self) -> Option<NaiveDate> {
        self.history.first().map(|r| r.on)
    }

    /// The last review recorded (the adoption is not a review).
    pub fn last_review_on(&self) -> Option<NaiveDate> {
        self.history
            .iter()
            .rev()
            .find(|r| r.event == StandardsEvent::Reviewed)
            .map(|r| r.on)
    }

    pub fn next_review_on(&self) -> Option<NaiveDate> {
        self.history.last().map(|r| r.next_review_on)
    }

    /// Whether the register knew of it on `day`: added by then, or with standards in force then
    /// (a history entered later is what was true then). An institution added later without
    /// standards is not counted in earlier periods, so past figures do not change with it.
    pub fn known_on(&self, day: NaiveDate) -> bool {
        self.registered_on <= day || in_force(&self.history, day).is_some()
    }
}

/// What describes an institution, parsed.
#[derive(Clone, Debug)]
pub struct InstitutionContent {
    pub name: String,
    pub kind: InstitutionKind,
    pub responsible_person: String,
}

/// An entry of the history to record, parsed: the institution at the version read.
#[derive(Clone, Debug)]
pub struct NewReview {
    pub institution: Uuid,
    pub version: i32,
    pub event: StandardsEvent,
    pub on: NaiveDate,
    pub next_review_on: Option<NaiveDate>,
}

fn refusal(field: &str, code: &str, message: impl Into<String>) -> Vec<UserError> {
    vec![UserError::new(&["input", field], code, message)]
}

fn conflict() -> Error {
    Error::Conflict("this institution was changed by someone else; reload and try again".to_owned())
}

/// Adds an institution to the register (its standards not yet recorded); its ID.
pub async fn add_institution(
    tx: &TenantTx,
    reader: StrategyAccess,
    content: InstitutionContent,
) -> Result<Uuid> {
    editor_only(reader)?;
    let id = Uuid::now_v7();
    let now = Utc::now();
    let conn = tx.conn().await?;
    institution::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(id),
        name: Set(content.name),
        kind: Set(content.kind),
        responsible_person: Set(content.responsible_person),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
    }
    .insert(&*conn)
    .await?;
    tx.touch(crate::ids::institution_gid(id));
    Ok(id)
}

/// Bumps an institution's version from `version` (CONFLICT when someone changed it first),
/// with `content` when given.
async fn bump(
    tx: &TenantTx,
    id: Uuid,
    version: i32,
    content: Option<InstitutionContent>,
) -> Result<()> {
    let conn = tx.conn().await?;
    let mut update = tx
        .update_many::<institution::Entity>()
        .col_expr(institution::Column::UpdatedAt, Expr::value(Utc::now()))
        .col_expr(institution::Column::Version, Expr::value(version + 1));
    if let Some(c) = content {
        update = update
            .col_expr(institution::Column::Name, Expr::value(c.name))
            .col_expr(institution::Column::Kind, Expr::value(c.kind))
            .col_expr(
                institution::Column::ResponsiblePerson,
                Expr::value(c.responsible_person),
            );
    }
    let changed = update
        .filter(institution::Column::Id.eq(id))
        .filter(institution::Column::Version.eq(version))
        .exec(&*conn)
        .await?;
    if changed.rows_affected == 0 {
        return Err(conflict());
    }
    Ok(())
}

/// Replaces an institution's name, kind and responsible person at the version read.
pub async fn update_institution(
    tx: &TenantTx,
    reader: StrategyAccess,
    id: Uuid,
    version: i32,
    content: InstitutionContent,
) -> Result<Uuid> {
    editor_only(reader)?;
    let found = institutions(tx, Some(&[id])).await?.pop();
    let found = found.ok_or(Error::NotFound)?;
    if found.version != version {
        return Err(conflict());
    }
    bump(tx, id, version, Some(content)).await?;
    tx.touch(crate::ids::institution_gid(id));
    Ok(id)
}

/// Records that an institution adopted its standards (once: `ALREADY_ADOPTED`) or reviewed
/// them (after adopting them: `NOT_ADOPTED`; after the last entry's day: `BEFORE_LAST`), on a
/// day not in the future (from 2000 on), with the next review planned (two years on when not given). At the
/// institution's version, so two people recording at once cannot both pass the checks.
pub async fn record_review(tx: &TenantTx, reader: StrategyAccess, new: NewReview) -> Outcome<Uuid> {
    editor_only(reader)?;
    let found = institutions(tx, Some(&[new.institution])).await?.pop();
    let found = found.ok_or(Error::NotFound)?;
    if found.version != new.version {
        return Err(conflict());
    }
    if new.on > kernel::calendar::today() {
        return Ok(Err(refusal("on", "IN_FUTURE", "a day that has come")));
    }
    if new.on < EARLIEST {
        return Ok(Err(refusal(
            "on",
            "OUT_OF_RANGE",
            "a day from the year 2000 on",
        )));
    }
    match (new.event, found.history.last()) {
        (StandardsEvent::Adopted, Some(_)) => {
            return Ok(Err(refusal(
                "event",
                "ALREADY_ADOPTED",
                "the standards were adopted already: record a review",
            )))
        }
        (StandardsEvent::Reviewed, None) => {
            return Ok(Err(refusal(
                "event",
                "NOT_ADOPTED",
                "record the adoption of the standards first",
            )))
        }
        (_, Some(last)) if new.on <= last.on => {
            return Ok(Err(refusal(
                "on",
                "BEFORE_LAST",
                format!(
                    "the last entry is of {}: a review after it",
                    last.on.format("%d.%m.%Y")
                ),
            )))
        }
        _ => {}
    }
    let next = match next_review(new.on, new.next_review_on) {
        Ok(next) => next,
        Err((code, message)) => return Ok(Err(refusal("nextReviewOn", code, message))),
    };
    bump(tx, found.id, new.version, None).await?;
    let conn = tx.conn().await?;
    review::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(Uuid::now_v7()),
        institution_id: Set(found.id),
        kind: Set(new.event),
        reviewed_on: Set(new.on),
        next_review_on: Set(next),
        recorded_by: Set(reader.user()),
        created_at: Set(Utc::now()),
    }
    .insert(&*conn)
    .await?;
    tx.touch(crate::ids::institution_gid(found.id));
    Ok(Ok(found.id))
}

/// The register (the institutions among `ids`, when given), by name, each with its history,
/// in two statements.
pub async fn institutions(tx: &TenantTx, ids: Option<&[Uuid]>) -> Result<Vec<Institution>> {
    let conn = tx.conn().await?;
    let mut query = tx.select::<institution::Entity>();
    if let Some(ids) = ids {
        query = query.filter(institution::Column::Id.is_in(ids.iter().copied()));
    }
    let mut found: Vec<Institution> = query
        .order_by_asc(institution::Column::Name)
        .order_by_asc(institution::Column::Id)
        .all(&*conn)
        .await?
        .into_iter()
        .map(|m| Institution {
            id: m.id,
            name: m.name,
            kind: m.kind,
            responsible_person: m.responsible_person,
            registered_on: kernel::calendar::day_of(m.created_at),
            history: Vec::new(),
            version: m.version,
        })
        .collect();
    if found.is_empty() {
        return Ok(found);
    }
    let mut reviews = tx.select::<review::Entity>();
    if ids.is_some() {
        reviews = reviews.filter(review::Column::InstitutionId.is_in(found.iter().map(|i| i.id)));
    }
    let reviews = reviews
        .order_by_asc(review::Column::ReviewedOn)
        .order_by_asc(review::Column::Id)
        .all(&*conn)
        .await?;
    let index: std::collections::HashMap<Uuid, usize> =
        found.iter().enumerate().map(|(n, i)| (i.id, n)).collect();
    for r in reviews {
        if let Some(i) = index.get(&r.institution_id).and_then(|n| found.get_mut(*n)) {
            i.history.push(Review {
                event: r.kind,
                on: r.reviewed_on,
                next_review_on: r.next_review_on,
            });
        }
    }
    Ok(found)
}

#[cfg(test)]
#[path = "standards_tests.rs"]
mod tests;
