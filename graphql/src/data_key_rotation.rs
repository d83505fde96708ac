//! `ostoja keys rotate-data-key SLUG`: a municipality's data key gets a new cipher key while it
//! is served. The switch commits first (from then on every process seals with the new key and
//! opens with both, as each transaction reads the key afresh); then every value of every sealed
//! column the services declare (`kernel::sealed`) is sealed again, batch by batch, each batch in
//! the municipality's own transaction and each value only if nobody changed it meanwhile; once
//! no transaction of the server's role begun before the switch is still open (one of them may
//! have read the old key), a pass that finds nothing left to seal again finishes the rotation
//! and destroys the old cipher key. Run again after an interruption, it resumes. The
//! blind-index key stays, so every keyed index keeps matching.

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

/// Rotates the data key of municipality `slug`, `batch` values per transaction.
pub async fn rotate(db: &Db, master: &MasterKey, slug: &str, batch: u32) -> anyhow::Result<()> {
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
    // Any transaction begun before this moment may have read the old key.
    let mark = database_now(db).await?;
    let columns = crate::schema::sealed_columns();
    let mut settled = false;
    loop {
        let mut left = 0u64;
        for column in &columns {
            left += reseal_column(db, tenant.id, &rotation.key, column, batch).await?;
        }
        if settled && left == 0 {
            break;
        }
        if !settled {
            // After this, nothing can seal with the old key: the next pass decides.
            wait_for_older_transactions(db, mark).await?;
            settled = true;
        }
    }
    let tx = db
        .tenant(tenant.id, AuditContext::unaudited(ACTOR))
        .await
        .map_err(describe)?;
    tenancy::finish_data_key_rotation(&tx, &rotation)
        .await
        .map_err(describe)?;
    // The municipality's own trail cannot say it: the platform's does, with the key's end.
    let event = audit::platform::PlatformEvent::now(
        &crate::tenant_offboard::actor(),
        "dataKeyRotated",
        Some(tenant.id),
        serde_json::json!({ "slug": slug, "switchedAt": rotation.switched_at.to_rfc3339() }),
    );
    {
        let conn = tx.conn().await.map_err(describe)?;
        audit::platform::record(&conn, &event)
            .await
            .map_err(describe)?;
    }
    tx.commit().await.map_err(describe)?;
    tracing::info!(tenant = %slug, "data key rotated");
    println!("every value of {slug} is sealed with the new cipher key; the old one is destroyed");
    Ok(())
}

/// The database's clock (never this machine's: the sessions compared with it are the database's).
async fn database_now(db: &Db) -> anyhow::Result<chrono::DateTime<Utc>> {
    let tx = db.platform().await.map_err(describe)?;
    let row = tx
        .conn()
        .query_one_raw(Statement::from_string(
            sea_orm::DbBackend::Postgres,
            "SELECT clock_timestamp() AS now",
        ))
        .await?
        .ok_or_else(|| anyhow!("the database gave no time"))?;
    Ok(row.try_get("", "now")?)
}

/// Waits until no session of the server's role has a transaction open since before `mark`: any
/// of them (a request, a worker's job, a command) may hold the old key and seal with it.
async fn wait_for_older_transactions(db: &Db, mark: chrono::DateTime<Utc>) -> anyhow::Result<()> {
    let mut said = false;
    loop {
        let tx = db.platform().await.map_err(describe)?;
        let row = tx
            .conn()
            .query_one_raw(Statement::from_sql_and_values(
                sea_orm::DbBackend::Postgres,
                "SELECT count(*) AS n, coalesce(string_agg(pid::text, ', '), '') AS pids \
                 FROM pg_stat_activity WHERE usename = current_user \
                 AND pid <> pg_backend_pid() AND xact_start < $1",
                [Value::from(mark)],
            ))
            .await?
            .ok_or_else(|| anyhow!("pg_stat_activity gave no row"))?;
        drop(tx);
        let open: i64 = row.try_get("", "n")?;
        if open == 0 {
            return Ok(());
        }
        if !said {
            let pids: String = row.try_get("", "pids")?;
            println!(
                "waiting for {open} transaction(s) begun before the switch to end (server processes {pids}); the old key stays until they have"
            );
            said = true;
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

/// Seals again every value of `column` that the new cipher key did not seal; returns how many
/// needed it (whether or not this pass's update took: a value changed meanwhile counts, and
/// the next pass looks at it again).
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
    let (mut after, mut seen, mut resealed, mut left) = (Uuid::nil(), 0i64, 0u64, 0u64);
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
            left += 1;
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
    Ok(left)
}
