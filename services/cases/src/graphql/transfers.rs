//! Hand-overs of a procedure to another municipality's team in the API: the sending chair
//! proposes, the two administrators agree, the receiving chair accepts; `caseTransfers` lists
//! them for the chairs and administrators of both municipalities.

use async_graphql::{Context, InputObject, Object, ID};
use kernel::crypto::MasterKey;
use kernel::date::Date;
use kernel::db::AuditContext;
use kernel::input::Payload;
use kernel::principal::Actor;
use kernel::request::ContextExt;
use kernel::{Error, GlobalId, NodeType};

use super::loaders::{scope, scope_for_change};
use super::BlueCardObject;
use crate::ids::TRANSFER;
use crate::transfers::{Destination, Transfer, TransferState, TransferViewer};

/// A hand-over as the API shows it (`CaseTransfer`).
pub struct TransferObject(Transfer);

/// Przekazanie procedury zespołowi interdyscyplinarnemu innej gminy (the family moved), as
/// one of the two municipalities sees it. No personal data: the card itself is read through
/// `card` by those who may see it.
#[Object(name = "CaseTransfer")]
impl TransferObject {
    async fn id(&self) -> ID {
        ID(GlobalId::new(TRANSFER, self.0.id).encode())
    }

    /// Whether this municipality hands the procedure over (false: it receives it).
    async fn outgoing(&self) -> bool {
        self.0.outgoing
    }

    /// The other municipality's name.
    async fn municipality(&self, ctx: &Context<'_>) -> async_graphql::Result<String> {
        Ok(tenancy::graphql::municipality_name(ctx, self.0.counterpart)
            .await?
            .unwrap_or_default())
    }

    /// The sending card's number, for the chairs.
    async fn number(&self) -> Option<&str> {
        self.0.number.as_deref()
    }

    async fn state(&self) -> TransferState {
        self.0.state
    }

    async fn proposed_on(&self) -> Date {
        Date(self.0.proposed_on)
    }

    /// Who proposed it, when this municipality sends it.
    async fn proposed_by_name(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<String>> {
        if !self.0.outgoing {
            return Ok(None);
        }
        identity::graphql::display_name(ctx, self.0.proposed_by).await
    }

    /// The day the sending municipality's administrator agreed (or refused).
    async fn approved_on(&self) -> Option<Date> {
        self.0.approved_on.map(Date)
    }

    /// The day the receiving municipality's administrator agreed (or declined).
    async fn agreed_on(&self) -> Option<Date> {
        self.0.agreed_on.map(Date)
    }

    /// The day the receiving chair accepted (or declined).
    async fn decided_on(&self) -> Option<Date> {
        self.0.decided_on.map(Date)
    }

    /// The day the procedure moved.
    async fn completed_on(&self) -> Option<Date> {
        self.0.completed_on.map(Date)
    }

    async fn version(&self) -> i32 {
        self.0.version
    }

    /// Whether it waits for the viewer's decision (`decideCaseTransfer`): the administrator's
    /// agreement, or the receiving chair's acceptance.
    async fn waits_for_viewer(&self) -> bool {
        self.0.waits_for_viewer
    }

    /// Whether the viewer may withdraw it (`withdrawCaseTransfer`): the sending chair or
    /// administrator, until the receiving chair accepts.
    async fn viewer_may_withdraw(&self) -> bool {
        self.0.viewer_may_withdraw
    }

    /// The card, for those who may see it: the one handed over, in the sending municipality;
    /// the one received, in the receiving municipality once it arrived.
    async fn card(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<BlueCardObject>> {
        let Some(id) = self.0.card_id else {
            return Ok(None);
        };
        Ok(super::load_cards(ctx, &[id]).await?.pop())
    }
}

/// The card's hand-overs, for the chair (`BlueCard.transfers`).
pub(crate) async fn of_card(
    ctx: &Context<'_>,
    card_id: uuid::Uuid,
) -> async_graphql::Result<Vec<TransferObject>> {
    let found = super::loaders::children(ctx, card_id, |req, master| {
        super::loaders::TransfersLoader { req, master }
    })
    .await?;
    Ok(found.into_iter().map(TransferObject).collect())
}

async fn viewer(ctx: &Context<'_>) -> kernel::Result<TransferViewer> {
    let req = ctx.request()?;
    let admin = req.principal.require_tenant_admin().is_ok();
    let s = scope(ctx).await?;
    Ok(TransferViewer::new(s.reader, admin))
}

#[derive(Default)]
pub struct TransfersQuery;

#[Object]
impl TransfersQuery {
    /// Hand-overs of procedures between this municipality and others, the latest first: for
    /// the team's chair and the administrator, each of the municipality's own and each one
    /// received that waits for them or was decided.
    async fn case_transfers(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = 50, desc = "at most 200")] first: i32,
    ) -> async_graphql::Result<Vec<TransferObject>> {
        let viewer = viewer(ctx).await?;
        let first = u64::try_from(first.clamp(1, 200)).unwrap_or(50);
        let s = scope(ctx).await?;
        Ok(crate::transfers::transfers(s.tx().await?, viewer, first)
            .await?
            .into_iter()
            .map(TransferObject)
            .collect())
    }
}

