//! cases: each person's age band on the day the procedure was initiated (`0-12`, `13-17`,
//! `18-59`, `60+`, or `unknown` without a date of birth), kept in the clear beside `minor` so
//! that statistics count victims by age without opening sealed data. Filled for new and
//! corrected persons as they are written, and for earlier ones by the scheduled
//! `cases-number-and-index` job (which can open the sealed date of birth).

use sea_orm_migration::prelude::*;

use crate::sql::text_null;

#[derive(DeriveMigrationName)]
pub struct Migration;

const PERSONS: &str = "cases_persons";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(PERSONS)
                    .add_column(text_null("age_band"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(PERSONS)
                    .drop_column("age_band")
                    .to_owned(),
            )
            .await
    }
}
