//! The worker's statistics releases: once a quarter is over, and once a year is, every region
//! gets a release of it, unless it has one already. A region whose publication fails is
//! logged and tried again on the next run; the others go on.

use async_trait::async_trait;
use chrono::{Datelike, NaiveDate};
use kernel::jobs::PlatformJob;
use kernel::stats::Period;
use kernel::{Db, Error, Result};

use crate::local::Sources;
use crate::publish::{self, Quiet};

/// Publishes the releases of periods just over.
pub struct ScheduledReleases {
    pub sources: Sources,
}

/// The periods whose releases are due on `today`: the last quarter over, and the last year.
pub fn due(today: NaiveDate) -> Vec<Period> {
    let quarter = (today.month0() / 3) + 1;
    let last_quarter = if quarter == 1 {
        Period::quarter(today.year() - 1, 4)
    } else {
        Period::quarter(today.year(), quarter - 1)
    };
    [last_quarter, Period::year(today.year() - 1)]
        .into_iter()
        .filter_map(Result::ok)
        .collect()
}

#[async_trait]
impl PlatformJob for ScheduledReleases {
    fn name(&self) -> &'static str {
        "stats-releases"
    }

    async fn run(&self, db: &Db) -> Result<u64> {
        let today = kernel::calendar::today();
        let tx = db.platform().await?;
        let regions = tenancy::list_regions(&tx).await?;
        let mut missing = Vec::new();
        for region in &regions {
            let published = publish::published(tx.conn(), region.id, None).await?;
            for period in due(today) {
                let label = period.to_string();
                if !published.iter().any(|r| r.period == label) {
                    missing.push((region.slug.clone(), period));
                }
            }
        }
        tx.commit().await?;
        let (mut done, mut failed) = (0, 0);
        for (region, period) in missing {
            match publish::publish(db, &self.sources, &region, period, today, "worker", &Quiet)
                .await
            {
                Ok(release) => {
                    done += 1;
                    tracing::info!(%region, %period, number = release.number, "statistics release published");
                }
                // Another publication of the region is running: the next run sees to it.
                Err(Error::Conflict(_)) => {}
                // Too few municipalities share, or a longer period is out already: nothing
                // may be released, and the log says why.
                Err(Error::BadUserInput(reason)) => {
                    tracing::info!(%region, %period, %reason, "statistics release not due");
                }
                Err(e) => {
                    failed += 1;
                    tracing::error!(%region, %period, error = %e.describe(), "statistics release failed");
                }
            }
        }
        if failed > 0 {
            return Err(Error::internal(format!(
                "{failed} statistics releases failed"
            )));
        }
        Ok(done)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_last_quarter_and_year_over_are_due() {
        let names =
            |d: &str| -> Vec<String> { due(day(d)).iter().map(|p| p.to_string()).collect() };
        assert_eq!(names("2026-12-05"), ["2026-Q3", "2025"]);
        assert_eq!(names("2027-01-01"), ["2026-Q4", "2026"]);
        assert_eq!(names("2026-04-01"), ["2026-Q1", "2025"]);
        assert_eq!(names("2026-03-31"), ["2025-Q4", "2025"]);
    }
}
