//! The editors' side: a municipality's own points (drafts too) and the changes to them; the
//! operator's national helplines.

use std::sync::Arc;

use async_graphql::{Context, Object, ID};
use chrono::{DateTime, Utc};
use kernel::input::Payload;
use kernel::request::ContextExt;
use kernel::{GlobalId, Result, TenantTx, UserError};
use uuid::Uuid;

use super::inputs::{
    HelpPointInput, PointChange, PublishHelpPointInput, ShelterChange, UpdateHelpPointInput,
    UpdateShelterPlacesInput,
};
use super::objects::{help_point_gid, HelpPointObject, HELP_POINT};
use super::public::directory;
use crate::domain::HelpPointDetails;
use crate::points::HelpPoint;

kernel::payload! {
    /// Result of a change to a help point: the point, or the reasons it was refused.
    HelpPointPayload { help_point: HelpPointObject }
}

fn staff_view(ctx: &Context<'_>, point: HelpPoint) -> Result<HelpPointObject> {
    Ok(HelpPointObject {
        point: Arc::new(point),
        now: directory(ctx)?.now(),
        staff: true,
    })
}

/// The points of the caller's municipality among `ids`, for its editors; nothing for anyone
/// else (as for IDs that do not exist).
pub async fn load_points(ctx: &Context<'_>, ids: &[Uuid]) -> Result<Vec<HelpPointObject>> {
    let req = ctx.request()?;
    let Some(editor) = req.principal.directory_editor() else {
        return Ok(Vec::new());
    };
    let tx = req.tenant_tx().await?;
    let found = crate::points::find_points(tx, &editor, ids).await?;
    for p in &found {
        tx.touch(help_point_gid(p.id).0);
    }
    found.into_iter().map(|p| staff_view(ctx, p)).collect()
}

#[derive(Default)]
pub struct DirectoryStaffQuery;

