//! families: family files for social work with a family without (or before) a Blue Card
//! (`families_files`: who the family is, sealed with the municipality's key), the staff working
//! with each family (`families_file_workers`), the help given (`families_help`: consultations,
//! interventions, social contracts, shelter, medical help; its note sealed) and the Blue Cards
//! opened for the family (`families_file_cards`: each shown only to whoever may see the card).
//! Every table is tenant-owned, under row-level security.

use sea_orm_migration::prelude::*;

use crate::sql::{self, date, text, text_null, timestamp, uuid, version};

#[derive(DeriveMigrationName)]
pub struct Migration;

const FILES: &str = "families_files";
const WORKERS: &str = "families_file_workers";
const HELP: &str = "families_help";
const CARDS: &str = "families_file_cards";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let files = Table::create()
            .table(FILES)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(text("sealed"))
            .col(date("opened_on"))
            .col(uuid("opened_by"))
            .col(timestamp("created_at"))
            .col(timestamp("updated_at"))
            .col(version())
            .primary_key(&mut sql::primary_key(FILES, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_key(FILES))
            .foreign_key(&mut sql::tenant_reference(
                FILES,
                "opened_by",
                "identity_users",
            ))
            .to_owned();
        let cards = Table::create()
            .table(CARDS)
            .col(uuid("tenant_id"))
            .col(uuid("file_id"))
            .col(uuid("card_id"))
            .col(timestamp("linked_at"))
            .col(uuid("linked_by"))
            .primary_key(&mut sql::primary_key(
                CARDS,
                &["tenant_id", "file_id", "card_id"],
            ))
            .foreign_key(&mut sql::tenant_reference(CARDS, "file_id", FILES))
            .foreign_key(&mut sql::tenant_reference(
                CARDS,
                "card_id",
                "cases_blue_cards",
            ))
            .foreign_key(&mut sql::tenant_reference(
                CARDS,
                "linked_by",
                "identity_users",
            ))
            .to_owned();
        let workers = Table::create()
            .table(WORKERS)
            .col(uuid("tenant_id"))
            .col(uuid("file_id"))
            .col(uuid("user_id"))
            .primary_key(&mut sql::primary_key(
                WORKERS,
                &["tenant_id", "file_id", "user_id"],
            ))
            .foreign_key(&mut sql::tenant_reference(WORKERS, "file_id", FILES))
            .foreign_key(&mut sql::tenant_reference(
                WORKERS,
                "user_id",
                "identity_users",
            ))
            .to_owned();
        let help = Table::create()
            .table(HELP)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(uuid("file_id"))
            .col(text("kind"))
            .col(text_null("variant"))
            .col(date("occurred_on"))
            .col(uuid("recorded_by"))
            .col(text_null("note_sealed"))
            .col(timestamp("created_at"))
            .primary_key(&mut sql::primary_key(HELP, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_reference(HELP, "file_id", FILES))
            .foreign_key(&mut sql::tenant_reference(
                HELP,
                "recorded_by",
                "identity_users",
            ))
            .to_owned();
        sql::create(
            manager,
            vec![files, workers, help, cards],
            vec![
                sql::index(
                    "families_file_workers_user",
                    WORKERS,
                    &["tenant_id", "user_id"],
                ),
                sql::index("families_help_file", HELP, &["tenant_id", "file_id"]),
                sql::index(
                    "families_help_occurred",
                    HELP,
                    &["tenant_id", "occurred_on"],
                ),
            ],
        )
        .await?;
        // Help is written once (its note resealed only by a data-key rotation); a file changes
        // at its version; workers are added.
        sql::postgres_only(
            manager,
            &format!(
                "{}{}{}",
                sql::tenant_tables(&[HELP, WORKERS, CARDS], "SELECT, INSERT"),
                sql::tenant_tables(&[FILES], "SELECT, INSERT, UPDATE"),
                sql::grant(HELP, "UPDATE (note_sealed)"),
            ),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::drop(manager, &[CARDS, HELP, WORKERS, FILES]).await
    }
}
