//! teams: the municipality's interdisciplinary team (one per municipality), its members with
//! their institutions and confidentiality statements, and its meetings with attendance.

use sea_orm_migration::prelude::*;

use crate::sql::{
    self, boolean, boolean_default, date, date_null, text, text_null, timestamp, uuid, version,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TEAMS: &str = "teams_teams";
const MEMBERS: &str = "teams_members";
const MEETINGS: &str = "teams_meetings";
const ATTENDANCE: &str = "teams_attendance";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let teams = Table::create()
            .table(TEAMS)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(text("name"))
            .col(text("act_number"))
            .col(date("act_issued_on"))
            .col(timestamp("created_at"))
            .col(timestamp("updated_at"))
            .col(version())
            .primary_key(&mut sql::primary_key(TEAMS, &["tenant_id", "id"]))
            .index(&mut sql::unique(TEAMS, &["tenant_id"]))
            .foreign_key(&mut sql::tenant_key(TEAMS))
            .to_owned();
        let members = Table::create()
            .table(MEMBERS)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(uuid("team_id"))
            .col(uuid("user_id"))
            .col(text("institution"))
            .col(text("institution_name"))
            .col(boolean_default("is_chair", false))
            .col(date_null("confidentiality_signed_on"))
            .col(date("joined_on"))
            .col(timestamp("created_at"))
            .col(timestamp("updated_at"))
            .col(version())
            .primary_key(&mut sql::primary_key(MEMBERS, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_reference(MEMBERS, "team_id", TEAMS))
            .index(&mut sql::unique(
                MEMBERS,
                &["tenant_id", "team_id", "user_id"],
            ))
            .to_owned();
        let meetings = Table::create()
            .table(MEETINGS)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(uuid("team_id"))
            .col(date("held_on"))
            .col(text("agenda"))
            .col(text_null("minutes_sealed"))
            .col(uuid("recorded_by"))
            .col(timestamp("created_at"))
            .primary_key(&mut sql::primary_key(MEETINGS, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_reference(MEETINGS, "team_id", TEAMS))
            .to_owned();
        let attendance = Table::create()
            .table(ATTENDANCE)
            .col(uuid("tenant_id"))
            .col(uuid("meeting_id"))
            .col(uuid("member_id"))
            .col(boolean("present"))
            .primary_key(&mut sql::primary_key(
                ATTENDANCE,
                &["tenant_id", "meeting_id", "member_id"],
            ))
            .foreign_key(&mut sql::tenant_reference(
                ATTENDANCE,
                "meeting_id",
                MEETINGS,
            ))
            .foreign_key(&mut sql::tenant_reference(ATTENDANCE, "member_id", MEMBERS))
            .to_owned();
        // One chair per team, enforced by the database.
        let one_chair = sql::index(
            "teams_members_one_chair",
            MEMBERS,
            &["tenant_id", "team_id"],
        )
        .unique()
        .and_where(Expr::col("is_chair"))
        .to_owned();
        sql::create(
            manager,
            vec![teams, members, meetings, attendance],
            vec![
                one_chair,
                sql::index("teams_members_user", MEMBERS, &["tenant_id", "user_id"]),
                sql::index(
                    "teams_meetings_held",
                    MEETINGS,
                    &["tenant_id", "team_id", "held_on"],
                ),
            ],
        )
        .await?;
        sql::postgres_only(
            manager,
            &sql::tenant_tables(
                &[TEAMS, MEMBERS, MEETINGS, ATTENDANCE],
                "SELECT, INSERT, UPDATE",
            ),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::drop(manager, &[ATTENDANCE, MEETINGS, MEMBERS, TEAMS]).await
    }
}
