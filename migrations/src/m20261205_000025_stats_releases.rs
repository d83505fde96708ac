//! stats: regional releases of anonymized statistics. A release (`stats_releases`) is computed
//! for a region and a period, and once published it holds each indicator's declaration
//! (`stats_release_indicators`) and its cells after disclosure control (`stats_release_cells`:
//! a value, or the rule that suppressed it, never the suppressed value). None of these tables
//! holds a tenant row. A published release never changes; one publication runs per region at a
//! time; the indicators and cells of a release are written once, with it, and never changed.
//! Coordinators read them through the `ostoja_region` role, which may read nothing else
//! and only its own region's releases (`app.region_id`).

use sea_orm_migration::prelude::*;

use crate::sql::{
    self, big_integer_null, boolean, integer, integer_null, text, text_null, timestamp,
    timestamp_null, uuid,
};
use crate::{APP_ROLE, REGION_ROLE};

#[derive(DeriveMigrationName)]
pub struct Migration;

const RELEASES: &str = "stats_releases";
const INDICATORS: &str = "stats_release_indicators";
const CELLS: &str = "stats_release_cells";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let releases = Table::create()
            .table(RELEASES)
            .col(uuid("id"))
            .col(uuid("region_id"))
            .col(text("period"))
            .col(integer_null("number"))
            .col(text("status"))
            .col(text("requested_by"))
            .col(timestamp("started_at"))
            .col(timestamp("heartbeat_at"))
            .col(timestamp_null("finished_at"))
            .col(integer("done"))
            .col(integer("total"))
            .col(integer_null("municipalities"))
            .col(text_null("failure"))
            .primary_key(&mut sql::primary_key(RELEASES, &["id"]))
            .foreign_key(&mut sql::foreign_key(
                RELEASES,
                &["region_id"],
                "tenancy_regions",
                &["id"],
            ))
            .index(&mut sql::unique(RELEASES, &["region_id", "number"]))
            .check(Expr::cust(
                "status IN ('RUNNING', 'PUBLISHED', 'FAILED') \
                 AND ((status = 'PUBLISHED') = (number IS NOT NULL))",
            ))
            .to_owned();
        let indicators = Table::create()
            .table(INDICATORS)
            .col(uuid("release_id"))
            .col(text("key"))
            .col(integer("position"))
            .col(text("label"))
            .col(text("dimensions"))
            .col(text("unit"))
            .col(boolean("cumulative"))
            .primary_key(&mut sql::primary_key(INDICATORS, &["release_id", "key"]))
            .foreign_key(&mut sql::foreign_key(
                INDICATORS,
                &["release_id"],
                RELEASES,
                &["id"],
            ))
            .to_owned();
        let cells = Table::create()
            .table(CELLS)
            .col(uuid("release_id"))
            .col(text("indicator"))
            .col(integer("position"))
            .col(text_null("row_value"))
            .col(text_null("col_value"))
            .col(big_integer_null("value"))
            .col(text_null("rule"))
            .primary_key(&mut sql::primary_key(
                CELLS,
                &["release_id", "indicator", "position"],
            ))
            .foreign_key(&mut sql::foreign_key(
                CELLS,
                &["release_id", "indicator"],
                INDICATORS,
                &["release_id", "key"],
            ))
            .check(Expr::cust("(value IS NULL) <> (rule IS NULL)"))
            .to_owned();
        sql::create(
            manager,
            vec![releases, indicators, cells],
            vec![sql::index(
                "stats_releases_period",
                RELEASES,
                &["region_id", "period", "number"],
            )],
        )
        .await?;
        sql::run(manager, &postgres(), SQLITE).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::postgres_only(
            manager,
            "DROP FUNCTION IF EXISTS stats_release_frozen() CASCADE;",
        )
        .await?;
        sql::drop(manager, &[CELLS, INDICATORS, RELEASES]).await
    }
}

