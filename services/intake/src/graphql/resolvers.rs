//! The register's queries and mutations: each mutation parses its input, resolves the entry's
//! ID (an unknown or foreign one is NOT_FOUND, as the use case answers), calls one use case and
//! answers its payload.

use async_graphql::connection::{Connection, EmptyFields};
use async_graphql::{Context, InputObject, Object, ID};
use kernel::calendar::Period;
use kernel::date::Date;
use kernel::input::Payload;
use kernel::page::Page;
use kernel::pesel::Pesel;
use kernel::request::ContextExt;
use kernel::{Error, GlobalId, NodeType, UserError};
use uuid::Uuid;

use super::inputs::*;
use super::objects::*;
use super::scope::scope;
use crate::domain::{IntakeKind, NewEntry};
use crate::ids::{INTAKE_ENTRY, INTAKE_NOTIFICATION};
use crate::lifecycle::IntakeStatus;
use crate::{EntryFilter, Outcome};

/// The entries of the caller's municipality among `ids` the caller may see; nothing for
/// anyone else (as for IDs that do not exist).
pub async fn load_entries(
    ctx: &Context<'_>,
    ids: &[Uuid],
) -> kernel::Result<Vec<IntakeEntryObject>> {
    let req = ctx.request()?;
    if req.principal.staff().is_none() {
        return Ok(Vec::new());
    }
    let s = scope(ctx).await?;
    let found = crate::find_entries(s.tx().await?, s.reader, &s.key, ids).await?;
    let staff = s.reader.is_intake_staff();
    Ok(found
        .into_iter()
        .map(|e| IntakeEntryObject::new(e, staff))
        .collect())
}

fn entry_id(id: &ID) -> kernel::Result<Uuid> {
    GlobalId::decode_as(id, INTAKE_ENTRY)
}

async fn answer(ctx: &Context<'_>, outcome: Outcome) -> async_graphql::Result<IntakeEntryPayload> {
    let staff = scope(ctx).await?.reader.is_intake_staff();
    Ok(match outcome? {
        Ok(entry) => IntakeEntryPayload::done(IntakeEntryObject::new(entry, staff)),
        Err(errors) => IntakeEntryPayload::refused(errors),
    })
}

/// The longest period `intakeCounts` counts at once: a year (statistics are yearly).
const MAX_COUNTED_DAYS: i64 = 366;

/// Filter of `intakeEntries`: only entries matching every field given.
#[derive(InputObject, Default)]
pub struct IntakeEntryFilter {
    pub status: Option<IntakeStatus>,
    pub kind: Option<IntakeKind>,
    /// Exact PESEL of any person of the entry.
    pub pesel: Option<String>,
}

#[derive(Default)]
pub struct IntakeQuery;

