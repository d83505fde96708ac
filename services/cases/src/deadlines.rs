//! Deadlines of the procedure in working days, the municipality's rules for them, and the
//! notifications the worker sends when they come due or pass.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use kernel::calendar::Period;
use kernel::principal::TenantAdmin;
use kernel::pubsub::PubSub;
use kernel::{Error, Result, TenantTx};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query, SimpleExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use crate::domain::NotificationKind;
use crate::domain::{DeadlineKind, DeadlineRuleKind};
use crate::read::deadline_from;
use crate::store::{access, card, deadline, notification, rule};
use crate::Deadline;

/// A municipality's rule for one kind of deadline.
#[derive(Clone, Debug)]
pub struct DeadlineRule {
    pub kind: DeadlineRuleKind,
    pub period: Period,
    /// Whether the default applies (no rule of the municipality's own).
    pub default: bool,
    /// 0 while the default applies.
    pub version: i32,
}

/// Every rule, the municipality's own where it set one, the default otherwise.
pub async fn deadline_rules(tx: &TenantTx) -> Result<Vec<DeadlineRule>> {
    let stored: HashMap<DeadlineRuleKind, rule::Model> = {
        let conn = tx.conn().await?;
        tx.select::<rule::Entity>()
            .all(&*conn)
            .await?
            .into_iter()
            .map(|m| (m.kind, m))
            .collect()
    };
    DeadlineRuleKind::ALL
        .iter()
        .map(|&kind| match stored.get(&kind) {
            Some(m) => {
                let unit = m.unit;
                let amount =
                    u16::try_from(m.amount).map_err(|_| Error::corrupt("deadline amount"))?;
                Ok(DeadlineRule {
                    kind,
                    period: Period::new(amount, unit)
                        .map_err(|_| Error::corrupt("deadline rule"))?,
                    default: false,
                    version: m.version,
                })
            }
            None => Ok(DeadlineRule {
                kind,
                period: kind.default_period(),
                default: true,
                version: 0,
            }),
        })
        .collect()
}

pub(crate) async fn period(tx: &TenantTx, kind: DeadlineRuleKind) -> Result<Period> {
    Ok(deadline_rules(tx)
        .await?
        .into_iter()
        .find(|r| r.kind == kind)
        .map_or_else(|| kind.default_period(), |r| r.period))
}

/// Sets a municipality's rule if it is still at `expected_version` (0: the default
/// applies). Deadlines already set keep their dates; the rule applies from the next one.
pub async fn set_deadline_rule(
    tx: &TenantTx,
    _by: &TenantAdmin<'_>,
    kind: DeadlineRuleKind,
    period: Period,
    expected_version: i32,
) -> Result<DeadlineRule> {
    let current = deadline_rules(tx)
        .await?
        .into_iter()
        .find(|r| r.kind == kind)
        .ok_or_else(|| Error::internal("a deadline rule kind has no rule"))?;
    let stale = |now: i32| {
        Error::Conflict(format!(
            "this rule was changed by someone else (now at version {now}); reload and try again"
        ))
    };
    if current.version != expected_version {
        return Err(stale(current.version));
    }
    let conn = tx.conn().await?;
    if expected_version == 0 {
        let inserted = rule::Entity::insert(rule::ActiveModel {
            tenant_id: Set(tx.tenant()),
            kind: Set(kind),
            amount: Set(i32::from(period.amount())),
            unit: Set(period.unit()),
            updated_at: Set(Utc::now()),
            version: Set(1),
        })
        .on_conflict(
            OnConflict::columns([rule::Column::TenantId, rule::Column::Kind])
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(&*conn)
        .await?;
        if inserted == 0 {
            return Err(stale(1));
        }
    } else {
        let updated = tx
            .update_many::<rule::Entity>()
            .col_expr(
                rule::Column::Amount,
                Expr::value(i32::from(period.amount())),
            )
            .col_expr(rule::Column::Unit, Expr::value(period.unit()))
            .col_expr(rule::Column::UpdatedAt, Expr::value(Utc::now()))
            .col_expr(rule::Column::Version, Expr::value(expected_version + 1))
            .filter(rule::Column::Kind.eq(kind))
            .filter(rule::Column::Version.eq(expected_version))
            .exec(&*conn)
            .await?
            .rows_affected;
        if updated == 0 {
            return Err(stale(expected_version + 1));
        }
    }
    Ok(DeadlineRule {
        kind,
        period,
        default: false,
        version: expected_version + 1,
    })
}

/// Sets a deadline of `kind` on a card, due by the municipality's rule counted from `from`.
pub(crate) async fn add(
    tx: &TenantTx,
    card_id: Uuid,
    rule_kind: DeadlineRuleKind,
    from: NaiveDate,
) -> Result<NaiveDate> {
    let due_on = period(tx, rule_kind).await?.due_from(from);
    let conn = tx.conn().await?;
    deadline::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(Uuid::now_v7()),
        card_id: Set(card_id),
        kind: Set(rule_kind.deadline()),
        due_on: Set(due_on),
        met_on: Set(None),
        cancelled: Set(false),
        created_at: Set(Utc::now()),
    }
    .insert(&*conn)
    .await?;
    drop(conn);
    refresh_next_due(tx, card_id).await?;
    Ok(due_on)
}

