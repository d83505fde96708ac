//! programmes: a session's recording key, a UUID the register's form makes once, so that a
//! register sent again after its answer was lost returns the session the first sending
//! recorded instead of recording it twice (unique per edition when given).

use sea_orm_migration::prelude::*;

use crate::sql;

#[derive(DeriveMigrationName)]
pub struct Migration;

const SESSIONS: &str = "programmes_sessions";
const KEY_INDEX: &str = "programmes_sessions_recording_key";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(SESSIONS)
                    .add_column(sql::uuid_null("recording_key"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                sql::index(
                    KEY_INDEX,
                    SESSIONS,
                    &["tenant_id", "edition_id", "recording_key"],
                )
                .unique()
                .and_where(Expr::col("recording_key").is_not_null())
                .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(Index::drop().name(KEY_INDEX).table(SESSIONS).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(SESSIONS)
                    .drop_column("recording_key")
                    .to_owned(),
            )
            .await
    }
}
