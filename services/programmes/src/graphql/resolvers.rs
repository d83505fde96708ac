//! Programmes' queries and mutations: each mutation parses its input, resolves IDs (an unknown
//! or foreign one is NOT_FOUND, as the use case answers), calls one use case and answers its
//! payload.

use async_graphql::{Context, Object};
use kernel::input::Payload;
use kernel::request::ContextExt;
use kernel::{GlobalId, TenantTx};
use uuid::Uuid;

use super::inputs::*;
use super::objects::*;
use super::scope::scope;
use crate::domain::{NewEdition, NewEnrolment, NewProgramme, NewSession};
use crate::ids::PROGRAMME_ENROLMENT;
use crate::{Outcome, ProgrammeAccess, VisibleEnrolment};

/// The editions of the caller's municipality among `ids`, for any staff member; nothing for
/// anyone else.
pub async fn load_editions(ctx: &Context<'_>, ids: &[Uuid]) -> kernel::Result<Vec<EditionObject>> {
    if ctx.request()?.principal.staff().is_none() {
        return Ok(Vec::new());
    }
    let s = scope(ctx).await?;
    Ok(Catalogue::load(s.tx().await?, s.reader, ids)
        .await?
        .editions())
}

/// The enrolments among `ids` the caller may see; nothing for anyone else (as for IDs that do
/// not exist).
pub async fn load_enrolments(
    ctx: &Context<'_>,
    ids: &[Uuid],
) -> kernel::Result<Vec<EnrolmentObject>> {
    if ctx.request()?.principal.staff().is_none() {
        return Ok(Vec::new());
    }
    let s = scope(ctx).await?;
    let tx = s.tx().await?;
    let found = crate::find_enrolments(tx, s.reader, &s.key, ids).await?;
    EnrolmentObject::with_attendance(tx, found).await
}

async fn enrolment_answer(
    tx: &TenantTx,
    outcome: Outcome<VisibleEnrolment>,
) -> async_graphql::Result<ProgrammeEnrolmentPayload> {
    Ok(match outcome? {
        Ok(found) => {
            let mut objects = EnrolmentObject::with_attendance(tx, vec![found]).await?;
            match objects.pop() {
                Some(o) => ProgrammeEnrolmentPayload::done(o),
                None => {
                    return Err(
                        kernel::Error::internal("an enrolment vanished after its change").into(),
                    )
                }
            }
        }
        Err(errors) => ProgrammeEnrolmentPayload::refused(errors),
    })
}

async fn edition_object(
    tx: &TenantTx,
    reader: ProgrammeAccess,
    id: Uuid,
) -> kernel::Result<EditionObject> {
    Catalogue::load(tx, reader, &[id])
        .await?
        .editions()
        .pop()
        .ok_or_else(|| kernel::Error::internal("an edition vanished after it was written"))
}

fn day(on: Option<kernel::date::Date>) -> chrono::NaiveDate {
    on.map_or_else(kernel::calendar::today, |d| d.0)
}

#[derive(Default)]
pub struct CatalogueQuery;

#[Object]
impl CatalogueQuery {
    /// The municipality's programmes, the newest first, each with its editions and their
    /// counts. Staff of the municipality; participants are read through an edition by the
    /// people running it.
    async fn programmes(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<ProgrammeObject>> {
        let s = scope(ctx).await?;
        Ok(Catalogue::load(s.tx().await?, s.reader, &[])
            .await?
            .programmes())
    }
}

#[derive(Default)]
pub struct CatalogueMutation;

#[Object]
impl CatalogueMutation {
    /// Describes a programme: its type, who runs it and when it is completed. The
    /// municipality's administrator.
    async fn create_programme(
        &self,
        ctx: &Context<'_>,
        input: CreateProgrammeInput,
    ) -> async_graphql::Result<ProgrammePayload> {
        let s = scope(ctx).await?;
        crate::admin_only(s.reader)?;
        let new = match NewProgramme::try_from(input) {
            Ok(new) => new,
            Err(errors) => return Ok(ProgrammePayload::refused(errors)),
        };
        let served = match super::scope::served_ids(ctx, &new.served).await? {
            Ok(served) => served,
            Err(errors) => return Ok(ProgrammePayload::refused(errors)),
        };
        let tx = s.tx().await?;
        match crate::create_programme(tx, s.reader, new, &served).await? {
            Ok(created) => {
                let catalogue = Catalogue::of_programme(tx, s.reader, created.id).await?;
                let found = catalogue
                    .programmes()
                    .into_iter()
                    .find(|p| p.uuid() == created.id);
                found.map(ProgrammePayload::done).ok_or_else(|| {
                    kernel::Error::internal("a programme vanished after it was written").into()
                })
            }
            Err(errors) => Ok(ProgrammePayload::refused(errors)),
        }
    }

