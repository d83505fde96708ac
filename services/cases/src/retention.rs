//! How long a municipality keeps a closed procedure, and the erasure of its personal data once
//! that time has passed (GDPR art. 5 ust. 1 lit. e). As records classifications count it, the
//! period runs in whole years from 1 January of the year after the procedure ended (its
//! post-closure monitoring ended): ten by default (e.g. B10, as the municipality's JRWA says),
//! five at least (Ostoja's floor), fifty at most. The worker erases: every sealed value of the
//! card (its NK-A, persons, corrections, forms, plans, notes of work, meetings, outside members)
//! is replaced by an erasure mark, the indexes that found its people and the digests of its
//! forms are removed, and a report is written, which marks the card erased. What the statistics
//! count stays in the clear (statuses, dates, roles, sex, age band, kinds of work), so the
//! municipality's figures do not change. An erased card is read by no one
//! (`read::visible_cards`). This erases Ostoja's data; the destruction of the paper file
//! (brakowanie, with the state archive's consent for category B) stays the office's procedure.

use chrono::{NaiveDate, Utc};
use kernel::crypto::DataKey;
use kernel::{Error, Result, TenantTx};
use sea_orm::sea_query::{Expr, OnConflict, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Set,
};
use serde::Serialize;
use uuid::Uuid;

use crate::domain::DeadlineKind;
use crate::place;
use crate::procedure::Status;
use crate::store::{
    card, deadline, erasure, form, meeting, opening_key, outside_member, person, person_revision,
    person_token, plan_item, retention, work,
};

/// Lata przechowywania zakończonej procedury.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetentionYears(u32);

impl RetentionYears {
    pub const MIN: u32 = 5;
    pub const MAX: u32 = 50;
    pub const DEFAULT: RetentionYears = RetentionYears(10);

    /// The error is the userError's code: `TOO_SHORT` below the shortest category, `TOO_LONG`
    /// past fifty years.
    pub fn parse(years: i64) -> std::result::Result<Self, &'static str> {
        if years < i64::from(Self::MIN) {
            Err("TOO_SHORT")
        } else if years > i64::from(Self::MAX) {
            Err("TOO_LONG")
        } else {
            Ok(RetentionYears(years as u32))
        }
    }

    pub fn years(self) -> u32 {
        self.0
    }

    /// The last day a procedure may have ended to be past its retention on `today`: the end of
    /// the year `years` + 1 before this one (a procedure ended in 2026 is kept ten years from
    /// 1 January 2027, to the end of 2036).
    pub fn ended_by(self, today: NaiveDate) -> Option<NaiveDate> {
        use chrono::Datelike;
        NaiveDate::from_ymd_opt(today.year() - self.0 as i32 - 1, 12, 31)
    }
}

/// The municipality's retention: its own, or the default.
#[derive(Debug, Clone, Copy)]
pub struct Retention {
    pub years: RetentionYears,
    /// Whether the default applies (the municipality set none).
    pub default: bool,
    /// 0 while the default applies.
    pub version: i32,
}

pub async fn retention(tx: &TenantTx) -> Result<Retention> {
    let row = {
        let conn = tx.conn().await?;
        tx.select::<retention::Entity>().one(&*conn).await?
    };
    Ok(match row {
        Some(r) => Retention {
            years: RetentionYears::parse(i64::from(r.years))
                .map_err(|_| Error::internal("a stored retention is out of range"))?,
            default: false,
            version: r.version,
        },
        None => Retention {
            years: RetentionYears::DEFAULT,
            default: true,
            version: 0,
        },
    })
}

