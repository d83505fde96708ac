//! Tenant-scoped queries and typed stored values.
//!
//! A tenant entity says once which column holds its tenant ([`tenant_entity!`]); queries on it
//! start from [`TenantTx::select`], [`TenantTx::update_many`] or [`TenantTx::delete_many`], which
//! add the `tenant_id` filter of the transaction, and sea-query subqueries add
//! [`TenantTx::scope`]. On PostgreSQL row-level security confines the statements as well; on
//! SQLite this filter is the only guard, so services never write it by hand (a layout test
//! checks).
//!
//! Enumerations stored as text are declared with [`stored_enum!`]: entity fields hold the enum
//! itself and sea-orm converts it, so a stored value outside the enum is an error of the read,
//! not a string each caller re-parses.

use sea_orm::sea_query::{ArrayType, ColumnType, Expr, Nullable, ValueType, ValueTypeErr};
use sea_orm::{
    ActiveValue, ColIdx, ColumnTrait, Condition, DbErr, DeleteMany, EntityTrait, IntoActiveValue,
    PrimaryKeyTrait, QueryFilter, QueryResult, Select, TryGetError, TryGetable, UpdateMany, Value,
};
use uuid::Uuid;

use crate::db::TenantTx;
use crate::principal::Role;

/// An entity whose rows belong to one tenant.
pub trait TenantEntity: EntityTrait {
    /// The column that holds the owning tenant's ID.
    fn tenant_column() -> Self::Column;
}

/// Declares the entity of the enclosing module (`Entity`, `Column::TenantId`) a
/// [`TenantEntity`]. Write it once in each tenant entity's module.
#[macro_export]
macro_rules! tenant_entity {
    () => {
        impl $crate::store::TenantEntity for Entity {
            fn tenant_column() -> Column {
                Column::TenantId
            }
        }
    };
}

impl TenantTx {
    /// The condition "this row belongs to the transaction's tenant", for sea-query statements
    /// (subqueries, `Query::select()`) that do not start from [`TenantTx::select`].
    pub fn scope<E: TenantEntity>(&self) -> Expr {
        E::tenant_column().eq(self.tenant())
    }

    /// `E::find()` confined to the transaction's tenant.
    pub fn select<E: TenantEntity>(&self) -> Select<E> {
        E::find().filter(self.scope::<E>())
    }

    /// `E::update_many()` confined to the transaction's tenant.
    pub fn update_many<E: TenantEntity>(&self) -> UpdateMany<E> {
        E::update_many().filter(self.scope::<E>())
    }

    /// `E::delete_many()` confined to the transaction's tenant.
    pub fn delete_many<E: TenantEntity>(&self) -> DeleteMany<E> {
        E::delete_many().filter(self.scope::<E>())
    }

    /// The row of the transaction's tenant with this ID, for entities keyed by
    /// `(tenant_id, id)` (a primary-key lookup).
    pub fn select_by_id<E>(&self, id: Uuid) -> Select<E>
    where
        E: TenantEntity,
        <E::PrimaryKey as PrimaryKeyTrait>::ValueType: From<(Uuid, Uuid)>,
    {
        // The scope again, so that a key declared in another order finds nothing rather than
        // another tenant's row.
        E::find_by_id((self.tenant(), id)).filter(self.scope::<E>())
    }
}

/// An entity whose rows two tenants share: the one that owns a row (its `tenant_id`) and the
/// one it is addressed to (its counterpart column). Row-level security lets both read and
/// update such a row, and only its owner create it; a procedure handed over between
/// municipalities is the one such record.
pub trait SharedEntity: TenantEntity {
    /// The column that holds the tenant the row is addressed to.
    fn counterpart_column() -> Self::Column;
}

impl TenantTx {
    /// The condition "the transaction's tenant is a party to this row": its owner or the one it
    /// is addressed to.
    pub fn party_scope<E: SharedEntity>(&self) -> Condition {
        Condition::any()
            .add(E::tenant_column().eq(self.tenant()))
            .add(E::counterpart_column().eq(self.tenant()))
    }

    /// `E::find()` confined to the rows the transaction's tenant is a party to.
    pub fn select_shared<E: SharedEntity>(&self) -> Select<E> {
        E::find().filter(self.party_scope::<E>())
    }

    /// `E::update_many()` confined to the rows the transaction's tenant is a party to.
    pub fn update_shared<E: SharedEntity>(&self) -> UpdateMany<E> {
        E::update_many().filter(self.party_scope::<E>())
    }
}

/// A value stored as a fixed text (the variants of a [`stored_enum!`]).
pub trait StoredText: Sized + Copy + Ord {
    fn as_stored(self) -> &'static str;
    fn from_stored(raw: &str) -> Option<Self>;
}

impl StoredText for Role {
    fn as_stored(self) -> &'static str {
        self.as_str()
    }

    fn from_stored(raw: &str) -> Option<Self> {
        Role::parse(raw)
    }
}

/// A set of [`StoredText`] values kept in one text column, comma-separated in their order
/// (`"physical,economic"`), with no repeats.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSet<T>(Vec<T>);

impl<T> Default for StoredSet<T> {
    fn default() -> Self {
        StoredSet(Vec::new())
    }
}

impl<T: StoredText> StoredSet<T> {
    pub fn as_slice(&self) -> &[T] {
        &self.0
    }

    pub fn into_vec(self) -> Vec<T> {
        self.0
    }

    pub fn to_text(&self) -> String {
        self.0
            .iter()
            .map(|v| v.as_stored())
            .collect::<Vec<_>>()
            .join(",")
    }

    pub fn parse(raw: &str) -> Option<Self> {
        raw.split(',')
            .filter(|s| !s.is_empty())
            .map(T::from_stored)
            .collect::<Option<Vec<_>>>()
            .map(|v| v.into_iter().collect())
    }
}

