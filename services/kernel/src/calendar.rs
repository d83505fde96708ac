//! The Polish working-day calendar (ustawa o dniach wolnych od pracy) and statutory periods.
//!
//! Deadlines count the way the Code of Administrative Procedure counts them: a period that ends
//! on a Saturday, a Sunday or a public holiday ends on the next working day (art. 57 §4 kpa).
//! The holidays are those in force since 2011 (Epiphany restored), plus 24 December from 2025;
//! older changes are not modelled because no deadline of the platform reaches back that far.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// Easter Sunday in the Gregorian calendar; `None` outside 1583..=9999, where the computus
/// does not apply.
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let easter = computus::gregorian(year).ok()?;
    NaiveDate::from_ymd_opt(easter.year, easter.month, easter.day)
}

/// A day free of work by statute (Sundays aside, which are free anyway).
pub fn is_public_holiday(d: NaiveDate) -> bool {
    let fixed = match (d.month(), d.day()) {
        (1, 1) | (5, 1) | (5, 3) | (8, 15) | (11, 1) | (11, 11) | (12, 25) | (12, 26) => true,
        (1, 6) => d.year() >= 2011,
        (12, 24) => d.year() >= 2025,
        _ => false,
    };
    // Easter Sunday and Monday, Pentecost Sunday, Corpus Christi.
    fixed
        || easter_sunday(d.year())
            .is_some_and(|easter| matches!((d - easter).num_days(), 0 | 1 | 49 | 60))
}

pub fn is_working_day(d: NaiveDate) -> bool {
    !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) && !is_public_holiday(d)
}

/// `d` itself if it is a working day, else the first working day after it.
pub fn next_working_day_on_or_after(d: NaiveDate) -> NaiveDate {
    let mut day = d;
    while !is_working_day(day) {
        // At the end of chrono's range there is no later day to move to.
        let Some(next) = day.succ_opt() else {
            return day;
        };
        day = next;
    }
    day
}

/// The `n`-th working day after `start`, not counting `start`; for `n = 0`, `start` moved
/// forward to a working day.
pub fn add_working_days(start: NaiveDate, n: u32) -> NaiveDate {
    if n == 0 {
        return next_working_day_on_or_after(start);
    }
    let mut day = start;
    let mut left = n;
    while left > 0 {
        let Some(next) = day.succ_opt() else {
            return day;
        };
        day = next;
        if is_working_day(day) {
            left -= 1;
        }
    }
    day
}

crate::stored_enum! {
    /// The unit a statutory period is counted in.
    PeriodUnit {
        /// Working days (dni robocze): Saturdays, Sundays and public holidays are skipped.
        WorkingDays = "working_days",
        /// Calendar days (dni); a period ending on a day free of work ends on the next working day.
        Days = "days",
        /// Calendar months (miesiące); a period ending on a day free of work ends on the next
        /// working day.
        Months = "months",
    }
}

impl PeriodUnit {
    /// The largest amount a period in this unit may have.
    const fn max_amount(self) -> u16 {
        match self {
            PeriodUnit::WorkingDays | PeriodUnit::Days => 366,
            PeriodUnit::Months => 60,
        }
    }
}

/// A period (termin) of 1..=366 days or working days, or 1..=60 months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "UncheckedPeriod")]
pub struct Period {
    amount: u16,
    unit: PeriodUnit,
}

/// The serialized form, checked by [`Period::new`] on the way in.
#[derive(Deserialize)]
struct UncheckedPeriod {
    amount: u16,
    unit: PeriodUnit,
}

impl TryFrom<UncheckedPeriod> for Period {
    type Error = String;

    fn try_from(raw: UncheckedPeriod) -> Result<Self, String> {
        Period::new(raw.amount, raw.unit)
    }
}

impl Period {
    pub fn new(amount: u16, unit: PeriodUnit) -> Result<Period, String> {
        if (1..=unit.max_amount()).contains(&amount) {
            Ok(Period { amount, unit })
        } else {
            Err(match unit {
                PeriodUnit::WorkingDays => "a period in working days is 1 to 366 working days",
                PeriodUnit::Days => "a period in days is 1 to 366 days",
                PeriodUnit::Months => "a period in months is 1 to 60 months",
            }
            .to_owned())
        }
    }

    /// For statutory constants: out of 1..=366 it fails to compile in a `const`, and panics
    /// elsewhere. Use [`Period::new`] for values that come from users.
    pub const fn working_days(n: u16) -> Period {
        Period::checked_const(n, PeriodUnit::WorkingDays)
    }

    /// For statutory constants: out of 1..=366 it fails to compile in a `const`, and panics
    /// elsewhere. Use [`Period::new`] for values that come from users.
    pub const fn days(n: u16) -> Period {
        Period::checked_const(n, PeriodUnit::Days)
    }

