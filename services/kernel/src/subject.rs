//! Access requests (GDPR art. 15): what each service holds about one person, found by their
//! PESEL through the service's own keyed index, for the data-protection officer; registers that
//! keep no PESEL (family files, programme participants) find the person by the name the request
//! gives and the date of birth the PESEL holds ([`Subject::match_of`]). A service declares a
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
    /// The first names' and the surname's tokens (`search::tokens`: folded, split, each once).
    name: Option<(Vec<String>, Vec<String>)>,
}

/// How a person a register records by name stands to the subject of a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    /// Another person.
    No,
    /// The date of birth the PESEL holds, a first name and a part of the surname in common
    /// ("Anna Maria Nowak-Kowalska" is "Anna Kowalska" born on that day).
    Certain,
    /// The register does not know the date of birth and the whole name is the same: for the
    /// officer to check, as a namesake may be another person.
    NameOnly,
}

impl Subject {
    /// The person with `pesel`, named `(first, last)` when the request names them (a blank
    /// name is no name).
    pub fn new(pesel: Pesel, name: Option<(&str, &str)>) -> Self {
        let name = name
            .map(|(first, last)| (crate::search::tokens(first), crate::search::tokens(last)))
            .filter(|(first, last)| !first.is_empty() && !last.is_empty());
        Subject { pesel, name }
    }

    /// Whether the request names the person (registers without PESEL search only then).
    pub fn is_named(&self) -> bool {
        self.name.is_some()
    }

    /// How a person a register records by name stands to this one ([`Match`]); letter case,
    /// Polish letters, spacing and dashes aside. Never a match without a name in the request.
    pub fn match_of(&self, first: &str, last: &str, born_on: Option<NaiveDate>) -> Match {
        let Some((firsts, lasts)) = &self.name else {
            return Match::No;
        };
        let (their_firsts, their_lasts) =
            (crate::search::tokens(first), crate::search::tokens(last));
        let shared = |a: &[String], b: &[String]| a.iter().any(|t| b.contains(t));
        match born_on {
            Some(day) if day != self.pesel.birth_date() => Match::No,
            Some(_) if shared(firsts, &their_firsts) && shared(lasts, &their_lasts) => {
                Match::Certain
            }
            None if *firsts == their_firsts && *lasts == their_lasts => Match::NameOnly,
            _ => Match::No,
        }
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
        let subject = Subject::new(anna(), Some((" Anna ", "Nowak-Kowalska")));
        assert!(subject.is_named());
        for (first, last) in [
            ("anna", "NOWAK-KOWALSKA"),
            ("Anna Maria", "Kowalska"),
            ("Anna", "Nowak – Kowalska"),
            ("Anna", "Nowak Kowalska"),
        ] {
            assert_eq!(
                subject.match_of(first, last, born),
                Match::Certain,
                "{first} {last}"
            );
        }
        let subject = Subject::new(anna(), Some(("Anna", "Zając")));
        // The same letters, composed or not, and as typed without them.
        assert_eq!(
            subject.match_of("Anna", "Zaja\u{0328}c", born),
            Match::Certain
        );
        assert_eq!(subject.match_of("Anna", "Zajac", born), Match::Certain);
        let other_day = NaiveDate::from_ymd_opt(1985, 3, 13);
        assert_eq!(subject.match_of("Anna", "Zając", other_day), Match::No);
        assert_eq!(subject.match_of("Ewa", "Zając", born), Match::No);
        // Without a date of birth only the whole name, and only for the officer to check.
        assert_eq!(subject.match_of("Anna", "Zając", None), Match::NameOnly);
        assert_eq!(subject.match_of("Anna Maria", "Zając", None), Match::No);
    }

    #[test]
    fn without_a_name_nobody_is_found_by_name() {
        for name in [None, Some(("", "Kowalska")), Some(("Anna", " "))] {
            let subject = Subject::new(anna(), name);
            assert!(!subject.is_named());
            assert_eq!(subject.match_of("Anna", "Kowalska", None), Match::No);
        }
    }
}
