//! directory: the help points of a municipality (tenant-owned, under row-level security) and
//! the national helplines (platform entries an operator keeps; no tenant).
//!
//! Lists (phones, services, languages, accessibility) and the opening hours are JSON text,
//! parsed into domain types on the way out: the public list is filtered in the service from a
//! cached copy, never by SQL on these columns.

use sea_orm_migration::prelude::*;

use crate::sql::{
    self, boolean_default, double_null, integer_null, text, text_null, timestamp, timestamp_null,
    uuid, version,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

const POINTS: &str = "directory_help_points";
const HELPLINES: &str = "directory_helplines";

/// The columns a help point and a helpline share, after their keys.
fn details(table: &mut TableCreateStatement) -> &mut TableCreateStatement {
    table
        .col(text("name"))
        .col(text("kind"))
        .col(text_null("description"))
        .col(text_null("street"))
        .col(text_null("postal_code"))
        .col(text_null("city"))
        .col(double_null("latitude"))
        .col(double_null("longitude"))
        .col(text("phones"))
        .col(text_null("email"))
        .col(text_null("web"))
        .col(text("hours"))
        .col(text("services"))
        .col(text("languages"))
        .col(text("accessibility"))
        .col(boolean_default("published", false))
        .col(timestamp("created_at"))
        .col(timestamp("updated_at"))
        .col(version())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut points = Table::create();
        points.table(POINTS).col(uuid("tenant_id")).col(uuid("id"));
        details(&mut points)
            .col(integer_null("shelter_free_places"))
            .col(timestamp_null("shelter_updated_at"))
            .col(boolean_default("shelter_public", false))
            .primary_key(&mut sql::primary_key(POINTS, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_key(POINTS));
        let mut helplines = Table::create();
        helplines.table(HELPLINES).col(uuid("id"));
        details(&mut helplines).primary_key(&mut sql::primary_key(HELPLINES, &["id"]));
        sql::create(
            manager,
            vec![points.to_owned(), helplines.to_owned()],
            vec![sql::index(
                "directory_help_points_published",
                POINTS,
                &["tenant_id", "published"],
            )],
        )
        .await?;
        sql::postgres_only(
            manager,
            &format!(
                "{}{}",
                sql::tenant_tables(&[POINTS], "SELECT, INSERT, UPDATE"),
                sql::grant(HELPLINES, "SELECT, INSERT, UPDATE")
            ),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::drop(manager, &[HELPLINES, POINTS]).await
    }
}
