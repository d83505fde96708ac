//! What every step of the procedure shares: the card as the caller may change it, claiming it,
//! moving it by the procedure table with its deadlines, recording the step, and the checks of
//! who may take it.

use chrono::{NaiveDate, Utc};
use kernel::crypto::DataKey;
use kernel::store::StoredSet;
use kernel::{Error, Result, TenantTx, UserError};
use sea_orm::sea_query::{Expr, SimpleExpr};
use sea_orm::{ActiveModelTrait, ColumnTrait, QueryFilter, Set};
use uuid::Uuid;

use crate::read::{CaseAccess, VisibleCard};

use crate::deadlines;

use crate::domain::{FormKind, ViolenceForm};
use crate::procedure::Status;
use crate::procedure::{Step, Taker};
use crate::read::{get_card, group_of};
use crate::store::{card, form, step};
use crate::{place, today, BlueCard, FormContent};

pub(crate) fn err(field: &[&str], code: &str, message: impl Into<String>) -> Vec<UserError> {
    vec![UserError::new(field, code, message)]
}

pub(crate) fn illegal(card: &BlueCard, action: &str) -> Vec<UserError> {
    err(
        &["input", "id"],
        "ILLEGAL_TRANSITION",
        format!(
            "a card in status {} cannot {action}",
            card.status.as_str().replace('_', " ")
        ),
    )
}

pub(crate) fn stale(current: i32) -> Error {
    Error::Conflict(format!(
        "this card was changed by someone else (now at version {current}); reload and try again"
    ))
}

/// The card as the caller may change it: visible to them and still at `expected_version`.
pub(crate) async fn for_change(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
) -> Result<VisibleCard> {
    at_version(get_card(tx, reader, key, id).await?, expected_version)
}

/// The card, if it is still at the version the caller saw; CONFLICT otherwise.
pub(crate) fn at_version(card: VisibleCard, expected_version: i32) -> Result<VisibleCard> {
    if card.version != expected_version {
        return Err(stale(card.version));
    }
    Ok(card)
}

/// Takes the card for this change before anything under it is written: on PostgreSQL the row
/// lock makes a concurrent change wait, then find the version moved (CONFLICT), so two changes
/// never both write their children.
pub(crate) async fn claim(tx: &TenantTx, card: &BlueCard) -> Result<()> {
    let conn = tx.conn().await?;
    let claimed = tx
        .update_many::<card::Entity>()
        .col_expr(card::Column::Version, Expr::col(card::Column::Version))
        .filter(card::Column::Id.eq(card.id))
        .filter(card::Column::Version.eq(card.version))
        .exec(&*conn)
        .await?
        .rows_affected;
    if claimed == 0 {
        return Err(stale(card.version + 1));
    }
    Ok(())
}

/// Holds the card in `status` for the rest of the transaction, before a write under it that
/// leaves the card as it is (work, a plan item): on PostgreSQL the row lock makes a step or a
/// hand-over under way finish first, and one that moved the card on is found here (CONFLICT),
/// so nothing is written under a card that left the status it was read in (a hand-over would
/// not carry it).
pub(crate) async fn hold(tx: &TenantTx, card_id: Uuid, status: Status) -> Result<()> {
    let conn = tx.conn().await?;
    let held = tx
        .update_many::<card::Entity>()
        .col_expr(card::Column::Version, Expr::col(card::Column::Version))
        .filter(card::Column::Id.eq(card_id))
        .filter(card::Column::Status.eq(status))
        .exec(&*conn)
        .await?
        .rows_affected;
    if held == 0 {
        return Err(Error::Conflict(
            "the card moved on at the same time; reload and try again".to_owned(),
        ));
    }
    Ok(())
}

/// The status `step` leads the card to, or ILLEGAL_TRANSITION naming its status (`action` says
/// what was refused, e.g. "be sent to the chair").
pub(crate) fn next(card: &BlueCard, step: Step, action: &str) -> Result<Status, Vec<UserError>> {
    step.transition(card.status)
        .ok_or_else(|| illegal(card, action))
}

/// Applies what `step` does to the card's deadlines (the procedure table's effects), on `on`.
pub(crate) async fn apply_deadlines(
    tx: &TenantTx,
    card_id: Uuid,
    step: Step,
    on: NaiveDate,
) -> Result<()> {
    let effects = step.effects();
    if effects.cancels_open {
        deadlines::cancel_open(tx, card_id).await?;
    }
    if let Some(kind) = effects.meets {
        deadlines::meet(tx, card_id, kind, on).await?;
    }
    if let Some(rule) = effects.adds {
        deadlines::add(tx, card_id, rule, on).await?;
    }
    Ok(())
}

