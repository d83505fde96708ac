//! cases: a programme referral item of an action plan is followed by an enrolment while one
//! takes part or waits (`followed_by_enrolment`): its status then moves with the enrolment only,
//! and the group cannot set it by hand.

use sea_orm_migration::prelude::*;

use crate::sql;

#[derive(DeriveMigrationName)]
pub struct Migration;

const ITEMS: &str = "cases_plan_items";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ITEMS)
                    .add_column(sql::boolean_default("followed_by_enrolment", false))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ITEMS)
                    .drop_column("followed_by_enrolment")
                    .to_owned(),
            )
            .await
    }
}
