//! Cursor pages at the GraphQL edge, the same way in every service: `first` (1 to
//! [`Page::MAX`]) and `after` (the opaque global ID of the last item seen), parsed once, one row
//! fetched beyond the page to know whether another follows, and the Relay connection built
//! with each item's global ID as its cursor. A list offered in other orders than newest first
//! pages with [`SortedPage`], whose cursor carries the order's key of the last item seen.

use async_graphql::connection::{Connection, Edge, EmptyFields};
use async_graphql::OutputType;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use uuid::Uuid;

use crate::error::Error;
use crate::id::{GlobalId, NodeType};

/// A page asked for: how many items, after which one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    first: usize,
    after: Option<Uuid>,
    node_type: NodeType,
}

impl Page {
    /// The largest page any list serves (the complexity limit counts lists by their page size).
    pub const MAX: usize = 100;

    /// `first` must be 1 to [`Page::MAX`]; `after` must be an ID of the list's own type.
    pub fn parse(first: i32, after: Option<&str>, node_type: NodeType) -> Result<Page, Error> {
        let first = usize::try_from(first)
            .ok()
            .filter(|n| (1..=Page::MAX).contains(n))
            .ok_or_else(|| Error::BadUserInput(format!("first must be 1 to {}", Page::MAX)))?;
        let after = after
            .map(|cursor| GlobalId::decode_as(cursor, node_type))
            .transpose()?;
        Ok(Page {
            first,
            after,
            node_type,
        })
    }

    /// The page's size.
    pub fn first(&self) -> usize {
        self.first
    }

    /// The item after which the page starts (lists run newest first, so: older than this).
    pub fn after(&self) -> Option<Uuid> {
        self.after
    }

    /// How many rows to fetch: one beyond the page, to tell whether another page follows.
    pub fn fetch(&self) -> u64 {
        self.first as u64 + 1
    }

    /// The connection of `rows` (at most [`Page::fetch`] of them), each item's cursor its
    /// global ID.
    pub fn connection<T, N: OutputType>(
        &self,
        mut rows: Vec<T>,
        id: impl Fn(&T) -> Uuid,
        node: impl Fn(T) -> N,
    ) -> Connection<String, N, EmptyFields, EmptyFields> {
        let has_next = rows.len() > self.first;
        rows.truncate(self.first);
        let mut connection = Connection::new(self.after.is_some(), has_next);
        connection.edges.extend(rows.into_iter().map(|row| {
            let cursor = GlobalId::new(self.node_type, id(&row)).encode();
            Edge::new(cursor, node(row))
        }));
        connection
    }
}

/// A page of a list in another order than newest first. Its cursor carries, besides the last
/// item's ID (which breaks ties), that item's key in the order (a due day, a date), so the next
/// page needs no lookup of the item: the answer never depends on a row the reader may no longer
/// see. A cursor is opaque to clients and valid only for the list and order it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortedPage {
    first: usize,
    after: Option<(String, Uuid)>,
    node_type: NodeType,
    order: &'static str,
}

impl SortedPage {
    /// As [`Page::parse`], for the list of `node_type` in `order` (a name without `:`).
    pub fn parse(
        first: i32,
        after: Option<&str>,
        node_type: NodeType,
        order: &'static str,
    ) -> Result<SortedPage, Error> {
        let page = Page::parse(first, None, node_type)?;
        let after = after
            .map(|cursor| decode_sorted(cursor, node_type, order))
            .transpose()?;
        Ok(SortedPage {
            first: page.first,
            after,
            node_type,
            order,
        })
    }

    pub fn first(&self) -> usize {
        self.first
    }

    /// The key and ID of the item after which the page starts.
    pub fn after(&self) -> Option<(&str, Uuid)> {
        self.after.as_ref().map(|(key, id)| (key.as_str(), *id))
    }

    /// The connection of `rows`, each item's cursor its key in the order and its ID.
    pub fn connection<T, N: OutputType>(
        &self,
        mut rows: Vec<T>,
        cursor: impl Fn(&T) -> (String, Uuid),
        node: impl Fn(T) -> N,
    ) -> Connection<String, N, EmptyFields, EmptyFields> {
        let has_next = rows.len() > self.first;
        rows.truncate(self.first);
        let mut connection = Connection::new(self.after.is_some(), has_next);
        connection.edges.extend(rows.into_iter().map(|row| {
            let (key, id) = cursor(&row);
            let text = format!("{}:{}:{}:{}", self.node_type.as_str(), self.order, id, key);
            Edge::new(URL_SAFE_NO_PAD.encode(text), node(row))
        }));
        connection
    }
}

