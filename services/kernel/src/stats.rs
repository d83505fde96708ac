//! Plug-in point for statistics: each service declares its indicators and counts them for a
//! period inside the municipality's own tenant transaction ([`IndicatorSource`]); the
//! statistics service gathers them and knows no service's tables. Counts are of the
//! municipality's own data: exact, never names.

use std::fmt;
use std::str::FromStr;

use async_trait::async_trait;
use chrono::{DateTime, Datelike, Months, NaiveDate, NaiveTime, TimeZone, Utc};

use crate::db::TenantTx;
use crate::error::{Error, Result};

/// Okres sprawozdawczy: a calendar month (`2026-09`), quarter (`2026-Q3`) or year (`2026`).
/// It cannot hold a period that does not exist (month 13, quarter 5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Period {
    year: i32,
    kind: PeriodKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PeriodKind {
    Year,
    /// 1–4.
    Quarter(u32),
    /// 1–12.
    Month(u32),
}

impl Period {
    pub fn year(year: i32) -> Result<Self> {
        Self::new(year, PeriodKind::Year)
    }

    pub fn quarter(year: i32, quarter: u32) -> Result<Self> {
        Self::new(year, PeriodKind::Quarter(quarter))
    }

    pub fn month(year: i32, month: u32) -> Result<Self> {
        Self::new(year, PeriodKind::Month(month))
    }

    fn new(year: i32, kind: PeriodKind) -> Result<Self> {
        let ok = (2000..=9999).contains(&year)
            && match kind {
                PeriodKind::Year => true,
                PeriodKind::Quarter(q) => (1..=4).contains(&q),
                PeriodKind::Month(m) => (1..=12).contains(&m),
            };
        if ok {
            Ok(Self { year, kind })
        } else {
            Err(Error::BadUserInput(
                "a period is a year (2026), a quarter (2026-Q3) or a month (2026-09)".to_owned(),
            ))
        }
    }

    pub fn kind(&self) -> PeriodKind {
        self.kind
    }

    /// The period's first day.
    pub fn first_day(&self) -> NaiveDate {
        let month = match self.kind {
            PeriodKind::Year => 1,
            PeriodKind::Quarter(q) => 3 * q - 2,
            PeriodKind::Month(m) => m,
        };
        // Valid by construction: year 2000–9999, month 1–12.
        NaiveDate::from_ymd_opt(self.year, month, 1).unwrap_or(NaiveDate::MIN)
    }

    /// The day after the period's last day (periods are half-open: `first_day <= d < end`).
    pub fn end(&self) -> NaiveDate {
        let months = match self.kind {
            PeriodKind::Year => 12,
            PeriodKind::Quarter(_) => 3,
            PeriodKind::Month(_) => 1,
        };
        self.first_day()
            .checked_add_months(Months::new(months))
            .unwrap_or(NaiveDate::MAX)
    }

    /// The period's last day.
    pub fn last_day(&self) -> NaiveDate {
        self.end().pred_opt().unwrap_or(NaiveDate::MIN)
    }

    /// The instant the period begins in Poland (midnight in Warsaw of its first day), for
    /// things recorded with a time.
    pub fn starts_at(&self) -> DateTime<Utc> {
        warsaw_midnight(self.first_day())
    }

    /// The instant the period ends in Poland (midnight in Warsaw after its last day).
    pub fn ends_at(&self) -> DateTime<Utc> {
        warsaw_midnight(self.end())
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.first_day() <= day && day < self.end()
    }

    /// Whether the period has begun by `today` (a period in the future has nothing to count).
    pub fn has_begun(&self, today: NaiveDate) -> bool {
        self.first_day() <= today
    }

    /// Whether the period is over by `today`: only such a period is released to a region.
    pub fn is_over(&self, today: NaiveDate) -> bool {
        self.end() <= today
    }

    /// Whether `other` lies within this period and is not this period (a year's quarters and
    /// months, a quarter's months).
    pub fn encloses(&self, other: &Period) -> bool {
        self != other && self.first_day() <= other.first_day() && other.end() <= self.end()
    }

    /// The ways the period divides into shorter periods: a year into its quarters and into its
    /// months, a quarter into its months, a month not at all.
    pub fn partitions(&self) -> Vec<Vec<Period>> {
        match self.kind {
            PeriodKind::Year => vec![
                (1..=4)
                    .filter_map(|q| Period::quarter(self.year, q).ok())
                    .collect(),
                self.months(),
            ],
            PeriodKind::Quarter(_) => vec![self.months()],
            PeriodKind::Month(_) => Vec::new(),
        }
    }

