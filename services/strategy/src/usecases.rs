//! Use cases of the municipal programme: describing it, adding goals, actions and tasks, and
//! recording how a task is going. Reading needs a staff member of the municipality; changing,
//! its administrator or the team's chair (FORBIDDEN for anyone else, whatever they send). An
//! ID of another municipality, or of nothing, is NOT_FOUND. A refusal writes nothing.

use chrono::Utc;
use kernel::{Error, Result, TenantTx, UserError};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, PaginatorTrait, QueryFilter, QueryOrder, Set};
use uuid::Uuid;

use crate::domain::{Money, NewProgramme, ProgrammeYears, TaskContent};
use crate::store::{action, goal, programme, task};
use crate::{Action, Goal, MunicipalProgramme, StrategyAccess, Task};

pub type Outcome<T> = Result<std::result::Result<T, Vec<UserError>>>;

/// Refuses anyone but the administrator and the team's chair.
pub fn editor_only(reader: StrategyAccess) -> Result<()> {
    if reader.may_edit() {
        Ok(())
    } else {
        Err(Error::Forbidden(
            "only the municipality's administrator and the team's chair change the municipal programme"
                .to_owned(),
        ))
    }
}

fn programme_from(m: programme::Model) -> Result<MunicipalProgramme> {
    let years = ProgrammeYears::new(m.first_year, m.last_year)
        .map_err(|_| Error::internal("a stored programme with years out of order"))?;
    Ok(MunicipalProgramme {
        id: m.id,
        title: m.title,
        resolution_number: m.resolution_number,
        resolution_date: m.resolution_date,
        years,
        created_at: m.created_at,
        version: m.version,
    })
}

fn money(grosze: Option<i64>) -> Result<Option<Money>> {
    grosze
        .map(|g| {
            Money::from_grosze(g).ok_or_else(|| Error::internal("a stored amount out of range"))
        })
        .transpose()
}

fn task_from(m: task::Model) -> Result<Task> {
    Ok(Task {
        id: m.id,
        action_id: m.action_id,
        title: m.title,
        responsible: m.responsible,
        partners: m.partners,
        starts_on: m.starts_on,
        ends_on: m.ends_on,
        planned: money(m.budget_planned)?,
        spent: money(m.budget_spent)?,
        status: m.status,
        version: m.version,
    })
}

/// Describes a new programme.
pub async fn create_programme(
    tx: &TenantTx,
    reader: StrategyAccess,
    new: NewProgramme,
) -> Result<MunicipalProgramme> {
    editor_only(reader)?;
    let now = Utc::now();
    let conn = tx.conn().await?;
    let m = programme::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(Uuid::now_v7()),
        title: Set(new.title),
        resolution_number: Set(new.resolution_number),
        resolution_date: Set(new.resolution_date),
        first_year: Set(new.years.first()),
        last_year: Set(new.years.last()),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
    }
    .insert(&*conn)
    .await?;
    tx.touch(crate::ids::programme_gid(m.id));
    programme_from(m)
}

