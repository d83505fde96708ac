//! Opening a tenant transaction and reading a value in the same statement.

use sea_orm::{ConnectionTrait, Statement, Value};
use uuid::Uuid;

use super::{AuditContext, Backend, Db, TenantTx};
use crate::error::Result;

impl Db {
    /// Opens the tenant transaction of `tenant` and reads one number in the statement that
    /// sets the tenant: on PostgreSQL one round trip instead of two. `scalar` is a scalar
    /// subquery whose parameters are `$2`, `$3`, … (`$1` is the tenant), given in `values`;
    /// it reads what the server's role may read outside any tenant (a platform table), and
    /// `None` is its NULL or no row. For a check every request makes before it works (the
    /// version of the principal it was kept under), so that the check costs no statement of
    /// its own. The transaction's audit context is set when the request first uses it
    /// ([`TenantTx::with_audit`]).
    pub async fn tenant_reading(
        &self,
        tenant: Uuid,
        audit: AuditContext,
        scalar: &str,
        values: Vec<Value>,
    ) -> Result<(TenantTx, Option<i64>)> {
        let tx = self.begin_writer().await?;
        let mut params = Vec::with_capacity(values.len() + 1);
        params.push(Value::from(tenant.to_string()));
        params.extend(values);
        // The tenant is a bound parameter of set_config, never formatted into the statement.
        let sql = match self.backend {
            Backend::Postgres => format!(
                "SELECT set_config('app.tenant_id', $1, true) AS tenant, ({scalar})::int8 AS checked"
            ),
            Backend::Sqlite => format!("SELECT $1 AS tenant, ({scalar}) AS checked"),
        };
        let row = tx
            .query_one_raw(Statement::from_sql_and_values(
                tx.get_database_backend(),
                sql,
                params,
            ))
            .await?;
        let read = match row {
            Some(row) => row.try_get::<Option<i64>>("", "checked")?,
            None => None,
        };
        let tx = TenantTx::new(tenant, self.backend, tx, audit);
        Ok((tx, read))
    }
}

#[cfg(test)]
mod tests {
    use sea_orm::ConnectionTrait;

    use super::*;
    use crate::db::{Outcome, PoolOptions};

    /// Rows of `t` as `tx` sees them.
    async fn count(tx: &TenantTx) -> i64 {
        let row = tx
            .conn()
            .await
            .unwrap()
            .query_one_raw(Statement::from_string(
                sea_orm::DbBackend::Sqlite,
                "SELECT COUNT(*) AS n FROM t",
            ))
            .await
            .unwrap()
            .unwrap();
        row.try_get::<i64>("", "n").unwrap()
    }

    #[tokio::test]
    async fn the_value_is_read_with_the_opening_and_a_discarded_transaction_leaves_nothing() {
        let path = std::env::temp_dir().join(format!("ostoja-reading-{}.db", Uuid::new_v4()));
        let db = Db::connect(
            &format!("sqlite://{}", path.display()),
            &PoolOptions::default(),
        )
        .await
        .unwrap();
        db.conn
            .execute_unprepared(
                "CREATE TABLE v (scope TEXT PRIMARY KEY, version INTEGER NOT NULL); \
                 CREATE TABLE t (id INTEGER PRIMARY KEY); \
                 INSERT INTO v VALUES ('a', 7)",
            )
            .await
            .unwrap();
        let scalar = "SELECT version FROM v WHERE scope = $2";
        let tenant = Uuid::new_v4();
        let open = |scope: &str| {
            db.tenant_reading(
                tenant,
                AuditContext::unaudited("test"),
                scalar,
                vec![Value::from(scope.to_owned())],
            )
        };

        let (tx, read) = open("a").await.unwrap();
        assert_eq!((tx.tenant(), read), (tenant, Some(7)));
        tx.conn()
            .await
            .unwrap()
            .execute_unprepared("INSERT INTO t DEFAULT VALUES")
            .await
            .unwrap();
        tx.discard().await.unwrap();

        // No row: None. The discarded insert is gone; a committed one stays.
        let (tx, read) = open("b").await.unwrap();
        assert_eq!(read, None);
        assert_eq!(count(&tx).await, 0);
        tx.conn()
            .await
            .unwrap()
            .execute_unprepared("INSERT INTO t DEFAULT VALUES")
            .await
            .unwrap();
        tx.finish(true, Outcome::Ok).await.unwrap();
        let (tx, _) = open("a").await.unwrap();
        assert_eq!(count(&tx).await, 1);
        tx.discard().await.unwrap();
        drop(db);
        let _ = std::fs::remove_file(&path);
    }
}
