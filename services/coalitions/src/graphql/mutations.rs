//! Coalitions' mutations. Each answers with the coalition as the reader's municipality now
//! sees it, or its userErrors; leaving answers with the coalition's ID only (it is no longer
//! seen).

use async_graphql::{Context, Object, ID};
use kernel::input::Payload;
use kernel::request::ContextExt;
use kernel::{TenantTx, UserError};
use uuid::Uuid;

use super::inputs::*;
use super::CoalitionObject;
use crate::ids::coalition_gid;
use crate::CoalitionAccess;

kernel::payload! {
    /// Result of a change to a coalition: the coalition as it now is, or why it was refused.
    CoalitionPayload { coalition: CoalitionObject }
}

kernel::payload! {
    /// Result of leaving a coalition (or declining its invitation): its ID, or why it was
    /// refused.
    LeaveCoalitionPayload { coalition_id: ID }
}

/// The signed-in staff member and the request's transaction.
async fn scope<'a>(ctx: &'a Context<'_>) -> kernel::Result<(CoalitionAccess, &'a TenantTx)> {
    let req = ctx.request()?;
    let access = crate::reader(req.principal.require_staff()?);
    Ok((access, req.tenant_tx().await?))
}

/// The payload of `outcome`: the coalition it changed as it now is, or the refusal.
async fn answer(
    ctx: &Context<'_>,
    outcome: Result<Uuid, Vec<UserError>>,
) -> async_graphql::Result<CoalitionPayload> {
    let id = match outcome {
        Ok(id) => id,
        Err(errors) => return Ok(CoalitionPayload::refused(errors)),
    };
    let (access, tx) = scope(ctx).await?;
    let found = super::read(ctx, tx, access, Some(&[id]))
        .await?
        .pop()
        .ok_or_else(|| kernel::Error::internal("a coalition vanished after its change"))?;
    Ok(CoalitionPayload::done(found))
}

macro_rules! parsed {
    ($input:expr, $payload:ty) => {
        match $input.parse() {
            Ok(parsed) => parsed,
            Err(refused) => return Ok(<$payload>::refused(refused)),
        }
    };
}

/// The municipality named by `slug`, if it is one the reader's municipality may invite.
async fn neighbour(
    ctx: &Context<'_>,
    own: Uuid,
    slug: &kernel::slug::Slug,
) -> kernel::Result<Option<Uuid>> {
    let tx = ctx.request()?.db().platform().await?;
    let found = tenancy::active_neighbours(&tx, own).await?;
    tx.commit().await?;
    Ok(found.into_iter().find(|t| &t.slug == slug).map(|t| t.id))
}

#[derive(Default)]
pub struct CoalitionsMutation;

#[Object]
impl CoalitionsMutation {
    /// Founds a coalition: name, area, description; the reader's municipality its first party.
    /// The administrator.
    async fn found_coalition(
        &self,
        ctx: &Context<'_>,
        input: FoundCoalitionInput,
    ) -> async_graphql::Result<CoalitionPayload> {
        let (access, tx) = scope(ctx).await?;
        if !access.is_admin() {
            return Err(kernel::Error::Forbidden(
                "only the municipality's administrator founds a coalition".to_owned(),
            )
            .into());
        }
        let content = parsed!(input, CoalitionPayload);
        let id = crate::found(tx, access, content).await?;
        answer(ctx, Ok(id)).await
    }

    /// Corrects a coalition's name, area or description at the version read. The
    /// administrator or the team's chair of a joined municipality.
    async fn update_coalition(
        &self,
        ctx: &Context<'_>,
        input: UpdateCoalitionInput,
    ) -> async_graphql::Result<CoalitionPayload> {
        let (access, tx) = scope(ctx).await?;
        let change = parsed!(input, CoalitionPayload);
        let id = crate::describe(tx, access, change.id, change.version, change.content).await?;
        answer(ctx, Ok(id)).await
    }

    /// Invites another active municipality of the region (`NOT_IN_REGION` otherwise;
    /// `ALREADY_PARTY` when it is invited or in). It becomes a party only when its own
    /// administrator joins. The administrator of a joined municipality.
    async fn invite_to_coalition(
        &self,
        ctx: &Context<'_>,
        input: InviteToCoalitionInput,
    ) -> async_graphql::Result<CoalitionPayload> {
        let (access, tx) = scope(ctx).await?;
        let (id, slug) = parsed!(input, CoalitionPayload);
        if !access.is_admin() {
            return Err(kernel::Error::Forbidden(
                "only the municipality's administrator invites into a coalition".to_owned(),
            )
            .into());
        }
        crate::require_joined(tx, id).await?;
        let Some(municipality) = neighbour(ctx, tx.tenant(), &slug).await? else {
            return Ok(CoalitionPayload::refused(vec![UserError::new(
                &["input", "municipality"],
                "NOT_IN_REGION",
                "name another active municipality of your region",
            )]));
        };
        let outcome = crate::invite(tx, access, id, municipality).await?;
        answer(ctx, outcome).await
    }

