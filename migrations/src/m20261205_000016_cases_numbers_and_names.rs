//! cases: a card's human-readable number per municipality and year (`NK/2026/0042`: the year
//! the procedure was initiated and its place in that year, `number_year`, `number_seq`, taken
//! from `cases_card_numbers`), and the keyed blind index of its persons' names
//! (`cases_person_tokens`: one row per normalised name token, HMAC-SHA256 under the
//! municipality's key), so that cards are found by a surname without opening the vault.
//! Cards and persons written before this change are numbered and indexed by the worker.

use sea_orm_migration::prelude::*;

use crate::sql::{self, integer, integer_null, text, uuid};

#[derive(DeriveMigrationName)]
pub struct Migration;

const CARDS: &str = "cases_blue_cards";
const NUMBERS: &str = "cases_card_numbers";
const TOKENS: &str = "cases_person_tokens";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [integer_null("number_year"), integer_null("number_seq")] {
            manager
                .alter_table(Table::alter().table(CARDS).add_column(column).to_owned())
                .await?;
        }
        let numbers = Table::create()
            .table(NUMBERS)
            .col(uuid("tenant_id"))
            .col(integer("year"))
            .col(integer("last"))
            .primary_key(&mut sql::primary_key(NUMBERS, &["tenant_id", "year"]))
            .foreign_key(&mut sql::tenant_key(NUMBERS))
            .to_owned();
        let tokens = Table::create()
            .table(TOKENS)
            .col(uuid("tenant_id"))
            .col(uuid("person_id"))
            .col(text("token"))
            .col(uuid("card_id"))
            .primary_key(&mut sql::primary_key(
                TOKENS,
                &["tenant_id", "person_id", "token"],
            ))
            .foreign_key(&mut sql::tenant_reference(TOKENS, "card_id", CARDS))
            .foreign_key(&mut sql::tenant_reference(
                TOKENS,
                "person_id",
                "cases_persons",
            ))
            .to_owned();
        sql::create(
            manager,
            vec![numbers, tokens],
            vec![
                sql::index("cases_person_tokens_token", TOKENS, &["tenant_id", "token"]),
                sql::index(
                    "cases_blue_cards_number",
                    CARDS,
                    &["tenant_id", "number_year", "number_seq"],
                )
                .unique()
                .to_owned(),
            ],
        )
        .await?;
        sql::postgres_only(
            manager,
            &format!(
                "{}{}",
                sql::tenant_tables(&[NUMBERS], "SELECT, INSERT, UPDATE"),
                sql::tenant_tables(&[TOKENS], "SELECT, INSERT, DELETE"),
            ),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::drop(manager, &[TOKENS, NUMBERS]).await?;
        manager
            .drop_index(
                Index::drop()
                    .name("cases_blue_cards_number")
                    .table(CARDS)
                    .to_owned(),
            )
            .await?;
        for column in ["number_seq", "number_year"] {
            manager
                .alter_table(Table::alter().table(CARDS).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
