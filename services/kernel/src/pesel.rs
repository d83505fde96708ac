//! PESEL, the Polish national identification number: `YYMMDDZZZXQ`, the birth date (the
//! century folded into the month), a serial `ZZZ`, the sex digit `X` and a check digit `Q`.
//!
//! It is personal data: `Debug` hides the digits and there is deliberately no `Display`, so a
//! PESEL cannot slip into a log line by accident.

use std::fmt;

use chrono::{Datelike, NaiveDate};

crate::stored_enum! {
    /// Płeć.
    Sex {
        /// Kobieta.
        Female = "female",
        /// Mężczyzna.
        Male = "male",
    }
}

/// A PESEL with a valid check digit and birth date.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Pesel(String);

impl fmt::Debug for Pesel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Pesel(***)")
    }
}

/// Why a PESEL was refused. Each reason has its own code (`INVALID_PESEL_*`) so that a client
/// can word it in its own language; [`PeselError::message`] is the English text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeselError {
    Length,
    NotDigits,
    Checksum,
    BirthDate,
}

impl fmt::Display for PeselError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for PeselError {}

impl PeselError {
    pub fn message(&self) -> &'static str {
        match self {
            PeselError::Length => "a PESEL has 11 digits",
            PeselError::NotDigits => "a PESEL consists of digits only",
            PeselError::Checksum => "this is not a valid PESEL: its check digit does not match",
            PeselError::BirthDate => {
                "this is not a valid PESEL: it does not encode a real date of birth"
            }
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            PeselError::Length => "INVALID_PESEL_LENGTH",
            PeselError::NotDigits => "INVALID_PESEL_DIGITS",
            PeselError::Checksum => "INVALID_PESEL_CHECKSUM",
            PeselError::BirthDate => "INVALID_PESEL_BIRTH_DATE",
        }
    }
}

const WEIGHTS: [u32; 10] = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/// The month offset of each century: (first year, offset added to the month).
const CENTURIES: [(i32, u32); 5] = [(1800, 80), (1900, 0), (2000, 20), (2100, 40), (2200, 60)];

fn check_digit(first_ten: &[u32]) -> u32 {
    let sum: u32 = first_ten.iter().zip(WEIGHTS).map(|(d, w)| d * w).sum();
    (10 - sum % 10) % 10
}

/// The birth date encoded in the first six digits, if it is a real date.
fn birth_date_of(digits: &[u32]) -> Option<NaiveDate> {
    let [y1, y2, m1, m2, d1, d2, ..] = *digits else {
        return None;
    };
    let encoded_month = m1 * 10 + m2;
    let (century, offset) = CENTURIES
        .iter()
        .copied()
        .find(|(_, offset)| (offset + 1..=offset + 12).contains(&encoded_month))?;
    let year = century + i32::try_from(y1 * 10 + y2).ok()?;
    NaiveDate::from_ymd_opt(year, encoded_month - offset, d1 * 10 + d2)
}

impl Pesel {
    /// Accepts 11 digits, surrounded by whitespace or not.
    pub fn parse(raw: &str) -> Result<Pesel, PeselError> {
        let raw = raw.trim();
        let digits: Vec<u32> = raw
            .chars()
            .map(|c| c.to_digit(10))
            .collect::<Option<_>>()
            .ok_or(PeselError::NotDigits)?;
        let [first_ten @ .., last] = digits.as_slice() else {
            return Err(PeselError::Length);
        };
        if first_ten.len() != 10 {
            return Err(PeselError::Length);
        }
        if check_digit(first_ten) != *last {
            return Err(PeselError::Checksum);
        }
        birth_date_of(&digits).ok_or(PeselError::BirthDate)?;
        Ok(Pesel(raw.to_owned()))
    }

