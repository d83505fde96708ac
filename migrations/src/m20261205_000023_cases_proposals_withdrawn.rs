//! cases: the server may delete a filing's undecided match proposals, which a correction of the
//! filing's persons replaces with those the corrected persons give (a PESEL whose typo is fixed
//! brings the earlier procedure to the chair). Decided proposals are never deleted: the code
//! deletes only rows without a decision.

use sea_orm_migration::prelude::*;

use crate::sql;

#[derive(DeriveMigrationName)]
pub struct Migration;

const PROPOSALS: &str = "cases_match_proposals";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::postgres_only(manager, &sql::grant(PROPOSALS, "DELETE")).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::postgres_only(manager, &sql::revoke(PROPOSALS, "DELETE")).await
    }
}
