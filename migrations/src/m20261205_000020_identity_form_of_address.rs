//! identity: how a staff member is addressed (`form_of_address`: `feminine` — Pani, or
//! `masculine` — Pan; none until they say), so that the application names their role in the
//! right grammatical gender ("przewodnicząca zespołu").

use sea_orm_migration::prelude::*;

use crate::sql::text_null;

#[derive(DeriveMigrationName)]
pub struct Migration;

const USERS: &str = "identity_users";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(USERS)
                    .add_column(text_null("form_of_address"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(USERS)
                    .drop_column("form_of_address")
                    .to_owned(),
            )
            .await
    }
}
