//! The work list: the cards a reader may see, found by filters and a search, in the order
//! asked for, a page at a time. Every page is one statement whatever it holds (the filters are
//! conditions and subqueries of that statement); the cursor of a sorted page carries its key,
//! so no page looks up a card the reader may not see.

use chrono::{Datelike, NaiveDate};
use kernel::crypto::DataKey;
use kernel::pesel::Pesel;
use kernel::{Result, TenantTx};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, Condition, ExprTrait, QueryFilter, QueryOrder, QuerySelect, Select};
use uuid::Uuid;

use crate::procedure::Status;
use crate::read::{seen, visible_cards, CaseAccess, VisibleCard};
use crate::store::{access, card, deadline, group_member, match_proposal};
use crate::BlueCard;

#[derive(Default)]
pub struct CardFilter {
    pub pesel: Option<Pesel>,
    /// A PESEL, a card number or names (`search::CardSearch`).
    pub search: Option<crate::search::CardSearch>,
    /// `Some(true)`: only the cards the reader works on themselves (filed, or in their group),
    /// which for the chair leaves out the cards seen only as chair.
    pub mine: Option<bool>,
    pub status: Option<Status>,
    /// `Some(true)`: only filings awaiting the chair's decision on a match; `Some(false)`:
    /// none of those. Matches are the chair's: for anyone else either value finds nothing.
    pub awaiting_match_decision: Option<bool>,
    /// `Some(true)`: only cards with a deadline past its day and not met (the chair's overdue
    /// cases); `Some(false)`: only cards without one.
    pub overdue: Option<bool>,
    /// Only cards with an open deadline due from today to the end of this span.
    pub due_within: Option<DueWithin>,
    /// Only cards whose diagnostic group has this team member now.
    pub group_member: Option<Uuid>,
}

/// A span of days ahead for deadlines that come due.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DueWithin {
    /// The working week in front of the reader: today to this week's Sunday; on a Saturday or
    /// a Sunday, to the coming week's.
    ThisWeek,
}

impl DueWithin {
    /// The last day of the span that starts `today`.
    pub fn last_day(self, today: NaiveDate) -> NaiveDate {
        match self {
            DueWithin::ThisWeek => {
                let weekday = today.weekday().num_days_from_monday();
                let left = if weekday >= 5 {
                    13 - weekday
                } else {
                    6 - weekday
                };
                today + chrono::Days::new(u64::from(left))
            }
        }
    }
}

/// The order of a card list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CardOrder {
    /// Newest card first (the order they were registered in, reversed).
    #[default]
    Newest,
    /// The latest day of initiation first.
    OpenedNewest,
    /// The earliest day of initiation first.
    OpenedOldest,
    /// The nearest open deadline first (overdue ones before all others); cards without an open
    /// deadline last.
    DeadlineSoonest,
}

/// Where a page of a card list starts: after the card `id`, whose key in the list's order
/// (its day of initiation, or its nearest due day) the cursor carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardCursor {
    Newest(Uuid),
    Opened(NaiveDate, Uuid),
    Deadline(Option<NaiveDate>, Uuid),
}

impl CardOrder {
    /// The cursor key of `card` in this order.
    pub fn key_of(self, card: &BlueCard) -> String {
        match self {
            CardOrder::Newest => String::new(),
            CardOrder::OpenedNewest | CardOrder::OpenedOldest => card.initiated_on.to_string(),
            CardOrder::DeadlineSoonest => {
                card.next_due_on.map(|d| d.to_string()).unwrap_or_default()
            }
        }
    }

