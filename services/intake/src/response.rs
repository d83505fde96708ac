//! The response deadline: the municipality's response time (one working day unless it set
//! another), the notices the worker records when a response comes due or is overdue (the
//! kernel's deadline rules, as for Blue Cards), and the counts for the statistics.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use kernel::calendar::Period;
use kernel::deadline::NotificationKind;
use kernel::principal::TenantAdmin;
use kernel::pubsub::PubSub;
use kernel::{Error, Result, TenantTx};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait, Set};
use uuid::Uuid;

use crate::access::{visible_entries, IntakeAccess};
use crate::domain::{IntakeChannel, IntakeKind, DEFAULT_RESPONSE_PERIOD};
use crate::store::{assignee, entry, notification, rule};

/// The municipality's response time.
#[derive(Clone, Debug)]
pub struct ResponseRule {
    pub period: Period,
    /// Whether this is the default (the municipality set none).
    pub default: bool,
    /// 0 while the default applies.
    pub version: i32,
}

/// The municipality's response time, or the default.
pub async fn response_rule(tx: &TenantTx) -> Result<ResponseRule> {
    let stored = {
        let conn = tx.conn().await?;
        tx.select::<rule::Entity>().one(&*conn).await?
    };
    match stored {
        Some(m) => {
            let amount = u16::try_from(m.amount).map_err(|_| Error::corrupt("response time"))?;
            Ok(ResponseRule {
                period: Period::new(amount, m.unit).map_err(|_| Error::corrupt("response time"))?,
                default: false,
                version: m.version,
            })
        }
        None => Ok(ResponseRule {
            period: DEFAULT_RESPONSE_PERIOD,
            default: true,
            version: 0,
        }),
    }
}

pub(crate) async fn period(tx: &TenantTx) -> Result<Period> {
    Ok(response_rule(tx).await?.period)
}

/// Sets the response time if the rule is still at `expected_version` (0: the default applies).
/// Entries already recorded keep their deadlines; the rule applies from the next one.
pub async fn set_response_rule(
    tx: &TenantTx,
    _by: &TenantAdmin<'_>,
    period: Period,
    expected_version: i32,
) -> Result<ResponseRule> {
    let current = response_rule(tx).await?;
    let stale = |now: i32| {
        Error::Conflict(format!(
            "the response time was changed by someone else (now at version {now}); reload and try again"
        ))
    };
    if current.version != expected_version {
        return Err(stale(current.version));
    }
    let conn = tx.conn().await?;
    let done = if expected_version == 0 {
        rule::Entity::insert(rule::ActiveModel {
            tenant_id: Set(tx.tenant()),
            amount: Set(i32::from(period.amount())),
            unit: Set(period.unit()),
            updated_at: Set(Utc::now()),
            version: Set(1),
        })
        .on_conflict(
            OnConflict::column(rule::Column::TenantId)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(&*conn)
        .await?
    } else {
        tx.update_many::<rule::Entity>()
            .col_expr(
                rule::Column::Amount,
                Expr::value(i32::from(period.amount())),
            )
            .col_expr(rule::Column::Unit, Expr::value(period.unit()))
            .col_expr(rule::Column::UpdatedAt, Expr::value(Utc::now()))
            .col_expr(rule::Column::Version, Expr::value(expected_version + 1))
            .filter(rule::Column::Version.eq(expected_version))
            .exec(&*conn)
            .await?
            .rows_affected
    };
    if done == 0 {
        return Err(stale(expected_version + 1));
    }
    Ok(ResponseRule {
        period,
        default: false,
        version: expected_version + 1,
    })
}

/// A notice to someone responsible that an entry's response comes due or is overdue. It names
/// the entry only, never a person of it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ResponseNotification {
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub entry_id: Uuid,
    pub recipient_user_id: Uuid,
    pub kind: NotificationKind,
    pub due_on: NaiveDate,
    pub created_at: DateTime<Utc>,
}

