//! The trail of a region's exports: coordinators belong to no municipality, so their exports of
//! a release are recorded here, for the operators, in the server's own table.

use chrono::{DateTime, Utc};
use kernel::{Db, Result};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};
use uuid::Uuid;

use crate::store::export as row;

/// One export of a release.
#[derive(Clone, Debug)]
pub struct Export {
    pub release: Uuid,
    pub coordinator: String,
    /// `csv` or `xlsx`.
    pub format: String,
    pub request_id: Option<String>,
    pub exported_at: DateTime<Utc>,
}

/// Records an export; the file is answered only once this is committed.
pub async fn record(db: &Db, region: Uuid, export: &Export) -> Result<()> {
    let tx = db.platform_write().await?;
    row::Entity::insert(row::ActiveModel {
        id: Set(Uuid::now_v7()),
        release_id: Set(export.release),
        region_id: Set(region),
        coordinator: Set(export.coordinator.clone()),
        format: Set(export.format.clone()),
        request_id: Set(export.request_id.clone()),
        exported_at: Set(export.exported_at),
    })
    .exec(tx.conn())
    .await?;
    tx.commit().await
}

/// The latest `limit` exports of a region's releases, the latest first.
pub async fn exports(db: &Db, region: Uuid, limit: u64) -> Result<Vec<Export>> {
    let tx = db.platform().await?;
    let rows = row::Entity::find()
        .filter(row::Column::RegionId.eq(region))
        .order_by_desc(row::Column::ExportedAt)
        .limit(limit)
        .all(tx.conn())
        .await?;
    tx.commit().await?;
    Ok(rows
        .into_iter()
        .map(|r| Export {
            release: r.release_id,
            coordinator: r.coordinator,
            format: r.format,
            request_id: r.request_id,
            exported_at: r.exported_at,
        })
        .collect())
}
