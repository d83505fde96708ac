//! Help plans (NK-C) and action plans (NK-D): their items, who answers for each, and changes.

use std::collections::HashSet;

use chrono::{NaiveDate, Utc};
use kernel::crypto::DataKey;
use kernel::{Error, Result, TenantTx, UserError};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, QueryFilter, Set};
use uuid::Uuid;

use crate::read::CaseAccess;

use crate::change::*;

use crate::domain::{PlanItemKind, PlanItemStatus, PlanKind, ProgrammeKind};
use crate::read::{get_card, plan_items_of};
use crate::store::plan_item;
use crate::{place, PlanItem};

/// A plan item as a form or a mutation gives it.
pub struct NewPlanItem {
    pub kind: PlanItemKind,
    pub programme: Option<ProgrammeKind>,
    pub description: String,
    pub responsible_user_id: Option<Uuid>,
    pub due_on: Option<NaiveDate>,
}

pub(crate) fn plan_item_errors(
    plan: PlanKind,
    item: &NewPlanItem,
    path: &[&str],
) -> Vec<UserError> {
    let mut errors = Vec::new();
    match item.kind {
        PlanItemKind::ProgrammeReferral | PlanItemKind::PettyOffenceNotice
            if plan != PlanKind::ActionPlan =>
        {
            errors.push(UserError::at(path, "kind",
                "PERPETRATOR_ONLY",
                "programme referrals and petty-offence notices belong in the perpetrator's action plan",
            ));
        }
        PlanItemKind::ProgrammeReferral if item.programme.is_none() => {
            errors.push(UserError::at(
                path,
                "programme",
                "REQUIRED",
                "name the programme the perpetrator is referred to",
            ));
        }
        PlanItemKind::Action | PlanItemKind::PettyOffenceNotice if item.programme.is_some() => {
            errors.push(UserError::at(
                path,
                "programme",
                "NOT_APPLICABLE",
                "only a programme referral names a programme",
            ));
        }
        _ => {}
    }
    errors
}

pub(crate) async fn insert_plan_items(
    tx: &TenantTx,
    key: &DataKey,
    card_id: Uuid,
    plan: PlanKind,
    items: Vec<NewPlanItem>,
) -> Result<Vec<Uuid>> {
    let now = Utc::now();
    let conn = tx.conn().await?;
    let mut ids = Vec::new();
    for item in items {
        let id = Uuid::now_v7();
        plan_item::ActiveModel {
            tenant_id: Set(tx.tenant()),
            id: Set(id),
            card_id: Set(card_id),
            plan: Set(plan),
            kind: Set(item.kind),
            programme: Set(item.programme),
            sealed: Set(key.seal_json(
                &crate::domain::PlanItemText {
                    description: item.description,
                },
                &place::plan_item(id),
            )?),
            responsible_user_id: Set(item.responsible_user_id),
            due_on: Set(item.due_on),
            status: Set(PlanItemStatus::Planned),
            created_at: Set(now),
            updated_at: Set(now),
            version: Set(1),
            followed_by_enrolment: Set(false),
        }
        .insert(&*conn)
        .await?;
        tx.touch(crate::ids::plan_item_gid(id));
        ids.push(id);
    }
    Ok(ids)
}

/// Who may be responsible for a plan item: a member of the team (every diagnostic group is
/// made of team members) who works on cases now by the one rule. Never the administrator or the
/// data-protection officer as such.
async fn responsible_candidates(tx: &TenantTx) -> Result<HashSet<Uuid>> {
    let Some(team) = teams::team(tx).await? else {
        return Ok(HashSet::new());
    };
    teams::working(tx, &teams::members(tx, team.id).await?).await
}

fn not_responsible(path: &[&str]) -> UserError {
    UserError::new(
        path,
        "NOT_TEAM_MEMBER",
        "only a member of the interdisciplinary team (the card's group or the team) can be responsible",
    )
}

pub(crate) async fn responsible_errors(
    tx: &TenantTx,
    items: &[NewPlanItem],
    path: &[&str],
) -> Result<Vec<UserError>> {
    if items.iter().all(|i| i.responsible_user_id.is_none()) {
        return Ok(Vec::new());
    }
    let known = responsible_candidates(tx).await?;
    Ok(items
        .iter()
        .enumerate()
        .filter(|(_, i)| i.responsible_user_id.is_some_and(|u| !known.contains(&u)))
        .map(|(n, _)| {
            let index = n.to_string();
            let mut p = path.to_vec();
            p.extend([index.as_str(), "responsibleUserId"]);
            not_responsible(&p)
        })
        .collect())
}

