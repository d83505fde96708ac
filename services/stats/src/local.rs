//! A municipality's own figures: every declared indicator counted for a period in the
//! municipality's tenant transaction. Exact counts: the controller's own data, under need to
//! know (no names).

use std::sync::Arc;

use chrono::NaiveDate;
use kernel::stats::{Figure, Indicator, IndicatorSource, Period};
use kernel::{Error, Result, TenantTx};

/// The indicator sources of every service, as the composition registers them.
#[derive(Clone, Default)]
pub struct Sources(pub Vec<Arc<dyn IndicatorSource>>);

impl Sources {
    /// Every indicator once; a key declared twice is a composition error.
    pub fn check(&self) -> Result<()> {
        let mut seen = std::collections::HashSet::new();
        for source in &self.0 {
            for indicator in source.indicators() {
                if !seen.insert(indicator.key) {
                    return Err(Error::internal(format!(
                        "indicator {} is declared twice ({})",
                        indicator.key,
                        source.name()
                    )));
                }
            }
        }
        Ok(())
    }
}

/// An indicator with its figures for a period.
#[derive(Clone, Debug)]
pub struct Counted {
    pub indicator: Indicator,
    pub figures: Vec<Figure>,
}

impl Counted {
    pub fn total(&self) -> i64 {
        self.figures.iter().map(|f| f.value).sum()
    }
}

/// The period a reader asked for: parsed, and begun by `today`.
pub fn period(raw: &str, today: NaiveDate) -> Result<Period> {
    let period: Period = raw.parse()?;
    if !period.has_begun(today) {
        return Err(Error::BadUserInput(format!(
            "the period {period} has not begun yet"
        )));
    }
    Ok(period)
}

/// Every indicator of `sources` for `period`, in the sources' order; figures a source reports
/// for an indicator it did not declare, or with other dimensions, are a source's error.
pub async fn count(
    tx: &TenantTx,
    sources: &Sources,
    period: Period,
    today: NaiveDate,
) -> Result<Vec<Counted>> {
    let mut out = Vec::new();
    for source in &sources.0 {
        let figures = source.count(tx, period, today).await?;
        for indicator in source.indicators() {
            let mine: Vec<Figure> = figures
                .iter()
                .filter(|f| f.indicator == indicator.key)
                .cloned()
                .collect();
            if let Some(bad) = mine.iter().find(|f| {
                f.breakdown.len() != indicator.dimensions.len()
                    || f.breakdown
                        .iter()
                        .zip(indicator.dimensions)
                        .any(|((d, _), want)| d != want)
            }) {
                return Err(Error::internal(format!(
                    "{} counted {} with dimensions {:?}, not {:?}",
                    source.name(),
                    indicator.key,
                    bad.breakdown.iter().map(|(d, _)| *d).collect::<Vec<_>>(),
                    indicator.dimensions
                )));
            }
            out.push(Counted {
                indicator: *indicator,
                figures: mine,
            });
        }
        if let Some(stray) = figures
            .iter()
            .find(|f| !source.indicators().iter().any(|i| i.key == f.indicator))
        {
            return Err(Error::internal(format!(
                "{} counted {}, which it does not declare",
                source.name(),
                stray.indicator
            )));
        }
    }
    Ok(out)
}
