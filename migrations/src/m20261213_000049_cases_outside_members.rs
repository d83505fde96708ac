//! cases: members of a diagnostic group from outside the interdisciplinary team (art. 9a UPPD:
//! a teacher, a doctor, a probation officer asked to help with one case). Each is named, with
//! the body they come from, and joins only with a confidentiality statement signed for that
//! case. Who they are (name, organisation, position) tells about the family (a child's school,
//! a doctor), so it is kept sealed with the municipality's data key; the kind of body, the
//! statement's day and the days they joined and left stay in the clear. They have no account:
//! they take part in the group's meetings, not in the system. The sealed column is updated only
//! when the data key is rotated.

use sea_orm_migration::prelude::*;

use crate::sql::{self, date, date_null, text, timestamp, uuid};

#[derive(DeriveMigrationName)]
pub struct Migration;

const CARDS: &str = "cases_blue_cards";
const OUTSIDE_MEMBERS: &str = "cases_outside_members";

/// What the use cases check, held by PostgreSQL too: the statement comes before joining, and a
/// member leaves on or after the day they joined.
const CHECKS: &str = "
ALTER TABLE cases_outside_members ADD CONSTRAINT cases_outside_members_statement
    CHECK (statement_signed_on <= added_on);
ALTER TABLE cases_outside_members ADD CONSTRAINT cases_outside_members_left
    CHECK (left_on IS NULL OR left_on >= added_on);
";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let members = Table::create()
            .table(OUTSIDE_MEMBERS)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(uuid("card_id"))
            .col(text("institution"))
            .col(text("sealed"))
            .col(date("statement_signed_on"))
            .col(date("added_on"))
            .col(date_null("left_on"))
            .col(uuid("added_by"))
            .col(timestamp("created_at"))
            .primary_key(&mut sql::primary_key(OUTSIDE_MEMBERS, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_reference(
                OUTSIDE_MEMBERS,
                "card_id",
                CARDS,
            ))
            .to_owned();
        sql::create(
            manager,
            vec![members],
            vec![sql::index(
                "cases_outside_members_card",
                OUTSIDE_MEMBERS,
                &["tenant_id", "card_id"],
            )],
        )
        .await?;
        sql::postgres_only(
            manager,
            &format!(
                "{}{CHECKS}",
                sql::tenant_tables(
                    &[OUTSIDE_MEMBERS],
                    "SELECT, INSERT, UPDATE (left_on, sealed)"
                ),
            ),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::drop(manager, &[OUTSIDE_MEMBERS]).await
    }
}
