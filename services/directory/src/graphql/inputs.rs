//! Inputs of the directory's mutations, parsed into domain values with every refusal as a
//! userError on its field.

use async_graphql::{InputObject, ID};
use kernel::input::Errors;
use kernel::text::{Name, Note, Text};
use kernel::{GlobalId, UserError};
use uuid::Uuid;

use super::objects::{Weekday, HELP_POINT};
use crate::domain::{
    set_of, AccessibilityFeature, Address, Coordinates, Email, HelpPointDetails, HelpPointKind,
    HelpService, Language, PhoneNumber, PlaceCount, PostalCode, WebAddress, MAX_PHONES,
};
use crate::hours::{DayException, DayHours, OpeningHours, TimeRange, WeeklyHours};

/// Adres.
#[derive(InputObject)]
pub struct AddressInput {
    pub street: String,
    pub postal_code: Option<String>,
    pub city: String,
}

/// Położenie — WGS 84 degrees, inside Poland.
#[derive(InputObject)]
pub struct PositionInput {
    pub latitude: f64,
    pub longitude: f64,
}

/// `HH:MM` to `HH:MM`, Warsaw time; closing after opening (`24:00` for midnight).
#[derive(InputObject)]
pub struct TimeRangeInput {
    pub opens: String,
    pub closes: String,
}

/// The ranges of one weekday; a day left out is closed.
#[derive(InputObject)]
pub struct WeekdayHoursInput {
    pub day: Weekday,
    pub ranges: Vec<TimeRangeInput>,
}

/// Different hours on one date; no ranges: closed that day.
#[derive(InputObject)]
pub struct DayExceptionInput {
    pub date: kernel::date::Date,
    #[graphql(default)]
    pub ranges: Vec<TimeRangeInput>,
}

/// Everything said about a help point.
#[derive(InputObject)]
pub struct HelpPointInput {
    pub name: String,
    pub kind: HelpPointKind,
    pub description: Option<String>,
    pub address: Option<AddressInput>,
    pub position: Option<PositionInput>,
    #[graphql(default)]
    pub phones: Vec<String>,
    pub email: Option<String>,
    pub web: Option<String>,
    /// Czynne całą dobę: the weekly hours are then ignored.
    #[graphql(default)]
    pub day_and_night: bool,
    #[graphql(default)]
    pub week: Vec<WeekdayHoursInput>,
    #[graphql(default)]
    pub exceptions: Vec<DayExceptionInput>,
    #[graphql(default)]
    pub open_on_public_holidays: bool,
    /// Forms of help, as `HelpService` values (`PSYCHOLOGICAL`, `LEGAL`…).
    #[graphql(default)]
    pub services: Vec<String>,
    /// ISO 639-1 codes; Polish when left out.
    pub languages: Option<Vec<String>>,
    #[graphql(default)]
    pub accessibility: Vec<AccessibilityFeature>,
}

fn day_hours(e: &mut Errors, ranges: &[TimeRangeInput]) -> Option<DayHours> {
    let before = e.count();
    let parsed = e.list("ranges", ranges, |e, r| {
        e.field("closes", TimeRange::parse(&r.opens, &r.closes))
    });
    if e.count() > before {
        return None;
    }
    e.field("ranges", DayHours::parse(parsed))
}

fn hours(e: &mut Errors, input: &HelpPointInput) -> Option<OpeningHours> {
    if input.day_and_night {
        return Some(OpeningHours::DayAndNight);
    }
    let before = e.count();
    let mut week = WeeklyHours::default();
    let mut seen = Vec::new();
    for (i, day) in input.week.iter().enumerate() {
        e.nested(&["week", &i.to_string()], |e| {
            if seen.contains(&day.day) {
                e.add("day", "INVALID", "each weekday once");
                return;
            }
            seen.push(day.day);
            if let Some(hours) = day_hours(e, &day.ranges) {
                *week_day(&mut week, day.day) = hours;
            }
        });
    }
    let exceptions = e.list("exceptions", &input.exceptions, |e, x| {
        Some(DayException {
            date: x.date.0,
            hours: day_hours(e, &x.ranges)?,
        })
    });
    if e.count() > before {
        return None;
    }
    e.field(
        "exceptions",
        OpeningHours::weekly(week, exceptions, input.open_on_public_holidays),
    )
}

fn week_day(week: &mut WeeklyHours, day: Weekday) -> &mut DayHours {
    match day {
        Weekday::Monday => &mut week.monday,
        Weekday::Tuesday => &mut week.tuesday,
        Weekday::Wednesday => &mut week.wednesday,
        Weekday::Thursday => &mut week.thursday,
        Weekday::Friday => &mut week.friday,
        Weekday::Saturday => &mut week.saturday,
        Weekday::Sunday => &mut week.sunday,
    }
}

