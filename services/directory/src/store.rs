//! sea-orm entities of the directory. Never exposed outside the crate.

pub mod help_point {
    use sea_orm::entity::prelude::*;

    use crate::domain::{AccessibilityFeature, HelpPointKind, HelpService};
    use kernel::store::StoredSet;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "directory_help_points")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tenant_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub name: String,
        pub kind: HelpPointKind,
        pub description: Option<String>,
        pub street: Option<String>,
        pub postal_code: Option<String>,
        pub city: Option<String>,
        pub latitude: Option<f64>,
        pub longitude: Option<f64>,
        pub phones: String,
        pub email: Option<String>,
        pub web: Option<String>,
        pub hours: String,
        pub services: StoredSet<HelpService>,
        pub languages: String,
        pub accessibility: StoredSet<AccessibilityFeature>,
        pub published: bool,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
        pub version: i32,
        pub shelter_free_places: Option<i32>,
        pub shelter_updated_at: Option<DateTimeUtc>,
        pub shelter_public: bool,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    kernel::tenant_entity!();
}

/// A platform table: no tenant.
pub mod helpline {
    use sea_orm::entity::prelude::*;

    use crate::domain::{AccessibilityFeature, HelpPointKind, HelpService};
    use kernel::store::StoredSet;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "directory_helplines")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub name: String,
        pub kind: HelpPointKind,
        pub description: Option<String>,
        pub street: Option<String>,
        pub postal_code: Option<String>,
        pub city: Option<String>,
        pub latitude: Option<f64>,
        pub longitude: Option<f64>,
        pub phones: String,
        pub email: Option<String>,
        pub web: Option<String>,
        pub hours: String,
        pub services: StoredSet<HelpService>,
        pub languages: String,
        pub accessibility: StoredSet<AccessibilityFeature>,
        pub published: bool,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
        pub version: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
