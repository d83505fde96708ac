//! Identity-provider settings: one OpenID Connect provider per municipality, per region (for its
//! coordinators) and one for operators. The issuer decides whose token it is: an issuer belongs
//! to exactly one scope, so a token can never act outside the scope of the provider that signed it.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use kernel::crypto::MasterKey;
use kernel::input::Errors;
use kernel::principal::Operator;
use kernel::{Error, PlatformTx, Result, Role, UserError};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use secrecy::SecretString;
use uuid::Uuid;

use crate::store::provider;

/// Whose staff signs in through a provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProviderScope {
    Tenant(Uuid),
    Region(Uuid),
    Operators,
}

impl ProviderScope {
    fn key(self) -> String {
        match self {
            ProviderScope::Tenant(id) => format!("tenant:{id}"),
            ProviderScope::Region(id) => format!("region:{id}"),
            ProviderScope::Operators => "operators".to_owned(),
        }
    }

    fn kind(self) -> &'static str {
        match self {
            ProviderScope::Tenant(_) => "tenant",
            ProviderScope::Region(_) => "region",
            ProviderScope::Operators => "operators",
        }
    }

    fn id(self) -> Option<Uuid> {
        match self {
            ProviderScope::Tenant(id) | ProviderScope::Region(id) => Some(id),
            ProviderScope::Operators => None,
        }
    }

    /// The roles a provider of this scope may hand out through its claim.
    pub fn allows_role(self, role: Role) -> bool {
        match self {
            ProviderScope::Tenant(_) => role.is_staff_role(),
            ProviderScope::Region(_) => role == Role::RegionalCoordinator,
            ProviderScope::Operators => role == Role::Operator,
        }
    }
}

/// The settings an operator gives, parsed: nothing in here is malformed.
#[derive(Debug, Clone)]
pub struct ProviderSettings {
    pub scope: ProviderScope,
    pub issuer: String,
    pub client_id: String,
    /// `None` keeps the stored secret when the provider is updated.
    pub client_secret: Option<SecretString>,
    pub scopes: Vec<String>,
    pub roles_claim: String,
    pub role_mapping: BTreeMap<String, Role>,
    pub allowed_domains: Vec<String>,
    pub audience: String,
    /// Link pre-created accounts by an address the provider does not mark as verified.
    pub trust_unverified_email: bool,
}

/// Raw settings as typed by an operator (command line or GraphQL).
#[derive(Debug, Clone, Default)]
pub struct ProviderInput {
    pub issuer: String,
    pub client_id: String,
    pub client_secret: Option<String>,
    pub scopes: Option<Vec<String>>,
    pub roles_claim: Option<String>,
    /// `(claim value, role)` pairs.
    pub role_mapping: Vec<(String, Role)>,
    pub allowed_domains: Vec<String>,
    pub audience: Option<String>,
    /// Link a pre-created account by an e-mail address without `email_verified: true` (for
    /// providers that send no such claim, e.g. Entra ID). An operator turns this on knowingly:
    /// anyone who can set that address at the provider takes the account.
    pub trust_unverified_email: bool,
}

fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | ':' | '/')
}

fn is_domain(d: &str) -> bool {
    (3..=253).contains(&d.len())
        && d.contains('.')
        && d.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
}

