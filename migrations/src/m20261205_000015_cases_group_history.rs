//! cases: a diagnostic group keeps the members it had. A member taken out of the group is
//! kept with the day they left (`left_on`); the group is its members without one.

use sea_orm_migration::prelude::*;

use crate::sql::date_null;

#[derive(DeriveMigrationName)]
pub struct Migration;

const GROUP_MEMBERS: &str = "cases_group_members";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(GROUP_MEMBERS)
                    .add_column(date_null("left_on"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(GROUP_MEMBERS)
                    .drop_column("left_on")
                    .to_owned(),
            )
            .await
    }
}