/// Corrects a programme's title, resolution and years at the version read (CONFLICT when
/// someone changed it first). New years must still hold every task's days
/// (`TASKS_OUTSIDE`) and every year an indicator has a target or value for
/// (`INDICATORS_OUTSIDE`), both on the year that would leave them out. The programme's ID.
pub async fn update_programme(
    tx: &TenantTx,
    reader: StrategyAccess,
    id: Uuid,
    version: i32,
    content: NewProgramme,
) -> Outcome<Uuid> {
    editor_only(reader)?;
    let found = get_programme(tx, id).await?;
    let conflict = || {
        Error::Conflict(
            "this programme was changed by someone else; reload and try again".to_owned(),
        )
    };
    if found.version != version {
        return Err(conflict());
    }
    let years = content.years;
    let tasks = plans(tx, Some(&[id][..])).await?.tasks;
    let (_, indicator_years) = crate::indicators_of(tx, &[id]).await?;
    let mut problems = Vec::new();
    let field_left_out = |year: i32| {
        if year < years.first() {
            "firstYear"
        } else {
            "lastYear"
        }
    };
    if let Some(t) = tasks
        .iter()
        .find(|t| !years.contains(t.starts_on) || !years.contains(t.ends_on))
    {
        use chrono::Datelike;
        let year = if years.contains(t.starts_on) {
            t.ends_on.year()
        } else {
            t.starts_on.year()
        };
        problems.push(UserError::new(
            &["input", field_left_out(year)],
            "TASKS_OUTSIDE",
            format!("the task {} runs in {year}", t.title),
        ));
    }
    if let Some(y) = indicator_years
        .iter()
        .find(|y| !(years.first()..=years.last()).contains(&y.year))
    {
        problems.push(UserError::new(
            &["input", field_left_out(y.year)],
            "INDICATORS_OUTSIDE",
            format!("an indicator has a target or value for {}", y.year),
        ));
    }
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    let conn = tx.conn().await?;
    let changed = tx
        .update_many::<programme::Entity>()
        .col_expr(programme::Column::Title, Expr::value(content.title))
        .col_expr(
            programme::Column::ResolutionNumber,
            Expr::value(content.resolution_number),
        )
        .col_expr(
            programme::Column::ResolutionDate,
            Expr::value(content.resolution_date),
        )
        .col_expr(programme::Column::FirstYear, Expr::value(years.first()))
        .col_expr(programme::Column::LastYear, Expr::value(years.last()))
        .col_expr(programme::Column::UpdatedAt, Expr::value(Utc::now()))
        .col_expr(programme::Column::Version, Expr::value(version + 1))
        .filter(programme::Column::Id.eq(id))
        .filter(programme::Column::Version.eq(version))
        .exec(&*conn)
        .await?;
    if changed.rows_affected == 0 {
        return Err(conflict());
    }
    tx.touch(crate::ids::programme_gid(id));
    Ok(Ok(id))
}

async fn get_programme(tx: &TenantTx, id: Uuid) -> Result<MunicipalProgramme> {
    let conn = tx.conn().await?;
    let found = tx
        .select_by_id::<programme::Entity>(id)
        .one(&*conn)
        .await?
        .ok_or(Error::NotFound)?;
    programme_from(found)
}

async fn get_goal(tx: &TenantTx, id: Uuid) -> Result<goal::Model> {
    let conn = tx.conn().await?;
    tx.select_by_id::<goal::Entity>(id)
        .one(&*conn)
        .await?
        .ok_or(Error::NotFound)
}

async fn get_action(tx: &TenantTx, id: Uuid) -> Result<action::Model> {
    let conn = tx.conn().await?;
    tx.select_by_id::<action::Entity>(id)
        .one(&*conn)
        .await?
        .ok_or(Error::NotFound)
}

/// Adds a goal at the end of the programme's goals; the programme's ID.
pub async fn add_goal(
    tx: &TenantTx,
    reader: StrategyAccess,
    programme_id: Uuid,
    title: String,
) -> Result<Uuid> {
    editor_only(reader)?;
    let found = get_programme(tx, programme_id).await?;
    let conn = tx.conn().await?;
    let before = tx
        .select::<goal::Entity>()
        .filter(goal::Column::ProgrammeId.eq(found.id))
        .count(&*conn)
        .await?;
    goal::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(Uuid::now_v7()),
        programme_id: Set(found.id),
        position: Set(i32::try_from(before + 1).unwrap_or(i32::MAX)),
        title: Set(title),
        created_at: Set(Utc::now()),
    }
    .insert(&*conn)
    .await?;
    tx.touch(crate::ids::programme_gid(found.id));
    Ok(found.id)
}

