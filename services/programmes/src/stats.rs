//! Programmes' indicators (`kernel::stats`), on the municipality's dashboard and in regional
//! releases under the same disclosure control: enrolments made in the period by programme type
//! and basis, completions and drop-outs in the period by programme type, and participants (who
//! held a place) on the period's last day by programme type, support groups among them.

use std::collections::BTreeMap;

use async_trait::async_trait;
use chrono::{Days, NaiveDate};
use kernel::stats::{Figure, Indicator, IndicatorSource, Measure, Period};
use kernel::{Result, TenantTx};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ExprTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

use crate::domain::{EnrolmentBasis, EnrolmentStatus, ProgrammeType};
use crate::store::{edition, enrolment, programme};

const INDICATORS: &[Indicator] = &[
    Indicator {
        key: "programme_enrolments",
        label: "Osoby zapisane do programów według rodzaju programu i podstawy udziału",
        dimensions: &["programme_type", "basis"],
        measure: Measure::Flow,
    },
    Indicator {
        key: "programme_outcomes",
        label: "Ukończenia, przerwania udziału i osoby nieprzyjęte (brak miejsc) w programach według rodzaju programu",
        dimensions: &["programme_type", "outcome"],
        measure: Measure::Flow,
    },
    Indicator {
        key: "programme_participants",
        label: "Uczestnicy programów i grup wsparcia według rodzaju programu",
        dimensions: &["programme_type"],
        measure: Measure::Stock,
    },
];

/// The indicators of programmes.
pub struct ProgrammeStatistics;

/// An edition's programme type and dates.
struct Run {
    programme_type: ProgrammeType,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
}

/// Each edition's programme type and dates, in two statements.
async fn editions(tx: &TenantTx) -> Result<BTreeMap<Uuid, Run>> {
    let conn = tx.conn().await?;
    let types: BTreeMap<Uuid, ProgrammeType> = tx
        .select::<programme::Entity>()
        .all(&*conn)
        .await?
        .into_iter()
        .map(|p| (p.id, p.programme_type))
        .collect();
    Ok(tx
        .select::<edition::Entity>()
        .all(&*conn)
        .await?
        .into_iter()
        .filter_map(|e| {
            types.get(&e.programme_id).map(|t| {
                (
                    e.id,
                    Run {
                        programme_type: *t,
                        starts_on: e.starts_on,
                        ends_on: e.ends_on,
                    },
                )
            })
        })
        .collect())
}

fn add(
    out: &mut BTreeMap<(&'static str, String, String), i64>,
    key: &'static str,
    a: String,
    b: String,
    n: i64,
) {
    *out.entry((key, a, b)).or_default() += n;
}

#[async_trait]
impl IndicatorSource for ProgrammeStatistics {
    fn name(&self) -> &'static str {
        "programmes"
    }

    fn indicators(&self) -> &'static [Indicator] {
        INDICATORS
    }

    fn value_label(&self, _indicator: &str, dimension: &str, value: &str) -> Option<&'static str> {
        let stored = value.to_lowercase();
        match dimension {
            "programme_type" => ProgrammeType::parse(&stored).map(ProgrammeType::label),
            "basis" => EnrolmentBasis::parse(&stored).map(EnrolmentBasis::label),
            "outcome" => EnrolmentStatus::parse(&stored).map(EnrolmentStatus::label),
            _ => None,
        }
    }

    async fn count(&self, tx: &TenantTx, period: Period, today: NaiveDate) -> Result<Vec<Figure>> {
        let runs = editions(tx).await?;
        let last = std::cmp::min(period.last_day(), today);
        let conn = tx.conn().await?;
        let made: Vec<(Uuid, EnrolmentBasis, i64)> = tx
            .select::<enrolment::Entity>()
            .filter(enrolment::Column::EnrolledAt.gte(period.starts_at()))
            .filter(enrolment::Column::EnrolledAt.lt(period.ends_at()))
            .select_only()
            .column(enrolment::Column::EditionId)
            .column(enrolment::Column::Basis)
            .column_as(Expr::cust("COUNT(*)"), "n")
            .group_by(enrolment::Column::EditionId)
            .group_by(enrolment::Column::Basis)
            .into_tuple()
            .all(&*conn)
            .await?;
        let ended: Vec<(Uuid, EnrolmentStatus, i64)> = tx
            .select::<enrolment::Entity>()
            .filter(enrolment::Column::FinishedOn.gte(period.first_day()))
            .filter(enrolment::Column::FinishedOn.lte(period.last_day()))
            .filter(enrolment::Column::Status.is_in([
                EnrolmentStatus::Completed,
                EnrolmentStatus::DroppedOut,
                EnrolmentStatus::NotAdmitted,
            ]))
            .select_only()
            .column(enrolment::Column::EditionId)
            .column(enrolment::Column::Status)
            .column_as(Expr::cust("COUNT(*)"), "n")
            .group_by(enrolment::Column::EditionId)
            .group_by(enrolment::Column::Status)
            .into_tuple()
            .all(&*conn)
            .await?;
        // Held a place on the day: admitted by its end, not finished before it, in an edition
        // running that day (a place in an edition that ended is no longer held).
        let day_ends = kernel::stats::warsaw_midnight(last + Days::new(1));
        let holding: Vec<(Uuid, i64)> = tx
            .select::<enrolment::Entity>()
            .filter(enrolment::Column::AdmittedAt.lt(day_ends))
            .filter(
                enrolment::Column::FinishedOn
                    .is_null()
                    .or(enrolment::Column::FinishedOn.gte(last)),
            )
            .select_only()
            .column(enrolment::Column::EditionId)
            .column_as(Expr::cust("COUNT(*)"), "n")
            .group_by(enrolment::Column::EditionId)
            .into_tuple()
            .all(&*conn)
            .await?;
        let type_of = |edition: &Uuid| {
            runs.get(edition)
                .map(|r| r.programme_type.as_str().to_uppercase())
        };
        let running = |edition: &Uuid| {
            runs.get(edition)
                .filter(|r| r.starts_on <= last && last <= r.ends_on)
                .map(|r| r.programme_type.as_str().to_uppercase())
        };
        let mut out = BTreeMap::new();
        for (edition, basis, n) in made {
            if let Some(t) = type_of(&edition) {
                add(
                    &mut out,
                    "programme_enrolments",
                    t,
                    basis.as_str().to_uppercase(),
                    n,
                );
            }
        }
        for (edition, status, n) in ended {
            if let Some(t) = type_of(&edition) {
                add(
                    &mut out,
                    "programme_outcomes",
                    t,
                    status.as_str().to_uppercase(),
                    n,
                );
            }
        }
        for (edition, n) in holding {
            if let Some(t) = running(&edition) {
                add(&mut out, "programme_participants", t, String::new(), n);
            }
        }
        Ok(out
            .into_iter()
            .map(|((key, a, b), n)| match key {
                "programme_enrolments" => {
                    Figure::new(key, &[("programme_type", &a), ("basis", &b)], n)
                }
                "programme_outcomes" => {
                    Figure::new(key, &[("programme_type", &a), ("outcome", &b)], n)
                }
                _ => Figure::new(key, &[("programme_type", &a)], n),
            })
            .collect())
    }
}
