//! A unique violation is a user's error, not an internal one: two people creating the same
//! slug, login or team at once both pass the service's check, and the database refuses the
//! second. That one must still answer the field's `TAKEN`.

use sea_orm::{
    ActiveModelBehavior, ActiveModelTrait, DatabaseTransaction, DbErr, EntityTrait,
    IntoActiveModel, SqlErr, TransactionTrait, UpdateMany, UpdateResult,
};

use crate::error::{Result, UserError};

/// Whether the database refused a write for a unique constraint (PostgreSQL and SQLite).
pub fn is_unique_violation(err: &DbErr) -> bool {
    matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_)))
}

/// A unique violation as `TAKEN` on `field`; any other failure stays internal.
pub fn taken(err: DbErr, field: &[&str], message: &str) -> Result<UserError> {
    if is_unique_violation(&err) {
        Ok(UserError::new(field, "TAKEN", message))
    } else {
        Err(err.into())
    }
}

/// Inserts `row`, or `None` when a unique constraint refused it. The insert runs in a
/// savepoint: on PostgreSQL a failed statement aborts the whole transaction, and the request
/// must go on to answer (and commit its audit entry).
pub async fn insert<A>(
    conn: &DatabaseTransaction,
    row: A,
) -> Result<Option<<A::Entity as EntityTrait>::Model>>
where
    A: ActiveModelTrait + ActiveModelBehavior + Send,
    <A::Entity as EntityTrait>::Model: IntoActiveModel<A>,
{
    let savepoint = conn.begin().await?;
    match row.insert(&savepoint).await {
        Ok(model) => {
            savepoint.commit().await?;
            Ok(Some(model))
        }
        Err(err) if is_unique_violation(&err) => {
            savepoint.rollback().await?;
            Ok(None)
        }
        Err(err) => Err(err.into()),
    }
}

/// Runs `update`, or `None` when a unique constraint refused it (in a savepoint, as
/// [`insert`]).
pub async fn update<E: EntityTrait>(
    conn: &DatabaseTransaction,
    update: UpdateMany<E>,
) -> Result<Option<UpdateResult>> {
    let savepoint = conn.begin().await?;
    match update.exec(&savepoint).await {
        Ok(done) => {
            savepoint.commit().await?;
            Ok(Some(done))
        }
        Err(err) if is_unique_violation(&err) => {
            savepoint.rollback().await?;
            Ok(None)
        }
        Err(err) => Err(err.into()),
    }
}

/// Inserts `row`, or answers `TAKEN` on `field` when a unique constraint refused it.
pub async fn insert_or_taken<A>(
    conn: &DatabaseTransaction,
    row: A,
    field: &[&str],
    message: &str,
) -> Result<Result<<A::Entity as EntityTrait>::Model, UserError>>
where
    A: ActiveModelTrait + ActiveModelBehavior + Send,
    <A::Entity as EntityTrait>::Model: IntoActiveModel<A>,
{
    Ok(insert(conn, row)
        .await?
        .ok_or_else(|| UserError::new(field, "TAKEN", message)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::entity::prelude::*;
    use sea_orm::{ConnectionTrait, Database, Set};

    mod place {
        use sea_orm::entity::prelude::*;

        #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
        #[sea_orm(table_name = "places")]
        pub struct Model {
            #[sea_orm(primary_key, auto_increment = false)]
            pub id: i32,
            pub slug: String,
        }

        #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
        pub enum Relation {}

        impl ActiveModelBehavior for ActiveModel {}
    }

    fn row(id: i32, slug: &str) -> place::ActiveModel {
        place::ActiveModel {
            id: Set(id),
            slug: Set(slug.to_owned()),
        }
    }

    #[tokio::test]
    async fn a_taken_value_answers_the_field_and_the_transaction_goes_on() {
        let db = Database::connect("sqlite::memory:").await.unwrap();
        db.execute_unprepared("CREATE TABLE places (id integer PRIMARY KEY, slug text UNIQUE)")
            .await
            .unwrap();
        let tx = db.begin().await.unwrap();
        let first = insert_or_taken(&tx, row(1, "zory"), &["input", "slug"], "taken")
            .await
            .unwrap();
        assert_eq!(first.unwrap().slug, "zory");
        let second = insert_or_taken(&tx, row(2, "zory"), &["input", "slug"], "taken")
            .await
            .unwrap()
            .unwrap_err();
        assert_eq!(second, UserError::new(&["input", "slug"], "TAKEN", "taken"));
        insert(&tx, row(3, "lubliniec")).await.unwrap().unwrap();
        tx.commit().await.unwrap();
        assert_eq!(place::Entity::find().count(&db).await.unwrap(), 2);
    }

    #[tokio::test]
    async fn other_failures_stay_internal() {
        let db = Database::connect("sqlite::memory:").await.unwrap();
        let tx = db.begin().await.unwrap();
        let err = insert(&tx, row(1, "zory")).await.unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::Internal);
    }
}
