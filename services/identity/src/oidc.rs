//! OpenID Connect with the municipalities' identity providers: discovery and signing keys
//! (cached), bearer access tokens (`jsonwebtoken` against the issuer's JWKS) and the browser's
//! authorization-code flow with PKCE, `state` and `nonce` (`openidconnect`).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use kernel::log::untrusted;
use kernel::{Error, Result};
use openidconnect::core::{CoreAuthenticationFlow, CoreClient};
use openidconnect::{
    AuthorizationCode, ClaimsVerificationError, ClientId, ClientSecret, CsrfToken,
    EndpointMaybeSet, EndpointNotSet, EndpointSet, IssuerUrl, Nonce, PkceCodeChallenge,
    PkceCodeVerifier, ProviderMetadataWithLogout, RedirectUrl, Scope, TokenResponse,
};
use secrecy::{ExposeSecret, SecretString};
use serde_json::Value;

use crate::claims::{identity_from, rejected};
pub use crate::claims::{unverified_issuer, VerifiedIdentity, MAX_TOKEN_BYTES};
use crate::provider::IdentityProvider;

#[derive(Debug, Clone)]
pub struct OidcConfig {
    /// An unknown `kid` refetches the provider's keys at most this often.
    pub jwks_min_refresh: Duration,
    /// Discovery documents older than this are fetched again (the old one is kept on failure).
    pub discovery_ttl: Duration,
    /// Clock skew tolerated on `exp` and `nbf`.
    pub leeway_seconds: u64,
    pub http_timeout: Duration,
    /// After a failed discovery or key fetch, an issuer is not asked again for this long; the
    /// pause doubles with each further failure, up to [`MAX_FAILURE_BACKOFF`].
    pub failure_backoff: Duration,
    /// Whether an issuer may be a plain `http://` URL (development, local providers only).
    pub allow_http_issuers: bool,
}

/// The longest pause before an issuer that keeps failing is asked again.
pub const MAX_FAILURE_BACKOFF: Duration = Duration::from_secs(300);

impl Default for OidcConfig {
    fn default() -> Self {
        OidcConfig {
            jwks_min_refresh: Duration::from_secs(60),
            discovery_ttl: Duration::from_secs(3600),
            leeway_seconds: 30,
            http_timeout: Duration::from_secs(5),
            failure_backoff: Duration::from_secs(10),
            allow_http_issuers: false,
        }
    }
}

/// What a provider's discovery document and keys said, when they were fetched.
pub struct Discovered {
    metadata: ProviderMetadataWithLogout,
    keys: JwkSet,
    fetched_at: Instant,
}

/// What the browser needs to start signing in, and what must be kept until the callback.
pub struct SignInStart {
    pub authorize_url: String,
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
}

/// A client of a provider found by discovery: authorization endpoint set, token and userinfo
/// endpoints as the provider announced them.
type SignInClient = CoreClient<
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

pub struct Oidc {
    http: openidconnect::reqwest::Client,
    config: OidcConfig,
    cache: tokio::sync::RwLock<HashMap<String, Arc<Discovered>>>,
    /// Per issuer: one refetch in flight at a time, and the pause after failures. One
    /// provider's outage never holds up another's requests.
    issuers: std::sync::Mutex<HashMap<String, Arc<IssuerFetch>>>,
}

#[derive(Default)]
struct IssuerFetch {
    /// Held while this issuer is being fetched, so that a burst of requests fetches once.
    lock: tokio::sync::Mutex<()>,
    backoff: std::sync::Mutex<Backoff>,
}

#[derive(Default)]
struct Backoff {
    /// No fetch before this instant (after a failure).
    until: Option<Instant>,
    /// The pause after the next failure.
    next: Option<Duration>,
}

impl IssuerFetch {
    fn backed_off(&self) -> bool {
        self.backoff
            .lock()
            .map(|b| b.until.is_some_and(|until| Instant::now() < until))
            .unwrap_or(false)
    }

    fn succeeded(&self) {
        if let Ok(mut b) = self.backoff.lock() {
            *b = Backoff::default();
        }
    }

    /// Records a failure; returns how long the issuer is left alone.
    fn failed(&self, first: Duration) -> Duration {
        let Ok(mut b) = self.backoff.lock() else {
            return first;
        };
        let pause = b.next.unwrap_or(first).min(MAX_FAILURE_BACKOFF);
        b.until = Some(Instant::now() + pause);
        b.next = Some((pause * 2).min(MAX_FAILURE_BACKOFF));
        pause
    }
}

fn unreachable_provider() -> Error {
    Error::Unavailable("the identity provider cannot be reached; try again shortly".to_owned())
}

