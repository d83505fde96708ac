//! The Blue Card procedure's indicators (`kernel::stats`): counted in the municipality's tenant
//! transaction from columns kept in the clear (statuses, dates, institutions, sex, age band),
//! never from sealed data, and never names.

use async_trait::async_trait;
use chrono::NaiveDate;
use kernel::stats::{Figure, Indicator, IndicatorSource, Measure, Period, Share};
use kernel::{Result, TenantTx};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect};

use crate::domain::{
    help_code, help_label, ClosureGround, PersonRole, ProgrammeKind, WorkKind, WorkVariant,
};
use crate::procedure::{Status, Step};
use crate::store::{card, deadline, person, plan_item, step, work};

const INDICATORS: &[Indicator] = &[
    Indicator {
        key: "blue_cards_opened",
        label: "Wszczęte procedury i kolejne formularze NK-A według instytucji",
        dimensions: &["kind", "institution"],
        measure: Measure::Flow,
    },
    Indicator {
        key: "victims",
        label: "Osoby doznające przemocy według płci i wieku",
        dimensions: &["sex", "age_band"],
        measure: Measure::Flow,
    },
    Indicator {
        key: "perpetrators",
        label: "Osoby stosujące przemoc według płci",
        dimensions: &["sex"],
        measure: Measure::Flow,
    },
    Indicator {
        key: "perpetrators_under_alcohol",
        label: "Procedury, w których osoba stosująca przemoc była pod wpływem alkoholu",
        dimensions: &[],
        measure: Measure::Flow,
    },
    Indicator {
        key: "procedures_closed",
        label: "Zakończone procedury według podstawy",
        dimensions: &["ground"],
        measure: Measure::Flow,
    },
    Indicator {
        key: "deadlines_met",
        label: "Terminy dotrzymane i niedotrzymane",
        dimensions: &["on_time"],
        measure: Measure::Flow,
    },
    Indicator {
        key: "deadlines_overdue",
        label: "Terminy przekroczone (na koniec okresu)",
        dimensions: &[],
        measure: Measure::Stock,
    },
    Indicator {
        key: "diagnostic_groups_working",
        label: "Grupy diagnostyczno-pomocowe pracujące w okresie",
        dimensions: &[],
        measure: Measure::Stock,
    },
    Indicator {
        key: "work_recorded",
        label: "Działania zapisane w kartach według rodzaju",
        dimensions: &["kind"],
        measure: Measure::Flow,
    },
    Indicator {
        key: "card_help",
        label: "Pomoc udzielona w procedurach Niebieskiej Karty według rodzaju (porady, interwencje i inna)",
        dimensions: &["help"],
        measure: Measure::Flow,
    },
    Indicator {
        key: "recurrence_after_closure",
        label: "Zakończone procedury według ponownego formularza NK-A o tych samych osobach w ciągu 6 i 12 miesięcy",
        dimensions: &["within_6_months", "within_12_months"],
        measure: Measure::Flow,
    },
    Indicator {
        key: "programme_referrals",
        label: "Skierowania do programów w planach działań",
        dimensions: &["programme"],
        measure: Measure::Flow,
    },
];

const SHARES: &[Share] = &[Share {
    key: "deadlines_met_share",
    label: "Terminy dotrzymane (odsetek)",
    indicator: "deadlines_met",
    dimension: "on_time",
    value: "YES",
}];

/// The indicators of the Blue Card procedure.
pub struct BlueCardStatistics;

