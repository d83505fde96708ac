//! What the API shows of the municipal programme: a programme with its goals, their actions and
//! the actions' tasks, numbered as the resolution numbers them (1, 1.2, 1.2.3). One answer's
//! programmes are read once ([`crate::Plans`]) and each object looks into that read.

use std::sync::Arc;

use async_graphql::{Context, Object, ID};
use documents::DocumentFile;
use kernel::date::Date;

use super::indicators::{Counted, IndicatorObject};
use super::report::ReportFormat;
use crate::domain::MunicipalTaskStatus;
use crate::ids::{action_gid, goal_gid, programme_gid, task_gid};
use crate::{Action, Goal, IndicatorYear, MunicipalProgramme, Plans, ProgrammeIndicator, Task};

/// The programmes of one answer, their indicators, and whether the reader may change them.
pub struct Read {
    pub plans: Plans,
    pub indicators: Vec<ProgrammeIndicator>,
    pub indicator_years: Vec<IndicatorYear>,
    pub may_edit: bool,
    pub counted: Arc<Counted>,
}

/// Gminny program przeciwdziałania przemocy domowej.
#[derive(Clone)]
pub struct MunicipalProgrammeObject {
    read: Arc<Read>,
    index: usize,
}

impl MunicipalProgrammeObject {
    /// Every programme of `read`, in its order.
    pub fn all(read: Read) -> Vec<MunicipalProgrammeObject> {
        let read = Arc::new(read);
        (0..read.plans.programmes.len())
            .map(|index| MunicipalProgrammeObject {
                read: read.clone(),
                index,
            })
            .collect()
    }

    fn p(&self) -> &MunicipalProgramme {
        &self.read.plans.programmes[self.index]
    }

    pub fn uuid(&self) -> uuid::Uuid {
        self.p().id
    }
}

/// Gminny program przeciwdziałania przemocy domowej — the council's programme with its goals,
/// actions, tasks and indicators.
#[Object(name = "MunicipalProgramme")]
impl MunicipalProgrammeObject {
    pub async fn id(&self) -> ID {
        ID(programme_gid(self.p().id))
    }
    async fn title(&self) -> &str {
        &self.p().title
    }
    /// The council's resolution adopting it, e.g. `XLII/512/2022`.
    async fn resolution_number(&self) -> &str {
        &self.p().resolution_number
    }
    async fn resolution_date(&self) -> Date {
        Date(self.p().resolution_date)
    }
    async fn first_year(&self) -> i32 {
        self.p().years.first()
    }
    async fn last_year(&self) -> i32 {
        self.p().years.last()
    }
    /// Its goals, in the resolution's order.
    async fn goals(&self) -> Vec<GoalObject> {
        let id = self.p().id;
        self.read
            .plans
            .goals
            .iter()
            .filter(|g| g.programme_id == id)
            .enumerate()
            .map(|(i, goal)| GoalObject {
                read: self.read.clone(),
                goal: goal.clone(),
                number: (i + 1).to_string(),
            })
            .collect()
    }
    /// Its indicators in the order they were added, the whole programme's and its goals'.
    async fn indicators(&self) -> Vec<IndicatorObject> {
        let p = self.p();
        let goals: Vec<&Goal> = self
            .read
            .plans
            .goals
            .iter()
            .filter(|g| g.programme_id == p.id)
            .collect();
        self.read
            .indicators
            .iter()
            .filter(|i| i.programme_id == p.id)
            .map(|i| IndicatorObject {
                indicator: i.clone(),
                years: self
                    .read
                    .indicator_years
                    .iter()
                    .filter(|y| y.indicator_id == i.id)
                    .copied()
                    .collect(),
                programme_years: p.years,
                goal_number: i.goal_id.and_then(|g| {
                    goals
                        .iter()
                        .position(|x| x.id == g)
                        .map(|n| (n + 1).to_string())
                }),
                counted: self.read.counted.clone(),
            })
            .collect()
    }
    /// Sprawozdanie z realizacji programu za rok — for the council and the voivode: every task
    /// carried out in `year` with its institution, dates, budget and status, and every
    /// indicator's value against its target for the year, in Polish, as a PDF or an XLSX
    /// workbook. A year of the programme that has begun (BAD_USER_INPUT otherwise); the current
    /// one as of today. Every staff member who reads the programme; recorded in the audit trail.
    async fn yearly_report(
        &self,
        ctx: &Context<'_>,
        year: i32,
        format: ReportFormat,
    ) -> async_graphql::Result<DocumentFile> {
        let read = super::report::Read {
            plans: &self.read.plans,
            indicators: &self.read.indicators,
            indicator_years: &self.read.indicator_years,
            counted: &self.read.counted,
        };
        super::report::yearly_report(ctx, read, self.p(), year, format).await
    }
    /// Whether the reader may change it (the administrator and the team's chair).
    async fn viewer_may_edit(&self) -> bool {
        self.read.may_edit
    }
    async fn version(&self) -> i32 {
        self.p().version
    }
}