    /// A valid PESEL for test and demo data: `serial` (0..=999) gives digits 7–9, and the sex
    /// digit is taken from the serial too so that generated numbers vary in every position.
    /// `None` for a serial over 999 or a birth date outside 1800..=2299.
    pub fn generate(birth: NaiveDate, sex: Sex, serial: u16) -> Option<Pesel> {
        if serial > 999 {
            return None;
        }
        let (century, offset) = CENTURIES
            .iter()
            .copied()
            .find(|(century, _)| (*century..century + 100).contains(&birth.year()))?;
        let yy = u32::try_from(birth.year() - century).ok()?;
        let serial = u32::from(serial);
        let sex_digit = 2 * (serial % 5)
            + match sex {
                Sex::Female => 0,
                Sex::Male => 1,
            };
        let mm = birth.month() + offset;
        let dd = birth.day();
        let mut digits = vec![
            yy / 10,
            yy % 10,
            mm / 10,
            mm % 10,
            dd / 10,
            dd % 10,
            serial / 100,
            serial / 10 % 10,
            serial % 10,
            sex_digit,
        ];
        digits.push(check_digit(&digits));
        let text = digits
            .iter()
            .filter_map(|d| char::from_digit(*d, 10))
            .collect();
        Some(Pesel(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn birth_date(&self) -> NaiveDate {
        // Parsing checked the date; the fallback is never taken.
        birth_date_of(&self.digits()).unwrap_or_default()
    }

    /// From the 10th digit: odd for men, even for women.
    pub fn sex(&self) -> Sex {
        match self.digits().get(9) {
            Some(d) if d % 2 == 1 => Sex::Male,
            _ => Sex::Female,
        }
    }

    fn digits(&self) -> Vec<u32> {
        self.0.chars().filter_map(|c| c.to_digit(10)).collect()
    }
}

impl AsRef<str> for Pesel {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn known_numbers() {
        let p = Pesel::parse("44051401359").unwrap();
        assert_eq!(p.birth_date(), d(1944, 5, 14));
        assert_eq!(p.sex(), Sex::Male);
        let p = Pesel::parse(" 02070803628\n").unwrap();
        assert_eq!(p.as_str(), "02070803628");
        assert_eq!(p.birth_date(), d(1902, 7, 8));
        assert_eq!(p.sex(), Sex::Female);
    }

    #[test]
    fn every_century() {
        for (birth, month_digits) in [
            (d(1899, 12, 31), "92"),
            (d(1985, 3, 12), "03"),
            (d(2004, 2, 29), "22"),
            (d(2150, 6, 1), "46"),
            (d(2299, 1, 1), "61"),
        ] {
            let p = Pesel::generate(birth, Sex::Male, 7).unwrap();
            assert_eq!(&p.as_str()[2..4], month_digits);
            assert_eq!(Pesel::parse(p.as_str()).unwrap().birth_date(), birth);
        }
        assert!(Pesel::generate(d(1799, 12, 31), Sex::Male, 1).is_none());
        assert!(Pesel::generate(d(2300, 1, 1), Sex::Male, 1).is_none());
        assert!(Pesel::generate(d(2000, 1, 1), Sex::Male, 1000).is_none());
    }

    #[test]
    fn refuses_invalid_numbers() {
        assert_eq!(Pesel::parse("44051401358"), Err(PeselError::Checksum));
        assert_eq!(Pesel::parse("4405140135a"), Err(PeselError::NotDigits));
        assert_eq!(Pesel::parse("4405 1401359"), Err(PeselError::NotDigits));
        assert_eq!(Pesel::parse("٤٤051401359"), Err(PeselError::NotDigits));
        assert_eq!(Pesel::parse("4405140135"), Err(PeselError::Length));
        assert_eq!(Pesel::parse("440514013590"), Err(PeselError::Length));
        assert_eq!(Pesel::parse(""), Err(PeselError::Length));
        // Valid check digits on impossible dates: month 13, 30 February 1990.
        for raw in ["90130112344", "90023012345"] {
            let digits: Vec<u32> = raw.chars().filter_map(|c| c.to_digit(10)).collect();
            let fixed: String = raw[..10]
                .chars()
                .chain(char::from_digit(check_digit(&digits[..10]), 10))
                .collect();
            assert_eq!(Pesel::parse(&fixed), Err(PeselError::BirthDate), "{fixed}");
        }
        assert_eq!(PeselError::Length.message(), "a PESEL has 11 digits");
        assert_eq!(PeselError::Checksum.code(), "INVALID_PESEL_CHECKSUM");
        assert_eq!(
            PeselError::BirthDate.to_string(),
            PeselError::BirthDate.message()
        );
    }

    #[test]
    fn debug_hides_the_digits() {
        let p = Pesel::parse("44051401359").unwrap();
        assert_eq!(format!("{p:?}"), "Pesel(***)");
        assert_eq!(format!("{:?}", Some(p)), "Some(Pesel(***))");
    }

    fn any_birth_date() -> impl Strategy<Value = NaiveDate> {
        let first = d(1800, 1, 1);
        let days = (d(2299, 12, 31) - first).num_days();
        (0..=days).prop_map(move |n| first + chrono::Duration::days(n))
    }

    fn any_sex() -> impl Strategy<Value = Sex> {
        prop_oneof![Just(Sex::Female), Just(Sex::Male)]
    }

    proptest! {
        #[test]
        fn generated_numbers_parse_back(birth in any_birth_date(), sex in any_sex(), serial in 0u16..=999) {
            let generated = Pesel::generate(birth, sex, serial).unwrap();
            let parsed = Pesel::parse(generated.as_str()).unwrap();
            prop_assert_eq!(parsed.birth_date(), birth);
            prop_assert_eq!(parsed.sex(), sex);
            prop_assert_eq!(&parsed, &generated);
        }

        // Every weight is coprime to 10, so changing one digit always changes the check sum.
        #[test]
        fn a_changed_digit_is_caught(
            birth in any_birth_date(),
            sex in any_sex(),
            serial in 0u16..=999,
            position in 0usize..11,
            delta in 1u32..10,
        ) {
            let valid = Pesel::generate(birth, sex, serial).unwrap();
            let changed: String = valid
                .as_str()
                .chars()
                .enumerate()
                .map(|(i, c)| {
                    let digit = c.to_digit(10).unwrap();
                    let digit = if i == position { (digit + delta) % 10 } else { digit };
                    char::from_digit(digit, 10).unwrap()
                })
                .collect();
            prop_assert!(Pesel::parse(&changed).is_err());
        }

        #[test]
        fn never_panics(s in ".{0,20}") {
            let _ = Pesel::parse(&s);
        }
    }
}
