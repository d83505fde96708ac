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