    /// For statutory constants: out of 1..=60 it fails to compile in a `const`, and panics
    /// elsewhere. Use [`Period::new`] for values that come from users.
    pub const fn months(n: u16) -> Period {
        Period::checked_const(n, PeriodUnit::Months)
    }

    const fn checked_const(amount: u16, unit: PeriodUnit) -> Period {
        assert!(
            amount >= 1 && amount <= unit.max_amount(),
            "period amount out of range"
        );
        Period { amount, unit }
    }

    pub fn amount(&self) -> u16 {
        self.amount
    }

    pub fn unit(&self) -> PeriodUnit {
        self.unit
    }

    /// The day the period counted from `start` ends on; never before `start`, always a working
    /// day.
    pub fn due_from(&self, start: NaiveDate) -> NaiveDate {
        let end = match self.unit {
            PeriodUnit::WorkingDays => return add_working_days(start, u32::from(self.amount)),
            PeriodUnit::Days => start.checked_add_days(Days::new(u64::from(self.amount))),
            // chrono clamps to the month's last day (31 January + 1 month = 28/29 February).
            PeriodUnit::Months => start.checked_add_months(Months::new(u32::from(self.amount))),
        };
        // Past the end of chrono's range the latest representable day is the best answer.
        next_working_day_on_or_after(end.unwrap_or(NaiveDate::MAX))
    }
}

/// Today in Poland (Europe/Warsaw). Deadlines, initiation dates and "in the future" checks
/// count Polish calendar days: near midnight the UTC date is another day.
pub fn today() -> NaiveDate {
    day_of(chrono::Utc::now())
}

