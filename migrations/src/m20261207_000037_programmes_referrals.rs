//! programmes: an enrolment made from a programme referral of a card's action plan (NK-D)
//! names the plan item and the card's person it was made for, so that its progress moves the
//! item and the card's diagnostic group sees what became of it. A referral is acted on by at
//! most one enrolment at a time (waiting or enrolled). Null for direct enrolments.

use sea_orm_migration::prelude::*;

use crate::sql;

#[derive(DeriveMigrationName)]
pub struct Migration;

const ENROLMENTS: &str = "programmes_enrolments";
const ACTIVE_REFERRAL: &str = "programmes_enrolments_active_referral";
const REFERRAL: &str = "programmes_enrolments_referral";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in ["plan_item_id", "card_person_id"] {
            manager
                .alter_table(
                    Table::alter()
                        .table(ENROLMENTS)
                        .add_column(sql::uuid_null(column))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                sql::index(ACTIVE_REFERRAL, ENROLMENTS, &["tenant_id", "plan_item_id"])
                    .unique()
                    .and_where(Expr::col("plan_item_id").is_not_null())
                    .and_where(Expr::col("status").is_in(["waiting", "enrolled"]))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(sql::index(
                REFERRAL,
                ENROLMENTS,
                &["tenant_id", "plan_item_id"],
            ))
            .await?;
        // SQLite cannot add a constraint to an existing table; PostgreSQL holds both references.
        sql::postgres_only(
            manager,
            "ALTER TABLE programmes_enrolments \
               ADD CONSTRAINT programmes_enrolments_tenant_id_plan_item_id_fkey \
               FOREIGN KEY (tenant_id, plan_item_id) REFERENCES cases_plan_items (tenant_id, id), \
               ADD CONSTRAINT programmes_enrolments_tenant_id_card_person_id_fkey \
               FOREIGN KEY (tenant_id, card_person_id) REFERENCES cases_persons (tenant_id, id);",
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name(ACTIVE_REFERRAL)
                    .table(ENROLMENTS)
                    .to_owned(),
            )
            .await?;
        sql::postgres_only(
            manager,
            "ALTER TABLE programmes_enrolments \
               DROP CONSTRAINT programmes_enrolments_tenant_id_plan_item_id_fkey, \
               DROP CONSTRAINT programmes_enrolments_tenant_id_card_person_id_fkey;",
        )
        .await?;
        for column in ["card_person_id", "plan_item_id"] {
            manager
                .alter_table(
                    Table::alter()
                        .table(ENROLMENTS)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
