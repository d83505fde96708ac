//! strategy: campaigns (`strategy_campaigns`: e.g. the White Ribbon, 25 November – 10
//! December, with their days) and events (`strategy_events`: trainings, meetings, workshops…
//! of a campaign or on their own, with their start and end, place, audience, the participants
//! counted afterwards, and whether the public calendar shows them). Tenant-owned, under
//! row-level security.

use sea_orm_migration::prelude::*;

use crate::sql::{
    self, boolean, date, integer_null, text, text_null, timestamp, uuid, uuid_null, version,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

const CAMPAIGNS: &str = "strategy_campaigns";
const EVENTS: &str = "strategy_events";

/// What the use cases check, held by PostgreSQL too.
const CHECKS: &str = "
ALTER TABLE strategy_campaigns ADD CONSTRAINT strategy_campaigns_days CHECK (starts_on <= ends_on);
ALTER TABLE strategy_events ADD CONSTRAINT strategy_events_times CHECK (starts_at <= ends_at);
ALTER TABLE strategy_events ADD CONSTRAINT strategy_events_participants
    CHECK (participants IS NULL OR participants >= 0);
ALTER TABLE strategy_events ADD CONSTRAINT strategy_events_kind
    CHECK (kind IN ('training', 'meeting', 'workshop', 'conference', 'campaign', 'other'));
";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let campaigns = Table::create()
            .table(CAMPAIGNS)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(text("title"))
            .col(date("starts_on"))
            .col(date("ends_on"))
            .col(text_null("description"))
            .col(timestamp("created_at"))
            .col(timestamp("updated_at"))
            .col(version())
            .primary_key(&mut sql::primary_key(CAMPAIGNS, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_key(CAMPAIGNS))
            .to_owned();
        let events = Table::create()
            .table(EVENTS)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(uuid_null("campaign_id"))
            .col(text("title"))
            .col(text("kind"))
            .col(timestamp("starts_at"))
            .col(timestamp("ends_at"))
            .col(text("place"))
            .col(text("audience"))
            .col(text_null("description"))
            .col(integer_null("participants"))
            .col(boolean("published"))
            .col(timestamp("created_at"))
            .col(timestamp("updated_at"))
            .col(version())
            .primary_key(&mut sql::primary_key(EVENTS, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_key(EVENTS))
            .foreign_key(&mut sql::tenant_reference(EVENTS, "campaign_id", CAMPAIGNS))
            .to_owned();
        sql::create(
            manager,
            vec![campaigns, events],
            vec![
                sql::index(
                    "strategy_events_starts",
                    EVENTS,
                    &["tenant_id", "starts_at"],
                ),
                sql::index(
                    "strategy_events_campaign",
                    EVENTS,
                    &["tenant_id", "campaign_id"],
                ),
            ],
        )
        .await?;
        sql::postgres_only(
            manager,
            &format!(
                "{}{}{CHECKS}",
                sql::tenant_tables(
                    &[CAMPAIGNS],
                    "SELECT, INSERT, UPDATE (title, starts_on, ends_on, description, updated_at, version)"
                ),
                sql::tenant_tables(
                    &[EVENTS],
                    "SELECT, INSERT, UPDATE (campaign_id, title, kind, starts_at, ends_at, place, audience, description, participants, published, updated_at, version)"
                ),
            ),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::drop(manager, &[EVENTS, CAMPAIGNS]).await
    }
}