#[async_trait]
impl IndicatorSource for BlueCardStatistics {
    fn name(&self) -> &'static str {
        "cases"
    }

    fn indicators(&self) -> &'static [Indicator] {
        INDICATORS
    }

    fn shares(&self) -> &'static [Share] {
        SHARES
    }

    fn value_label(&self, indicator: &str, dimension: &str, value: &str) -> Option<&'static str> {
        let stored = value.to_lowercase();
        match (indicator, dimension, value) {
            ("blue_cards_opened", "kind", "INITIATING") => Some("wszczynające procedurę"),
            ("blue_cards_opened", "kind", "SUBSEQUENT") => Some("kolejne w toku procedury"),
            ("work_recorded", "kind", _) => WorkKind::parse(&stored).map(WorkKind::label),
            (_, "help", _) => help_label(value),
            (_, "institution", _) => teams::InstitutionKind::parse(&stored).map(|k| k.label()),
            (_, "ground", _) => ClosureGround::parse(&stored).map(ClosureGround::label),
            (_, "programme", _) => ProgrammeKind::parse(&stored).map(ProgrammeKind::label),
            (_, "on_time", "YES") => Some("w terminie"),
            (_, "on_time", "NO") => Some("po terminie"),
            (_, "within_6_months" | "within_12_months", "YES") => Some("tak"),
            (_, "within_6_months" | "within_12_months", "NO") => Some("nie"),
            (_, "within_6_months" | "within_12_months", "PENDING") => {
                Some("nie, ale ten czas jeszcze nie minął")
            }
            _ => None,
        }
    }

    async fn count(&self, tx: &TenantTx, period: Period, today: NaiveDate) -> Result<Vec<Figure>> {
        let (first, end) = (period.first_day(), period.end());
        // A state "at the end of the period" is today's for a period not yet over.
        let last = Ord::min(period.last_day(), today);
        let conn = tx.conn().await?;
        let mut out = Vec::new();

        let opened: Vec<(String, bool, i64)> = tx
            .select::<card::Entity>()
            .filter(card::Column::InitiatedOn.gte(first))
            .filter(card::Column::InitiatedOn.lt(end))
            .filter(opened_here(tx))
            .select_only()
            .column(card::Column::InitiatorInstitution)
            .column_as(
                Expr::col(card::Column::AttachedTo).is_not_null(),
                "subsequent",
            )
            .column_as(Expr::cust("COUNT(*)"), "n")
            .group_by(card::Column::InitiatorInstitution)
            .group_by(Expr::col(card::Column::AttachedTo).is_not_null())
            .into_tuple()
            .all(&*conn)
            .await?;
        for (institution, subsequent, n) in opened {
            let kind = if subsequent {
                "SUBSEQUENT"
            } else {
                "INITIATING"
            };
            out.push(Figure::new(
                "blue_cards_opened",
                &[("kind", kind), ("institution", &code(&institution))],
                n,
            ));
        }

        // The people of procedures initiated in the period (a subsequent form's people are
        // counted with the procedure it joined).
        let initiating = Query::select()
            .column(card::Column::Id)
            .from(card::Entity)
            .and_where(tx.scope::<card::Entity>())
            .and_where(card::Column::InitiatedOn.gte(first))
            .and_where(card::Column::InitiatedOn.lt(end))
            .and_where(card::Column::AttachedTo.is_null())
            .and_where(opened_here(tx))
            .to_owned();
        let people: Vec<(String, String, Option<String>, i64)> = tx
            .select::<person::Entity>()
            .filter(person::Column::CardId.in_subquery(initiating))
            .filter(person::Column::Role.is_in([PersonRole::Victim, PersonRole::Perpetrator]))
            .select_only()
            .column(person::Column::Role)
            .column(person::Column::Sex)
            .column(person::Column::AgeBand)
            .column_as(Expr::cust("COUNT(*)"), "n")
            .group_by(person::Column::Role)
            .group_by(person::Column::Sex)
            .group_by(person::Column::AgeBand)
            .into_tuple()
            .all(&*conn)
            .await?;
        let mut perpetrators: std::collections::BTreeMap<String, i64> = Default::default();
        for (role, sex, band, n) in people {
            if role == PersonRole::Victim.as_str() {
                let band = band.unwrap_or_else(|| "unknown".to_owned());
                out.push(Figure::new(
                    "victims",
                    &[("sex", &code(&sex)), ("age_band", &band)],
                    n,
                ));
            } else {
                *perpetrators.entry(code(&sex)).or_default() += n;
            }
        }
        for (sex, n) in perpetrators {
            out.push(Figure::new("perpetrators", &[("sex", &sex)], n));
        }

        let under_alcohol = tx
            .select::<card::Entity>()
            .filter(card::Column::InitiatedOn.gte(first))
            .filter(card::Column::InitiatedOn.lt(end))
            .filter(card::Column::PerpetratorUnderAlcohol.eq(true))
            .filter(opened_here(tx))
            .count(&*conn)
            .await?;
        out.push(Figure::new(
            "perpetrators_under_alcohol",
            &[],
            i64::try_from(under_alcohol).unwrap_or(i64::MAX),
        ));

        let closed: Vec<(Option<String>, i64)> = tx
            .select::<card::Entity>()
            .filter(card::Column::ClosedOn.gte(first))
            .filter(card::Column::ClosedOn.lt(end))
            // Handed over to another municipality: it goes on there, not closed.
            .filter(card::Column::Status.ne(Status::HandedOver))
            .select_only()
            .column(card::Column::ClosureGround)
            .column_as(Expr::cust("COUNT(*)"), "n")
            .group_by(card::Column::ClosureGround)
            .into_tuple()
            .all(&*conn)
            .await?;
        for (ground, n) in closed {
            let ground = ground
                .map(|g| code(&g))
                .unwrap_or_else(|| "UNKNOWN".to_owned());
            out.push(Figure::new("procedures_closed", &[("ground", &ground)], n));
        }

        let met: Vec<(bool, i64)> = tx
            .select::<deadline::Entity>()
            .filter(deadline::Column::MetOn.gte(first))
            .filter(deadline::Column::MetOn.lt(end))
            .filter(row_written_here::<deadline::Entity>(
                tx,
                deadline::Column::CardId,
                deadline::Column::CreatedAt,
            ))
            .select_only()
            .column_as(
                Expr::col(deadline::Column::MetOn).lte(Expr::col(deadline::Column::DueOn)),
                "on_time",
            )
            .column_as(Expr::cust("COUNT(*)"), "n")
            .group_by(Expr::col(deadline::Column::MetOn).lte(Expr::col(deadline::Column::DueOn)))
            .into_tuple()
            .all(&*conn)
            .await?;
        for (on_time, n) in met {
            let on_time = if on_time { "YES" } else { "NO" };
            out.push(Figure::new("deadlines_met", &[("on_time", on_time)], n));
        }

        // Open at the end of the period and past due then: not met by that day, not cancelled.
        let overdue = tx
            .select::<deadline::Entity>()
            .filter(deadline::Column::DueOn.lt(last))
            .filter(deadline::Column::Cancelled.eq(false))
            .filter(
                Condition::any()
                    .add(deadline::Column::MetOn.is_null())
                    .add(deadline::Column::MetOn.gt(last)),
            )
            .count(&*conn)
            .await? as i64;
        out.push(Figure::new("deadlines_overdue", &[], overdue));

        let groups = tx
            .select::<card::Entity>()
            .filter(card::Column::GroupSetUpOn.lte(last))
            .filter(
                Condition::any()
                    .add(card::Column::ClosedOn.is_null())
                    .add(card::Column::ClosedOn.gte(first)),
            )
            .filter(card::Column::Status.ne(Status::Attached))
            .count(&*conn)
            .await? as i64;
        out.push(Figure::new("diagnostic_groups_working", &[], groups));

        // Work by kind, and the same by kind and variant (a legal consultation, an
        // intervention with the police), as family files count the help they give.
        let work: Vec<(WorkKind, Option<WorkVariant>, i64)> = tx
            .select::<work::Entity>()
            .filter(work::Column::OccurredOn.gte(first))
            .filter(work::Column::OccurredOn.lt(end))
            .filter(row_written_here::<work::Entity>(
                tx,
                work::Column::CardId,
                work::Column::CreatedAt,
            ))
            .select_only()
            .column(work::Column::Kind)
            .column(work::Column::Variant)
            .column_as(Expr::cust("COUNT(*)"), "n")
            .group_by(work::Column::Kind)
            .group_by(work::Column::Variant)
            .into_tuple()
            .all(&*conn)
            .await?;
        let mut by_kind: std::collections::BTreeMap<WorkKind, i64> = Default::default();
        for (kind, variant, n) in work {
            *by_kind.entry(kind).or_default() += n;
            out.push(Figure::new(
                "card_help",
                &[("help", &help_code(kind, variant))],
                n,
            ));
        }
        for (kind, n) in by_kind {
            out.push(Figure::new(
                "work_recorded",
                &[("kind", &code(kind.as_str()))],
                n,
            ));
        }

        let referrals: Vec<(Option<String>, i64)> = tx
            .select::<plan_item::Entity>()
            .filter(plan_item::Column::Programme.is_not_null())
            .filter(plan_item::Column::CreatedAt.gte(period.starts_at()))
            .filter(plan_item::Column::CreatedAt.lt(period.ends_at()))
            .filter(row_written_here::<plan_item::Entity>(
                tx,
                plan_item::Column::CardId,
                plan_item::Column::CreatedAt,
            ))
            .select_only()
            .column(plan_item::Column::Programme)
            .column_as(Expr::cust("COUNT(*)"), "n")
            .group_by(plan_item::Column::Programme)
            .into_tuple()
            .all(&*conn)
            .await?;
        for (programme, n) in referrals {
            let programme = programme.map(|p| code(&p)).unwrap_or_default();
            out.push(Figure::new(
                "programme_referrals",
                &[("programme", &programme)],
                n,
            ));
        }
        // The connection is the transaction's, one user at a time.
        drop(conn);
        out.extend(crate::recurrence::count(tx, period, today).await?);
        Ok(out)
    }
}

