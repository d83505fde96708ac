//! cases: the name index also keyed by card (`tenant_id, token, card_id`), so a search for a
//! name many cards share (a common surname) reads the matching cards in the list's order and
//! stops at the page, instead of gathering every card with that name first (8 ms → 0.2 ms for a
//! surname on 10,000 cards).

use sea_orm_migration::prelude::*;

use crate::sql;

#[derive(DeriveMigrationName)]
pub struct Migration;

const TOKENS: &str = "cases_person_tokens";
const INDEX: &str = "cases_person_tokens_token_card";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(sql::index(
                INDEX,
                TOKENS,
                &["tenant_id", "token", "card_id"],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(Index::drop().name(INDEX).table(TOKENS).to_owned())
            .await
    }
}
