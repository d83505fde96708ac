//! Indicators over GraphQL: what a programme's indicator shows (its targets and values per
//! year, computed ones counted from the statistics service's sources once per answer), and the
//! inputs that add one or enter a value by hand.

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::{Context, InputObject, Object, SimpleObject, ID};
use kernel::input::Errors;
use kernel::request::ContextExt;
use kernel::stats::Figure;
use kernel::text::Text;
use kernel::{GlobalId, UserError};
use stats::local::Sources;
use uuid::Uuid;

use crate::domain::{indicator_value, IndicatorBasis, NewIndicator, ProgrammeYears};
use crate::ids::{indicator_gid, MUNICIPAL_PROGRAMME, PROGRAMME_GOAL, PROGRAMME_INDICATOR};
use crate::{computed_value, countable, year_figures, IndicatorYear, ProgrammeIndicator};

/// A year's figures of each source an answer counted, so that indicators of one statistic
/// (and of one source) are counted once per answer.
/// A source's figures of a year, by the source's name and the year.
type YearFigures = HashMap<(&'static str, i32), Arc<Vec<Figure>>>;

#[derive(Default)]
pub struct Counted(tokio::sync::Mutex<YearFigures>);

/// Wskaźnik programu — of the programme, or of one of its goals.
pub struct IndicatorObject {
    pub(super) indicator: ProgrammeIndicator,
    pub(super) years: Vec<IndicatorYear>,
    pub(super) programme_years: ProgrammeYears,
    /// The goal's number, when the indicator is a goal's.
    pub(super) goal_number: Option<String>,
    pub(super) counted: Arc<Counted>,
}

/// Skąd wskaźnik — the statistic a computed indicator counts.
#[derive(SimpleObject)]
#[graphql(name = "MunicipalProgrammeIndicatorStatistic")]
pub struct StatisticObject {
    /// The statistic's key (`municipalityStatistics`' indicator).
    pub statistic: String,
    /// Its name in Polish.
    pub label: String,
    /// The dimension whose one value is counted, with the value and its name.
    pub dimension: Option<String>,
    pub value: Option<String>,
    pub value_label: Option<String>,
}

/// Rok wskaźnika — the target and the value of one of the programme's years.
#[derive(SimpleObject)]
#[graphql(name = "MunicipalProgrammeIndicatorYear")]
pub struct YearObject {
    pub year: i32,
    pub target: Option<f64>,
    /// Counted from the statistics (a year not begun: null; the current one: so far), or as
    /// entered by hand.
    pub actual: Option<f64>,
}

/// Wskaźnik programu — its targets and values per year of the programme.
#[Object(name = "MunicipalProgrammeIndicator")]
impl IndicatorObject {
    async fn id(&self) -> ID {
        ID(indicator_gid(self.indicator.id))
    }
    async fn name(&self) -> &str {
        &self.indicator.name
    }
    async fn unit(&self) -> &str {
        &self.indicator.unit
    }
    /// The number of the goal it measures; null for the whole programme's.
    async fn goal_number(&self) -> Option<&str> {
        self.goal_number.as_deref()
    }
    async fn baseline(&self) -> Option<f64> {
        self.indicator.baseline
    }
    /// Where values entered by hand come from; null for a computed indicator.
    async fn source(&self) -> Option<&str> {
        match &self.indicator.basis {
            IndicatorBasis::Manual { source } => Some(source),
            IndicatorBasis::Computed { .. } => None,
        }
    }
    /// The statistic a computed indicator counts; null for one entered by hand.
    async fn computed_from(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<StatisticObject>> {
        let IndicatorBasis::Computed { statistic, filter } = &self.indicator.basis else {
            return Ok(None);
        };
        let sources = ctx.data::<Sources>()?;
        let label = sources
            .indicators()
            .iter()
            .find(|i| i.key == statistic)
            .map_or_else(|| statistic.clone(), |i| i.label.to_owned());
        Ok(Some(StatisticObject {
            statistic: statistic.clone(),
            label,
            dimension: filter.as_ref().map(|(d, _)| d.clone()),
            value: filter.as_ref().map(|(_, v)| v.clone()),
            value_label: filter
                .as_ref()
                .map(|(d, v)| sources.value_label(statistic, d, v)),
        }))
    }
    /// Every year of the programme with its target and value.
    async fn years(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<YearObject>> {
        let stored = |year: i32| self.years.iter().find(|y| y.year == year);
        let mut out = Vec::new();
        for year in self.programme_years.first()..=self.programme_years.last() {
            out.push(YearObject {
                year,
                target: stored(year).and_then(|y| y.target),
                actual: value_in(ctx, &self.counted, &self.indicator, &self.years, year).await?,
            });
        }
        Ok(out)
    }
}

/// An indicator's value for `year`: entered by hand, or counted (once per answer and source).
pub(super) async fn value_in(
    ctx: &Context<'_>,
    counted: &Counted,
    indicator: &ProgrammeIndicator,
    stored: &[IndicatorYear],
    year: i32,
) -> async_graphql::Result<Option<f64>> {
    match &indicator.basis {
        IndicatorBasis::Manual { .. } => Ok(stored
            .iter()
            .find(|y| y.indicator_id == indicator.id && y.year == year)
            .and_then(|y| y.actual)),
        IndicatorBasis::Computed { statistic, filter } => {
            computed(ctx, counted, statistic, filter.as_ref(), year).await
        }
    }
}

/// A computed indicator's value for `year`, counted once per answer and source.
async fn computed(
    ctx: &Context<'_>,
    counted: &Counted,
    statistic: &str,
    filter: Option<&(String, String)>,
    year: i32,
) -> async_graphql::Result<Option<f64>> {
    let today = kernel::calendar::today();
    if !countable(year, today) {
        return Ok(None);
    }
    let sources = ctx.data::<Sources>()?;
    let Some(source) = sources
        .0
        .iter()
        .find(|s| s.indicators().iter().any(|i| i.key == statistic))
    else {
        return Ok(None);
    };
    let mut counted = counted.0.lock().await;
    let figures = match counted.get(&(source.name(), year)) {
        Some(figures) => figures.clone(),
        None => {
            let tx = ctx.request()?.tenant_tx().await?;
            let figures = Arc::new(year_figures(tx, source.as_ref(), year, today).await?);
            counted.insert((source.name(), year), figures.clone());
            figures
        }
    };
    #[allow(clippy::cast_precision_loss)]
    Ok(Some(computed_value(&figures, statistic, filter) as f64))
}

/// Skąd liczyć wskaźnik: a statistic Ostoja counts, all of it or one value of a dimension.
#[derive(InputObject)]
#[graphql(name = "MunicipalProgrammeStatisticInput")]
pub struct StatisticInput {
    /// The statistic's key, as `municipalityStatistics` names it (`blue_cards_opened`).
    pub statistic: String,
    pub dimension: Option<String>,
    pub value: Option<String>,
}

/// Wartość docelowa na rok.
#[derive(InputObject)]
pub struct MunicipalProgrammeTargetInput {
    pub year: i32,
    pub value: f64,
}

/// Nowy wskaźnik: computed from a statistic (`computedFrom`) or entered by hand with its
/// `source`, one of the two; a unit and at least one target.
#[derive(InputObject)]
pub struct AddMunicipalProgrammeIndicatorInput {
    pub programme_id: ID,
    /// The goal it measures; the whole programme when left out.
    pub goal_id: Option<ID>,
    pub name: String,
    pub unit: String,
    pub computed_from: Option<StatisticInput>,
    pub source: Option<String>,
    pub baseline: Option<f64>,
    pub targets: Vec<MunicipalProgrammeTargetInput>,
}

impl TryFrom<AddMunicipalProgrammeIndicatorInput> for NewIndicator {
    type Error = Vec<UserError>;

    fn try_from(input: AddMunicipalProgrammeIndicatorInput) -> Result<Self, Vec<UserError>> {
        let mut e = Errors::input();
        let programme = e.field(
            "programmeId",
            GlobalId::decode_as(&input.programme_id, MUNICIPAL_PROGRAMME),
        );
        let goal = match &input.goal_id {
            None => Some(None),
            Some(id) => e
                .field("goalId", GlobalId::decode_as(id, PROGRAMME_GOAL))
                .map(Some),
        };
        let name = e.field("name", Text::<300>::parse(&input.name));
        let unit = if input.unit.trim().is_empty() {
            e.add(
                "unit",
                "REQUIRED",
                "name the unit (osoby, procent, posiedzenia…)",
            );
            None
        } else {
            e.field("unit", Text::<50>::parse(&input.unit))
        };
        let source = input
            .source
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let basis = match (&input.computed_from, source) {
            (Some(_), Some(_)) => {
                e.add(
                    "source",
                    "ONE_BASIS",
                    "an indicator is computed from a statistic or entered by hand with a source, not both",
                );
                None
            }
            (None, None) => {
                e.add(
                    "source",
                    "REQUIRED",
                    "name the source of the values, or the statistic they are computed from",
                );
                None
            }
            (None, Some(source)) => {
                e.field("source", Text::<300>::parse(source))
                    .map(|s| IndicatorBasis::Manual {
                        source: s.into_string(),
                    })
            }
            (Some(from), None) => e.nested(&["computedFrom"], |e| {
                let statistic = from.statistic.trim();
                if statistic.is_empty() {
                    e.add("statistic", "REQUIRED", "name the statistic");
                    return None;
                }
                let filter = match (&from.dimension, &from.value) {
                    (None, None) => None,
                    (Some(d), Some(v)) => Some((d.trim().to_owned(), v.trim().to_owned())),
                    (Some(_), None) => {
                        e.add("value", "REQUIRED", "name the dimension's value counted");
                        return None;
                    }
                    (None, Some(_)) => {
                        e.add("dimension", "REQUIRED", "name the dimension of the value");
                        return None;
                    }
                };
                Some(IndicatorBasis::Computed {
                    statistic: statistic.to_owned(),
                    filter,
                })
            }),
        };
        let baseline = match input.baseline {
            None => Some(None),
            Some(v) => e.field("baseline", indicator_value(v)).map(Some),
        };
        if input.targets.is_empty() {
            e.add("targets", "REQUIRED", "set a target for at least one year");
        }
        let targets: Vec<Option<(i32, f64)>> = input
            .targets
            .iter()
            .enumerate()
            .map(|(i, t)| {
                e.nested(&["targets", &i.to_string()], |e| {
                    e.field("value", indicator_value(t.value))
                        .map(|v| (t.year, v))
                })
            })
            .collect();
        e.finish(|| {
            Some(NewIndicator {
                programme: programme?,
                goal: goal?,
                name: name?.into_string(),
                unit: unit?.into_string(),
                basis: basis?,
                baseline: baseline?,
                targets: targets.into_iter().collect::<Option<Vec<_>>>()?,
            })
        })
    }
}

/// Wartość wskaźnika za rok, wpisana ręcznie; `value` null clears it.
#[derive(InputObject)]
pub struct RecordMunicipalProgrammeIndicatorValueInput {
    pub indicator_id: ID,
    pub year: i32,
    pub value: Option<f64>,
}

/// A value to record, parsed.
pub struct IndicatorValue {
    pub indicator: Uuid,
    pub year: i32,
    pub value: Option<f64>,
}

impl TryFrom<RecordMunicipalProgrammeIndicatorValueInput> for IndicatorValue {
    type Error = Vec<UserError>;

    fn try_from(
        input: RecordMunicipalProgrammeIndicatorValueInput,
    ) -> Result<Self, Vec<UserError>> {
        let mut e = Errors::input();
        let indicator = e.field(
            "indicatorId",
            GlobalId::decode_as(&input.indicator_id, PROGRAMME_INDICATOR),
        );
        let value = match input.value {
            None => Some(None),
            Some(v) => e.field("value", indicator_value(v)).map(Some),
        };
        e.finish(|| {
            Some(IndicatorValue {
                indicator: indicator?,
                year: input.year,
                value: value?,
            })
        })
    }
}
