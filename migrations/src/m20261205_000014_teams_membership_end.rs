//! teams: a membership ends (the day and the reason are kept, the row stays for history), and a
//! confidentiality statement is withdrawn or expires. A meeting's agenda is sealed like its
//! minutes (`agenda_sealed`); `agenda` keeps only what was written before, until it is sealed.

use sea_orm_migration::prelude::*;

use crate::sql::{date_null, text_null};

#[derive(DeriveMigrationName)]
pub struct Migration;

const MEMBERS: &str = "teams_members";
const MEETINGS: &str = "teams_meetings";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        for (table, column) in [
            (MEMBERS, date_null("left_on")),
            (MEMBERS, text_null("left_reason")),
            (MEMBERS, date_null("confidentiality_withdrawn_on")),
            (MEMBERS, date_null("confidentiality_valid_until")),
            (MEETINGS, text_null("agenda_sealed")),
        ] {
            manager
                .alter_table(Table::alter().table(table).add_column(column).to_owned())
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, column) in [
            (MEETINGS, "agenda_sealed"),
            (MEMBERS, "confidentiality_valid_until"),
            (MEMBERS, "confidentiality_withdrawn_on"),
            (MEMBERS, "left_reason"),
            (MEMBERS, "left_on"),
        ] {
            manager
                .alter_table(Table::alter().table(table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
