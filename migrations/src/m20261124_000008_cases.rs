//! cases: the Blue Card procedure. Personal data (names, PESEL, addresses, contacts, notes) is
//! stored only sealed with the municipality's data key; PESEL is found through a keyed blind
//! index. Status, dates, roles, sex and whether a person was a minor stay in the clear: the
//! procedure's deadlines and the statistics need them.

use sea_orm_migration::prelude::*;

use crate::sql::{
    self, boolean, boolean_default, date, date_null, integer, text, text_null, timestamp, uuid,
    uuid_null, version,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

const CARDS: &str = "cases_blue_cards";
const PERSONS: &str = "cases_persons";
const FORMS: &str = "cases_forms";
const GROUP_MEMBERS: &str = "cases_group_members";
const ACCESS: &str = "cases_access";
const DEADLINES: &str = "cases_deadlines";
const DEADLINE_RULES: &str = "cases_deadline_rules";
const STEPS: &str = "cases_steps";
const PLAN_ITEMS: &str = "cases_plan_items";
const WORK: &str = "cases_work";
const NOTIFICATIONS: &str = "cases_notifications";

/// A record of one card: `(tenant_id, id)` is its key, `card_id` points at the card.
fn card_record(table: &'static str) -> TableCreateStatement {
    Table::create()
        .table(table)
        .col(uuid("tenant_id"))
        .col(uuid("id"))
        .col(uuid("card_id"))
        .primary_key(&mut sql::primary_key(table, &["tenant_id", "id"]))
        .foreign_key(&mut sql::tenant_reference(table, "card_id", CARDS))
        .to_owned()
}

fn tables() -> Vec<TableCreateStatement> {
    let cards = Table::create()
        .table(CARDS)
        .col(uuid("tenant_id"))
        .col(uuid("id"))
        .col(uuid("team_id"))
        .col(text("status"))
        .col(date("initiated_on"))
        .col(uuid("initiator_user_id"))
        .col(text("initiator_institution"))
        .col(text("violence_forms"))
        .col(text("details_sealed"))
        .col(date_null("chair_received_on"))
        .col(date_null("group_set_up_on"))
        .col(date_null("first_meeting_on"))
        .col(date_null("closed_on"))
        .col(text_null("closure_ground"))
        .col(date_null("monitoring_ends_on"))
        .col(timestamp("created_at"))
        .col(timestamp("updated_at"))
        .col(version())
        .primary_key(&mut sql::primary_key(CARDS, &["tenant_id", "id"]))
        .foreign_key(&mut sql::tenant_key(CARDS))
        .to_owned();
    let persons = card_record(PERSONS)
        .col(text("role"))
        .col(text("sex"))
        .col(boolean("minor"))
        .col(text("sealed"))
        .col(text_null("pesel_index"))
        .col(text("identity_index"))
        .col(timestamp("created_at"))
        .to_owned();
    let forms = card_record(FORMS)
        .col(text("kind"))
        .col(date("filled_on"))
        .col(uuid("filled_by"))
        .col(text("sealed"))
        .col(timestamp("created_at"))
        .to_owned();
    let group_members = Table::create()
        .table(GROUP_MEMBERS)
        .col(uuid("tenant_id"))
        .col(uuid("card_id"))
        .col(uuid("user_id"))
        .col(uuid("team_member_id"))
        .col(text("institution"))
        .col(date("added_on"))
        .primary_key(&mut sql::primary_key(
            GROUP_MEMBERS,
            &["tenant_id", "card_id", "user_id"],
        ))
        .foreign_key(&mut sql::tenant_reference(GROUP_MEMBERS, "card_id", CARDS))
        .to_owned();
    let access = Table::create()
        .table(ACCESS)
        .col(uuid("tenant_id"))
        .col(uuid("card_id"))
        .col(uuid("user_id"))
        .col(text("reason"))
        .primary_key(&mut sql::primary_key(
            ACCESS,
            &["tenant_id", "card_id", "user_id", "reason"],
        ))
        .foreign_key(&mut sql::tenant_reference(ACCESS, "card_id", CARDS))
        .to_owned();
    let deadlines = card_record(DEADLINES)
        .col(text("kind"))
        .col(date("due_on"))
        .col(date_null("met_on"))
        .col(boolean_default("cancelled", false))
        .col(timestamp("created_at"))
        .to_owned();
    let deadline_rules = Table::create()
        .table(DEADLINE_RULES)
        .col(uuid("tenant_id"))
        .col(text("kind"))
        .col(integer("amount"))
        .col(text("unit"))
        .col(timestamp("updated_at"))
        .col(version())
        .primary_key(&mut sql::primary_key(
            DEADLINE_RULES,
            &["tenant_id", "kind"],
        ))
        .foreign_key(&mut sql::tenant_key(DEADLINE_RULES))
        .to_owned();
    let steps = card_record(STEPS)
        .col(text("step"))
        .col(text("status"))
        .col(uuid("taken_by"))
        .col(timestamp("taken_at"))
        .to_owned();
    let plan_items = card_record(PLAN_ITEMS)
        .col(text("plan"))
        .col(text("kind"))
        .col(text_null("programme"))
        .col(text("sealed"))
        .col(uuid_null("responsible_user_id"))
        .col(date_null("due_on"))
        .col(text("status"))
        .col(timestamp("created_at"))
        .col(timestamp("updated_at"))
        .col(version())
        .to_owned();
    let work = card_record(WORK)
        .col(text("kind"))
        .col(text_null("variant"))
        .col(date("occurred_on"))
        .col(uuid("recorded_by"))
        .col(text_null("note_sealed"))
        .col(timestamp("created_at"))
        .to_owned();
    let notifications = Table::create()
        .table(NOTIFICATIONS)
        .col(uuid("tenant_id"))
        .col(uuid("id"))
        .col(uuid("deadline_id"))
        .col(uuid("card_id"))
        .col(uuid("recipient_user_id"))
        .col(text("kind"))
        .col(date("due_on"))
        .col(timestamp("created_at"))
        .primary_key(&mut sql::primary_key(NOTIFICATIONS, &["tenant_id", "id"]))
        .foreign_key(&mut sql::tenant_reference(
            NOTIFICATIONS,
            "deadline_id",
            DEADLINES,
        ))
        .index(
            sql::unique(
                NOTIFICATIONS,
                &["tenant_id", "deadline_id", "recipient_user_id", "kind"],
            )
            // PostgreSQL's own name for this constraint, cut to 63 characters.
            .name("cases_notifications_tenant_id_deadline_id_recipient_user_id_key"),
        )
        .to_owned();
    vec![
        cards,
        persons,
        forms,
        group_members,
        access,
        deadlines,
        deadline_rules,
        steps,
        plan_items,
        work,
        notifications,
    ]
}

fn indexes() -> Vec<IndexCreateStatement> {
    let open_deadlines = sql::index("cases_deadlines_open", DEADLINES, &["tenant_id", "due_on"])
        .and_where(Expr::col("met_on").is_null())
        .and_where(Expr::col("cancelled").not())
        .to_owned();
    vec![
        sql::index(
            "cases_blue_cards_initiator",
            CARDS,
            &["tenant_id", "initiator_user_id"],
        ),
        sql::index("cases_persons_card", PERSONS, &["tenant_id", "card_id"]),
        sql::index(
            "cases_persons_pesel",
            PERSONS,
            &["tenant_id", "pesel_index"],
        ),
        sql::index(
            "cases_persons_identity",
            PERSONS,
            &["tenant_id", "identity_index"],
        ),
        sql::index("cases_forms_card", FORMS, &["tenant_id", "card_id"]),
        sql::index(
            "cases_group_members_user",
            GROUP_MEMBERS,
            &["tenant_id", "user_id"],
        ),
        sql::index(
            "cases_access_user",
            ACCESS,
            &["tenant_id", "user_id", "card_id"],
        ),
        sql::index("cases_deadlines_card", DEADLINES, &["tenant_id", "card_id"]),
        open_deadlines,
        sql::index("cases_steps_card", STEPS, &["tenant_id", "card_id"]),
        sql::index(
            "cases_plan_items_card",
            PLAN_ITEMS,
            &["tenant_id", "card_id"],
        ),
        sql::index("cases_work_card", WORK, &["tenant_id", "card_id"]),
        sql::index(
            "cases_notifications_recipient",
            NOTIFICATIONS,
            &["tenant_id", "recipient_user_id", "created_at"],
        ),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::create(manager, tables(), indexes()).await?;
        sql::postgres_only(
            manager,
            &format!(
                "{}{}{}",
                sql::tenant_tables(
                    &[
                        CARDS,
                        PERSONS,
                        FORMS,
                        GROUP_MEMBERS,
                        ACCESS,
                        DEADLINES,
                        DEADLINE_RULES,
                        STEPS,
                        PLAN_ITEMS,
                        WORK,
                        NOTIFICATIONS,
                    ],
                    "SELECT, INSERT, UPDATE"
                ),
                sql::grant(GROUP_MEMBERS, "DELETE"),
                sql::grant(ACCESS, "DELETE"),
            ),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::drop(
            manager,
            &[
                NOTIFICATIONS,
                WORK,
                PLAN_ITEMS,
                STEPS,
                DEADLINE_RULES,
                DEADLINES,
                ACCESS,
                GROUP_MEMBERS,
                FORMS,
                PERSONS,
                CARDS,
            ],
        )
        .await
    }
}