/// Applies `changes` (and the next version) if the card is still at its version, moves it
/// where `step` leads, records the step, and returns the card as it is now.
pub(crate) async fn commit(
    tx: &TenantTx,
    key: &DataKey,
    card: &BlueCard,
    step: Step,
    reader: CaseAccess,
    changes: Vec<(card::Column, SimpleExpr)>,
) -> Result<VisibleCard> {
    let status = step
        .transition(card.status)
        .ok_or_else(|| Error::internal("a step was committed from a status it cannot leave"))?;
    let now = Utc::now();
    let mut update = tx
        .update_many::<card::Entity>()
        .col_expr(card::Column::Status, Expr::value(status))
        .col_expr(card::Column::Version, Expr::value(card.version + 1))
        .col_expr(card::Column::UpdatedAt, Expr::value(now))
        .filter(card::Column::Id.eq(card.id))
        .filter(card::Column::Version.eq(card.version));
    for (column, value) in changes {
        update = update.col_expr(column, value);
    }
    let conn = tx.conn().await?;
    if update.exec(&*conn).await?.rows_affected == 0 {
        return Err(stale(card.version + 1));
    }
    step::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(Uuid::now_v7()),
        card_id: Set(card.id),
        step: Set(step),
        status: Set(status),
        taken_by: Set(reader.user()),
        taken_at: Set(now),
    }
    .insert(&*conn)
    .await?;
    drop(conn);
    // Read back through need to know: what a step returns is a card its taker may see.
    get_card(tx, reader, key, card.id).await
}

/// Records `step` in the card's history as taken now by the reader, without changing the card
/// (its version stays: a plan's item has a version of its own).
pub(crate) async fn record(
    tx: &TenantTx,
    card: &BlueCard,
    step: Step,
    reader: CaseAccess,
) -> Result<()> {
    record_as(tx, card.id, card.status, step, reader.user()).await
}

/// Records `step` in the card's history as taken now by `by`, the card in `status`.
pub(crate) async fn record_as(
    tx: &TenantTx,
    card_id: Uuid,
    status: Status,
    step: Step,
    by: Uuid,
) -> Result<()> {
    let conn = tx.conn().await?;
    step::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(Uuid::now_v7()),
        card_id: Set(card_id),
        step: Set(step),
        status: Set(status),
        taken_by: Set(by),
        taken_at: Set(Utc::now()),
    }
    .insert(&*conn)
    .await?;
    Ok(())
}

/// Whether the reader (who already sees the card) may take `step`, by the procedure table.
pub(crate) async fn check_may_take(
    tx: &TenantTx,
    reader: CaseAccess,
    card: &BlueCard,
    step: Step,
) -> Result<()> {
    let taker = step.taker();
    // The group is read only when it can make the difference.
    let in_group = match taker {
        Taker::Group => in_group(tx, reader, card.id).await?,
        Taker::GroupOrChair => !reader.is_chair() && in_group(tx, reader, card.id).await?,
        Taker::Filer | Taker::AnyoneWhoSees | Taker::Chair => false,
    };
    if taker.admits(reader.is_chair(), in_group) {
        return Ok(());
    }
    Err(Error::Forbidden(
        match taker {
            Taker::Chair => "only the team's chair takes this step",
            Taker::Group => "only the card's diagnostic group takes this step",
            _ => "only the diagnostic group and the team's chair take this step",
        }
        .to_owned(),
    ))
}

/// Whether the reader is in the card's diagnostic group.
pub(crate) async fn in_group(tx: &TenantTx, reader: CaseAccess, card_id: Uuid) -> Result<bool> {
    Ok(group_of(tx, &[card_id])
        .await?
        .iter()
        .any(|m| m.user_id == reader.user()))
}

pub(crate) async fn check_group_or_chair(
    tx: &TenantTx,
    reader: CaseAccess,
    card: &BlueCard,
) -> Result<()> {
    if reader.is_chair() || in_group(tx, reader, card.id).await? {
        return Ok(());
    }
    Err(Error::Forbidden(
        "only the diagnostic group and the team's chair take this step".to_owned(),
    ))
}

pub(crate) fn date_errors(
    on: NaiveDate,
    not_before: NaiveDate,
    field: &str,
    what: &str,
) -> Option<Vec<UserError>> {
    if on > today() {
        return Some(err(
            &["input", field],
            "IN_FUTURE",
            format!("{what} cannot be in the future"),
        ));
    }
    if on < not_before {
        return Some(err(
            &["input", field],
            "TOO_EARLY",
            format!("{what} cannot be before the procedure's previous step"),
        ));
    }
    None
}

pub(crate) fn violence_set(forms: &[ViolenceForm]) -> StoredSet<ViolenceForm> {
    forms.iter().copied().collect()
}

/// Stores a form of the card, sealed: `(card, kind, filled on, filled by)`.
pub(crate) async fn insert_form(
    tx: &TenantTx,
    key: &DataKey,
    (card_id, kind, filled_on, filled_by): (Uuid, FormKind, NaiveDate, Uuid),
    content: &FormContent,
) -> Result<()> {
    let form_id = Uuid::now_v7();
    let conn = tx.conn().await?;
    form::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(form_id),
        card_id: Set(card_id),
        kind: Set(kind),
        filled_on: Set(filled_on),
        filled_by: Set(filled_by),
        sealed: Set(key.seal_json(content, &place::form(form_id))?),
        created_at: Set(Utc::now()),
    }
    .insert(&*conn)
    .await?;
    Ok(())
}
