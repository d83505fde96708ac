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
        // SQLite cannot add a constraint to an existing table; PostgreSQL holds the reference
        // to who closed the file, and a closure is whole (its day and its reason) or absent.
        sql::postgres_only(
            manager,
            &format!(
                "ALTER TABLE families_files \
                   ADD CONSTRAINT families_files_tenant_id_closed_by_fkey \
                   FOREIGN KEY (tenant_id, closed_by) REFERENCES identity_users (tenant_id, id), \
                   ADD CONSTRAINT families_files_closure_whole \
                   CHECK ((closed_on IS NULL) = (closure_reason IS NULL));\n{}",
                sql::grant(WORKERS, "DELETE")
            ),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::postgres_only(
            manager,
            &format!(
                "ALTER TABLE families_files \
                   DROP CONSTRAINT families_files_tenant_id_closed_by_fkey, \
                   DROP CONSTRAINT families_files_closure_whole;\n{}",
                sql::revoke(WORKERS, "DELETE")
            ),
        )
        .await?;
        for column in ["closure_reason", "closed_by", "closed_on"] {
            manager
                .alter_table(Table::alter().table(FILES).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
