//! families: social contracts (kontrakt socjalny, art. 108 of the social assistance act) made
//! with a family under its file — the period, the next review, the terms (goals and what each
//! side undertakes, sealed with the municipality's key) and, once settled, whether they were
//! fulfilled, with a sealed note.

use sea_orm_migration::prelude::*;

use crate::sql::{self, date, date_null, text, text_null, timestamp, uuid, uuid_null, version};

#[derive(DeriveMigrationName)]
pub struct Migration;

const CONTRACTS: &str = "families_contracts";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let contracts = Table::create()
            .table(CONTRACTS)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(uuid("file_id"))
            .col(date("signed_on"))
            .col(date("ends_on"))
            .col(date_null("review_on"))
            .col(text("terms_sealed"))
            .col(uuid("recorded_by"))
            .col(timestamp("created_at"))
            .col(text_null("outcome"))
            .col(date_null("settled_on"))
            .col(uuid_null("settled_by"))
            .col(text_null("settlement_sealed"))
            .col(version())
            .primary_key(&mut sql::primary_key(CONTRACTS, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_reference(
                CONTRACTS,
                "file_id",
                "families_files",
            ))
            .foreign_key(&mut sql::tenant_reference(
                CONTRACTS,
                "recorded_by",
                "identity_users",
            ))
            .foreign_key(&mut sql::tenant_reference(
                CONTRACTS,
                "settled_by",
                "identity_users",
            ))
            .to_owned();
        sql::create(
            manager,
            vec![contracts],
            vec![sql::index(
                "families_contracts_file",
                CONTRACTS,
                &["tenant_id", "file_id"],
            )],
        )
        .await?;
        // A contract changes at its version (its review, its settlement; sealed values resealed
        // by a data-key rotation).
        // A settlement is whole: its outcome, day and who settled it, or none of them.
        sql::postgres_only(
            manager,
            &format!(
                "ALTER TABLE families_contracts ADD CONSTRAINT families_contracts_settlement_whole \
                   CHECK ((outcome IS NULL) = (settled_on IS NULL) AND (outcome IS NULL) = (settled_by IS NULL));\n{}",
                sql::tenant_tables(&[CONTRACTS], "SELECT, INSERT, UPDATE")
            ),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::drop(manager, &[CONTRACTS]).await
    }
}
