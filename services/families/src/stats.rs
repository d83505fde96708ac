//! Family files' indicators (`kernel::stats`), on the municipality's dashboard and in regional
//! releases under the same disclosure control: help given to families in the period by kind
//! with its variant, and whether the procedure of a Blue Card linked to the family's file ran on
//! the day the help was given (help on a card itself is the cases' `work_recorded`); social
//! contracts settled in the period by their outcome.

use std::collections::{BTreeMap, HashMap};

use async_trait::async_trait;
use cases::domain::{help_code, help_label};
use chrono::NaiveDate;
use kernel::stats::{Figure, Indicator, IndicatorSource, Measure, Period};
use kernel::{Result, TenantTx};
use sea_orm::{ColumnTrait, QueryFilter};
use uuid::Uuid;

use crate::domain::ContractOutcome;
use crate::store::{contract, file_card, help};

const INDICATORS: &[Indicator] = &[
    Indicator {
        key: "family_help",
        label: "Pomoc udzielona rodzinom w teczkach rodzin według rodzaju i tego, czy założono Niebieską Kartę",
        dimensions: &["help", "blue_card"],
        measure: Measure::Flow,
    },
    Indicator {
        key: "social_contracts_settled",
        label: "Kontrakty socjalne z rodzinami rozliczone w okresie według wyniku rozliczenia",
        dimensions: &["contract_outcome"],
        measure: Measure::Flow,
    },
];

/// The indicator of family files.
pub struct FamilyStatistics;

#[async_trait]
impl IndicatorSource for FamilyStatistics {
    fn name(&self) -> &'static str {
        "families"
    }

    fn indicators(&self) -> &'static [Indicator] {
        INDICATORS
    }

    fn value_label(&self, _indicator: &str, dimension: &str, value: &str) -> Option<&'static str> {
        match dimension {
            "help" => help_label(value),
            "contract_outcome" => ContractOutcome::ALL
                .iter()
                .find(|o| o.as_str().to_uppercase() == value)
                .map(|o| o.label()),
            "blue_card" => match value {
                "YES" => Some("z Niebieską Kartą"),
                "NO" => Some("bez Niebieskiej Karty"),
                _ => None,
            },
            _ => None,
        }
    }

    async fn count(&self, tx: &TenantTx, period: Period, _today: NaiveDate) -> Result<Vec<Figure>> {
        let (links, given, settled) = {
            let conn = tx.conn().await?;
            let links = tx.select::<file_card::Entity>().all(&*conn).await?;
            let settled = tx
                .select::<contract::Entity>()
                .filter(contract::Column::SettledOn.gte(period.first_day()))
                .filter(contract::Column::SettledOn.lte(period.last_day()))
                .all(&*conn)
                .await?;
            let given = tx
                .select::<help::Entity>()
                .filter(help::Column::OccurredOn.gte(period.first_day()))
                .filter(help::Column::OccurredOn.lte(period.last_day()))
                .filter(help::Column::WithdrawnAt.is_null())
                .all(&*conn)
                .await?;
            (links, given, settled)
        };
        // Help was given with a Blue Card when the procedure of a card linked to the file ran
        // that day (initiated by then, not closed before). A card linked late moves the figures
        // of the days its procedure ran, never of the days before it.
        let cards: Vec<Uuid> = links.iter().map(|l| l.card_id).collect();
        let periods: HashMap<Uuid, (NaiveDate, Option<NaiveDate>)> =
            cases::procedure_periods(tx, &cards)
                .await?
                .into_iter()
                .map(|(id, from, to)| (id, (from, to)))
                .collect();
        let mut ran: HashMap<Uuid, Vec<(NaiveDate, Option<NaiveDate>)>> = HashMap::new();
        for link in &links {
            if let Some(period) = periods.get(&link.card_id) {
                ran.entry(link.file_id).or_default().push(*period);
            }
        }
        let mut out: BTreeMap<(String, &str), i64> = BTreeMap::new();
        for h in given {
            let day = h.occurred_on;
            let card = if ran.get(&h.file_id).is_some_and(|periods| {
                periods
                    .iter()
                    .any(|(from, to)| *from <= day && to.is_none_or(|to| day <= to))
            }) {
                "YES"
            } else {
                "NO"
            };
            *out.entry((help_code(h.kind, h.variant), card)).or_default() += 1;
        }
        let mut outcomes: BTreeMap<String, i64> = BTreeMap::new();
        for c in settled {
            if let Some(outcome) = c.outcome {
                *outcomes.entry(outcome.as_str().to_uppercase()).or_default() += 1;
            }
        }
        Ok(out
            .into_iter()
            .map(|((help, card), n)| {
                Figure::new("family_help", &[("help", &help), ("blue_card", card)], n)
            })
            .chain(outcomes.into_iter().map(|(outcome, n)| {
                Figure::new(
                    "social_contracts_settled",
                    &[("contract_outcome", &outcome)],
                    n,
                )
            }))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cases::domain::{WorkKind, WorkVariant};

    #[test]
    fn every_outcome_has_a_name() {
        for outcome in ContractOutcome::ALL {
            let value = outcome.as_str().to_uppercase();
            assert!(FamilyStatistics
                .value_label("social_contracts_settled", "contract_outcome", &value)
                .is_some());
        }
    }

    #[test]
    fn every_kind_of_help_has_a_name() {
        for kind in WorkKind::ALL {
            let variants = kind.variants();
            let values: Vec<Option<WorkVariant>> = if variants.is_empty() {
                vec![None]
            } else {
                variants.iter().copied().map(Some).collect()
            };
            for variant in values {
                let value = help_code(*kind, variant);
                assert!(
                    FamilyStatistics
                        .value_label("family_help", "help", &value)
                        .is_some(),
                    "{value}"
                );
            }
        }
    }
}