/// Adds an action at the end of a goal's actions; the programme's ID.
pub async fn add_action(
    tx: &TenantTx,
    reader: StrategyAccess,
    goal_id: Uuid,
    title: String,
) -> Result<Uuid> {
    editor_only(reader)?;
    let goal = get_goal(tx, goal_id).await?;
    let conn = tx.conn().await?;
    let before = tx
        .select::<action::Entity>()
        .filter(action::Column::GoalId.eq(goal.id))
        .count(&*conn)
        .await?;
    action::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(Uuid::now_v7()),
        goal_id: Set(goal.id),
        position: Set(i32::try_from(before + 1).unwrap_or(i32::MAX)),
        title: Set(title),
        created_at: Set(Utc::now()),
    }
    .insert(&*conn)
    .await?;
    tx.touch(crate::ids::goal_gid(goal.id));
    Ok(goal.programme_id)
}

/// The programme an action belongs to.
async fn programme_of_action(tx: &TenantTx, action_id: Uuid) -> Result<MunicipalProgramme> {
    let action = get_action(tx, action_id).await?;
    let goal = get_goal(tx, action.goal_id).await?;
    get_programme(tx, goal.programme_id).await
}

/// A task's days outside the programme's years, each on its field.
fn outside(years: ProgrammeYears, content: &TaskContent) -> Vec<UserError> {
    [("startsOn", content.starts_on), ("endsOn", content.ends_on)]
        .into_iter()
        .filter(|(_, day)| !years.contains(*day))
        .map(|(field, _)| {
            UserError::new(
                &["input", "task", field],
                "OUTSIDE_PROGRAMME",
                format!(
                    "the programme covers the years {}–{}",
                    years.first(),
                    years.last()
                ),
            )
        })
        .collect()
}

/// Adds a task to an action, within the programme's years; the programme's ID.
pub async fn add_task(
    tx: &TenantTx,
    reader: StrategyAccess,
    action_id: Uuid,
    content: TaskContent,
) -> Outcome<Uuid> {
    editor_only(reader)?;
    let programme = programme_of_action(tx, action_id).await?;
    let problems = outside(programme.years, &content);
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    let now = Utc::now();
    let conn = tx.conn().await?;
    task::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(Uuid::now_v7()),
        action_id: Set(action_id),
        title: Set(content.title),
        responsible: Set(content.responsible),
        partners: Set(content.partners),
        starts_on: Set(content.starts_on),
        ends_on: Set(content.ends_on),
        budget_planned: Set(content.planned.map(Money::grosze)),
        budget_spent: Set(content.spent.map(Money::grosze)),
        status: Set(content.status),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
    }
    .insert(&*conn)
    .await?;
    tx.touch(crate::ids::action_gid(action_id));
    Ok(Ok(programme.id))
}

/// Replaces a task's content at the version read (CONFLICT when someone changed it first):
/// what is left out (partners, an amount) is cleared. The programme's ID.
pub async fn update_task(
    tx: &TenantTx,
    reader: StrategyAccess,
    id: Uuid,
    version: i32,
    content: TaskContent,
) -> Outcome<Uuid> {
    editor_only(reader)?;
    let found = {
        let conn = tx.conn().await?;
        tx.select_by_id::<task::Entity>(id)
            .one(&*conn)
            .await?
            .ok_or(Error::NotFound)?
    };
    let programme = programme_of_action(tx, found.action_id).await?;
    if found.version != version {
        return Err(Error::Conflict(
            "this task was changed by someone else; reload and try again".to_owned(),
        ));
    }
    let problems = outside(programme.years, &content);
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    let conn = tx.conn().await?;
    let changed = tx
        .update_many::<task::Entity>()
        .col_expr(task::Column::Title, Expr::value(content.title))
        .col_expr(task::Column::Responsible, Expr::value(content.responsible))
        .col_expr(task::Column::Partners, Expr::value(content.partners))
        .col_expr(task::Column::StartsOn, Expr::value(content.starts_on))
        .col_expr(task::Column::EndsOn, Expr::value(content.ends_on))
        .col_expr(
            task::Column::BudgetPlanned,
            Expr::value(content.planned.map(Money::grosze)),
        )
        .col_expr(
            task::Column::BudgetSpent,
            Expr::value(content.spent.map(Money::grosze)),
        )
        .col_expr(task::Column::Status, Expr::value(content.status))
        .col_expr(task::Column::UpdatedAt, Expr::value(Utc::now()))
        .col_expr(task::Column::Version, Expr::value(version + 1))
        .filter(task::Column::Id.eq(id))
        .filter(task::Column::Version.eq(version))
        .exec(&*conn)
        .await?;
    if changed.rows_affected == 0 {
        return Err(Error::Conflict(
            "this task was changed by someone else; reload and try again".to_owned(),
        ));
    }
    tx.touch(crate::ids::task_gid(id));
    Ok(Ok(programme.id))
}

