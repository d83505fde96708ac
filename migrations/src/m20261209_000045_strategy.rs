//! strategy: the municipal programme for counteracting domestic violence
//! (`strategy_programmes`: title, the council's resolution, its years), its goals
//! (`strategy_goals`), the actions under each goal (`strategy_actions`) and the tasks of each
//! action (`strategy_tasks`: who is responsible, partners, dates, planned and spent budget in
//! grosze, status), and the programme's indicators (`strategy_indicators`: of the programme or
//! of one goal, a name and a unit, computed from a declared statistic or entered by hand with
//! its source, a baseline) with their targets and, when entered by hand, their values per year
//! (`strategy_indicator_years`). Every table is tenant-owned, under row-level security; only
//! tasks (and the programme's version) and an indicator's years change after they are written.

use sea_orm_migration::prelude::*;

use crate::sql::{
    self, big_integer_null, date, double_null, integer, text, text_null, timestamp, uuid,
    uuid_null, version,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

const PROGRAMMES: &str = "strategy_programmes";
const GOALS: &str = "strategy_goals";
const ACTIONS: &str = "strategy_actions";
const TASKS: &str = "strategy_tasks";
const INDICATORS: &str = "strategy_indicators";
const YEARS: &str = "strategy_indicator_years";

/// What the use cases check, held by PostgreSQL too.
const CHECKS: &str = "
ALTER TABLE strategy_programmes ADD CONSTRAINT strategy_programmes_years
    CHECK (first_year <= last_year AND last_year - first_year < 10);
ALTER TABLE strategy_tasks ADD CONSTRAINT strategy_tasks_dates CHECK (starts_on <= ends_on);
ALTER TABLE strategy_tasks ADD CONSTRAINT strategy_tasks_budget
    CHECK (coalesce(budget_planned, 0) >= 0 AND coalesce(budget_spent, 0) >= 0);
";

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
        let indicators = Table::create()
            .table(INDICATORS)
            .col(uuid("tenant_id"))
            .col(uuid("id"))
            .col(uuid("programme_id"))
            .col(uuid_null("goal_id"))
            .col(text("name"))
            .col(text("unit"))
            .col(text_null("statistic"))
            .col(text_null("statistic_dimension"))
            .col(text_null("statistic_value"))
            .col(text_null("source"))
            .col(double_null("baseline"))
            .col(timestamp("created_at"))
            .primary_key(&mut sql::primary_key(INDICATORS, &["tenant_id", "id"]))
            .foreign_key(&mut sql::tenant_reference(
                INDICATORS,
                "programme_id",
                PROGRAMMES,
            ))
            .foreign_key(&mut sql::tenant_reference(INDICATORS, "goal_id", GOALS))
            .to_owned();
        let years = Table::create()
            .table(YEARS)
            .col(uuid("tenant_id"))
            .col(uuid("indicator_id"))
            .col(integer("year"))
            .col(double_null("target"))
            .col(double_null("actual"))
            .primary_key(&mut sql::primary_key(
                YEARS,
                &["tenant_id", "indicator_id", "year"],
            ))
            .foreign_key(&mut sql::tenant_reference(
                YEARS,
                "indicator_id",
                INDICATORS,
            ))
            .to_owned();
        sql::create(
            manager,
            vec![programmes, goals, actions, tasks, indicators, years],
            vec![
                sql::index(
                    "strategy_goals_programme",
                    GOALS,
                    &["tenant_id", "programme_id"],
                ),
                sql::index("strategy_actions_goal", ACTIONS, &["tenant_id", "goal_id"]),
                sql::index("strategy_tasks_action", TASKS, &["tenant_id", "action_id"]),
                sql::index(
                    "strategy_indicators_programme",
                    INDICATORS,
                    &["tenant_id", "programme_id"],
                ),
            ],
        )
        .await?;
        sql::postgres_only(
            manager,
            &format!(
                "{}{}{}{}{CHECKS}",
                sql::tenant_tables(&[GOALS, ACTIONS, INDICATORS], "SELECT, INSERT"),
                sql::tenant_tables(&[PROGRAMMES], "SELECT, INSERT, UPDATE (title, resolution_number, resolution_date, first_year, last_year, updated_at, version)"),
                sql::tenant_tables(&[TASKS], "SELECT, INSERT, UPDATE (title, responsible, partners, starts_on, ends_on, budget_planned, budget_spent, status, updated_at, version)"),
                sql::tenant_tables(&[YEARS], "SELECT, INSERT, UPDATE (actual)"),
            ),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::drop(
            manager,
            &[YEARS, INDICATORS, TASKS, ACTIONS, GOALS, PROGRAMMES],
        )
        .await
    }
}