    /// The months of the period, in order (a year's twelve, a quarter's three).
    pub fn months(&self) -> Vec<Period> {
        let first = self.first_day();
        let count = match self.kind {
            PeriodKind::Year => 12,
            PeriodKind::Quarter(_) => 3,
            PeriodKind::Month(_) => 1,
        };
        (0..count)
            .filter_map(|i| first.checked_add_months(Months::new(i)))
            .map(|d| Period {
                year: d.year(),
                kind: PeriodKind::Month(d.month()),
            })
            .collect()
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            PeriodKind::Year => write!(f, "{}", self.year),
            PeriodKind::Quarter(q) => write!(f, "{}-Q{q}", self.year),
            PeriodKind::Month(m) => write!(f, "{}-{m:02}", self.year),
        }
    }
}

impl FromStr for Period {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        let bad = || {
            Error::BadUserInput(
                "a period is a year (2026), a quarter (2026-Q3) or a month (2026-09)".to_owned(),
            )
        };
        let s = s.trim();
        let digits = |t: &str, len: usize| {
            (t.len() == len && t.bytes().all(|b| b.is_ascii_digit()))
                .then(|| t.parse::<u32>().ok())
                .flatten()
        };
        let (year, rest) = match s.split_once('-') {
            Some((y, rest)) => (y, Some(rest)),
            None => (s, None),
        };
        let year = digits(year, 4).ok_or_else(bad)? as i32;
        match rest {
            None => Self::year(year),
            Some(r) if r.starts_with(['Q', 'q']) => {
                Self::quarter(year, digits(&r[1..], 1).ok_or_else(bad)?)
            }
            Some(r) => Self::month(year, digits(r, 2).ok_or_else(bad)?),
        }
    }
}

/// Midnight in Warsaw at the start of `day` (never in a daylight-saving gap: Poland changes its
/// clocks at 2–3 a.m.).
pub fn warsaw_midnight(day: NaiveDate) -> DateTime<Utc> {
    let midnight = day.and_time(NaiveTime::MIN);
    chrono_tz::Europe::Warsaw
        .from_local_datetime(&midnight)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| midnight.and_utc())
}

/// A breakdown value: the dimension and the value's code (`("sex", "FEMALE")`).
pub type Breakdown = Vec<(&'static str, String)>;

/// One counted figure of an indicator, for one combination of its breakdowns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figure {
    pub indicator: &'static str,
    pub breakdown: Breakdown,
    pub value: i64,
}

impl Figure {
    pub fn new(indicator: &'static str, breakdown: &[(&'static str, &str)], value: i64) -> Self {
        Self {
            indicator,
            breakdown: breakdown
                .iter()
                .map(|(d, v)| (*d, (*v).to_owned()))
                .collect(),
            value,
        }
    }
}

/// How an indicator is counted over a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// Things that happened in the period (cards opened, meetings held): additive over months.
    Flow,
    /// A state on the period's last day (or today, for a period not yet over): not additive.
    Stock,
}

/// An indicator a service declares: its key, its name in Polish, the dimensions it is broken
/// down by, and whether it is a flow or a stock.
#[derive(Clone, Copy, Debug)]
pub struct Indicator {
    pub key: &'static str,
    pub label: &'static str,
    pub dimensions: &'static [&'static str],
    pub measure: Measure,
}

/// A share in percent that regional releases publish beside the counts: the figures of
/// `indicator` whose `dimension` is `value`, of all its figures (deadlines met on time of all
/// deadlines due). Derived from counts, so suppressed when any of them is.
#[derive(Clone, Copy, Debug)]
pub struct Share {
    pub key: &'static str,
    pub label: &'static str,
    pub indicator: &'static str,
    pub dimension: &'static str,
    pub value: &'static str,
}

/// A service's statistics: its indicators, counted for a period in the municipality's tenant
/// transaction (row-level security and the tenant scope hold as for any request).
#[async_trait]
pub trait IndicatorSource: Send + Sync {
    /// Names the source (the service) in logs and errors.
    fn name(&self) -> &'static str;

    /// At most two dimensions each: a release publishes every indicator as one table.
    fn indicators(&self) -> &'static [Indicator];

    /// Shares derived from the indicators, for regional releases.
    fn shares(&self) -> &'static [Share] {
        &[]
    }

    /// The Polish name of a value of a dimension of one of its indicators (`institution`:
    /// `POLICE` → "Policja"), for exports; `None` leaves it to the common names (sex, age
    /// band) or the code.
    fn value_label(
        &self,
        _indicator: &str,
        _dimension: &str,
        _value: &str,
    ) -> Option<&'static str> {
        None
    }

    /// The figures of the period; a combination with no figure is zero. `today` bounds a
    /// period not yet over.
    async fn count(&self, tx: &TenantTx, period: Period, today: NaiveDate) -> Result<Vec<Figure>>;
}

