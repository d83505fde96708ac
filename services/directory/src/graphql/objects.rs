//! GraphQL objects of the directory. The public sees a point's own details and whether it is
//! open now; an editor of its municipality also sees its publication, version and shelter
//! count. No object here has a field for a person.

use async_graphql::{Enum, Object, SimpleObject, ID};
use chrono::{DateTime, Utc};
use kernel::{GlobalId, NodeType};

use crate::domain::{AccessibilityFeature, HelpPointKind, HelpService, OpeningHours, TimeRange};
use crate::hours::DayHours;
use crate::points::HelpPoint;

/// A municipality's help point or a national helpline; their IDs share the type.
pub const HELP_POINT: NodeType = NodeType::new("HelpPoint");

pub fn help_point_gid(id: uuid::Uuid) -> ID {
    ID(GlobalId::new(HELP_POINT, id).encode())
}

/// Punkt pomocy — a place or line where a person finds help.
#[derive(Clone)]
pub struct HelpPointObject {
    pub point: std::sync::Arc<HelpPoint>,
    /// The instant "open now" is answered for.
    pub now: DateTime<Utc>,
    /// Seen by an editor of its municipality: the staff fields answer.
    pub staff: bool,
}

/// Adres.
#[derive(SimpleObject)]
pub struct AddressObject {
    pub street: String,
    pub postal_code: Option<String>,
    pub city: String,
}

/// Położenie — WGS 84 degrees.
#[derive(SimpleObject)]
pub struct Position {
    pub latitude: f64,
    pub longitude: f64,
}

/// Numer telefonu.
#[derive(SimpleObject)]
pub struct Phone {
    /// As Poles write it: `32 435 78 40`, `800 120 002`, `112`.
    pub number: String,
    /// For a click-to-call link: `tel:+48324357840`.
    pub uri: String,
}

/// Przedział godzin: `HH:MM`, Warsaw time; `24:00` closes at midnight.
#[derive(SimpleObject)]
pub struct TimeRangeObject {
    pub opens: String,
    pub closes: String,
}

fn ranges(day: &DayHours) -> Vec<TimeRangeObject> {
    day.ranges().iter().map(range).collect()
}

fn range(r: &TimeRange) -> TimeRangeObject {
    TimeRangeObject {
        opens: r.opens(),
        closes: r.closes(),
    }
}

/// Dzień tygodnia.
#[derive(Enum, Copy, Clone, PartialEq, Eq)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    pub fn chrono(self) -> chrono::Weekday {
        match self {
            Weekday::Monday => chrono::Weekday::Mon,
            Weekday::Tuesday => chrono::Weekday::Tue,
            Weekday::Wednesday => chrono::Weekday::Wed,
            Weekday::Thursday => chrono::Weekday::Thu,
            Weekday::Friday => chrono::Weekday::Fri,
            Weekday::Saturday => chrono::Weekday::Sat,
            Weekday::Sunday => chrono::Weekday::Sun,
        }
    }
}

/// Godziny jednego dnia tygodnia; no ranges: closed.
#[derive(SimpleObject)]
pub struct WeekdayHours {
    pub day: Weekday,
    pub ranges: Vec<TimeRangeObject>,
}

/// Wyjątek — different hours on one date; no ranges: closed that day.
#[derive(SimpleObject)]
pub struct DayExceptionObject {
    pub date: kernel::date::Date,
    pub ranges: Vec<TimeRangeObject>,
}

/// Godziny otwarcia.
#[derive(SimpleObject)]
pub struct OpeningHoursObject {
    /// Czynne całą dobę: the other fields are empty.
    pub day_and_night: bool,
    pub week: Vec<WeekdayHours>,
    pub exceptions: Vec<DayExceptionObject>,
    pub open_on_public_holidays: bool,
}