    /// Joins a coalition the municipality was invited to: its administrator's consent
    /// (`CONSENT_REQUIRED` for anyone else).
    async fn join_coalition(
        &self,
        ctx: &Context<'_>,
        input: JoinCoalitionInput,
    ) -> async_graphql::Result<CoalitionPayload> {
        let (access, tx) = scope(ctx).await?;
        let id = parsed!(input, CoalitionPayload);
        let outcome = crate::join(tx, access, id).await?;
        answer(ctx, outcome).await
    }

    /// Leaves a coalition, or declines its invitation: the administrator's decision
    /// (`CONSENT_REQUIRED` for anyone else). The coalition's records stay the coalition's.
    async fn leave_coalition(
        &self,
        ctx: &Context<'_>,
        input: LeaveCoalitionInput,
    ) -> async_graphql::Result<LeaveCoalitionPayload> {
        let (access, tx) = scope(ctx).await?;
        let id = parsed!(input, LeaveCoalitionPayload);
        Ok(match crate::leave(tx, access, id).await? {
            Ok(id) => LeaveCoalitionPayload::done(ID(coalition_gid(id))),
            Err(refused) => LeaveCoalitionPayload::refused(refused),
        })
    }

    /// Adds a member institution with its contact person. The administrator or the team's
    /// chair of a joined municipality.
    async fn add_coalition_member(
        &self,
        ctx: &Context<'_>,
        input: AddCoalitionMemberInput,
    ) -> async_graphql::Result<CoalitionPayload> {
        let (access, tx) = scope(ctx).await?;
        let added = parsed!(input, CoalitionPayload);
        let id = crate::add_member(tx, access, added.coalition, added.content).await?;
        answer(ctx, Ok(id)).await
    }

    /// Corrects a member institution at the version read (`leftOn` when it leaves).
    async fn update_coalition_member(
        &self,
        ctx: &Context<'_>,
        input: UpdateCoalitionMemberInput,
    ) -> async_graphql::Result<CoalitionPayload> {
        let (access, tx) = scope(ctx).await?;
        let change = parsed!(input, CoalitionPayload);
        let id =
            crate::update_member(tx, access, change.id, change.version, change.content).await?;
        answer(ctx, Ok(id)).await
    }

    /// Records a meeting, its minutes when written. The administrator or the team's chair of
    /// a joined municipality.
    async fn add_coalition_meeting(
        &self,
        ctx: &Context<'_>,
        input: AddCoalitionMeetingInput,
    ) -> async_graphql::Result<CoalitionPayload> {
        let (access, tx) = scope(ctx).await?;
        let added = parsed!(input, CoalitionPayload);
        let id = crate::add_meeting(tx, access, added.coalition, added.content).await?;
        answer(ctx, Ok(id)).await
    }

    /// Corrects a meeting's record at the version read, e.g. adds its minutes.
    async fn update_coalition_meeting(
        &self,
        ctx: &Context<'_>,
        input: UpdateCoalitionMeetingInput,
    ) -> async_graphql::Result<CoalitionPayload> {
        let (access, tx) = scope(ctx).await?;
        let change = parsed!(input, CoalitionPayload);
        let id =
            crate::update_meeting(tx, access, change.id, change.version, change.content).await?;
        answer(ctx, Ok(id)).await
    }

    /// Adds a shared action, led by one of the coalition's members (`UNKNOWN_MEMBER`
    /// otherwise). The administrator or the team's chair of a joined municipality.
    async fn add_coalition_action(
        &self,
        ctx: &Context<'_>,
        input: AddCoalitionActionInput,
    ) -> async_graphql::Result<CoalitionPayload> {
        let (access, tx) = scope(ctx).await?;
        let added = parsed!(input, CoalitionPayload);
        let outcome = crate::add_action(tx, access, added.coalition, added.content).await?;
        answer(ctx, outcome).await
    }

    /// Corrects a shared action at the version read, e.g. its status.
    async fn update_coalition_action(
        &self,
        ctx: &Context<'_>,
        input: UpdateCoalitionActionInput,
    ) -> async_graphql::Result<CoalitionPayload> {
        let (access, tx) = scope(ctx).await?;
        let change = parsed!(input, CoalitionPayload);
        let outcome =
            crate::update_action(tx, access, change.id, change.version, change.content).await?;
        answer(ctx, outcome).await
    }

    /// Links a shared action to a task of the reader's municipality's own programme
    /// (`NOT_FOUND` on `taskId` for any other); no other party sees the link.
    async fn link_coalition_action_to_task(
        &self,
        ctx: &Context<'_>,
        input: LinkCoalitionActionToTaskInput,
    ) -> async_graphql::Result<CoalitionPayload> {
        let (access, tx) = scope(ctx).await?;
        let (action, task) = parsed!(input, CoalitionPayload);
        let outcome = crate::link_task(tx, access, action, task).await?;
        answer(ctx, outcome).await
    }

    /// Takes a link of a shared action to the reader's municipality's task away.
    async fn unlink_coalition_action_from_task(
        &self,
        ctx: &Context<'_>,
        input: UnlinkCoalitionActionFromTaskInput,
    ) -> async_graphql::Result<CoalitionPayload> {
        let (access, tx) = scope(ctx).await?;
        let (action, task) = parsed!(input, CoalitionPayload);
        let id = crate::unlink_task(tx, access, action, task).await?;
        answer(ctx, Ok(id)).await
    }
}