/// The age band of a person on a day: 0–12, 13–17, 18–59, 60+ (fixed and non-overlapping, so
/// figures of different releases cannot be subtracted to isolate a year of age).
pub fn age_band(born_on: NaiveDate, on: NaiveDate) -> &'static str {
    match on.years_since(born_on).unwrap_or(0) {
        0..=12 => "0-12",
        13..=17 => "13-17",
        18..=59 => "18-59",
        _ => "60+",
    }
}

/// The age bands, in order.
pub const AGE_BANDS: [&str; 4] = ["0-12", "13-17", "18-59", "60+"];

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn periods_nest_and_divide() {
        let year: Period = "2026".parse().unwrap();
        let q3: Period = "2026-Q3".parse().unwrap();
        let august: Period = "2026-08".parse().unwrap();
        assert!(year.encloses(&q3) && year.encloses(&august) && q3.encloses(&august));
        assert!(!q3.encloses(&year) && !q3.encloses(&q3));
        assert!(!q3.encloses(&"2026-10".parse().unwrap()));
        let parts: Vec<Vec<String>> = year
            .partitions()
            .iter()
            .map(|p| p.iter().map(|x| x.to_string()).collect())
            .collect();
        assert_eq!(parts[0], ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
        assert_eq!(parts[1].len(), 12);
        assert_eq!(q3.partitions(), vec![q3.months()]);
        assert!(august.partitions().is_empty());
        assert!(q3.is_over(NaiveDate::from_ymd_opt(2026, 10, 1).unwrap()));
        assert!(!q3.is_over(NaiveDate::from_ymd_opt(2026, 9, 30).unwrap()));
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn periods_read_as_people_write_them() {
        let q3: Period = "2026-Q3".parse().unwrap();
        assert_eq!(
            (q3.first_day(), q3.last_day()),
            (day("2026-07-01"), day("2026-09-30"))
        );
        let feb: Period = "2024-02".parse().unwrap();
        assert_eq!(feb.last_day(), day("2024-02-29"));
        let year: Period = "2026".parse().unwrap();
        assert_eq!(
            (year.first_day(), year.end()),
            (day("2026-01-01"), day("2027-01-01"))
        );
        assert_eq!(year.months().len(), 12);
        assert_eq!(q3.months()[2].to_string(), "2026-09");
        for bad in [
            "2026-13", "2026-Q5", "2026-Q0", "26", "2026-9", "2026-Q", "Q3-2026", "", "1999",
            "2026-00",
        ] {
            assert!(bad.parse::<Period>().is_err(), "{bad}");
        }
        assert!(!"2026-Q3"
            .parse::<Period>()
            .unwrap()
            .has_begun(day("2026-06-30")));
        assert!("2026-Q3"
            .parse::<Period>()
            .unwrap()
            .has_begun(day("2026-07-01")));
        // Midnight in Warsaw: 22:00 UTC in summer, 23:00 in winter.
        assert_eq!(q3.starts_at().to_rfc3339(), "2026-06-30T22:00:00+00:00");
        assert_eq!(q3.ends_at().to_rfc3339(), "2026-09-30T22:00:00+00:00");
        assert_eq!(year.starts_at().to_rfc3339(), "2025-12-31T23:00:00+00:00");
    }

    #[test]
    fn age_bands_are_fixed_and_do_not_overlap() {
        let born = day("2000-03-01");
        assert_eq!(age_band(born, day("2013-02-28")), "0-12");
        assert_eq!(age_band(born, day("2013-03-01")), "13-17");
        assert_eq!(age_band(born, day("2018-02-28")), "13-17");
        assert_eq!(age_band(born, day("2018-03-01")), "18-59");
        assert_eq!(age_band(born, day("2060-03-01")), "60+");
    }

    proptest! {
        #[test]
        fn a_period_reads_back_and_holds_exactly_its_days(
            year in 2000i32..2100, kind in 0u32..3, n in 1u32..13, offset in 0i64..400,
        ) {
            let period = match kind {
                0 => Period::year(year).unwrap(),
                1 => Period::quarter(year, (n - 1) / 3 + 1).unwrap(),
                _ => Period::month(year, n).unwrap(),
            };
            prop_assert_eq!(period.to_string().parse::<Period>().unwrap(), period);
            let d = period.first_day() + chrono::Days::new(offset as u64);
            prop_assert_eq!(period.contains(d), d <= period.last_day());
            // The months tile the period.
            let months = period.months();
            prop_assert_eq!(months.first().unwrap().first_day(), period.first_day());
            prop_assert_eq!(months.last().unwrap().end(), period.end());
        }
    }
}
