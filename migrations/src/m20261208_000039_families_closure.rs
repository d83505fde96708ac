//! families: a file is closed when the work with the family ends (the day, who closed it and
//! why; a closed file is kept for reading and changes no more), and the staff working with a
//! family change over time (a worker taken off the file is deleted from its workers).

use sea_orm_migration::prelude::*;

use crate::sql;

#[derive(DeriveMigrationName)]
pub struct Migration;

const FILES: &str = "families_files";
const WORKERS: &str = "families_file_workers";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            sql::date_null("closed_on"),
            sql::uuid_null("closed_by"),
            sql::text_null("closure_reason"),
        ] {
            manager
                .alter_table(Table::alter().table(FILES).add_column(column).to_owned())
                .await?;
        }
        sql::postgres_only(manager, &sql::grant(WORKERS, "DELETE")).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::postgres_only(manager, &sql::revoke(WORKERS, "DELETE")).await?;
        for column in ["closure_reason", "closed_by", "closed_on"] {
            manager
                .alter_table(Table::alter().table(FILES).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