/// One publication per region at a time; a published release, its indicators and cells are
/// frozen; the server role writes, the region role reads its own region only.
fn postgres() -> String {
    let region_scope = "region_id = nullif(current_setting('app.region_id', true), '')::uuid";
    let release_visible = "EXISTS (SELECT 1 FROM stats_releases r WHERE r.id = release_id)";
    let mut script = format!(
        "CREATE UNIQUE INDEX stats_releases_one_running ON {RELEASES} (region_id) \
         WHERE status = 'RUNNING';\n\
         CREATE FUNCTION stats_release_frozen() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
           IF TG_TABLE_NAME = '{RELEASES}' OR TG_OP <> 'INSERT' THEN \
             RAISE EXCEPTION 'a published statistics release never changes' USING ERRCODE = '55000'; \
           ELSIF EXISTS (SELECT 1 FROM {RELEASES} WHERE id = NEW.release_id AND status <> 'RUNNING') THEN \
             RAISE EXCEPTION 'a published statistics release never changes' USING ERRCODE = '55000'; \
           END IF; \
           RETURN NEW; END $$;\n\
         CREATE TRIGGER stats_releases_frozen BEFORE UPDATE OR DELETE ON {RELEASES} \
           FOR EACH ROW WHEN (OLD.status = 'PUBLISHED') EXECUTE FUNCTION stats_release_frozen();\n\
         CREATE TRIGGER stats_release_indicators_frozen BEFORE INSERT ON {INDICATORS} \
           FOR EACH ROW EXECUTE FUNCTION stats_release_frozen();\n\
         CREATE TRIGGER stats_release_cells_frozen BEFORE INSERT ON {CELLS} \
           FOR EACH ROW EXECUTE FUNCTION stats_release_frozen();\n\
         CREATE TRIGGER stats_release_indicators_kept BEFORE UPDATE OR DELETE ON {INDICATORS} \
           FOR EACH ROW EXECUTE FUNCTION stats_release_frozen();\n\
         CREATE TRIGGER stats_release_cells_kept BEFORE UPDATE OR DELETE ON {CELLS} \
           FOR EACH ROW EXECUTE FUNCTION stats_release_frozen();\n"
    );
    for (table, scope) in [
        (RELEASES, region_scope),
        (INDICATORS, release_visible),
        (CELLS, release_visible),
    ] {
        script.push_str(&format!(
            "ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;\n\
             ALTER TABLE {table} FORCE ROW LEVEL SECURITY;\n\
             DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{APP_ROLE}') THEN \
               CREATE POLICY {table}_server ON {table} TO {APP_ROLE} USING (true) WITH CHECK (true); \
             END IF; END $$;\n\
             DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{REGION_ROLE}') THEN \
               CREATE POLICY {table}_region ON {table} FOR SELECT TO {REGION_ROLE} USING ({scope}); \
               GRANT SELECT ON {table} TO {REGION_ROLE}; \
             END IF; END $$;\n"
        ));
    }
    script.push_str(&sql::grant(RELEASES, "SELECT, INSERT, UPDATE"));
    script.push_str(&sql::grant(INDICATORS, "SELECT, INSERT"));
    script.push_str(&sql::grant(CELLS, "SELECT, INSERT"));
    script
}

const SQLITE: &str = "\
CREATE UNIQUE INDEX stats_releases_one_running ON stats_releases (region_id) WHERE status = 'RUNNING';
CREATE TRIGGER stats_releases_frozen BEFORE UPDATE ON stats_releases
  WHEN OLD.status = 'PUBLISHED'
  BEGIN SELECT RAISE(ABORT, 'a published statistics release never changes'); END;
CREATE TRIGGER stats_releases_kept BEFORE DELETE ON stats_releases
  WHEN OLD.status = 'PUBLISHED'
  BEGIN SELECT RAISE(ABORT, 'a published statistics release never changes'); END;
CREATE TRIGGER stats_release_indicators_frozen BEFORE INSERT ON stats_release_indicators
  WHEN EXISTS (SELECT 1 FROM stats_releases WHERE id = NEW.release_id AND status <> 'RUNNING')
  BEGIN SELECT RAISE(ABORT, 'a published statistics release never changes'); END;
CREATE TRIGGER stats_release_cells_frozen BEFORE INSERT ON stats_release_cells
  WHEN EXISTS (SELECT 1 FROM stats_releases WHERE id = NEW.release_id AND status <> 'RUNNING')
  BEGIN SELECT RAISE(ABORT, 'a published statistics release never changes'); END;
CREATE TRIGGER stats_release_indicators_changed BEFORE UPDATE ON stats_release_indicators
  BEGIN SELECT RAISE(ABORT, 'a published statistics release never changes'); END;
CREATE TRIGGER stats_release_indicators_kept BEFORE DELETE ON stats_release_indicators
  BEGIN SELECT RAISE(ABORT, 'a published statistics release never changes'); END;
CREATE TRIGGER stats_release_cells_changed BEFORE UPDATE ON stats_release_cells
  BEGIN SELECT RAISE(ABORT, 'a published statistics release never changes'); END;
CREATE TRIGGER stats_release_cells_kept BEFORE DELETE ON stats_release_cells
  BEGIN SELECT RAISE(ABORT, 'a published statistics release never changes'); END;
";
