//! Plug-in point for the columns a service seals with the municipality's data key: each
//! declares them once, so that what works on every sealed value (a municipality's export for
//! its controller, and the data key's rotation) needs no knowledge of the services. A value's
//! associated data is `<place>:<row id>` (see `crypto`), the row's id in its `id` column.

use uuid::Uuid;

use crate::crypto::DataKey;
use crate::error::Result;

/// A column holding values sealed with the data key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SealedColumn {
    pub table: &'static str,
    pub column: &'static str,
    /// The associated data's prefix, e.g. `cases_persons.sealed`.
    pub place: &'static str,
    /// JSON (`DataKey::seal_json`) rather than text.
    pub json: bool,
}

impl SealedColumn {
    /// A column of values sealed with `DataKey::seal_json`.
    pub const fn json(table: &'static str, column: &'static str, place: &'static str) -> Self {
        SealedColumn {
            table,
            column,
            place,
            json: true,
        }
    }

    /// A column of texts sealed with `DataKey::seal`.
    pub const fn text(table: &'static str, column: &'static str, place: &'static str) -> Self {
        SealedColumn {
            table,
            column,
            place,
            json: false,
        }
    }

    /// The value of row `id`, opened: JSON as it was sealed, text as a JSON string.
    pub fn open(&self, key: &DataKey, id: Uuid, sealed: &str) -> Result<serde_json::Value> {
        let place = format!("{}:{id}", self.place);
        if self.json {
            key.open_json(sealed, &place)
        } else {
            let text = key.open(sealed, &place)?;
            String::from_utf8(text)
                .map(serde_json::Value::String)
                .map_err(|_| crate::Error::internal(format!("{} is not text", self.place)))
        }
    }

    /// The value of row `id` sealed again with the key's current cipher key, or `None` when
    /// that key sealed it (a data key's rotation).
    pub fn reseal(&self, key: &DataKey, id: Uuid, sealed: &str) -> Result<Option<String>> {
        key.reseal(sealed, &format!("{}:{id}", self.place))
    }
}
