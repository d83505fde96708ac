//! Random secrets the platform creates for itself on first use and keeps in the database
//! (the development sign-in key, the development master key).

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use chrono::Utc;
use kernel::{Db, Error, PlatformTx, Result};
use rand::RngCore;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};

use crate::store::signing_key;

/// The base64 of 32 random bytes stored under `name`, created if missing. Concurrent first
/// uses agree on one value.
pub async fn load_or_create(db: &Db, name: &str) -> Result<String> {
    let tx = db.platform_write().await?;
    if let Some(secret) = find(&tx, name).await? {
        return Ok(secret);
    }
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let secret = STANDARD.encode(bytes);
    let inserted = signing_key::ActiveModel {
        name: Set(name.to_owned()),
        secret: Set(secret.clone()),
        created_at: Set(Utc::now()),
    }
    .insert(tx.conn())
    .await;
    match inserted {
        Ok(_) => {
            tx.commit().await?;
            Ok(secret)
        }
        // Another process created it at the same moment: use theirs.
        Err(e) if kernel::unique::is_unique_violation(&e) => {
            drop(tx);
            let tx = db.platform().await?;
            find(&tx, name)
                .await?
                .ok_or_else(|| Error::internal("stored secret vanished"))
        }
        Err(e) => Err(e.into()),
    }
}

async fn find(tx: &PlatformTx, name: &str) -> Result<Option<String>> {
    Ok(signing_key::Entity::find_by_id(name.to_owned())
        .one(tx.conn())
        .await?
        .map(|m| m.secret))
}

/// The master key of a development installation without a configured one: generated once
/// and kept in the database it protects, which is acceptable only for development (the
/// production profile refuses to start without `OSTOJA_MASTER_KEY`).
pub async fn development_master_key(db: &Db) -> Result<kernel::crypto::MasterKey> {
    let encoded = load_or_create(db, "dev-master-key").await?;
    kernel::crypto::MasterKey::parse(&encoded).map_err(Error::internal)
}
