//! Between the stored rows and the domain: JSON text columns parsed (and checked again) on the
//! way out, written from domain values on the way in.

use kernel::store::StoredSet;
use kernel::text::{Name, Note, Text};
use kernel::{Error, Result};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::domain::{
    AccessibilityFeature, Address, Coordinates, Email, HelpPointDetails, HelpPointKind,
    HelpService, PostalCode, WebAddress,
};

fn corrupt(what: &str) -> Error {
    Error::corrupt(&format!("{what} of a help point"))
}

fn json<T: DeserializeOwned>(raw: &str, what: &str) -> Result<T> {
    serde_json::from_str(raw).map_err(|_| corrupt(what))
}

fn to_json<T: Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| Error::internal_from("writing a help point", e))
}

/// The detail columns a help point and a helpline share, as stored.
pub(crate) struct DetailColumns {
    pub name: String,
    pub kind: HelpPointKind,
    pub description: Option<String>,
    pub street: Option<String>,
    pub postal_code: Option<String>,
    pub city: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub phones: String,
    pub email: Option<String>,
    pub web: Option<String>,
    pub hours: String,
    pub services: StoredSet<HelpService>,
    pub languages: String,
    pub accessibility: StoredSet<AccessibilityFeature>,
}

/// Fills a [`DetailColumns`] from a model of either table.
macro_rules! columns_of {
    ($m:expr) => {
        $crate::rows::DetailColumns {
            name: $m.name,
            kind: $m.kind,
            description: $m.description,
            street: $m.street,
            postal_code: $m.postal_code,
            city: $m.city,
            latitude: $m.latitude,
            longitude: $m.longitude,
            phones: $m.phones,
            email: $m.email,
            web: $m.web,
            hours: $m.hours,
            services: $m.services,
            languages: $m.languages,
            accessibility: $m.accessibility,
        }
    };
}

/// Sets the detail columns of an active model of either table.
macro_rules! set_columns {
    ($row:expr, $c:expr) => {{
        let c = $c;
        $row.name = ::sea_orm::Set(c.name);
        $row.kind = ::sea_orm::Set(c.kind);
        $row.description = ::sea_orm::Set(c.description);
        $row.street = ::sea_orm::Set(c.street);
        $row.postal_code = ::sea_orm::Set(c.postal_code);
        $row.city = ::sea_orm::Set(c.city);
        $row.latitude = ::sea_orm::Set(c.latitude);
        $row.longitude = ::sea_orm::Set(c.longitude);
        $row.phones = ::sea_orm::Set(c.phones);
        $row.email = ::sea_orm::Set(c.email);
        $row.web = ::sea_orm::Set(c.web);
        $row.hours = ::sea_orm::Set(c.hours);
        $row.services = ::sea_orm::Set(c.services);
        $row.languages = ::sea_orm::Set(c.languages);
        $row.accessibility = ::sea_orm::Set(c.accessibility);
    }};
}

pub(crate) use {columns_of, set_columns};

impl DetailColumns {
    pub fn from_details(d: &HelpPointDetails) -> Result<DetailColumns> {
        Ok(DetailColumns {
            name: d.name.as_str().to_owned(),
            kind: d.kind,
            description: d.description.as_ref().map(|n| n.as_str().to_owned()),
            street: d.address.as_ref().map(|a| a.street.as_str().to_owned()),
            postal_code: d
                .address
                .as_ref()
                .and_then(|a| a.postal_code.as_ref().map(|p| p.as_str().to_owned())),
            city: d.address.as_ref().map(|a| a.city.as_str().to_owned()),
            latitude: d.coordinates.map(|c| c.latitude()),
            longitude: d.coordinates.map(|c| c.longitude()),
            phones: to_json(&d.phones)?,
            email: d.email.as_ref().map(|e| e.as_str().to_owned()),
            web: d.web.as_ref().map(|w| w.as_str().to_owned()),
            hours: to_json(&d.hours)?,
            services: d.services.iter().copied().collect(),
            languages: to_json(&d.languages)?,
            accessibility: d.accessibility.iter().copied().collect(),
        })
    }

    pub fn into_details(self) -> Result<HelpPointDetails> {
        let address = match (self.street, self.postal_code, self.city) {
            (Some(street), code, Some(city)) => Some(Address {
                street: Name::parse(&street).map_err(|_| corrupt("street"))?,
                postal_code: code
                    .map(|c| PostalCode::parse(&c).map_err(|_| corrupt("postal code")))
                    .transpose()?,
                city: Text::parse(&city).map_err(|_| corrupt("city"))?,
            }),
            _ => None,
        };
        let coordinates = match (self.latitude, self.longitude) {
            (Some(lat), Some(lon)) => {
                Some(Coordinates::parse(lat, lon).map_err(|_| corrupt("position"))?)
            }
            _ => None,
        };
        Ok(HelpPointDetails {
            name: Name::parse(&self.name).map_err(|_| corrupt("name"))?,
            kind: self.kind,
            description: self
                .description
                .map(|d| Note::parse(&d).map_err(|_| corrupt("description")))
                .transpose()?,
            address,
            coordinates,
            phones: json(&self.phones, "phones")?,
            email: self
                .email
                .map(|e| Email::parse(&e).map_err(|_| corrupt("e-mail")))
                .transpose()?,
            web: self
                .web
                .map(|w| WebAddress::parse(&w).map_err(|_| corrupt("web address")))
                .transpose()?,
            hours: json(&self.hours, "hours")?,
            services: self.services.into_vec(),
            languages: json(&self.languages, "languages")?,
            accessibility: self.accessibility.into_vec(),
        })
    }
}
