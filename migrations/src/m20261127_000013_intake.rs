//! intake: the municipality's register of reports and consultations (`intake_entries`), the
//! persons they are about (`intake_persons`, sealed, PESEL as a keyed blind index), who each is
//! assigned to (`intake_assignees`), what was done (`intake_actions`), the response deadline's
//! notifications (`intake_notifications`) and the municipality's response time
//! (`intake_response_rules`). Every table is tenant-owned, under row-level security.

use sea_orm_migration::prelude::*;

use crate::sql::{
    self, boolean, date, date_null, integer, text, text_null, timestamp, uuid, uuid_null, version,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

const ENTRIES: &str = "intake_entries";
const PERSONS: &str = "intake_persons";
const ASSIGNEES: &str = "intake_assignees";
const ACTIONS: &str = "intake_actions";
const NOTIFICATIONS: &str = "intake_notifications";
const RULES: &str = "intake_response_rules";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let entries = Table::create()
            .table(ENTRIES)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(timestamp("received_at"))
            .col(text("channel"))
            .col(text("kind"))
            .col(text("urgency"))
            .col(text("status"))
            .col(uuid("taken_by"))
            .col(boolean("reporter_anonymous"))
            .col(text("sealed"))
            .col(date("response_due_on"))
            .col(date_null("responded_on"))
            .col(date_null("closed_on"))
            .col(uuid_null("blue_card_id"))
            .col(timestamp("created_at"))
            .col(timestamp("updated_at"))
            .col(version())
            .primary_key(&mut sql::primary_key(ENTRIES, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_key(ENTRIES))
            .to_owned();
        let persons = Table::create()
            .table(PERSONS)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(uuid("entry_id"))
            .col(text("role"))
            .col(text_null("pesel_index"))
            .col(text("sealed"))
            .primary_key(&mut sql::primary_key(PERSONS, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_reference(PERSONS, "entry_id", ENTRIES))
            .to_owned();
        let assignees = Table::create()
            .table(ASSIGNEES)
            .col(uuid("tenant_id"))
            .col(uuid("entry_id"))
            .col(uuid("user_id"))
            .col(timestamp("assigned_at"))
            .primary_key(&mut sql::primary_key(
                ASSIGNEES,
                &["tenant_id", "entry_id", "user_id"],
            ))
            .foreign_key(&mut sql::tenant_reference(ASSIGNEES, "entry_id", ENTRIES))
            .foreign_key(&mut sql::tenant_reference(
                ASSIGNEES,
                "user_id",
                "identity_users",
            ))
            .to_owned();
        let actions = Table::create()
            .table(ACTIONS)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(uuid("entry_id"))
            .col(text("kind"))
            .col(date("taken_on"))
            .col(uuid_null("help_point_id"))
            .col(uuid_null("blue_card_id"))
            .col(text_null("note_sealed"))
            .col(uuid("recorded_by"))
            .col(timestamp("recorded_at"))
            .primary_key(&mut sql::primary_key(ACTIONS, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_reference(ACTIONS, "entry_id", ENTRIES))
            .to_owned();
        let notifications = Table::create()
            .table(NOTIFICATIONS)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(uuid("entry_id"))
            .col(uuid("recipient_user_id"))
            .col(text("kind"))
            .col(date("due_on"))
            .col(timestamp("created_at"))
            .primary_key(&mut sql::primary_key(NOTIFICATIONS, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_reference(
                NOTIFICATIONS,
                "entry_id",
                ENTRIES,
            ))
            .index(
                sql::unique(
                    NOTIFICATIONS,
                    &["tenant_id", "entry_id", "recipient_user_id", "kind"],
                )
                // PostgreSQL's own name for this constraint, cut to 63 characters.
                .name("intake_notifications_tenant_id_entry_id_recipient_user_id_kind_"),
            )
            .to_owned();
        let rules = Table::create()
            .table(RULES)
            .col(uuid("tenant_id"))
            .col(integer("amount"))
            .col(text("unit"))
            .col(timestamp("updated_at"))
            .col(version())
            .primary_key(&mut sql::primary_key(RULES, &["tenant_id"]))
            .foreign_key(&mut sql::tenant_key(RULES))
            .to_owned();
        sql::create(
            manager,
            vec![entries, persons, assignees, actions, notifications, rules],
            vec![
                sql::index(
                    "intake_entries_open",
                    ENTRIES,
                    &["tenant_id", "responded_on"],
                ),
                sql::index("intake_persons_entry", PERSONS, &["tenant_id", "entry_id"]),
                sql::index(
                    "intake_persons_pesel",
                    PERSONS,
                    &["tenant_id", "pesel_index"],
                ),
                sql::index(
                    "intake_assignees_user",
                    ASSIGNEES,
                    &["tenant_id", "user_id"],
                ),
                sql::index("intake_actions_entry", ACTIONS, &["tenant_id", "entry_id"]),
            ],
        )
        .await?;
        sql::postgres_only(
            manager,
            &format!(
                "{}{}",
                sql::tenant_tables(
                    &[ENTRIES, PERSONS, ACTIONS, NOTIFICATIONS, RULES],
                    "SELECT, INSERT, UPDATE"
                ),
                sql::tenant_tables(&[ASSIGNEES], "SELECT, INSERT, UPDATE, DELETE"),
            ),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::drop(
            manager,
            &[RULES, NOTIFICATIONS, ACTIONS, ASSIGNEES, PERSONS, ENTRIES],
        )
        .await
    }
}
