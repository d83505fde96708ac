//! The GraphQL face of family files: the reader's files, opening, correcting and closing one,
//! recording help, social contracts, and linking the Blue Card opened for the family.

mod inputs;
mod objects;

pub use inputs::*;
pub use objects::*;

use std::collections::BTreeMap;

use async_graphql::connection::{Connection, EmptyFields};
use async_graphql::{Context, Object};
use kernel::input::Payload;
use kernel::page::Page;
use kernel::request::ContextExt;
use kernel::{GlobalId, NodeType};
use uuid::Uuid;

use crate::domain::{NewContract, NewFile, NewHelp, Settlement};
use crate::ids::FAMILY_FILE;
use crate::{FamilyAccess, VisibleFile};

/// What every resolver needs once: the reader, the staff principal and the data key.
async fn scope(ctx: &Context<'_>) -> kernel::Result<(FamilyAccess, kernel::crypto::DataKey)> {
    let req = ctx.request()?;
    let reader = crate::reader(req.principal.require_staff()?);
    Ok((reader, tenancy::request_data_key(ctx).await?))
}

async fn objects(
    ctx: &Context<'_>,
    files: Vec<VisibleFile>,
) -> kernel::Result<Vec<FamilyFileObject>> {
    let req = ctx.request()?;
    let staff = req.principal.require_staff()?;
    let key = tenancy::request_data_key(ctx).await?;
    FamilyFileObject::many(req.tenant_tx().await?, staff, &key, files).await
}

async fn one(ctx: &Context<'_>, file: VisibleFile) -> async_graphql::Result<FamilyFileObject> {
    objects(ctx, vec![file])
        .await?
        .pop()
        .ok_or_else(|| kernel::Error::internal("a family's file vanished").into())
}

/// The files among `ids` the caller works on; nothing for anyone else (as for IDs that do not
/// exist).
pub async fn load_files(ctx: &Context<'_>, ids: &[Uuid]) -> kernel::Result<Vec<FamilyFileObject>> {
    if ctx.request()?.principal.staff().is_none() {
        return Ok(Vec::new());
    }
    let (reader, key) = scope(ctx).await?;
    let found = crate::find_files(ctx.request()?.tenant_tx().await?, reader, &key, ids).await?;
    objects(ctx, found).await
}

/// A contract's payload, with the name of who recorded it.
async fn contract_payload(
    ctx: &Context<'_>,
    done: std::result::Result<crate::SocialContract, Vec<kernel::UserError>>,
) -> async_graphql::Result<SocialContractPayload> {
    Ok(match done {
        Ok(contract) => {
            let tx = ctx.request()?.tenant_tx().await?;
            let names: BTreeMap<Uuid, String> = identity::find_users(tx, &[contract.recorded_by])
                .await?
                .into_iter()
                .map(|u| (u.id, u.display_name))
                .collect();
            SocialContractPayload::done(contract_object(&contract, &names))
        }
        Err(errors) => SocialContractPayload::refused(errors),
    })
}

#[derive(Default)]
pub struct FamiliesQuery;

#[Object]
impl FamiliesQuery {
    /// The families the caller works with, the newest file first.
    async fn family_files(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = 20, desc = "page size, at most 100")] first: i32,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, FamilyFileObject, EmptyFields, EmptyFields>> {
        let page = Page::parse(first, after.as_deref(), FAMILY_FILE)?;
        let (reader, key) = scope(ctx).await?;
        let tx = ctx.request()?.tenant_tx().await?;
        let rows = crate::list_files(tx, reader, &key, &page).await?;
        let built = objects(ctx, rows).await?;
        Ok(page.connection(built, |o| o.uuid(), |o| o))
    }
}

#[derive(Default)]
pub struct FamiliesMutation;

#[Object]
impl FamiliesMutation {
    /// Opens a family's file, with the colleagues working with the family. A social worker.
    async fn open_family_file(
        &self,
        ctx: &Context<'_>,
        input: OpenFamilyFileInput,
    ) -> async_graphql::Result<FamilyFilePayload> {
        let (reader, key) = scope(ctx).await?;
        reader.require_social_worker()?;
        let new = match NewFile::try_from(input) {
            Ok(new) => new,
            Err(errors) => return Ok(FamilyFilePayload::refused(errors)),
        };
        let tx = ctx.request()?.tenant_tx().await?;
        Ok(match crate::open_file(tx, reader, &key, new).await? {
            Ok(file) => FamilyFilePayload::done(one(ctx, file).await?),
            Err(errors) => FamilyFilePayload::refused(errors),
        })
    }

    /// Corrects a family's file: who the family is, the day the work started and who works
    /// with it (a colleague left out reads the file no more). Those working with the family,
    /// while the file is open.
    async fn update_family_file(
        &self,
        ctx: &Context<'_>,
        input: UpdateFamilyFileInput,
    ) -> async_graphql::Result<FamilyFilePayload> {
        let (reader, key) = scope(ctx).await?;
        let change = match FileCorrection::try_from(input) {
            Ok(change) => change,
            Err(errors) => return Ok(FamilyFilePayload::refused(errors)),
        };
        let tx = ctx.request()?.tenant_tx().await?;
        let done = crate::correct_file(tx, reader, &key, change.id, change.version, change.content)
            .await?;
        Ok(match done {
            Ok(file) => FamilyFilePayload::done(one(ctx, file).await?),
            Err(errors) => FamilyFilePayload::refused(errors),
        })
    }

