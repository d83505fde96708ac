//! cases: the key a client sends with an NK-A (`cases_opening_keys`), so that sending the same
//! form again after a lost answer (a dropped connection, a server restarted mid-request)
//! returns the card the first sending opened instead of opening a second. A key is its
//! author's: the same key from another person finds nothing.

use sea_orm_migration::prelude::*;

use crate::sql::{self, timestamp, uuid};

#[derive(DeriveMigrationName)]
pub struct Migration;

const KEYS: &str = "cases_opening_keys";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let keys = Table::create()
            .table(KEYS)
            .col(uuid("tenant_id"))
            .col(uuid("author_id"))
            .col(uuid("opening_key"))
            .col(uuid("card_id"))
            .col(timestamp("created_at"))
            .primary_key(&mut sql::primary_key(
                KEYS,
                &["tenant_id", "author_id", "opening_key"],
            ))
            .foreign_key(&mut sql::tenant_reference(
                KEYS,
                "card_id",
                "cases_blue_cards",
            ))
            .to_owned();
        sql::create(manager, vec![keys], vec![]).await?;
        sql::postgres_only(manager, &sql::tenant_tables(&[KEYS], "SELECT, INSERT")).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::drop(manager, &[KEYS]).await
    }
}
