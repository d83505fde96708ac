//! The audit trail as the kernel knows it: an entry, how its operation ended, who records it.

use std::sync::Arc;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sea_orm::DatabaseTransaction;
use uuid::Uuid;

use crate::error::Result;
use crate::principal::Actor;

/// How an audited operation ended. Stored as text in the audit trail.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    serde::Serialize,
    serde::Deserialize,
    sea_orm::EnumIter,
    sea_orm::DeriveActiveEnum,
)]
#[serde(rename_all = "snake_case")]
#[sea_orm(rs_type = "String", db_type = "Text")]
pub enum Outcome {
    /// Done (and committed).
    #[sea_orm(string_value = "ok")]
    Ok,
    /// It asked for something the caller may not see or do (NOT_FOUND, FORBIDDEN, an ID that
    /// did not resolve): recorded so that probing shows in the trail.
    #[sea_orm(string_value = "denied")]
    Denied,
    /// Rolled back for another reason (a conflict, a failed part of a mutation).
    #[sea_orm(string_value = "failed")]
    Failed,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::Denied => "denied",
            Outcome::Failed => "failed",
        }
    }

    pub fn parse(raw: &str) -> Option<Outcome> {
        [Outcome::Ok, Outcome::Denied, Outcome::Failed]
            .into_iter()
            .find(|o| o.as_str() == raw)
    }
}

/// One entry of the audit trail, written in the same transaction as the work it records (or,
/// when that work was rolled back, in a transaction of its own).
#[derive(Debug, Clone)]
pub struct AuditEntry {
    pub id: Uuid,
    pub tenant: Uuid,
    pub occurred_at: DateTime<Utc>,
    pub actor: Actor,
    pub operation: String,
    /// Global IDs of the objects read or written.
    pub object_ids: Vec<String>,
    pub request_id: Option<String>,
    pub outcome: Outcome,
    /// Global IDs asked for and not given (not visible, not existing, not allowed).
    pub denied_ids: Vec<String>,
}

impl AuditEntry {
    /// The entry of an operation refused before it touched anything.
    pub fn refused(tenant: Uuid, audit: &AuditContext) -> AuditEntry {
        AuditEntry {
            id: Uuid::now_v7(),
            tenant,
            occurred_at: Utc::now(),
            actor: audit.actor.clone(),
            operation: audit.operation.clone(),
            object_ids: Vec::new(),
            request_id: audit.request_id.clone(),
            outcome: Outcome::Denied,
            denied_ids: Vec::new(),
        }
    }
}

/// Implemented by the audit service; the kernel only knows that someone records entries.
#[async_trait]
pub trait AuditSink: Send + Sync {
    async fn record(&self, tx: &DatabaseTransaction, entry: &AuditEntry) -> Result<()>;
    /// Called after the transaction committed, e.g. to publish the entry to subscribers.
    async fn committed(&self, entry: &AuditEntry);
}

/// Who works in a tenant transaction and why, for the audit trail.
#[derive(Clone)]
pub struct AuditContext {
    pub actor: Actor,
    pub operation: String,
    pub request_id: Option<String>,
    pub sink: Option<Arc<dyn AuditSink>>,
}

impl AuditContext {
    /// For jobs whose work is not an access to case data (e.g. retention). Not audited.
    pub fn unaudited(job: &str) -> Self {
        AuditContext {
            actor: Actor::System(job.to_owned()),
            operation: job.to_owned(),
            request_id: None,
            sink: None,
        }
    }
}