/// Marks the card's open deadlines of `kind` met on `on`.
pub(crate) async fn meet(
    tx: &TenantTx,
    card_id: Uuid,
    kind: DeadlineKind,
    on: NaiveDate,
) -> Result<()> {
    let conn = tx.conn().await?;
    tx.update_many::<deadline::Entity>()
        .col_expr(deadline::Column::MetOn, Expr::value(on))
        .filter(deadline::Column::CardId.eq(card_id))
        .filter(deadline::Column::Kind.eq(kind))
        .filter(deadline::Column::MetOn.is_null())
        .filter(deadline::Column::Cancelled.eq(false))
        .exec(&*conn)
        .await?;
    drop(conn);
    refresh_next_due(tx, card_id).await
}

/// Cancels every open deadline of the card (the procedure moved past them).
pub(crate) async fn cancel_open(tx: &TenantTx, card_id: Uuid) -> Result<()> {
    let conn = tx.conn().await?;
    tx.update_many::<deadline::Entity>()
        .col_expr(deadline::Column::Cancelled, Expr::value(true))
        .filter(deadline::Column::CardId.eq(card_id))
        .filter(deadline::Column::MetOn.is_null())
        .filter(deadline::Column::Cancelled.eq(false))
        .exec(&*conn)
        .await?;
    drop(conn);
    refresh_next_due(tx, card_id).await
}

/// Keeps the card's `next_due_on` (what the work list sorts by) the due day of its nearest
/// open deadline, after any change of its deadlines, in the same transaction.
async fn refresh_next_due(tx: &TenantTx, card_id: Uuid) -> Result<()> {
    let nearest = Query::select()
        .expr(Expr::col(deadline::Column::DueOn).min())
        .from(deadline::Entity)
        .and_where(tx.scope::<deadline::Entity>())
        .and_where(deadline::Column::CardId.eq(card_id))
        .and_where(deadline::Column::MetOn.is_null())
        .and_where(deadline::Column::Cancelled.eq(false))
        .to_owned();
    let conn = tx.conn().await?;
    tx.update_many::<card::Entity>()
        .col_expr(
            card::Column::NextDueOn,
            SimpleExpr::SubQuery(None, Box::new(nearest.into())),
        )
        .filter(card::Column::Id.eq(card_id))
        .exec(&*conn)
        .await?;
    Ok(())
}

/// A notice to one responsible person that a deadline comes due or has passed. It names the
/// card and the deadline, never a person of the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notification {
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub deadline_id: Uuid,
    pub card_id: Uuid,
    pub recipient_user_id: Uuid,
    pub kind: NotificationKind,
    pub deadline_kind: DeadlineKind,
    pub due_on: NaiveDate,
    pub created_at: DateTime<Utc>,
}

/// The channel on which a municipality's deadline notifications are published.
pub fn channel(tenant: Uuid) -> String {
    format!("ostoja:deadlines:{tenant}")
}

