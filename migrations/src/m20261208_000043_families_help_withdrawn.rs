//! families: help recorded by mistake is withdrawn (when and by whom), not deleted: it leaves
//! the file's list and the statistics, and the audit trail keeps that it was recorded. Help
//! that counts a social contract names it (`contract_id`): it is never recorded by hand nor
//! withdrawn.

use sea_orm_migration::prelude::*;

use crate::sql;

#[derive(DeriveMigrationName)]
pub struct Migration;

const HELP: &str = "families_help";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            sql::timestamp_null("withdrawn_at"),
            sql::uuid_null("withdrawn_by"),
            sql::uuid_null("contract_id"),
        ] {
            manager
                .alter_table(Table::alter().table(HELP).add_column(column).to_owned())
                .await?;
        }
        // SQLite cannot add a constraint to an existing table; PostgreSQL holds the references
        // and keeps a withdrawal whole.
        sql::postgres_only(
            manager,
            &format!(
                "ALTER TABLE families_help \
                   ADD CONSTRAINT families_help_tenant_id_withdrawn_by_fkey \
                   FOREIGN KEY (tenant_id, withdrawn_by) REFERENCES identity_users (tenant_id, id), \
                   ADD CONSTRAINT families_help_tenant_id_contract_id_fkey \
                   FOREIGN KEY (tenant_id, contract_id) REFERENCES families_contracts (tenant_id, id), \
                   ADD CONSTRAINT families_help_withdrawal_whole \
                   CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL));\n{}",
                sql::grant(HELP, "UPDATE (withdrawn_at, withdrawn_by)")
            ),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::postgres_only(
            manager,
            &format!(
                "ALTER TABLE families_help \
                   DROP CONSTRAINT families_help_tenant_id_withdrawn_by_fkey, \
                   DROP CONSTRAINT families_help_tenant_id_contract_id_fkey, \
                   DROP CONSTRAINT families_help_withdrawal_whole;\n{}",
                sql::revoke(HELP, "UPDATE (withdrawn_at, withdrawn_by)")
            ),
        )
        .await?;
        for column in ["contract_id", "withdrawn_by", "withdrawn_at"] {
            manager
                .alter_table(Table::alter().table(HELP).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
