//! cases: whether the perpetrator acted under alcohol (NK-A section V), kept in the clear beside
//! the sealed form so that statistics count it without opening sealed data. Written with each
//! NK-A and its corrections; earlier cards are filled once by the scheduled
//! `cases-number-and-index` job, which can open their sealed details.

use sea_orm_migration::prelude::*;

use crate::sql::boolean_null;

#[derive(DeriveMigrationName)]
pub struct Migration;

const CARDS: &str = "cases_blue_cards";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(CARDS)
                    .add_column(boolean_null("perpetrator_under_alcohol"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(CARDS)
                    .drop_column("perpetrator_under_alcohol")
                    .to_owned(),
            )
            .await
    }
}
