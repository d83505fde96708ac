//! Types of the help directory that cannot hold invalid values: what a help point is, what it
//! offers, where it is and how many shelter places it has free.

use std::fmt;

use chrono::{DateTime, Utc};
use kernel::text::{Name, Note, Text};
use serde::{Deserialize, Serialize};

pub use crate::contact::{Email, PhoneNumber, WebAddress};
pub use crate::hours::{DayException, OpeningHours, TimeRange, WeeklyHours};

kernel::stored_enum! {
    /// Rodzaj punktu pomocy.
    HelpPointKind {
        /// Ośrodek pomocy społecznej (OPS/MOPS).
        SocialWelfareOffice = "social_welfare_office",
        /// Filia lub sekcja ośrodka pomocy społecznej.
        SocialWelfareBranch = "social_welfare_branch",
        /// Punkt interwencji kryzysowej.
        CrisisInterventionPoint = "crisis_intervention_point",
        /// Ośrodek (centrum) interwencji kryzysowej (OIK/CIK).
        CrisisInterventionCentre = "crisis_intervention_centre",
        /// Specjalistyczny ośrodek wsparcia dla osób doznających przemocy domowej (SOW).
        SupportCentre = "support_centre",
        /// Hostel, schronisko lub dom dla osób doznających przemocy.
        Shelter = "shelter",
        /// Poradnia rodzinna.
        FamilyCounselling = "family_counselling",
        /// Policja.
        Police = "police",
        /// Ochrona zdrowia.
        HealthCare = "health_care",
        /// Organizacja pozarządowa.
        Ngo = "ngo",
        /// Telefon zaufania, infolinia.
        Helpline = "helpline",
        /// Inny.
        Other = "other",
    }
}

kernel::stored_enum! {
    /// Forma pomocy oferowana w punkcie.
    HelpService {
        /// Pomoc psychologiczna.
        Psychological = "psychological",
        /// Pomoc prawna.
        Legal = "legal",
        /// Pomoc socjalna.
        Social = "social",
        /// Pomoc pedagogiczna.
        Pedagogical = "pedagogical",
        /// Pomoc medyczna.
        Medical = "medical",
        /// Poradnictwo rodzinne.
        FamilyCounselling = "family_counselling",
        /// Terapia.
        Therapy = "therapy",
        /// Grupa wsparcia.
        SupportGroup = "support_group",
        /// Program dla osób stosujących przemoc (korekcyjno-edukacyjny, psychologiczno-terapeutyczny).
        PerpetratorProgramme = "perpetrator_programme",
        /// Schronienie.
        Shelter = "shelter",
    }
}

kernel::stored_enum! {
    /// Udogodnienie dla osób z niepełnosprawnościami.
    AccessibilityFeature {
        /// Wejście bez schodów lub z podjazdem.
        StepFreeEntrance = "step_free_entrance",
        /// Toaleta dostosowana.
        AccessibleToilet = "accessible_toilet",
        /// Tłumacz polskiego języka migowego (PJM).
        SignLanguage = "sign_language",
        /// Pętla indukcyjna.
        InductionLoop = "induction_loop",
        /// Miejsce parkingowe dla osób z niepełnosprawnościami.
        AccessibleParking = "accessible_parking",
    }
}

/// A language help is given in: an ISO 639-1 code such as `pl`, `uk` or `en`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Language(String);

