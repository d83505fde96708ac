//! Types of the municipal programme that cannot hold invalid values: the programme's years, an
//! amount of money in grosze, a task's status, and the kinds of the register of child-protection
//! standards.

use std::fmt;

use chrono::NaiveDate;
use kernel::stored_enum;

/// The years a municipal programme may cover, and its longest span: programmes are adopted
/// for a few years at a time (Jastrzębie's runs 2022–2026).
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;
pub const MAX_SPAN_YEARS: i32 = 10;

/// Lata programu — the first and last year a programme covers, first ≤ last, at most
/// [`MAX_SPAN_YEARS`] of them, each within [`YEARS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProgrammeYears {
    first: i32,
    last: i32,
}

/// Why two years are not a programme's years: the field at fault, a code and a message.
pub type YearsProblem = (&'static str, &'static str, String);

impl ProgrammeYears {
    pub fn new(first: i32, last: i32) -> Result<Self, Vec<YearsProblem>> {
        let mut problems = Vec::new();
        for (field, year) in [("firstYear", first), ("lastYear", last)] {
            if !YEARS.contains(&year) {
                problems.push((
                    field,
                    "OUT_OF_RANGE",
                    format!("a year from {} to {}", YEARS.start(), YEARS.end()),
                ));
            }
        }
        if problems.is_empty() {
            if last < first {
                problems.push((
                    "lastYear",
                    "YEARS_REVERSED",
                    "the last year cannot come before the first".to_owned(),
                ));
            } else if last - first + 1 > MAX_SPAN_YEARS {
                problems.push((
                    "lastYear",
                    "TOO_LONG",
                    format!("a programme covers at most {MAX_SPAN_YEARS} years"),
                ));
            }
        }
        if problems.is_empty() {
            Ok(ProgrammeYears { first, last })
        } else {
            Err(problems)
        }
    }

    pub fn first(self) -> i32 {
        self.first
    }

    pub fn last(self) -> i32 {
        self.last
    }

    /// Whether `day` falls within the programme's years.
    pub fn contains(self, day: NaiveDate) -> bool {
        use chrono::Datelike;
        (self.first..=self.last).contains(&day.year())
    }
}

/// Kwota — an amount of money in grosze, not negative, at most a billion złoty.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Money(i64);

/// A billion złoty, in grosze: more than any municipal programme's budget.
const MAX_GROSZE: i64 = 100_000_000_000;

impl Money {
    /// Parses an amount in złoty as people type it: `12345`, `12 345,67`, `12345.5`, with or
    /// without `zł`; at most two decimal places.
    pub fn parse(raw: &str) -> Result<Money, NotAnAmount> {
        let bad = || NotAnAmount("an amount in złoty, e.g. 12 345,67");
        let cleaned: String = raw
            .trim()
            .trim_end_matches("zł")
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| if c == ',' { '.' } else { c })
            .collect();
        let (whole, fraction) = match cleaned.split_once('.') {
            Some((w, f)) => (w, f),
            None => (cleaned.as_str(), ""),
        };
        if whole.is_empty()
            || fraction.len() > 2
            || !whole.chars().all(|c| c.is_ascii_digit())
            || !fraction.chars().all(|c| c.is_ascii_digit())
            || whole.len() > 12
        {
            return Err(bad());
        }
        let whole: i64 = whole.parse().map_err(|_| bad())?;
        let fraction: i64 = match fraction.len() {
            0 => 0,
            1 => fraction.parse::<i64>().map_err(|_| bad())? * 10,
            _ => fraction.parse().map_err(|_| bad())?,
        };
        let grosze = whole
            .checked_mul(100)
            .and_then(|g| g.checked_add(fraction))
            .ok_or_else(bad)?;
        Money::from_grosze(grosze).ok_or(NotAnAmount("at most a billion złoty"))
    }

    /// An amount as stored; `None` outside 0 to a billion złoty.
    pub fn from_grosze(grosze: i64) -> Option<Money> {
        (0..=MAX_GROSZE).contains(&grosze).then_some(Money(grosze))
    }

    pub fn grosze(self) -> i64 {
        self.0
    }
}

/// Why text is not an amount: refused as `AMOUNT` on its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotAnAmount(&'static str);

impl kernel::input::Refusal for NotAnAmount {
    fn code(&self) -> &str {
        "AMOUNT"
    }

    fn message(&self) -> String {
        self.0.to_owned()
    }
}

/// `12345.67`: złoty and grosze with a point, as the API answers.
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{:02}", self.0 / 100, self.0 % 100)
    }
}

stored_enum! {
    /// Stan realizacji zadania.
    MunicipalTaskStatus {
        /// Zaplanowane.
        Planned = "planned",
        /// W realizacji.
        InProgress = "in_progress",
        /// Zrealizowane.
        Done = "done",
        /// Niezrealizowane.
        NotDone = "not_done",
    }
}

stored_enum! {
    /// Rodzaj instytucji pracującej z dziećmi.
    #[graphql(name = "ChildProtectionInstitutionKind")]
    InstitutionKind {
        /// Szkoła.
        School = "school",
        /// Przedszkole.
        Kindergarten = "kindergarten",
        /// Żłobek lub klub dziecięcy.
        Nursery = "nursery",
        /// Placówka opiekuńczo-wychowawcza.
        Care = "care",
        /// Klub lub organizacja sportowa.
        Sport = "sport",
        /// Instytucja kultury.
        Culture = "culture",
        /// Podmiot leczniczy.
        Health = "health",
        /// Organizacja pozarządowa.
        Ngo = "ngo",
        /// Inna instytucja.
        Other = "other",
    }
}

