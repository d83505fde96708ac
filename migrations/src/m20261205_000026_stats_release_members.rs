//! stats: the municipalities each release aggregates (`stats_release_members`), so that a
//! release is compared with earlier ones of other municipalities knowing how many joined or
//! left. Read and written by the server only: the region role has no privilege on it. Frozen
//! with its release.

use sea_orm_migration::prelude::*;

use crate::sql::{self, uuid};
use crate::APP_ROLE;

#[derive(DeriveMigrationName)]
pub struct Migration;

const MEMBERS: &str = "stats_release_members";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let members = Table::create()
            .table(MEMBERS)
            .col(uuid("release_id"))
            .col(uuid("municipality_id"))
            .primary_key(&mut sql::primary_key(
                MEMBERS,
                &["release_id", "municipality_id"],
            ))
            .foreign_key(&mut sql::foreign_key(
                MEMBERS,
                &["release_id"],
                "stats_releases",
                &["id"],
            ))
            .to_owned();
        sql::create(manager, vec![members], Vec::new()).await?;
        sql::run(manager, &postgres(), SQLITE).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::drop(manager, &[MEMBERS]).await
    }
}

fn postgres() -> String {
    format!(
        "CREATE TRIGGER {MEMBERS}_frozen BEFORE INSERT OR UPDATE OR DELETE ON {MEMBERS} \
           FOR EACH ROW EXECUTE FUNCTION stats_release_frozen();\n\
         ALTER TABLE {MEMBERS} ENABLE ROW LEVEL SECURITY;\n\
         ALTER TABLE {MEMBERS} FORCE ROW LEVEL SECURITY;\n\
         DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{APP_ROLE}') THEN \
           CREATE POLICY {MEMBERS}_server ON {MEMBERS} TO {APP_ROLE} USING (true) WITH CHECK (true); \
         END IF; END $$;\n{}",
        sql::grant(MEMBERS, "SELECT, INSERT")
    )
}

const SQLITE: &str = "\
CREATE TRIGGER stats_release_members_frozen BEFORE INSERT ON stats_release_members
  WHEN EXISTS (SELECT 1 FROM stats_releases WHERE id = NEW.release_id AND status <> 'RUNNING')
  BEGIN SELECT RAISE(ABORT, 'a published statistics release never changes'); END;
CREATE TRIGGER stats_release_members_changed BEFORE UPDATE ON stats_release_members
  BEGIN SELECT RAISE(ABORT, 'a published statistics release never changes'); END;
CREATE TRIGGER stats_release_members_kept BEFORE DELETE ON stats_release_members
  BEGIN SELECT RAISE(ABORT, 'a published statistics release never changes'); END;
";
