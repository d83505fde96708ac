//! The only way to reach the database.
//!
//! [`Db`] never hands out a bare connection. Tenant-owned tables are reached through a
//! [`TenantTx`]: a transaction that, on PostgreSQL, runs `SET LOCAL app.tenant_id` so row-level
//! security confines every statement to one tenant. Platform tables (regions, tenants) are
//! reached through a [`PlatformTx`], in which no tenant is set and so no tenant row is visible.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    IsolationLevel, SqliteTransactionMode, TransactionOptions, TransactionTrait,
};
use tokio::sync::{MappedMutexGuard, Mutex, MutexGuard};
use uuid::Uuid;

use crate::error::{Error, Result};

mod audit;
mod reading;
pub use audit::{AuditContext, AuditEntry, AuditSink, Outcome};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Postgres,
    Sqlite,
}

#[derive(Clone)]
pub struct Db {
    conn: DatabaseConnection,
    /// PostgreSQL: one connection of its own for `ping`, so that a pool busy with requests
    /// never reads as a database that is away (readiness would empty the Service at once).
    health: Option<DatabaseConnection>,
    backend: Backend,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db")
            .field("backend", &self.backend)
            .finish()
    }
}

#[derive(Debug, Clone)]
pub struct PoolOptions {
    pub max_connections: u32,
    pub acquire_timeout: Duration,
    /// PostgreSQL's `statement_timeout` on every connection of the pool: a statement running
    /// longer is cancelled (answered UNAVAILABLE) and its transaction rolls back.
    pub statement_timeout: Option<Duration>,
}

impl Default for PoolOptions {
    fn default() -> Self {
        PoolOptions {
            max_connections: 16,
            acquire_timeout: Duration::from_secs(5),
            statement_timeout: None,
        }
    }
}