impl Language {
    pub fn parse(raw: &str) -> Result<Language, String> {
        let code = raw.trim().to_ascii_lowercase();
        if code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase()) {
            Ok(Language(code))
        } else {
            Err("a language is a two-letter ISO 639-1 code such as pl, uk or en".to_owned())
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Language {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        Language::parse(&raw)
    }
}

impl From<Language> for String {
    fn from(l: Language) -> String {
        l.0
    }
}

/// A Polish postal code, `NN-NNN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PostalCode(String);

impl PostalCode {
    pub fn parse(raw: &str) -> Result<PostalCode, String> {
        let digits: String = raw.trim().chars().filter(|c| *c != '-').collect();
        let shaped = raw.trim().len() == 6 && raw.trim().as_bytes().get(2) == Some(&b'-')
            || raw.trim().len() == 5;
        if shaped && digits.len() == 5 && digits.bytes().all(|b| b.is_ascii_digit()) {
            Ok(PostalCode(format!("{}-{}", &digits[..2], &digits[2..])))
        } else {
            Err("a postal code is NN-NNN".to_owned())
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for PostalCode {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        PostalCode::parse(&raw)
    }
}

impl From<PostalCode> for String {
    fn from(p: PostalCode) -> String {
        p.0
    }
}

/// Adres: street and number, postal code and town.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    pub street: Name,
    /// Left out where the office does not publish it.
    pub postal_code: Option<PostalCode>,
    pub city: Text<100>,
}

/// The south-west and north-east corners of a box around Poland, in degrees.
const LATITUDE: (f64, f64) = (49.0, 54.9);
const LONGITUDE: (f64, f64) = (14.1, 24.2);

/// Położenie na mapie: WGS 84 degrees inside Poland.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "(f64, f64)", into = "(f64, f64)")]
pub struct Coordinates {
    latitude: f64,
    longitude: f64,
}

impl Coordinates {
    pub fn parse(latitude: f64, longitude: f64) -> Result<Coordinates, String> {
        // NaN fails both range checks.
        if (LATITUDE.0..=LATITUDE.1).contains(&latitude)
            && (LONGITUDE.0..=LONGITUDE.1).contains(&longitude)
        {
            Ok(Coordinates {
                latitude,
                longitude,
            })
        } else {
            Err(
                "the position must be in Poland (latitude 49.0–54.9, longitude 14.1–24.2)"
                    .to_owned(),
            )
        }
    }

    pub fn latitude(&self) -> f64 {
        self.latitude
    }

    pub fn longitude(&self) -> f64 {
        self.longitude
    }
}

impl TryFrom<(f64, f64)> for Coordinates {
    type Error = String;

    fn try_from((lat, lon): (f64, f64)) -> Result<Self, String> {
        Coordinates::parse(lat, lon)
    }
}

impl From<Coordinates> for (f64, f64) {
    fn from(c: Coordinates) -> (f64, f64) {
        (c.latitude, c.longitude)
    }
}

/// How many free places a shelter may report: far above any Polish hostel.
pub const MAX_SHELTER_PLACES: i32 = 10_000;

/// A count of free shelter places: never negative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "i32", into = "i32")]
pub struct PlaceCount(i32);

impl PlaceCount {
    pub fn parse(raw: i32) -> Result<PlaceCount, String> {
        if (0..=MAX_SHELTER_PLACES).contains(&raw) {
            Ok(PlaceCount(raw))
        } else {
            Err(format!("free places are 0 to {MAX_SHELTER_PLACES}"))
        }
    }

    pub fn get(self) -> i32 {
        self.0
    }
}

impl TryFrom<i32> for PlaceCount {
    type Error = String;

    fn try_from(raw: i32) -> Result<Self, String> {
        PlaceCount::parse(raw)
    }
}

impl From<PlaceCount> for i32 {
    fn from(p: PlaceCount) -> i32 {
        p.0
    }
}

/// Wolne miejsca: free places and when they were counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShelterPlaces {
    pub free: PlaceCount,
    pub updated_at: DateTime<Utc>,
}

/// The most phones a point lists.
pub const MAX_PHONES: usize = 10;

/// Everything an editor says about a help point; the same for a new point and a change.
#[derive(Debug, Clone)]
pub struct HelpPointDetails {
    pub name: Name,
    pub kind: HelpPointKind,
    pub description: Option<Note>,
    pub address: Option<Address>,
    pub coordinates: Option<Coordinates>,
    pub phones: Vec<PhoneNumber>,
    pub email: Option<Email>,
    pub web: Option<WebAddress>,
    pub hours: OpeningHours,
    pub services: Vec<HelpService>,
    pub languages: Vec<Language>,
    pub accessibility: Vec<AccessibilityFeature>,
}

/// Sorted and without repeats, so a list compares and stores the same however it was entered.
pub fn set_of<T: Ord>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut items: Vec<T> = items.into_iter().collect();
    items.sort();
    items.dedup();
    items
}

