//! The team's indicators (`kernel::stats`): its meetings held in the period.

use async_trait::async_trait;
use chrono::NaiveDate;
use kernel::stats::{Figure, Indicator, IndicatorSource, Measure, Period};
use kernel::{Result, TenantTx};
use sea_orm::{ColumnTrait, PaginatorTrait, QueryFilter};

use crate::store::meeting;

const INDICATORS: &[Indicator] = &[Indicator {
    key: "team_meetings",
    label: "Posiedzenia zespołu interdyscyplinarnego",
    dimensions: &[],
    measure: Measure::Flow,
}];

/// The indicators of the interdisciplinary team.
pub struct TeamStatistics;

#[async_trait]
impl IndicatorSource for TeamStatistics {
    fn name(&self) -> &'static str {
        "teams"
    }

    fn indicators(&self) -> &'static [Indicator] {
        INDICATORS
    }

    async fn count(&self, tx: &TenantTx, period: Period, _today: NaiveDate) -> Result<Vec<Figure>> {
        let conn = tx.conn().await?;
        let held = tx
            .select::<meeting::Entity>()
            .filter(meeting::Column::HeldOn.gte(period.first_day()))
            .filter(meeting::Column::HeldOn.lt(period.end()))
            .count(&*conn)
            .await?;
        Ok(vec![Figure::new("team_meetings", &[], held as i64)])
    }
}
