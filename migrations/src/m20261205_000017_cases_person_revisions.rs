//! cases: corrections of a person's data (GDPR art. 16). A correction overwrites the person's
//! sealed data and indexes; what it replaced is kept here, sealed with the municipality's key
//! like the person, with who corrected it and when, so the card's history shows every earlier
//! value to those who may see the card.

use sea_orm_migration::prelude::*;

use crate::sql::{self, text, timestamp, uuid};

#[derive(DeriveMigrationName)]
pub struct Migration;

const REVISIONS: &str = "cases_person_revisions";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let revisions = Table::create()
            .table(REVISIONS)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(uuid("person_id"))
            .col(uuid("card_id"))
            .col(text("sealed"))
            .col(uuid("corrected_by"))
            .col(timestamp("corrected_at"))
            .primary_key(&mut sql::primary_key(REVISIONS, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_reference(
                REVISIONS,
                "card_id",
                "cases_blue_cards",
            ))
            .foreign_key(&mut sql::tenant_reference(
                REVISIONS,
                "person_id",
                "cases_persons",
            ))
            .to_owned();
        sql::create(
            manager,
            vec![revisions],
            vec![sql::index(
                "cases_person_revisions_card",
                REVISIONS,
                &["tenant_id", "card_id"],
            )],
        )
        .await?;
        sql::postgres_only(manager, &sql::tenant_tables(&[REVISIONS], "SELECT, INSERT")).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::drop(manager, &[REVISIONS]).await
    }
}
