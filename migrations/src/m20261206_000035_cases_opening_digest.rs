//! cases: what an opening key was sent with (`input_digest`, a keyed hash of the NK-A as
//! parsed, under the municipality's blind-index key), so that the same key sent again with a
//! different form is refused rather than answered with the card the first form opened: the
//! changes would be lost. Null for keys stored before.

use sea_orm_migration::prelude::*;

use crate::sql;

#[derive(DeriveMigrationName)]
pub struct Migration;

const KEYS: &str = "cases_opening_keys";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(KEYS)
                    .add_column(sql::text_null("input_digest"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(KEYS)
                    .drop_column("input_digest")
                    .to_owned(),
            )
            .await
    }
}
