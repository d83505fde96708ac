//! `ostoja tenant export`: everything a municipality holds, for its controller, in an archive
//! only the controller can open. The format (docs/operators.md, "Exporting a municipality"):
//! an age file (X25519, to the controller's public key) holding a tar archive of
//! `manifest.json` and one `tables/<table>.jsonl` per table with a `tenant_id`, a JSON object
//! per row as PostgreSQL's `row_to_json` gives it, with every sealed column (see
//! `kernel::sealed`) replaced by its opened value.

use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use anyhow::{anyhow, bail, Context as _};
use chrono::Utc;
use kernel::crypto::MasterKey;
use kernel::db::{AuditContext, AuditEntry};
use kernel::principal::Actor;
use kernel::sealed::SealedColumn;
use kernel::{Backend, Db, Outcome};
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{json, Value};
use uuid::Uuid;

/// The archive's format, named in its manifest.
pub const FORMAT: &str = "ostoja-municipality-export";
pub const FORMAT_VERSION: u32 = 1;

const ACTOR: &str = "tenant-export";

/// What an export wrote.
pub struct Exported {
    pub tables: usize,
    pub rows: u64,
}

/// Writes the archive of municipality `slug` to `out` (which must not exist), encrypted to
/// `recipient` (`age1…`). Nothing is changed in the database but the municipality's audit
/// trail, which records the export.
pub async fn export(
    db: &Db,
    master: &MasterKey,
    tenant: &tenancy::Tenant,
    recipient: &str,
    out: &Path,
) -> anyhow::Result<Exported> {
    let recipient: age::x25519::Recipient = recipient
        .trim()
        .parse()
        .map_err(|_| anyhow!("--recipient must be an age public key (age1…)"))?;
    if db.backend() != Backend::Postgres {
        bail!("exporting a municipality needs PostgreSQL");
    }
    if out.exists() {
        bail!(
            "{} must not exist: an archive is never overwritten",
            out.display()
        );
    }
    // Written beside its name and linked to it only once complete and on the disk: a crash
    // never leaves a truncated archive under the name.
    let partial = out.with_file_name(format!(
        ".{}.partial",
        out.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    ));
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&partial)
        .with_context(|| format!("creating {} (it must not exist)", partial.display()))?;
    // Recorded before the archive is written: no copy of the records exists unaudited.
    let written = match collect(db, master, tenant).await {
        Ok((manifest, files)) => match record(db, tenant).await {
            Ok(()) => write_archive(file, &recipient, &manifest, &files)
                .and_then(|()| publish(&partial, out))
                .map(|()| files),
            Err(e) => Err(e),
        },
        Err(e) => Err(e),
    };
    // Linked or not, the partial file goes: a half-written archive is worth nothing.
    let _ = std::fs::remove_file(&partial);
    let files = written?;
    Ok(Exported {
        tables: files.len(),
        rows: files.iter().map(|(_, rows, _)| *rows).sum(),
    })
}

/// The export, in the municipality's audit trail.
async fn record(db: &Db, tenant: &tenancy::Tenant) -> anyhow::Result<()> {
    let entry = AuditEntry {
        id: Uuid::now_v7(),
        tenant: tenant.id,
        occurred_at: Utc::now(),
        actor: Actor::System(ACTOR.to_owned()),
        operation: "tenantExport".to_owned(),
        object_ids: Vec::new(),
        request_id: None,
        outcome: Outcome::Ok,
        denied_ids: Vec::new(),
    };
    db.record_alone(
        entry,
        Arc::new(audit::Recorder::new(kernel::pubsub::PubSub::local())),
    )
    .await
    .map_err(|e| anyhow!(e.describe()))
}

type Files = Vec<(String, u64, Vec<u8>)>;

