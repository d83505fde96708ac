//! cases: a procedure handed over to another municipality's team on Ostoja when a family moves.
//! `cases_transfers` is the one table two municipalities share: a row is
//! owned by the sending municipality (`tenant_id`, its card) and addressed to the receiving one
//! (`to_tenant_id`); both read it and move it on, only the sender creates it. It holds no
//! personal data: the card's number, who agreed and when. The cards' table is not altered.

use sea_orm_migration::prelude::*;

use crate::sql::{self, date, date_null, text, text_null, timestamp, uuid, uuid_null, version};

#[derive(DeriveMigrationName)]
pub struct Migration;

const CARDS: &str = "cases_blue_cards";
const TRANSFERS: &str = "cases_transfers";

/// The sender and the receiver read and update a transfer (the receiver once the sender agreed
/// to it); the sender alone creates it, only as a proposal, and only the owner role deletes it
/// (offboarding: the server's role has no DELETE). Every policy compares with the transaction's
/// tenant, so a third municipality (or none) sees nothing.
const SHARED_POLICIES: &str = "
ALTER TABLE cases_transfers ENABLE ROW LEVEL SECURITY;
ALTER TABLE cases_transfers FORCE ROW LEVEL SECURITY;
CREATE POLICY cases_transfers_parties_read ON cases_transfers FOR SELECT
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
      OR (to_tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
          AND approved_on IS NOT NULL AND state <> 'refused'));
CREATE POLICY cases_transfers_sender_creates ON cases_transfers FOR INSERT
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
      AND state = 'proposed' AND approved_by IS NULL AND agreed_by IS NULL AND decided_by IS NULL);
CREATE POLICY cases_transfers_parties_update ON cases_transfers FOR UPDATE
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
      OR (to_tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
          AND approved_on IS NOT NULL AND state <> 'refused'))
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
      OR to_tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
CREATE POLICY cases_transfers_sender_offboards ON cases_transfers FOR DELETE
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
ALTER TABLE cases_transfers ADD CONSTRAINT cases_transfers_elsewhere CHECK (to_tenant_id <> tenant_id);
";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let transfers = Table::create()
            .table(TRANSFERS)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(uuid("to_tenant_id"))
            .col(uuid("card_id"))
            .col(text_null("number"))
            .col(text("state"))
            .col(uuid("proposed_by"))
            .col(date("proposed_on"))
            .col(uuid_null("approved_by"))
            .col(date_null("approved_on"))
            .col(uuid_null("agreed_by"))
            .col(date_null("agreed_on"))
            .col(uuid_null("decided_by"))
            .col(date_null("decided_on"))
            .col(date_null("completed_on"))
            .col(timestamp("created_at"))
            .col(timestamp("updated_at"))
            .col(version())
            .primary_key(&mut sql::primary_key(TRANSFERS, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_key(TRANSFERS))
            .foreign_key(&mut sql::foreign_key(
                TRANSFERS,
                &["to_tenant_id"],
                "tenancy_tenants",
                &["id"],
            ))
            .foreign_key(&mut sql::tenant_reference(TRANSFERS, "card_id", CARDS))
            .to_owned();
        sql::create(
            manager,
            vec![transfers],
            vec![
                sql::index("cases_transfers_card", TRANSFERS, &["tenant_id", "card_id"]),
                sql::index(
                    "cases_transfers_received",
                    TRANSFERS,
                    &["to_tenant_id", "state"],
                ),
            ],
        )
        .await?;
        sql::postgres_only(
            manager,
            &format!(
                "{SHARED_POLICIES}{}",
                sql::grant(
                    TRANSFERS,
                    "SELECT, INSERT, UPDATE (state, approved_by, approved_on, agreed_by, agreed_on, \
                     decided_by, decided_on, completed_on, updated_at, version)"
                ),
            ),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::drop(manager, &[TRANSFERS]).await
    }
}
