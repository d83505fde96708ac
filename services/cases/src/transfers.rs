//! A procedure handed over to another municipality's team on Ostoja when the family moves
//! (przekazanie procedury). The sending chair proposes it, the sending municipality's
//! administrator agrees, the receiving municipality's administrator agrees, and the receiving
//! chair accepts; then `handover` moves the card with its forms, plans and history under the
//! receiving municipality's key, in one transaction, and the sending card stays as the closed
//! record of the hand-over. Each municipality decides in its own transaction on the one row both
//! share (`cases_transfers`); nothing else of either is visible to the other.

use chrono::Utc;
use kernel::crypto::DataKey;
use kernel::{Error, Result, TenantTx, UserError};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

use crate::change::{claim, err, for_change, next};
pub use crate::domain::TransferState;
use crate::procedure::Step;
use crate::read::{get_card, CaseAccess};
use crate::store::transfer;
use crate::today;

/// A hand-over as one of its two municipalities sees it.
#[derive(Debug, Clone)]
pub struct Transfer {
    pub id: Uuid,
    /// Whether the viewer's municipality sends it (or receives it).
    pub outgoing: bool,
    /// The other municipality.
    pub counterpart: Uuid,
    /// The sending municipality.
    pub from: Uuid,
    /// The viewer's card: the sending one for the sender; the one it arrived as (with an ID of
    /// its own) for the receiver, once it arrived.
    pub card_id: Option<Uuid>,
    /// The sending card's number, for the chairs (None for administrators).
    pub number: Option<String>,
    pub state: TransferState,
    pub proposed_by: Uuid,
    pub proposed_on: chrono::NaiveDate,
    pub approved_on: Option<chrono::NaiveDate>,
    pub agreed_on: Option<chrono::NaiveDate>,
    pub decided_on: Option<chrono::NaiveDate>,
    pub completed_on: Option<chrono::NaiveDate>,
    pub version: i32,
    /// Whether it waits for the viewer's decision (`decide`).
    pub waits_for_viewer: bool,
    /// Whether the viewer may withdraw it (`withdraw`).
    pub viewer_may_withdraw: bool,
}

/// Who looks at hand-overs: the team's chair (sees the cards) and the administrator (agrees
/// for the municipality, sees no case content). Anyone else sees none.
#[derive(Debug, Clone, Copy)]
pub struct TransferViewer {
    pub user: Uuid,
    pub chair: bool,
    pub admin: bool,
}

impl TransferViewer {
    pub fn new(reader: CaseAccess, admin: bool) -> Self {
        TransferViewer {
            user: reader.user(),
            chair: reader.is_chair() && reader.works_on_cases(),
            admin,
        }
    }
}

fn transfer_from(m: transfer::Model, me: Uuid, viewer: TransferViewer) -> Transfer {
    let outgoing = m.tenant_id == me;
    Transfer {
        id: m.id,
        outgoing,
        counterpart: if outgoing {
            m.to_tenant_id
        } else {
            m.tenant_id
        },
        from: m.tenant_id,
        card_id: if outgoing {
            Some(m.card_id)
        } else {
            m.received_card_id
        },
        number: m.number.filter(|_| viewer.chair),
        state: m.state,
        proposed_by: m.proposed_by,
        proposed_on: m.proposed_on,
        approved_on: m.approved_on,
        agreed_on: m.agreed_on,
        decided_on: m.decided_on,
        completed_on: m.completed_on,
        version: m.version,
        waits_for_viewer: matches!(awaited(outgoing, m.state), Some((who, _, _)) if who.admits(viewer)),
        viewer_may_withdraw: outgoing && m.state.may_withdraw() && (viewer.chair || viewer.admin),
    }
}

/// Who a hand-over waits for.
#[derive(Debug, Clone, Copy)]
enum Decider {
    Admin,
    Chair,
}

impl Decider {
    fn admits(self, viewer: TransferViewer) -> bool {
        match self {
            Decider::Admin => viewer.admin,
            Decider::Chair => viewer.chair,
        }
    }
}

/// The decision a hand-over in `state` waits for on this side (`outgoing`: the sending
/// municipality's): who takes it, and the state agreeing and refusing lead to.
fn awaited(
    outgoing: bool,
    state: TransferState,
) -> Option<(Decider, TransferState, TransferState)> {
    use TransferState::*;
    match (outgoing, state) {
        (true, Proposed) => Some((Decider::Admin, Approved, Refused)),
        (false, Approved) => Some((Decider::Admin, Agreed, Declined)),
        (false, Agreed) => Some((Decider::Chair, Accepted, Declined)),
        _ => None,
    }
}