impl ProviderSettings {
    /// `allow_http` admits plain `http://` issuers (development only: a token fetched or a key
    /// read over plain HTTP can be forged on the way).
    pub fn parse(
        scope: ProviderScope,
        raw: ProviderInput,
        allow_http: bool,
    ) -> Result<Self, Vec<UserError>> {
        let mut errors = Errors::input();
        let issuer = raw.issuer.trim().to_owned();
        match url::Url::parse(&issuer) {
            Ok(u) if u.scheme() == "http" && !allow_http && u.host().is_some() => {
                errors.add("issuer", "HTTPS_REQUIRED", format!("the issuer {issuer} is a plain http:// URL; the production profile accepts only https:// issuers"))
            }
            Ok(u)
                if (u.scheme() == "https" || u.scheme() == "http")
                    && u.host().is_some()
                    && u.query().is_none()
                    && u.fragment().is_none() => {}
            _ => errors.add("issuer", "INVALID", "the issuer is the provider's https:// URL exactly as in its tokens' `iss`, without query or fragment"),
        }
        let client_id = raw.client_id.trim().to_owned();
        if client_id.is_empty() || client_id.len() > 255 {
            errors.add("clientId", "INVALID", "a client id has 1 to 255 characters");
        }
        let client_secret = match raw.client_secret.map(|s| s.trim().to_owned()) {
            Some(s) if s.is_empty() || s.len() > 1024 => {
                errors.add(
                    "clientSecret",
                    "INVALID",
                    "a client secret has 1 to 1024 characters",
                );
                None
            }
            other => other.map(SecretString::from),
        };
        let scopes = raw
            .scopes
            .unwrap_or_else(|| ["openid", "email", "profile"].map(str::to_owned).to_vec());
        if !scopes.iter().any(|s| s == "openid")
            || scopes
                .iter()
                .any(|s| s.is_empty() || s.len() > 100 || !s.chars().all(is_token_char))
        {
            errors.add(
                "scopes",
                "INVALID",
                "scopes must include `openid`; each is letters, digits and `_-.:/`",
            );
        }
        let roles_claim = raw.roles_claim.unwrap_or_else(|| "groups".to_owned());
        if roles_claim.is_empty()
            || roles_claim.len() > 100
            || !roles_claim.chars().all(is_token_char)
        {
            errors.add(
                "rolesClaim",
                "INVALID",
                "the roles claim is a claim name such as `groups` or `roles`",
            );
        }
        let mut role_mapping = BTreeMap::new();
        for (value, role) in raw.role_mapping {
            if value.is_empty() || value.len() > 256 {
                errors.add(
                    "roleMapping",
                    "INVALID",
                    "a mapped claim value has 1 to 256 characters",
                );
            } else if !scope.allows_role(role) {
                errors.add(
                    "roleMapping",
                    "INVALID",
                    format!("{role} cannot be given by this provider"),
                );
            } else {
                role_mapping.insert(value, role);
            }
        }
        let mut allowed_domains = Vec::new();
        for d in raw.allowed_domains {
            let d = d.trim().trim_start_matches('@').to_lowercase();
            if is_domain(&d) {
                allowed_domains.push(d);
            } else {
                errors.add(
                    "allowedEmailDomains",
                    "INVALID",
                    format!("'{d}' is not a domain name"),
                );
            }
        }
        allowed_domains.sort();
        allowed_domains.dedup();
        let audience = raw.audience.unwrap_or_else(|| client_id.clone());
        if audience.is_empty() || audience.len() > 255 {
            errors.add(
                "audience",
                "INVALID",
                "the audience has 1 to 255 characters",
            );
        }
        if !errors.is_empty() {
            return Err(errors.into_vec());
        }
        Ok(ProviderSettings {
            scope,
            issuer,
            client_id,
            client_secret,
            scopes,
            roles_claim,
            role_mapping,
            allowed_domains,
            audience,
            trust_unverified_email: raw.trust_unverified_email,
        })
    }
}

/// A stored provider. The client secret stays sealed until [`IdentityProvider::client_secret`].
#[derive(Debug, Clone)]
pub struct IdentityProvider {
    pub id: Uuid,
    pub scope: ProviderScope,
    pub issuer: String,
    pub client_id: String,
    pub scopes: Vec<String>,
    pub roles_claim: String,
    pub role_mapping: BTreeMap<String, Role>,
    pub allowed_domains: Vec<String>,
    pub audience: String,
    /// Whether a pre-created account is linked by an address not marked as verified.
    pub trust_unverified_email: bool,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
    sealed_secret: String,
}

fn secret_place(id: Uuid) -> String {
    format!("identity_providers.client_secret:{id}")
}

impl IdentityProvider {
    pub fn client_secret(&self, key: &MasterKey) -> Result<SecretString> {
        let bytes = key.open(&self.sealed_secret, &secret_place(self.id))?;
        String::from_utf8(bytes)
            .map(SecretString::from)
            .map_err(|_| Error::internal("client secret is not text"))
    }