fn describe_discovery<E: std::error::Error>(
    issuer: &str,
    err: &openidconnect::DiscoveryError<E>,
) -> String {
    use openidconnect::DiscoveryError as D;
    match err {
        D::Validation(m) if m.contains("issuer") => format!(
            "the provider at {issuer} names a different issuer in its discovery document ({m}); use the issuer exactly as the provider states it"
        ),
        D::Validation(m) => format!("the discovery document of {issuer} is not valid: {m}"),
        D::Request(e) => {
            let mut text = format!("cannot reach {issuer}/.well-known/openid-configuration");
            let mut source: Option<&dyn std::error::Error> = Some(e);
            while let Some(s) = source {
                text.push_str(": ");
                text.push_str(&s.to_string());
                source = s.source();
            }
            text
        }
        D::Response(status, _, _) => format!(
            "{issuer}/.well-known/openid-configuration answered HTTP {status}; is this the issuer URL?"
        ),
        D::Parse(e) => format!("the discovery document of {issuer} is not valid: {e}"),
        other => format!("discovery of {issuer} failed: {other}"),
    }
}

impl Oidc {
    pub fn new(config: OidcConfig) -> Result<Self> {
        let http = openidconnect::reqwest::ClientBuilder::new()
            // Following redirects would let a provider send us anywhere (SSRF).
            .redirect(openidconnect::reqwest::redirect::Policy::none())
            .timeout(config.http_timeout)
            .connect_timeout(config.http_timeout)
            .build()
            .map_err(|e| Error::internal_from("building the HTTP client", e))?;
        Ok(Oidc {
            http,
            config,
            cache: tokio::sync::RwLock::default(),
            issuers: std::sync::Mutex::default(),
        })
    }

    /// Whether plain `http://` issuers are accepted (never in the production profile).
    pub fn allows_http_issuers(&self) -> bool {
        self.config.allow_http_issuers
    }

    fn issuer_fetch(&self, issuer: &str) -> Arc<IssuerFetch> {
        match self.issuers.lock() {
            Ok(mut map) => map.entry(issuer.to_owned()).or_default().clone(),
            // A poisoned map only loses the sharing of fetches, never correctness.
            Err(_) => Arc::default(),
        }
    }

    async fn cached(&self, issuer: &str) -> Option<Arc<Discovered>> {
        self.cache.read().await.get(issuer).cloned()
    }

    /// Fetches `issuer` again, one fetch per issuer at a time and none while a recent failure
    /// is backed off. When another request is already fetching, this one waits for it if
    /// `wait`, otherwise gives up at once (the caller has something cached to use).
    /// `enough` is asked of the cache once the lock is held: the fetch that just finished
    /// may already have brought what the caller needs.
    async fn refetch(
        &self,
        issuer: &str,
        wait: bool,
        enough: impl Fn(&Discovered) -> bool,
    ) -> Option<Arc<Discovered>> {
        let fetch = self.issuer_fetch(issuer);
        let _guard = match fetch.lock.try_lock() {
            Ok(guard) => guard,
            Err(_) if !wait => return None,
            Err(_) => fetch.lock.lock().await,
        };
        if let Some(d) = self.cached(issuer).await.filter(|d| enough(d)) {
            return Some(d);
        }
        if fetch.backed_off() {
            return None;
        }
        match self.discover(issuer).await {
            Ok(d) => Some(d),
            Err(why) => {
                let pause = fetch.failed(self.config.failure_backoff);
                tracing::warn!(issuer, error = %untrusted(&why.to_string()), retry_in_seconds = pause.as_secs(), "fetching the identity provider's discovery document and keys failed");
                None
            }
        }
    }

    /// Fetches the discovery document and keys of `issuer` afresh and caches them. The error
    /// says what is wrong in words an operator can act on.
    pub async fn discover(&self, issuer: &str) -> Result<Arc<Discovered>, String> {
        let issuer_url =
            IssuerUrl::new(issuer.to_owned()).map_err(|e| format!("not a URL: {e}"))?;
        let metadata = ProviderMetadataWithLogout::discover_async(issuer_url, &self.http)
            .await
            .map_err(|e| describe_discovery(issuer, &e))?;
        let keys_json = serde_json::to_value(metadata.jwks())
            .map_err(|e| format!("the signing keys of {issuer} are not valid: {e}"))?;
        // Keys of types `jsonwebtoken` does not know are skipped, not fatal.
        let keys = JwkSet {
            keys: keys_json
                .get("keys")
                .and_then(Value::as_array)
                .map(|keys| {
                    keys.iter()
                        .filter_map(|k| serde_json::from_value(k.clone()).ok())
                        .collect()
                })
                .unwrap_or_default(),
        };
        let discovered = Arc::new(Discovered {
            metadata,
            keys,
            fetched_at: Instant::now(),
        });
        self.cache
            .write()
            .await
            .insert(issuer.to_owned(), discovered.clone());
        self.issuer_fetch(issuer).succeeded();
        Ok(discovered)
    }

