//! sea-orm entities of the identity service. Never exposed outside the crate.

pub mod user {
    use kernel::store::StoredSet;
    use kernel::Role;
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "identity_users")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tenant_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub login: String,
        pub display_name: String,
        pub email: Option<String>,
        pub roles: StoredSet<Role>,
        pub disabled: bool,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
        pub version: i32,
        pub oidc_subject: Option<String>,
        pub provider_roles: StoredSet<Role>,
        pub last_sign_in_at: Option<DateTimeUtc>,
        pub sessions_not_before: Option<DateTimeUtc>,
        /// The issuer that vouched for `oidc_subject`.
        pub oidc_issuer: Option<String>,
        /// The `iat` of the sign-in or token that last set `provider_roles`.
        pub provider_roles_issued_at: Option<DateTimeUtc>,
        /// How the person asked to be addressed (`domain::FormOfAddress`).
        pub form_of_address: Option<crate::domain::FormOfAddress>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    kernel::tenant_entity!();
}

pub mod coordinator {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "identity_coordinators")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub region_id: Uuid,
        pub login: String,
        pub display_name: String,
        pub disabled: bool,
        pub created_at: DateTimeUtc,
        pub oidc_subject: Option<String>,
        pub oidc_issuer: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod operator {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "identity_operators")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub login: String,
        pub display_name: String,
        pub disabled: bool,
        pub created_at: DateTimeUtc,
        pub oidc_subject: Option<String>,
        pub oidc_issuer: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod signing_key {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "identity_signing_keys")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub name: String,
        pub secret: String,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// `identity_principal_versions`: raised by triggers when a row a principal is built from
/// changes (migration 053); read by `crate::principals` on every request.
pub mod principal_version {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "identity_principal_versions")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub scope: Uuid,
        pub version: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod provider {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "identity_providers")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub scope_key: String,
        pub scope_kind: String,
        pub scope_id: Option<Uuid>,
        pub issuer: String,
        pub client_id: String,
        pub client_secret_sealed: String,
        pub scopes: String,
        pub roles_claim: String,
        pub role_mapping: String,
        pub allowed_domains: String,
        pub audience: String,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
        pub version: i32,
        pub trust_unverified_email: bool,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