    /// Adds an edition to a programme with the people running it. The municipality's
    /// administrator.
    async fn create_programme_edition(
        &self,
        ctx: &Context<'_>,
        input: CreateProgrammeEditionInput,
    ) -> async_graphql::Result<ProgrammeEditionPayload> {
        let s = scope(ctx).await?;
        crate::admin_only(s.reader)?;
        let new = match NewEdition::try_from(input) {
            Ok(new) => new,
            Err(errors) => return Ok(ProgrammeEditionPayload::refused(errors)),
        };
        let tx = s.tx().await?;
        Ok(match crate::create_edition(tx, s.reader, new).await? {
            Ok(created) => {
                ProgrammeEditionPayload::done(edition_object(tx, s.reader, created.id).await?)
            }
            Err(errors) => ProgrammeEditionPayload::refused(errors),
        })
    }

    /// Replaces the people running an edition: whoever is no longer named stops reading its
    /// participants at once. The municipality's administrator; carries the edition's `version`.
    async fn set_programme_edition_staff(
        &self,
        ctx: &Context<'_>,
        input: SetProgrammeEditionStaffInput,
    ) -> async_graphql::Result<ProgrammeEditionPayload> {
        let s = scope(ctx).await?;
        crate::admin_only(s.reader)?;
        let new = match NewStaff::try_from(input) {
            Ok(new) => new,
            Err(errors) => return Ok(ProgrammeEditionPayload::refused(errors)),
        };
        let tx = s.tx().await?;
        Ok(
            match crate::set_edition_staff(tx, s.reader, new.edition_id, new.version, new.staff)
                .await?
            {
                Ok(changed) => {
                    ProgrammeEditionPayload::done(edition_object(tx, s.reader, changed.id).await?)
                }
                Err(errors) => ProgrammeEditionPayload::refused(errors),
            },
        )
    }

    /// Enrols a person in an edition; on its waiting list when it is full. The people running
    /// the edition.
    async fn enrol_in_programme(
        &self,
        ctx: &Context<'_>,
        input: EnrolInProgrammeInput,
    ) -> async_graphql::Result<ProgrammeEnrolmentPayload> {
        let s = scope(ctx).await?;
        let new = match NewEnrolment::try_from(input) {
            Ok(new) => new,
            Err(errors) => return Ok(ProgrammeEnrolmentPayload::refused(errors)),
        };
        let tx = s.tx().await?;
        enrolment_answer(tx, crate::enrol(tx, s.reader, &s.key, new).await).await
    }

    /// Admits a person from the waiting list when a place is free. Carries the `version`.
    async fn admit_from_waiting_list(
        &self,
        ctx: &Context<'_>,
        input: AdmitFromWaitingListInput,
    ) -> async_graphql::Result<ProgrammeEnrolmentPayload> {
        let id = GlobalId::decode_as(&input.id, PROGRAMME_ENROLMENT)?;
        let s = scope(ctx).await?;
        let tx = s.tx().await?;
        enrolment_answer(
            tx,
            crate::admit(tx, s.reader, &s.key, id, input.version).await,
        )
        .await
    }

    /// Records that a participant completed the programme: refused (SHORT_OF_REQUIRED) until
    /// the sessions or hours attended meet its condition. Carries the `version`.
    async fn complete_programme(
        &self,
        ctx: &Context<'_>,
        input: CompleteProgrammeInput,
    ) -> async_graphql::Result<ProgrammeEnrolmentPayload> {
        let id = GlobalId::decode_as(&input.id, PROGRAMME_ENROLMENT)?;
        let s = scope(ctx).await?;
        let tx = s.tx().await?;
        enrolment_answer(
            tx,
            crate::complete(tx, s.reader, &s.key, id, input.version, day(input.on)).await,
        )
        .await
    }

    /// Records that a participant, or a person waiting, dropped out, and why.
    async fn drop_out_of_programme(
        &self,
        ctx: &Context<'_>,
        input: DropOutOfProgrammeInput,
    ) -> async_graphql::Result<ProgrammeEnrolmentPayload> {
        let id = GlobalId::decode_as(&input.id, PROGRAMME_ENROLMENT)?;
        let s = scope(ctx).await?;
        let tx = s.tx().await?;
        let outcome = crate::drop_out(
            tx,
            s.reader,
            &s.key,
            id,
            input.version,
            input.reason,
            day(input.on),
        )
        .await;
        enrolment_answer(tx, outcome).await
    }

    /// Records a session held, with each participant's attendance. The people running the
    /// edition.
    async fn record_programme_session(
        &self,
        ctx: &Context<'_>,
        input: RecordProgrammeSessionInput,
    ) -> async_graphql::Result<ProgrammeSessionPayload> {
        let s = scope(ctx).await?;
        let new = match NewSession::try_from(input) {
            Ok(new) => new,
            Err(errors) => return Ok(ProgrammeSessionPayload::refused(errors)),
        };
        Ok(
            match crate::record_session(s.tx().await?, s.reader, new).await? {
                Ok(session) => {
                    ProgrammeSessionPayload::done(SessionObject(std::sync::Arc::new(session)))
                }
                Err(errors) => ProgrammeSessionPayload::refused(errors),
            },
        )
    }
}