/// Finds the entries not yet responded to whose response comes due within
/// `lead_working_days` working days or is overdue, and records one notice per responsible
/// person and kind: the people it is assigned to, or (while it has none) the one who took it.
/// A notice already recorded is not recorded again.
pub async fn notify_responses(
    tx: &TenantTx,
    today: NaiveDate,
    lead_working_days: u32,
) -> Result<Vec<ResponseNotification>> {
    let horizon = kernel::deadline::notice_horizon(today, lead_working_days);
    let open = {
        let conn = tx.conn().await?;
        tx.select::<entry::Entity>()
            .filter(entry::Column::RespondedOn.is_null())
            .filter(entry::Column::ResponseDueOn.lte(horizon))
            .order_by_asc(entry::Column::ResponseDueOn)
            .limit(10_000)
            .all(&*conn)
            .await?
    };
    if open.is_empty() {
        return Ok(Vec::new());
    }
    let mut assigned: BTreeMap<Uuid, Vec<Uuid>> = BTreeMap::new();
    {
        let conn = tx.conn().await?;
        for a in tx
            .select::<assignee::Entity>()
            .filter(assignee::Column::EntryId.is_in(open.iter().map(|e| e.id)))
            .all(&*conn)
            .await?
        {
            assigned.entry(a.entry_id).or_default().push(a.user_id);
        }
    }
    let mut created = Vec::new();
    let conn = tx.conn().await?;
    for e in &open {
        let kind = kernel::deadline::notice(e.response_due_on, today);
        let people = assigned
            .get(&e.id)
            .cloned()
            .unwrap_or_else(|| vec![e.taken_by]);
        for recipient in people {
            let n = ResponseNotification {
                id: Uuid::now_v7(),
                tenant_id: tx.tenant(),
                entry_id: e.id,
                recipient_user_id: recipient,
                kind,
                due_on: e.response_due_on,
                created_at: Utc::now(),
            };
            let inserted = notification::Entity::insert(notification::ActiveModel {
                tenant_id: Set(tx.tenant()),
                id: Set(n.id),
                entry_id: Set(n.entry_id),
                recipient_user_id: Set(n.recipient_user_id),
                kind: Set(n.kind),
                due_on: Set(n.due_on),
                created_at: Set(n.created_at),
            })
            .on_conflict(
                OnConflict::columns([
                    notification::Column::TenantId,
                    notification::Column::EntryId,
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

/// The channel on which a municipality's response notices are published.
pub fn channel(tenant: Uuid) -> String {
    format!("ostoja:intake-responses:{tenant}")
}

/// Publishes notices after their transaction committed, for `intakeResponseDeadlines`.
pub async fn publish(pubsub: &PubSub, notifications: &[ResponseNotification]) -> Result<()> {
    for n in notifications {
        let payload = serde_json::to_string(n)
            .map_err(|e| Error::internal_from("serialising a notification", e))?;
        pubsub.publish(&channel(n.tenant_id), &payload).await?;
    }
    Ok(())
}

/// The reader's notices about entries they may still see, newest first, after `before`.
pub async fn notifications_for(
    tx: &TenantTx,
    reader: IntakeAccess,
    before: Option<Uuid>,
    limit: u64,
) -> Result<Vec<ResponseNotification>> {
    let conn = tx.conn().await?;
    let visible = visible_entries(tx, reader)
        .select_only()
        .column(entry::Column::Id)
        .into_query();
    let mut query = tx
        .select::<notification::Entity>()
        .filter(notification::Column::RecipientUserId.eq(reader.user()))
        .filter(notification::Column::EntryId.in_subquery(visible))
        .order_by_desc(notification::Column::Id)
        .limit(limit);
    if let Some(before) = before {
        query = query.filter(notification::Column::Id.lt(before));
    }
    Ok(query
        .all(&*conn)
        .await?
        .into_iter()
        .map(|m| ResponseNotification {
            id: m.id,
            tenant_id: m.tenant_id,
            entry_id: m.entry_id,
            recipient_user_id: m.recipient_user_id,
            kind: m.kind,
            due_on: m.due_on,
            created_at: m.created_at,
        })
        .collect())
}

/// What a count reads of an entry: received at, kind, channel, due on, responded on.
type CountedRow = (
    DateTime<Utc>,
    IntakeKind,
    IntakeChannel,
    NaiveDate,
    Option<NaiveDate>,
);

/// Counts of the register over a period, for the statistics (consultations counted by kind).
#[derive(Clone, Debug, Default)]
pub struct IntakeCounts {
    pub total: u64,
    pub by_kind: Vec<(IntakeKind, u64)>,
    pub by_channel: Vec<(IntakeChannel, u64)>,
    pub responded_late: u64,
}

/// How many entries the municipality received from `from` to `to` (Polish days, inclusive),
/// by kind and by channel, and how many were answered late. Intake staff only.
pub async fn counts(
    tx: &TenantTx,
    reader: IntakeAccess,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<IntakeCounts> {
    if !reader.is_intake_staff() {
        return Err(Error::Forbidden(
            "only the municipality's intake staff may count the register".to_owned(),
        ));
    }
    let rows: Vec<CountedRow> = {
        let conn = tx.conn().await?;
        // A day wider on each side in UTC; the Polish day of each is checked below.
        let start = from
            .pred_opt()
            .unwrap_or(from)
            .and_time(chrono::NaiveTime::MIN)
            .and_utc();
        let end = to
            .succ_opt()
            .and_then(|d| d.succ_opt())
            .unwrap_or(to)
            .and_time(chrono::NaiveTime::MIN)
            .and_utc();
        visible_entries(tx, reader)
            .filter(entry::Column::ReceivedAt.gte(start))
            .filter(entry::Column::ReceivedAt.lt(end))
            .select_only()
            .column(entry::Column::ReceivedAt)
            .column(entry::Column::Kind)
            .column(entry::Column::Channel)
            .column(entry::Column::ResponseDueOn)
            .column(entry::Column::RespondedOn)
            .into_tuple()
            .all(&*conn)
            .await?
    };
    let mut by_kind: BTreeMap<IntakeKind, u64> = IntakeKind::ALL.iter().map(|k| (*k, 0)).collect();
    let mut by_channel: BTreeMap<IntakeChannel, u64> =
        IntakeChannel::ALL.iter().map(|c| (*c, 0)).collect();
    let mut out = IntakeCounts::default();
    for (at, kind, channel, due, responded) in rows {
        let day = kernel::calendar::day_of(at);
        if day < from || day > to {
            continue;
        }
        out.total += 1;
        *by_kind.entry(kind).or_default() += 1;
        *by_channel.entry(channel).or_default() += 1;
        if kernel::deadline::met_late(due, responded) {
            out.responded_late += 1;
        }
    }
    out.by_kind = by_kind.into_iter().collect();
    out.by_channel = by_channel.into_iter().collect();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_response_time_is_one_working_day() {
        let friday = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        assert_eq!(
            DEFAULT_RESPONSE_PERIOD.due_from(friday),
            NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
        );
        // 10 November 2026 is a Tuesday; 11 November is a public holiday.
        let before_holiday = NaiveDate::from_ymd_opt(2026, 11, 10).unwrap();
        assert_eq!(
            DEFAULT_RESPONSE_PERIOD.due_from(before_holiday),
            NaiveDate::from_ymd_opt(2026, 11, 12).unwrap()
        );
    }
}