    /// The cursor of this order from a key and a card id, if the key is one this order makes.
    pub fn cursor(self, key: &str, id: Uuid) -> Option<CardCursor> {
        let day = |k: &str| NaiveDate::parse_from_str(k, "%Y-%m-%d").ok();
        match self {
            CardOrder::Newest => Some(CardCursor::Newest(id)),
            CardOrder::OpenedNewest | CardOrder::OpenedOldest => {
                Some(CardCursor::Opened(day(key)?, id))
            }
            CardOrder::DeadlineSoonest if key.is_empty() => Some(CardCursor::Deadline(None, id)),
            CardOrder::DeadlineSoonest => Some(CardCursor::Deadline(Some(day(key)?), id)),
        }
    }
}

/// Orders `query` and starts it after `after` (of the same order).
fn ordered(
    query: Select<card::Entity>,
    order: CardOrder,
    after: Option<CardCursor>,
) -> Select<card::Entity> {
    use card::Column::{Id, InitiatedOn, NextDueOn};
    use sea_orm::sea_query::NullOrdering;
    use sea_orm::Order;
    let query = match order {
        CardOrder::Newest => query.order_by_desc(Id),
        CardOrder::OpenedNewest => query.order_by_desc(InitiatedOn).order_by_desc(Id),
        CardOrder::OpenedOldest => query.order_by_asc(InitiatedOn).order_by_asc(Id),
        CardOrder::DeadlineSoonest => query
            .order_by_with_nulls(NextDueOn, Order::Asc, NullOrdering::Last)
            .order_by_asc(Id),
    };
    let Some(after) = after else {
        return query;
    };
    let start = match (order, after) {
        (CardOrder::Newest, CardCursor::Newest(id)) => Condition::all().add(Id.lt(id)),
        (CardOrder::OpenedNewest, CardCursor::Opened(day, id)) => Condition::any()
            .add(InitiatedOn.lt(day))
            .add(InitiatedOn.eq(day).and(Id.lt(id))),
        (CardOrder::OpenedOldest, CardCursor::Opened(day, id)) => Condition::any()
            .add(InitiatedOn.gt(day))
            .add(InitiatedOn.eq(day).and(Id.gt(id))),
        (CardOrder::DeadlineSoonest, CardCursor::Deadline(Some(day), id)) => Condition::any()
            .add(NextDueOn.gt(day))
            .add(NextDueOn.eq(day).and(Id.gt(id)))
            .add(NextDueOn.is_null()),
        (CardOrder::DeadlineSoonest, CardCursor::Deadline(None, id)) => {
            Condition::all().add(NextDueOn.is_null()).add(Id.gt(id))
        }
        // A cursor of another order: the page starts nowhere (the edge refuses such cursors).
        _ => Condition::all().add(Id.is_in(Vec::<Uuid>::new())),
    };
    query.filter(start)
}

