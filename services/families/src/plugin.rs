//! What family files register with the gateway: the node type and its loader, the case-data
//! fields, the indicator source and the sealed columns.

use async_graphql::Context;
use kernel::node::NodeSource;
use kernel::{NodeType, Result};
use uuid::Uuid;

use crate::graphql::FamilyFileObject;
use crate::ids::{FAMILY_FILE, FAMILY_HELP, SOCIAL_CONTRACT};

pub const NODE_TYPES: &[NodeType] = &[FAMILY_FILE, SOCIAL_CONTRACT, FAMILY_HELP];

/// Root fields that read or write families (the audit trail shows a tenant administrator only
/// their kind).
pub const CASE_DATA_FIELDS: &[&str] = &[
    "familyFiles",
    "openFamilyFile",
    "recordFamilyHelp",
    "linkFamilyFileToBlueCard",
    "updateFamilyFile",
    "closeFamilyFile",
    "concludeSocialContract",
    "settleSocialContract",
    "withdrawFamilyHelp",
];

/// Files by ID, for those working with the family only.
pub struct FamilyFiles;

impl NodeSource for FamilyFiles {
    const NODE_TYPE: NodeType = FAMILY_FILE;
    type Object = FamilyFileObject;

    async fn load(ctx: &Context<'_>, ids: &[Uuid]) -> Result<Vec<FamilyFileObject>> {
        crate::graphql::load_files(ctx, ids).await
    }

    fn id(object: &FamilyFileObject) -> Result<Uuid> {
        Ok(object.uuid())
    }
}

/// The service's indicator, for the statistics service (`kernel::stats`).
pub use crate::stats::FamilyStatistics;

/// The columns family files seal with the municipality's data key (see `place`).
pub const SEALED: &[kernel::sealed::SealedColumn] = &[
    kernel::sealed::SealedColumn::json("families_files", "sealed", "families_files.sealed"),
    kernel::sealed::SealedColumn::text("families_help", "note_sealed", "families_help.note_sealed"),
    kernel::sealed::SealedColumn::json(
        "families_contracts",
        "terms_sealed",
        "families_contracts.terms_sealed",
    ),
    kernel::sealed::SealedColumn::text(
        "families_contracts",
        "settlement_sealed",
        "families_contracts.settlement_sealed",
    ),
];
