//! Indicators of the municipal programme: each of the programme or of one of its goals, with a
//! unit, a baseline and a target for one or more of the programme's years. Its value for a year
//! is either computed from a statistic Ostoja counts for the municipality (the statistics
//! service's declared indicators: Blue Cards opened, procedures closed, programme completions,
//! consultations, team meetings…) or entered by hand with its source.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate, Utc};
use kernel::stats::{Figure, Indicator, IndicatorSource, Period};
use kernel::{Error, Result, TenantTx, UserError};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use uuid::Uuid;

use crate::domain::{IndicatorBasis, NewIndicator};
use crate::store::{goal, indicator, indicator_year, programme};
use crate::usecases::editor_only;
use crate::{Outcome, StrategyAccess};

/// Wskaźnik programu.
#[derive(Clone, Debug)]
pub struct ProgrammeIndicator {
    pub id: Uuid,
    pub programme_id: Uuid,
    pub goal_id: Option<Uuid>,
    pub name: String,
    pub unit: String,
    pub basis: IndicatorBasis,
    pub baseline: Option<f64>,
}

/// An indicator's year: its target, and the value entered by hand (computed ones have none
/// stored).
#[derive(Clone, Copy, Debug)]
pub struct IndicatorYear {
    pub indicator_id: Uuid,
    pub year: i32,
    pub target: Option<f64>,
    pub actual: Option<f64>,
}

fn refusal(field: &[&str], code: &str, message: impl Into<String>) -> Vec<UserError> {
    vec![UserError::new(field, code, message)]
}

/// What is wrong with a computed indicator's statistic: one the statistics service does not
/// declare, or a dimension it does not have.
fn statistic_problems(basis: &IndicatorBasis, declared: &[Indicator]) -> Vec<UserError> {
    let IndicatorBasis::Computed { statistic, filter } = basis else {
        return Vec::new();
    };
    let Some(found) = declared.iter().find(|i| i.key == statistic) else {
        return refusal(
            &["input", "computedFrom", "statistic"],
            "UNKNOWN_STATISTIC",
            "name a statistic Ostoja counts (municipalityStatistics' indicator keys)",
        );
    };
    match filter {
        Some((dimension, _)) if !found.dimensions.contains(&dimension.as_str()) => refusal(
            &["input", "computedFrom", "dimension"],
            "UNKNOWN_DIMENSION",
            format!(
                "{} is counted by {}",
                found.key,
                found.dimensions.join(", ")
            ),
        ),
        _ => Vec::new(),
    }
}

/// Adds an indicator to a programme (or one of its goals) with its targets, each in one of the
/// programme's years once; the programme's ID. `declared`: the statistics Ostoja counts.
pub async fn add_indicator(
    tx: &TenantTx,
    reader: StrategyAccess,
    new: NewIndicator,
    declared: &[Indicator],
) -> Outcome<Uuid> {
    editor_only(reader)?;
    let found = {
        let conn = tx.conn().await?;
        tx.select_by_id::<programme::Entity>(new.programme)
            .one(&*conn)
            .await?
            .ok_or(Error::NotFound)?
    };
    if let Some(goal_id) = new.goal {
        let conn = tx.conn().await?;
        let goal = tx
            .select_by_id::<goal::Entity>(goal_id)
            .one(&*conn)
            .await?
            .ok_or(Error::NotFound)?;
        if goal.programme_id != found.id {
            return Ok(Err(refusal(
                &["input", "goalId"],
                "NOT_IN_PROGRAMME",
                "the goal is of another programme",
            )));
        }
    }
    let mut problems = statistic_problems(&new.basis, declared);
    let mut seen = BTreeSet::new();
    for (i, (year, _)) in new.targets.iter().enumerate() {
        let index = i.to_string();
        if !(found.first_year..=found.last_year).contains(year) {
            problems.push(UserError::new(
                &["input", "targets", &index, "year"],
                "OUTSIDE_PROGRAMME",
                format!(
                    "the programme covers the years {}–{}",
                    found.first_year, found.last_year
                ),
            ));
        } else if !seen.insert(*year) {
            problems.push(UserError::new(
                &["input", "targets", &index, "year"],
                "DUPLICATE",
                "one target per year",
            ));
        }
    }
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    let (statistic, dimension, value, source) = match new.basis {
        IndicatorBasis::Computed { statistic, filter } => {
            let (d, v) = filter.unzip();
            (Some(statistic), d, v, None)
        }
        IndicatorBasis::Manual { source } => (None, None, None, Some(source)),
    };
    let id = Uuid::now_v7();
    let conn = tx.conn().await?;
    indicator::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(id),
        programme_id: Set(found.id),
        goal_id: Set(new.goal),
        name: Set(new.name),
        unit: Set(new.unit),
        statistic: Set(statistic),
        statistic_dimension: Set(dimension),
        statistic_value: Set(value),
        source: Set(source),
        baseline: Set(new.baseline),
        created_at: Set(Utc::now()),
    }
    .insert(&*conn)
    .await?;
    indicator_year::Entity::insert_many(new.targets.iter().map(|(year, target)| {
        indicator_year::ActiveModel {
            tenant_id: Set(tx.tenant()),
            indicator_id: Set(id),
            year: Set(*year),
            target: Set(Some(*target)),
            actual: Set(None),
        }
    }))
    .exec(&*conn)
    .await?;
    tx.touch(crate::ids::indicator_gid(id));
    Ok(Ok(found.id))
}