/// Programmes with everything under them, read in four statements however large they are.
#[derive(Clone, Debug, Default)]
pub struct Plans {
    pub programmes: Vec<MunicipalProgramme>,
    pub goals: Vec<Goal>,
    pub actions: Vec<Action>,
    pub tasks: Vec<Task>,
}

/// The municipality's programmes (those among `ids`, when given), the latest first, with
/// their goals, actions and tasks in order.
pub async fn plans(tx: &TenantTx, ids: Option<&[Uuid]>) -> Result<Plans> {
    let conn = tx.conn().await?;
    let mut query = tx.select::<programme::Entity>();
    if let Some(ids) = ids {
        query = query.filter(programme::Column::Id.is_in(ids.iter().copied()));
    }
    let programmes = query
        .order_by_desc(programme::Column::FirstYear)
        .order_by_desc(programme::Column::Id)
        .all(&*conn)
        .await?
        .into_iter()
        .map(programme_from)
        .collect::<Result<Vec<_>>>()?;
    if programmes.is_empty() {
        return Ok(Plans::default());
    }
    let goals: Vec<Goal> = tx
        .select::<goal::Entity>()
        .filter(goal::Column::ProgrammeId.is_in(programmes.iter().map(|p| p.id)))
        .order_by_asc(goal::Column::Position)
        .order_by_asc(goal::Column::Id)
        .all(&*conn)
        .await?
        .into_iter()
        .map(|m| Goal {
            id: m.id,
            programme_id: m.programme_id,
            position: m.position,
            title: m.title,
        })
        .collect();
    let actions: Vec<Action> = if goals.is_empty() {
        Vec::new()
    } else {
        tx.select::<action::Entity>()
            .filter(action::Column::GoalId.is_in(goals.iter().map(|g| g.id)))
            .order_by_asc(action::Column::Position)
            .order_by_asc(action::Column::Id)
            .all(&*conn)
            .await?
            .into_iter()
            .map(|m| Action {
                id: m.id,
                goal_id: m.goal_id,
                position: m.position,
                title: m.title,
            })
            .collect()
    };
    let tasks = if actions.is_empty() {
        Vec::new()
    } else {
        tx.select::<task::Entity>()
            .filter(task::Column::ActionId.is_in(actions.iter().map(|a| a.id)))
            .order_by_asc(task::Column::StartsOn)
            .order_by_asc(task::Column::Id)
            .all(&*conn)
            .await?
            .into_iter()
            .map(task_from)
            .collect::<Result<Vec<_>>>()?
    };
    Ok(Plans {
        programmes,
        goals,
        actions,
        tasks,
    })
}

/// The municipality's own tasks among `ids`, for another service that links to them (a task
/// of another municipality, or of none, is not among them).
pub async fn tasks_by_id(tx: &TenantTx, ids: &[Uuid]) -> Result<Vec<Task>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let conn = tx.conn().await?;
    tx.select::<task::Entity>()
        .filter(task::Column::Id.is_in(ids.iter().copied()))
        .order_by_asc(task::Column::StartsOn)
        .order_by_asc(task::Column::Id)
        .all(&*conn)
        .await?
        .into_iter()
        .map(task_from)
        .collect()
}
