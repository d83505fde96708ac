//! Each municipality's data key (envelope encryption): created on first use, stored wrapped by
//! the master key, unwrapped per transaction. Deleting the row crypto-shreds the municipality.
//! Its cipher key can be rotated: the new key seals from the switch on, the replaced ones open
//! what they sealed until the records are sealed again and the rotation is finished.

use chrono::{DateTime, Utc};
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
        previous_wrapped: Set(None),
        rotated_at: Set(None),
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
        .map(|m| {
            DataKey::unwrap(
                master,
                &m.wrapped,
                m.previous_wrapped.as_deref(),
                tx.tenant(),
            )
        })
        .transpose()
}

/// A master-key rotation's work on one municipality's data key: opened with the key ring (an
/// error when no configured key opens it), and with `apply` re-wrapped with the current key and
/// committed. Returns whether it needs (or got) re-wrapping; a municipality without a key yet
/// has nothing to do.
pub async fn rewrap(tx: TenantTx, master: &MasterKey, apply: bool) -> Result<bool> {
    use sea_orm::sea_query::Expr;
    let found = locked(&tx).await?;
    let Some(found) = found else {
        return Ok(false);
    };
    let refused = |_| {
        kernel::Error::BadUserInput(
            "its data key opens with none of the configured master keys".to_owned(),
        )
    };
    let wrapped = DataKey::rewrap(master, &found.wrapped, tx.tenant()).map_err(refused)?;
    // The cipher keys a data-key rotation replaces are sealed under the master key too.
    let previous = match &found.previous_wrapped {
        Some(previous) => {
            DataKey::rewrap_previous(master, previous, tx.tenant()).map_err(refused)?
        }
        None => None,
    };
    if wrapped.is_none() && previous.is_none() {
        return Ok(false);
    }
    if apply {
        {
            let conn = tx.conn().await?;
            let mut update = tx.update_many::<data_key::Entity>();
            if let Some(wrapped) = wrapped {
                update = update.col_expr(data_key::Column::Wrapped, Expr::value(wrapped));
            }
            if let Some(previous) = previous {
                update = update.col_expr(
                    data_key::Column::PreviousWrapped,
                    Expr::value(Some(previous)),
                );
            }
            update.exec(&*conn).await?;
        }
        tx.commit().await?;
    }
    Ok(true)
}

/// The key row, locked until the transaction ends (PostgreSQL; SQLite's write lock serialises):
/// a master-key rotation, a data-key switch and a rotation's end never write over each other.
async fn locked(tx: &TenantTx) -> Result<Option<data_key::Model>> {
    use sea_orm::QuerySelect;
    let conn = tx.conn().await?;
    let query = tx.select::<data_key::Entity>();
    let query = if tx.backend() == kernel::Backend::Postgres {
        query.lock_exclusive()
    } else {
        query
    };
    Ok(query.one(&*conn).await?)
}

/// A data-key rotation under way: the key sealing with the new cipher key and opening with the
/// replaced ones, and when the new key began sealing.
pub struct Rotation {
    pub key: DataKey,
    pub switched_at: DateTime<Utc>,
    /// Whether it was under way already (an interrupted rotation run again).
    pub resumed: bool,
    /// The key as stored when the rotation was begun or resumed: its end checks nothing
    /// changed it since (another rotation's switch, a master-key rotation's re-wrap).
    wrapped: String,
}

/// Switches the municipality's data key to a new cipher key, or finds the switch a rotation
/// already made; `None` when it has no data key (nothing is sealed). Commits the switch.
pub async fn begin_rotation(tx: TenantTx, master: &MasterKey) -> Result<Option<Rotation>> {
    use sea_orm::sea_query::Expr;
    use sea_orm::ColumnTrait;
    use sea_orm::QueryFilter;
    let Some(found) = locked(&tx).await? else {
        return Ok(None);
    };
    let key = DataKey::unwrap(
        master,
        &found.wrapped,
        found.previous_wrapped.as_deref(),
        tx.tenant(),
    )?;
    if let (true, Some(switched_at)) = (key.rotating(), found.rotated_at) {
        return Ok(Some(Rotation {
            key,
            switched_at,
            resumed: true,
            wrapped: found.wrapped,
        }));
    }
    let rotated = key.rotated();
    let now = Utc::now();
    let wrapped = rotated.wrap(master, tx.tenant())?;
    let switched = {
        let conn = tx.conn().await?;
        tx.update_many::<data_key::Entity>()
            .col_expr(data_key::Column::Wrapped, Expr::value(wrapped.as_str()))
            .col_expr(
                data_key::Column::PreviousWrapped,
                Expr::value(rotated.wrap_previous(master, tx.tenant())?),
            )
            .col_expr(data_key::Column::RotatedAt, Expr::value(Some(now)))
            // Two rotations at once: one switches, the other finds it changed.
            .filter(data_key::Column::Wrapped.eq(found.wrapped.as_str()))
            .exec(&*conn)
            .await?
    };
    if switched.rows_affected == 0 {
        return Err(kernel::Error::Conflict(
            "another rotation of this data key began meanwhile; run the command again to finish it"
                .to_owned(),
        ));
    }
    tx.commit().await?;
    Ok(Some(Rotation {
        key: rotated,
        switched_at: now,
        resumed: false,
        wrapped,
    }))
}

/// Ends a rotation whose records are all sealed with the new cipher key: the replaced keys are
/// destroyed, and nothing they sealed opens any more, once `tx` commits (the caller records the
/// rotation in the same transaction). Refused (CONFLICT, nothing changed) when the key changed
/// since the rotation was begun or resumed: it is run again.
pub async fn finish_rotation(tx: &TenantTx, rotation: &Rotation) -> Result<()> {
    use sea_orm::sea_query::Expr;
    let current = locked(tx).await?;
    if current.is_none_or(|row| row.wrapped != rotation.wrapped) {
        return Err(kernel::Error::Conflict(
            "the data key changed during the rotation (another rotation, or the master key's); run the command again to finish it"
                .to_owned(),
        ));
    }
    {
        let conn = tx.conn().await?;
        tx.update_many::<data_key::Entity>()
            .col_expr(
                data_key::Column::PreviousWrapped,
                Expr::value(Option::<String>::None),
            )
            .exec(&*conn)
            .await?;
    }
    Ok(())
}
