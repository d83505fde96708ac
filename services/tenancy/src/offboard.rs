//! Offboarding: every row of a municipality removed in one transaction, its data key with them.

use std::collections::BTreeMap;

use kernel::{Backend, Error, Result, TenantTx};
use sea_orm::{ConnectionTrait, Statement};

/// Removes every row of the transaction's municipality from the tenant tables, its identity
/// provider and its data key, and marks it offboarded; it must be disabled and not yet
/// offboarded. Returns the rows removed per table. Nothing is removed unless the transaction
/// commits. PostgreSQL only: `tenancy_offboard()` runs as the owner, since the server's role may
/// not delete audit entries.
pub async fn offboard(tx: &TenantTx) -> Result<BTreeMap<String, u64>> {
    if tx.backend() != Backend::Postgres {
        return Err(Error::BadUserInput(
            "offboarding a municipality needs PostgreSQL".to_owned(),
        ));
    }
    let conn = tx.conn().await?;
    let row = conn
        .query_one_raw(Statement::from_string(
            sea_orm::DbBackend::Postgres,
            "SELECT tenancy_offboard()::text AS removed",
        ))
        .await?
        .ok_or_else(|| Error::internal("tenancy_offboard returned no row"))?;
    let removed: String = row.try_get("", "removed")?;
    serde_json::from_str(&removed).map_err(|e| Error::internal_from("tenancy_offboard's counts", e))
}
