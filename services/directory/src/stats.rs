//! The help directory's indicators (`kernel::stats`): the municipality's published help points
//! by kind and the free places in its shelters, as they stand now (the directory keeps no
//! history).

use async_trait::async_trait;
use chrono::NaiveDate;
use kernel::stats::{Figure, Indicator, IndicatorSource, Measure, Period};
use kernel::{Result, TenantTx};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, QueryFilter, QuerySelect};

use crate::domain::HelpPointKind;
use crate::store::help_point;

const INDICATORS: &[Indicator] = &[
    Indicator {
        key: "help_points",
        label: "Punkty pomocy w informatorze według rodzaju (stan obecny)",
        dimensions: &["kind"],
        measure: Measure::Stock,
    },
    Indicator {
        key: "shelter_free_places",
        label: "Wolne miejsca w schronieniach (stan obecny)",
        dimensions: &[],
        measure: Measure::Stock,
    },
];

/// The indicators of the help directory.
pub struct DirectoryStatistics;

#[async_trait]
impl IndicatorSource for DirectoryStatistics {
    fn name(&self) -> &'static str {
        "directory"
    }

    fn indicators(&self) -> &'static [Indicator] {
        INDICATORS
    }

    fn value_label(&self, _indicator: &str, dimension: &str, value: &str) -> Option<&'static str> {
        match dimension {
            "kind" => HelpPointKind::parse(&value.to_lowercase()).map(HelpPointKind::label),
            _ => None,
        }
    }

    async fn count(
        &self,
        tx: &TenantTx,
        _period: Period,
        _today: NaiveDate,
    ) -> Result<Vec<Figure>> {
        let conn = tx.conn().await?;
        let rows: Vec<(String, i64, Option<i64>)> = tx
            .select::<help_point::Entity>()
            .filter(help_point::Column::Published.eq(true))
            .select_only()
            .column(help_point::Column::Kind)
            .column_as(Expr::cust("COUNT(*)"), "n")
            .column_as(Expr::cust("SUM(shelter_free_places)"), "free")
            .group_by(help_point::Column::Kind)
            .into_tuple()
            .all(&*conn)
            .await?;
        let mut out = Vec::new();
        let mut free = 0;
        for (kind, n, places) in rows {
            out.push(Figure::new(
                "help_points",
                &[("kind", &kind.to_uppercase())],
                n,
            ));
            free += places.unwrap_or(0);
        }
        out.push(Figure::new("shelter_free_places", &[], free));
        Ok(out)
    }
}
