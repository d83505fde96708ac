//! cases: a match proposal has a kind. `subsequent` (every proposal so far): the form names the
//! people of an open procedure and can join it. `repeat`: it names the people of a procedure in
//! post-closure monitoring or closed within the last 12 months; the chair links the new
//! procedure to the earlier one (decision `linked`) or keeps it apart.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const PROPOSALS: &str = "cases_match_proposals";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(PROPOSALS)
                    .add_column(
                        ColumnDef::new("kind")
                            .text()
                            .not_null()
                            .default("subsequent")
                            .to_owned(),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(PROPOSALS)
                    .drop_column("kind")
                    .to_owned(),
            )
            .await
    }
}
