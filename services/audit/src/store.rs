//! sea-orm entity of the audit service. Never exposed outside the crate.

pub mod event {
    use kernel::Outcome;
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "audit_events")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tenant_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub occurred_at: DateTimeUtc,
        pub actor_kind: String,
        pub actor_id: Option<Uuid>,
        pub actor_login: String,
        pub operation: String,
        pub object_ids: String,
        pub request_id: Option<String>,
        pub outcome: Outcome,
        pub denied_ids: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    kernel::tenant_entity!();
}

pub mod platform_event {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "audit_platform_events")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub occurred_at: DateTimeUtc,
        pub actor: String,
        pub operation: String,
        pub municipality_id: Option<Uuid>,
        pub details: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
