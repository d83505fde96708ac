//! The coalitions' tables. A coalition and its parties are read by every municipality invited
//! or joined; its records by the joined ones only. [`seen`] and [`joined`] say so in every
//! query: on PostgreSQL row-level security holds it too, on SQLite these conditions are the
//! only guard, so every read of these tables starts from one of them.

use kernel::TenantTx;
use sea_orm::sea_query::{Expr, ExprTrait, Query, SimpleExpr};
use sea_orm::ColumnTrait;

use crate::domain::CoalitionStanding;

/// The coalitions where the transaction's municipality stands in one of `standings`, as a
/// subquery of coalition IDs.
fn standing_in(
    tx: &TenantTx,
    standings: &[CoalitionStanding],
) -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column(party::Column::CoalitionId)
        .from(party::Entity)
        .and_where(party::Column::MunicipalityId.eq(tx.tenant()))
        .and_where(party::Column::State.is_in(standings.iter().map(|s| s.as_str())))
        .to_owned()
}

/// `column` names a coalition the transaction's municipality is invited to or joined.
pub fn seen(tx: &TenantTx, column: impl ColumnTrait) -> SimpleExpr {
    Expr::col(column).in_subquery(standing_in(
        tx,
        &[CoalitionStanding::Invited, CoalitionStanding::Joined],
    ))
}

/// `column` names a coalition the transaction's municipality joined.
pub fn joined(tx: &TenantTx, column: impl ColumnTrait) -> SimpleExpr {
    Expr::col(column).in_subquery(standing_in(tx, &[CoalitionStanding::Joined]))
}

pub mod coalition {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "coalitions_coalitions")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub name: String,
        pub area: String,
        pub description: Option<String>,
        pub founded_by: Uuid,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
        pub version: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod party {
    use sea_orm::entity::prelude::*;

    use crate::domain::CoalitionStanding;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "coalitions_parties")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub coalition_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub municipality_id: Uuid,
        pub state: CoalitionStanding,
        pub invited_by: Uuid,
        pub invited_at: DateTimeUtc,
        pub joined_at: Option<DateTimeUtc>,
        pub consented_by: Option<Uuid>,
        pub left_at: Option<DateTimeUtc>,
        pub version: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod member {
    use sea_orm::entity::prelude::*;

    use crate::domain::CoalitionMemberKind;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "coalitions_members")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub coalition_id: Uuid,
        pub recorded_by: Uuid,
        pub institution: String,
        pub kind: CoalitionMemberKind,
        pub contact_person: Option<String>,
        pub phone: Option<String>,
        pub email: Option<String>,
        pub joined_on: Date,
        pub left_on: Option<Date>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
        pub version: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod meeting {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "coalitions_meetings")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub coalition_id: Uuid,
        pub recorded_by: Uuid,
        pub held_on: Date,
        pub place: String,
        pub agenda: String,
        pub participants: Option<i32>,
        pub minutes: Option<String>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
        pub version: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod action {
    use sea_orm::entity::prelude::*;

    use crate::domain::CoalitionActionStatus;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "coalitions_actions")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub coalition_id: Uuid,
        pub recorded_by: Uuid,
        pub title: String,
        pub description: Option<String>,
        pub starts_on: Date,
        pub ends_on: Option<Date>,
        pub status: CoalitionActionStatus,
        pub lead_member_id: Option<Uuid>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
        pub version: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A municipality's own link from a coalition's action to a task of its programme.
pub mod task_link {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "coalitions_task_links")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tenant_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub action_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub task_id: Uuid,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    kernel::tenant_entity!();
}
