//! The municipal programme over GraphQL: `municipalProgrammes` and `node(id:)` for every staff
//! member of the municipality; the mutations for its administrator and the team's chair, each
//! answering the programme as it now is.

mod events;
mod indicators;
mod inputs;
mod objects;
mod report;
mod standards;

pub use events::*;
pub use indicators::*;
pub use inputs::*;
pub use objects::*;
pub use report::ReportFormat;
pub use standards::*;

use async_graphql::{Context, Object};
use kernel::input::Payload;
use kernel::request::ContextExt;
use kernel::{TenantTx, UserError};
use uuid::Uuid;

use crate::domain::NewProgramme;
use crate::StrategyAccess;

/// The reader: staff of a municipality only (anonymous: UNAUTHENTICATED; coordinators and
/// operators: FORBIDDEN).
fn reader(ctx: &Context<'_>) -> kernel::Result<StrategyAccess> {
    Ok(crate::reader(ctx.request()?.principal.require_staff()?))
}

async fn read(
    tx: &TenantTx,
    reader: StrategyAccess,
    ids: Option<&[Uuid]>,
) -> kernel::Result<Vec<MunicipalProgrammeObject>> {
    let plans = crate::plans(tx, ids).await?;
    let programmes: Vec<Uuid> = plans.programmes.iter().map(|p| p.id).collect();
    let (indicators, indicator_years) = crate::indicators_of(tx, &programmes).await?;
    Ok(MunicipalProgrammeObject::all(Read {
        plans,
        indicators,
        indicator_years,
        may_edit: reader.may_edit(),
        counted: Default::default(),
    }))
}

/// The municipality's programmes among `ids`, for any staff member; nothing for anyone else
/// (as for IDs that do not exist).
pub async fn load_programmes(
    ctx: &Context<'_>,
    ids: &[Uuid],
) -> kernel::Result<Vec<MunicipalProgrammeObject>> {
    let req = ctx.request()?;
    let Some(staff) = req.principal.staff() else {
        return Ok(Vec::new());
    };
    read(req.tenant_tx().await?, crate::reader(staff), Some(ids)).await
}

/// The programme `id` as it now is, for a mutation's answer.
async fn answer(
    tx: &TenantTx,
    reader: StrategyAccess,
    id: Uuid,
) -> async_graphql::Result<MunicipalProgrammePayload> {
    let found = read(tx, reader, Some(&[id][..]))
        .await?
        .pop()
        .ok_or_else(|| {
            kernel::Error::internal("a municipal programme vanished after its change")
        })?;
    Ok(MunicipalProgrammePayload::done(found))
}

#[derive(Default)]
pub struct StrategyQuery;

