//! Inputs of the municipal programme, parsed into domain commands (`TryFrom`), each problem a
//! userError on its field.

use async_graphql::{InputObject, ID};
use kernel::date::Date;
use kernel::input::Errors;
use kernel::text::Text;
use kernel::{GlobalId, UserError};
use uuid::Uuid;

use super::objects::MunicipalProgrammeObject;
use crate::domain::{Money, MunicipalTaskStatus, NewProgramme, ProgrammeYears, TaskContent};
use crate::ids::{MUNICIPAL_PROGRAMME, PROGRAMME_ACTION, PROGRAMME_GOAL, PROGRAMME_TASK};

kernel::payload! {
    /// Result of a change to a municipal programme: the programme as it now is, with
    /// everything under it, or why the change was refused.
    MunicipalProgrammePayload { programme: MunicipalProgrammeObject }
}

/// Nowy gminny program.
#[derive(InputObject)]
pub struct CreateMunicipalProgrammeInput {
    pub title: String,
    /// The council's resolution adopting it, e.g. `XLII/512/2022`.
    pub resolution_number: String,
    pub resolution_date: Date,
    pub first_year: i32,
    pub last_year: i32,
}

/// A programme's title, resolution and years, each problem on its field.
fn programme(e: &mut Errors, input: &CreateMunicipalProgrammeInput) -> Option<NewProgramme> {
    let title = e.field("title", Text::<500>::parse(&input.title));
    let number = e.field(
        "resolutionNumber",
        Text::<100>::parse(&input.resolution_number),
    );
    if input.resolution_date.0 > kernel::calendar::today() {
        e.add(
            "resolutionDate",
            "IN_FUTURE",
            "the resolution's date cannot be in the future",
        );
    }
    let years = match ProgrammeYears::new(input.first_year, input.last_year) {
        Ok(years) => Some(years),
        Err(problems) => {
            for (field, code, message) in problems {
                e.add(field, code, message);
            }
            None
        }
    };
    Some(NewProgramme {
        title: title?.into_string(),
        resolution_number: number?.into_string(),
        resolution_date: input.resolution_date.0,
        years: years?,
    })
}

impl TryFrom<CreateMunicipalProgrammeInput> for NewProgramme {
    type Error = Vec<UserError>;

    fn try_from(input: CreateMunicipalProgrammeInput) -> Result<Self, Vec<UserError>> {
        let mut e = Errors::input();
        let new = programme(&mut e, &input);
        e.finish(|| new)
    }
}

/// Korekta programu: its title, resolution and years as they should be, at the version read.
/// Years that would leave a task or an indicator's year outside are refused.
#[derive(InputObject)]
pub struct UpdateMunicipalProgrammeInput {
    pub id: ID,
    pub version: i32,
    pub title: String,
    pub resolution_number: String,
    pub resolution_date: Date,
    pub first_year: i32,
    pub last_year: i32,
}

/// A programme's correction, parsed.
pub struct ProgrammeCorrection {
    pub id: Uuid,
    pub version: i32,
    pub content: NewProgramme,
}

impl TryFrom<UpdateMunicipalProgrammeInput> for ProgrammeCorrection {
    type Error = Vec<UserError>;

    fn try_from(input: UpdateMunicipalProgrammeInput) -> Result<Self, Vec<UserError>> {
        let mut e = Errors::input();
        let id = e.field("id", GlobalId::decode_as(&input.id, MUNICIPAL_PROGRAMME));
        let content = programme(
            &mut e,
            &CreateMunicipalProgrammeInput {
                title: input.title,
                resolution_number: input.resolution_number,
                resolution_date: input.resolution_date,
                first_year: input.first_year,
                last_year: input.last_year,
            },
        );
        e.finish(|| {
            Some(ProgrammeCorrection {
                id: id?,
                version: input.version,
                content: content?,
            })
        })
    }
}

/// Nowy cel programu.
#[derive(InputObject)]
pub struct AddMunicipalProgrammeGoalInput {
    pub programme_id: ID,
    pub title: String,
}

/// Nowe działanie w ramach celu.
#[derive(InputObject)]
pub struct AddMunicipalProgrammeActionInput {
    pub goal_id: ID,
    pub title: String,
}

/// A title under a parent: the parent's ID and the title, parsed.
pub struct Titled {
    pub parent: Uuid,
    pub title: String,
}

fn titled(
    id: &ID,
    field: &str,
    node: kernel::NodeType,
    title: &str,
) -> Result<Titled, Vec<UserError>> {
    let mut e = Errors::input();
    let parent = e.field(field, GlobalId::decode_as(id, node));
    let title = e.field("title", Text::<500>::parse(title));
    e.finish(|| {
        Some(Titled {
            parent: parent?,
            title: title?.into_string(),
        })
    })
}

