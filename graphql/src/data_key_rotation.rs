//! `ostoja keys rotate-data-key SLUG`: a municipality's data key gets a new cipher key while it
//! is served. The switch commits first (from then on every process seals with the new key and
//! opens with both, as each transaction reads the key afresh); then every value of every sealed
//! column the services declare (`kernel::sealed`) is sealed again, batch by batch, each batch in
//! the municipality's own transaction and each value only if nobody changed it meanwhile; after
//! a grace period for transactions that read the old key before the switch, a pass that finds
//! nothing left finishes the rotation and destroys the old cipher key. Run again after an
//! interruption, it resumes. The blind-index key stays, so every keyed index keeps matching.

use std::time::Duration;

use anyhow::{anyhow, bail};
use chrono::Utc;
use kernel::crypto::{DataKey, MasterKey};
use kernel::db::AuditContext;
use kernel::sealed::SealedColumn;
use kernel::slug::Slug;
use kernel::{Backend, Db};
use sea_orm::{ConnectionTrait, Statement, Value};
use uuid::Uuid;

use crate::serving::describe;

const ACTOR: &str = "keys-rotate-data-key";

/// Rotates the data key of municipality `slug`, `batch` values per transaction, waiting `grace`
/// after the switch before the final pass.
pub async fn rotate(
    db: &Db,
    master: &MasterKey,
    slug: &str,
    batch: u32,
    grace: Duration,
) -> anyhow::Result<()> {
    if db.backend() != Backend::Postgres {
        bail!("rotating a data key needs PostgreSQL");
    }
    let parsed = Slug::parse(slug).map_err(|e| anyhow!("{e}; nothing changed"))?;
    let ptx = db.platform().await.map_err(describe)?;
    let tenant = tenancy::find_tenant_by_slug(&ptx, &parsed)
        .await
        .map_err(describe)?;
    ptx.commit().await.map_err(describe)?;
    let Some(tenant) = tenant.filter(|t| t.offboarded_at.is_none()) else {
        bail!("no municipality on the platform has the slug '{slug}'; nothing changed");
    };
    let tx = db
        .tenant(tenant.id, AuditContext::unaudited(ACTOR))
        .await
        .map_err(describe)?;
    let Some(rotation) = tenancy::begin_data_key_rotation(tx, master)
        .await
        .map_err(describe)?
    else {
        println!("municipality {slug} has sealed nothing yet (no data key): nothing to rotate");
        return Ok(());
    };
    if rotation.resumed {
        println!(
            "resuming the rotation of {slug}'s data key begun at {}",
            rotation.switched_at.to_rfc3339()
        );
    } else {
        println!("{slug}'s data key now seals with a new cipher key; sealing its records again");
    }
    let columns = crate::schema::sealed_columns();
    loop {
        // Transactions that read the key before the switch may still write with the old one:
        // the pass that decides starts only once they are over.
        let since = (Utc::now() - rotation.switched_at)
            .to_std()
            .unwrap_or_default();
        let deciding = since >= grace;
        let mut resealed = 0u64;
        for column in &columns {
            resealed += reseal_column(db, tenant.id, &rotation.key, column, batch).await?;
        }
        if deciding && resealed == 0 {
            break;
        }
        if !deciding {
            let wait = grace.saturating_sub(since);
            println!(
                "waiting {} s for transactions begun before the switch, then checking every value again",
                wait.as_secs()
            );
            tokio::time::sleep(wait).await;
        }
    }
    let tx = db
        .tenant(tenant.id, AuditContext::unaudited(ACTOR))
        .await
        .map_err(describe)?;
    tenancy::finish_data_key_rotation(tx)
        .await
        .map_err(describe)?;
    tracing::info!(tenant = %slug, "data key rotated");
    println!("every value of {slug} is sealed with the new cipher key; the old one is destroyed");
    Ok(())
}

/// Seals again every value of `column` that the new cipher key did not seal; returns how many.
async fn reseal_column(
    db: &Db,
    tenant: Uuid,
    key: &DataKey,
    column: &SealedColumn,
    batch: u32,
) -> anyhow::Result<u64> {
    // The names come from the services' registry, never from input; row-level security keeps
    // every statement to the transaction's municipality.
    let (table, name) = (column.table, column.column);
    let total = {
        let tx = db
            .tenant(tenant, AuditContext::unaudited(ACTOR))
            .await
            .map_err(describe)?;
        let conn = tx.conn().await.map_err(describe)?;
        let row = conn
            .query_one_raw(Statement::from_string(
                sea_orm::DbBackend::Postgres,
                format!("SELECT count(*) AS n FROM \"{table}\" WHERE \"{name}\" IS NOT NULL"),
            ))
            .await?;
        row.map(|r| r.try_get::<i64>("", "n"))
            .transpose()?
            .unwrap_or(0)
    };
    let (mut after, mut seen, mut resealed) = (Uuid::nil(), 0i64, 0u64);
    loop {
        let tx = db
            .tenant(tenant, AuditContext::unaudited(ACTOR))
            .await
            .map_err(describe)?;
        let rows = {
            let conn = tx.conn().await.map_err(describe)?;
            conn.query_all_raw(Statement::from_sql_and_values(
                sea_orm::DbBackend::Postgres,
                format!(
                    "SELECT id, \"{name}\" AS sealed FROM \"{table}\" \
                     WHERE \"{name}\" IS NOT NULL AND id > $1 ORDER BY id LIMIT $2"
                ),
                [Value::from(after), Value::from(i64::from(batch))],
            ))
            .await?
        };
        let Some(last) = rows.last() else {
            break;
        };
        after = last.try_get("", "id")?;
        for row in &rows {
            let id: Uuid = row.try_get("", "id")?;
            let sealed: String = row.try_get("", "sealed")?;
            let Some(fresh) = column.reseal(key, id, &sealed).map_err(|e| {
                anyhow!(
                    "{table}.{name} of row {id}: {}; the rotation stops here, run it again once it is fixed",
                    e.describe()
                )
            })?
            else {
                continue;
            };
            let conn = tx.conn().await.map_err(describe)?;
            // Only if nobody changed it meanwhile: a change is sealed with the new key already.
            let changed = conn
                .execute_raw(Statement::from_sql_and_values(
                    sea_orm::DbBackend::Postgres,
                    format!(
                        "UPDATE \"{table}\" SET \"{name}\" = $1 WHERE id = $2 AND \"{name}\" = $3"
                    ),
                    [Value::from(fresh), Value::from(id), Value::from(sealed)],
                ))
                .await?;
            resealed += changed.rows_affected();
        }
        tx.commit().await.map_err(describe)?;
        seen += rows.len() as i64;
        eprint!("\r{table}.{name}: {}/{}", seen.min(total), total);
    }
    eprintln!();
    println!("{table}.{name}: {seen} values, {resealed} sealed again");
    Ok(resealed)
}
