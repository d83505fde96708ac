//! cases: a card keeps the due day of its nearest open deadline (`next_due_on`: the earliest
//! due day among its deadlines neither met nor cancelled; none when it has none), so that a
//! work list sorted by deadline is an index scan whatever the number of cards. The procedure
//! refreshes it in the same transaction as every change of a deadline. Indexes for the list in
//! deadline order and in order of the day the procedure was initiated.

use sea_orm_migration::prelude::*;

use crate::sql::{self, date_null};

#[derive(DeriveMigrationName)]
pub struct Migration;

const CARDS: &str = "cases_blue_cards";

const NEXT_DUE: &str = "(SELECT min(d.due_on) FROM cases_deadlines d \
     WHERE d.tenant_id = cases_blue_cards.tenant_id AND d.card_id = cases_blue_cards.id \
     AND d.met_on IS NULL AND d.cancelled = FALSE)";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(CARDS)
                    .add_column(date_null("next_due_on"))
                    .to_owned(),
            )
            .await?;
        for (name, columns) in [
            (
                "cases_blue_cards_next_due",
                &["tenant_id", "next_due_on", "id"],
            ),
            (
                "cases_blue_cards_initiated",
                &["tenant_id", "initiated_on", "id"],
            ),
        ] {
            manager
                .create_index(sql::index(name, CARDS, columns).to_owned())
                .await?;
        }
        // Row-level security is forced on the cards, so on PostgreSQL each municipality's
        // cards are filled in under its own tenant setting.
        sql::run(
            manager,
            &format!(
                "DO $$ DECLARE t uuid; BEGIN \
                 FOR t IN SELECT id FROM tenancy_tenants LOOP \
                 PERFORM set_config('app.tenant_id', t::text, true); \
                 UPDATE {CARDS} SET next_due_on = {NEXT_DUE}; \
                 END LOOP; \
                 PERFORM set_config('app.tenant_id', '', true); END $$;"
            ),
            &format!("UPDATE {CARDS} SET next_due_on = {NEXT_DUE};"),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for name in ["cases_blue_cards_initiated", "cases_blue_cards_next_due"] {
            manager
                .drop_index(Index::drop().name(name).table(CARDS).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(CARDS)
                    .drop_column("next_due_on")
                    .to_owned(),
            )
            .await
    }
}
