//! Godziny otwarcia: weekly hours in Polish local time, exceptions by date, the public
//! holidays of the kernel's calendar, and "open day and night".
//!
//! A range never crosses midnight: a night shift is the end of one day and the start of the
//! next, so every range belongs to one local date and DST changes need no special case (the
//! instant is converted to Warsaw time, and the local clock is compared).

use std::fmt;

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use chrono_tz::Europe::Warsaw;
use serde::{Deserialize, Serialize};

const DAY_MINUTES: u16 = 24 * 60;
/// More ranges than this in one day is a typing error, not a timetable.
pub const MAX_RANGES_PER_DAY: usize = 6;
/// About a year of exceptions.
pub const MAX_EXCEPTIONS: usize = 400;

/// From `opens` to `closes` on one day, in minutes after local midnight; `24:00` closes at the
/// end of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "(String, String)", into = "(String, String)")]
pub struct TimeRange {
    opens: u16,
    closes: u16,
}

/// `7:30`, `07:30` or `24:00` as minutes after midnight.
fn parse_time(raw: &str) -> Option<u16> {
    let (h, m) = raw.trim().split_once(':')?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    let h: u16 = h.parse().ok()?;
    let m: u16 = m.parse().ok()?;
    (h < 24 && m < 60 || h == 24 && m == 0).then_some(h * 60 + m)
}

fn show_time(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

impl TimeRange {
    pub fn parse(opens: &str, closes: &str) -> Result<TimeRange, String> {
        let bad = "a time is HH:MM, 00:00 to 24:00";
        let opens = parse_time(opens).ok_or(bad)?;
        let closes = parse_time(closes).ok_or(bad)?;
        TimeRange::from_minutes(opens, closes)
    }

    pub fn from_minutes(opens: u16, closes: u16) -> Result<TimeRange, String> {
        if closes > DAY_MINUTES {
            return Err("a time is HH:MM, 00:00 to 24:00".to_owned());
        }
        if closes <= opens {
            return Err(
                "closing must be after opening (a night is split: until 24:00, then from 00:00)"
                    .to_owned(),
            );
        }
        Ok(TimeRange { opens, closes })
    }

    pub fn opens(&self) -> String {
        show_time(self.opens)
    }

    pub fn closes(&self) -> String {
        show_time(self.closes)
    }

    fn contains(&self, minute: u16) -> bool {
        (self.opens..self.closes).contains(&minute)
    }
}

impl fmt::Display for TimeRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}–{}", self.opens(), self.closes())
    }
}

impl TryFrom<(String, String)> for TimeRange {
    type Error = String;

    fn try_from((opens, closes): (String, String)) -> Result<Self, String> {
        TimeRange::parse(&opens, &closes)
    }
}

impl From<TimeRange> for (String, String) {
    fn from(r: TimeRange) -> Self {
        (r.opens(), r.closes())
    }
}

/// The ranges of one day: sorted, none overlapping another (one may start where another
/// ends); empty means closed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "Vec<TimeRange>", into = "Vec<TimeRange>")]
pub struct DayHours(Vec<TimeRange>);

impl DayHours {
    pub fn closed() -> DayHours {
        DayHours(Vec::new())
    }

    pub fn parse(mut ranges: Vec<TimeRange>) -> Result<DayHours, String> {
        if ranges.len() > MAX_RANGES_PER_DAY {
            return Err(format!("at most {MAX_RANGES_PER_DAY} ranges a day"));
        }
        ranges.sort();
        if ranges.windows(2).any(|w| w[1].opens < w[0].closes) {
            return Err("the ranges of one day must not overlap".to_owned());
        }
        Ok(DayHours(ranges))
    }

    pub fn ranges(&self) -> &[TimeRange] {
        &self.0
    }

    pub fn is_closed(&self) -> bool {
        self.0.is_empty()
    }

    fn contains(&self, minute: u16) -> bool {
        self.0.iter().any(|r| r.contains(minute))
    }
}