#[Object]
impl StrategyQuery {
    /// Gminne programy przeciwdziałania przemocy domowej — the municipality's programmes, the
    /// latest first, with their goals, actions and tasks. Every staff member of the
    /// municipality.
    async fn municipal_programmes(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<MunicipalProgrammeObject>> {
        let reader = reader(ctx)?;
        Ok(read(ctx.request()?.tenant_tx().await?, reader, None).await?)
    }

    /// Statystyki, z których można liczyć wskaźniki — the statistics Ostoja counts for a
    /// municipality (their keys, names and dimensions), for an indicator's `computedFrom`. The
    /// same for every municipality; staff only.
    async fn countable_statistics(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<CountableStatistic>> {
        reader(ctx)?;
        Ok(ctx
            .data::<stats::local::Sources>()?
            .indicators()
            .into_iter()
            .map(|i| CountableStatistic {
                key: i.key.to_owned(),
                label: i.label.to_owned(),
                dimensions: i.dimensions.iter().map(|d| (*d).to_owned()).collect(),
            })
            .collect())
    }
}

/// Statystyka liczona przez Ostoję.
#[derive(async_graphql::SimpleObject)]
pub struct CountableStatistic {
    pub key: String,
    pub label: String,
    pub dimensions: Vec<String>,
}

/// The editor and the parsed input, or the payload refusing the input. The permission is
/// checked first: anyone else gets FORBIDDEN whatever they send.
fn editing<I, T>(
    ctx: &Context<'_>,
    input: I,
) -> kernel::Result<Result<(StrategyAccess, T), MunicipalProgrammePayload>>
where
    T: TryFrom<I, Error = Vec<UserError>>,
{
    let reader = reader(ctx)?;
    crate::editor_only(reader)?;
    Ok(T::try_from(input)
        .map(|parsed| (reader, parsed))
        .map_err(MunicipalProgrammePayload::refused))
}

/// The programme as it now is after a use case's outcome, or its refusal.
async fn settle(
    tx: &TenantTx,
    reader: StrategyAccess,
    outcome: Result<Uuid, Vec<UserError>>,
) -> async_graphql::Result<MunicipalProgrammePayload> {
    match outcome {
        Ok(programme) => answer(tx, reader, programme).await,
        Err(errors) => Ok(MunicipalProgrammePayload::refused(errors)),
    }
}

/// The parsed input of a mutation, or its refusal answered at once.
macro_rules! parsed {
    ($ctx:expr, $input:expr, $type:ty) => {
        match editing::<_, $type>($ctx, $input)? {
            Ok(parsed) => parsed,
            Err(refused) => return Ok(refused),
        }
    };
}

#[derive(Default)]
pub struct StrategyMutation;

#[Object]
impl StrategyMutation {
    /// Describes a municipal programme adopted by the council: title, resolution, years. The
    /// administrator or the team's chair.
    async fn create_municipal_programme(
        &self,
        ctx: &Context<'_>,
        input: CreateMunicipalProgrammeInput,
    ) -> async_graphql::Result<MunicipalProgrammePayload> {
        let (reader, new) = parsed!(ctx, input, NewProgramme);
        let tx = ctx.request()?.tenant_tx().await?;
        let created = crate::create_programme(tx, reader, new).await?;
        answer(tx, reader, created.id).await
    }

    /// Corrects a programme's title, resolution and years at the version read; years that
    /// would leave out a task (`TASKS_OUTSIDE`) or an indicator's year (`INDICATORS_OUTSIDE`)
    /// are refused. The administrator or the team's chair.
    async fn update_municipal_programme(
        &self,
        ctx: &Context<'_>,
        input: UpdateMunicipalProgrammeInput,
    ) -> async_graphql::Result<MunicipalProgrammePayload> {
        let (reader, change) = parsed!(ctx, input, ProgrammeCorrection);
        let tx = ctx.request()?.tenant_tx().await?;
        let outcome =
            crate::update_programme(tx, reader, change.id, change.version, change.content).await?;
        settle(tx, reader, outcome).await
    }

    /// Adds a goal at the end of a programme's goals. The administrator or the team's chair.
    async fn add_municipal_programme_goal(
        &self,
        ctx: &Context<'_>,
        input: AddMunicipalProgrammeGoalInput,
    ) -> async_graphql::Result<MunicipalProgrammePayload> {
        let (reader, new) = parsed!(ctx, input, Titled);
        let tx = ctx.request()?.tenant_tx().await?;
        let programme = crate::add_goal(tx, reader, new.parent, new.title).await?;
        answer(tx, reader, programme).await
    }

    /// Adds an action at the end of a goal's actions. The administrator or the team's chair.
    async fn add_municipal_programme_action(
        &self,
        ctx: &Context<'_>,
        input: AddMunicipalProgrammeActionInput,
    ) -> async_graphql::Result<MunicipalProgrammePayload> {
        let (reader, new) = parsed!(ctx, input, Titled);
        let tx = ctx.request()?.tenant_tx().await?;
        let programme = crate::add_action(tx, reader, new.parent, new.title).await?;
        answer(tx, reader, programme).await
    }

    /// Adds a task to an action: who is responsible, partners, dates within the programme's
    /// years (`OUTSIDE_PROGRAMME`), budget and status. The administrator or the team's chair.
    async fn add_municipal_programme_task(
        &self,
        ctx: &Context<'_>,
        input: AddMunicipalProgrammeTaskInput,
    ) -> async_graphql::Result<MunicipalProgrammePayload> {
        let (reader, new) = parsed!(ctx, input, NewTask);
        let tx = ctx.request()?.tenant_tx().await?;
        let outcome = crate::add_task(tx, reader, new.action, new.content).await?;
        settle(tx, reader, outcome).await
    }

    /// Replaces a task's content at the version read: its status, the budget spent, its dates.
    /// The administrator or the team's chair.
    async fn update_municipal_programme_task(
        &self,
        ctx: &Context<'_>,
        input: UpdateMunicipalProgrammeTaskInput,
    ) -> async_graphql::Result<MunicipalProgrammePayload> {
        let (reader, change) = parsed!(ctx, input, TaskChange);
        let tx = ctx.request()?.tenant_tx().await?;
        let outcome =
            crate::update_task(tx, reader, change.id, change.version, change.content).await?;
        settle(tx, reader, outcome).await
    }

    /// Adds an indicator to a programme or one of its goals: computed from a statistic Ostoja
    /// counts (`computedFrom`; `UNKNOWN_STATISTIC`, `UNKNOWN_DIMENSION`) or entered by hand with
    /// its `source`; a unit and targets for years of the programme (`OUTSIDE_PROGRAMME`). The
    /// administrator or the team's chair.
    async fn add_municipal_programme_indicator(
        &self,
        ctx: &Context<'_>,
        input: AddMunicipalProgrammeIndicatorInput,
    ) -> async_graphql::Result<MunicipalProgrammePayload> {
        let (reader, new) = parsed!(ctx, input, crate::domain::NewIndicator);
        let declared = ctx.data::<stats::local::Sources>()?.indicators();
        let tx = ctx.request()?.tenant_tx().await?;
        let outcome = crate::add_indicator(tx, reader, new, &declared).await?;
        settle(tx, reader, outcome).await
    }

    /// Enters (or clears) an indicator's value for a year of the programme, for an indicator
    /// entered by hand (`COMPUTED` otherwise). The administrator or the team's chair.
    async fn record_municipal_programme_indicator_value(
        &self,
        ctx: &Context<'_>,
        input: RecordMunicipalProgrammeIndicatorValueInput,
    ) -> async_graphql::Result<MunicipalProgrammePayload> {
        let (reader, value) = parsed!(ctx, input, IndicatorValue);
        let tx = ctx.request()?.tenant_tx().await?;
        let outcome =
            crate::record_actual(tx, reader, value.indicator, value.year, value.value).await?;
        settle(tx, reader, outcome).await
    }
}