/// "Written in this municipality, not carried into it by a hand-over": no arrival of the
/// row's card (its `HANDED_OVER` step taken here, on a status other than `HANDED_OVER`) came at
/// or after the row was `written_at`. A carried row was counted where it was written; counted
/// again here it would be counted twice in the region's figures.
fn written_here(tx: &TenantTx, card_id: Expr, written_at: Expr) -> Expr {
    let arrival = |c: step::Column| Expr::col((step::Entity, c));
    Expr::not_exists(
        Query::select()
            .expr(Expr::val(1))
            .from(step::Entity)
            .and_where(tx.scope::<step::Entity>())
            .and_where(arrival(step::Column::CardId).eq(card_id))
            .and_where(arrival(step::Column::Step).eq(Step::HandedOver))
            .and_where(arrival(step::Column::Status).ne(Status::HandedOver))
            .and_where(arrival(step::Column::TakenAt).gte(written_at))
            .to_owned(),
    )
}

/// A card opened in this municipality, not carried into it (every carried card has its
/// arrival step, taken as it was written).
fn opened_here(tx: &TenantTx) -> Expr {
    written_here(
        tx,
        Expr::col((card::Entity, card::Column::Id)),
        Expr::col((card::Entity, card::Column::CreatedAt)),
    )
}

/// A row of a card's card written here (`written_here`), by its own columns.
fn row_written_here<E: EntityTrait>(
    tx: &TenantTx,
    card_id: E::Column,
    created_at: E::Column,
) -> Expr {
    written_here(
        tx,
        Expr::col((E::default(), card_id)),
        Expr::col((E::default(), created_at)),
    )
}

/// A stored text as the API's enum value (`social_welfare` → `SOCIAL_WELFARE`).
fn code(stored: &str) -> String {
    stored.to_uppercase()
}
