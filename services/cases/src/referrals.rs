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
    /// The item's version as read: the enrolment moves it only from there.
    pub plan_item_version: i32,
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
        let mut refused = illegal(&card, "have its plan acted on");
        for e in &mut refused {
            e.field = vec!["input".to_owned(), "planItemId".to_owned()];
        }
        return Ok(Err(refused));
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
    match &person {
        Some(p) => tx.touch(crate::ids::person_gid(p.id)),
        None => errors.push(UserError::new(
            &["input", "personId"],
            "NOT_A_PERPETRATOR",
            "a referral enrols one of the card's perpetrators",
        )),
    }
    match (person, item.programme) {
        (Some(person), Some(programme)) if errors.is_empty() => Ok(Ok(ReferralSubject {
            card_id: card.id,
            plan_item_id: item.id,
            plan_item_version: item.version,
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

/// Whether an enrolment's progress moves a referral item from `from` to `to`: an enrolment puts
/// a planned (or earlier abandoned) referral in progress; its end makes one in progress done or
/// abandoned, or planned again when the person never got a place (the edition ended first).
/// Anything else (an item the group has since set by hand) is left as it is.
pub fn referral_moves(from: PlanItemStatus, to: PlanItemStatus) -> bool {
    use PlanItemStatus::*;
    matches!(
        (from, to),
        (Planned | Abandoned, InProgress) | (InProgress, Done | Abandoned | Planned)
    )
}

/// Moves a programme referral item as its enrolment progresses, by [`referral_moves`], recorded
/// in the card's history as taken by `by` and in the audit trail; a move made on schedule (`by`
/// is `None`: a waiting list closed when its edition ended) changes the item only, as no one
/// took a step. For the programmes service,
/// which has decided the step. `expected` is the item's version the caller read (an enrolment
/// from the card): CONFLICT when it moved since. A card that has ended keeps its plan as it
/// was, and an item the table does not move is left alone; neither is an error (the people
/// running a programme are not told about the card).
pub async fn referral_progressed(
    tx: &TenantTx,
    item_id: Uuid,
    to: PlanItemStatus,
    by: Option<Uuid>,
    expected: Option<i32>,
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
    let changed = || Error::Conflict("this was changed at the same time; try again".to_owned());
    if expected.is_some_and(|v| v != item.version) {
        return Err(changed());
    }
    // An item already in progress (set by hand before the enrolment) is followed from now on.
    let follows_now = to == PlanItemStatus::InProgress
        && item.status == PlanItemStatus::InProgress
        && !item.followed_by_enrolment;
    if card.status.is_ended() || !(referral_moves(item.status, to) || follows_now) {
        return Ok(());
    }
    let moved = tx
        .update_many::<plan_item::Entity>()
        .col_expr(plan_item::Column::Status, Expr::value(to))
        .col_expr(
            plan_item::Column::FollowedByEnrolment,
            Expr::value(to == PlanItemStatus::InProgress),
        )
        .col_expr(plan_item::Column::Version, Expr::value(item.version + 1))
        .col_expr(plan_item::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(plan_item::Column::Id.eq(item_id))
        .filter(plan_item::Column::Version.eq(item.version))
        .exec(&*conn)
        .await?;
    drop(conn);
    if moved.rows_affected == 0 {
        return Err(changed());
    }
    tx.touch(crate::ids::plan_item_gid(item_id));
    match by {
        Some(by) => record_as(tx, card.id, card.status, Step::PlanItemChanged, by).await,
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_enrolment_moves_only_what_it_started() {
        use PlanItemStatus::*;
        for from in PlanItemStatus::ALL {
            for to in PlanItemStatus::ALL {
                let expected = matches!(
                    (from, to),
                    (Planned, InProgress)
                        | (Abandoned, InProgress)
                        | (InProgress, Done)
                        | (InProgress, Abandoned)
                        | (InProgress, Planned)
                );
                assert_eq!(referral_moves(*from, *to), expected, "{from:?} → {to:?}");
            }
        }
    }
}