impl fmt::Display for HelpService {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn stored_names_roundtrip() {
        for k in HelpPointKind::ALL {
            assert_eq!(HelpPointKind::parse(k.as_str()), Some(*k));
        }
        for s in HelpService::ALL {
            assert_eq!(HelpService::parse(s.as_str()), Some(*s));
        }
        assert_eq!(HelpService::ALL.len(), 10);
        assert_eq!(HelpPointKind::ALL.len(), 12);
        assert_eq!(HelpService::parse("astrology"), None);
    }

    #[test]
    fn languages_are_two_letter_codes() {
        assert_eq!(Language::parse(" PL ").unwrap().as_str(), "pl");
        assert!(Language::parse("polski").is_err());
        assert!(Language::parse("p1").is_err());
        assert!(Language::parse("").is_err());
    }

    #[test]
    fn postal_codes() {
        assert_eq!(PostalCode::parse("44-240").unwrap().as_str(), "44-240");
        assert_eq!(PostalCode::parse("42200").unwrap().as_str(), "42-200");
        for bad in ["4-4240", "44-24", "ab-cde", "44 240", ""] {
            assert!(PostalCode::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn coordinates_inside_poland() {
        // Żory, Częstochowa, Hel, Wołosate.
        for (lat, lon) in [
            (50.045, 18.70),
            (50.81, 19.12),
            (54.6, 18.8),
            (49.07, 22.68),
        ] {
            assert!(Coordinates::parse(lat, lon).is_ok());
        }
        // Berlin, Vilnius, Prague, the equator, NaN.
        for (lat, lon) in [(52.52, 13.40), (54.69, 25.28), (50.08, 14.0), (0.0, 0.0)] {
            assert!(Coordinates::parse(lat, lon).is_err());
        }
        assert!(Coordinates::parse(f64::NAN, 19.0).is_err());
        assert!(Coordinates::parse(50.0, f64::INFINITY).is_err());
    }

    #[test]
    fn places_are_never_negative() {
        assert!(PlaceCount::parse(-1).is_err());
        assert_eq!(PlaceCount::parse(0).unwrap().get(), 0);
        assert!(PlaceCount::parse(MAX_SHELTER_PLACES + 1).is_err());
        assert!(serde_json::from_str::<PlaceCount>("-3").is_err());
    }

    #[test]
    fn sets_are_sorted_without_repeats() {
        let s = set_of([
            HelpService::Shelter,
            HelpService::Legal,
            HelpService::Shelter,
        ]);
        assert_eq!(s, [HelpService::Legal, HelpService::Shelter]);
    }

    proptest! {
        #[test]
        fn parsed_coordinates_are_in_the_box(lat in -90.0f64..90.0, lon in -180.0f64..180.0) {
            if let Ok(c) = Coordinates::parse(lat, lon) {
                prop_assert!((49.0..=54.9).contains(&c.latitude()));
                prop_assert!((14.1..=24.2).contains(&c.longitude()));
                let back: Coordinates = serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap();
                prop_assert_eq!(back, c);
            }
        }

        #[test]
        fn place_counts_roundtrip(n in any::<i32>()) {
            match PlaceCount::parse(n) {
                Ok(p) => prop_assert!(p.get() >= 0 && p.get() == n),
                Err(_) => prop_assert!(!(0..=MAX_SHELTER_PLACES).contains(&n)),
            }
        }
    }
}
