//! Access requests (GDPR art. 15): what each service holds about one person, found by their
//! PESEL through the service's own keyed index, for the data-protection officer; registers that
//! keep no PESEL (family files, programme participants) find the person by the name the request
//! gives and the date of birth the PESEL holds ([`Subject::is`]). A service declares a
//! [`SubjectSource`] and the gateway registers it; the officer's export gathers every source's
//! records in one file.

use std::sync::Arc;

use async_trait::async_trait;
use chrono::NaiveDate;
use serde::Serialize;

use crate::crypto::DataKey;
use crate::pesel::Pesel;
use crate::{Result, TenantTx};

/// One record a service holds about the person: what it is (in Polish), its global ID and its
/// content as stored (opened), so that the officer answers the request from the record itself.
#[derive(Debug, Clone, Serialize)]
pub struct Held {
    /// The register it comes from ("Niebieskie Karty", "Rejestr zgłoszeń").
    pub register: &'static str,
    /// What the record is ("osoba w procedurze", "formularz NK-A", …).
    pub kind: &'static str,
    pub id: String,
    pub data: serde_json::Value,
}

/// Who an access request is about: the PESEL and, when the request gives it, the name.
#[derive(Debug, Clone)]
pub struct Subject {
    pub pesel: Pesel,
    /// First and last name, each trimmed, single-spaced and in lower case.
    name: Option<(String, String)>,
}

fn normalised(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl Subject {
    /// The person with `pesel`, named `(first, last)` when the request names them (a blank
    /// name is no name).
    pub fn new(pesel: Pesel, name: Option<(&str, &str)>) -> Self {
        let name = name
            .map(|(first, last)| (normalised(first), normalised(last)))
            .filter(|(first, last)| !first.is_empty() && !last.is_empty());
        Subject { pesel, name }
    }

    /// Whether the request names the person (registers without PESEL search only then).
    pub fn is_named(&self) -> bool {
        self.name.is_some()
    }

    /// Whether a person a register records by name is this one: the same first and last name
    /// (letter case and spacing aside) and, when the register knows it, the date of birth the
    /// PESEL holds. Never without a name in the request.
    pub fn is(&self, first: &str, last: &str, born_on: Option<NaiveDate>) -> bool {
        let Some((f, l)) = &self.name else {
            return false;
        };
        normalised(first) == *f
            && normalised(last) == *l
            && born_on.is_none_or(|d| d == self.pesel.birth_date())
    }
}

/// A service's records about one person.
#[async_trait]
pub trait SubjectSource: Send + Sync {
    /// Names the source (the service) in logs and errors.
    fn name(&self) -> &'static str;

    /// Everything the service holds about the `subject`, read in the municipality's
    /// tenant transaction with its data key; each record read is touched in the audit trail.
    async fn held(&self, tx: &TenantTx, key: &DataKey, subject: &Subject) -> Result<Vec<Held>>;
}

/// The registered sources, in the order their records are exported.
#[derive(Clone, Default)]
pub struct SubjectSources(pub Vec<Arc<dyn SubjectSource>>);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pesel::Sex;

    fn anna() -> Pesel {
        let born = NaiveDate::from_ymd_opt(1985, 3, 12).unwrap();
        Pesel::generate(born, Sex::Female, 123).unwrap()
    }

    #[test]
    fn a_person_is_found_by_name_and_date_of_birth() {
        let born = Some(NaiveDate::from_ymd_opt(1985, 3, 12).unwrap());
        let subject = Subject::new(anna(), Some((" Anna ", "Kowalska")));
        assert!(subject.is_named());
        assert!(subject.is("anna", "KOWALSKA", born));
        assert!(
            subject.is("Anna", "Kowalska", None),
            "a record without the date"
        );
        assert!(!subject.is("Anna", "Kowalska", NaiveDate::from_ymd_opt(1985, 3, 13)));
        assert!(!subject.is("Anna", "Nowak", born));
        assert!(subject.is("Anna", "Kowalska  ", born));
    }

    #[test]
    fn without_a_name_nobody_is_found_by_name() {
        for name in [None, Some(("", "Kowalska")), Some(("Anna", " "))] {
            let subject = Subject::new(anna(), name);
            assert!(!subject.is_named());
            assert!(!subject.is("Anna", "Kowalska", None));
        }
    }
}