impl TryFrom<Vec<TimeRange>> for DayHours {
    type Error = String;

    fn try_from(ranges: Vec<TimeRange>) -> Result<Self, String> {
        DayHours::parse(ranges)
    }
}

impl From<DayHours> for Vec<TimeRange> {
    fn from(d: DayHours) -> Self {
        d.0
    }
}

/// Hours for Monday to Sunday.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeeklyHours {
    pub monday: DayHours,
    pub tuesday: DayHours,
    pub wednesday: DayHours,
    pub thursday: DayHours,
    pub friday: DayHours,
    pub saturday: DayHours,
    pub sunday: DayHours,
}

impl WeeklyHours {
    /// The same hours Monday to Friday, closed at the weekend.
    pub fn weekdays(hours: DayHours) -> WeeklyHours {
        WeeklyHours {
            monday: hours.clone(),
            tuesday: hours.clone(),
            wednesday: hours.clone(),
            thursday: hours.clone(),
            friday: hours,
            ..WeeklyHours::default()
        }
    }

    pub fn on(&self, weekday: chrono::Weekday) -> &DayHours {
        use chrono::Weekday::*;
        match weekday {
            Mon => &self.monday,
            Tue => &self.tuesday,
            Wed => &self.wednesday,
            Thu => &self.thursday,
            Fri => &self.friday,
            Sat => &self.saturday,
            Sun => &self.sunday,
        }
    }
}

/// Different hours on one date: closed (no ranges) or special hours.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayException {
    pub date: NaiveDate,
    pub hours: DayHours,
}

/// When a help point is open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "StoredHours", into = "StoredHours")]
pub enum OpeningHours {
    /// Czynne całą dobę: every day, holidays too.
    DayAndNight,
    Weekly {
        week: WeeklyHours,
        /// Sorted by date, one per date.
        exceptions: Vec<DayException>,
        /// Open on public holidays as on that weekday; otherwise closed then.
        open_on_public_holidays: bool,
    },
}

impl OpeningHours {
    pub fn weekly(
        week: WeeklyHours,
        mut exceptions: Vec<DayException>,
        open_on_public_holidays: bool,
    ) -> Result<OpeningHours, String> {
        if exceptions.len() > MAX_EXCEPTIONS {
            return Err(format!("at most {MAX_EXCEPTIONS} exceptions"));
        }
        exceptions.sort_by_key(|e| e.date);
        if exceptions.windows(2).any(|w| w[0].date == w[1].date) {
            return Err("one exception per date".to_owned());
        }
        Ok(OpeningHours::Weekly {
            week,
            exceptions,
            open_on_public_holidays,
        })
    }

    pub fn is_day_and_night(&self) -> bool {
        matches!(self, OpeningHours::DayAndNight)
    }

    /// The hours on a local date: its exception, else closed on a public holiday (unless the
    /// point opens then), else its weekday's hours. `None` when open day and night.
    pub fn hours_on(&self, date: NaiveDate) -> Option<DayHours> {
        let OpeningHours::Weekly {
            week,
            exceptions,
            open_on_public_holidays,
        } = self
        else {
            return None;
        };
        if let Ok(i) = exceptions.binary_search_by_key(&date, |e| e.date) {
            return exceptions.get(i).map(|e| e.hours.clone());
        }
        if !open_on_public_holidays && kernel::calendar::is_public_holiday(date) {
            return Some(DayHours::closed());
        }
        Some(week.on(date.weekday()).clone())
    }

    /// Open at this instant, by the clock in Warsaw.
    pub fn is_open_at(&self, at: DateTime<Utc>) -> bool {
        let local = at.with_timezone(&Warsaw);
        // Minutes after local midnight; below 1440 whatever the hour of a DST day.
        let minute = (local.hour() * 60 + local.minute()) as u16;
        match self.hours_on(local.date_naive()) {
            None => true,
            Some(day) => day.contains(minute),
        }
    }
}