/// Adds an item to the help plan or the action plan.
pub async fn add_plan_item(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    card_id: Uuid,
    plan: PlanKind,
    item: NewPlanItem,
) -> Result<Result<PlanItem, Vec<UserError>>> {
    let card = get_card(tx, reader, key, card_id).await?;
    check_group_or_chair(tx, reader, &card).await?;
    if !card.status.has_plans() {
        return Ok(Err(illegal(&card, "have plan items")));
    }
    let mut errors = plan_item_errors(plan, &item, &["input"]);
    if item.responsible_user_id.is_some() {
        let e = responsible_errors(tx, std::slice::from_ref(&item), &["input"]).await?;
        errors.extend(e.into_iter().map(|mut e| {
            e.field = vec!["input".to_owned(), "responsibleUserId".to_owned()];
            e
        }));
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    crate::change::hold(tx, card.id, card.status).await?;
    let ids = insert_plan_items(tx, key, card.id, plan, vec![item]).await?;
    crate::change::record(tx, &card, crate::procedure::Step::PlanItemAdded, reader).await?;
    plan_items_of(tx, key, &[card.id], Some(&ids))
        .await?
        .pop()
        .map(Ok)
        .ok_or_else(|| Error::internal("a plan item vanished after its insert"))
}

/// A change to a plan item; `None` leaves a field as it is.
pub struct PlanItemChange {
    pub status: Option<PlanItemStatus>,
    pub description: Option<String>,
    /// `None`: unchanged; `Some(None)`: cleared.
    pub due_on: Option<Option<NaiveDate>>,
    /// `None`: unchanged; `Some(None)`: nobody.
    pub responsible_user_id: Option<Option<Uuid>>,
}

pub async fn update_plan_item(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    item_id: Uuid,
    expected_version: i32,
    change: PlanItemChange,
) -> Result<Result<PlanItem, Vec<UserError>>> {
    let card_id = crate::read::plan_item_card(tx, item_id)
        .await?
        .ok_or(Error::NotFound)?;
    let card = get_card(tx, reader, key, card_id).await?;
    check_group_or_chair(tx, reader, &card).await?;
    let current = plan_items_of(tx, key, &[card.id], Some(&[item_id]))
        .await?
        .pop()
        .ok_or(Error::NotFound)?;
    let item_stale = |v: i32| {
        Error::Conflict(format!(
            "this plan item was changed by someone else (now at version {v}); reload and try again"
        ))
    };
    if current.version != expected_version {
        return Err(item_stale(current.version));
    }
    if card.status.is_ended() {
        return Ok(Err(illegal(&card, "have its plan changed")));
    }
    if current.followed_by_enrolment && change.status.is_some_and(|s| s != current.status) {
        return Ok(Err(vec![UserError::new(
            &["input", "status"],
            "FOLLOWS_ENROLMENT",
            "the item follows the programme enrolment made from it until the enrolment ends",
        )]));
    }
    if let Some(Some(user)) = change.responsible_user_id {
        if !responsible_candidates(tx).await?.contains(&user) {
            return Ok(Err(vec![not_responsible(&["input", "responsibleUserId"])]));
        }
    }
    crate::change::hold(tx, card.id, card.status).await?;
    let mut update = tx
        .update_many::<plan_item::Entity>()
        .col_expr(plan_item::Column::Version, Expr::value(current.version + 1))
        .col_expr(plan_item::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(plan_item::Column::Id.eq(item_id))
        .filter(plan_item::Column::Version.eq(expected_version));
    if let Some(status) = change.status {
        update = update.col_expr(plan_item::Column::Status, Expr::value(status));
    }
    if let Some(description) = change.description {
        update = update.col_expr(
            plan_item::Column::Sealed,
            Expr::value(key.seal_json(
                &crate::domain::PlanItemText { description },
                &place::plan_item(item_id),
            )?),
        );
    }
    if let Some(due) = change.due_on {
        update = update.col_expr(plan_item::Column::DueOn, Expr::value(due));
    }
    if let Some(user) = change.responsible_user_id {
        update = update.col_expr(plan_item::Column::ResponsibleUserId, Expr::value(user));
    }
    {
        let conn = tx.conn().await?;
        if update.exec(&*conn).await?.rows_affected == 0 {
            return Err(item_stale(expected_version + 1));
        }
    }
    crate::change::record(tx, &card, crate::procedure::Step::PlanItemChanged, reader).await?;
    tx.touch(crate::ids::plan_item_gid(item_id));
    plan_items_of(tx, key, &[card.id], Some(&[item_id]))
        .await?
        .pop()
        .map(Ok)
        .ok_or(Error::NotFound)
}