#[Object]
impl IntakeQuery {
    /// Rejestr zgłoszeń — entries the viewer may see, newest first: every entry of the
    /// municipality for its intake staff, those assigned to them for anyone else.
    #[graphql(complexity = "(first.clamp(1, 100) as usize) * child_complexity")]
    async fn intake_entries(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "page size, at most 100", default = 20)] first: i32,
        after: Option<String>,
        filter: Option<IntakeEntryFilter>,
    ) -> async_graphql::Result<Connection<String, IntakeEntryObject, EmptyFields, EmptyFields>>
    {
        let page = Page::parse(first, after.as_deref(), INTAKE_ENTRY)?;
        let filter = filter.unwrap_or_default();
        let parsed = EntryFilter {
            status: filter.status,
            kind: filter.kind,
            pesel: filter
                .pesel
                .as_deref()
                .map(|p| Pesel::parse(p).map_err(|e| Error::BadUserInput(e.message().to_owned())))
                .transpose()?,
        };
        let s = scope(ctx).await?;
        let found = crate::list_entries(
            s.tx().await?,
            s.reader,
            &s.key,
            &parsed,
            page.after(),
            page.fetch(),
        )
        .await?;
        super::children::prefetch(ctx, &s, &found).await?;
        let staff = s.reader.is_intake_staff();
        Ok(page.connection(found, |e| e.id, |e| IntakeEntryObject::new(e, staff)))
    }

    /// Statystyka rejestru — entries received from `from` to `to` (inclusive, at most 366
    /// days), by kind and by channel. The municipality's intake staff.
    async fn intake_counts(
        &self,
        ctx: &Context<'_>,
        from: Date,
        to: Date,
    ) -> async_graphql::Result<IntakeCountsObject> {
        if to.0 < from.0 {
            return Err(Error::BadUserInput("`to` is before `from`".to_owned()).into());
        }
        if (to.0 - from.0).num_days() >= MAX_COUNTED_DAYS {
            return Err(Error::BadUserInput(format!(
                "the period is longer than {MAX_COUNTED_DAYS} days; count a year at a time"
            ))
            .into());
        }
        let s = scope(ctx).await?;
        Ok(crate::counts(s.tx().await?, s.reader, from.0, to.0)
            .await?
            .into())
    }

    /// The municipality's response time for intake entries. Its staff.
    async fn intake_response_rule(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<IntakeResponseRuleObject> {
        let req = ctx.request()?;
        req.principal.require_staff()?;
        let tx = req.tenant_tx().await?;
        Ok(crate::response_rule(tx).await?.into())
    }

    /// The viewer's notices of intake responses due or overdue, newest first.
    #[graphql(complexity = "(first.clamp(1, 100) as usize) * child_complexity")]
    async fn intake_notifications(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "page size, at most 100", default = 20)] first: i32,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, IntakeNotificationObject, EmptyFields, EmptyFields>>
    {
        let page = Page::parse(first, after.as_deref(), INTAKE_NOTIFICATION)?;
        let s = scope(ctx).await?;
        let found =
            crate::notifications_for(s.tx().await?, s.reader, page.after(), page.fetch()).await?;
        Ok(page.connection(found, |n| n.id, IntakeNotificationObject))
    }
}

#[derive(Default)]
pub struct IntakeMutation;

#[Object]
impl IntakeMutation {
    /// Records a report or consultation; its response is due within the municipality's
    /// response time from the day it was received. Intake staff.
    async fn record_intake(
        &self,
        ctx: &Context<'_>,
        input: RecordIntakeInput,
    ) -> async_graphql::Result<IntakeEntryPayload> {
        let s = scope(ctx).await?;
        if !s.reader.is_intake_staff() {
            return Err(Error::Forbidden(
                "only the municipality's intake staff may record entries".to_owned(),
            )
            .into());
        }
        let new = match NewEntry::try_from(input) {
            Ok(new) => new,
            Err(errors) => return Ok(IntakeEntryPayload::refused(errors)),
        };
        let outcome = crate::record_entry(s.tx().await?, s.reader, &s.key, new).await;
        answer(ctx, outcome).await
    }

    /// Records what was done (advice, a referral to a help point, a police intervention); the
    /// first response meets the response deadline. Carries the entry's `version`.
    async fn respond_to_intake(
        &self,
        ctx: &Context<'_>,
        input: RespondToIntakeInput,
    ) -> async_graphql::Result<IntakeEntryPayload> {
        let id = entry_id(&input.id)?;
        let s = scope(ctx).await?;
        let action = match parse_action(&input) {
            Ok(a) => a,
            Err(errors) => return Ok(IntakeEntryPayload::refused(errors)),
        };
        let outcome =
            crate::respond(s.tx().await?, s.reader, &s.key, id, input.version, action).await;
        answer(ctx, outcome).await
    }

