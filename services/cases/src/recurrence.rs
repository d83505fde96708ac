//! Nawrót przemocy po zakończeniu procedury — the outcome of the team's work: for each procedure
//! closed, whether violence recurred, i.e. a new form NK-A about the same people was filed
//! within 6 and within 12 months after the closure. "The same people" is what `matching` finds
//! when a form is filed (a repeat proposal: the victim and, when named, a perpetrator of the
//! procedure), whatever the chair then decided; counted from the proposals and the days in the
//! clear, never from sealed data, and only as figures (nobody reading a closed card learns from
//! it that a new form came).

use chrono::{Months, NaiveDate};
use kernel::stats::{Figure, Period};
use kernel::{Result, TenantTx};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

use crate::procedure::Status;
use crate::store::card;
use crate::store::match_proposal::{self, Kind};

/// The two windows after a closure.
pub const WINDOWS: [(&str, Months); 2] = [
    ("within_6_months", Months::new(6)),
    ("within_12_months", Months::new(12)),
];

/// Whether a new form came within a window after the closure: `YES`, `NO` (the window is over
/// without one), or `PENDING` (none yet, the window not over on `today`).
pub fn recurred(
    closed_on: NaiveDate,
    first_new_form: Option<NaiveDate>,
    window: Months,
    today: NaiveDate,
) -> &'static str {
    let last_day = closed_on
        .checked_add_months(window)
        .unwrap_or(NaiveDate::MAX);
    match first_new_form {
        Some(day) if day <= last_day => "YES",
        _ if today > last_day => "NO",
        _ => "PENDING",
    }
}

/// The figures of `recurrence_after_closure`: the procedures closed in `period`, by whether a
/// new form about their people came within 6 and within 12 months (as of `today`). Three
/// statements: the closures, their repeats, the repeats' days.
pub async fn count(tx: &TenantTx, period: Period, today: NaiveDate) -> Result<Vec<Figure>> {
    let (first, end) = (period.first_day(), period.end());
    let conn = tx.conn().await?;
    let closed: Vec<(Uuid, Option<NaiveDate>)> = tx
        .select::<card::Entity>()
        .filter(card::Column::ClosedOn.gte(first))
        .filter(card::Column::ClosedOn.lt(end))
        // Handed over to another municipality: it goes on there, not closed.
        .filter(card::Column::Status.ne(Status::HandedOver))
        .select_only()
        .column(card::Column::Id)
        .column(card::Column::ClosedOn)
        .into_tuple()
        .all(&*conn)
        .await?;
    if closed.is_empty() {
        return Ok(Vec::new());
    }
    let closed_in_period = Query::select()
        .column(card::Column::Id)
        .from(card::Entity)
        .and_where(tx.scope::<card::Entity>())
        .and_where(card::Column::ClosedOn.gte(first))
        .and_where(card::Column::ClosedOn.lt(end))
        .and_where(card::Column::Status.ne(Status::HandedOver))
        .to_owned();
    let repeats: Vec<(Uuid, Uuid)> = tx
        .select::<match_proposal::Entity>()
        .filter(match_proposal::Column::Kind.eq(Kind::Repeat))
        .filter(match_proposal::Column::ProcedureCardId.in_subquery(closed_in_period))
        .select_only()
        .column(match_proposal::Column::ProcedureCardId)
        .column(match_proposal::Column::FilingCardId)
        .into_tuple()
        .all(&*conn)
        .await?;
    let filed: Vec<(Uuid, NaiveDate)> = if repeats.is_empty() {
        Vec::new()
    } else {
        tx.select::<card::Entity>()
            .filter(card::Column::Id.is_in(repeats.iter().map(|(_, filing)| *filing)))
            .select_only()
            .column(card::Column::Id)
            .column(card::Column::InitiatedOn)
            .into_tuple()
            .all(&*conn)
            .await?
    };
    let mut counts: std::collections::BTreeMap<(&str, &str), i64> = Default::default();
    for (id, closed_on) in closed {
        let Some(closed_on) = closed_on else { continue };
        // The first new form filed on or after the closure.
        let first_new_form = repeats
            .iter()
            .filter(|(procedure, _)| *procedure == id)
            .filter_map(|(_, filing)| filed.iter().find(|(f, _)| f == filing).map(|(_, d)| *d))
            .filter(|day| *day >= closed_on)
            .min();
        let [(_, six), (_, twelve)] = WINDOWS;
        *counts
            .entry((
                recurred(closed_on, first_new_form, six, today),
                recurred(closed_on, first_new_form, twelve, today),
            ))
            .or_default() += 1;
    }
    Ok(counts
        .into_iter()
        .map(|((six, twelve), n)| {
            Figure::new(
                "recurrence_after_closure",
                &[(WINDOWS[0].0, six), (WINDOWS[1].0, twelve)],
                n,
            )
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_new_form_within_the_window_is_a_recurrence() {
        let closed = day(2026, 1, 31);
        let six = Months::new(6);
        // Six months after the 31st of January is the 31st of July.
        assert_eq!(
            recurred(closed, Some(day(2026, 7, 31)), six, day(2026, 12, 1)),
            "YES"
        );
        assert_eq!(
            recurred(closed, Some(day(2026, 8, 1)), six, day(2026, 12, 1)),
            "NO"
        );
        assert_eq!(recurred(closed, None, six, day(2026, 7, 31)), "PENDING");
        assert_eq!(recurred(closed, None, six, day(2026, 8, 1)), "NO");
        // A form already filed says yes before the window is over.
        assert_eq!(
            recurred(closed, Some(day(2026, 2, 10)), six, day(2026, 2, 11)),
            "YES"
        );
    }

    proptest! {
        #[test]
        fn within_six_months_is_within_twelve(
            closed in 0i64..10_000,
            after in proptest::option::of(0i64..800),
            today in 0i64..1_000,
        ) {
            let closed_on = day(2000, 1, 1) + chrono::Duration::days(closed);
            let form = after.map(|a| closed_on + chrono::Duration::days(a));
            let today = closed_on + chrono::Duration::days(today.max(after.unwrap_or(0)));
            let six = recurred(closed_on, form, WINDOWS[0].1, today);
            let twelve = recurred(closed_on, form, WINDOWS[1].1, today);
            if six == "YES" {
                prop_assert_eq!(twelve, "YES");
            }
            if twelve == "NO" {
                prop_assert_eq!(six, "NO");
            }
            if twelve == "PENDING" {
                prop_assert_ne!(six, "YES");
            }
        }
    }
}