    /// The Ostoja roles the claim values map to.
    pub fn map_roles<'a>(&self, values: impl IntoIterator<Item = &'a str>) -> Vec<Role> {
        let mut roles: Vec<Role> = values
            .into_iter()
            .filter_map(|v| self.role_mapping.get(v).copied())
            .filter(|r| self.scope.allows_role(*r))
            .collect();
        roles.sort();
        roles.dedup();
        roles
    }

    /// Whether `who`'s e-mail address is proof enough to link them to a pre-created account
    /// with that address: the provider says it verified it, or the operator chose to trust a
    /// provider that does not say (an address marked unverified never links).
    pub fn links_by_email(&self, email_verified: Option<bool>) -> bool {
        match email_verified {
            Some(verified) => verified,
            None => self.trust_unverified_email,
        }
    }

    /// Whether an e-mail address may sign in (any address when no domain is listed).
    pub fn allows_email(&self, email: Option<&str>) -> bool {
        if self.allowed_domains.is_empty() {
            return true;
        }
        email
            .and_then(|e| e.rsplit_once('@'))
            .is_some_and(|(_, domain)| {
                self.allowed_domains
                    .iter()
                    .any(|d| d.eq_ignore_ascii_case(domain))
            })
    }
}

fn from_model(m: provider::Model) -> Result<IdentityProvider> {
    let scope = match (m.scope_kind.as_str(), m.scope_id) {
        ("tenant", Some(id)) => ProviderScope::Tenant(id),
        ("region", Some(id)) => ProviderScope::Region(id),
        ("operators", None) => ProviderScope::Operators,
        _ => return Err(Error::corrupt("provider scope")),
    };
    let mapping: BTreeMap<String, String> = serde_json::from_str(&m.role_mapping)
        .map_err(|e| Error::internal_from("stored role mapping", e))?;
    let role_mapping = mapping
        .into_iter()
        .map(|(k, v)| Role::parse(&v).map(|r| (k, r)))
        .collect::<Option<BTreeMap<_, _>>>()
        .ok_or_else(|| Error::internal("stored role mapping names an unknown role"))?;
    Ok(IdentityProvider {
        id: m.id,
        scope,
        issuer: m.issuer,
        client_id: m.client_id,
        scopes: m.scopes.split(' ').map(str::to_owned).collect(),
        roles_claim: m.roles_claim,
        role_mapping,
        allowed_domains: m
            .allowed_domains
            .split(',')
            .filter(|d| !d.is_empty())
            .map(str::to_owned)
            .collect(),
        audience: m.audience,
        trust_unverified_email: m.trust_unverified_email,
        updated_at: m.updated_at,
        version: m.version,
        sealed_secret: m.client_secret_sealed,
    })
}

fn stale_provider(now_at: i32) -> Error {
    Error::Conflict(format!(
        "the provider was changed by someone else (now at version {now_at}); reload and try again"
    ))
}

/// A master-key rotation's work on the providers' client secrets: each opened with the key ring
/// (a failure is an error naming the provider, with nothing changed), and with `apply`,
/// re-sealed with the current key where a previous key sealed it. Returns how many need (or
/// got) re-sealing.
pub async fn reseal_client_secrets(tx: &PlatformTx, key: &MasterKey, apply: bool) -> Result<u64> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let mut resealed = 0;
    for found in list_providers(tx).await? {
        let Some(sealed) = key
            .reseal(&found.sealed_secret, &secret_place(found.id))
            .map_err(|_| {
                Error::BadUserInput(format!(
                    "the client secret of the provider {} opens with none of the configured master keys",
                    found.issuer
                ))
            })?
        else {
            continue;
        };
        resealed += 1;
        if apply {
            // Only the value that was read: a secret an operator set meanwhile is kept.
            let changed = provider::Entity::update_many()
                .col_expr(
                    provider::Column::ClientSecretSealed,
                    sea_orm::sea_query::Expr::value(sealed),
                )
                .filter(provider::Column::Id.eq(found.id))
                .filter(provider::Column::ClientSecretSealed.eq(found.sealed_secret.clone()))
                .exec(tx.conn())
                .await?;
            if changed.rows_affected != 1 {
                return Err(Error::Conflict(format!(
                    "the provider {} changed during the rotation; run it again",
                    found.issuer
                )));
            }
        }
    }
    Ok(resealed)
}

