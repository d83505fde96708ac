//! cases: every NK-A opens as its author's own filing; a filing naming the victim (and
//! perpetrator) of another open procedure is proposed to the chair as a match, and the chair
//! attaches it there (`attached_to`) or keeps it a procedure of its own. Tables are declared with
//! typed column builders; row-level security and grants are PostgreSQL-only SQL next to them.

use sea_orm_migration::prelude::*;

use crate::sql::{self, text, text_null, timestamp, uuid, uuid_null};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLE: &str = "cases_match_proposals";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("cases_blue_cards")
                    .add_column(ColumnDef::new("attached_to").uuid().null())
                    .to_owned(),
            )
            .await?;
        let table = Table::create()
            .table(TABLE)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            // The new form's card, and the open procedure it names the people of.
            .col(uuid("filing_card_id"))
            .col(uuid("procedure_card_id"))
            .col(text("basis"))
            .col(timestamp("proposed_at"))
            .col(text_null("decision"))
            .col(uuid_null("decided_by"))
            .col(
                ColumnDef::new("decided_at")
                    .timestamp_with_time_zone()
                    .null(),
            )
            .primary_key(&mut sql::primary_key(TABLE, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_reference(
                TABLE,
                "filing_card_id",
                "cases_blue_cards",
            ))
            .foreign_key(&mut sql::tenant_reference(
                TABLE,
                "procedure_card_id",
                "cases_blue_cards",
            ))
            .to_owned();
        let pair = sql::index(
            "cases_match_proposals_pair",
            TABLE,
            &["tenant_id", "filing_card_id", "procedure_card_id"],
        )
        .unique()
        .to_owned();
        let procedure = sql::index(
            "cases_match_proposals_procedure",
            TABLE,
            &["tenant_id", "procedure_card_id"],
        );
        sql::create(manager, vec![table], vec![pair, procedure]).await?;
        sql::postgres_only(
            manager,
            &sql::tenant_tables(&[TABLE], "SELECT, INSERT, UPDATE"),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(TABLE).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("cases_blue_cards")
                    .drop_column("attached_to")
                    .to_owned(),
            )
            .await
    }
}
