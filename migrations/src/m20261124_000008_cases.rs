//! cases: the Blue Card procedure. Personal data (names, PESEL, addresses, contacts, notes) is
//! stored only sealed with the municipality's data key; PESEL is found through a keyed blind
//! index. Status, dates, roles, sex and whether a person was a minor stay in the clear: the
//! procedure's deadlines and the statistics need them.

use sea_orm_migration::prelude::*;

use crate::sql;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let ddl = "CREATE TABLE cases_blue_cards (
                tenant_id uuid NOT NULL REFERENCES tenancy_tenants (id),
                id uuid NOT NULL,
                team_id uuid NOT NULL,
                status text NOT NULL,
                initiated_on date NOT NULL,
                initiator_user_id uuid NOT NULL,
                initiator_institution text NOT NULL,
                violence_forms text NOT NULL,
                details_sealed text NOT NULL,
                chair_received_on date,
                group_set_up_on date,
                first_meeting_on date,
                closed_on date,
                closure_ground text,
                monitoring_ends_on date,
                created_at timestamptz NOT NULL,
                updated_at timestamptz NOT NULL,
                version integer NOT NULL DEFAULT 1,
                PRIMARY KEY (tenant_id, id)
            );
            CREATE INDEX cases_blue_cards_initiator ON cases_blue_cards (tenant_id, initiator_user_id);
            CREATE TABLE cases_persons (
                tenant_id uuid NOT NULL,
                id uuid NOT NULL,
                card_id uuid NOT NULL,
                role text NOT NULL,
                sex text NOT NULL,
                minor boolean NOT NULL,
                sealed text NOT NULL,
                pesel_index text,
                identity_index text NOT NULL,
                created_at timestamptz NOT NULL,
                PRIMARY KEY (tenant_id, id),
                FOREIGN KEY (tenant_id, card_id) REFERENCES cases_blue_cards (tenant_id, id)
            );
            CREATE INDEX cases_persons_card ON cases_persons (tenant_id, card_id);
            CREATE INDEX cases_persons_pesel ON cases_persons (tenant_id, pesel_index);
            CREATE INDEX cases_persons_identity ON cases_persons (tenant_id, identity_index);
            CREATE TABLE cases_forms (
                tenant_id uuid NOT NULL,
                id uuid NOT NULL,
                card_id uuid NOT NULL,
                kind text NOT NULL,
                filled_on date NOT NULL,
                filled_by uuid NOT NULL,
                sealed text NOT NULL,
                created_at timestamptz NOT NULL,
                PRIMARY KEY (tenant_id, id),
                FOREIGN KEY (tenant_id, card_id) REFERENCES cases_blue_cards (tenant_id, id)
            );
            CREATE INDEX cases_forms_card ON cases_forms (tenant_id, card_id);
            CREATE TABLE cases_group_members (
                tenant_id uuid NOT NULL,
                card_id uuid NOT NULL,
                user_id uuid NOT NULL,
                team_member_id uuid NOT NULL,
                institution text NOT NULL,
                added_on date NOT NULL,
                PRIMARY KEY (tenant_id, card_id, user_id),
                FOREIGN KEY (tenant_id, card_id) REFERENCES cases_blue_cards (tenant_id, id)
            );
            CREATE INDEX cases_group_members_user ON cases_group_members (tenant_id, user_id);
            CREATE TABLE cases_access (
                tenant_id uuid NOT NULL,
                card_id uuid NOT NULL,
                user_id uuid NOT NULL,
                reason text NOT NULL,
                PRIMARY KEY (tenant_id, card_id, user_id, reason),
                FOREIGN KEY (tenant_id, card_id) REFERENCES cases_blue_cards (tenant_id, id)
            );
            CREATE INDEX cases_access_user ON cases_access (tenant_id, user_id, card_id);
            CREATE TABLE cases_deadlines (
                tenant_id uuid NOT NULL,
                id uuid NOT NULL,
                card_id uuid NOT NULL,
                kind text NOT NULL,
                due_on date NOT NULL,
                met_on date,
                cancelled boolean NOT NULL DEFAULT false,
                created_at timestamptz NOT NULL,
                PRIMARY KEY (tenant_id, id),
                FOREIGN KEY (tenant_id, card_id) REFERENCES cases_blue_cards (tenant_id, id)
            );
            CREATE INDEX cases_deadlines_card ON cases_deadlines (tenant_id, card_id);
            CREATE INDEX cases_deadlines_open ON cases_deadlines (tenant_id, due_on)
                WHERE met_on IS NULL AND NOT cancelled;
            CREATE TABLE cases_deadline_rules (
                tenant_id uuid NOT NULL REFERENCES tenancy_tenants (id),
                kind text NOT NULL,
                amount integer NOT NULL,
                unit text NOT NULL,
                updated_at timestamptz NOT NULL,
                version integer NOT NULL DEFAULT 1,
                PRIMARY KEY (tenant_id, kind)
            );
            CREATE TABLE cases_steps (
                tenant_id uuid NOT NULL,
                id uuid NOT NULL,
                card_id uuid NOT NULL,
                step text NOT NULL,
                status text NOT NULL,
                taken_by uuid NOT NULL,
                taken_at timestamptz NOT NULL,
                PRIMARY KEY (tenant_id, id),
                FOREIGN KEY (tenant_id, card_id) REFERENCES cases_blue_cards (tenant_id, id)
            );
            CREATE INDEX cases_steps_card ON cases_steps (tenant_id, card_id);
            CREATE TABLE cases_plan_items (
                tenant_id uuid NOT NULL,
                id uuid NOT NULL,
                card_id uuid NOT NULL,
                plan text NOT NULL,
                kind text NOT NULL,
                programme text,
                sealed text NOT NULL,
                responsible_user_id uuid,
                due_on date,
                status text NOT NULL,
                created_at timestamptz NOT NULL,
                updated_at timestamptz NOT NULL,
                version integer NOT NULL DEFAULT 1,
                PRIMARY KEY (tenant_id, id),
                FOREIGN KEY (tenant_id, card_id) REFERENCES cases_blue_cards (tenant_id, id)
            );
            CREATE INDEX cases_plan_items_card ON cases_plan_items (tenant_id, card_id);
            CREATE TABLE cases_work (
                tenant_id uuid NOT NULL,
                id uuid NOT NULL,
                card_id uuid NOT NULL,
                kind text NOT NULL,
                variant text,
                occurred_on date NOT NULL,
                recorded_by uuid NOT NULL,
                note_sealed text,
                created_at timestamptz NOT NULL,
                PRIMARY KEY (tenant_id, id),
                FOREIGN KEY (tenant_id, card_id) REFERENCES cases_blue_cards (tenant_id, id)
            );
            CREATE INDEX cases_work_card ON cases_work (tenant_id, card_id);
            CREATE TABLE cases_notifications (
                tenant_id uuid NOT NULL,
                id uuid NOT NULL,
                deadline_id uuid NOT NULL,
                card_id uuid NOT NULL,
                recipient_user_id uuid NOT NULL,
                kind text NOT NULL,
                due_on date NOT NULL,
                created_at timestamptz NOT NULL,
                PRIMARY KEY (tenant_id, id),
                FOREIGN KEY (tenant_id, deadline_id) REFERENCES cases_deadlines (tenant_id, id),
                UNIQUE (tenant_id, deadline_id, recipient_user_id, kind)
            );
            CREATE INDEX cases_notifications_recipient
                ON cases_notifications (tenant_id, recipient_user_id, created_at);";
        let tables = [
            "cases_blue_cards",
            "cases_persons",
            "cases_forms",
            "cases_group_members",
            "cases_access",
            "cases_deadlines",
            "cases_deadline_rules",
            "cases_steps",
            "cases_plan_items",
            "cases_work",
            "cases_notifications",
        ];
        sql::run_portable(
            manager,
            ddl,
            &format!(
                "{}{}{}",
                sql::tenant_tables(&tables, "SELECT, INSERT, UPDATE"),
                sql::grant("cases_group_members", "DELETE"),
                sql::grant("cases_access", "DELETE"),
            ),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let script = "DROP TABLE cases_notifications; DROP TABLE cases_work; \
                      DROP TABLE cases_plan_items; DROP TABLE cases_steps; \
                      DROP TABLE cases_deadline_rules; DROP TABLE cases_deadlines; \
                      DROP TABLE cases_access; DROP TABLE cases_group_members; DROP TABLE cases_forms; \
                      DROP TABLE cases_persons; DROP TABLE cases_blue_cards;";
        sql::run(manager, script, script).await
    }
}
