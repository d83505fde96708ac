//! cases: the card a hand-over arrived as (`received_card_id`: a moved procedure takes new IDs
//! in the receiving municipality, so a family that moves back is received beside the record its
//! first municipality kept), and a hand-over that moves on only in the order the law's parties
//! take it, whatever writes it. The sending administrator decides a proposal, the receiving
//! administrator then, the receiving chair last; the sender withdraws it until the chair
//! accepted it and records the move's outcome (with the card it arrived as); each decision is
//! written once, at its own step, and never changed. The application checks the same; the
//! trigger holds it for any other writer too (a defect, a hand-typed statement). On PostgreSQL
//! the parties are checked against the transaction's tenant; SQLite has no tenant setting and
//! checks the order alone.

use sea_orm_migration::prelude::*;

use crate::sql::{self, uuid_null};

const TRANSFERS: &str = "cases_transfers";

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The condition a change of a hand-over must meet: `sender`/`receiver` say whether the writer
/// is that party, `same` is the backend's null-safe equality.
fn in_order(sender: &str, receiver: &str, same: &str) -> String {
    let kept = |d: &str| match d {
        "completed" => format!(
            "NEW.completed_on {same} OLD.completed_on \
             AND NEW.received_card_id {same} OLD.received_card_id"
        ),
        d => format!("NEW.{d}_by {same} OLD.{d}_by AND NEW.{d}_on {same} OLD.{d}_on"),
    };
    let taken = |d: &str| match d {
        "completed" => "OLD.completed_on IS NULL AND NEW.completed_on IS NOT NULL".to_owned(),
        d => format!("OLD.{d}_by IS NULL AND NEW.{d}_by IS NOT NULL AND NEW.{d}_on IS NOT NULL"),
    };
    // Only `step`'s decision is taken (none: every one is kept).
    let only = |step: Option<&str>| {
        ["approved", "agreed", "decided", "completed"]
            .iter()
            .map(|d| if Some(*d) == step { taken(d) } else { kept(d) })
            .collect::<Vec<_>>()
            .join(" AND ")
    };
    [
        format!("(NEW.state = OLD.state AND {})", only(None)),
        format!(
            "({sender} AND OLD.state = 'proposed' AND NEW.state IN ('approved', 'refused') AND {})",
            only(Some("approved"))
        ),
        format!(
            "({receiver} AND OLD.state = 'approved' AND NEW.state IN ('agreed', 'declined') AND {})",
            only(Some("agreed"))
        ),
        format!(
            "({receiver} AND OLD.state = 'agreed' AND NEW.state IN ('accepted', 'declined') AND {})",
            only(Some("decided"))
        ),
        format!(
            "({sender} AND OLD.state = 'accepted' AND NEW.state IN ('completed', 'lapsed') AND {})",
            only(Some("completed"))
        ),
        format!(
            "({sender} AND OLD.state IN ('proposed', 'approved', 'agreed') \
             AND NEW.state = 'withdrawn' AND {})",
            only(None)
        ),
    ]
    .join("\n  OR ")
}

const REFUSAL: &str = "a hand-over moves on only in its order, each decision by its party, once";

fn postgres() -> String {
    let me = "nullif(current_setting('app.tenant_id', true), '')::uuid";
    format!(
        "CREATE FUNCTION cases_transfer_in_order() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
           IF NOT coalesce({}, false) THEN \
             RAISE EXCEPTION '{REFUSAL}: % to %', OLD.state, NEW.state USING ERRCODE = '23514'; \
           END IF; \
           RETURN NEW; END $$;\n\
         CREATE TRIGGER cases_transfers_in_order BEFORE UPDATE ON cases_transfers \
           FOR EACH ROW EXECUTE FUNCTION cases_transfer_in_order();",
        in_order(
            &format!("(OLD.tenant_id = {me}) IS TRUE"),
            &format!("(OLD.to_tenant_id = {me}) IS TRUE"),
            "IS NOT DISTINCT FROM",
        )
    )
}

fn sqlite() -> String {
    format!(
        "CREATE TRIGGER cases_transfers_in_order BEFORE UPDATE ON cases_transfers \
         WHEN NOT ({}) BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END;",
        in_order("1", "1", "IS")
    )
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(TRANSFERS)
                    .add_column(uuid_null("received_card_id"))
                    .to_owned(),
            )
            .await?;
        sql::postgres_only(manager, &sql::grant(TRANSFERS, "UPDATE (received_card_id)")).await?;
        // Moved before received cards took IDs of their own: each arrived as the same ID.
        let backfill = match manager.get_database_backend() {
            // The owner is under the tables' row-level security too: as each sender in turn.
            sea_orm::DbBackend::Postgres => {
                "DO $$ DECLARE t record; BEGIN \
                   FOR t IN SELECT id FROM tenancy_tenants LOOP \
                     PERFORM set_config('app.tenant_id', t.id::text, true); \
                     UPDATE cases_transfers SET received_card_id = card_id \
                       WHERE state = 'completed' AND tenant_id = t.id; \
                   END LOOP; \
                   PERFORM set_config('app.tenant_id', '', true); \
                 END $$;"
            }
            _ => "UPDATE cases_transfers SET received_card_id = card_id WHERE state = 'completed'",
        };
        manager
            .get_connection()
            .execute_unprepared(backfill)
            .await?;
        let script = match manager.get_database_backend() {
            sea_orm::DbBackend::Postgres => postgres(),
            _ => sqlite(),
        };
        manager.get_connection().execute_unprepared(&script).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let script = match manager.get_database_backend() {
            sea_orm::DbBackend::Postgres => {
                "DROP TRIGGER IF EXISTS cases_transfers_in_order ON cases_transfers; \
                 DROP FUNCTION IF EXISTS cases_transfer_in_order();"
            }
            _ => "DROP TRIGGER IF EXISTS cases_transfers_in_order;",
        };
        manager.get_connection().execute_unprepared(script).await?;
        manager
            .alter_table(
                Table::alter()
                    .table(TRANSFERS)
                    .drop_column("received_card_id")
                    .to_owned(),
            )
            .await
    }
}
