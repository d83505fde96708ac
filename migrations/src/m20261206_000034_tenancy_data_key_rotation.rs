//! tenancy: rotating a municipality's data key (`ostoja keys rotate-data-key`). While its
//! records are sealed again, `previous_wrapped` holds the cipher keys the rotation replaces
//! (sealed under the master key, like the key itself), and `rotated_at` says when the new key
//! began sealing; a finished rotation sets `previous_wrapped` back to null, destroying them.
//! Sealing the records again needs UPDATE of the sealed column of the two append-only tables
//! that have one (a person's revisions, a group meeting's record), and of that column only:
//! their other columns stay as written.

use sea_orm_migration::prelude::*;

use crate::sql;

#[derive(DeriveMigrationName)]
pub struct Migration;

const KEYS: &str = "tenancy_data_keys";

/// The append-only tables with a sealed column.
const RESEALABLE: [&str; 2] = ["cases_person_revisions", "cases_group_meetings"];

const UNFINISHED_ROTATION_REFUSED: &str = "DO $$ DECLARE t record; BEGIN \
    FOR t IN SELECT id, slug FROM tenancy_tenants LOOP \
        PERFORM set_config('app.tenant_id', t.id::text, true); \
        IF EXISTS (SELECT 1 FROM tenancy_data_keys WHERE previous_wrapped IS NOT NULL) THEN \
            RAISE EXCEPTION 'the data-key rotation of % is unfinished: finish it with \
`ostoja keys rotate-data-key %` before reverting this migration', t.slug, t.slug; \
        END IF; \
    END LOOP; \
    PERFORM set_config('app.tenant_id', '', true); \
END $$;";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(KEYS)
                    .add_column(sql::text_null("previous_wrapped"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(KEYS)
                    .add_column(sql::timestamp_null("rotated_at"))
                    .to_owned(),
            )
            .await?;
        sql::postgres_only(
            manager,
            &RESEALABLE
                .map(|t| sql::grant(t, "UPDATE (sealed)"))
                .concat(),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Dropping `previous_wrapped` mid-rotation would destroy the only key some records
        // are still sealed with; refused, naming the municipality. Row-level security applies
        // to the owner too, so each municipality's key row is looked at under its own tenant.
        sql::postgres_only(manager, UNFINISHED_ROTATION_REFUSED).await?;
        sql::postgres_only(
            manager,
            &RESEALABLE
                .map(|t| sql::revoke(t, "UPDATE (sealed)"))
                .concat(),
        )
        .await?;
        for column in ["rotated_at", "previous_wrapped"] {
            manager
                .alter_table(Table::alter().table(KEYS).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