/// The hand-overs the viewer sees: the chair and the administrator every one their
/// municipality sends; of those it receives, the administrator each the sender agreed to, the
/// chair each their administrator agreed to (and none their administrator declined).
fn visible(tx: &TenantTx, viewer: TransferViewer) -> Condition {
    let received = transfer::Column::ToTenantId.eq(tx.tenant());
    let mut seen = Condition::any();
    if !(viewer.chair || viewer.admin) {
        // Nobody's: a condition no row meets.
        return Condition::all().add(transfer::Column::Id.is_in(Vec::<Uuid>::new()));
    }
    seen = seen.add(tx.scope::<transfer::Entity>());
    use TransferState::*;
    if viewer.admin {
        seen = seen.add(
            Condition::all()
                .add(received.clone())
                // Agreed to by the sender's administrator (not refused by them).
                .add(transfer::Column::ApprovedOn.is_not_null())
                .add(transfer::Column::State.ne(Refused)),
        );
    }
    if viewer.chair {
        seen = seen.add(
            Condition::all().add(received).add(
                Condition::any()
                    .add(transfer::Column::State.is_in([Agreed, Accepted, Completed, Lapsed]))
                    // Declined by the chair, not by the administrator before them.
                    .add(transfer::Column::DecidedOn.is_not_null()),
            ),
        );
    }
    seen
}

/// The hand-overs the viewer sees, the latest first.
pub async fn transfers(tx: &TenantTx, viewer: TransferViewer, first: u64) -> Result<Vec<Transfer>> {
    let conn = tx.conn().await?;
    Ok(tx
        .select_shared::<transfer::Entity>()
        .filter(visible(tx, viewer))
        .order_by_desc(transfer::Column::CreatedAt)
        .limit(first)
        .all(&*conn)
        .await?
        .into_iter()
        .map(|m| transfer_from(m, tx.tenant(), viewer))
        .collect())
}

async fn visible_transfer(
    tx: &TenantTx,
    viewer: TransferViewer,
    id: Uuid,
) -> Result<Option<transfer::Model>> {
    let conn = tx.conn().await?;
    Ok(tx
        .select_shared::<transfer::Entity>()
        .filter(visible(tx, viewer))
        .filter(transfer::Column::Id.eq(id))
        .one(&*conn)
        .await?)
}

/// Whether a hand-over of the card is under way.
async fn pending(tx: &TenantTx, card_id: Uuid) -> Result<bool> {
    let conn = tx.conn().await?;
    Ok(tx
        .select::<transfer::Entity>()
        .filter(transfer::Column::CardId.eq(card_id))
        .all(&*conn)
        .await?
        .into_iter()
        .any(|t| t.state.is_pending()))
}

/// Whether the reader may propose to hand the card over now (for the screens; `propose`
/// decides).
pub async fn may_propose(
    tx: &TenantTx,
    reader: CaseAccess,
    card: &crate::BlueCard,
) -> Result<bool> {
    if !could_propose(reader, card) {
        return Ok(false);
    }
    Ok(!pending(tx, card.id).await?)
}

/// Whether the reader could propose to hand the card over, were none of its hand-overs under
/// way: the chair, at a step the procedure may be handed over from.
pub fn could_propose(reader: CaseAccess, card: &crate::BlueCard) -> bool {
    TransferViewer::new(reader, false).chair && Step::HandedOver.transition(card.status).is_some()
}

/// The municipality a procedure is proposed to, as the platform knows it.
#[derive(Debug, Clone, Copy)]
pub struct Destination {
    pub id: Uuid,
    /// Active and not offboarded: it can take a procedure over.
    pub receives: bool,
}

