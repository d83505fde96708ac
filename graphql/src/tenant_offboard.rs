//! `ostoja tenant offboard`: a municipality leaves the platform. Its data goes to its controller
//! in an export archive (see `tenant_export`), then every row of it is removed and its data key
//! destroyed in one transaction, recorded in the platform's trail.

use std::path::Path;

use anyhow::{anyhow, bail, Context as _};
use kernel::crypto::MasterKey;
use kernel::db::AuditContext;
use kernel::slug::Slug;
use kernel::Db;
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::serving::describe;

const ACTOR: &str = "tenant-offboard";

/// What an offboarding did.
pub struct Offboarded {
    pub slug: String,
    pub archive_sha256: String,
    pub exported_rows: u64,
    pub removed_rows: u64,
}

/// Offboards municipality `slug` (which `confirm` must repeat): exports it to `out`, encrypted
/// to `recipient`, through `db` (the server's role), then removes it through `owner` (the
/// owner's role, the only one that may). Refused, with nothing changed, for an unknown, active
/// or already offboarded municipality. If the removal fails, the archive is kept and nothing
/// is removed.
pub async fn offboard(
    db: &Db,
    owner: &Db,
    master: &MasterKey,
    slug: &str,
    confirm: &str,
    recipient: &str,
    out: &Path,
) -> anyhow::Result<Offboarded> {
    let parsed = Slug::parse(slug).map_err(|e| anyhow!("{e}; nothing changed"))?;
    let tx = db.platform().await.map_err(describe)?;
    let found = tenancy::find_tenant_by_slug(&tx, &parsed)
        .await
        .map_err(describe)?;
    tx.commit().await.map_err(describe)?;
    let Some(tenant) = found else {
        bail!("no municipality has the slug '{slug}'; nothing changed");
    };
    if let Some(at) = tenant.offboarded_at {
        bail!(
            "municipality {slug} was already offboarded on {}; nothing changed",
            at.format("%Y-%m-%d %H:%M UTC")
        );
    }
    if confirm != slug {
        bail!("offboarding cannot be undone: repeat the municipality's slug with --confirm {slug}; nothing changed");
    }
    if tenant.active {
        bail!("municipality {slug} is active: disable it first (ostoja tenant disable {slug}) so that nobody changes its records during the export; nothing changed");
    }
    let exported = crate::tenant_export::export(db, master, &tenant, recipient, out).await?;
    let (sha256, bytes) = digest(out)?;

    let kept = |e: kernel::Error| {
        anyhow!(
            "{}; nothing was removed, and the archive {} is a complete export",
            e.describe(),
            out.display()
        )
    };
    let tx = owner
        .tenant(tenant.id, AuditContext::unaudited(ACTOR))
        .await
        .map_err(kept)?;
    let removed = tenancy::offboard(&tx).await.map_err(kept)?;
    let removed_rows = removed.values().sum();
    let event = audit::platform::PlatformEvent::now(
        &actor(),
        "tenantOffboard",
        Some(tenant.id),
        json!({
            "slug": tenant.slug.to_string(),
            "name": tenant.name,
            "teryt": tenant.teryt.to_string(),
            "archive": {
                "file": out.display().to_string(),
                "bytes": bytes,
                "sha256": sha256,
                "recipient": recipient.trim(),
                "rows": exported.rows,
            },
            "removedRows": removed,
            "dataKeyDestroyed": removed.get("tenancy_data_keys").is_some_and(|n| *n > 0),
        }),
    );
    {
        let conn = tx.conn().await.map_err(kept)?;
        audit::platform::record(&conn, &event).await.map_err(kept)?;
    }
    tx.commit().await.map_err(kept)?;
    Ok(Offboarded {
        slug: tenant.slug.to_string(),
        archive_sha256: sha256,
        exported_rows: exported.rows,
        removed_rows,
    })
}

/// Who runs a command, as the platform's trail names them.
pub(crate) fn actor() -> String {
    match std::env::var("USER").or_else(|_| std::env::var("LOGNAME")) {
        Ok(user) if !user.is_empty() => format!("command-line ({user})"),
        _ => "command-line".to_owned(),
    }
}

/// The archive's SHA-256 and size, read back from the disk, for the controller to check the
/// copy they receive against the platform's trail.
fn digest(path: &Path) -> anyhow::Result<(String, u64)> {
    let mut file =
        std::fs::File::open(path).with_context(|| format!("reading back {}", path.display()))?;
    let mut hasher = Sha256::new();
    let bytes = std::io::copy(&mut file, &mut hasher)
        .with_context(|| format!("reading back {}", path.display()))?;
    let sum = hasher.finalize();
    Ok((sum.iter().map(|b| format!("{b:02x}")).collect(), bytes))
}