impl Db {
    /// Connects to `postgres://…` or `sqlite://…`. The caller decides which URL (the server's
    /// role, or the owner role for migrations).
    pub async fn connect(url: &str, pool: &PoolOptions) -> Result<Db> {
        let backend = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else {
            return Err(Error::BadUserInput(
                "database URL must start with postgres:// or sqlite:".to_owned(),
            ));
        };
        let mut opts = ConnectOptions::new(url.to_owned());
        opts.max_connections(pool.max_connections)
            .min_connections(1)
            .acquire_timeout(pool.acquire_timeout)
            .connect_timeout(pool.acquire_timeout)
            .sqlx_logging(false);
        if let (Backend::Postgres, Some(timeout)) = (backend, pool.statement_timeout) {
            // Set once per connection, at start-up: no statement per request.
            let millis = timeout.as_millis().to_string();
            opts.map_sqlx_postgres_opts(move |o| {
                o.options([("statement_timeout", millis.as_str())])
            });
        }
        if backend == Backend::Sqlite {
            opts.map_sqlx_sqlite_opts(|o| {
                o.journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                    .busy_timeout(Duration::from_secs(10))
                    .foreign_keys(true)
                    .create_if_missing(true)
            });
        }
        let conn = Database::connect(opts)
            .await
            .map_err(|e| Error::internal_from("connecting to the database", e))?;
        let health = match backend {
            Backend::Postgres => {
                let mut opts = ConnectOptions::new(url.to_owned());
                // Below readiness's own limit: a database that refuses is an error, not a wait.
                opts.max_connections(1)
                    .min_connections(0)
                    .acquire_timeout(Duration::from_secs(1))
                    .connect_timeout(Duration::from_secs(1))
                    .connect_lazy(true)
                    .sqlx_logging(false);
                Some(
                    Database::connect(opts)
                        .await
                        .map_err(|e| Error::internal_from("connecting to the database", e))?,
                )
            }
            Backend::Sqlite => None,
        };
        Ok(Db {
            conn,
            health,
            backend,
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub async fn ping(&self) -> Result<()> {
        self.health
            .as_ref()
            .unwrap_or(&self.conn)
            .ping()
            .await
            .map_err(|e| Error::internal_from("database ping", e))
    }

    /// `(open connections, idle connections)` of the pool.
    pub fn pool_stats(&self) -> (u32, usize) {
        match self.backend {
            Backend::Postgres => {
                let pool = self.conn.get_postgres_connection_pool();
                (pool.size(), pool.num_idle())
            }
            Backend::Sqlite => {
                let pool = self.conn.get_sqlite_connection_pool();
                (pool.size(), pool.num_idle())
            }
        }
    }

    /// A transaction that reads platform tables (regions, tenants). No tenant is set in it.
    pub async fn platform(&self) -> Result<PlatformTx> {
        let tx = self.conn.begin().await?;
        Ok(PlatformTx {
            tx,
            recorded: Vec::new(),
        })
    }

    /// One statement's read of platform tables, outside any transaction: a single statement
    /// sees what had committed when it began, at the cost of one round trip instead of three.
    /// For reads that stand alone (a check made on every request); a read that must agree with
    /// another takes [`Db::platform`].
    pub async fn platform_one<E: sea_orm::EntityTrait>(
        &self,
        select: sea_orm::Select<E>,
    ) -> Result<Option<E::Model>> {
        Ok(select.one(&self.conn).await?)
    }

    /// A transaction that reads and then writes platform tables. On SQLite it takes the write
    /// lock at BEGIN (see [`Db::tenant`]); never open one inside a request that holds a tenant
    /// transaction.
    pub async fn platform_write(&self) -> Result<PlatformTx> {
        Ok(PlatformTx {
            tx: self.begin_writer().await?,
            recorded: Vec::new(),
        })
    }

    async fn begin_writer(&self) -> Result<DatabaseTransaction> {
        Ok(match self.backend {
            Backend::Postgres => self.conn.begin().await?,
            // A deferred transaction that reads and then writes fails at once
            // (SQLITE_BUSY_SNAPSHOT) when another writer committed in between.
            Backend::Sqlite => {
                self.conn
                    .begin_with_options(TransactionOptions {
                        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
                        ..TransactionOptions::default()
                    })
                    .await?
            }
        })
    }

    /// Opens the transaction of one tenant. `tenant` must come from an authenticated principal
    /// or from a job iterating over tenants, never from client input.
    pub async fn tenant(&self, tenant: Uuid, audit: AuditContext) -> Result<TenantTx> {
        // Every tenant transaction may append to the audit trail: a writer.
        let tx = self.begin_writer().await?;
        self.tenant_in(tx, tenant, audit).await
    }

    /// Like [`Db::tenant`], but every statement sees the same snapshot, taken at its first
    /// (PostgreSQL's REPEATABLE READ): a consistent copy of the municipality, such as an export,
    /// reads in it while others write. On SQLite a transaction reads one snapshot anyway.
    pub async fn tenant_snapshot(&self, tenant: Uuid, audit: AuditContext) -> Result<TenantTx> {
        let tx = match self.backend {
            Backend::Postgres => {
                self.conn
                    .begin_with_options(TransactionOptions {
                        isolation_level: Some(IsolationLevel::RepeatableRead),
                        ..TransactionOptions::default()
                    })
                    .await?
            }
            Backend::Sqlite => self.begin_writer().await?,
        };
        self.tenant_in(tx, tenant, audit).await
    }

    async fn tenant_in(
        &self,
        tx: DatabaseTransaction,
        tenant: Uuid,
        audit: AuditContext,
    ) -> Result<TenantTx> {
        if self.backend == Backend::Postgres {
            // Formatted from a parsed Uuid: no injection is possible. SET LOCAL ends with the
            // transaction, so a pooled connection never carries a tenant into the next one.
            tx.execute_unprepared(&format!("SET LOCAL app.tenant_id = '{tenant}'"))
                .await?;
        }
        Ok(TenantTx::new(tenant, self.backend, tx, audit))
    }

    /// A transaction that reads one region's published statistics and nothing else. On
    /// PostgreSQL it runs as the `ostoja_region` role (SELECT on the release tables only, no
    /// privilege on any tenant table) with `app.region_id` set, so that a statement straying
    /// into tenant data fails and another region's releases are invisible.
    pub async fn regional(&self, region: Uuid) -> Result<RegionalTx> {
        let tx = self.conn.begin().await?;
        if self.backend == Backend::Postgres {
            // Formatted from a parsed Uuid: no injection is possible.
            tx.execute_unprepared(&format!(
                "SET LOCAL ROLE {REGION_ROLE}; SET LOCAL app.region_id = '{region}'"
            ))
            .await
            .map_err(|e| {
                Error::internal_from(
                    "taking the ostoja_region role (see docs/operators.md, \"Database roles\")",
                    e,
                )
            })?;
        }
        Ok(RegionalTx { tx })
    }

    /// Records the audit entry of work that was rolled back, in a transaction of its own, so
    /// that a denied or failed operation still leaves its trace.
    pub async fn record_alone(&self, entry: AuditEntry, sink: Arc<dyn AuditSink>) -> Result<()> {
        let tx = self.begin_writer().await?;
        if self.backend == Backend::Postgres {
            tx.execute_unprepared(&format!("SET LOCAL app.tenant_id = '{}'", entry.tenant))
                .await?;
        }
        sink.record(&tx, &entry).await?;
        tx.commit().await?;
        sink.committed(&entry).await;
        Ok(())
    }

    /// Applies pending migrations. Connect with the owner role's URL for this.
    pub async fn apply_migrations<M: sea_orm_migration::MigratorTrait>(&self) -> Result<()> {
        M::up(&self.conn, None)
            .await
            .map_err(|e| Error::internal_from("applying migrations", e))
    }
}

/// A transaction on platform-level tables.
pub struct PlatformTx {
    tx: DatabaseTransaction,
    recorded: Vec<(Arc<dyn AuditSink>, AuditEntry)>,
}

impl PlatformTx {
    /// Records an operator's change to a tenant in that tenant's audit trail, in this
    /// transaction: the change and its entry commit together. Call it after the change's last
    /// statement (on PostgreSQL it sets the tenant for the rest of the transaction).
    pub async fn audit_for_tenant(
        &mut self,
        tenant: Uuid,
        audit: &AuditContext,
        object_ids: Vec<String>,
    ) -> Result<()> {
        let Some(sink) = &audit.sink else {
            return Ok(());
        };
        if self.backend() == Backend::Postgres {
            self.tx
                .execute_unprepared(&format!("SET LOCAL app.tenant_id = '{tenant}'"))
                .await?;
        }
        let entry = AuditEntry {
            id: Uuid::now_v7(),
            tenant,
            occurred_at: Utc::now(),
            actor: audit.actor.clone(),
            operation: audit.operation.clone(),
            object_ids,
            request_id: audit.request_id.clone(),
            outcome: Outcome::Ok,
            denied_ids: Vec::new(),
        };
        sink.record(&self.tx, &entry).await?;
        self.recorded.push((sink.clone(), entry));
        Ok(())
    }

    pub fn conn(&self) -> &DatabaseTransaction {
        &self.tx
    }

    pub fn backend(&self) -> Backend {
        match self.tx.get_database_backend() {
            DbBackend::Postgres => Backend::Postgres,
            _ => Backend::Sqlite,
        }
    }

    pub async fn commit(self) -> Result<()> {
        self.tx.commit().await?;
        for (sink, entry) in &self.recorded {
            sink.committed(entry).await;
        }
        Ok(())
    }
}

/// The role regional reads run as (see [`Db::regional`]).
pub const REGION_ROLE: &str = "ostoja_region";

/// A read-only transaction on one region's published statistics. Dropping it rolls back.
pub struct RegionalTx {
    tx: DatabaseTransaction,
}

impl RegionalTx {
    pub fn conn(&self) -> &DatabaseTransaction {
        &self.tx
    }
}

/// Work that may run only once a transaction's changes are visible to everyone (see
/// [`TenantTx::after_commit`]).
pub type CommitHook = Pin<Box<dyn Future<Output = ()> + Send>>;

/// A transaction confined to one tenant. Shared by all resolvers of one request (its DataLoaders
/// included); statements are serialised on it.
pub struct TenantTx {
    tenant: Uuid,
    backend: Backend,
    tx: Mutex<Option<DatabaseTransaction>>,
    touched: std::sync::Mutex<Vec<String>>,
    denied: std::sync::Mutex<Vec<String>>,
    audit: AuditContext,
    after_commit: std::sync::Mutex<Vec<CommitHook>>,
}

fn remember(list: &std::sync::Mutex<Vec<String>>, id: String) {
    if let Ok(mut list) = list.lock() {
        if !list.contains(&id) {
            list.push(id);
        }
    }
}

fn copy(list: &std::sync::Mutex<Vec<String>>) -> Result<Vec<String>> {
    list.lock()
        .map(|l| l.clone())
        .map_err(|_| Error::internal("audit list poisoned"))
}

impl TenantTx {
    fn new(tenant: Uuid, backend: Backend, tx: DatabaseTransaction, audit: AuditContext) -> Self {
        TenantTx {
            tenant,
            backend,
            tx: Mutex::new(Some(tx)),
            touched: std::sync::Mutex::new(Vec::new()),
            denied: std::sync::Mutex::new(Vec::new()),
            audit,
            after_commit: std::sync::Mutex::new(Vec::new()),
        }
    }

    /// The same transaction, audited as `audit`: a transaction opened before the request knew
    /// its operation (see [`Db::tenant_reading`]) takes the request's context at first use.
    pub fn with_audit(mut self, audit: AuditContext) -> Self {
        self.audit = audit;
        self
    }

    /// Ends a transaction the request never used: rolled back, with no audit entry, as if it
    /// had never been opened.
    pub async fn discard(self) -> Result<()> {
        if let Some(tx) = self.tx.lock().await.take() {
            tx.rollback().await?;
        }
        Ok(())
    }

    pub fn tenant(&self) -> Uuid {
        self.tenant
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The connection for one or more statements. Every query must still filter by
    /// `tenant_id` (the only guard on SQLite).
    pub async fn conn(&self) -> Result<MappedMutexGuard<'_, DatabaseTransaction>> {
        // One use of the connection is one statement almost everywhere: the counter is how the
        // tests and the benchmark see that lists cost a constant number of queries.
        metrics::counter!("ostoja_db_tenant_statements_total").increment(1);
        let guard = self.tx.lock().await;
        MutexGuard::try_map(guard, Option::as_mut)
            .map_err(|_| Error::internal("tenant transaction used after it finished"))
    }

    /// Records that this transaction read or wrote an object (a global ID), for the audit trail.
    pub fn touch(&self, global_id: impl Into<String>) {
        remember(&self.touched, global_id.into());
    }

    /// Records that the caller asked for an object (a global ID) and did not get it: it does
    /// not exist, or they may not see it. The entry then says `denied`.
    pub fn deny(&self, global_id: impl Into<String>) {
        remember(&self.denied, global_id.into());
    }

    /// Runs `hook` once this transaction has committed, after its audit entry was published
    /// (e.g. to tell caches in this and other processes that something changed: told before the
    /// commit, a reader could cache the old rows again). Hooks run in the order they were
    /// added; a transaction that rolls back, or fails to commit, drops them unrun.
    pub fn after_commit(&self, hook: impl Future<Output = ()> + Send + 'static) {
        if let Ok(mut hooks) = self.after_commit.lock() {
            hooks.push(Box::pin(hook));
        }
    }

    /// The audit entry of this transaction's work so far.
    fn entry(&self, outcome: Outcome) -> Result<AuditEntry> {
        let denied_ids = copy(&self.denied)?;
        Ok(AuditEntry {
            id: Uuid::now_v7(),
            tenant: self.tenant,
            occurred_at: Utc::now(),
            actor: self.audit.actor.clone(),
            operation: self.audit.operation.clone(),
            object_ids: copy(&self.touched)?,
            request_id: self.audit.request_id.clone(),
            outcome: match outcome {
                Outcome::Ok if !denied_ids.is_empty() => Outcome::Denied,
                other => other,
            },
            denied_ids,
        })
    }

    /// Writes the audit entry and commits, or rolls back. A rolled-back transaction cannot
    /// hold its entry: it is returned, to be recorded on its own (`Db::record_alone`).
    /// Idempotent: a second call does nothing.
    pub async fn finish(&self, commit: bool, outcome: Outcome) -> Result<Option<AuditEntry>> {
        let Some(tx) = self.tx.lock().await.take() else {
            return Ok(None);
        };
        let hooks = self
            .after_commit
            .lock()
            .map(|mut h| std::mem::take(&mut *h))
            .map_err(|_| Error::internal("commit hooks poisoned"))?;
        if !commit {
            tx.rollback().await?;
            return Ok(match &self.audit.sink {
                Some(_) => Some(self.entry(match outcome {
                    Outcome::Ok => Outcome::Failed,
                    other => other,
                })?),
                None => None,
            });
        }
        let entry = match &self.audit.sink {
            Some(sink) => {
                let entry = self.entry(outcome)?;
                sink.record(&tx, &entry).await?;
                Some((sink, entry))
            }
            None => None,
        };
        tx.commit().await?;
        if let Some((sink, entry)) = entry {
            sink.committed(&entry).await;
        }
        for hook in hooks {
            hook.await;
        }
        Ok(None)
    }

    pub async fn commit(self) -> Result<()> {
        self.finish(true, Outcome::Ok).await.map(|_| ())
    }

    /// Ends this tenant's share of the database transaction and goes on in it as `to`: the one
    /// path by which records move between municipalities (a procedure handed over when a family
    /// moves), so that they leave one and arrive in the other together or not at all. This
    /// tenant's audit entry is written first, under its own tenant; `to`'s is written when the
    /// returned transaction commits. Only the use case of the hand-over calls it, never with
    /// a tenant taken from client input.
    pub async fn continue_as(self, to: Uuid, audit: AuditContext) -> Result<TenantTx> {
        let Some(tx) = self.tx.lock().await.take() else {
            return Err(Error::internal("tenant transaction used after it finished"));
        };
        let mut hooks = self
            .after_commit
            .lock()
            .map(|mut h| std::mem::take(&mut *h))
            .map_err(|_| Error::internal("commit hooks poisoned"))?;
        if let Some(sink) = &self.audit.sink {
            let entry = self.entry(Outcome::Ok)?;
            sink.record(&tx, &entry).await?;
            let sink = sink.clone();
            hooks.insert(0, Box::pin(async move { sink.committed(&entry).await }));
        }
        if self.backend == Backend::Postgres {
            // Formatted from a parsed Uuid, as at BEGIN.
            tx.execute_unprepared(&format!("SET LOCAL app.tenant_id = '{to}'"))
                .await?;
        }
        Ok(TenantTx {
            tenant: to,
            backend: self.backend,
            tx: Mutex::new(Some(tx)),
            touched: std::sync::Mutex::new(Vec::new()),
            denied: std::sync::Mutex::new(Vec::new()),
            audit,
            after_commit: std::sync::Mutex::new(hooks),
        })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicI64, Ordering};

    use sea_orm::{ConnectionTrait, Statement};

    use super::*;

    /// Rows of `t` as another connection sees them.
    async fn committed_rows(db: &Db) -> i64 {
        let tx = db.platform().await.unwrap();
        let row = tx
            .conn()
            .query_one_raw(Statement::from_string(
                DbBackend::Sqlite,
                "SELECT COUNT(*) AS n FROM t",
            ))
            .await
            .unwrap()
            .unwrap();
        let n: i64 = row.try_get("", "n").unwrap();
        tx.commit().await.unwrap();
        n
    }

    #[tokio::test]
    async fn commit_hooks_run_after_the_commit_and_never_after_a_rollback() {
        let path = std::env::temp_dir().join(format!("ostoja-hooks-{}.db", Uuid::new_v4()));
        let url = format!("sqlite://{}", path.display());
        let db = Db::connect(&url, &PoolOptions::default()).await.unwrap();
        db.conn
            .execute_unprepared("CREATE TABLE t (id INTEGER PRIMARY KEY)")
            .await
            .unwrap();
        let tenant = Uuid::new_v4();
        // What a hook saw: the rows visible outside the transaction, -1 when it never ran.
        let seen = Arc::new(AtomicI64::new(-1));

        for commit in [false, true] {
            let tx = db
                .tenant(tenant, AuditContext::unaudited("test"))
                .await
                .unwrap();
            tx.conn()
                .await
                .unwrap()
                .execute_unprepared("INSERT INTO t DEFAULT VALUES")
                .await
                .unwrap();
            let (db2, seen2) = (db.clone(), seen.clone());
            tx.after_commit(async move {
                seen2.store(committed_rows(&db2).await, Ordering::SeqCst);
            });
            assert_eq!(seen.load(Ordering::SeqCst), -1, "ran before finishing");
            tx.finish(commit, Outcome::Ok).await.unwrap();
            // Rolled back: the hook never ran. Committed: it ran and saw the row.
            assert_eq!(seen.load(Ordering::SeqCst), if commit { 1 } else { -1 });
        }
        drop(db);
        let _ = std::fs::remove_file(&path);
    }
}