/// Who answers for a deadline: the initiators for forwarding the form, the chair for setting up
/// the group, the group (or the chair while it has none) for everything after.
async fn responsible(tx: &TenantTx, deadlines: &[Deadline]) -> Result<HashMap<Uuid, Vec<Uuid>>> {
    let cards: Vec<Uuid> = deadlines.iter().map(|d| d.card_id).collect();
    let rows = {
        let conn = tx.conn().await?;
        tx.select::<access::Entity>()
            .filter(access::Column::CardId.is_in(cards))
            .all(&*conn)
            .await?
    };
    // Only those who work on cases now are told (the one rule); the chair stands in when no one
    // else is left.
    let workers = match teams::team(tx).await? {
        Some(team) => teams::working(tx, &teams::members(tx, team.id).await?).await?,
        None => HashSet::new(),
    };
    let chair = teams::chair(tx)
        .await?
        .map(|c| c.user_id)
        .filter(|c| workers.contains(c));
    let mut by_card: HashMap<(Uuid, access::Reason), Vec<Uuid>> = HashMap::new();
    for a in &rows {
        by_card
            .entry((a.card_id, a.reason))
            .or_default()
            .push(a.user_id);
    }
    Ok(deadlines
        .iter()
        .map(|d| {
            let from = |reason: access::Reason| {
                by_card
                    .get(&(d.card_id, reason))
                    .cloned()
                    .unwrap_or_default()
            };
            let mut people: Vec<Uuid> = match d.kind {
                DeadlineKind::ForwardToChair => from(access::Reason::Initiator),
                DeadlineKind::SetUpGroup => chair.into_iter().collect(),
                _ => from(access::Reason::Group),
            };
            people.retain(|p| workers.contains(p));
            if people.is_empty() {
                people.extend(chair);
            }
            people.sort_unstable();
            people.dedup();
            (d.id, people)
        })
        .collect())
}

/// Finds the municipality's deadlines that come due within `lead_working_days` working days
/// or have passed, and records one notification per responsible person and kind. Returns the
/// notifications created now; one already sent is not sent again.
pub async fn notify_deadlines(
    tx: &TenantTx,
    today: NaiveDate,
    lead_working_days: u32,
) -> Result<Vec<Notification>> {
    let horizon = kernel::deadline::notice_horizon(today, lead_working_days);
    let open: Vec<Deadline> = {
        let conn = tx.conn().await?;
        let rows = tx
            .select::<deadline::Entity>()
            .filter(deadline::Column::MetOn.is_null())
            .filter(deadline::Column::Cancelled.eq(false))
            .filter(deadline::Column::DueOn.lte(horizon))
            .order_by_asc(deadline::Column::DueOn)
            .limit(10_000)
            .all(&*conn)
            .await?;
        rows.into_iter().map(deadline_from).collect::<Result<_>>()?
    };
    if open.is_empty() {
        return Ok(Vec::new());
    }
    let people = responsible(tx, &open).await?;
    record(tx, &open, &people, |d| {
        kernel::deadline::notice(d.due_on, today)
    })
    .await
}

/// Records one notification of `kind_of(deadline)` per deadline and responsible person; returns
/// those recorded now (one already sent is not sent again).
async fn record(
    tx: &TenantTx,
    open: &[Deadline],
    people: &HashMap<Uuid, Vec<Uuid>>,
    kind_of: impl Fn(&Deadline) -> NotificationKind,
) -> Result<Vec<Notification>> {
    let mut created = Vec::new();
    let conn = tx.conn().await?;
    for d in open {
        let kind = kind_of(d);
        for &recipient in people.get(&d.id).into_iter().flatten() {
            let n = Notification {
                id: Uuid::now_v7(),
                tenant_id: tx.tenant(),
                deadline_id: d.id,
                card_id: d.card_id,
                recipient_user_id: recipient,
                kind,
                deadline_kind: d.kind,
                due_on: d.due_on,
                created_at: Utc::now(),
            };
            let inserted = notification::Entity::insert(notification::ActiveModel {
                tenant_id: Set(n.tenant_id),
                id: Set(n.id),
                deadline_id: Set(n.deadline_id),
                card_id: Set(n.card_id),
                recipient_user_id: Set(n.recipient_user_id),
                kind: Set(kind),
                due_on: Set(n.due_on),
                created_at: Set(n.created_at),
            })
            .on_conflict(
                OnConflict::columns([
                    notification::Column::TenantId,
                    notification::Column::DeadlineId,
                    notification::Column::RecipientUserId,
                    notification::Column::Kind,
                ])
                .do_nothing()
                .to_owned(),
            )
            .exec_without_returning(&*conn)
            .await?;
            if inserted > 0 {
                created.push(n);
            }
        }
    }
    Ok(created)
}