/// Cards the reader may see, in `order`, after the cursor `after`.
pub async fn list_cards(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    filter: &CardFilter,
    order: CardOrder,
    after: Option<CardCursor>,
    limit: u64,
) -> Result<Vec<VisibleCard>> {
    let rows = {
        let conn = tx.conn().await?;
        let mut query = ordered(visible_cards(tx, reader), order, after).limit(limit);
        if let Some(status) = filter.status {
            query = query.filter(card::Column::Status.eq(status));
        }
        if let Some(awaiting) = filter.awaiting_match_decision {
            if !reader.is_chair() {
                return Ok(Vec::new());
            }
            let pending = card::Column::Id.in_subquery(
                Query::select()
                    .column(match_proposal::Column::FilingCardId)
                    .from(match_proposal::Entity)
                    .and_where(tx.scope::<match_proposal::Entity>())
                    .and_where(match_proposal::Column::Decision.is_null())
                    .to_owned(),
            );
            // Only forwarded filings count: a match before forwarding is nobody's to see.
            let awaiting_cond = Condition::all()
                .add(card::Column::Status.eq(Status::SentToChair))
                .add(pending);
            query = query.filter(if awaiting {
                awaiting_cond
            } else {
                awaiting_cond.not()
            });
        }
        if let Some(overdue) = filter.overdue {
            // The same rule as `Deadline::state`: not met, not cancelled, due before today.
            let late = card::Column::Id.in_subquery(
                Query::select()
                    .column(deadline::Column::CardId)
                    .from(deadline::Entity)
                    .and_where(tx.scope::<deadline::Entity>())
                    .and_where(deadline::Column::MetOn.is_null())
                    .and_where(deadline::Column::Cancelled.eq(false))
                    .and_where(deadline::Column::DueOn.lt(kernel::calendar::today()))
                    .to_owned(),
            );
            query = query.filter(if overdue {
                Condition::all().add(late)
            } else {
                Condition::all().add(late).not()
            });
        }
        if let Some(within) = filter.due_within {
            let today = kernel::calendar::today();
            query = query.filter(
                card::Column::Id.in_subquery(
                    Query::select()
                        .column(deadline::Column::CardId)
                        .from(deadline::Entity)
                        .and_where(tx.scope::<deadline::Entity>())
                        .and_where(deadline::Column::MetOn.is_null())
                        .and_where(deadline::Column::Cancelled.eq(false))
                        .and_where(deadline::Column::DueOn.gte(today))
                        .and_where(deadline::Column::DueOn.lte(within.last_day(today)))
                        .to_owned(),
                ),
            );
        }
        if let Some(member) = filter.group_member {
            query = query.filter(
                card::Column::Id.in_subquery(
                    Query::select()
                        .column(group_member::Column::CardId)
                        .from(group_member::Entity)
                        .and_where(tx.scope::<group_member::Entity>())
                        .and_where(group_member::Column::TeamMemberId.eq(member))
                        .and_where(group_member::Column::LeftOn.is_null())
                        .to_owned(),
                ),
            );
        }
        if let Some(search) = &filter.search {
            query = query.filter(crate::search::condition(tx, key, search));
        }
        if let Some(mine) = filter.mine {
            let own = card::Column::Id.in_subquery(
                Query::select()
                    .column(access::Column::CardId)
                    .from(access::Entity)
                    .and_where(tx.scope::<access::Entity>())
                    .and_where(access::Column::UserId.eq(reader.user()))
                    .to_owned(),
            );
            query = query.filter(if mine {
                Condition::all().add(own)
            } else {
                Condition::all().add(own).not()
            });
        }
        if let Some(pesel) = &filter.pesel {
            let by_pesel = crate::search::CardSearch::Pesel(pesel.clone());
            query = query.filter(crate::search::condition(tx, key, &by_pesel));
        }
        query.all(&*conn).await?
    };
    rows.into_iter().map(|m| seen(tx, m, key)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_week_runs_to_sunday() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        // 2026-12-07 is a Monday.
        assert_eq!(DueWithin::ThisWeek.last_day(day(7)), day(13));
        assert_eq!(DueWithin::ThisWeek.last_day(day(10)), day(13));
        assert_eq!(DueWithin::ThisWeek.last_day(day(11)), day(13));
        // At the weekend, the coming week.
        assert_eq!(DueWithin::ThisWeek.last_day(day(12)), day(20));
        assert_eq!(DueWithin::ThisWeek.last_day(day(13)), day(20));
    }

    #[test]
    fn a_cursor_key_reads_back_in_its_own_order_only() {
        let id = Uuid::now_v7();
        let day = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
        assert_eq!(
            CardOrder::OpenedNewest.cursor("2026-12-05", id),
            Some(CardCursor::Opened(day, id))
        );
        assert_eq!(
            CardOrder::DeadlineSoonest.cursor("", id),
            Some(CardCursor::Deadline(None, id))
        );
        assert_eq!(
            CardOrder::DeadlineSoonest.cursor("2026-12-05", id),
            Some(CardCursor::Deadline(Some(day), id))
        );
        assert_eq!(CardOrder::OpenedOldest.cursor("", id), None);
        assert_eq!(CardOrder::OpenedOldest.cursor("05.12.2026", id), None);
    }
}
