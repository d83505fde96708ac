//! What a family file holds and the input that makes it, parsed: a family's name and its people
//! (at least one), each with a name; help of a kind with its variant, on a day that is not in
//! the future; why the work with a family ended.

use chrono::NaiveDate;
use kernel::stored_enum;
use serde::{Deserialize, Serialize};

/// Who the family is: sealed with the municipality's key, read only by its workers.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct FamilyData {
    /// How the staff call the family (`Rodzina Nowaków`) or the person.
    pub name: String,
    pub address: Option<String>,
    pub members: Vec<FamilyMember>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct FamilyMember {
    pub first_name: String,
    pub last_name: String,
    pub born_on: Option<NaiveDate>,
    /// Who the person is in the family (`matka`, `syn`), as the worker wrote it.
    pub relation: Option<String>,
}

/// The most people one file names.
pub const MAX_MEMBERS: usize = 30;

/// The most colleagues named as working with one family.
pub const MAX_WORKERS: usize = 20;

/// A family file to open (or a file's corrected content), with the staff who work with the
/// family besides whoever opens (or corrects) it.
#[derive(Clone, Debug)]
pub struct NewFile {
    pub data: FamilyData,
    pub opened_on: NaiveDate,
    pub workers: Vec<uuid::Uuid>,
}

stored_enum! {
    /// Powód zakończenia pracy z rodziną.
    FileClosure {
        /// Cele pracy z rodziną osiągnięte.
        GoalsAchieved = "goals_achieved",
        /// Rodzina wyprowadziła się z gminy.
        MovedAway = "moved_away",
        /// Rodzina nie współpracuje.
        NoCooperation = "no_cooperation",
        /// Inny powód.
        Other = "other",
    }
}

/// Help given to the family.
#[derive(Clone, Debug)]
pub struct NewHelp {
    pub file_id: uuid::Uuid,
    pub kind: cases::domain::WorkKind,
    pub variant: Option<cases::domain::WorkVariant>,
    pub occurred_on: NaiveDate,
    pub note: Option<String>,
}

stored_enum! {
    /// Rozliczenie kontraktu socjalnego.
    ContractOutcome {
        /// Kontrakt zrealizowany.
        Fulfilled = "fulfilled",
        /// Kontrakt zrealizowany częściowo.
        PartlyFulfilled = "partly_fulfilled",
        /// Kontrakt niezrealizowany.
        NotFulfilled = "not_fulfilled",
        /// Kontrakt rozwiązany przed terminem.
        Terminated = "terminated",
    }
}

/// What a social contract says: sealed with the municipality's key, read only by the family's
/// workers.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct ContractTerms {
    /// Cele kontraktu — what the contract is to achieve.
    pub goals: String,
    /// What the family (or person) undertakes.
    pub family_obligations: String,
    /// What the social welfare centre undertakes.
    pub worker_obligations: Option<String>,
}

/// A social contract to conclude under a family's file.
#[derive(Clone, Debug)]
pub struct NewContract {
    pub file_id: uuid::Uuid,
    pub signed_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub review_on: Option<NaiveDate>,
    pub terms: ContractTerms,
}

/// How a contract ended, at the version read.
#[derive(Clone, Debug)]
pub struct Settlement {
    pub id: uuid::Uuid,
    pub version: i32,
    pub outcome: ContractOutcome,
    pub settled_on: NaiveDate,
    pub note: Option<String>,
}