/// Tells whoever answers for the card's open deadline of `kind` at once that the card came to
/// them (`NotificationKind::Assigned`: the chair when a form NK-A is forwarded), in the step's
/// transaction; published once it commits. A second telling of the same deadline is not sent.
pub(crate) async fn notify_assigned(
    tx: &TenantTx,
    pubsub: &PubSub,
    card_id: Uuid,
    kind: DeadlineKind,
) -> Result<()> {
    let open: Vec<Deadline> = {
        let conn = tx.conn().await?;
        tx.select::<deadline::Entity>()
            .filter(deadline::Column::CardId.eq(card_id))
            .filter(deadline::Column::Kind.eq(kind))
            .filter(deadline::Column::MetOn.is_null())
            .filter(deadline::Column::Cancelled.eq(false))
            .all(&*conn)
            .await?
            .into_iter()
            .map(deadline_from)
            .collect::<Result<_>>()?
    };
    if open.is_empty() {
        return Ok(());
    }
    let people = responsible(tx, &open).await?;
    let created = record(tx, &open, &people, |_| NotificationKind::Assigned).await?;
    let pubsub = pubsub.clone();
    tx.after_commit(async move {
        if let Err(e) = publish(&pubsub, &created).await {
            // Recorded already: the list shows it on the next read.
            tracing::warn!(error = ?e, "publishing an assignment notice");
        }
    });
    Ok(())
}

/// Publishes notifications after their transaction committed, for `blueCardDeadlines`.
pub async fn publish(pubsub: &PubSub, notifications: &[Notification]) -> Result<()> {
    for n in notifications {
        let payload = serde_json::to_string(n)
            .map_err(|e| Error::internal_from("serialising a notification", e))?;
        pubsub.publish(&channel(n.tenant_id), &payload).await?;
    }
    Ok(())
}

/// The reader's notifications about cards they may still see, newest first, after the cursor
/// `before`.
pub async fn notifications_for(
    tx: &TenantTx,
    reader: crate::CaseAccess,
    before: Option<Uuid>,
    limit: u64,
) -> Result<Vec<Notification>> {
    if !reader.works_on_cases() {
        return Ok(Vec::new());
    }
    let rows = {
        let conn = tx.conn().await?;
        let mut query = tx
            .select::<notification::Entity>()
            .filter(notification::Column::RecipientUserId.eq(reader.user()))
            // Nor about a card erased at the end of its retention.
            .filter(notification::Column::CardId.not_in_subquery(crate::search::erased_cards(tx)))
            .order_by_desc(notification::Column::Id)
            .limit(limit);
        if let Some(before) = before {
            query = query.filter(notification::Column::Id.lt(before));
        }
        if !reader.is_chair() {
            // Someone who left a diagnostic group no longer reads about its card.
            query = query.filter(
                notification::Column::CardId.in_subquery(
                    sea_orm::sea_query::Query::select()
                        .column(access::Column::CardId)
                        .from(access::Entity)
                        .and_where(tx.scope::<access::Entity>())
                        .and_where(access::Column::UserId.eq(reader.user()))
                        .to_owned(),
                ),
            );
        }
        query.all(&*conn).await?
    };
    let deadline_ids: HashSet<Uuid> = rows.iter().map(|r| r.deadline_id).collect();
    let kinds: HashMap<Uuid, DeadlineKind> = if deadline_ids.is_empty() {
        HashMap::new()
    } else {
        let conn = tx.conn().await?;
        tx.select::<deadline::Entity>()
            .filter(deadline::Column::Id.is_in(deadline_ids))
            .all(&*conn)
            .await?
            .into_iter()
            .map(|d| (d.id, d.kind))
            .collect()
    };
    rows.into_iter()
        .map(|m| {
            Ok(Notification {
                kind: m.kind,
                deadline_kind: *kinds
                    .get(&m.deadline_id)
                    .ok_or_else(|| Error::corrupt("notification deadline"))?,
                id: m.id,
                tenant_id: m.tenant_id,
                deadline_id: m.deadline_id,
                card_id: m.card_id,
                recipient_user_id: m.recipient_user_id,
                due_on: m.due_on,
                created_at: m.created_at,
            })
        })
        .collect()
}
