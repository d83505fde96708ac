//! Queries of the procedure.

use async_graphql::connection::{Connection, EmptyFields};
use async_graphql::{Context, Enum, InputObject, Object, ID};
use kernel::id::GlobalId;
use kernel::page::{Page, SortedPage};
use kernel::pesel::Pesel;
use kernel::request::ContextExt;
use kernel::{Error, NodeType};
use uuid::Uuid;

use super::loaders::*;
use super::objects::*;

use crate::procedure::Status;
use crate::{CardFilter, CardOrder, DueWithin, VisibleCard};

/// Kolejność listy kart.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Default)]
pub enum BlueCardOrder {
    /// Najnowsze najpierw (kolejność rejestracji).
    #[default]
    Newest,
    /// Data wszczęcia: od najpóźniejszej.
    OpenedNewest,
    /// Data wszczęcia: od najwcześniejszej.
    OpenedOldest,
    /// Najbliższy termin najpierw (przekroczone przed innymi); karty bez otwartego terminu na
    /// końcu.
    DeadlineSoonest,
}

impl BlueCardOrder {
    fn parsed(self) -> CardOrder {
        match self {
            BlueCardOrder::Newest => CardOrder::Newest,
            BlueCardOrder::OpenedNewest => CardOrder::OpenedNewest,
            BlueCardOrder::OpenedOldest => CardOrder::OpenedOldest,
            BlueCardOrder::DeadlineSoonest => CardOrder::DeadlineSoonest,
        }
    }

    fn name(self) -> &'static str {
        match self {
            BlueCardOrder::Newest => "newest",
            BlueCardOrder::OpenedNewest => "opened-newest",
            BlueCardOrder::OpenedOldest => "opened-oldest",
            BlueCardOrder::DeadlineSoonest => "deadline",
        }
    }
}

/// Termin w okresie — deadlines that come due within a span from today.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum BlueCardDueWithin {
    /// Tydzień roboczy przed czytającym: od dziś do niedzieli bieżącego tygodnia, a w sobotę
    /// i niedzielę — do niedzieli następnego.
    ThisWeek,
}

/// Filter of `blueCards`: only cards matching every field given.
#[derive(InputObject, Default)]
pub struct BlueCardFilter {
    /// Exact PESEL of any person of the card.
    pub pesel: Option<String>,
    pub status: Option<Status>,
    /// Forms forwarded to the chair with a proposed match not decided yet. Only the chair
    /// sees matches: for anyone else this filter finds no card.
    pub awaiting_match_decision: Option<bool>,
    /// Cards with a deadline past its day and not met (`true`), or without one (`false`).
    pub overdue: Option<bool>,
    /// Szukaj — a card number (`NK/2026/0042`, `2026/42`), a PESEL, or names: every word (at
    /// least two letters, Polish letters optional: "Wojcik" finds "Wójcik") a first name or
    /// surname of some person of the card. Found only among the cards the viewer may see.
    /// Shorter than two letters: BAD_USER_INPUT (`SEARCH_TOO_SHORT` in the message).
    pub search: Option<String>,
    /// Moje karty — only the cards the viewer works on themselves (filed, or in their group):
    /// for the chair, without those seen only as chair (`true`), or only those (`false`).
    pub mine: Option<bool>,
    /// Only cards with a deadline neither met nor cancelled due within the span from today
    /// (overdue ones are `overdue`).
    pub due_within: Option<BlueCardDueWithin>,
    /// Only cards whose diagnostic group has this team member now (a `TeamMember` ID).
    pub group_member: Option<ID>,
}

#[derive(Default)]
pub struct ProcedureQuery;