/// Creates or replaces the provider of `settings.scope`. `expected_version`, when given, must
/// match the stored provider's (CONFLICT otherwise). The caller has checked discovery.
pub async fn set_identity_provider(
    tx: &PlatformTx,
    _by: &Operator,
    key: &MasterKey,
    settings: ProviderSettings,
    expected_version: Option<i32>,
) -> Result<Result<IdentityProvider, Vec<UserError>>> {
    let existing = find_provider_for_scope(tx, settings.scope).await?;
    // The version the change replaces: the caller's, or the one just read.
    let seen = existing
        .as_ref()
        .map(|found| expected_version.unwrap_or(found.version));
    if let (Some(found), Some(seen)) = (&existing, seen) {
        if found.version != seen {
            return Err(stale_provider(found.version));
        }
    }
    let id = existing.as_ref().map_or_else(Uuid::now_v7, |p| p.id);
    let sealed = match (&settings.client_secret, &existing) {
        (Some(secret), _) => key.seal(
            secrecy::ExposeSecret::expose_secret(secret).as_bytes(),
            &secret_place(id),
        )?,
        (None, Some(found)) => found.sealed_secret.clone(),
        (None, None) => {
            return Ok(Err(vec![UserError::new(
                &["input", "clientSecret"],
                "REQUIRED",
                "a new provider needs its client secret",
            )]))
        }
    };
    let mapping: BTreeMap<&str, &str> = settings
        .role_mapping
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let mapping =
        serde_json::to_string(&mapping).map_err(|e| Error::internal_from("role mapping", e))?;
    let now = Utc::now();
    let model = provider::ActiveModel {
        id: Set(id),
        scope_key: Set(settings.scope.key()),
        scope_kind: Set(settings.scope.kind().to_owned()),
        scope_id: Set(settings.scope.id()),
        issuer: Set(settings.issuer),
        client_id: Set(settings.client_id),
        client_secret_sealed: Set(sealed),
        scopes: Set(settings.scopes.join(" ")),
        roles_claim: Set(settings.roles_claim),
        role_mapping: Set(mapping),
        allowed_domains: Set(settings.allowed_domains.join(",")),
        audience: Set(settings.audience),
        trust_unverified_email: Set(settings.trust_unverified_email),
        created_at: if existing.is_some() {
            sea_orm::ActiveValue::NotSet
        } else {
            Set(now)
        },
        updated_at: Set(now),
        version: Set(existing.as_ref().map_or(1, |p| p.version + 1)),
    };
    let saved = match seen {
        // Compared in the UPDATE itself: of two concurrent changes from the same version, the
        // second finds no row at that version and is a CONFLICT, never a lost update.
        Some(seen) => provider::Entity::update_many()
            .set(model)
            .filter(provider::Column::Id.eq(id))
            .filter(provider::Column::Version.eq(seen))
            .exec(tx.conn())
            .await
            .map(|done| done.rows_affected),
        None => model.insert(tx.conn()).await.map(|_| 1),
    };
    match saved {
        Ok(0) => {
            let now_at = find_provider(tx, id).await?.map_or(0, |p| p.version);
            Err(stale_provider(now_at))
        }
        Ok(_) => find_provider(tx, id)
            .await?
            .ok_or_else(|| Error::internal("the saved provider vanished"))
            .map(Ok),
        // Another scope took the issuer since the check, or an operator raced this one.
        Err(e) => Ok(Err(vec![kernel::unique::taken(
            e,
            &["input", "issuer"],
            "another municipality, region or the operators already sign in with this issuer; an issuer serves exactly one of them",
        )?])),
    }
}

/// An operator's request to create or replace a provider.
#[derive(Debug, Clone)]
pub struct ProviderChange {
    pub scope: ProviderScope,
    pub input: ProviderInput,
    /// When given, the stored provider must still be at this version.
    pub expected_version: Option<i32>,
}