#[Object]
impl DirectoryStaffQuery {
    /// Punkty pomocy gminy — the caller's municipality's points, drafts too, by name.
    /// Directory editors and tenant administrators.
    async fn my_help_points(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<HelpPointObject>> {
        let req = ctx.request()?;
        let editor = req.principal.require_directory_editor()?;
        let tx = req.tenant_tx().await?;
        let points = crate::points::points(tx, &editor).await?;
        Ok(points
            .into_iter()
            .map(|p| staff_view(ctx, p))
            .collect::<Result<_>>()?)
    }

    /// Infolinie ogólnopolskie — the national helplines, withdrawn ones too, by name. Operators
    /// only.
    async fn national_helplines(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<HelpPointObject>> {
        let req = ctx.request()?;
        req.principal.require_operator()?;
        let tx = req.db().platform().await?;
        let lines = crate::points::helplines(&tx, false).await?;
        tx.commit().await?;
        Ok(lines
            .into_iter()
            .map(|p| staff_view(ctx, p))
            .collect::<Result<_>>()?)
    }

    /// Miejsca w schronieniach — the municipality's points that give shelter, drafts too, by
    /// name, each with its free places and when they were counted (`shelterPlaces`). The
    /// team's chair, social workers, directory editors and the administrator.
    async fn shelter_points(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<HelpPointObject>> {
        let req = ctx.request()?;
        let viewer = crate::access::require_shelter_viewer(&req.principal)?;
        let tx = req.tenant_tx().await?;
        let points = crate::points::shelter_points(tx, &viewer).await?;
        Ok(points
            .into_iter()
            .map(|p| staff_view(ctx, p))
            .collect::<Result<_>>()?)
    }
}

/// Once the request's transaction has committed, the public list of the caller's
/// municipality is read again, in every process. (Dropped earlier, a concurrent public read
/// could cache the rows of before the change again.)
fn invalidate_after_commit(ctx: &Context<'_>, tx: &TenantTx) -> Result<()> {
    let directory = directory(ctx)?.clone();
    let pubsub = ctx.request()?.pubsub().clone();
    let tenant = tx.tenant();
    tx.after_commit(async move { directory.changed(&pubsub, Some(tenant)).await });
    Ok(())
}

/// After a committed change to the helplines, every process reads them again.
async fn helplines_changed(ctx: &Context<'_>) -> Result<()> {
    let pubsub = ctx.request()?.pubsub();
    directory(ctx)?.changed(pubsub, None).await;
    Ok(())
}

fn decode(id: &ID) -> Result<Uuid> {
    GlobalId::decode_as(id, HELP_POINT)
}

#[derive(Default)]
pub struct DirectoryMutation;

#[Object]
impl DirectoryMutation {
    /// Adds a help point of the caller's municipality, as a draft. Directory editors and
    /// tenant administrators.
    async fn create_help_point(
        &self,
        ctx: &Context<'_>,
        input: HelpPointInput,
    ) -> async_graphql::Result<HelpPointPayload> {
        let req = ctx.request()?;
        let editor = req.principal.require_directory_editor()?;
        let details = match HelpPointDetails::try_from(input) {
            Ok(d) => d,
            Err(errors) => return Ok(HelpPointPayload::refused(errors)),
        };
        let tx = req.tenant_tx().await?;
        let created = crate::points::create_point(tx, &editor, details).await?;
        tx.touch(help_point_gid(created.id).0);
        Ok(HelpPointPayload::done(staff_view(ctx, created)?))
    }

    /// Replaces a point's details; CONFLICT when `version` is not the current one.
    async fn update_help_point(
        &self,
        ctx: &Context<'_>,
        input: UpdateHelpPointInput,
    ) -> async_graphql::Result<HelpPointPayload> {
        let req = ctx.request()?;
        let editor = req.principal.require_directory_editor()?;
        let change = match PointChange::try_from(input) {
            Ok(c) => c,
            Err(errors) => return Ok(HelpPointPayload::refused(errors)),
        };
        let tx = req.tenant_tx().await?;
        tx.touch(help_point_gid(change.id).0);
        let updated =
            crate::points::update_point(tx, &editor, change.id, change.version, change.details)
                .await?;
        invalidate_after_commit(ctx, tx)?;
        Ok(HelpPointPayload::done(staff_view(ctx, updated)?))
    }

    /// Publishes a point in the public directory, or (`published: false`) takes it back.
    async fn publish_help_point(
        &self,
        ctx: &Context<'_>,
        input: PublishHelpPointInput,
    ) -> async_graphql::Result<HelpPointPayload> {
        let req = ctx.request()?;
        let editor = req.principal.require_directory_editor()?;
        let id = match decode(&input.id) {
            Ok(id) => id,
            Err(e) => {
                return Ok(HelpPointPayload::refused(vec![UserError::new(
                    &["input", "id"],
                    "INVALID",
                    e.public_message(),
                )]))
            }
        };
        let tx = req.tenant_tx().await?;
        tx.touch(help_point_gid(id).0);
        let point = crate::points::set_published(tx, &editor, id, input.published).await?;
        invalidate_after_commit(ctx, tx)?;
        Ok(HelpPointPayload::done(staff_view(ctx, point)?))
    }

    /// Sets the free shelter places of a point in one step, counted now.
    async fn update_shelter_places(
        &self,
        ctx: &Context<'_>,
        input: UpdateShelterPlacesInput,
    ) -> async_graphql::Result<HelpPointPayload> {
        let req = ctx.request()?;
        let editor = req.principal.require_directory_editor()?;
        let change = match ShelterChange::try_from(input) {
            Ok(c) => c,
            Err(errors) => return Ok(HelpPointPayload::refused(errors)),
        };
        let tx = req.tenant_tx().await?;
        tx.touch(help_point_gid(change.id).0);
        let point = crate::points::update_shelter_places(
            tx,
            &editor,
            change.id,
            change.free,
            change.public,
        )
        .await?;
        invalidate_after_commit(ctx, tx)?;
        Ok(HelpPointPayload::done(staff_view(ctx, point)?))
    }

    /// Adds a national helpline, published at once. Platform operators only.
    async fn create_helpline(
        &self,
        ctx: &Context<'_>,
        input: HelpPointInput,
    ) -> async_graphql::Result<HelpPointPayload> {
        let req = ctx.request()?;
        let operator = req.principal.require_operator()?;
        let details = match HelpPointDetails::try_from(input) {
            Ok(d) => d,
            Err(errors) => return Ok(HelpPointPayload::refused(errors)),
        };
        let tx = req.db().platform_write().await?;
        let created = crate::points::create_helpline(&tx, &operator, details).await?;
        tx.commit().await?;
        helplines_changed(ctx).await?;
        Ok(HelpPointPayload::done(staff_view(ctx, created)?))
    }

    /// Replaces a national helpline's details; CONFLICT when `version` is not the current
    /// one. Platform operators only.
    async fn update_helpline(
        &self,
        ctx: &Context<'_>,
        input: UpdateHelpPointInput,
    ) -> async_graphql::Result<HelpPointPayload> {
        let req = ctx.request()?;
        let operator = req.principal.require_operator()?;
        let change = match PointChange::try_from(input) {
            Ok(c) => c,
            Err(errors) => return Ok(HelpPointPayload::refused(errors)),
        };
        let tx = req.db().platform_write().await?;
        let point = crate::points::update_helpline(
            &tx,
            &operator,
            change.id,
            change.version,
            change.details,
        )
        .await?;
        tx.commit().await?;
        helplines_changed(ctx).await?;
        Ok(HelpPointPayload::done(staff_view(ctx, point)?))
    }

    /// Publishes a national helpline or withdraws it. Platform operators only.
    async fn publish_helpline(
        &self,
        ctx: &Context<'_>,
        input: PublishHelpPointInput,
    ) -> async_graphql::Result<HelpPointPayload> {
        let req = ctx.request()?;
        let operator = req.principal.require_operator()?;
        let id = decode(&input.id)?;
        let tx = req.db().platform_write().await?;
        let point =
            crate::points::set_helpline_published(&tx, &operator, id, input.published).await?;
        tx.commit().await?;
        helplines_changed(ctx).await?;
        Ok(HelpPointPayload::done(staff_view(ctx, point)?))
    }
}

/// Registered by the gateway as schema data: one cache per process, its "now" the system
/// clock or (development and tests) `fixed_now`.
pub fn public_directory(fixed_now: Option<DateTime<Utc>>) -> Arc<super::public::PublicDirectory> {
    Arc::new(super::public::PublicDirectory::new(fixed_now))
}