    /// Assigns the entry to staff of the municipality (not its administrator), who then see
    /// it. Intake staff.
    async fn assign_intake(
        &self,
        ctx: &Context<'_>,
        input: AssignIntakeInput,
    ) -> async_graphql::Result<IntakeEntryPayload> {
        let id = entry_id(&input.id)?;
        let s = scope(ctx).await?;
        let mut users = Vec::new();
        let mut errors = Vec::new();
        for (i, user) in input.user_ids.iter().enumerate() {
            match GlobalId::decode_as(user, NodeType::User) {
                Ok(u) => users.push(u),
                Err(e) => errors.push(UserError::new(
                    &["input", "userIds", &i.to_string()],
                    "INVALID",
                    e.public_message(),
                )),
            }
        }
        if !errors.is_empty() {
            return Ok(IntakeEntryPayload::refused(errors));
        }
        let outcome =
            crate::assign(s.tx().await?, s.reader, &s.key, id, input.version, users).await;
        answer(ctx, outcome).await
    }

    /// Closes an entry that was responded to.
    async fn close_intake(
        &self,
        ctx: &Context<'_>,
        input: CloseIntakeInput,
    ) -> async_graphql::Result<IntakeEntryPayload> {
        let id = entry_id(&input.id)?;
        let s = scope(ctx).await?;
        let on = input.on.map_or_else(kernel::calendar::today, |d| d.0);
        let outcome = crate::close(s.tx().await?, s.reader, &s.key, id, input.version, on).await;
        answer(ctx, outcome).await
    }

    /// What form NK-A can be filled with from a report: the day, the persons and what was
    /// said. Nothing is written; the card opened with it is linked by `linkIntakeToBlueCard`.
    async fn convert_intake_to_blue_card(
        &self,
        ctx: &Context<'_>,
        input: ConvertIntakeToBlueCardInput,
    ) -> async_graphql::Result<BlueCardPrefillPayload> {
        let id = entry_id(&input.id)?;
        let s = scope(ctx).await?;
        let prefill = crate::prefill(s.tx().await?, s.reader, &s.key, id).await?;
        Ok(BlueCardPrefillPayload::answer(prefill))
    }

    /// Links the Blue Card opened on the entry (one the caller may see) and records it as
    /// what was done; it meets the response deadline if nothing did before.
    async fn link_intake_to_blue_card(
        &self,
        ctx: &Context<'_>,
        input: LinkIntakeToBlueCardInput,
    ) -> async_graphql::Result<IntakeEntryPayload> {
        let id = entry_id(&input.id)?;
        let s = scope(ctx).await?;
        let card = match GlobalId::decode_as(&input.blue_card_id, NodeType::BlueCard) {
            Ok(card) => card,
            Err(e) => {
                return Ok(IntakeEntryPayload::refused(vec![UserError::new(
                    &["input", "blueCardId"],
                    "INVALID",
                    e.public_message(),
                )]))
            }
        };
        let on = input.on.map_or_else(kernel::calendar::today, |d| d.0);
        let outcome = crate::link_blue_card(
            s.tx().await?,
            s.req.principal.require_staff()?,
            &s.key,
            id,
            input.version,
            card,
            on,
        )
        .await;
        answer(ctx, outcome).await
    }

    /// Sets the municipality's response time (the default is one working day); it applies to
    /// entries recorded after it. Tenant administrators; CONFLICT when `version` is stale.
    async fn set_intake_response_rule(
        &self,
        ctx: &Context<'_>,
        input: SetIntakeResponseRuleInput,
    ) -> async_graphql::Result<IntakeResponseRulePayload> {
        let req = ctx.request()?;
        let admin = req.principal.require_tenant_admin()?;
        let period = match u16::try_from(input.amount)
            .map_err(|_| "the amount is out of range".to_owned())
            .and_then(|a| Period::new(a, input.unit))
        {
            Ok(p) => p,
            Err(message) => {
                return Ok(IntakeResponseRulePayload::refused(vec![UserError::new(
                    &["input", "amount"],
                    "INVALID",
                    message,
                )]))
            }
        };
        let tx = req.tenant_tx().await?;
        let rule = crate::set_response_rule(tx, &admin, period, input.version).await?;
        Ok(IntakeResponseRulePayload::done(rule.into()))
    }
}