pub async fn find_provider_for_scope(
    tx: &PlatformTx,
    scope: ProviderScope,
) -> Result<Option<IdentityProvider>> {
    provider::Entity::find()
        .filter(provider::Column::ScopeKey.eq(scope.key()))
        .one(tx.conn())
        .await?
        .map(from_model)
        .transpose()
}

pub async fn find_provider(tx: &PlatformTx, id: Uuid) -> Result<Option<IdentityProvider>> {
    provider::Entity::find_by_id(id)
        .one(tx.conn())
        .await?
        .map(from_model)
        .transpose()
}

pub async fn find_provider_by_issuer(
    tx: &PlatformTx,
    issuer: &str,
) -> Result<Option<IdentityProvider>> {
    provider::Entity::find()
        .filter(provider::Column::Issuer.eq(issuer))
        .one(tx.conn())
        .await?
        .map(from_model)
        .transpose()
}

pub async fn list_providers(tx: &PlatformTx) -> Result<Vec<IdentityProvider>> {
    provider::Entity::find()
        .order_by_asc(provider::Column::ScopeKey)
        .all(tx.conn())
        .await?
        .into_iter()
        .map(from_model)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ProviderInput {
        ProviderInput {
            issuer: "https://login.zory.pl/realms/mops".to_owned(),
            client_id: "ostoja".to_owned(),
            client_secret: Some("s3cret".to_owned()),
            role_mapping: vec![("zi-admin".to_owned(), Role::TenantAdmin)],
            allowed_domains: vec!["@Zory.PL".to_owned()],
            ..ProviderInput::default()
        }
    }

    #[test]
    fn parses_and_defaults() {
        let s =
            ProviderSettings::parse(ProviderScope::Tenant(Uuid::nil()), input(), false).unwrap();
        assert_eq!(s.scopes, ["openid", "email", "profile"]);
        assert_eq!(s.roles_claim, "groups");
        assert_eq!(s.audience, "ostoja");
        assert_eq!(s.allowed_domains, ["zory.pl"]);
    }

    #[test]
    fn refuses_bad_settings_with_field_errors() {
        let bad = ProviderInput {
            issuer: "ftp://x".to_owned(),
            client_id: String::new(),
            scopes: Some(vec!["email".to_owned()]),
            role_mapping: vec![("ops".to_owned(), Role::Operator)],
            allowed_domains: vec!["not a domain".to_owned()],
            audience: Some("ostoja".to_owned()),
            ..input()
        };
        let errs =
            ProviderSettings::parse(ProviderScope::Tenant(Uuid::nil()), bad, false).unwrap_err();
        let fields: Vec<_> = errs.iter().map(|e| e.field[1].as_str()).collect();
        assert_eq!(
            fields,
            [
                "issuer",
                "clientId",
                "scopes",
                "roleMapping",
                "allowedEmailDomains"
            ]
        );
    }

    #[test]
    fn plain_http_issuers_only_where_allowed() {
        let raw = ProviderInput {
            issuer: "http://127.0.0.1:8080".to_owned(),
            ..input()
        };
        let scope = ProviderScope::Tenant(Uuid::nil());
        assert!(ProviderSettings::parse(scope, raw.clone(), true).is_ok());
        let errs = ProviderSettings::parse(scope, raw, false).unwrap_err();
        assert_eq!(errs[0].code, "HTTPS_REQUIRED");
        assert!(
            errs[0].message.contains("http://127.0.0.1:8080"),
            "{errs:?}"
        );
        assert!(ProviderSettings::parse(scope, input(), false).is_ok());
    }

    #[test]
    fn operators_provider_maps_only_the_operator_role() {
        let mut raw = input();
        raw.role_mapping = vec![("ops".to_owned(), Role::Operator)];
        assert!(ProviderSettings::parse(ProviderScope::Operators, raw.clone(), false).is_ok());
        assert!(ProviderSettings::parse(ProviderScope::Region(Uuid::nil()), raw, false).is_err());
    }
}
