//! Each municipality's data key (envelope encryption): created on first use, stored wrapped by
//! the master key, unwrapped per transaction. Deleting the row crypto-shreds the municipality.

use chrono::Utc;
use kernel::crypto::{DataKey, MasterKey};
use kernel::{Result, TenantTx};
use sea_orm::sea_query::OnConflict;
use sea_orm::{EntityTrait, Set};

use crate::store::data_key;

/// The tenant's data key, created if it has none yet. Two transactions creating it at once
/// agree on one: the loser's insert does nothing and it reads the winner's key.
pub async fn data_key(tx: &TenantTx, master: &MasterKey) -> Result<DataKey> {
    if let Some(key) = stored(tx, master).await? {
        return Ok(key);
    }
    let fresh = DataKey::generate();
    let row = data_key::ActiveModel {
        tenant_id: Set(tx.tenant()),
        wrapped: Set(fresh.wrap(master, tx.tenant())?),
        created_at: Set(Utc::now()),
    };
    {
        let conn = tx.conn().await?;
        data_key::Entity::insert(row)
            .on_conflict(
                OnConflict::column(data_key::Column::TenantId)
                    .do_nothing()
                    .to_owned(),
            )
            .exec_without_returning(&*conn)
            .await?;
    }
    stored(tx, master)
        .await?
        .ok_or_else(|| kernel::Error::internal("the data key vanished after its insert"))
}

async fn stored(tx: &TenantTx, master: &MasterKey) -> Result<Option<DataKey>> {
    let found = {
        let conn = tx.conn().await?;
        tx.select::<data_key::Entity>().one(&*conn).await?
    };
    found
        .map(|m| DataKey::unwrap(master, &m.wrapped, tx.tenant()))
        .transpose()
}

/// A master-key rotation's work on one municipality's data key: opened with the key ring (an
/// error when no configured key opens it), and with `apply` re-wrapped with the current key and
/// committed. Returns whether it needs (or got) re-wrapping; a municipality without a key yet
/// has nothing to do.
pub async fn rewrap(tx: TenantTx, master: &MasterKey, apply: bool) -> Result<bool> {
    use sea_orm::sea_query::Expr;
    let found = {
        let conn = tx.conn().await?;
        tx.select::<data_key::Entity>().one(&*conn).await?
    };
    let Some(found) = found else {
        return Ok(false);
    };
    let Some(wrapped) = DataKey::rewrap(master, &found.wrapped, tx.tenant()).map_err(|_| {
        kernel::Error::BadUserInput(
            "its data key opens with none of the configured master keys".to_owned(),
        )
    })?
    else {
        return Ok(false);
    };
    if apply {
        {
            let conn = tx.conn().await?;
            tx.update_many::<data_key::Entity>()
                .col_expr(data_key::Column::Wrapped, Expr::value(wrapped))
                .exec(&*conn)
                .await?;
        }
        tx.commit().await?;
    }
    Ok(true)
}