#[Object]
impl ProcedureQuery {
    /// Niebieskie Karty the viewer may see, newest first unless `order` says otherwise: those
    /// they initiated, those of their diagnostic groups, and every card for the team's chair.
    /// A cursor belongs to the order it came from; in another order it is BAD_USER_INPUT. A
    /// card whose key changes between two pages (a deadline met) may be skipped or shown
    /// twice, as in any keyset list.
    #[graphql(complexity = "(first.clamp(1, 100) as usize) * child_complexity")]
    async fn blue_cards(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "page size, at most 100", default = 20)] first: i32,
        after: Option<String>,
        filter: Option<BlueCardFilter>,
        #[graphql(default)] order: BlueCardOrder,
    ) -> async_graphql::Result<Connection<String, BlueCardObject, EmptyFields, EmptyFields>> {
        let sorted = order != BlueCardOrder::Newest;
        let (page, after) = if sorted {
            let page =
                SortedPage::parse(first, after.as_deref(), NodeType::BlueCard, order.name())?;
            let after =
                match page.after() {
                    Some((key, id)) => Some(order.parsed().cursor(key, id).ok_or_else(|| {
                        Error::BadUserInput("not a cursor of this list".to_owned())
                    })?),
                    None => None,
                };
            (CardPage::Sorted(page), after)
        } else {
            let page = Page::parse(first, after.as_deref(), NodeType::BlueCard)?;
            let after = page.after().map(crate::CardCursor::Newest);
            (CardPage::Newest(page), after)
        };
        let filter = filter.unwrap_or_default();
        let parsed = CardFilter {
            pesel: filter
                .pesel
                .as_deref()
                .map(|p| Pesel::parse(p).map_err(|e| Error::BadUserInput(e.message().to_owned())))
                .transpose()?,
            status: filter.status,
            awaiting_match_decision: filter.awaiting_match_decision,
            overdue: filter.overdue,
            search: filter
                .search
                .as_deref()
                .map(|s| {
                    crate::search::CardSearch::parse(s).map_err(|problem| {
                        Error::BadUserInput(format!(
                            "{}: search by a card number, a PESEL or at least two letters of a name",
                            problem.code()
                        ))
                    })
                })
                .transpose()?,
            mine: filter.mine,
            due_within: filter.due_within.map(|d| match d {
                BlueCardDueWithin::ThisWeek => DueWithin::ThisWeek,
            }),
            group_member: filter
                .group_member
                .map(|id| GlobalId::decode_as(&id, NodeType::TeamMember))
                .transpose()?,
        };
        let s = scope(ctx).await?;
        let cards = crate::list_cards(
            s.tx().await?,
            s.reader,
            &s.key,
            &parsed,
            order.parsed(),
            after,
            page.first() as u64 + 1,
        )
        .await?;
        let ids: Vec<Uuid> = cards.iter().take(page.first()).map(|c| c.id).collect();
        prefetch(ctx, &ids).await?;
        let order = order.parsed();
        Ok(match page {
            CardPage::Newest(page) => page.connection(cards, |c| c.id, BlueCardObject::from),
            CardPage::Sorted(page) => page.connection(
                cards,
                |c: &VisibleCard| (order.key_of(c), c.id),
                BlueCardObject::from,
            ),
        })
    }

    /// The municipality's deadline rules: its own where it set one, the default
    /// otherwise. Staff of the municipality.
    async fn blue_card_deadline_rules(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<DeadlineRuleObject>> {
        let req = ctx.request()?;
        req.principal.require_staff()?;
        let tx = req.tenant_tx().await?;
        Ok(crate::deadline_rules(tx)
            .await?
            .into_iter()
            .map(DeadlineRuleObject::from)
            .collect())
    }

    /// The viewer's deadline notifications, newest first.
    #[graphql(complexity = "(first.clamp(1, 100) as usize) * child_complexity")]
    async fn deadline_notifications(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "page size, at most 100", default = 20)] first: i32,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, NotificationObject, EmptyFields, EmptyFields>>
    {
        let page = Page::parse(first, after.as_deref(), NodeType::DeadlineNotification)?;
        let s = scope(ctx).await?;
        let found = crate::deadlines::notifications_for(
            s.tx().await?,
            s.reader,
            page.after(),
            page.fetch(),
        )
        .await?;
        Ok(page.connection(found, |n| n.id, NotificationObject))
    }
}

/// A page of the card list: newest first, its cursors global IDs (as every other list's), or in
/// another order, its cursors carrying the order's key.
enum CardPage {
    Newest(Page),
    Sorted(SortedPage),
}

impl CardPage {
    fn first(&self) -> usize {
        match self {
            CardPage::Newest(page) => page.first(),
            CardPage::Sorted(page) => page.first(),
        }
    }
}
