//! Family files (teczki rodzin): social work with a family, or one person, whether or not a
//! Blue Card exists — the consultations given (social, legal, psychological, pedagogical,
//! family counselling), interventions (with or without the police), social contracts, shelter
//! placements and medical help organised. When a Blue Card is opened for the family, a worker
//! who sees the card links it; the file shows each card only to those who may see it, and
//! nothing about the file (not its version) tells anyone else that a card exists.
//!
//! Need to know: a file is read only by the staff working with the family (who opened it, and
//! whom they named); to anyone else it answers exactly like a file that does not exist. The
//! administrator sees counts, never a family. The family's data and the notes of help are
//! sealed with the municipality's data key.

mod access;
mod contracts;
pub mod domain;
pub mod graphql;
pub mod plugin;
mod stats;
mod store;
pub mod subject;
mod usecases;

pub use access::*;
pub use contracts::*;
pub use usecases::*;

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use cases::domain::{WorkKind, WorkVariant};
use domain::FamilyData;

/// Teczka rodziny — one family's (or person's) file.
#[derive(Clone, Debug)]
pub struct FamilyFile {
    pub id: Uuid,
    pub data: FamilyData,
    pub opened_on: NaiveDate,
    pub opened_by: Uuid,
    pub created_at: DateTime<Utc>,
    pub version: i32,
    /// The day the work with the family ended, and why; a closed file changes no more.
    pub closed: Option<(NaiveDate, domain::FileClosure)>,
}

/// Pomoc udzielona rodzinie.
#[derive(Clone, Debug)]
pub struct HelpRecord {
    pub id: Uuid,
    pub file_id: Uuid,
    pub kind: WorkKind,
    pub variant: Option<WorkVariant>,
    pub occurred_on: NaiveDate,
    pub recorded_by: Uuid,
    pub note: Option<String>,
}

/// Global IDs: a file and its help are case data.
pub mod ids {
    use kernel::{GlobalId, NodeType};
    use uuid::Uuid;

    pub const FAMILY_FILE: NodeType = NodeType::case_data("FamilyFile");
    /// Reached through its file.
    pub const SOCIAL_CONTRACT: NodeType = NodeType::case_data("SocialContract");
    /// Reached through its file.
    pub const FAMILY_HELP: NodeType = NodeType::case_data("FamilyHelp");

    pub fn file_gid(id: Uuid) -> String {
        GlobalId::new(FAMILY_FILE, id).encode()
    }

    pub fn help_gid(id: Uuid) -> String {
        GlobalId::new(FAMILY_HELP, id).encode()
    }

    pub fn contract_gid(id: Uuid) -> String {
        GlobalId::new(SOCIAL_CONTRACT, id).encode()
    }
}

/// Where each sealed value lives, bound into its encryption.
mod place {
    use uuid::Uuid;

    pub fn file(id: Uuid) -> String {
        format!("families_files.sealed:{id}")
    }
    pub fn help(id: Uuid) -> String {
        format!("families_help.note_sealed:{id}")
    }
    pub fn terms(id: Uuid) -> String {
        format!("families_contracts.terms_sealed:{id}")
    }
    pub fn settlement(id: Uuid) -> String {
        format!("families_contracts.settlement_sealed:{id}")
    }
}
