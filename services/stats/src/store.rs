//! sea-orm entities of the regional release tables. None holds a tenant row. Never exposed
//! outside the crate.

pub mod release {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "stats_releases")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub region_id: Uuid,
        pub period: String,
        pub number: Option<i32>,
        pub status: String,
        pub requested_by: String,
        pub started_at: DateTimeUtc,
        pub heartbeat_at: DateTimeUtc,
        pub finished_at: Option<DateTimeUtc>,
        pub done: i32,
        pub total: i32,
        pub municipalities: Option<i32>,
        pub failure: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod indicator {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "stats_release_indicators")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub release_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub key: String,
        pub position: i32,
        pub label: String,
        /// The dimensions, comma-separated, in order.
        pub dimensions: String,
        pub unit: String,
        pub cumulative: bool,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod cell {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "stats_release_cells")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub release_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub indicator: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub position: i32,
        pub row_value: Option<String>,
        pub col_value: Option<String>,
        pub value: Option<i64>,
        pub rule: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod member {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "stats_release_members")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub release_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub municipality_id: Uuid,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod export {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "stats_release_exports")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub release_id: Uuid,
        pub region_id: Uuid,
        pub coordinator: String,
        pub format: String,
        pub request_id: Option<String>,
        pub exported_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
