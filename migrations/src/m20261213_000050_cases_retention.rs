//! cases: how long a municipality keeps a closed procedure (`cases_retention`: years after the
//! end of post-closure monitoring; ten, the usual records category B10, until it sets another),
//! the day a card's personal data was erased (`cases_blue_cards.erased_on`: the card stays, with
//! what is kept in the clear, for the statistics), and the report of each erasure
//! (`cases_erasures`: which card, its dates and how many records of each kind were erased; no
//! personal data). Tenant-owned, under row-level security; a report is never changed.

use sea_orm_migration::prelude::*;

use crate::sql::{self, date, date_null, integer, text_null, timestamp, uuid, version};

#[derive(DeriveMigrationName)]
pub struct Migration;

const CARDS: &str = "cases_blue_cards";
const RETENTION: &str = "cases_retention";
const ERASURES: &str = "cases_erasures";

const CHECKS: &str = "
ALTER TABLE cases_retention ADD CONSTRAINT cases_retention_years CHECK (years BETWEEN 5 AND 50);
";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(CARDS)
                    .add_column(date_null("erased_on"))
                    .to_owned(),
            )
            .await?;
        let retention = Table::create()
            .table(RETENTION)
            .col(uuid("tenant_id"))
            .col(integer("years"))
            .col(timestamp("updated_at"))
            .col(version())
            .primary_key(&mut sql::primary_key(RETENTION, &["tenant_id"]))
            .foreign_key(&mut sql::tenant_key(RETENTION))
            .to_owned();
        let erasures = Table::create()
            .table(ERASURES)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(uuid("card_id"))
            .col(text_null("number"))
            .col(date("initiated_on"))
            .col(date_null("closed_on"))
            .col(date("erased_on"))
            .col(integer("years"))
            .col(integer("persons"))
            .col(integer("records"))
            .col(timestamp("created_at"))
            .primary_key(&mut sql::primary_key(ERASURES, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_reference(ERASURES, "card_id", CARDS))
            .to_owned();
        sql::create(
            manager,
            vec![retention, erasures],
            vec![sql::index(
                "cases_erasures_erased_on",
                ERASURES,
                &["tenant_id", "erased_on"],
            )],
        )
        .await?;
        sql::postgres_only(
            manager,
            &format!(
                "{}{}{CHECKS}",
                sql::tenant_tables(
                    &[RETENTION],
                    "SELECT, INSERT, UPDATE (years, updated_at, version)"
                ),
                sql::tenant_tables(&[ERASURES], "SELECT, INSERT"),
            ),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::drop(manager, &[ERASURES, RETENTION]).await?;
        manager
            .alter_table(
                Table::alter()
                    .table(CARDS)
                    .drop_column("erased_on")
                    .to_owned(),
            )
            .await
    }
}
