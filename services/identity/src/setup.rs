//! Setting a provider up: its settings parsed, its discovery document checked, then saved.
//! Apart from `provider` (the model and its storage) so that the model does not depend on the
//! OpenID Connect client that checks it.

use kernel::crypto::MasterKey;
use kernel::principal::Operator;
use kernel::{Result, UserError};

use crate::provider::{
    set_identity_provider, IdentityProvider, ProviderChange, ProviderScope, ProviderSettings,
};

/// Parses the settings, checks that the issuer's discovery document and keys can be fetched
/// and name the same issuer, and saves them — recorded in the municipality's audit trail when
/// the provider is a municipality's.
pub async fn configure(
    db: &kernel::Db,
    oidc: &crate::oidc::Oidc,
    key: &MasterKey,
    by: &Operator,
    change: ProviderChange,
    audit: &kernel::db::AuditContext,
) -> Result<Result<IdentityProvider, Vec<UserError>>> {
    let ProviderChange {
        scope,
        input,
        expected_version,
    } = change;
    let settings = match ProviderSettings::parse(scope, input, oidc.allows_http_issuers()) {
        Ok(s) => s,
        Err(errors) => return Ok(Err(errors)),
    };
    // Outside the write transaction: a slow provider must not hold the database.
    if let Err(why) = oidc.discover(&settings.issuer).await {
        return Ok(Err(vec![UserError::new(
            &["input", "issuer"],
            "DISCOVERY_FAILED",
            why,
        )]));
    }
    let mut tx = db.platform_write().await?;
    let saved = set_identity_provider(&tx, by, key, settings, expected_version).await?;
    if let (Ok(provider), ProviderScope::Tenant(tenant)) = (&saved, scope) {
        tx.audit_for_tenant(
            tenant,
            audit,
            vec![kernel::GlobalId::new(kernel::NodeType::Municipality, tenant).encode()],
        )
        .await?;
        tracing::info!(issuer = %kernel::log::untrusted(&provider.issuer), "identity provider set");
    }
    tx.commit().await?;
    Ok(saved)
}