/// Input of `proposeCaseTransfer`: the card, its version, and the municipality (its
/// identifier on Ostoja, e.g. `czestochowa`) whose team takes the procedure over.
#[derive(InputObject)]
pub struct ProposeCaseTransferInput {
    pub id: ID,
    pub version: i32,
    pub municipality: String,
}

/// Input of `withdrawCaseTransfer`: the hand-over and its version.
#[derive(InputObject)]
pub struct WithdrawCaseTransferInput {
    pub id: ID,
    pub version: i32,
}

/// Input of `decideCaseTransfer`: the hand-over, its version, and whether the one it waits for
/// agrees.
#[derive(InputObject)]
pub struct DecideCaseTransferInput {
    pub id: ID,
    pub version: i32,
    pub agree: bool,
}

kernel::payload! {
    /// Result of `proposeCaseTransfer` and `decideCaseTransfer`: the hand-over as it is now, or
    /// why it was refused.
    CaseTransferPayload { transfer: TransferObject }
}

async fn destination(ctx: &Context<'_>, raw: &str) -> kernel::Result<Option<Destination>> {
    let Ok(slug) = kernel::slug::Slug::parse(raw.trim()) else {
        return Ok(None);
    };
    let req = ctx.request()?;
    let tx = req.db().platform().await?;
    let found = tenancy::find_tenant_by_slug(&tx, &slug).await?;
    tx.commit().await?;
    Ok(found.map(|t| Destination {
        id: t.id,
        receives: t.active && t.offboarded_at.is_none(),
    }))
}

#[derive(Default)]
pub struct TransfersMutation;

#[Object]
impl TransfersMutation {
    /// The chair proposes to hand the procedure over to another municipality's team on Ostoja
    /// (the family moved there). Refused: an unknown municipality (NOT_FOUND), the chair's own
    /// (SAME_MUNICIPALITY), one that is not active (NOT_ACCEPTED), a card not between the
    /// chair's receipt and closure (ILLEGAL_TRANSITION), one already being handed over
    /// (ALREADY_PROPOSED).
    async fn propose_case_transfer(
        &self,
        ctx: &Context<'_>,
        input: ProposeCaseTransferInput,
    ) -> async_graphql::Result<CaseTransferPayload> {
        let s = scope_for_change(ctx).await?;
        let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
        let to = destination(ctx, &input.municipality).await?;
        Ok(
            crate::transfers::propose(s.tx().await?, s.reader, &s.key, id, input.version, to)
                .await?
                .map(TransferObject)
                .into(),
        )
    }

    /// The sending chair or administrator withdraws a hand-over the receiving chair has not
    /// accepted yet. Refused: one accepted or ended (ILLEGAL_TRANSITION).
    async fn withdraw_case_transfer(
        &self,
        ctx: &Context<'_>,
        input: WithdrawCaseTransferInput,
    ) -> async_graphql::Result<CaseTransferPayload> {
        // It changes what a card's hand-overs say: what the loaders kept is dropped.
        super::loaders::scope_for_change(ctx).await?;
        let viewer = viewer(ctx).await?;
        // A malformed ID is answered as one that does not exist.
        let id = GlobalId::decode_as(&input.id, TRANSFER).unwrap_or_default();
        let tx = ctx.request()?.tenant_tx().await?;
        Ok(crate::transfers::withdraw(tx, viewer, id, input.version)
            .await?
            .map(TransferObject)
            .into())
    }

    /// The decision a hand-over waits for, by the one it waits for: the sending
    /// administrator's agreement to a proposal, then the receiving administrator's, then the
    /// receiving chair's acceptance, after which the procedure moves to the receiving
    /// municipality at once. `agree: false` ends it.
    async fn decide_case_transfer(
        &self,
        ctx: &Context<'_>,
        input: DecideCaseTransferInput,
    ) -> async_graphql::Result<CaseTransferPayload> {
        // A malformed ID is answered as one that does not exist: no hand-over has the nil ID.
        let id = GlobalId::decode_as(&input.id, TRANSFER).unwrap_or_default();
        super::loaders::scope_for_change(ctx).await?;
        let viewer = viewer(ctx).await?;
        let req = ctx.request()?;
        let tx = req.tenant_tx().await?;
        let decided =
            match crate::transfers::decide(tx, viewer, id, input.version, input.agree).await? {
                Ok(decided) => decided,
                Err(errors) => return Ok(CaseTransferPayload::refused(errors)),
            };
        if decided.to_move {
            let db = req.db().clone();
            let master = ctx
                .data::<MasterKey>()
                .map_err(|_| Error::internal("master key missing from the schema"))?
                .clone();
            let audit = AuditContext {
                actor: Actor::System("cases-transfer".to_owned()),
                ..req.audit_context()
            };
            let from = decided.transfer.from;
            // After the acceptance commits (on SQLite its transaction holds the write lock):
            // the move is a transaction of its own, retried by the worker if it fails here.
            tx.after_commit(async move {
                if let Err(e) = crate::handover::complete(&db, &master, audit, from, id).await {
                    e.log_if_internal();
                    tracing::warn!(transfer = %id, "moving an accepted hand-over failed; the worker retries");
                }
            });
        }
        Ok(CaseTransferPayload::done(TransferObject(decided.transfer)))
    }
}
