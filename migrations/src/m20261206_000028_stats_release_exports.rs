//! stats: the trail of regional exports (`stats_release_exports`). A coordinator belongs to no
//! municipality, so an export of a region's release is recorded here, for the operators: who,
//! when, which release, in which format. Written and read by the server only (the region role
//! has no privilege on it); never changed or deleted.

use sea_orm_migration::prelude::*;

use crate::sql::{self, text, text_null, timestamp, uuid};
use crate::APP_ROLE;

#[derive(DeriveMigrationName)]
pub struct Migration;

const EXPORTS: &str = "stats_release_exports";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let exports = Table::create()
            .table(EXPORTS)
            .col(uuid("id"))
            .col(uuid("release_id"))
            .col(uuid("region_id"))
            .col(text("coordinator"))
            .col(text("format"))
            .col(text_null("request_id"))
            .col(timestamp("exported_at"))
            .primary_key(&mut sql::primary_key(EXPORTS, &["id"]))
            .foreign_key(&mut sql::foreign_key(
                EXPORTS,
                &["release_id"],
                "stats_releases",
                &["id"],
            ))
            .to_owned();
        let by_region = sql::index(
            "stats_release_exports_by_region",
            EXPORTS,
            &["region_id", "exported_at"],
        );
        sql::create(manager, vec![exports], vec![by_region]).await?;
        sql::run(manager, &postgres(), SQLITE).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::drop(manager, &[EXPORTS]).await
    }
}

fn postgres() -> String {
    format!(
        "CREATE FUNCTION stats_release_export_kept() RETURNS trigger LANGUAGE plpgsql AS $$ \
           BEGIN RAISE EXCEPTION 'the trail of regional exports is never changed'; END $$;\n\
         CREATE TRIGGER {EXPORTS}_kept BEFORE UPDATE OR DELETE ON {EXPORTS} \
           FOR EACH ROW EXECUTE FUNCTION stats_release_export_kept();\n\
         ALTER TABLE {EXPORTS} ENABLE ROW LEVEL SECURITY;\n\
         ALTER TABLE {EXPORTS} FORCE ROW LEVEL SECURITY;\n\
         DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{APP_ROLE}') THEN \
           CREATE POLICY {EXPORTS}_server ON {EXPORTS} TO {APP_ROLE} USING (true) WITH CHECK (true); \
         END IF; END $$;\n{}",
        sql::grant(EXPORTS, "SELECT, INSERT")
    )
}

const SQLITE: &str = "\
CREATE TRIGGER stats_release_exports_changed BEFORE UPDATE ON stats_release_exports
  BEGIN SELECT RAISE(ABORT, 'the trail of regional exports is never changed'); END;
CREATE TRIGGER stats_release_exports_kept BEFORE DELETE ON stats_release_exports
  BEGIN SELECT RAISE(ABORT, 'the trail of regional exports is never changed'); END;
";
