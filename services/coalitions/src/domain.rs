//! The values of a coalition's records, each parsed before it reaches a use case.

use chrono::NaiveDate;
use kernel::stored_enum;

use directory::contact::{Email, PhoneNumber};

stored_enum! {
    /// Udział gminy w koalicji.
    CoalitionStanding {
        /// Zaproszona — sees the coalition and its parties, not its records.
        Invited = "invited",
        /// Przystąpiła — with its administrator's consent.
        Joined = "joined",
        /// Wystąpiła (or declined the invitation, or was offboarded).
        Left = "left",
    }
}

stored_enum! {
    /// Rodzaj instytucji członkowskiej koalicji.
    CoalitionMemberKind {
        /// Pomoc społeczna.
        SocialWelfare = "social_welfare",
        /// Policja.
        Police = "police",
        /// Oświata.
        Education = "education",
        /// Ochrona zdrowia.
        Health = "health",
        /// Sąd lub prokuratura.
        Justice = "justice",
        /// Kuratorska służba sądowa.
        Probation = "probation",
        /// Organizacja pozarządowa.
        Ngo = "ngo",
        /// Gminna komisja rozwiązywania problemów alkoholowych.
        AlcoholCommission = "alcohol_commission",
        /// Kościół lub związek wyznaniowy.
        Church = "church",
        /// Samorząd.
        LocalGovernment = "local_government",
        /// Inna.
        Other = "other",
    }
}

stored_enum! {
    /// Stan wspólnego działania koalicji.
    CoalitionActionStatus {
        /// Zaplanowane.
        Planned = "planned",
        /// W realizacji.
        InProgress = "in_progress",
        /// Zrealizowane.
        Done = "done",
        /// Odwołane.
        Cancelled = "cancelled",
    }
}

/// A coalition's description.
#[derive(Clone, Debug)]
pub struct CoalitionContent {
    pub name: String,
    /// The area it works in: a district of a city, several municipalities of a county.
    pub area: String,
    pub description: Option<String>,
}

/// A member institution with its contact person.
#[derive(Clone, Debug)]
pub struct MemberContent {
    pub institution: String,
    pub kind: CoalitionMemberKind,
    pub contact_person: Option<String>,
    pub phone: Option<PhoneNumber>,
    pub email: Option<Email>,
    pub joined_on: NaiveDate,
    /// After `joined_on` when given.
    pub left_on: Option<NaiveDate>,
}

/// A meeting: when, where, what about, who came, and its minutes once written.
#[derive(Clone, Debug)]
pub struct MeetingContent {
    pub held_on: NaiveDate,
    pub place: String,
    pub agenda: String,
    pub participants: Option<i32>,
    pub minutes: Option<String>,
}

/// A shared action of the coalition's members.
#[derive(Clone, Debug)]
pub struct ActionContent {
    pub title: String,
    pub description: Option<String>,
    pub starts_on: NaiveDate,
    /// Not before `starts_on` when given.
    pub ends_on: Option<NaiveDate>,
    pub status: CoalitionActionStatus,
    /// The member institution that leads it, one of the coalition's.
    pub lead_member: Option<uuid::Uuid>,
}