stored_enum! {
    /// Zapis w historii standardów.
    #[graphql(name = "ChildProtectionEvent")]
    StandardsEvent {
        /// Przyjęcie standardów.
        Adopted = "adopted",
        /// Przegląd standardów.
        Reviewed = "reviewed",
    }
}

stored_enum! {
    /// Rodzaj wydarzenia.
    #[graphql(name = "MunicipalEventKind")]
    EventKind {
        /// Szkolenie.
        Training = "training",
        /// Spotkanie.
        Meeting = "meeting",
        /// Warsztaty.
        Workshop = "workshop",
        /// Konferencja.
        Conference = "conference",
        /// Akcja kampanii.
        Campaign = "campaign",
        /// Inne wydarzenie.
        Other = "other",
    }
}

/// A new programme, parsed.
#[derive(Clone, Debug)]
pub struct NewProgramme {
    pub title: String,
    pub resolution_number: String,
    pub resolution_date: NaiveDate,
    pub years: ProgrammeYears,
}

/// A task's content, parsed (dates checked against each other; against the programme's years
/// by the use case, which knows them).
#[derive(Clone, Debug)]
pub struct TaskContent {
    pub title: String,
    pub responsible: String,
    pub partners: Option<String>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub planned: Option<Money>,
    pub spent: Option<Money>,
    pub status: MunicipalTaskStatus,
}

/// Where an indicator's values come from.
#[derive(Clone, Debug, PartialEq)]
pub enum IndicatorBasis {
    /// A statistic Ostoja counts for the municipality (a declared indicator's key), all of it
    /// or the figures whose `dimension` is `value`.
    Computed {
        statistic: String,
        filter: Option<(String, String)>,
    },
    /// Entered by hand, from the named source (a survey, the police's figures…).
    Manual { source: String },
}

/// The largest value an indicator takes: any count or amount a municipality reports.
pub const MAX_VALUE: f64 = 1e12;

/// A value of an indicator: a finite number within ±[`MAX_VALUE`].
pub fn indicator_value(value: f64) -> Result<f64, String> {
    if value.is_finite() && value.abs() <= MAX_VALUE {
        Ok(value)
    } else {
        Err(format!("a number within ±{MAX_VALUE}"))
    }
}

/// A new indicator, parsed (its years and statistic are checked by the use case, which knows
/// the programme and the declared statistics).
#[derive(Clone, Debug)]
pub struct NewIndicator {
    pub programme: uuid::Uuid,
    pub goal: Option<uuid::Uuid>,
    pub name: String,
    pub unit: String,
    pub basis: IndicatorBasis,
    pub baseline: Option<f64>,
    /// (year, target), at least one.
    pub targets: Vec<(i32, f64)>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn years_in_order_within_range_and_span() {
        assert!(ProgrammeYears::new(2022, 2026).is_ok());
        assert!(ProgrammeYears::new(2024, 2024).is_ok());
        assert_eq!(
            ProgrammeYears::new(2026, 2022).unwrap_err()[0].1,
            "YEARS_REVERSED"
        );
        assert_eq!(
            ProgrammeYears::new(2020, 2030).unwrap_err()[0].1,
            "TOO_LONG"
        );
        let both = ProgrammeYears::new(1999, 2101).unwrap_err();
        assert_eq!(
            both.iter().map(|p| p.0).collect::<Vec<_>>(),
            ["firstYear", "lastYear"]
        );
        let years = ProgrammeYears::new(2022, 2026).unwrap();
        let day = |y| NaiveDate::from_ymd_opt(y, 6, 1).unwrap();
        assert!(years.contains(day(2022)) && years.contains(day(2026)));
        assert!(!years.contains(day(2021)) && !years.contains(day(2027)));
    }

    #[test]
    fn amounts_as_people_type_them() {
        for (raw, grosze) in [
            ("12345", 1_234_500),
            ("12 345,67", 1_234_567),
            ("12345.5", 1_234_550),
            ("0,05", 5),
            ("1\u{a0}000 zł", 100_000),
        ] {
            assert_eq!(Money::parse(raw).map(Money::grosze), Ok(grosze), "{raw}");
        }
        for raw in [
            "",
            "-5",
            "1,234",
            "12.345,6",
            "abc",
            ",5",
            "1e3",
            "2000000000",
        ] {
            assert!(Money::parse(raw).is_err(), "{raw}");
        }
        assert_eq!(Money::parse("12 345,6").unwrap().to_string(), "12345.60");
    }

    #[test]
    fn indicator_values_are_finite_and_bounded() {
        assert_eq!(indicator_value(12.5), Ok(12.5));
        assert_eq!(indicator_value(-3.0), Ok(-3.0));
        for bad in [f64::NAN, f64::INFINITY, 2e12] {
            assert!(indicator_value(bad).is_err());
        }
    }

    proptest! {
        /// What the API answers parses back to the same amount.
        #[test]
        fn an_amount_reads_back(grosze in 0i64..=MAX_GROSZE) {
            let money = Money::from_grosze(grosze).unwrap();
            prop_assert_eq!(Money::parse(&money.to_string()), Ok(money));
        }
    }
}
