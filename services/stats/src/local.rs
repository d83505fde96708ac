//! A municipality's own figures: every declared indicator counted for a period in the
//! municipality's tenant transaction. Exact counts: the controller's own data, under need to
//! know (no names).

use std::sync::Arc;

use chrono::NaiveDate;
use kernel::stats::{Figure, Indicator, IndicatorSource, Period, Share};
use kernel::{Error, Result, TenantTx};

/// The indicator sources of every service, as the composition registers them.
#[derive(Clone, Default)]
pub struct Sources(pub Vec<Arc<dyn IndicatorSource>>);

impl Sources {
    /// Every indicator and share once, an indicator with at most two dimensions, a share of
    /// its own source's indicator: anything else is a composition error.
    pub fn check(&self) -> Result<()> {
        let mut seen = std::collections::HashSet::new();
        for source in &self.0 {
            let fail = |what: String| Err(Error::internal(format!("{what} ({})", source.name())));
            for indicator in source.indicators() {
                if !seen.insert(indicator.key) {
                    return fail(format!("indicator {} is declared twice", indicator.key));
                }
                if indicator.dimensions.len() > 2 {
                    return fail(format!(
                        "indicator {} has more than two dimensions",
                        indicator.key
                    ));
                }
            }
            for share in source.shares() {
                if !seen.insert(share.key) {
                    return fail(format!("share {} is declared twice", share.key));
                }
                let of = source
                    .indicators()
                    .iter()
                    .find(|i| i.key == share.indicator);
                if !of.is_some_and(|i| i.dimensions.contains(&share.dimension)) {
                    return fail(format!(
                        "share {} is of {}.{}, which the source does not declare",
                        share.key, share.indicator, share.dimension
                    ));
                }
            }
        }
        Ok(())
    }

    /// Every declared indicator, in the sources' order.
    pub fn indicators(&self) -> Vec<Indicator> {
        self.0
            .iter()
            .flat_map(|s| s.indicators().iter().copied())
            .collect()
    }

    /// A dimension value's Polish name: the declaring source's, else the common one, else the
    /// code itself.
    pub fn value_label(&self, indicator: &str, dimension: &str, value: &str) -> String {
        self.0
            .iter()
            .filter(|s| {
                s.indicators().iter().any(|i| i.key == indicator)
                    || s.shares().iter().any(|i| i.key == indicator)
            })
            .find_map(|s| s.value_label(indicator, dimension, value))
            .or_else(|| common_label(dimension, value))
            .unwrap_or(value)
            .to_owned()
    }

    /// Every declared share, in the sources' order.
    pub fn shares(&self) -> Vec<Share> {
        self.0
            .iter()
            .flat_map(|s| s.shares().iter().copied())
            .collect()
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

/// Names of values several services count by.
fn common_label(dimension: &str, value: &str) -> Option<&'static str> {
    Some(match (dimension, value) {
        ("sex", "FEMALE") => "kobiety",
        ("sex", "MALE") => "mężczyźni",
        ("age_band", "0-12") => "0–12 lat",
        ("age_band", "13-17") => "13–17 lat",
        ("age_band", "18-59") => "18–59 lat",
        ("age_band", "60+") => "60 lat i więcej",
        ("age_band", "unknown") => "wiek nieustalony",
        _ => return None,
    })
}
