//! Audit: the append-only trail of who read or wrote which tenant objects, when and in which
//! operation. Entries are written in the same transaction as the work they record, so there is
//! no change without its entry. The server's database role may only read and append.

pub mod graphql;
pub mod platform;
pub mod plugin;
mod store;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use kernel::db::{AuditEntry, AuditSink, Outcome};
use kernel::principal::AuditReader;
use kernel::pubsub::PubSub;
use kernel::{Backend, Error, GlobalId, Result, TenantTx};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, Statement,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use store::event;

/// One audit entry as readers see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEvent {
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub occurred_at: DateTime<Utc>,
    pub actor_kind: String,
    pub actor_id: Option<Uuid>,
    pub actor_login: String,
    pub operation: String,
    pub object_ids: Vec<String>,
    pub request_id: Option<String>,
    pub outcome: Outcome,
    pub denied_ids: Vec<String>,
}

impl AuditEvent {
    /// The entry as `reader` may see it. The data-protection officer sees it whole. A tenant
    /// administrator sees who did what and when, never which case: an entry that read, wrote or
    /// asked for case data shows neither its IDs (not even the staff or team IDs read with the
    /// case, which would tell who works on it) nor its operation's name, only its kind.
    pub fn seen_by(mut self, reader: &AuditReader) -> AuditEvent {
        if reader.sees_case_data() {
            return self;
        }
        let case_data =
            |id: &String| GlobalId::decode(id).map_or(true, |gid| gid.node_type.is_case_data());
        // A read of case data shows the same whatever it found: a search that found nothing
        // looks like one that found a card.
        if kernel::node::operation_touches_case_data(&self.operation)
            || self
                .object_ids
                .iter()
                .chain(&self.denied_ids)
                .any(case_data)
        {
            self.object_ids.clear();
            self.denied_ids.clear();
            let kind = self.operation.split_whitespace().next().unwrap_or_default();
            self.operation = format!("{kind} (case data)");
        }
        self
    }
}

impl From<&AuditEntry> for AuditEvent {
    fn from(e: &AuditEntry) -> Self {
        AuditEvent {
            id: e.id,
            tenant_id: e.tenant,
            occurred_at: e.occurred_at,
            actor_kind: e.actor.kind().to_owned(),
            actor_id: e.actor.id(),
            actor_login: e.actor.login().to_owned(),
            operation: e.operation.clone(),
            object_ids: e.object_ids.clone(),
            request_id: e.request_id.clone(),
            outcome: e.outcome,
            denied_ids: e.denied_ids.clone(),
        }
    }
}

fn event_from(m: event::Model) -> Result<AuditEvent> {
    Ok(AuditEvent {
        id: m.id,
        tenant_id: m.tenant_id,
        occurred_at: m.occurred_at,
        actor_kind: m.actor_kind,
        actor_id: m.actor_id,
        actor_login: m.actor_login,
        operation: m.operation,
        object_ids: serde_json::from_str(&m.object_ids)
            .map_err(|e| Error::internal_from("stored audit object ids", e))?,
        request_id: m.request_id,
        outcome: m.outcome,
        denied_ids: serde_json::from_str(&m.denied_ids)
            .map_err(|e| Error::internal_from("stored audit denied ids", e))?,
    })
}

/// The channel on which a tenant's new audit entries are published.
pub fn channel(tenant: Uuid) -> String {
    format!("ostoja:audit:{tenant}")
}

/// Writes entries for the kernel's tenant transactions and publishes them after commit.
pub struct Recorder {
    pubsub: PubSub,
}

impl Recorder {
    pub fn new(pubsub: PubSub) -> Self {
        Recorder { pubsub }
    }
}