impl<T: StoredText> FromIterator<T> for StoredSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut values: Vec<T> = iter.into_iter().collect();
        values.sort();
        values.dedup();
        StoredSet(values)
    }
}

impl<T: StoredText> From<StoredSet<T>> for Value {
    fn from(set: StoredSet<T>) -> Value {
        Value::String(Some(set.to_text()))
    }
}

impl<T: StoredText> TryGetable for StoredSet<T> {
    fn try_get_by<I: ColIdx>(res: &QueryResult, idx: I) -> Result<Self, TryGetError> {
        let raw = String::try_get_by(res, idx)?;
        StoredSet::parse(&raw).ok_or_else(|| {
            TryGetError::DbErr(DbErr::Type(format!(
                "unexpected value for a set of {}",
                std::any::type_name::<T>()
            )))
        })
    }
}

impl<T: StoredText> ValueType for StoredSet<T> {
    fn try_from(v: Value) -> Result<Self, ValueTypeErr> {
        let raw = <String as ValueType>::try_from(v)?;
        StoredSet::parse(&raw).ok_or(ValueTypeErr)
    }

    fn type_name() -> String {
        "StoredSet".to_owned()
    }

    fn array_type() -> ArrayType {
        ArrayType::String
    }

    fn column_type() -> ColumnType {
        ColumnType::Text
    }
}

impl<T: StoredText> Nullable for StoredSet<T> {
    fn null() -> Value {
        Value::String(None)
    }
}

impl<T: StoredText> IntoActiveValue<StoredSet<T>> for StoredSet<T> {
    fn into_active_value(self) -> ActiveValue<StoredSet<T>> {
        ActiveValue::Set(self)
    }
}

/// An enumeration stored as text: a Rust enum that is also a GraphQL enum, serde-serialisable,
/// and a sea-orm value (`DeriveActiveEnum`, `rs_type = "String"`, `db_type = "Text"`), so entity
/// fields hold it directly. The literal after each variant is its stored text and must never
/// change (existing databases hold it).
///
/// The crate using it needs `sea-orm`, `async-graphql` and `serde` as dependencies (the derives
/// name them).
#[macro_export]
macro_rules! stored_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            async_graphql::Enum,
            serde::Serialize,
            serde::Deserialize,
            sea_orm::EnumIter,
            sea_orm::DeriveActiveEnum,
        )]
        #[sea_orm(rs_type = "String", db_type = "Text")]
        $(#[$meta])*
        pub enum $name { $($(#[$vmeta])* #[sea_orm(string_value = $text)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stored text.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(raw: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.as_str() == raw)
            }

            /// The name people read: the first line of the variant's doc comment (in Polish,
            /// without its full stop), or the stored text when it has none.
            pub fn label(self) -> &'static str {
                match self {
                    $($name::$variant => $crate::store::doc_label(
                        &[$(stringify!($vmeta)),*],
                        $text,
                    )),+
                }
            }
        }

        impl $crate::store::StoredText for $name {
            fn as_stored(self) -> &'static str {
                self.as_str()
            }

            fn from_stored(raw: &str) -> Option<Self> {
                Self::parse(raw)
            }
        }
    };
}

/// The first doc line among a variant's attributes as `stringify!` writes them
/// (`doc = r" Policja."`), trimmed and without its full stop; `fallback` without one.
pub fn doc_label(attributes: &[&'static str], fallback: &'static str) -> &'static str {
    attributes
        .iter()
        .find(|a| a.starts_with("doc"))
        .and_then(|a| {
            let start = a.find('"')? + 1;
            let end = a.rfind('"')?;
            a.get(start..end)
        })
        .map(|text| text.trim().trim_end_matches('.'))
        .filter(|text| !text.is_empty())
        .unwrap_or(fallback)
}

#[cfg(test)]
mod tests {
    use sea_orm::{ActiveEnum, Value};

    stored_enum! {
        /// A test enum.
        Colour {
            Red = "red",
            /// Dark blue.
            DarkBlue = "dark_blue",
        }
    }

    #[test]
    fn a_label_is_the_first_doc_line() {
        assert_eq!(Colour::DarkBlue.label(), "Dark blue");
        assert_eq!(Colour::Red.label(), "red");
        assert_eq!(
            super::doc_label(
                &["doc = r#\" Sąd \"rodzinny\".\"#", "doc = r\" more\""],
                "x"
            ),
            "Sąd \"rodzinny\""
        );
    }

    #[test]
    fn stored_text_is_the_declared_literal() {
        assert_eq!(Colour::DarkBlue.as_str(), "dark_blue");
        assert_eq!(Colour::DarkBlue.to_value(), "dark_blue");
        assert_eq!(
            Value::from(Colour::Red),
            Value::String(Some("red".to_owned()))
        );
        assert_eq!(
            Colour::try_from_value(&"dark_blue".to_owned()).ok(),
            Some(Colour::DarkBlue)
        );
        assert!(Colour::try_from_value(&"DarkBlue".to_owned()).is_err());
        assert_eq!(Colour::parse("red"), Some(Colour::Red));
    }

    #[test]
    fn sets_are_sorted_without_repeats_and_parse_back() {
        let set: super::StoredSet<Colour> = [Colour::DarkBlue, Colour::Red, Colour::DarkBlue]
            .into_iter()
            .collect();
        assert_eq!(set.to_text(), "red,dark_blue");
        assert_eq!(super::StoredSet::parse("red,dark_blue"), Some(set));
        assert_eq!(
            super::StoredSet::<Colour>::parse(""),
            Some(super::StoredSet::default())
        );
        assert_eq!(super::StoredSet::<Colour>::parse("red,green"), None);
    }
}
