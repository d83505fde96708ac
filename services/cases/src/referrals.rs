//! Programme referrals of an action plan (NK-D), as the programmes service acts on them: the
//! card's diagnostic group enrols the card's perpetrator from a referral item, and the
//! enrolment's progress moves the item. Programmes depend on this narrow API; cases know
//! nothing of programmes.

use chrono::Utc;
use kernel::crypto::DataKey;
use kernel::{Error, Result, TenantTx, UserError};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, QueryFilter};
use uuid::Uuid;

use crate::change::{check_group_or_chair, illegal, record_as};
use crate::domain::{PersonRole, PlanItemKind, PlanItemStatus, ProgrammeKind};
use crate::procedure::Step;
use crate::read::{get_card, persons_of, plan_item_card, plan_items_of, CaseAccess};
use crate::store::{card, plan_item};
use crate::{Person, PlanItem};

/// Whom a referral is acted on for: the card's perpetrator named, and the kind of programme
/// the action plan refers them to.
pub struct ReferralSubject {
    pub card_id: Uuid,
    pub plan_item_id: Uuid,
    pub programme: ProgrammeKind,
    pub person: Person,
}

/// The referral item `item_id` and the perpetrator `person_id` it is acted on for, when the
/// reader is in the card's diagnostic group or chairs the team. An item of a card the reader
/// may not see is NOT_FOUND, as one that does not exist; a reader who sees the card outside
/// its group is FORBIDDEN. An item that is not a programme referral, one already done, a card
/// whose plans are closed, or a person who is not one of the card's perpetrators: userErrors.
pub async fn referral_subject(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    item_id: Uuid,
    person_id: Uuid,
) -> Result<std::result::Result<ReferralSubject, Vec<UserError>>> {
    let card_id = plan_item_card(tx, item_id).await?.ok_or(Error::NotFound)?;
    let card = get_card(tx, reader, key, card_id).await?;
    check_group_or_chair(tx, reader, &card).await?;
    if !card.status.has_plans() {
        return Ok(Err(illegal(&card, "have its plan acted on")));
    }
    let item = plan_items_of(tx, key, &[card.id], Some(&[item_id]))
        .await?
        .pop()
        .ok_or(Error::NotFound)?;
    let mut errors = Vec::new();
    match (item.kind, item.programme, item.status) {
        (PlanItemKind::ProgrammeReferral, Some(_), PlanItemStatus::Done) => {
            errors.push(UserError::new(
                &["input", "planItemId"],
                "ALREADY_DONE",
                "this referral is already done",
            ));
        }
        (PlanItemKind::ProgrammeReferral, Some(_), _) => {}
        _ => errors.push(UserError::new(
            &["input", "planItemId"],
            "NOT_A_REFERRAL",
            "only a programme referral of the action plan enrols someone in a programme",
        )),
    }
    let person = persons_of(tx, key, &[card.id])
        .await?
        .into_iter()
        .find(|p| p.id == person_id && p.role == PersonRole::Perpetrator);
    if person.is_none() {
        errors.push(UserError::new(
            &["input", "personId"],
            "NOT_A_PERPETRATOR",
            "a referral enrols one of the card's perpetrators",
        ));
    }
    match (person, item.programme) {
        (Some(person), Some(programme)) if errors.is_empty() => Ok(Ok(ReferralSubject {
            card_id: card.id,
            plan_item_id: item.id,
            programme,
            person,
        })),
        _ => Ok(Err(errors)),
    }
}

/// The programme referrals of a card's action plans, for the card's diagnostic group and the
/// team's chair (who see what became of them): NOT_FOUND for a card the reader may not see,
/// FORBIDDEN for a reader who sees it outside its group.
pub async fn referrals_of(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    card_id: Uuid,
) -> Result<Vec<PlanItem>> {
    let card = get_card(tx, reader, key, card_id).await?;
    check_group_or_chair(tx, reader, &card).await?;
    Ok(plan_items_of(tx, key, &[card.id], None)
        .await?
        .into_iter()
        .filter(|i| i.kind == PlanItemKind::ProgrammeReferral)
        .collect())
}

/// Moves a programme referral item as its enrolment progresses (enrolled: in progress;
/// completed: done; dropped out: abandoned), recorded in the card's history as taken by `by`.
/// For the programmes service, which has decided the step; the item's version moves, so a
/// change to it in flight on the card answers CONFLICT rather than overwrite the outcome.
pub async fn referral_progressed(
    tx: &TenantTx,
    item_id: Uuid,
    status: PlanItemStatus,
    by: Uuid,
) -> Result<()> {
    let conn = tx.conn().await?;
    let item = tx
        .select_by_id::<plan_item::Entity>(item_id)
        .one(&*conn)
        .await?
        .ok_or(Error::NotFound)?;
    let card = tx
        .select_by_id::<card::Entity>(item.card_id)
        .one(&*conn)
        .await?
        .ok_or_else(|| Error::internal("a plan item without its card"))?;
    let moved = tx
        .update_many::<plan_item::Entity>()
        .col_expr(plan_item::Column::Status, Expr::value(status))
        .col_expr(plan_item::Column::Version, Expr::value(item.version + 1))
        .col_expr(plan_item::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(plan_item::Column::Id.eq(item_id))
        .filter(plan_item::Column::Version.eq(item.version))
        .exec(&*conn)
        .await?;
    drop(conn);
    if moved.rows_affected == 0 {
        return Err(Error::Conflict(
            "the referral's plan item was changed at the same time; try again".to_owned(),
        ));
    }
    record_as(tx, card.id, card.status, Step::PlanItemChanged, by).await
}
