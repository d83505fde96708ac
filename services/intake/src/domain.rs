//! Types of the intake register that cannot hold invalid values: the channel, kind and urgency
//! of an entry, what was done about it, and the sealed content (who reported, about whom, what
//! was said).

use chrono::{DateTime, NaiveDate, Utc};
use kernel::calendar::Period;
use kernel::pesel::{Pesel, Sex};
use kernel::stored_enum;
use serde::{Deserialize, Serialize};

pub use cases::domain::PersonRole;

stored_enum! {
    /// Kanał zgłoszenia — how the report or question reached the office.
    IntakeChannel {
        /// Telefonicznie.
        Phone = "phone",
        /// Pocztą elektroniczną.
        Email = "email",
        /// Osobiście.
        InPerson = "in_person",
        /// Listownie.
        Letter = "letter",
        /// Od świadka.
        Witness = "witness",
        /// Od instytucji (szkoła, przychodnia, policja…).
        Institution = "institution",
        /// Inaczej.
        Other = "other",
    }
}

stored_enum! {
    /// Rodzaj wpisu — a report of suspected violence or a consultation.
    IntakeKind {
        /// Zgłoszenie podejrzenia przemocy domowej.
        Report = "report",
        /// Konsultacja dla osoby (np. telefoniczna porada dla osoby doznającej przemocy).
        PersonConsultation = "person_consultation",
        /// Konsultacja dla instytucji, która może wszcząć procedurę „Niebieskie Karty”.
        InstitutionConsultation = "institution_consultation",
    }
}

stored_enum! {
    /// Pilność zgłoszenia.
    Urgency {
        /// Zwykła.
        Routine = "routine",
        /// Pilna.
        Urgent = "urgent",
        /// Bezpośrednie zagrożenie życia lub zdrowia.
        ImmediateDanger = "immediate_danger",
    }
}

stored_enum! {
    /// Podjęte działanie — what was done in response.
    IntakeActionKind {
        /// Udzielono porady.
        AdviceGiven = "advice_given",
        /// Skierowano do punktu pomocy z informatora.
        ReferredToHelpPoint = "referred_to_help_point",
        /// Interwencja policji.
        PoliceIntervention = "police_intervention",
        /// Wszczęto procedurę „Niebieskie Karty” (formularz NK-A).
        BlueCardOpened = "blue_card_opened",
    }
}

/// A default from practice, set by no law: a response within one working day of receipt.
pub const DEFAULT_RESPONSE_PERIOD: Period = Period::working_days(1);

/// Who reported, sealed; absent for an anonymous report.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Reporter {
    pub name: Option<String>,
    pub contact: Option<String>,
}

/// What an entry says, sealed with the municipality's data key.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EntryContent {
    pub reporter: Option<Reporter>,
    /// Treść zgłoszenia: what was said.
    pub account: String,
}

/// A person the entry is about, sealed like a person on a card.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PersonData {
    pub first_name: String,
    pub last_name: Option<String>,
    pub pesel: Option<String>,
    pub born_on: Option<NaiveDate>,
    pub sex: Option<Sex>,
    pub address: Option<String>,
    pub phone: Option<String>,
}

/// A person as the input gives them, parsed.
#[derive(Clone, Debug)]
pub struct NewPerson {
    pub role: PersonRole,
    pub data: PersonData,
    pub pesel: Option<Pesel>,
}

/// A new entry, parsed: everything `recordIntake` needs.
#[derive(Clone, Debug)]
pub struct NewEntry {
    pub received_at: DateTime<Utc>,
    pub channel: IntakeChannel,
    pub kind: IntakeKind,
    pub urgency: Urgency,
    pub content: EntryContent,
    pub persons: Vec<NewPerson>,
}

/// What was done, parsed: `respondToIntake`.
#[derive(Clone, Debug)]
pub struct NewAction {
    pub kind: IntakeActionKind,
    pub on: NaiveDate,
    pub help_point: Option<uuid::Uuid>,
    pub note: Option<String>,
}
