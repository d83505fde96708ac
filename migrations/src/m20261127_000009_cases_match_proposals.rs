//! cases: every NK-A opens as its author's own filing; a filing naming the victim (and
//! perpetrator) of another open procedure is proposed to the chair as a match, and the chair
//! attaches it there (`attached_to`) or keeps it a procedure of its own. Tables are declared with
//! typed column builders; row-level security and grants are PostgreSQL-only SQL next to them.

use sea_orm_migration::prelude::*;

use sea_orm_migration::sea_orm::DbBackend;

use crate::sql;

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
        manager
            .create_table(
                Table::create()
                    .table(TABLE)
                    .col(ColumnDef::new("tenant_id").uuid().not_null())
                    .col(ColumnDef::new("id").uuid().not_null())
                    // The new form's card, and the open procedure it names the people of.
                    .col(ColumnDef::new("filing_card_id").uuid().not_null())
                    .col(ColumnDef::new("procedure_card_id").uuid().not_null())
                    .col(ColumnDef::new("basis").text().not_null())
                    .col(
                        ColumnDef::new("proposed_at")
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new("decision").text().null())
                    .col(ColumnDef::new("decided_by").uuid().null())
                    .col(
                        ColumnDef::new("decided_at")
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .primary_key(Index::create().col("tenant_id").col("id"))
                    .foreign_key(
                        ForeignKey::create()
                            .from(TABLE, ("tenant_id", "filing_card_id"))
                            .to("cases_blue_cards", ("tenant_id", "id")),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(TABLE, ("tenant_id", "procedure_card_id"))
                            .to("cases_blue_cards", ("tenant_id", "id")),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, columns) in [
            (
                "cases_match_proposals_pair",
                ["tenant_id", "filing_card_id", "procedure_card_id"].as_slice(),
            ),
            (
                "cases_match_proposals_procedure",
                ["tenant_id", "procedure_card_id"].as_slice(),
            ),
        ] {
            let mut index = Index::create();
            index.name(name).table(TABLE);
            for column in columns {
                index.col(*column);
            }
            if name.ends_with("_pair") {
                index.unique();
            }
            manager.create_index(index.to_owned()).await?;
        }
        if manager.get_database_backend() == DbBackend::Postgres {
            sql::run(
                manager,
                &sql::tenant_tables(&[TABLE], "SELECT, INSERT, UPDATE"),
                "",
            )
            .await?;
        }
        Ok(())
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
