//! TERYT codes of the national official register of the territorial division (TERC).
//!
//! A voivodeship is two digits, an even number from 02 to 32. A municipality (gmina) is seven
//! digits `WWPPGGR`: voivodeship, county (powiat), municipality, and the kind of municipality
//! (1 urban, 2 rural, 3 urban-rural, 4 town of an urban-rural one, 5 rural area of one,
//! 8 district of Warsaw, 9 delegation of a city).

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvalidTeryt {
    #[error("a voivodeship TERYT code is two digits, an even number from 02 to 32")]
    Voivodeship,
    #[error("a municipality TERYT code is seven digits WWPPGGR: an even voivodeship 02-32, county and municipality numbers from 01, and a kind digit 1-5, 8 or 9")]
    Municipality,
}

/// Stored as its two digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, sea_orm::DeriveValueType)]
#[sea_orm(value_type = "String", from_str = "VoivodeshipCode::parse")]
pub struct VoivodeshipCode(u8);

impl VoivodeshipCode {
    pub fn parse(raw: &str) -> Result<Self, InvalidTeryt> {
        if raw.len() != 2 || !raw.bytes().all(|b| b.is_ascii_digit()) {
            return Err(InvalidTeryt::Voivodeship);
        }
        let n: u8 = raw.parse().map_err(|_| InvalidTeryt::Voivodeship)?;
        if (2..=32).contains(&n) && n.is_multiple_of(2) {
            Ok(VoivodeshipCode(n))
        } else {
            Err(InvalidTeryt::Voivodeship)
        }
    }
}

impl fmt::Display for VoivodeshipCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}", self.0)
    }
}

/// Stored as its seven digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sea_orm::DeriveValueType)]
#[sea_orm(value_type = "String", from_str = "MunicipalityCode::parse")]
pub struct MunicipalityCode(String);

impl MunicipalityCode {
    pub fn parse(raw: &str) -> Result<Self, InvalidTeryt> {
        let b = raw.as_bytes();
        if b.len() != 7 || !b.iter().all(u8::is_ascii_digit) {
            return Err(InvalidTeryt::Municipality);
        }
        let voivodeship = raw.get(0..2).ok_or(InvalidTeryt::Municipality)?;
        VoivodeshipCode::parse(voivodeship).map_err(|_| InvalidTeryt::Municipality)?;
        let county = raw.get(2..4).ok_or(InvalidTeryt::Municipality)?;
        let gmina = raw.get(4..6).ok_or(InvalidTeryt::Municipality)?;
        let kind = raw.get(6..7).ok_or(InvalidTeryt::Municipality)?;
        if county == "00"
            || gmina == "00"
            || !matches!(kind, "1" | "2" | "3" | "4" | "5" | "8" | "9")
        {
            return Err(InvalidTeryt::Municipality);
        }
        Ok(MunicipalityCode(raw.to_owned()))
    }

    pub fn voivodeship(&self) -> VoivodeshipCode {
        // The constructor checked the first two digits.
        let n = self.0.get(0..2).and_then(|s| s.parse().ok()).unwrap_or(0);
        VoivodeshipCode(n)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for MunicipalityCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn real_codes() {
        // Żory (city with county rights), Częstochowa, Lubliniec (urban).
        for code in ["2479011", "2464011", "2408011"] {
            let m = MunicipalityCode::parse(code).unwrap();
            assert_eq!(m.voivodeship().to_string(), "24");
        }
        assert!(VoivodeshipCode::parse("24").is_ok());
        assert!(VoivodeshipCode::parse("02").is_ok());
    }

    #[test]
    fn bad_codes() {
        for bad in [
            "", "24", "247901", "24790111", "2579011", "3479011", "2400011", "2479001", "2479016",
            "24790a1",
        ] {
            assert!(MunicipalityCode::parse(bad).is_err(), "{bad}");
        }
        for bad in ["00", "01", "34", "2", "ab", "024"] {
            assert!(VoivodeshipCode::parse(bad).is_err(), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn parsed_municipality_has_valid_voivodeship(s in "[0-9]{7}") {
            if let Ok(m) = MunicipalityCode::parse(&s) {
                prop_assert!(VoivodeshipCode::parse(&m.as_str()[..2]).is_ok());
                prop_assert_eq!(m.voivodeship().to_string(), s[..2].to_owned());
            }
        }
    }
}