impl TryFrom<AddMunicipalProgrammeGoalInput> for Titled {
    type Error = Vec<UserError>;

    fn try_from(input: AddMunicipalProgrammeGoalInput) -> Result<Self, Vec<UserError>> {
        titled(
            &input.programme_id,
            "programmeId",
            MUNICIPAL_PROGRAMME,
            &input.title,
        )
    }
}

impl TryFrom<AddMunicipalProgrammeActionInput> for Titled {
    type Error = Vec<UserError>;

    fn try_from(input: AddMunicipalProgrammeActionInput) -> Result<Self, Vec<UserError>> {
        titled(&input.goal_id, "goalId", PROGRAMME_GOAL, &input.title)
    }
}

/// Treść zadania — what a task is, who does it, when, for how much and how far it got.
#[derive(InputObject)]
pub struct MunicipalProgrammeTaskInput {
    pub title: String,
    /// The institution responsible for it.
    pub responsible: String,
    /// The institutions working with it.
    pub partners: Option<String>,
    pub starts_on: Date,
    pub ends_on: Date,
    /// In złoty: `12 345,67`, `12345.67`.
    pub planned_budget: Option<String>,
    /// Spent so far, as `plannedBudget`.
    pub spent_budget: Option<String>,
    /// Required: a change never resets how far a task got.
    pub status: MunicipalTaskStatus,
}

/// Nowe zadanie w ramach działania.
#[derive(InputObject)]
pub struct AddMunicipalProgrammeTaskInput {
    pub action_id: ID,
    pub task: MunicipalProgrammeTaskInput,
}

/// Zmiana zadania: its content as it should now be, at the version read (partners or an
/// amount left out are cleared).
#[derive(InputObject)]
pub struct UpdateMunicipalProgrammeTaskInput {
    pub id: ID,
    pub version: i32,
    pub task: MunicipalProgrammeTaskInput,
}

fn content(e: &mut Errors, input: &MunicipalProgrammeTaskInput) -> Option<TaskContent> {
    e.nested(&["task"], |e| {
        let title = e.field("title", Text::<500>::parse(&input.title));
        let responsible = e.field("responsible", Text::<300>::parse(&input.responsible));
        let partners = match input.partners.as_deref().map(str::trim) {
            None | Some("") => Some(None),
            Some(p) => e
                .field("partners", Text::<1000>::parse(p))
                .map(|t| Some(t.into_string())),
        };
        let mut amount = |field: &str, raw: &Option<String>| match raw.as_deref().map(str::trim) {
            None | Some("") => Some(None),
            Some(raw) => e.field(field, Money::parse(raw)).map(Some),
        };
        let planned = amount("plannedBudget", &input.planned_budget);
        let spent = amount("spentBudget", &input.spent_budget);
        if input.ends_on.0 < input.starts_on.0 {
            e.add(
                "endsOn",
                "ENDS_BEFORE_STARTS",
                "a task cannot end before it starts",
            );
            return None;
        }
        Some(TaskContent {
            title: title?.into_string(),
            responsible: responsible?.into_string(),
            partners: partners?,
            starts_on: input.starts_on.0,
            ends_on: input.ends_on.0,
            planned: planned?,
            spent: spent?,
            status: input.status,
        })
    })
}

/// A task to add, parsed: the action and the content.
pub struct NewTask {
    pub action: Uuid,
    pub content: TaskContent,
}

impl TryFrom<AddMunicipalProgrammeTaskInput> for NewTask {
    type Error = Vec<UserError>;

    fn try_from(input: AddMunicipalProgrammeTaskInput) -> Result<Self, Vec<UserError>> {
        let mut e = Errors::input();
        let action = e.field(
            "actionId",
            GlobalId::decode_as(&input.action_id, PROGRAMME_ACTION),
        );
        let content = content(&mut e, &input.task);
        e.finish(|| {
            Some(NewTask {
                action: action?,
                content: content?,
            })
        })
    }
}

/// A task's change, parsed.
pub struct TaskChange {
    pub id: Uuid,
    pub version: i32,
    pub content: TaskContent,
}

impl TryFrom<UpdateMunicipalProgrammeTaskInput> for TaskChange {
    type Error = Vec<UserError>;

    fn try_from(input: UpdateMunicipalProgrammeTaskInput) -> Result<Self, Vec<UserError>> {
        let mut e = Errors::input();
        let id = e.field("id", GlobalId::decode_as(&input.id, PROGRAMME_TASK));
        let content = content(&mut e, &input.task);
        e.finish(|| {
            Some(TaskChange {
                id: id?,
                version: input.version,
                content: content?,
            })
        })
    }
}
