//! cases: the diagnostic group's meetings as recorded (`cases_group_meetings`): the day, who
//! recorded it, and sealed with the municipality's key the place, the members present, whom
//! the group met (the victim and the perpetrator never together) and the note.

use sea_orm_migration::prelude::*;

use crate::sql::{self, date, text, timestamp, uuid};

#[derive(DeriveMigrationName)]
pub struct Migration;

const MEETINGS: &str = "cases_group_meetings";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let meetings = Table::create()
            .table(MEETINGS)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(uuid("card_id"))
            .col(date("held_on"))
            .col(uuid("recorded_by"))
            .col(text("sealed"))
            .col(timestamp("created_at"))
            .primary_key(&mut sql::primary_key(MEETINGS, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_reference(
                MEETINGS,
                "card_id",
                "cases_blue_cards",
            ))
            .to_owned();
        sql::create(
            manager,
            vec![meetings],
            vec![sql::index(
                "cases_group_meetings_card",
                MEETINGS,
                &["tenant_id", "card_id"],
            )],
        )
        .await?;
        sql::postgres_only(manager, &sql::tenant_tables(&[MEETINGS], "SELECT, INSERT")).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::drop(manager, &[MEETINGS]).await
    }
}