    /// Ends the work with a family: the file is kept for reading and changes no more. Those
    /// working with the family.
    async fn close_family_file(
        &self,
        ctx: &Context<'_>,
        input: CloseFamilyFileInput,
    ) -> async_graphql::Result<FamilyFilePayload> {
        let (reader, key) = scope(ctx).await?;
        let id = GlobalId::decode_as(&input.id, FAMILY_FILE)?;
        let on = input
            .closed_on
            .map_or_else(kernel::calendar::today, |d| d.0);
        let tx = ctx.request()?.tenant_tx().await?;
        Ok(
            match crate::close_file(tx, reader, &key, id, input.version, on, input.reason).await? {
                Ok(file) => FamilyFilePayload::done(one(ctx, file).await?),
                Err(errors) => FamilyFilePayload::refused(errors),
            },
        )
    }

    /// Concludes a social contract with a family (counted as help of that kind). Those
    /// working with the family, while the file is open.
    async fn conclude_social_contract(
        &self,
        ctx: &Context<'_>,
        input: ConcludeSocialContractInput,
    ) -> async_graphql::Result<SocialContractPayload> {
        let (reader, key) = scope(ctx).await?;
        let new = match NewContract::try_from(input) {
            Ok(new) => new,
            Err(errors) => return Ok(SocialContractPayload::refused(errors)),
        };
        let tx = ctx.request()?.tenant_tx().await?;
        let done = crate::conclude_contract(tx, reader, &key, new).await?;
        contract_payload(ctx, done).await
    }

    /// Settles a social contract: fulfilled, partly, not, or terminated. Those working with
    /// the family, once.
    async fn settle_social_contract(
        &self,
        ctx: &Context<'_>,
        input: SettleSocialContractInput,
    ) -> async_graphql::Result<SocialContractPayload> {
        let (reader, key) = scope(ctx).await?;
        let settlement = match Settlement::try_from(input) {
            Ok(settlement) => settlement,
            Err(errors) => return Ok(SocialContractPayload::refused(errors)),
        };
        let tx = ctx.request()?.tenant_tx().await?;
        let done = crate::settle_contract(tx, reader, &key, settlement).await?;
        contract_payload(ctx, done).await
    }

    /// Records help given to a family. Those working with the family.
    async fn record_family_help(
        &self,
        ctx: &Context<'_>,
        input: RecordFamilyHelpInput,
    ) -> async_graphql::Result<RecordFamilyHelpPayload> {
        let (reader, key) = scope(ctx).await?;
        let new = match NewHelp::try_from(input) {
            Ok(new) => new,
            Err(errors) => return Ok(RecordFamilyHelpPayload::refused(errors)),
        };
        let tx = ctx.request()?.tenant_tx().await?;
        Ok(match crate::record_help(tx, reader, &key, new).await? {
            Ok(help) => {
                let names: BTreeMap<Uuid, String> = identity::find_users(tx, &[help.recorded_by])
                    .await?
                    .into_iter()
                    .map(|u| (u.id, u.display_name))
                    .collect();
                RecordFamilyHelpPayload::done(help_object(&help, &names))
            }
            Err(errors) => RecordFamilyHelpPayload::refused(errors),
        })
    }

    /// Withdraws help recorded by mistake: it leaves the file and the statistics (the audit
    /// trail keeps it). Those working with the family, while the file is open.
    async fn withdraw_family_help(
        &self,
        ctx: &Context<'_>,
        input: WithdrawFamilyHelpInput,
    ) -> async_graphql::Result<FamilyFilePayload> {
        let (reader, key) = scope(ctx).await?;
        let file = GlobalId::decode_as(&input.file_id, FAMILY_FILE)?;
        let help = GlobalId::decode_as(&input.help_id, crate::ids::FAMILY_HELP)?;
        let tx = ctx.request()?.tenant_tx().await?;
        Ok(
            match crate::withdraw_help(tx, reader, &key, file, help).await? {
                Ok(file) => FamilyFilePayload::done(one(ctx, file).await?),
                Err(errors) => FamilyFilePayload::refused(errors),
            },
        )
    }

    /// Links a Blue Card opened for the family to its file. Those working with the family who
    /// see the card.
    async fn link_family_file_to_blue_card(
        &self,
        ctx: &Context<'_>,
        input: LinkFamilyFileToBlueCardInput,
    ) -> async_graphql::Result<FamilyFilePayload> {
        let (reader, key) = scope(ctx).await?;
        let file = GlobalId::decode_as(&input.file_id, FAMILY_FILE)?;
        let card = GlobalId::decode_as(&input.blue_card_id, NodeType::BlueCard)?;
        let req = ctx.request()?;
        let tx = req.tenant_tx().await?;
        let cases_reader = cases::reader(tx, req.principal.require_staff()?).await?;
        Ok(
            match crate::link_card(tx, reader, cases_reader, &key, file, card).await? {
                Ok(file) => FamilyFilePayload::done(one(ctx, file).await?),
                Err(errors) => FamilyFilePayload::refused(errors),
            },
        )
    }
}