/// Reads every tenant table in one snapshot of the municipality (rolled back: nothing changes).
async fn collect(
    db: &Db,
    master: &MasterKey,
    tenant: &tenancy::Tenant,
) -> anyhow::Result<(Value, Files)> {
    let fail = |e: kernel::Error| anyhow!(e.describe());
    // One snapshot for every table: rows written meanwhile are all in or all out.
    let tx = db
        .tenant_snapshot(tenant.id, AuditContext::unaudited(ACTOR))
        .await
        .map_err(fail)?;
    {
        let conn = tx.conn().await.map_err(fail)?;
        let bypasses = conn
            .query_one_raw(Statement::from_string(
                sea_orm::DbBackend::Postgres,
                "SELECT (rolsuper OR rolbypassrls) AS bypasses FROM pg_roles \
                 WHERE rolname = current_user",
            ))
            .await?
            .map(|row| row.try_get::<bool>("", "bypasses"))
            .transpose()?
            .unwrap_or(true);
        if bypasses {
            bail!("run the export as the server's role (ostoja_app): this database role bypasses row-level security, and the archive would hold other municipalities' rows");
        }
        // A large municipality's tables take longer than a request's statement may.
        conn.execute_unprepared("SET LOCAL statement_timeout = 0")
            .await?;
    }
    let key = tenancy::data_key(&tx, master).await.map_err(fail)?;
    let sealed = crate::schema::sealed_columns();
    let tables: Vec<String> = {
        let conn = tx.conn().await.map_err(fail)?;
        conn.query_all_raw(Statement::from_string(
            sea_orm::DbBackend::Postgres,
            "SELECT table_name::text AS name FROM information_schema.columns \
             WHERE table_schema = current_schema() AND column_name = 'tenant_id' \
             ORDER BY table_name",
        ))
        .await?
        .iter()
        .map(|row| row.try_get::<String>("", "name"))
        .collect::<Result<_, _>>()?
    };
    let mut files = Vec::new();
    let mut listed = Vec::new();
    for table in tables {
        let columns: Vec<&SealedColumn> = sealed.iter().filter(|c| c.table == table).collect();
        let rows = {
            let conn = tx.conn().await.map_err(fail)?;
            // The name comes from the catalogue, never from input; row-level security confines
            // the rows to the transaction's municipality (export runs on PostgreSQL only).
            conn.query_all_raw(Statement::from_string(
                sea_orm::DbBackend::Postgres,
                format!("SELECT row_to_json(t)::text AS row FROM \"{table}\" t"),
            ))
            .await?
        };
        let mut lines = Vec::new();
        for row in &rows {
            let text: String = row.try_get("", "row")?;
            let mut object: Value = serde_json::from_str(&text)?;
            for column in &columns {
                open_column(&mut object, column, &key)
                    .with_context(|| format!("opening {table}.{}", column.column))?;
            }
            serde_json::to_writer(&mut lines, &object)?;
            lines.push(b'\n');
        }
        listed.push(json!({
            "name": table,
            "rows": rows.len(),
            "opened": columns.iter().map(|c| c.column).collect::<Vec<_>>(),
        }));
        files.push((format!("tables/{table}.jsonl"), rows.len() as u64, lines));
    }
    drop(tx);
    let manifest = json!({
        "format": FORMAT,
        "formatVersion": FORMAT_VERSION,
        "ostoja": env!("CARGO_PKG_VERSION"),
        "exportedAt": Utc::now().to_rfc3339(),
        "municipality": {
            "id": tenant.id,
            "slug": tenant.slug.to_string(),
            "name": tenant.name,
            "teryt": tenant.teryt.to_string(),
        },
        "tables": listed,
    });
    Ok((manifest, files))
}

/// Replaces a sealed value of `object` by what it holds.
fn open_column(
    object: &mut Value,
    column: &SealedColumn,
    key: &kernel::crypto::DataKey,
) -> anyhow::Result<()> {
    let id: Uuid = object
        .get("id")
        .and_then(Value::as_str)
        .ok_or_else(|| anyhow!("a row without its id"))?
        .parse()?;
    let Some(slot) = object.get_mut(column.column) else {
        return Ok(());
    };
    if let Some(sealed) = slot.as_str() {
        *slot = column
            .open(key, id, sealed)
            .map_err(|e| anyhow!(e.describe()))?;
    }
    Ok(())
}

/// Gives the complete archive `partial` its name `out`, which must not exist (a hard link
/// refuses to replace a file), and makes the name durable.
fn publish(partial: &Path, out: &Path) -> anyhow::Result<()> {
    std::fs::hard_link(partial, out)
        .with_context(|| format!("naming the archive {} (it must not exist)", out.display()))?;
    let dir = match out.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .with_context(|| format!("writing the directory {}", dir.display()))
}

fn write_archive(
    file: std::fs::File,
    recipient: &age::x25519::Recipient,
    manifest: &Value,
    files: &Files,
) -> anyhow::Result<()> {
    let encryptor = age::Encryptor::with_recipients(std::iter::once(recipient as _))
        .map_err(|e| anyhow!("encrypting the archive: {e}"))?;
    let sealed = encryptor
        .wrap_output(std::io::BufWriter::new(file))
        .context("encrypting the archive")?;
    let mut archive = tar::Builder::new(sealed);
    append(
        &mut archive,
        "manifest.json",
        &serde_json::to_vec_pretty(manifest)?,
    )?;
    for (name, _, lines) in files {
        append(&mut archive, name, lines)?;
    }
    let sealed = archive.into_inner().context("writing the archive")?;
    let buffered = sealed.finish().context("finishing the encryption")?;
    // On the disk before anything relies on it (an offboarding removes the data next).
    let file = buffered
        .into_inner()
        .map_err(|e| anyhow!("writing the archive: {}", e.error()))?;
    file.sync_all().context("writing the archive")?;
    Ok(())
}

fn append<W: Write>(archive: &mut tar::Builder<W>, name: &str, data: &[u8]) -> anyhow::Result<()> {
    let mut header = tar::Header::new_gnu();
    header.set_size(data.len() as u64);
    header.set_mode(0o600);
    header.set_mtime(Utc::now().timestamp().max(0) as u64);
    header.set_cksum();
    archive
        .append_data(&mut header, name, data)
        .with_context(|| format!("writing {name}"))
}
