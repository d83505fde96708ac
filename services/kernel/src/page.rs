//! Cursor pages at the GraphQL edge, the same way in every service: `first` (1 to
//! [`Page::MAX`]) and `after` (the opaque global ID of the last item seen), parsed once, one row
//! fetched beyond the page to know whether another follows, and the Relay connection built
//! with each item's global ID as its cursor.

use async_graphql::connection::{Connection, Edge, EmptyFields};
use async_graphql::OutputType;
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
}