fn decode_sorted(raw: &str, node_type: NodeType, order: &str) -> Result<(String, Uuid), Error> {
    let invalid = || Error::BadUserInput(format!("not a cursor of this list in order {order}"));
    if raw.len() > 256 {
        return Err(invalid());
    }
    let bytes = URL_SAFE_NO_PAD.decode(raw).map_err(|_| invalid())?;
    let text = String::from_utf8(bytes).map_err(|_| invalid())?;
    let mut parts = text.splitn(4, ':');
    let (Some(kind), Some(cursor_order), Some(id), Some(key)) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(invalid());
    };
    if kind != node_type.as_str() || cursor_order != order {
        return Err(invalid());
    }
    let id = Uuid::parse_str(id).map_err(|_| invalid())?;
    Ok((key.to_owned(), id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_cursors_are_checked() {
        let t = NodeType::BlueCard;
        assert!(Page::parse(0, None, t).is_err());
        assert!(Page::parse(101, None, t).is_err());
        assert!(Page::parse(-1, None, t).is_err());
        let page = Page::parse(100, None, t).unwrap();
        assert_eq!(page.fetch(), 101);
        let other = GlobalId::new(NodeType::User, Uuid::now_v7()).encode();
        assert!(Page::parse(10, Some(&other), t).is_err());
        assert!(Page::parse(10, Some("garbage"), t).is_err());
        let id = Uuid::now_v7();
        let own = GlobalId::new(t, id).encode();
        assert_eq!(Page::parse(10, Some(&own), t).unwrap().after(), Some(id));
    }

    #[test]
    fn one_row_beyond_the_page_means_another_follows() {
        let page = Page::parse(2, None, NodeType::BlueCard).unwrap();
        let ids: Vec<Uuid> = (0..3).map(|_| Uuid::now_v7()).collect();
        let c = page.connection(ids.clone(), |u| *u, |u| u.to_string());
        assert!(c.has_next_page && !c.has_previous_page);
        assert_eq!(c.edges.len(), 2);
        assert_eq!(
            c.edges[0].cursor,
            GlobalId::new(NodeType::BlueCard, ids[0]).encode()
        );
        let last = page.connection(ids[..2].to_vec(), |u| *u, |u| u.to_string());
        assert!(!last.has_next_page);
    }

    #[test]
    fn a_sorted_cursor_carries_its_key_and_belongs_to_its_order() {
        let t = NodeType::BlueCard;
        let page = SortedPage::parse(2, None, t, "deadline").unwrap();
        let ids: Vec<Uuid> = (0..3).map(|_| Uuid::now_v7()).collect();
        let c = page.connection(
            ids.clone(),
            |u| (format!("2026-12-0{}", u.as_bytes()[15] % 9 + 1), *u),
            |u| u.to_string(),
        );
        assert!(c.has_next_page);
        let cursor = c.edges[1].cursor.clone();
        let next = SortedPage::parse(2, Some(&cursor), t, "deadline").unwrap();
        let (key, id) = next.after().unwrap();
        assert_eq!(id, ids[1]);
        assert!(key.starts_with("2026-12-0"));
        // Another order's cursor, a global ID, or garbage: refused.
        assert!(SortedPage::parse(2, Some(&cursor), t, "opened").is_err());
        assert!(SortedPage::parse(2, Some(&cursor), NodeType::User, "deadline").is_err());
        let gid = GlobalId::new(t, ids[0]).encode();
        assert!(SortedPage::parse(2, Some(&gid), t, "deadline").is_err());
        assert!(SortedPage::parse(2, Some("%%%"), t, "deadline").is_err());
        // A key may be empty (an item with no deadline) and may hold ':'.
        let c = page.connection(
            vec![(String::new(), ids[0]), ("a:b".to_owned(), ids[1])],
            |(k, u)| (k.clone(), *u),
            |(k, _)| k,
        );
        for (edge, want) in c.edges.iter().zip(["", "a:b"]) {
            let p = SortedPage::parse(2, Some(&edge.cursor), t, "deadline").unwrap();
            assert_eq!(p.after().unwrap().0, want);
        }
    }
}
