//! programmes: the municipality's programmes (`programmes_programmes`: type, who runs it, the
//! sessions or hours that complete it), their editions (`programmes_editions`) and who runs
//! each (`programmes_edition_staff`), the people enrolled (`programmes_enrolments`, who they
//! are sealed with the municipality's key), the sessions held (`programmes_sessions`) and who
//! attended them (`programmes_attendance`). Every table is tenant-owned, under row-level
//! security; the server's role deletes only the people running an edition, when they are
//! replaced.

use sea_orm_migration::prelude::*;

use crate::sql::{
    self, date, date_null, integer, integer_null, text, text_null, timestamp, timestamp_null, uuid,
    uuid_null, version,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

const PROGRAMMES: &str = "programmes_programmes";
const EDITIONS: &str = "programmes_editions";
const STAFF: &str = "programmes_edition_staff";
const ENROLMENTS: &str = "programmes_enrolments";
const SESSIONS: &str = "programmes_sessions";
const ATTENDANCE: &str = "programmes_attendance";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let programmes = Table::create()
            .table(PROGRAMMES)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(text("programme_type"))
            .col(text("name"))
            .col(text("provider"))
            .col(uuid_null("help_point_id"))
            .col(text_null("description"))
            .col(integer_null("required_sessions"))
            .col(integer_null("required_hours"))
            .col(timestamp("created_at"))
            .col(timestamp("updated_at"))
            .col(version())
            .primary_key(&mut sql::primary_key(PROGRAMMES, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_key(PROGRAMMES))
            .to_owned();
        let editions = Table::create()
            .table(EDITIONS)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(uuid("programme_id"))
            .col(date("starts_on"))
            .col(date("ends_on"))
            .col(text("place"))
            .col(integer("capacity"))
            .col(timestamp("created_at"))
            .col(timestamp("updated_at"))
            .col(version())
            .primary_key(&mut sql::primary_key(EDITIONS, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_reference(
                EDITIONS,
                "programme_id",
                PROGRAMMES,
            ))
            .to_owned();
        let staff = Table::create()
            .table(STAFF)
            .col(uuid("tenant_id"))
            .col(uuid("edition_id"))
            .col(uuid("user_id"))
            .col(text("qualifications"))
            .primary_key(&mut sql::primary_key(
                STAFF,
                &["tenant_id", "edition_id", "user_id"],
            ))
            .foreign_key(&mut sql::tenant_reference(STAFF, "edition_id", EDITIONS))
            .foreign_key(&mut sql::tenant_reference(
                STAFF,
                "user_id",
                "identity_users",
            ))
            .to_owned();
        let enrolments = Table::create()
            .table(ENROLMENTS)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(uuid("edition_id"))
            .col(text("basis"))
            .col(text("status"))
            .col(text("sealed"))
            .col(date_null("consent_on"))
            .col(timestamp("enrolled_at"))
            .col(uuid("enrolled_by"))
            .col(timestamp_null("admitted_at"))
            .col(date_null("finished_on"))
            .col(text_null("drop_out_reason"))
            .col(timestamp("updated_at"))
            .col(version())
            .primary_key(&mut sql::primary_key(ENROLMENTS, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_reference(
                ENROLMENTS,
                "edition_id",
                EDITIONS,
            ))
            .foreign_key(&mut sql::tenant_reference(
                ENROLMENTS,
                "enrolled_by",
                "identity_users",
            ))
            .to_owned();
        let sessions = Table::create()
            .table(SESSIONS)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(uuid("edition_id"))
            .col(date("held_on"))
            .col(integer("minutes"))
            .col(text("kind"))
            .col(uuid("recorded_by"))
            .col(timestamp("created_at"))
            .primary_key(&mut sql::primary_key(SESSIONS, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_reference(SESSIONS, "edition_id", EDITIONS))
            .foreign_key(&mut sql::tenant_reference(
                SESSIONS,
                "recorded_by",
                "identity_users",
            ))
            .to_owned();
        let attendance = Table::create()
            .table(ATTENDANCE)
            .col(uuid("tenant_id"))
            .col(uuid("session_id"))
            .col(uuid("enrolment_id"))
            .col(text("presence"))
            .primary_key(&mut sql::primary_key(
                ATTENDANCE,
                &["tenant_id", "session_id", "enrolment_id"],
            ))
            .foreign_key(&mut sql::tenant_reference(
                ATTENDANCE,
                "session_id",
                SESSIONS,
            ))
            .foreign_key(&mut sql::tenant_reference(
                ATTENDANCE,
                "enrolment_id",
                ENROLMENTS,
            ))
            .to_owned();
        sql::create(
            manager,
            vec![
                programmes, editions, staff, enrolments, sessions, attendance,
            ],
            vec![
                sql::index(
                    "programmes_editions_programme",
                    EDITIONS,
                    &["tenant_id", "programme_id"],
                ),
                sql::index(
                    "programmes_edition_staff_user",
                    STAFF,
                    &["tenant_id", "user_id"],
                ),
                sql::index(
                    "programmes_enrolments_edition",
                    ENROLMENTS,
                    &["tenant_id", "edition_id"],
                ),
                sql::index(
                    "programmes_sessions_edition",
                    SESSIONS,
                    &["tenant_id", "edition_id"],
                ),
                sql::index(
                    "programmes_attendance_enrolment",
                    ATTENDANCE,
                    &["tenant_id", "enrolment_id"],
                ),
            ],
        )
        .await?;
        // Programmes, sessions and attendance are written once; editions and enrolments change
        // (at their version); the people running an edition are replaced as a whole.
        sql::postgres_only(
            manager,
            &format!(
                "{}{}{}",
                sql::tenant_tables(&[PROGRAMMES, SESSIONS, ATTENDANCE], "SELECT, INSERT"),
                sql::tenant_tables(&[EDITIONS, ENROLMENTS], "SELECT, INSERT, UPDATE"),
                sql::tenant_tables(&[STAFF], "SELECT, INSERT, DELETE"),
            ),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::drop(
            manager,
            &[
                ATTENDANCE, SESSIONS, ENROLMENTS, STAFF, EDITIONS, PROGRAMMES,
            ],
        )
        .await
    }
}