    /// The cached discovery of `issuer`, fetched when missing or stale. A stale copy is used
    /// while another request refetches it, and when the refetch fails: a provider outage must
    /// not sign everybody out.
    async fn current(&self, issuer: &str) -> Result<Arc<Discovered>> {
        let ttl = self.config.discovery_ttl;
        let stale = match self.cached(issuer).await {
            Some(d) if d.fetched_at.elapsed() < ttl => return Ok(d),
            other => other,
        };
        match self
            .refetch(issuer, stale.is_none(), |d| d.fetched_at.elapsed() < ttl)
            .await
        {
            Some(d) => Ok(d),
            None => stale.ok_or_else(unreachable_provider),
        }
    }

    /// Fetches the keys again after an unknown `kid`, unless they were fetched less than
    /// `jwks_min_refresh` ago.
    async fn refresh_after_unknown_key(
        &self,
        seen: &Discovered,
        issuer: &str,
    ) -> Option<Arc<Discovered>> {
        if let Some(d) = self.cached(issuer).await {
            if d.fetched_at > seen.fetched_at {
                return Some(d);
            }
            if d.fetched_at.elapsed() < self.config.jwks_min_refresh {
                return None;
            }
        }
        self.refetch(issuer, true, |d| d.fetched_at > seen.fetched_at)
            .await
    }

    /// Checks a bearer access token of `provider`: signature by the issuer's key, `iss`, `aud`,
    /// `exp` and `nbf`.
    pub async fn verify_access_token(
        &self,
        provider: &IdentityProvider,
        token: &str,
    ) -> Result<VerifiedIdentity> {
        if token.len() > MAX_TOKEN_BYTES {
            return Err(rejected("too long"));
        }
        let header = jsonwebtoken::decode_header(token).map_err(|_| rejected("bad header"))?;
        if !matches!(
            header.alg,
            Algorithm::RS256
                | Algorithm::RS384
                | Algorithm::RS512
                | Algorithm::PS256
                | Algorithm::PS384
                | Algorithm::PS512
                | Algorithm::ES256
                | Algorithm::ES384
                | Algorithm::EdDSA
        ) {
            return Err(rejected("algorithm not allowed"));
        }
        let kid = header.kid.ok_or_else(|| rejected("no kid"))?;
        let mut discovered = self.current(&provider.issuer).await?;
        let jwk = match discovered.keys.find(&kid) {
            Some(jwk) => jwk.clone(),
            None => {
                discovered = self
                    .refresh_after_unknown_key(&discovered, &provider.issuer)
                    .await
                    .ok_or_else(|| rejected("unknown kid"))?;
                discovered
                    .keys
                    .find(&kid)
                    .cloned()
                    .ok_or_else(|| rejected("unknown kid"))?
            }
        };
        let key = DecodingKey::from_jwk(&jwk).map_err(|_| rejected("unusable key"))?;
        let mut validation = Validation::new(header.alg);
        validation.leeway = self.config.leeway_seconds;
        validation.validate_nbf = true;
        validation.set_issuer(&[&provider.issuer]);
        validation.set_audience(&[&provider.audience]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        let data = jsonwebtoken::decode::<Value>(token, &key, &validation).map_err(|e| {
            use jsonwebtoken::errors::ErrorKind as K;
            rejected(match e.kind() {
                K::ExpiredSignature => "expired",
                K::ImmatureSignature => "not yet valid",
                K::InvalidAudience => "wrong audience",
                K::InvalidIssuer => "wrong issuer",
                K::InvalidSignature => "bad signature",
                _ => "invalid",
            })
        })?;
        // An ID token (it carries a nonce) is proof of a sign-in for us, not an API credential;
        // it may have been seen in a browser's history (logout's id_token_hint).
        if data.claims.get("nonce").is_some() {
            return Err(rejected("an ID token used as an access token"));
        }
        identity_from(&data.claims, &provider.roles_claim)
    }

    fn client(
        discovered: &Discovered,
        provider: &IdentityProvider,
        secret: &SecretString,
        redirect_uri: &str,
    ) -> Result<SignInClient> {
        let redirect = RedirectUrl::new(redirect_uri.to_owned())
            .map_err(|e| Error::internal_from("the sign-in redirect URL", e))?;
        Ok(CoreClient::from_provider_metadata(
            discovered.metadata.clone(),
            ClientId::new(provider.client_id.clone()),
            Some(ClientSecret::new(secret.expose_secret().to_owned())),
        )
        .set_redirect_uri(redirect))
    }

    /// Where to send the browser to sign in with `provider`.
    pub async fn start(
        &self,
        provider: &IdentityProvider,
        secret: &SecretString,
        redirect_uri: &str,
    ) -> Result<SignInStart> {
        let discovered = self.current(&provider.issuer).await?;
        let client = Self::client(&discovered, provider, secret, redirect_uri)?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        // 256-bit values; the callback refuses anything not shaped like them unread.
        let state = crate::session::random_token();
        let nonce = crate::session::random_token();
        let mut request = client.authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            move || CsrfToken::new(state),
            move || Nonce::new(nonce),
        );
        for scope in provider.scopes.iter().filter(|s| *s != "openid") {
            request = request.add_scope(Scope::new(scope.clone()));
        }
        let (url, state, nonce) = request.set_pkce_challenge(challenge).url();
        Ok(SignInStart {
            authorize_url: url.to_string(),
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
        })
    }

