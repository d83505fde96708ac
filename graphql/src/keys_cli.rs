//! `ostoja keys …`: rotating the master key, or a municipality's data key, without stopping
//! the servers.

use anyhow::bail;
use clap::Subcommand;
use kernel::db::AuditContext;
use kernel::Db;

use crate::config::Config;

#[derive(Subcommand)]
pub enum KeysCommand {
    /// Re-seal with the current master key everything a previous one sealed: each
    /// municipality's data key and each identity provider's client secret. Run it with
    /// master_key set to the new key and previous_master_keys to the old one(s), as the servers
    /// run during the rotation; nothing changes unless every value opens.
    RotateMaster {
        /// Only check and count; change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Give a municipality's data key a new cipher key and seal its records again with it, while
    /// it is served; the old cipher key is destroyed at the end. Run it again after an
    /// interruption to resume. PostgreSQL only.
    RotateDataKey {
        slug: String,
        /// Values sealed again per transaction.
        #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(u32).range(1..=10_000))]
        batch: u32,
    },
}

pub async fn run(config: &Config, db: &Db, command: KeysCommand) -> anyhow::Result<()> {
    match command {
        KeysCommand::RotateMaster { dry_run } => rotate_master(config, db, dry_run).await,
        KeysCommand::RotateDataKey { slug, batch } => {
            let master = crate::app::master_key(config, db).await?;
            crate::data_key_rotation::rotate(db, &master, &slug, batch).await
        }
    }
}

const ACTOR: &str = "keys-rotate-master";

async fn rotate_master(config: &Config, db: &Db, dry_run: bool) -> anyhow::Result<()> {
    if config.master_key.is_none() {
        bail!("set master_key (OSTOJA_MASTER_KEY) to the new master key");
    }
    let master = crate::app::master_key(config, db).await?;
    if !master.rotating() {
        bail!(
            "nothing to rotate from: set previous_master_keys (OSTOJA_PREVIOUS_MASTER_KEYS) to the key being replaced, and master_key (OSTOJA_MASTER_KEY) to its replacement"
        );
    }
    let (pending, secrets) = opened(db, &master).await?;
    let tenants = crate::schema::tenant_directory()
        .tenants(db)
        .await
        .map_err(describe)?;
    if dry_run {
        println!(
            "{pending} of {} municipalities' data keys and {secrets} client secrets are sealed with a previous master key; nothing was changed (--dry-run)",
            tenants.len()
        );
        return Ok(());
    }

    let mut rewrapped = 0u64;
    for (done, tenant) in tenants.iter().enumerate() {
        let tx = db
            .tenant(tenant.id, AuditContext::unaudited(ACTOR))
            .await
            .map_err(describe)?;
        rewrapped += u64::from(
            tenancy::rewrap_data_key(tx, &master, true)
                .await
                .map_err(describe)?,
        );
        eprint!("\rmunicipalities: {}/{}", done + 1, tenants.len());
    }
    eprintln!();
    let platform = db.platform_write().await.map_err(describe)?;
    let resealed = identity::provider::reseal_client_secrets(&platform, &master, true)
        .await
        .map_err(describe)?;
    platform.commit().await.map_err(describe)?;
    // A process still sealing with the old key (or a municipality added meanwhile) leaves
    // values behind: the old key may go only when nothing needs it.
    let (left, left_secrets) = opened(db, &master).await?;
    if left + left_secrets > 0 {
        bail!(
            "{left} data keys and {left_secrets} client secrets were sealed with a previous master key during the rotation (is every server and the worker on the new master_key?); run it again, and keep previous_master_keys until it finds none"
        );
    }
    // Recorded once every value is verified under the new key: what the platform's trail says
    // happened did.
    let platform = db.platform_write().await.map_err(describe)?;
    audit::platform::record(
        platform.conn(),
        &audit::platform::PlatformEvent::now(
            &crate::tenant_offboard::actor(),
            "masterKeyRotated",
            None,
            serde_json::json!({ "dataKeys": rewrapped, "clientSecrets": resealed }),
        ),
    )
    .await
    .map_err(describe)?;
    platform.commit().await.map_err(describe)?;
    tracing::info!(
        data_keys = rewrapped,
        client_secrets = resealed,
        "master key rotated"
    );
    println!(
        "Re-sealed with the new master key: {rewrapped} municipalities' data keys, {resealed} client secrets. Drop previous_master_keys from every server's configuration now."
    );
    Ok(())
}

/// Opens every data key and client secret with the key ring, changing nothing: how many a
/// previous key sealed, or an error naming each value no configured key opens.
async fn opened(db: &Db, master: &kernel::crypto::MasterKey) -> anyhow::Result<(u64, u64)> {
    let tenants = crate::schema::tenant_directory()
        .tenants(db)
        .await
        .map_err(describe)?;
    let mut problems = Vec::new();
    let mut pending = 0u64;
    for tenant in &tenants {
        let tx = db
            .tenant(tenant.id, AuditContext::unaudited(ACTOR))
            .await
            .map_err(describe)?;
        match tenancy::rewrap_data_key(tx, master, false).await {
            Ok(needed) => pending += u64::from(needed),
            Err(e) => problems.push(format!("municipality {}: {}", tenant.slug, e.describe())),
        }
    }
    let platform = db.platform().await.map_err(describe)?;
    let secrets = match identity::provider::reseal_client_secrets(&platform, master, false).await {
        Ok(count) => count,
        Err(e) => {
            problems.push(e.describe());
            0
        }
    };
    drop(platform);
    if !problems.is_empty() {
        bail!(
            "nothing was changed; {} value(s) open with none of the configured master keys:\n  {}",
            problems.len(),
            problems.join("\n  ")
        );
    }
    Ok((pending, secrets))
}

fn describe(e: kernel::Error) -> anyhow::Error {
    anyhow::anyhow!(e.describe())
}