/// The chair proposes to hand the card over to `to`'s team. Refused (userErrors, nothing
/// written): a municipality that does not exist (`NOT_FOUND`), is the chair's own
/// (`SAME_MUNICIPALITY`) or does not receive (`NOT_ACCEPTED`); a card not between the chair's
/// receipt and closure (`ILLEGAL_TRANSITION`) or already being handed over (`ALREADY_PROPOSED`).
pub async fn propose(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    card_id: Uuid,
    expected_version: i32,
    to: Option<Destination>,
) -> Result<std::result::Result<Transfer, Vec<UserError>>> {
    let viewer = TransferViewer::new(reader, false);
    if !viewer.chair {
        get_card(tx, reader, key, card_id).await?;
        return Err(Error::Forbidden(
            "only the team's chair hands a procedure over".to_owned(),
        ));
    }
    let card = for_change(tx, reader, key, card_id, expected_version).await?;
    if let Err(e) = next(&card, Step::HandedOver, "be handed over") {
        return Ok(Err(e));
    }
    let field = &["input", "municipality"];
    let to = match to {
        None => {
            return Ok(Err(err(
                field,
                "NOT_FOUND",
                "no municipality on Ostoja has this identifier",
            )))
        }
        Some(to) if to.id == tx.tenant() => {
            return Ok(Err(err(
                field,
                "SAME_MUNICIPALITY",
                "the procedure is already this municipality's",
            )))
        }
        Some(to) if !to.receives => {
            return Ok(Err(err(
                field,
                "NOT_ACCEPTED",
                "this municipality does not take procedures over: it is not active on Ostoja",
            )))
        }
        Some(to) => to,
    };
    // Claimed first: on PostgreSQL a second proposal for the card waits here, then finds the
    // first one.
    claim(tx, &card).await?;
    if pending(tx, card.id).await? {
        return Ok(Err(err(
            &["input", "id"],
            "ALREADY_PROPOSED",
            "this procedure is already being handed over",
        )));
    }
    let now = Utc::now();
    let row = transfer::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(Uuid::now_v7()),
        to_tenant_id: Set(to.id),
        card_id: Set(card.id),
        number: Set(card.number.map(|n| n.to_string())),
        state: Set(TransferState::Proposed),
        proposed_by: Set(reader.user()),
        proposed_on: Set(today()),
        approved_by: Set(None),
        approved_on: Set(None),
        agreed_by: Set(None),
        agreed_on: Set(None),
        decided_by: Set(None),
        decided_on: Set(None),
        completed_on: Set(None),
        received_card_id: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
    };
    let conn = tx.conn().await?;
    let m = row.insert(&*conn).await?;
    drop(conn);
    tx.touch(crate::ids::card_gid(card.id));
    tx.touch(crate::ids::transfer_gid(m.id));
    Ok(Ok(transfer_from(m, tx.tenant(), viewer)))
}

/// What a decision did.
#[derive(Debug, Clone)]
pub struct Decided {
    pub transfer: Transfer,
    /// The receiving chair accepted: the procedure is to be moved (`handover::complete`) once
    /// this transaction commits.
    pub to_move: bool,
}

/// The decision the hand-over waits for, taken by the one it waits for: the sending
/// administrator on a proposal, the receiving administrator once the sender agreed, the
/// receiving chair once their administrator agreed. `agree: false` ends it. A hand-over the
/// viewer does not see is NOT_FOUND; one waiting for someone else is FORBIDDEN; one no longer
/// waiting is `ILLEGAL_TRANSITION`.
pub async fn decide(
    tx: &TenantTx,
    viewer: TransferViewer,
    id: Uuid,
    expected_version: i32,
    agree: bool,
) -> Result<std::result::Result<Decided, Vec<UserError>>> {
    let Some(m) = visible_transfer(tx, viewer, id).await? else {
        tx.deny(crate::ids::transfer_gid(id));
        return Err(Error::NotFound);
    };
    if m.version != expected_version {
        return Err(Error::Conflict(format!(
            "this hand-over was decided by someone else (now at version {}); reload and try again",
            m.version
        )));
    }
    let outgoing = m.tenant_id == tx.tenant();
    use TransferState::*;
    let Some((who, agreed, refused)) = awaited(outgoing, m.state) else {
        return Ok(Err(err(
            &["input", "id"],
            "ILLEGAL_TRANSITION",
            "this hand-over no longer waits for a decision of this municipality",
        )));
    };
    if !who.admits(viewer) {
        return Err(Error::Forbidden(match who {
            Decider::Chair => "the receiving team's chair accepts a hand-over".to_owned(),
            Decider::Admin => "the municipality's administrator agrees to a hand-over".to_owned(),
        }));
    }
    let state = if agree { agreed } else { refused };
    let today = today();
    let (by, on) = match m.state {
        Proposed => (transfer::Column::ApprovedBy, transfer::Column::ApprovedOn),
        Approved => (transfer::Column::AgreedBy, transfer::Column::AgreedOn),
        _ => (transfer::Column::DecidedBy, transfer::Column::DecidedOn),
    };
    let conn = tx.conn().await?;
    let updated = tx
        .update_shared::<transfer::Entity>()
        .col_expr(transfer::Column::State, Expr::value(state))
        .col_expr(by, Expr::value(viewer.user))
        .col_expr(on, Expr::value(today))
        .col_expr(transfer::Column::UpdatedAt, Expr::value(Utc::now()))
        .col_expr(transfer::Column::Version, Expr::value(m.version + 1))
        .filter(transfer::Column::Id.eq(id))
        .filter(transfer::Column::Version.eq(m.version))
        .exec(&*conn)
        .await?;
    drop(conn);
    if updated.rows_affected == 0 {
        return Err(Error::Conflict(
            "this hand-over was decided by someone else; reload and try again".to_owned(),
        ));
    }
    tx.touch(crate::ids::transfer_gid(id));
    let now = visible_transfer(tx, viewer, id)
        .await?
        .ok_or_else(|| Error::internal("a decided hand-over vanished"))?;
    Ok(Ok(Decided {
        to_move: now.state == Accepted,
        transfer: transfer_from(now, tx.tenant(), viewer),
    }))
}

