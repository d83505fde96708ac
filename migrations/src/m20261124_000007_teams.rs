//! teams: the municipality's interdisciplinary team (one per municipality), its members with
//! their institutions and confidentiality statements, and its meetings with attendance.

use sea_orm_migration::prelude::*;

use crate::sql;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let ddl = "CREATE TABLE teams_teams (
                tenant_id uuid NOT NULL REFERENCES tenancy_tenants (id),
                id uuid NOT NULL,
                name text NOT NULL,
                act_number text NOT NULL,
                act_issued_on date NOT NULL,
                created_at timestamptz NOT NULL,
                updated_at timestamptz NOT NULL,
                version integer NOT NULL DEFAULT 1,
                PRIMARY KEY (tenant_id, id),
                UNIQUE (tenant_id)
            );
            CREATE TABLE teams_members (
                tenant_id uuid NOT NULL,
                id uuid NOT NULL,
                team_id uuid NOT NULL,
                user_id uuid NOT NULL,
                institution text NOT NULL,
                institution_name text NOT NULL,
                is_chair boolean NOT NULL DEFAULT false,
                confidentiality_signed_on date,
                joined_on date NOT NULL,
                created_at timestamptz NOT NULL,
                updated_at timestamptz NOT NULL,
                version integer NOT NULL DEFAULT 1,
                PRIMARY KEY (tenant_id, id),
                FOREIGN KEY (tenant_id, team_id) REFERENCES teams_teams (tenant_id, id),
                UNIQUE (tenant_id, team_id, user_id)
            );
            CREATE UNIQUE INDEX teams_members_one_chair ON teams_members (tenant_id, team_id)
                WHERE is_chair;
            CREATE INDEX teams_members_user ON teams_members (tenant_id, user_id);
            CREATE TABLE teams_meetings (
                tenant_id uuid NOT NULL,
                id uuid NOT NULL,
                team_id uuid NOT NULL,
                held_on date NOT NULL,
                agenda text NOT NULL,
                minutes_sealed text,
                recorded_by uuid NOT NULL,
                created_at timestamptz NOT NULL,
                PRIMARY KEY (tenant_id, id),
                FOREIGN KEY (tenant_id, team_id) REFERENCES teams_teams (tenant_id, id)
            );
            CREATE INDEX teams_meetings_held ON teams_meetings (tenant_id, team_id, held_on);
            CREATE TABLE teams_attendance (
                tenant_id uuid NOT NULL,
                meeting_id uuid NOT NULL,
                member_id uuid NOT NULL,
                present boolean NOT NULL,
                PRIMARY KEY (tenant_id, meeting_id, member_id),
                FOREIGN KEY (tenant_id, meeting_id) REFERENCES teams_meetings (tenant_id, id),
                FOREIGN KEY (tenant_id, member_id) REFERENCES teams_members (tenant_id, id)
            );";
        sql::run_portable(
            manager,
            ddl,
            &sql::tenant_tables(
                &[
                    "teams_teams",
                    "teams_members",
                    "teams_meetings",
                    "teams_attendance",
                ],
                "SELECT, INSERT, UPDATE",
            ),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let script = "DROP TABLE teams_attendance; DROP TABLE teams_meetings; \
                      DROP TABLE teams_members; DROP TABLE teams_teams;";
        sql::run(manager, script, script).await
    }
}