/// The Polish calendar day (Europe/Warsaw) an instant falls on.
pub fn day_of(at: chrono::DateTime<chrono::Utc>) -> NaiveDate {
    at.with_timezone(&chrono_tz::Europe::Warsaw).date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn easter_on_known_dates() {
        assert_eq!(easter_sunday(2024), Some(d(2024, 3, 31)));
        assert_eq!(easter_sunday(2025), Some(d(2025, 4, 20)));
        assert_eq!(easter_sunday(2026), Some(d(2026, 4, 5)));
        assert_eq!(easter_sunday(2027), Some(d(2027, 3, 28)));
        assert_eq!(easter_sunday(1000), None);
    }

    #[test]
    fn holidays_of_2026() {
        for (m, day) in [
            (1, 1),
            (1, 6),
            (4, 5),
            (4, 6),
            (5, 1),
            (5, 3),
            (5, 24),
            (6, 4),
            (8, 15),
            (11, 1),
            (11, 11),
            (12, 24),
            (12, 25),
            (12, 26),
        ] {
            assert!(is_public_holiday(d(2026, m, day)), "2026-{m}-{day}");
        }
        assert!(!is_public_holiday(d(2026, 4, 7)));
        assert!(!is_public_holiday(d(2026, 6, 5)));
        assert!(!is_working_day(d(2026, 11, 11)));
        assert!(is_working_day(d(2026, 11, 12)));
    }

    #[test]
    fn christmas_eve_is_free_only_from_2025() {
        assert_eq!(d(2024, 12, 24).weekday(), Weekday::Tue);
        assert!(!is_public_holiday(d(2024, 12, 24)));
        assert!(is_working_day(d(2024, 12, 24)));
        assert!(is_public_holiday(d(2025, 12, 24)));
        assert!(!is_working_day(d(2025, 12, 24)));
    }

    #[test]
    fn epiphany_is_free_only_from_2011() {
        assert!(!is_public_holiday(d(2010, 1, 6)));
        assert!(is_public_holiday(d(2011, 1, 6)));
    }

    #[test]
    fn adding_working_days() {
        // Thursday before Easter 2026: Fri, (Sat, Sun, Easter Monday), Tue.
        assert_eq!(add_working_days(d(2026, 4, 2), 1), d(2026, 4, 3));
        assert_eq!(add_working_days(d(2026, 4, 2), 2), d(2026, 4, 7));
        // Across Christmas and New Year 2025/26: 24–26 Dec, weekends, 1 Jan and 6 Jan are free.
        assert_eq!(add_working_days(d(2025, 12, 23), 1), d(2025, 12, 29));
        assert_eq!(add_working_days(d(2025, 12, 23), 5), d(2026, 1, 5));
        assert_eq!(add_working_days(d(2025, 12, 23), 6), d(2026, 1, 7));
        // A year earlier, 24 Dec was still a working day.
        assert_eq!(add_working_days(d(2024, 12, 23), 1), d(2024, 12, 24));
        // n = 0 only moves a free day forward.
        assert_eq!(add_working_days(d(2026, 4, 7), 0), d(2026, 4, 7));
        assert_eq!(add_working_days(d(2026, 4, 4), 0), d(2026, 4, 7));
        assert_eq!(next_working_day_on_or_after(d(2026, 4, 4)), d(2026, 4, 7));
    }

    #[test]
    fn periods() {
        assert!(Period::new(0, PeriodUnit::Days).is_err());
        assert!(Period::new(367, PeriodUnit::WorkingDays).is_err());
        assert!(Period::new(61, PeriodUnit::Months).is_err());
        assert!(Period::new(366, PeriodUnit::Days).is_ok());
        let p = Period::new(60, PeriodUnit::Months).unwrap();
        assert_eq!((p.amount(), p.unit()), (60, PeriodUnit::Months));
        const FIVE: Period = Period::working_days(5);
        assert_eq!(FIVE, Period::new(5, PeriodUnit::WorkingDays).unwrap());
        assert_eq!(Period::days(3).unit(), PeriodUnit::Days);
        assert_eq!(Period::months(9).amount(), 9);
        assert!(std::panic::catch_unwind(|| Period::months(61)).is_err());

        // 7 days from Wednesday 2026-04-01 is Wednesday 8 April.
        assert_eq!(Period::days(7).due_from(d(2026, 4, 1)), d(2026, 4, 8));
        // 3 days from Thursday 2026-04-02 is Easter Sunday, so Tuesday (art. 57 §4 kpa).
        assert_eq!(Period::days(3).due_from(d(2026, 4, 2)), d(2026, 4, 7));
        // One month from 31 January 2026 is 28 February, a Saturday: Monday 2 March.
        assert_eq!(Period::months(1).due_from(d(2026, 1, 31)), d(2026, 3, 2));
        assert_eq!(Period::months(3).due_from(d(2026, 1, 15)), d(2026, 4, 15));
        assert_eq!(
            Period::working_days(5).due_from(d(2026, 4, 2)),
            d(2026, 4, 10)
        );
    }

    #[test]
    fn periods_serialize_and_refuse_invalid_input() {
        let p = Period::months(9);
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(serde_json::from_str::<Period>(&json).unwrap(), p);
        assert!(serde_json::from_str::<Period>(r#"{"amount":0,"unit":"Days"}"#).is_err());
        assert!(serde_json::from_str::<Period>(r#"{"amount":61,"unit":"Months"}"#).is_err());
    }

    #[test]
    fn the_end_of_the_calendar_does_not_hang() {
        assert_eq!(add_working_days(NaiveDate::MAX, 3), NaiveDate::MAX);
        assert_eq!(Period::months(60).due_from(NaiveDate::MAX), NaiveDate::MAX);
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        // 1900-01-01 .. 2199-12-31
        (0i64..109_572).prop_map(|n| d(1900, 1, 1) + chrono::Duration::days(n))
    }

    fn any_period() -> impl Strategy<Value = Period> {
        prop_oneof![
            (1u16..=366).prop_map(Period::working_days),
            (1u16..=366).prop_map(Period::days),
            (1u16..=60).prop_map(Period::months),
        ]
    }

    proptest! {
        #[test]
        fn easter_is_a_sunday_in_spring(year in 1583i32..=9999) {
            let easter = easter_sunday(year).unwrap();
            prop_assert_eq!(easter.weekday(), Weekday::Sun);
            prop_assert!(easter >= d(year, 3, 22) && easter <= d(year, 4, 25));
        }

        #[test]
        fn adding_working_days_counts_exactly_n(start in any_date(), n in 0u32..400) {
            let end = add_working_days(start, n);
            prop_assert!(is_working_day(end));
            let working_between = |from: NaiveDate| {
                from.iter_days()
                    .take_while(|day| *day <= end)
                    .filter(|day| is_working_day(*day))
                    .count()
            };
            if n == 0 {
                // Only moved forward, over free days.
                prop_assert!(end >= start);
                prop_assert_eq!(working_between(start), 1);
            } else {
                prop_assert!(end > start);
                prop_assert_eq!(working_between(start + Days::new(1)), n as usize);
            }
        }

        #[test]
        fn more_working_days_end_later(start in any_date(), n in 0u32..300, more in 1u32..100) {
            prop_assert!(add_working_days(start, n) <= add_working_days(start, n + 1));
            prop_assert!(add_working_days(start, n + 1) < add_working_days(start, n + 1 + more));
        }

        #[test]
        fn due_dates_are_working_days_not_before_the_start(start in any_date(), p in any_period()) {
            let due = p.due_from(start);
            prop_assert!(is_working_day(due));
            prop_assert!(due > start);
        }

        #[test]
        fn longer_periods_end_no_earlier(start in any_date(), p in any_period(), more in 1u16..5) {
            let longer = Period::new(p.amount() + more, p.unit());
            if let Ok(longer) = longer {
                prop_assert!(longer.due_from(start) >= p.due_from(start));
            }
        }
    }
}