    /// Exchanges the authorization code and verifies the ID token (signature, issuer,
    /// audience, expiry, nonce). Returns the identity and the raw ID token (for logout).
    pub async fn finish(
        &self,
        provider: &IdentityProvider,
        secret: &SecretString,
        redirect_uri: &str,
        code: &str,
        pkce_verifier: &str,
        nonce: &str,
    ) -> Result<(VerifiedIdentity, String)> {
        let discovered = self.current(&provider.issuer).await?;
        let client = Self::client(&discovered, provider, secret, redirect_uri)?;
        let response = client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .map_err(|e| Error::internal_from("the provider has no token endpoint", e))?
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier.to_owned()))
            .request_async(&self.http)
            .await
            .map_err(|e| {
                tracing::info!(error = %untrusted(&e.to_string()), "code exchange refused");
                Error::Unauthenticated(
                    "the identity provider did not accept the sign-in; start again".to_owned(),
                )
            })?;
        let id_token = response
            .id_token()
            .ok_or_else(|| rejected("no ID token in the token response"))?;
        let nonce = Nonce::new(nonce.to_owned());
        let verifier = client.id_token_verifier();
        let verified = match id_token.claims(&verifier, &nonce) {
            Ok(_) => true,
            Err(ClaimsVerificationError::SignatureVerification(_)) => {
                // Perhaps the provider rotated its keys since we fetched them.
                match self
                    .refresh_after_unknown_key(&discovered, &provider.issuer)
                    .await
                {
                    Some(fresh) => {
                        let client = Self::client(&fresh, provider, secret, redirect_uri)?;
                        let verifier = client.id_token_verifier();
                        id_token.claims(&verifier, &nonce).is_ok()
                    }
                    None => false,
                }
            }
            Err(e) => {
                tracing::info!(error = %untrusted(&e.to_string()), "ID token refused");
                false
            }
        };
        if !verified {
            return Err(rejected("ID token not valid"));
        }
        // The signature is verified: reading the payload for the roles claim is safe.
        let raw = id_token.to_string();
        let payload = raw
            .split('.')
            .nth(1)
            .and_then(|p| URL_SAFE_NO_PAD.decode(p).ok())
            .and_then(|b| serde_json::from_slice::<Value>(&b).ok())
            .ok_or_else(|| rejected("ID token payload unreadable"))?;
        Ok((identity_from(&payload, &provider.roles_claim)?, raw))
    }

    /// The provider's end-session URL for RP-initiated logout, when it has one.
    pub async fn end_session_url(
        &self,
        provider: &IdentityProvider,
        id_token_hint: Option<&str>,
        post_logout_redirect_uri: &str,
    ) -> Option<String> {
        let discovered = self.current(&provider.issuer).await.ok()?;
        let endpoint = discovered
            .metadata
            .additional_metadata()
            .end_session_endpoint
            .as_ref()?;
        let mut url = endpoint.url().clone();
        {
            let mut query = url.query_pairs_mut();
            query.append_pair("client_id", &provider.client_id);
            query.append_pair("post_logout_redirect_uri", post_logout_redirect_uri);
            if let Some(hint) = id_token_hint {
                query.append_pair("id_token_hint", hint);
            }
        }
        Some(url.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_back_off_doubling_up_to_the_cap() {
        let fetch = IssuerFetch::default();
        assert!(!fetch.backed_off());
        let first = Duration::from_secs(10);
        assert_eq!(fetch.failed(first), first);
        assert!(fetch.backed_off());
        assert_eq!(fetch.failed(first), Duration::from_secs(20));
        for _ in 0..10 {
            fetch.failed(first);
        }
        assert_eq!(fetch.failed(first), MAX_FAILURE_BACKOFF);
        fetch.succeeded();
        assert!(!fetch.backed_off());
        assert_eq!(fetch.failed(first), first);
    }
}