/// Enters (or clears, with `None`) the value of an indicator entered by hand for one of the
/// programme's years; the programme's ID. A computed indicator's values are Ostoja's own
/// (`COMPUTED`).
pub async fn record_actual(
    tx: &TenantTx,
    reader: StrategyAccess,
    id: Uuid,
    year: i32,
    actual: Option<f64>,
) -> Outcome<Uuid> {
    editor_only(reader)?;
    let conn = tx.conn().await?;
    let found = tx
        .select_by_id::<indicator::Entity>(id)
        .one(&*conn)
        .await?
        .ok_or(Error::NotFound)?;
    let programme = tx
        .select_by_id::<programme::Entity>(found.programme_id)
        .one(&*conn)
        .await?
        .ok_or_else(|| Error::internal("an indicator without its programme"))?;
    if found.statistic.is_some() {
        return Ok(Err(refusal(
            &["input", "indicatorId"],
            "COMPUTED",
            "a computed indicator's values come from Ostoja's statistics",
        )));
    }
    if !(programme.first_year..=programme.last_year).contains(&year) {
        return Ok(Err(refusal(
            &["input", "year"],
            "OUTSIDE_PROGRAMME",
            format!(
                "the programme covers the years {}–{}",
                programme.first_year, programme.last_year
            ),
        )));
    }
    // One statement, so two editors entering a year's first value at once do not collide.
    indicator_year::Entity::insert(indicator_year::ActiveModel {
        tenant_id: Set(tx.tenant()),
        indicator_id: Set(id),
        year: Set(year),
        target: Set(None),
        actual: Set(actual),
    })
    .on_conflict(
        OnConflict::columns([
            indicator_year::Column::TenantId,
            indicator_year::Column::IndicatorId,
            indicator_year::Column::Year,
        ])
        .update_column(indicator_year::Column::Actual)
        .to_owned(),
    )
    .exec_without_returning(&*conn)
    .await?;
    tx.touch(crate::ids::indicator_gid(id));
    Ok(Ok(programme.id))
}

/// The indicators of `programmes` (in the order they were added) and their years, in two
/// statements.
pub async fn indicators_of(
    tx: &TenantTx,
    programmes: &[Uuid],
) -> Result<(Vec<ProgrammeIndicator>, Vec<IndicatorYear>)> {
    if programmes.is_empty() {
        return Ok((Vec::new(), Vec::new()));
    }
    let conn = tx.conn().await?;
    let indicators: Vec<ProgrammeIndicator> = tx
        .select::<indicator::Entity>()
        .filter(indicator::Column::ProgrammeId.is_in(programmes.iter().copied()))
        .order_by_asc(indicator::Column::Id)
        .all(&*conn)
        .await?
        .into_iter()
        .map(|m| {
            let basis = match (m.statistic, m.source) {
                (Some(statistic), _) => IndicatorBasis::Computed {
                    statistic,
                    filter: m.statistic_dimension.zip(m.statistic_value),
                },
                (None, source) => IndicatorBasis::Manual {
                    source: source.unwrap_or_default(),
                },
            };
            ProgrammeIndicator {
                id: m.id,
                programme_id: m.programme_id,
                goal_id: m.goal_id,
                name: m.name,
                unit: m.unit,
                basis,
                baseline: m.baseline,
            }
        })
        .collect();
    let years = if indicators.is_empty() {
        Vec::new()
    } else {
        tx.select::<indicator_year::Entity>()
            .filter(indicator_year::Column::IndicatorId.is_in(indicators.iter().map(|i| i.id)))
            .order_by_asc(indicator_year::Column::Year)
            .all(&*conn)
            .await?
            .into_iter()
            .map(|m| IndicatorYear {
                indicator_id: m.indicator_id,
                year: m.year,
                target: m.target,
                actual: m.actual,
            })
            .collect()
    };
    Ok((indicators, years))
}

/// A year of the programme whose statistic can be counted: begun by `today`.
pub fn countable(year: i32, today: NaiveDate) -> bool {
    year <= today.year()
}

/// The figures of `source` for a whole year (so far, for the current one).
pub async fn year_figures(
    tx: &TenantTx,
    source: &dyn IndicatorSource,
    year: i32,
    today: NaiveDate,
) -> Result<Vec<Figure>> {
    source.count(tx, Period::year(year)?, today).await
}

/// A computed indicator's value among a year's figures: its statistic's figures, those whose
/// dimension has the value when it names one, summed.
pub fn computed_value(
    figures: &[Figure],
    statistic: &str,
    filter: Option<&(String, String)>,
) -> i64 {
    figures
        .iter()
        .filter(|f| f.indicator == statistic)
        .filter(|f| {
            filter.is_none_or(|(dimension, value)| {
                f.breakdown
                    .iter()
                    .any(|(d, v)| d == dimension && v == value)
            })
        })
        .map(|f| f.value)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_computed_value_sums_its_statistic_or_one_value_of_a_dimension() {
        let figures = vec![
            Figure::new("procedures_closed", &[("ground", "VIOLENCE_STOPPED")], 4),
            Figure::new("procedures_closed", &[("ground", "UNFOUNDED")], 2),
            Figure::new("team_meetings", &[], 12),
        ];
        assert_eq!(computed_value(&figures, "procedures_closed", None), 6);
        let stopped = ("ground".to_owned(), "VIOLENCE_STOPPED".to_owned());
        assert_eq!(
            computed_value(&figures, "procedures_closed", Some(&stopped)),
            4
        );
        assert_eq!(computed_value(&figures, "team_meetings", None), 12);
        assert_eq!(computed_value(&figures, "victims", None), 0);
    }
}