/// Cel programu.
pub struct GoalObject {
    read: Arc<Read>,
    goal: Goal,
    number: String,
}

/// Cel programu — with the actions that pursue it.
#[Object(name = "MunicipalProgrammeGoal")]
impl GoalObject {
    async fn id(&self) -> ID {
        ID(goal_gid(self.goal.id))
    }
    /// Its number in the programme: `1`, `2`, …
    async fn number(&self) -> &str {
        &self.number
    }
    async fn title(&self) -> &str {
        &self.goal.title
    }
    async fn actions(&self) -> Vec<ActionObject> {
        let id = self.goal.id;
        self.read
            .plans
            .actions
            .iter()
            .filter(|a| a.goal_id == id)
            .enumerate()
            .map(|(i, action)| ActionObject {
                read: self.read.clone(),
                action: action.clone(),
                number: format!("{}.{}", self.number, i + 1),
            })
            .collect()
    }
}

/// Działanie.
pub struct ActionObject {
    read: Arc<Read>,
    action: Action,
    number: String,
}

/// Działanie — under a goal, with its tasks.
#[Object(name = "MunicipalProgrammeAction")]
impl ActionObject {
    async fn id(&self) -> ID {
        ID(action_gid(self.action.id))
    }
    /// `1.2`: the goal's number and its own.
    async fn number(&self) -> &str {
        &self.number
    }
    async fn title(&self) -> &str {
        &self.action.title
    }
    /// Its tasks, the earliest first.
    async fn tasks(&self) -> Vec<TaskObject> {
        let id = self.action.id;
        self.read
            .plans
            .tasks
            .iter()
            .filter(|t| t.action_id == id)
            .enumerate()
            .map(|(i, task)| TaskObject {
                task: task.clone(),
                number: format!("{}.{}", self.number, i + 1),
            })
            .collect()
    }
}

/// Zadanie.
pub struct TaskObject {
    task: Task,
    number: String,
}

/// Zadanie — who carries it out, when, for how much and how far it got.
#[Object(name = "MunicipalProgrammeTask")]
impl TaskObject {
    async fn id(&self) -> ID {
        ID(task_gid(self.task.id))
    }
    /// `1.2.3`: the action's number and its own.
    async fn number(&self) -> &str {
        &self.number
    }
    async fn title(&self) -> &str {
        &self.task.title
    }
    /// The institution responsible for it.
    async fn responsible(&self) -> &str {
        &self.task.responsible
    }
    /// The institutions working with it.
    async fn partners(&self) -> Option<&str> {
        self.task.partners.as_deref()
    }
    async fn starts_on(&self) -> Date {
        Date(self.task.starts_on)
    }
    async fn ends_on(&self) -> Date {
        Date(self.task.ends_on)
    }
    /// The budget planned, in złoty with a point before the grosze: `12345.67`.
    async fn planned_budget(&self) -> Option<String> {
        self.task.planned.map(|m| m.to_string())
    }
    /// The budget spent so far, as `plannedBudget`.
    async fn spent_budget(&self) -> Option<String> {
        self.task.spent.map(|m| m.to_string())
    }
    async fn status(&self) -> MunicipalTaskStatus {
        self.task.status
    }
    async fn version(&self) -> i32 {
        self.task.version
    }
}
