//! The platform's own trail: what operators do that no municipality's trail can keep (a
//! municipality offboarded takes its trail with it). Append-only like the municipalities'
//! trails: the server's role may only read and insert.

use chrono::{DateTime, Utc};
use kernel::{Error, PlatformTx, Result};
use sea_orm::{DatabaseTransaction, EntityTrait, QueryOrder, QuerySelect, Set};
use serde_json::Value;
use uuid::Uuid;

use crate::store::platform_event;

/// One entry of the platform's trail.
#[derive(Debug, Clone, PartialEq)]
pub struct PlatformEvent {
    pub id: Uuid,
    pub occurred_at: DateTime<Utc>,
    /// Who did it: an operator's login, or `command-line` with the system user running it.
    pub actor: String,
    pub operation: String,
    pub municipality: Option<Uuid>,
    /// What the operation reports (e.g. the rows an offboarding removed).
    pub details: Value,
}

impl PlatformEvent {
    pub fn now(actor: &str, operation: &str, municipality: Option<Uuid>, details: Value) -> Self {
        PlatformEvent {
            id: Uuid::now_v7(),
            occurred_at: Utc::now(),
            actor: actor.to_owned(),
            operation: operation.to_owned(),
            municipality,
            details,
        }
    }
}

/// Appends `event` in the caller's transaction: it commits with the work it records.
pub async fn record(tx: &DatabaseTransaction, event: &PlatformEvent) -> Result<()> {
    platform_event::Entity::insert(platform_event::ActiveModel {
        id: Set(event.id),
        occurred_at: Set(event.occurred_at),
        actor: Set(event.actor.clone()),
        operation: Set(event.operation.clone()),
        municipality_id: Set(event.municipality),
        details: Set(event.details.to_string()),
    })
    .exec_without_returning(tx)
    .await?;
    Ok(())
}

/// The newest `limit` entries, newest first.
pub async fn list(tx: &PlatformTx, limit: u64) -> Result<Vec<PlatformEvent>> {
    platform_event::Entity::find()
        .order_by_desc(platform_event::Column::Id)
        .limit(limit)
        .all(tx.conn())
        .await?
        .into_iter()
        .map(|m| {
            Ok(PlatformEvent {
                id: m.id,
                occurred_at: m.occurred_at,
                actor: m.actor,
                operation: m.operation,
                municipality: m.municipality_id,
                details: serde_json::from_str(&m.details)
                    .map_err(|e| Error::internal_from("stored platform audit details", e))?,
            })
        })
        .collect()
}
