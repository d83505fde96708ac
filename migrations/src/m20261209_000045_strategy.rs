//! strategy: the municipal programme for counteracting domestic violence
//! (`strategy_programmes`: title, the council's resolution, its years), its goals
//! (`strategy_goals`), the actions under each goal (`strategy_actions`) and the tasks of each
//! action (`strategy_tasks`: who is responsible, partners, dates, planned and spent budget in
//! grosze, status). Every table is tenant-owned, under row-level security; only tasks (and the
//! programme's version) change after they are written.

use sea_orm_migration::prelude::*;

use crate::sql::{
    self, big_integer_null, date, integer, text, text_null, timestamp, uuid, version,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

const PROGRAMMES: &str = "strategy_programmes";
const GOALS: &str = "strategy_goals";
const ACTIONS: &str = "strategy_actions";
const TASKS: &str = "strategy_tasks";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let programmes = Table::create()
            .table(PROGRAMMES)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(text("title"))
            .col(text("resolution_number"))
            .col(date("resolution_date"))
            .col(integer("first_year"))
            .col(integer("last_year"))
            .col(timestamp("created_at"))
            .col(timestamp("updated_at"))
            .col(version())
            .primary_key(&mut sql::primary_key(PROGRAMMES, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_key(PROGRAMMES))
            .to_owned();
        let goals = Table::create()
            .table(GOALS)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(uuid("programme_id"))
            .col(integer("position"))
            .col(text("title"))
            .col(timestamp("created_at"))
            .primary_key(&mut sql::primary_key(GOALS, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_reference(
                GOALS,
                "programme_id",
                PROGRAMMES,
            ))
            .to_owned();
        let actions = Table::create()
            .table(ACTIONS)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(uuid("goal_id"))
            .col(integer("position"))
            .col(text("title"))
            .col(timestamp("created_at"))
            .primary_key(&mut sql::primary_key(ACTIONS, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_reference(ACTIONS, "goal_id", GOALS))
            .to_owned();
        let tasks = Table::create()
            .table(TASKS)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(uuid("action_id"))
            .col(text("title"))
            .col(text("responsible"))
            .col(text_null("partners"))
            .col(date("starts_on"))
            .col(date("ends_on"))
            .col(big_integer_null("budget_planned"))
            .col(big_integer_null("budget_spent"))
            .col(text("status"))
            .col(timestamp("created_at"))
            .col(timestamp("updated_at"))
            .col(version())
            .primary_key(&mut sql::primary_key(TASKS, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_reference(TASKS, "action_id", ACTIONS))
            .to_owned();
        sql::create(
            manager,
            vec![programmes, goals, actions, tasks],
            vec![
                sql::index(
                    "strategy_goals_programme",
                    GOALS,
                    &["tenant_id", "programme_id"],
                ),
                sql::index("strategy_actions_goal", ACTIONS, &["tenant_id", "goal_id"]),
                sql::index("strategy_tasks_action", TASKS, &["tenant_id", "action_id"]),
            ],
        )
        .await?;
        sql::postgres_only(
            manager,
            &format!(
                "{}{}",
                sql::tenant_tables(&[GOALS, ACTIONS], "SELECT, INSERT"),
                sql::tenant_tables(&[PROGRAMMES, TASKS], "SELECT, INSERT, UPDATE"),
            ),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::drop(manager, &[TASKS, ACTIONS, GOALS, PROGRAMMES]).await
    }
}