fn hours(h: &OpeningHours) -> OpeningHoursObject {
    match h {
        OpeningHours::DayAndNight => OpeningHoursObject {
            day_and_night: true,
            week: Vec::new(),
            exceptions: Vec::new(),
            open_on_public_holidays: true,
        },
        OpeningHours::Weekly {
            week,
            exceptions,
            open_on_public_holidays,
        } => OpeningHoursObject {
            day_and_night: false,
            week: Weekday::ALL
                .into_iter()
                .map(|day| WeekdayHours {
                    day,
                    ranges: ranges(week.on(day.chrono())),
                })
                .collect(),
            exceptions: exceptions
                .iter()
                .map(|e| DayExceptionObject {
                    date: kernel::date::Date(e.date),
                    ranges: ranges(&e.hours),
                })
                .collect(),
            open_on_public_holidays: *open_on_public_holidays,
        },
    }
}

/// Wolne miejsca w schronieniu, as counted by the point's staff.
#[derive(SimpleObject)]
pub struct ShelterPlacesObject {
    pub free: i32,
    pub updated_at: DateTime<Utc>,
    /// Whether the public sees "places available".
    pub shown_to_public: bool,
}

/// Punkt pomocy — a municipality's help point or a national helpline (infolinia).
#[Object(name = "HelpPoint")]
impl HelpPointObject {
    pub async fn id(&self) -> ID {
        help_point_gid(self.point.id)
    }

    async fn name(&self) -> &str {
        self.point.details.name.as_str()
    }

    async fn kind(&self) -> HelpPointKind {
        self.point.details.kind
    }

    /// A national helpline (infolinia ogólnopolska), not a municipality's point.
    async fn national(&self) -> bool {
        self.point.tenant.is_none()
    }

    async fn description(&self) -> Option<&str> {
        self.point.details.description.as_ref().map(|d| d.as_str())
    }

    async fn address(&self) -> Option<AddressObject> {
        self.point.details.address.as_ref().map(|a| AddressObject {
            street: a.street.as_str().to_owned(),
            postal_code: a.postal_code.as_ref().map(|p| p.as_str().to_owned()),
            city: a.city.as_str().to_owned(),
        })
    }

    async fn position(&self) -> Option<Position> {
        self.point.details.coordinates.map(|c| Position {
            latitude: c.latitude(),
            longitude: c.longitude(),
        })
    }

    async fn phones(&self) -> Vec<Phone> {
        self.point
            .details
            .phones
            .iter()
            .map(|p| Phone {
                number: p.to_string(),
                uri: p.tel_uri(),
            })
            .collect()
    }

    async fn email(&self) -> Option<&str> {
        self.point.details.email.as_ref().map(|e| e.as_str())
    }

    async fn web(&self) -> Option<&str> {
        self.point.details.web.as_ref().map(|w| w.as_str())
    }

    async fn hours(&self) -> OpeningHoursObject {
        hours(&self.point.details.hours)
    }

    /// Czynne teraz — by the clock in Warsaw, public holidays and exceptions counted.
    async fn open_now(&self) -> bool {
        self.point.details.hours.is_open_at(self.now)
    }

    async fn services(&self) -> &[HelpService] {
        &self.point.details.services
    }

    /// ISO 639-1 codes of the languages help is given in.
    async fn languages(&self) -> Vec<&str> {
        self.point
            .details
            .languages
            .iter()
            .map(|l| l.as_str())
            .collect()
    }

    async fn accessibility(&self) -> &[AccessibilityFeature] {
        &self.point.details.accessibility
    }

    /// Są wolne miejsca — only when the municipality shows it; null otherwise.
    async fn places_available(&self) -> Option<bool> {
        let shelter = self.point.shelter?;
        (self.point.shelter_public || self.staff).then_some(shelter.free.get() > 0)
    }

    /// Staff only (null to the public): whether the public sees this point.
    async fn published(&self) -> Option<bool> {
        self.staff.then_some(self.point.published)
    }

    /// Staff only: the free shelter places and when they were counted.
    async fn shelter_places(&self) -> Option<ShelterPlacesObject> {
        let shelter = self.point.shelter.filter(|_| self.staff)?;
        Some(ShelterPlacesObject {
            free: shelter.free.get(),
            updated_at: shelter.updated_at,
            shown_to_public: self.point.shelter_public,
        })
    }

    /// Staff only: the version an update must name.
    async fn version(&self) -> Option<i32> {
        self.staff.then_some(self.point.version)
    }

    async fn updated_at(&self) -> DateTime<Utc> {
        self.point.updated_at
    }
}
