//! strategy: the register of child-protection standards (*standardy ochrony małoletnich*) of
//! the municipality's institutions working with children (`strategy_standards_institutions`:
//! its name, kind and the person responsible) and the history of each institution's standards
//! (`strategy_standards_reviews`: the day they were adopted or reviewed and the next review
//! planned then), from which the state on any day is read. Tenant-owned, under row-level
//! security; reviews are never changed once written.

use sea_orm_migration::prelude::*;

use crate::sql::{self, date, text, timestamp, uuid, version};

#[derive(DeriveMigrationName)]
pub struct Migration;

const INSTITUTIONS: &str = "strategy_standards_institutions";
const REVIEWS: &str = "strategy_standards_reviews";

/// What the use cases check, held by PostgreSQL too: a review is planned after the one it
/// follows, and at least every two years (the statute's rule).
const CHECKS: &str = "
ALTER TABLE strategy_standards_reviews ADD CONSTRAINT strategy_standards_reviews_next
    CHECK (next_review_on > reviewed_on AND next_review_on <= reviewed_on + interval '2 years');
ALTER TABLE strategy_standards_reviews ADD CONSTRAINT strategy_standards_reviews_kind
    CHECK (kind IN ('adopted', 'reviewed'));
ALTER TABLE strategy_standards_institutions ADD CONSTRAINT strategy_standards_institutions_kind
    CHECK (kind IN ('school', 'kindergarten', 'nursery', 'care', 'sport', 'culture', 'health',
                    'ngo', 'other'));
";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let institutions = Table::create()
            .table(INSTITUTIONS)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(text("name"))
            .col(text("kind"))
            .col(text("responsible_person"))
            .col(timestamp("created_at"))
            .col(timestamp("updated_at"))
            .col(version())
            .primary_key(&mut sql::primary_key(INSTITUTIONS, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_key(INSTITUTIONS))
            .to_owned();
        let reviews = Table::create()
            .table(REVIEWS)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(uuid("institution_id"))
            .col(text("kind"))
            .col(date("reviewed_on"))
            .col(date("next_review_on"))
            .col(uuid("recorded_by"))
            .col(timestamp("created_at"))
            .primary_key(&mut sql::primary_key(REVIEWS, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_reference(
                REVIEWS,
                "institution_id",
                INSTITUTIONS,
            ))
            .to_owned();
        sql::create(
            manager,
            vec![institutions, reviews],
            vec![sql::index(
                "strategy_standards_reviews_institution",
                REVIEWS,
                &["tenant_id", "institution_id", "reviewed_on"],
            )],
        )
        .await?;
        sql::postgres_only(
            manager,
            &format!(
                "{}{}{CHECKS}",
                sql::tenant_tables(&[REVIEWS], "SELECT, INSERT"),
                sql::tenant_tables(
                    &[INSTITUTIONS],
                    "SELECT, INSERT, UPDATE (name, kind, responsible_person, updated_at, version)"
                ),
            ),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::drop(manager, &[REVIEWS, INSTITUTIONS]).await
    }
}
