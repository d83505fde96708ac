//! cases: a programme referral item of an action plan is followed by an enrolment while one
//! takes part or waits (`followed_by_enrolment`): its status then moves with the enrolment only,
//! and the group cannot set it by hand.

use sea_orm_migration::prelude::*;

use crate::sql;

#[derive(DeriveMigrationName)]
pub struct Migration;

const ITEMS: &str = "cases_plan_items";
const FOLLOW: &str = "UPDATE cases_plan_items SET followed_by_enrolment = TRUE \
    WHERE id IN (SELECT plan_item_id FROM programmes_enrolments \
    WHERE plan_item_id IS NOT NULL AND status IN ('waiting', 'enrolled') \
    AND programmes_enrolments.tenant_id = cases_plan_items.tenant_id);";

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
            .await?;
        // Referral items acted on by an enrolment already waiting or taking part are followed
        // from now on; row-level security is forced, so on PostgreSQL each municipality's items
        // are filled in under its own tenant setting.
        sql::run(
            manager,
            &format!(
                "DO $$ DECLARE t uuid; BEGIN \
                 FOR t IN SELECT id FROM tenancy_tenants LOOP \
                 PERFORM set_config('app.tenant_id', t::text, true); \
                 {FOLLOW} \
                 END LOOP; \
                 PERFORM set_config('app.tenant_id', '', true); END $$;"
            ),
            FOLLOW,
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