/// The stored form: a tagged object, checked again on the way in.
#[derive(Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum StoredHours {
    DayAndNight,
    Weekly {
        week: WeeklyHours,
        #[serde(default)]
        exceptions: Vec<DayException>,
        #[serde(default)]
        open_on_public_holidays: bool,
    },
}

impl TryFrom<StoredHours> for OpeningHours {
    type Error = String;

    fn try_from(stored: StoredHours) -> Result<Self, String> {
        match stored {
            StoredHours::DayAndNight => Ok(OpeningHours::DayAndNight),
            StoredHours::Weekly {
                week,
                exceptions,
                open_on_public_holidays,
            } => OpeningHours::weekly(week, exceptions, open_on_public_holidays),
        }
    }
}

impl From<OpeningHours> for StoredHours {
    fn from(hours: OpeningHours) -> Self {
        match hours {
            OpeningHours::DayAndNight => StoredHours::DayAndNight,
            OpeningHours::Weekly {
                week,
                exceptions,
                open_on_public_holidays,
            } => StoredHours::Weekly {
                week,
                exceptions,
                open_on_public_holidays,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use proptest::prelude::*;

    fn range(o: &str, c: &str) -> TimeRange {
        TimeRange::parse(o, c).unwrap()
    }

    fn day(ranges: &[(&str, &str)]) -> DayHours {
        DayHours::parse(ranges.iter().map(|(o, c)| range(o, c)).collect()).unwrap()
    }

    /// An instant given by the wall clock in Warsaw.
    fn warsaw(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Warsaw
            .with_ymd_and_hms(y, m, d, h, min, 0)
            .earliest()
            .unwrap()
            .with_timezone(&Utc)
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// Żory's team: Monday to Friday 7:30–15:30.
    fn office() -> OpeningHours {
        OpeningHours::weekly(
            WeeklyHours::weekdays(day(&[("7:30", "15:30")])),
            vec![],
            false,
        )
        .unwrap()
    }

    #[test]
    fn times_and_ranges() {
        assert_eq!(range("7:30", "15:30").to_string(), "07:30–15:30");
        assert_eq!(range("20:00", "24:00").closes(), "24:00");
        for (o, c) in [
            ("15:30", "7:30"),
            ("8:00", "8:00"),
            ("25:00", "26:00"),
            ("8", "9:00"),
            ("8:60", "9:00"),
            ("24:00", "24:30"),
            ("-1:00", "2:00"),
        ] {
            assert!(TimeRange::parse(o, c).is_err(), "{o}-{c}");
        }
    }

    #[test]
    fn ranges_of_a_day_must_not_overlap() {
        let r = |o, c| range(o, c);
        assert!(DayHours::parse(vec![r("8:00", "12:00"), r("11:00", "16:00")]).is_err());
        assert!(DayHours::parse(vec![r("8:00", "16:00"), r("9:00", "10:00")]).is_err());
        // Touching is not overlapping; the order entered does not matter.
        let d = DayHours::parse(vec![r("12:00", "16:00"), r("8:00", "12:00")]).unwrap();
        assert_eq!(d.ranges()[0], r("8:00", "12:00"));
        assert!(DayHours::parse(vec![r("1:00", "2:00"); 7]).is_err());
    }

    #[test]
    fn exceptions_are_one_per_date() {
        let e = |d| DayException {
            date: d,
            hours: DayHours::closed(),
        };
        let twice = OpeningHours::weekly(
            WeeklyHours::default(),
            vec![e(date(2026, 12, 31)), e(date(2026, 12, 31))],
            false,
        );
        assert!(twice.is_err());
    }

    #[test]
    fn open_in_office_hours_on_working_days() {
        let h = office();
        // Wednesday 25 November 2026.
        assert!(!h.is_open_at(warsaw(2026, 11, 25, 7, 29)));
        assert!(h.is_open_at(warsaw(2026, 11, 25, 7, 30)));
        assert!(h.is_open_at(warsaw(2026, 11, 25, 15, 29)));
        assert!(!h.is_open_at(warsaw(2026, 11, 25, 15, 30)));
        // Saturday.
        assert!(!h.is_open_at(warsaw(2026, 11, 28, 10, 0)));
    }

    #[test]
    fn closed_on_public_holidays_unless_it_says_otherwise() {
        let h = office();
        // 11 November 2026 (Wednesday), Corpus Christi 2026 (4 June), 24 December 2026.
        for holiday in [
            warsaw(2026, 11, 11, 10, 0),
            warsaw(2026, 6, 4, 10, 0),
            warsaw(2026, 12, 24, 10, 0),
        ] {
            assert!(!h.is_open_at(holiday));
        }
        // 24 December was a working day in 2024.
        assert!(h.is_open_at(warsaw(2024, 12, 24, 10, 0)));
        let OpeningHours::Weekly { week, .. } = office() else {
            unreachable!()
        };
        let open_anyway = OpeningHours::weekly(week, vec![], true).unwrap();
        assert!(open_anyway.is_open_at(warsaw(2026, 11, 11, 10, 0)));
    }

    #[test]
    fn exceptions_win_over_the_week_and_the_holidays() {
        let OpeningHours::Weekly { week, .. } = office() else {
            unreachable!()
        };
        let h = OpeningHours::weekly(
            week,
            vec![
                // Closed on an ordinary Friday; open a few hours on a holiday.
                DayException {
                    date: date(2026, 11, 27),
                    hours: DayHours::closed(),
                },
                DayException {
                    date: date(2026, 11, 11),
                    hours: day(&[("10:00", "12:00")]),
                },
            ],
            false,
        )
        .unwrap();
        assert!(!h.is_open_at(warsaw(2026, 11, 27, 10, 0)));
        assert!(h.is_open_at(warsaw(2026, 11, 11, 11, 0)));
        assert!(!h.is_open_at(warsaw(2026, 11, 11, 9, 0)));
    }

    #[test]
    fn midnight_is_warsaw_midnight() {
        // Open late on Friday, and after midnight on Saturday.
        let h = OpeningHours::weekly(
            WeeklyHours {
                friday: day(&[("20:00", "24:00")]),
                saturday: day(&[("0:00", "2:00")]),
                ..WeeklyHours::default()
            },
            vec![],
            true,
        )
        .unwrap();
        assert!(h.is_open_at(warsaw(2026, 11, 27, 23, 59)));
        assert!(h.is_open_at(warsaw(2026, 11, 28, 0, 0)));
        assert!(h.is_open_at(warsaw(2026, 11, 28, 1, 59)));
        assert!(!h.is_open_at(warsaw(2026, 11, 28, 2, 0)));
        // 23:30 UTC on Friday is already Saturday 00:30 in Warsaw (CET, UTC+1).
        let utc_friday = Utc.with_ymd_and_hms(2026, 11, 27, 23, 30, 0).unwrap();
        assert!(h.is_open_at(utc_friday));
        // Office hours: 23:30 UTC on Tuesday is Wednesday 00:30 in Warsaw, closed; 6:45 UTC
        // in summer is 8:45 in Warsaw (CEST, UTC+2), open.
        assert!(!office().is_open_at(Utc.with_ymd_and_hms(2026, 11, 24, 23, 30, 0).unwrap()));
        assert!(office().is_open_at(Utc.with_ymd_and_hms(2026, 7, 1, 6, 45, 0).unwrap()));
        assert!(!office().is_open_at(Utc.with_ymd_and_hms(2026, 7, 1, 13, 45, 0).unwrap()));
    }

    #[test]
    fn across_daylight_saving_changes() {
        // 29 March 2026 (Sunday): 2:00 CET jumps to 3:00 CEST. 25 October 2026: 3:00 CEST
        // falls back to 2:00 CET, so 2:30 happens twice.
        let h = OpeningHours::weekly(
            WeeklyHours {
                sunday: day(&[("1:00", "4:00")]),
                ..WeeklyHours::default()
            },
            vec![],
            true,
        )
        .unwrap();
        assert!(h.is_open_at(Utc.with_ymd_and_hms(2026, 3, 29, 0, 30, 0).unwrap())); // 1:30 CET
        assert!(h.is_open_at(Utc.with_ymd_and_hms(2026, 3, 29, 1, 30, 0).unwrap())); // 3:30 CEST
        assert!(!h.is_open_at(Utc.with_ymd_and_hms(2026, 3, 29, 2, 0, 0).unwrap())); // 4:00 CEST
        assert!(h.is_open_at(Utc.with_ymd_and_hms(2026, 10, 25, 0, 30, 0).unwrap())); // 2:30 CEST
        assert!(h.is_open_at(Utc.with_ymd_and_hms(2026, 10, 25, 1, 30, 0).unwrap())); // 2:30 CET
        assert!(!h.is_open_at(Utc.with_ymd_and_hms(2026, 10, 25, 3, 0, 0).unwrap()));
        // 4:00 CET
    }

    #[test]
    fn day_and_night_is_always_open() {
        let h = OpeningHours::DayAndNight;
        assert!(h.is_open_at(warsaw(2026, 12, 25, 3, 0)));
        assert!(h.hours_on(date(2026, 12, 25)).is_none());
    }

    #[test]
    fn stored_form_roundtrips_and_is_checked() {
        let h = office();
        let json = serde_json::to_string(&h).unwrap();
        assert_eq!(serde_json::from_str::<OpeningHours>(&json).unwrap(), h);
        let always = serde_json::to_string(&OpeningHours::DayAndNight).unwrap();
        assert_eq!(always, r#"{"kind":"day_and_night"}"#);
        let overlapping = r#"{"kind":"weekly","week":{"monday":[["08:00","12:00"],["11:00","13:00"]],"tuesday":[],"wednesday":[],"thursday":[],"friday":[],"saturday":[],"sunday":[]}}"#;
        assert!(serde_json::from_str::<OpeningHours>(overlapping).is_err());
    }

    proptest! {
        /// Open exactly when the Warsaw clock shows a minute inside a range of that weekday.
        #[test]
        fn open_matches_the_local_clock(
            secs in 1_577_836_800i64..1_893_456_000, // 2020..2030
            o in 0u16..1439, len in 1u16..1440,
        ) {
            let c = (o + len).min(DAY_MINUTES);
            let r = TimeRange::from_minutes(o, c).unwrap();
            let h = OpeningHours::weekly(WeeklyHours {
                monday: DayHours::parse(vec![r]).unwrap(), tuesday: DayHours::parse(vec![r]).unwrap(),
                wednesday: DayHours::parse(vec![r]).unwrap(), thursday: DayHours::parse(vec![r]).unwrap(),
                friday: DayHours::parse(vec![r]).unwrap(), saturday: DayHours::parse(vec![r]).unwrap(),
                sunday: DayHours::parse(vec![r]).unwrap(),
            }, vec![], true).unwrap();
            let at = DateTime::from_timestamp(secs, 0).unwrap();
            let local = at.with_timezone(&Warsaw);
            let minute = (local.hour() * 60 + local.minute()) as u16;
            prop_assert_eq!(h.is_open_at(at), o <= minute && minute < c);
        }

        #[test]
        fn parsed_days_never_overlap(raw in proptest::collection::vec((0u16..1440, 1u16..600), 0..5)) {
            let ranges: Vec<TimeRange> = raw.iter().filter_map(|(o, l)| TimeRange::from_minutes(*o, (o + l).min(DAY_MINUTES)).ok()).collect();
            if let Ok(d) = DayHours::parse(ranges) {
                for w in d.ranges().windows(2) {
                    prop_assert!(w[0].closes <= w[1].opens);
                }
                let back: DayHours = serde_json::from_str(&serde_json::to_string(&d).unwrap()).unwrap();
                prop_assert_eq!(back, d);
            }
        }
    }
}
