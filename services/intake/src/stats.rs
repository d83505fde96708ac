//! The intake register's indicators (`kernel::stats`): reports and consultations received in
//! the period, by channel and kind.

use async_trait::async_trait;
use chrono::NaiveDate;
use kernel::stats::{Figure, Indicator, IndicatorSource, Measure, Period};
use kernel::{Result, TenantTx};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, QueryFilter, QuerySelect};

use crate::domain::{IntakeChannel, IntakeKind};
use crate::store::entry;

const INDICATORS: &[Indicator] = &[Indicator {
    key: "intake_entries",
    label: "Zgłoszenia i konsultacje według kanału i rodzaju",
    dimensions: &["channel", "kind"],
    measure: Measure::Flow,
}];

/// The indicators of the intake register.
pub struct IntakeStatistics;

#[async_trait]
impl IndicatorSource for IntakeStatistics {
    fn name(&self) -> &'static str {
        "intake"
    }

    fn indicators(&self) -> &'static [Indicator] {
        INDICATORS
    }

    fn value_label(&self, _indicator: &str, dimension: &str, value: &str) -> Option<&'static str> {
        let stored = value.to_lowercase();
        match dimension {
            "channel" => IntakeChannel::parse(&stored).map(IntakeChannel::label),
            "kind" => IntakeKind::parse(&stored).map(IntakeKind::label),
            _ => None,
        }
    }

    async fn count(&self, tx: &TenantTx, period: Period, _today: NaiveDate) -> Result<Vec<Figure>> {
        let conn = tx.conn().await?;
        let rows: Vec<(String, String, i64)> = tx
            .select::<entry::Entity>()
            .filter(entry::Column::ReceivedAt.gte(period.starts_at()))
            .filter(entry::Column::ReceivedAt.lt(period.ends_at()))
            .select_only()
            .column(entry::Column::Channel)
            .column(entry::Column::Kind)
            .column_as(Expr::cust("COUNT(*)"), "n")
            .group_by(entry::Column::Channel)
            .group_by(entry::Column::Kind)
            .into_tuple()
            .all(&*conn)
            .await?;
        Ok(rows
            .into_iter()
            .map(|(channel, kind, n)| {
                Figure::new(
                    "intake_entries",
                    &[
                        ("channel", &channel.to_uppercase()),
                        ("kind", &kind.to_uppercase()),
                    ],
                    n,
                )
            })
            .collect())
    }
}
