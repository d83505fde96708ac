//! The municipal programme's statistics (`kernel::stats`): the institutions of the register of
//! child-protection standards by the state of their standards on the period's last day (today,
//! for a period not over), read from each institution's history; an institution counts from
//! the day it was registered or its standards came into force, whichever is earlier. Countable as an indicator of
//! the programme like any other statistic.

use std::cmp::min;

use async_trait::async_trait;
use chrono::NaiveDate;
use kernel::stats::{Figure, Indicator, IndicatorSource, Measure, Period};
use kernel::{Result, TenantTx};

use crate::standards::{institutions, state_on, StandardsState};

const INDICATORS: &[Indicator] = &[Indicator {
    key: "child_protection_standards",
    label: "Instytucje pracujące z dziećmi według stanu standardów ochrony małoletnich",
    dimensions: &["state"],
    measure: Measure::Stock,
}];

/// The indicators of the municipal programme's registers.
pub struct StrategyStatistics;

#[async_trait]
impl IndicatorSource for StrategyStatistics {
    fn name(&self) -> &'static str {
        "strategy"
    }

    fn indicators(&self) -> &'static [Indicator] {
        INDICATORS
    }

    fn value_label(&self, _indicator: &str, dimension: &str, value: &str) -> Option<&'static str> {
        match dimension {
            "state" => StandardsState::ALL
                .into_iter()
                .find(|s| s.code() == value)
                .map(StandardsState::label),
            _ => None,
        }
    }

    async fn count(&self, tx: &TenantTx, period: Period, today: NaiveDate) -> Result<Vec<Figure>> {
        let day = min(period.last_day(), today);
        let register = institutions(tx, None).await?;
        Ok(StandardsState::ALL
            .into_iter()
            .map(|state| {
                let n = register
                    .iter()
                    .filter(|i| i.known_on(day) && state_on(&i.history, day) == state)
                    .count();
                Figure::new(
                    "child_protection_standards",
                    &[("state", state.code())],
                    i64::try_from(n).unwrap_or(i64::MAX),
                )
            })
            .collect())
    }
}