fn service(raw: &str) -> Result<HelpService, String> {
    HelpService::parse(&raw.trim().to_ascii_lowercase()).ok_or_else(|| {
        format!(
            "unknown service; one of {}",
            HelpService::ALL
                .iter()
                .map(|s| s.as_str().to_ascii_uppercase())
                .collect::<Vec<_>>()
                .join(", ")
        )
    })
}

/// Parses a help point's details; errors land below the current path.
pub fn details(e: &mut Errors, input: &HelpPointInput) -> Option<HelpPointDetails> {
    let name = e.field("name", Name::parse(&input.name));
    let description = e.optional("description", input.description.as_deref().map(Note::parse));
    let address = match &input.address {
        None => Some(None),
        Some(a) => e.nested(&["address"], |e| {
            let street = e.field("street", Name::parse(&a.street));
            let postal_code = e.optional(
                "postalCode",
                a.postal_code.as_deref().map(PostalCode::parse),
            );
            let city = e.field("city", Text::<100>::parse(&a.city));
            Some(Some(Address {
                street: street?,
                postal_code: postal_code?,
                city: city?,
            }))
        }),
    };
    let coordinates = e.optional(
        "position",
        input
            .position
            .as_ref()
            .map(|p| Coordinates::parse(p.latitude, p.longitude)),
    );
    if input.phones.len() > MAX_PHONES {
        e.add("phones", "INVALID", format!("at most {MAX_PHONES} phones"));
    }
    let phones = e.list("phones", &input.phones, |e, p| {
        e.value(PhoneNumber::parse(p))
    });
    let email = e.optional("email", input.email.as_deref().map(Email::parse));
    let web = e.optional("web", input.web.as_deref().map(WebAddress::parse));
    let hours = hours(e, input);
    let services = e.list("services", &input.services, |e, s| e.value(service(s)));
    let languages = match &input.languages {
        None => vec![Language::parse("pl").ok()?],
        Some(list) => e.list("languages", list, |e, l| e.value(Language::parse(l))),
    };
    Some(HelpPointDetails {
        name: name?,
        kind: input.kind,
        description: description?,
        address: address?,
        coordinates: coordinates?,
        phones: set_of(phones),
        email: email?,
        web: web?,
        hours: hours?,
        services: set_of(services),
        languages: set_of(languages),
        accessibility: set_of(input.accessibility.iter().copied()),
    })
}

impl TryFrom<HelpPointInput> for HelpPointDetails {
    type Error = Vec<UserError>;

    fn try_from(input: HelpPointInput) -> Result<Self, Self::Error> {
        let mut errors = Errors::input();
        let parsed = details(&mut errors, &input);
        errors.finish(|| parsed)
    }
}

/// Input of `updateHelpPoint`: the point, the version it was read at, and its new details.
#[derive(InputObject)]
pub struct UpdateHelpPointInput {
    pub id: ID,
    pub version: i32,
    pub point: HelpPointInput,
}

pub struct PointChange {
    pub id: Uuid,
    pub version: i32,
    pub details: HelpPointDetails,
}

impl TryFrom<UpdateHelpPointInput> for PointChange {
    type Error = Vec<UserError>;

    fn try_from(input: UpdateHelpPointInput) -> Result<Self, Self::Error> {
        let mut errors = Errors::input();
        let id = errors.field("id", GlobalId::decode_as(&input.id, HELP_POINT));
        let details = errors.nested(&["point"], |e| details(e, &input.point));
        errors.finish(|| {
            Some(PointChange {
                id: id?,
                version: input.version,
                details: details?,
            })
        })
    }
}

/// Input of `publishHelpPoint`.
#[derive(InputObject)]
pub struct PublishHelpPointInput {
    pub id: ID,
    /// `false` takes it back to a draft.
    #[graphql(default = true)]
    pub published: bool,
}

/// Input of `updateShelterPlaces`: the free places counted now.
#[derive(InputObject)]
pub struct UpdateShelterPlacesInput {
    pub id: ID,
    pub free_places: i32,
    /// Whether the public sees "places available: yes/no"; unchanged when left out.
    pub shown_to_public: Option<bool>,
}

pub struct ShelterChange {
    pub id: Uuid,
    pub free: PlaceCount,
    pub public: Option<bool>,
}

impl TryFrom<UpdateShelterPlacesInput> for ShelterChange {
    type Error = Vec<UserError>;

    fn try_from(input: UpdateShelterPlacesInput) -> Result<Self, Self::Error> {
        let mut errors = Errors::input();
        let id = errors.field("id", GlobalId::decode_as(&input.id, HELP_POINT));
        let free = errors.field("freePlaces", PlaceCount::parse(input.free_places));
        errors.finish(|| {
            Some(ShelterChange {
                id: id?,
                free: free?,
                public: input.shown_to_public,
            })
        })
    }
}
