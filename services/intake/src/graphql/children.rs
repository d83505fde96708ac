//! A page's children (persons, assignees, actions, the linked Blue Card the viewer may see), loaded for the whole page with one query per
//! kind when the list's selection asks for them. They are loaded from [`VisibleEntry`] values
//! only, so need to know stays a type; an entry that was not on a prefetched page (a `node`, a
//! mutation's payload) loads its own.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use async_graphql::Context;
use kernel::request::ContextExt;
use kernel::Error;
use uuid::Uuid;

use super::scope::Scope;
use crate::{Action, Assignee, IntakePerson, VisibleEntry};

type ByEntry<T> = Mutex<HashMap<Uuid, Arc<Vec<T>>>>;

/// What the request's lists prefetched, by entry.
#[derive(Default)]
pub(crate) struct PageChildren {
    persons: ByEntry<IntakePerson>,
    assignees: ByEntry<Assignee>,
    actions: ByEntry<Action>,
    /// The linked card, when the viewer may see it (none or one per entry).
    cards: ByEntry<Uuid>,
}

fn slot(ctx: &Context<'_>) -> kernel::Result<Arc<PageChildren>> {
    ctx.request()?.slot(PageChildren::default)
}

/// Rows grouped by entry, with an empty list for each entry that has none (so it is not loaded
/// again on its own).
fn store<R, T>(
    into: &ByEntry<T>,
    entries: &[&VisibleEntry],
    rows: Vec<R>,
    split: impl Fn(R) -> (Uuid, T),
) -> kernel::Result<()> {
    let mut grouped: HashMap<Uuid, Vec<T>> = entries.iter().map(|e| (e.id, Vec::new())).collect();
    for row in rows {
        let (entry, value) = split(row);
        grouped.entry(entry).or_default().push(value);
    }
    let mut map = into
        .lock()
        .map_err(|_| Error::internal("intake page children poisoned"))?;
    map.extend(grouped.into_iter().map(|(k, v)| (k, Arc::new(v))));
    Ok(())
}

fn cached<T>(from: &ByEntry<T>, entry: Uuid) -> kernel::Result<Option<Arc<Vec<T>>>> {
    Ok(from
        .lock()
        .map_err(|_| Error::internal("intake page children poisoned"))?
        .get(&entry)
        .cloned())
}

/// Loads what the list's selection (`edges.node`) asks for, for every entry of the page.
pub(crate) async fn prefetch(
    ctx: &Context<'_>,
    s: &Scope,
    entries: &[VisibleEntry],
) -> kernel::Result<()> {
    let node = ctx.look_ahead().field("edges").field("node");
    let page: Vec<&VisibleEntry> = entries.iter().collect();
    if page.is_empty() {
        return Ok(());
    }
    let children = slot(ctx)?;
    let tx = s.tx().await?;
    if node.field("persons").exists() {
        let rows = crate::persons_of(tx, &s.key, &page).await?;
        store(&children.persons, &page, rows, |p| (p.entry_id, p))?;
    }
    if node.field("assigneeIds").exists() {
        let rows = crate::assignees_of(tx, &page).await?;
        store(&children.assignees, &page, rows, |a| (a.entry_id, a))?;
    }
    if node.field("actions").exists() {
        let rows = crate::actions_of(tx, &s.key, &page).await?;
        store(&children.actions, &page, rows, |a| (a.entry_id, a))?;
    }
    if node.field("blueCardId").exists() {
        let linked: Vec<Uuid> = page.iter().filter_map(|e| e.blue_card_id).collect();
        let seen = visible_cards(s, &linked).await?;
        let rows = page
            .iter()
            .filter_map(|e| {
                e.blue_card_id
                    .filter(|c| seen.contains(c))
                    .map(|c| (e.id, c))
            })
            .collect();
        store(&children.cards, &page, rows, |row| row)?;
    }
    Ok(())
}

/// The cards among `ids` the viewer may see, by the procedure's own need to know.
async fn visible_cards(s: &Scope, ids: &[Uuid]) -> kernel::Result<Vec<Uuid>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let tx = s.tx().await?;
    let staff = s.req.principal.require_staff()?;
    let reader = cases::reader(tx, staff).await?;
    let seen = cases::find_cards(tx, reader, &s.key, ids).await?;
    Ok(seen.iter().map(|c| c.id).collect())
}

/// The linked Blue Card, when the viewer may see it.
pub(crate) async fn blue_card(
    ctx: &Context<'_>,
    s: &Scope,
    entry: &VisibleEntry,
) -> kernel::Result<Option<Uuid>> {
    let Some(card) = entry.blue_card_id else {
        return Ok(None);
    };
    if let Some(found) = cached(&slot(ctx)?.cards, entry.id)? {
        return Ok(found.first().copied());
    }
    Ok(visible_cards(s, &[card]).await?.first().copied())
}

pub(crate) async fn persons(
    ctx: &Context<'_>,
    s: &Scope,
    entry: &VisibleEntry,
) -> kernel::Result<Arc<Vec<IntakePerson>>> {
    if let Some(found) = cached(&slot(ctx)?.persons, entry.id)? {
        return Ok(found);
    }
    Ok(Arc::new(
        crate::persons_of(s.tx().await?, &s.key, &[entry]).await?,
    ))
}

pub(crate) async fn assignees(
    ctx: &Context<'_>,
    s: &Scope,
    entry: &VisibleEntry,
) -> kernel::Result<Arc<Vec<Assignee>>> {
    if let Some(found) = cached(&slot(ctx)?.assignees, entry.id)? {
        return Ok(found);
    }
    Ok(Arc::new(
        crate::assignees_of(s.tx().await?, &[entry]).await?,
    ))
}

pub(crate) async fn actions(
    ctx: &Context<'_>,
    s: &Scope,
    entry: &VisibleEntry,
) -> kernel::Result<Arc<Vec<Action>>> {
    if let Some(found) = cached(&slot(ctx)?.actions, entry.id)? {
        return Ok(found);
    }
    Ok(Arc::new(
        crate::actions_of(s.tx().await?, &s.key, &[entry]).await?,
    ))
}
