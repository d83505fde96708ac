//! cases: how long a municipality keeps a closed procedure (`cases_retention`: whole years after
//! the year its post-closure monitoring ended; ten until it sets another), and the report of each
//! card whose personal data was erased (`cases_erasures`: which card, its dates and how many
//! records were erased; no personal data). A card with a report is erased: it stays, with what
//! is kept in the clear, for the statistics, and nobody reads it. The cards' table is not
//! altered, so a server running while this migrates keeps its prepared statements. Tenant-owned,
//! under row-level security; a report is never changed.

use sea_orm_migration::prelude::*;

use crate::sql::{self, date, date_null, integer, text_null, timestamp, uuid, version};

#[derive(DeriveMigrationName)]
pub struct Migration;

const CARDS: &str = "cases_blue_cards";
const RETENTION: &str = "cases_retention";
const ERASURES: &str = "cases_erasures";

const ERASED_REFUSED_POSTGRES: &str = "DO $$ DECLARE t record; BEGIN \
    FOR t IN SELECT id, slug FROM tenancy_tenants LOOP \
        PERFORM set_config('app.tenant_id', t.id::text, true); \
        IF EXISTS (SELECT 1 FROM cases_erasures) THEN \
            RAISE EXCEPTION 'cards of % were erased at the end of their retention: reverting this \
migration would show them again', t.slug; \
        END IF; \
    END LOOP; \
    PERFORM set_config('app.tenant_id', '', true); \
END $$;";

/// SQLite has no row-level security and no procedural blocks: a failing cast refuses instead.
const ERASED_REFUSED_SQLITE: &str = "SELECT CASE WHEN EXISTS (SELECT 1 FROM cases_erasures) \
    THEN json('cards were erased at the end of their retention: reverting this migration would show them again') END;";

const CHECKS: &str = "
ALTER TABLE cases_retention ADD CONSTRAINT cases_retention_years CHECK (years BETWEEN 5 AND 50);
";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
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
            vec![
                sql::unique(ERASURES, &["tenant_id", "card_id"])
                    .table(ERASURES)
                    .to_owned(),
                sql::index(
                    "cases_erasures_erased_on",
                    ERASURES,
                    &["tenant_id", "erased_on"],
                ),
            ],
        )
        .await?;
        sql::postgres_only(
            manager,
            &format!(
                "{}{}{}{CHECKS}",
                sql::tenant_tables(
                    &[RETENTION],
                    "SELECT, INSERT, UPDATE (years, updated_at, version)"
                ),
                sql::tenant_tables(&[ERASURES], "SELECT, INSERT"),
                // An erased card's form digests go with it.
                sql::grant("cases_opening_keys", "DELETE"),
            ),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Without its report an erased card would be read again, its erasure marks as data.
        sql::run(manager, ERASED_REFUSED_POSTGRES, ERASED_REFUSED_SQLITE).await?;
        sql::postgres_only(manager, &sql::revoke("cases_opening_keys", "DELETE")).await?;
        sql::drop(manager, &[ERASURES, RETENTION]).await
    }
}