/// Sets the municipality's retention if it is still at `expected_version` (CONFLICT otherwise).
pub async fn set_retention(
    tx: &TenantTx,
    years: RetentionYears,
    expected_version: i32,
) -> Result<Retention> {
    let current = retention(tx).await?;
    let stale = |now: i32| {
        Error::Conflict(format!(
            "the retention was changed by someone else (now at version {now}); reload and try again"
        ))
    };
    if current.version != expected_version {
        return Err(stale(current.version));
    }
    let conn = tx.conn().await?;
    let now = Utc::now();
    if expected_version == 0 {
        let inserted = retention::Entity::insert(retention::ActiveModel {
            tenant_id: Set(tx.tenant()),
            years: Set(years.years() as i32),
            updated_at: Set(now),
            version: Set(1),
        })
        .on_conflict(
            OnConflict::column(retention::Column::TenantId)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(&*conn)
        .await?;
        if inserted == 0 {
            return Err(stale(1));
        }
    } else {
        let updated = tx
            .update_many::<retention::Entity>()
            .col_expr(retention::Column::Years, Expr::value(years.years() as i32))
            .col_expr(retention::Column::UpdatedAt, Expr::value(now))
            .col_expr(
                retention::Column::Version,
                Expr::value(expected_version + 1),
            )
            .filter(retention::Column::Version.eq(expected_version))
            .exec(&*conn)
            .await?;
        if updated.rows_affected == 0 {
            return Err(stale(expected_version + 1));
        }
    }
    Ok(Retention {
        years,
        default: false,
        version: expected_version + 1,
    })
}

/// The report of one card's erasure.
#[derive(Debug, Clone)]
pub struct Erasure {
    pub id: Uuid,
    pub card_id: Uuid,
    /// The card's number (`NK/2026/0042`), when it had one.
    pub number: Option<String>,
    pub initiated_on: NaiveDate,
    pub closed_on: Option<NaiveDate>,
    pub erased_on: NaiveDate,
    /// The retention in force when it was erased.
    pub years: u32,
    /// The persons whose data was erased.
    pub persons: u32,
    /// The other records erased: the NK-A details, corrections, forms, plan items, notes of
    /// work, meetings and outside members.
    pub records: u32,
}

/// The erasure reports, the latest first.
pub async fn erasures(tx: &TenantTx, first: u64) -> Result<Vec<Erasure>> {
    let conn = tx.conn().await?;
    Ok(tx
        .select::<erasure::Entity>()
        .order_by_desc(erasure::Column::ErasedOn)
        .order_by_desc(erasure::Column::CreatedAt)
        .limit(first)
        .all(&*conn)
        .await?
        .into_iter()
        .map(|m| Erasure {
            id: m.id,
            card_id: m.card_id,
            number: m.number,
            initiated_on: m.initiated_on,
            closed_on: m.closed_on,
            erased_on: m.erased_on,
            years: u32::try_from(m.years).unwrap_or_default(),
            persons: u32::try_from(m.persons).unwrap_or_default(),
            records: u32::try_from(m.records).unwrap_or_default(),
        })
        .collect())
}

/// How many cards one run of the worker erases at most; the rest wait for the next run.
const BATCH: u64 = 100;

/// What an erased value holds instead of the data: the day it was erased.
#[derive(Serialize)]
struct Erased {
    erased_on: NaiveDate,
}

/// Erases the personal data of every procedure whose retention ended by `today`, with the
/// filings attached to it (and to those, however deep), and reports each card.
pub async fn erase_expired(tx: &TenantTx, key: &DataKey, today: NaiveDate) -> Result<Vec<Erasure>> {
    let kept = retention(tx).await?.years;
    let Some(cutoff) = kept.ended_by(today) else {
        return Ok(Vec::new());
    };
    let due = {
        let conn = tx.conn().await?;
        // Ended: its monitoring's deadline met by the cut-off (a closed card without one, from
        // before deadlines were kept, by its closing day).
        let ended = Query::select()
            .column(deadline::Column::CardId)
            .from(deadline::Entity)
            .and_where(tx.scope::<deadline::Entity>())
            .and_where(deadline::Column::Kind.eq(DeadlineKind::EndOfMonitoring))
            .and_where(deadline::Column::MetOn.lte(cutoff))
            .to_owned();
        let with_end = Query::select()
            .column(deadline::Column::CardId)
            .from(deadline::Entity)
            .and_where(tx.scope::<deadline::Entity>())
            .and_where(deadline::Column::Kind.eq(DeadlineKind::EndOfMonitoring))
            .to_owned();
        let mut due: Vec<card::Model> = tx
            .select::<card::Entity>()
            // A record of a procedure handed over to another municipality ends with it.
            .filter(card::Column::Status.is_in([Status::Closed, Status::HandedOver]))
            .filter(card::Column::Id.not_in_subquery(crate::search::erased_cards(tx)))
            .filter(
                Condition::any()
                    .add(card::Column::Id.in_subquery(ended))
                    .add(
                        Condition::all()
                            .add(card::Column::Id.not_in_subquery(with_end))
                            .add(card::Column::ClosedOn.lte(cutoff)),
                    ),
            )
            .order_by_asc(card::Column::ClosedOn)
            .limit(BATCH)
            .all(&*conn)
            .await?;
        // The filings attached to them, and those attached to the filings.
        let mut parents: Vec<Uuid> = due.iter().map(|c| c.id).collect();
        while !parents.is_empty() {
            let attached = tx
                .select::<card::Entity>()
                .filter(card::Column::AttachedTo.is_in(parents.iter().copied()))
                .filter(card::Column::Id.not_in_subquery(crate::search::erased_cards(tx)))
                .all(&*conn)
                .await?;
            parents = attached
                .iter()
                .map(|c| c.id)
                .filter(|id| !due.iter().any(|d| d.id == *id))
                .collect();
            due.extend(attached.into_iter().filter(|c| parents.contains(&c.id)));
        }
        due
    };
    let mut reports = Vec::new();
    for c in due {
        reports.push(erase_card(tx, key, c, today, kept).await?);
    }
    Ok(reports)
}

async fn erase_card(
    tx: &TenantTx,
    key: &DataKey,
    c: card::Model,
    today: NaiveDate,
    kept: RetentionYears,
) -> Result<Erasure> {
    let mark = Erased { erased_on: today };
    let conn = tx.conn().await?;
    let persons = tx
        .select::<person::Entity>()
        .filter(person::Column::CardId.eq(c.id))
        .all(&*conn)
        .await?;
    for p in &persons {
        tx.update_many::<person::Entity>()
            .col_expr(
                person::Column::Sealed,
                Expr::value(key.seal_json(&mark, &place::person(p.id))?),
            )
            .col_expr(
                person::Column::PeselIndex,
                Expr::value(Option::<String>::None),
            )
            // No keyed index equals this: nothing finds the person any more.
            .col_expr(person::Column::IdentityIndex, Expr::value("erased"))
            .filter(person::Column::Id.eq(p.id))
            .exec(&*conn)
            .await?;
    }
    tx.delete_many::<person_token::Entity>()
        .filter(person_token::Column::CardId.eq(c.id))
        .exec(&*conn)
        .await?;
    let mut records = 1u32;
    macro_rules! reseal {
        ($entity:ident, $place:path) => {{
            let ids: Vec<Uuid> = tx
                .select::<$entity::Entity>()
                .filter($entity::Column::CardId.eq(c.id))
                .select_only()
                .column($entity::Column::Id)
                .into_tuple()
                .all(&*conn)
                .await?;
            for id in &ids {
                tx.update_many::<$entity::Entity>()
                    .col_expr(
                        $entity::Column::Sealed,
                        Expr::value(key.seal_json(&mark, &$place(*id))?),
                    )
                    .filter($entity::Column::Id.eq(*id))
                    .exec(&*conn)
                    .await?;
            }
            records += ids.len() as u32;
        }};
    }
    reseal!(person_revision, place::person_revision);
    reseal!(form, place::form);
    reseal!(plan_item, place::plan_item);
    reseal!(meeting, place::meeting);
    reseal!(outside_member, place::outside_member);
    let notes = tx
        .update_many::<work::Entity>()
        .col_expr(
            work::Column::NoteSealed,
            Expr::value(Option::<String>::None),
        )
        .filter(work::Column::CardId.eq(c.id))
        .filter(work::Column::NoteSealed.is_not_null())
        .exec(&*conn)
        .await?;
    records += notes.rows_affected as u32;
    tx.update_many::<card::Entity>()
        .col_expr(
            card::Column::DetailsSealed,
            Expr::value(key.seal_json(&mark, &place::card(c.id))?),
        )
        .filter(card::Column::Id.eq(c.id))
        .exec(&*conn)
        .await?;
    // A keyed digest of each form sent: of personal data too.
    tx.delete_many::<opening_key::Entity>()
        .filter(opening_key::Column::CardId.eq(c.id))
        .exec(&*conn)
        .await?;
    let report = Erasure {
        id: Uuid::now_v7(),
        card_id: c.id,
        number: crate::search::number_of(&c).map(|n| n.to_string()),
        initiated_on: c.initiated_on,
        closed_on: c.closed_on,
        erased_on: today,
        years: kept.years(),
        persons: persons.len() as u32,
        records,
    };
    erasure::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(report.id),
        card_id: Set(c.id),
        number: Set(report.number.clone()),
        initiated_on: Set(report.initiated_on),
        closed_on: Set(report.closed_on),
        erased_on: Set(today),
        years: Set(report.years as i32),
        persons: Set(report.persons as i32),
        records: Set(report.records as i32),
        created_at: Set(Utc::now()),
    }
    .insert(&*conn)
    .await?;
    tx.touch(crate::ids::card_gid(c.id));
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_law_bounds_the_period() {
        assert_eq!(RetentionYears::parse(4), Err("TOO_SHORT"));
        assert_eq!(RetentionYears::parse(-1), Err("TOO_SHORT"));
        assert_eq!(RetentionYears::parse(51), Err("TOO_LONG"));
        assert_eq!(RetentionYears::parse(5).unwrap().years(), 5);
        assert_eq!(RetentionYears::DEFAULT.years(), 10);
    }

    #[test]
    fn a_procedure_is_kept_whole_years_from_the_year_after_it_ended() {
        let ten = RetentionYears::DEFAULT;
        // Ended in 2026: kept through 2036, erased from 1 January 2037.
        assert_eq!(ten.ended_by(d(2036, 12, 31)), Some(d(2025, 12, 31)));
        assert_eq!(ten.ended_by(d(2037, 1, 1)), Some(d(2026, 12, 31)));
        let five = RetentionYears::parse(5).unwrap();
        assert_eq!(five.ended_by(d(2032, 6, 1)), Some(d(2026, 12, 31)));
    }

    proptest! {
        #[test]
        fn only_five_to_fifty_years_parse(years in -100i64..200) {
            let parsed = RetentionYears::parse(years);
            prop_assert_eq!(parsed.is_ok(), (5..=50).contains(&years));
        }
    }
}