#[async_trait]
impl AuditSink for Recorder {
    async fn record(&self, tx: &DatabaseTransaction, entry: &AuditEntry) -> Result<()> {
        let object_ids = serde_json::to_string(&entry.object_ids)
            .map_err(|e| Error::internal_from("encoding audit object ids", e))?;
        let denied_ids = serde_json::to_string(&entry.denied_ids)
            .map_err(|e| Error::internal_from("encoding audit denied ids", e))?;
        // A plain INSERT without RETURNING: the server's role may not need to read it back.
        event::Entity::insert(event::ActiveModel {
            tenant_id: Set(entry.tenant),
            id: Set(entry.id),
            occurred_at: Set(entry.occurred_at),
            actor_kind: Set(entry.actor.kind().to_owned()),
            actor_id: Set(entry.actor.id()),
            actor_login: Set(entry.actor.login().to_owned()),
            operation: Set(entry.operation.clone()),
            object_ids: Set(object_ids),
            request_id: Set(entry.request_id.clone()),
            outcome: Set(entry.outcome),
            denied_ids: Set(denied_ids),
        })
        .exec_without_returning(tx)
        .await?;
        Ok(())
    }

    async fn committed(&self, entry: &AuditEntry) {
        let event = AuditEvent::from(entry);
        match serde_json::to_string(&event) {
            Ok(payload) => {
                if let Err(e) = self.pubsub.publish(&channel(entry.tenant), &payload).await {
                    // The entry is safely stored; only the live notification is lost.
                    e.log_if_internal();
                }
            }
            Err(e) => tracing::error!(error = %e, "encoding an audit event"),
        }
    }
}

/// A page of the tenant's audit trail, newest first, before the entry `before`.
pub async fn list(
    tx: &TenantTx,
    reader: &AuditReader,
    before: Option<Uuid>,
    limit: u64,
) -> Result<Vec<AuditEvent>> {
    let conn = tx.conn().await?;
    let mut query = tx
        .select::<event::Entity>()
        .order_by_desc(event::Column::Id)
        .limit(limit);
    if let Some(before) = before {
        query = query.filter(event::Column::Id.lt(before));
    }
    let found = query.all(&*conn).await?;
    drop(conn);
    let events = found
        .into_iter()
        .map(|m| event_from(m).map(|e| e.seen_by(reader)))
        .collect::<Result<Vec<_>>>()?;
    for e in &events {
        tx.touch(graphql::event_gid(e.id));
    }
    Ok(events)
}

pub async fn find(tx: &TenantTx, reader: &AuditReader, ids: &[Uuid]) -> Result<Vec<AuditEvent>> {
    let conn = tx.conn().await?;
    let found = tx
        .select::<event::Entity>()
        .filter(event::Column::Id.is_in(ids.iter().copied()))
        .all(&*conn)
        .await?;
    drop(conn);
    let events = found
        .into_iter()
        .map(|m| event_from(m).map(|e| e.seen_by(reader)))
        .collect::<Result<Vec<_>>>()?;
    for e in &events {
        tx.touch(graphql::event_gid(e.id));
    }
    Ok(events)
}

/// Deletes the tenant's entries older than `retention_days`. On PostgreSQL this goes through
/// `audit_purge_expired`, which runs as the owner: the server's role has no DELETE.
pub async fn purge_expired(tx: &TenantTx, retention_days: u32) -> Result<u64> {
    let conn = tx.conn().await?;
    match tx.backend() {
        Backend::Postgres => {
            let row = conn
                .query_one_raw(Statement::from_sql_and_values(
                    sea_orm::DbBackend::Postgres,
                    "SELECT audit_purge_expired($1) AS purged",
                    [sea_orm::Value::from(retention_days as i32)],
                ))
                .await?
                .ok_or_else(|| Error::internal("audit_purge_expired returned no row"))?;
            let purged: i64 = row.try_get("", "purged")?;
            Ok(purged.max(0) as u64)
        }
        Backend::Sqlite => {
            let cutoff = Utc::now() - chrono::Duration::days(i64::from(retention_days));
            let result = tx
                .delete_many::<event::Entity>()
                .filter(event::Column::OccurredAt.lt(cutoff))
                .exec(&*conn)
                .await?;
            Ok(result.rows_affected)
        }
    }
}