/// The sending chair or administrator withdraws a hand-over not yet accepted (the family
/// stays, or the receiving municipality does not answer). One of the other municipality, or one
/// the viewer does not see, is NOT_FOUND; one accepted or ended is `ILLEGAL_TRANSITION`.
pub async fn withdraw(
    tx: &TenantTx,
    viewer: TransferViewer,
    id: Uuid,
    expected_version: i32,
) -> Result<std::result::Result<Transfer, Vec<UserError>>> {
    let found = visible_transfer(tx, viewer, id).await?;
    let Some(m) = found.filter(|m| m.tenant_id == tx.tenant()) else {
        tx.deny(crate::ids::transfer_gid(id));
        return Err(Error::NotFound);
    };
    if m.version != expected_version {
        return Err(Error::Conflict(format!(
            "this hand-over was decided by someone else (now at version {}); reload and try again",
            m.version
        )));
    }
    if !m.state.may_withdraw() {
        return Ok(Err(err(
            &["input", "id"],
            "ILLEGAL_TRANSITION",
            "this hand-over was accepted or has ended: it cannot be withdrawn",
        )));
    }
    let conn = tx.conn().await?;
    let updated = tx
        .update_many::<transfer::Entity>()
        .col_expr(
            transfer::Column::State,
            Expr::value(TransferState::Withdrawn),
        )
        .col_expr(transfer::Column::UpdatedAt, Expr::value(Utc::now()))
        .col_expr(transfer::Column::Version, Expr::value(m.version + 1))
        .filter(transfer::Column::Id.eq(id))
        .filter(transfer::Column::Version.eq(m.version))
        .exec(&*conn)
        .await?;
    drop(conn);
    if updated.rows_affected == 0 {
        return Err(Error::Conflict(
            "this hand-over was decided by someone else; reload and try again".to_owned(),
        ));
    }
    tx.touch(crate::ids::transfer_gid(id));
    let now = visible_transfer(tx, viewer, id)
        .await?
        .ok_or_else(|| Error::internal("a withdrawn hand-over vanished"))?;
    Ok(Ok(transfer_from(now, tx.tenant(), viewer)))
}

/// The hand-overs of one card the viewer sees (for its page): the chair's, every one it was
/// proposed in, and the one it arrived with.
pub async fn of_card(
    tx: &TenantTx,
    viewer: TransferViewer,
    card_id: Uuid,
) -> Result<Vec<Transfer>> {
    of_cards(tx, viewer, &[card_id]).await
}

/// The hand-overs of each of `card_ids` the viewer sees, in one statement (a list's page), the
/// latest first; each names its card in `card_id`.
pub async fn of_cards(
    tx: &TenantTx,
    viewer: TransferViewer,
    card_ids: &[Uuid],
) -> Result<Vec<Transfer>> {
    if !viewer.chair || card_ids.is_empty() {
        return Ok(Vec::new());
    }
    let conn = tx.conn().await?;
    Ok(tx
        .select_shared::<transfer::Entity>()
        .filter(visible(tx, viewer))
        // Each party's own card: the sender's, or the one it arrived as.
        .filter(
            Condition::any()
                .add(
                    Condition::all()
                        .add(tx.scope::<transfer::Entity>())
                        .add(transfer::Column::CardId.is_in(card_ids.iter().copied())),
                )
                .add(
                    Condition::all()
                        .add(transfer::Column::ToTenantId.eq(tx.tenant()))
                        .add(transfer::Column::ReceivedCardId.is_in(card_ids.iter().copied())),
                ),
        )
        .order_by_desc(transfer::Column::CreatedAt)
        .all(&*conn)
        .await?
        .into_iter()
        .map(|m| transfer_from(m, tx.tenant(), viewer))
        .collect())
}
