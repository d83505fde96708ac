//! Who is asking: bearer tokens (the municipality's identity provider, or development tokens),
//! browser sessions started by single sign-on, cross-site request protection and rate limits;
//! and the `/auth/*` routes of the browser flow.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, Utc};
use cookie::{Cookie, SameSite};
use identity::oidc::VerifiedIdentity;
use identity::principals::Check;
use identity::provider::{IdentityProvider, ProviderScope};
use identity::session::{Account, PendingSignIn};
use identity::signin::{self, Arrival};
use kernel::db::AuditContext;
use kernel::log::untrusted;
use kernel::slug::Slug;
use kernel::{Actor, Error, Principal};
use serde::Deserialize;
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::limits::Bucket;
use crate::state::SharedState;

pub const SESSION_COOKIE: &str = "ostoja_session";
/// Binds a sign-in's `state` to the browser that started it (against login CSRF).
pub const SIGN_IN_COOKIE: &str = "ostoja_sign_in";
pub const CSRF_HEADER: &str = "x-csrf-token";

/// How a request proves who it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential {
    Anonymous,
    Bearer(String),
    /// The session cookie's value.
    Session(String),
}

/// A principal and how long its credential lasts.
pub struct Authenticated {
    pub principal: Principal,
    pub expires_at: Option<DateTime<Utc>>,
    /// The session's CSRF token, for cookie-authenticated requests.
    pub csrf_token: Option<String>,
    /// The request's tenant transaction, when checking the principal opened it.
    pub tenant_tx: Option<kernel::db::TenantTx>,
}

impl Authenticated {
    pub(crate) fn anonymous() -> Self {
        Authenticated {
            principal: Principal::Anonymous,
            expires_at: None,
            csrf_token: None,
            tenant_tx: None,
        }
    }
}

/// The credential of a request: `Authorization: Bearer` wins over the session cookie.
pub fn credential(headers: &HeaderMap) -> Result<Credential, Error> {
    if let Some(value) = headers.get(header::AUTHORIZATION) {
        let value = value.to_str().map_err(|_| {
            Error::Unauthenticated("the Authorization header is not readable text".to_owned())
        })?;
        return bearer(value).map(Credential::Bearer);
    }
    Ok(session_cookie(headers).map_or(Credential::Anonymous, Credential::Session))
}

fn bearer(value: &str) -> Result<String, Error> {
    value
        .strip_prefix("Bearer ")
        .or_else(|| value.strip_prefix("bearer "))
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .ok_or_else(|| {
            Error::Unauthenticated("expected `Authorization: Bearer <token>`".to_owned())
        })
}

/// The credential in a subscription's `connection_init` payload.
pub fn connection_credential(payload: &serde_json::Value) -> Result<Option<Credential>, Error> {
    let header = payload
        .get("Authorization")
        .or_else(|| payload.get("authorization"))
        .and_then(|v| v.as_str());
    if let Some(value) = header {
        return bearer(value).map(|t| Some(Credential::Bearer(t)));
    }
    Ok(payload
        .get("authToken")
        .or_else(|| payload.get("token"))
        .and_then(|v| v.as_str())
        .map(|t| Credential::Bearer(t.to_owned())))
}

pub fn session_cookie(headers: &HeaderMap) -> Option<String> {
    cookie_named(headers, SESSION_COOKIE)
}

fn cookie_named(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == name)
        .map(|c| c.value().to_owned())
}

fn digest(text: &str) -> [u8; 32] {
    Sha256::digest(text.as_bytes()).into()
}

/// A cookie-authenticated request must come from our own origin and carry the session's
/// CSRF token; a cross-site page can do neither.
pub fn check_same_site(
    state: &SharedState,
    headers: &HeaderMap,
    csrf_token: Option<&str>,
    presented: Option<&str>,
) -> Result<(), Error> {
    if let Some(origin) = headers.get(header::ORIGIN) {
        if origin.as_bytes() != state.public_url.as_bytes() {
            return Err(Error::Forbidden(
                "cross-site request refused: the Origin is not this site".to_owned(),
            ));
        }
    }
    if headers
        .get("sec-fetch-site")
        .is_some_and(|v| v.as_bytes() == b"cross-site")
    {
        return Err(Error::Forbidden("cross-site request refused".to_owned()));
    }
    match (csrf_token, presented) {
        // Compared as digests, so the time taken says nothing about the token.
        (Some(expected), Some(given)) if digest(expected) == digest(given) => Ok(()),
        _ => Err(Error::Forbidden(format!(
            "a request signed in with the session cookie must carry the session's CSRF token in {CSRF_HEADER} (GET /auth/session returns it)"
        ))),
    }
}

/// The key a principal's requests are counted under.
pub fn principal_key(principal: &Principal) -> Option<String> {
    match principal.actor() {
        Actor::User { id, .. } => Some(format!("user:{id}")),
        Actor::Coordinator { id, .. } => Some(format!("coordinator:{id}")),
        Actor::Operator { id, .. } => Some(format!("operator:{id}")),
        Actor::Anonymous | Actor::System(_) => None,
    }
}

/// The client's address: the peer, or the last `X-Forwarded-For` hop — the one the trusted
/// ingress appended; earlier ones are the client's to invent.
pub fn client_address(state: &SharedState, headers: &HeaderMap, peer: SocketAddr) -> String {
    if state.config.http.trust_forwarded_for {
        if let Some(first) = headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .map(str::trim)
            .filter(|v| v.parse::<std::net::IpAddr>().is_ok())
        {
            return first.to_owned();
        }
    }
    peer.ip().to_string()
}

/// An error for people in a browser: a short Polish page, the code in `data-code`.
fn page(status: StatusCode, code: &str, message: &str) -> Response {
    let body = format!(
        "<!doctype html><html lang=\"pl\"><head><meta charset=\"utf-8\"><title>Ostoja — logowanie</title></head>\
         <body><h1>Logowanie nie powiodło się</h1><p data-code=\"{code}\">{}</p>\
         <p><a href=\"/\">Wróć do strony głównej</a></p></body></html>",
        html_escape(message)
    );
    (status, [(header::CACHE_CONTROL, "no-store")], Html(body)).into_response()
}

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn error_page(err: &Error) -> Response {
    err.log_if_internal();
    let (status, message) = match err {
        Error::RateLimited {
            retry_after_seconds,
        } => {
            let mut resp = page(
                StatusCode::TOO_MANY_REQUESTS,
                "RATE_LIMITED",
                &format!("Zbyt wiele prób logowania. Spróbuj ponownie za {retry_after_seconds} s."),
            );
            if let Ok(v) = HeaderValue::from_str(&retry_after_seconds.to_string()) {
                resp.headers_mut().insert(header::RETRY_AFTER, v);
            }
            return resp;
        }
        Error::Unauthenticated(_) => (
            StatusCode::UNAUTHORIZED,
            "Dostawca tożsamości nie potwierdził logowania. Zacznij logowanie od nowa.",
        ),
        Error::Forbidden(m) => {
            return page(
                StatusCode::FORBIDDEN,
                "FORBIDDEN",
                &format!("Brak dostępu: {m}"),
            )
        }
        Error::BadUserInput(m) => {
            return page(StatusCode::BAD_REQUEST, "BAD_USER_INPUT", m);
        }
        Error::NotFound => (
            StatusCode::NOT_FOUND,
            "Nie znaleziono takiej gminy, regionu ani ustawień logowania.",
        ),
        Error::Unavailable(_) => (
            StatusCode::SERVICE_UNAVAILABLE,
            "Logowanie jest chwilowo niedostępne. Spróbuj ponownie za chwilę.",
        ),
        Error::Conflict(_) | Error::Internal { .. } => (
            StatusCode::INTERNAL_SERVER_ERROR,
            "Wystąpił błąd serwera. Spróbuj ponownie później.",
        ),
    };
    page(status, err.code().as_str(), message)
}

#[derive(Deserialize)]
pub struct LoginParams {
    tenant: Option<String>,
    region: Option<String>,
    operators: Option<bool>,
    return_to: Option<String>,
}

/// Only paths of this site: never `//host` or `https://…` (an open redirect).
fn safe_return_to(raw: Option<&str>) -> Result<String, Error> {
    match raw {
        None => Ok("/".to_owned()),
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.contains('\\')
                && path.len() <= 512
                && path.bytes().all(|b| b.is_ascii_graphic()) =>
        {
            Ok(path.to_owned())
        }
        Some(_) => Err(Error::BadUserInput(
            "return_to musi być ścieżką w tym serwisie, np. /sprawy".to_owned(),
        )),
    }
}

async fn scope_of(state: &SharedState, params: &LoginParams) -> Result<ProviderScope, Error> {
    let bad_slug =
        || Error::BadUserInput("Niepoprawny identyfikator gminy lub regionu.".to_owned());
    let tx = state.db.platform().await?;
    let scope = match (
        &params.tenant,
        &params.region,
        params.operators.unwrap_or(false),
    ) {
        (Some(slug), None, false) => {
            let slug = Slug::parse(slug).map_err(|_| bad_slug())?;
            let tenant = tenancy::find_tenant_by_slug(&tx, &slug)
                .await?
                .ok_or(Error::NotFound)?;
            if !tenant.active {
                return Err(Error::Forbidden(
                    "gmina jest wyłączona na tej platformie".to_owned(),
                ));
            }
            ProviderScope::Tenant(tenant.id)
        }
        (None, Some(slug), false) => {
            let slug = Slug::parse(slug).map_err(|_| bad_slug())?;
            let region = tenancy::find_region_by_slug(&tx, &slug)
                .await?
                .ok_or(Error::NotFound)?;
            ProviderScope::Region(region.id)
        }
        (None, None, true) => ProviderScope::Operators,
        _ => {
            return Err(Error::BadUserInput(
                "Podaj dokładnie jedno: tenant=<gmina>, region=<region> albo operators=true."
                    .to_owned(),
            ))
        }
    };
    tx.commit().await?;
    Ok(scope)
}

fn redirect_uri(state: &SharedState) -> String {
    format!("{}/auth/callback", state.public_url)
}

/// `GET /auth/login?tenant=SLUG` (or `region=SLUG`, `operators=true`; optional `return_to`):
/// starts the authorization-code flow with PKCE, `state` and `nonce` at the scope's provider.
pub async fn login(
    State(state): State<SharedState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    params: Result<Query<LoginParams>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let result = async {
        state
            .limits
            .check(Bucket::SignIn, &client_address(&state, &headers, peer))
            .await?;
        let Query(params) = params
            .map_err(|_| Error::BadUserInput("Niepoprawne parametry logowania.".to_owned()))?;
        let return_to = safe_return_to(params.return_to.as_deref())?;
        let scope = scope_of(&state, &params).await?;
        let tx = state.db.platform().await?;
        let provider = identity::provider::find_provider_for_scope(&tx, scope)
            .await?
            .ok_or(Error::NotFound)?;
        tx.commit().await?;
        let secret = provider.client_secret(&state.master_key)?;
        let start = state
            .oidc
            .start(&provider, &secret, &redirect_uri(&state))
            .await?;
        state
            .sessions
            .remember_sign_in(
                &start.state,
                &PendingSignIn {
                    provider: provider.id,
                    nonce: start.nonce,
                    pkce_verifier: start.pkce_verifier,
                    return_to,
                },
            )
            .await?;
        Ok::<_, Error>((start.authorize_url, start.state))
    }
    .await;
    match result {
        Ok((url, sign_in_state)) => {
            let cookie = Cookie::build((SIGN_IN_COOKIE, sign_in_state))
                .http_only(true)
                .secure(state.config.cookie_secure())
                .same_site(SameSite::Lax)
                .path("/auth")
                .max_age(cookie::time::Duration::minutes(10))
                .build();
            redirect(&url, Some(cookie))
        }
        Err(e) => error_page(&e),
    }
}

fn redirect(location: &str, cookie: Option<Cookie<'static>>) -> Response {
    let mut resp = (StatusCode::SEE_OTHER, [(header::CACHE_CONTROL, "no-store")]).into_response();
    if let Ok(v) = HeaderValue::from_str(location) {
        resp.headers_mut().insert(header::LOCATION, v);
    }
    if let Some(cookie) = cookie {
        if let Ok(v) = HeaderValue::from_str(&cookie.to_string()) {
            resp.headers_mut().insert(header::SET_COOKIE, v);
        }
    }
    resp
}

pub(crate) fn session_cookie_value(state: &SharedState, value: String) -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, value))
        .http_only(true)
        .secure(state.config.cookie_secure())
        .same_site(SameSite::Lax)
        .path("/")
        .build()
}

#[derive(Deserialize)]
pub struct CallbackParams {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

/// `GET /auth/callback`: checks `state` (once), exchanges the code with the PKCE verifier,
/// verifies the ID token and its `nonce`, provisions the user and starts a session.
pub async fn callback(
    State(state): State<SharedState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    params: Result<Query<CallbackParams>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let result = async {
        state
            .limits
            .check(Bucket::SignIn, &client_address(&state, &headers, peer))
            .await?;
        let Query(params) = params
            .map_err(|_| Error::BadUserInput("Niepoprawna odpowiedź dostawcy tożsamości.".to_owned()))?;
        let expired = || {
            Error::BadUserInput(
                "Link logowania wygasł albo został już użyty. Zacznij logowanie od nowa.".to_owned(),
            )
        };
        let sign_in_state = params.state.as_deref().ok_or_else(expired)?;
        // Only the browser that started this sign-in may finish it: a link with someone
        // else's state must not sign this browser in as them.
        if cookie_named(&headers, SIGN_IN_COOKIE).as_deref() != Some(sign_in_state) {
            return Err(Error::BadUserInput(
                "To logowanie zaczęto w innej przeglądarce albo link wygasł. Zacznij logowanie od nowa."
                    .to_owned(),
            ));
        }
        // Taken before anything else, so a replayed or failed callback cannot be retried.
        let pending = state
            .sessions
            .take_sign_in(sign_in_state)
            .await?
            .ok_or_else(expired)?;
        if let Some(error) = &params.error {
            tracing::info!(error = %untrusted(error), "provider refused sign-in");
            return Err(Error::Unauthenticated("refused by the provider".to_owned()));
        }
        let code = params
            .code
            .as_deref()
            .filter(|c| !c.is_empty() && c.len() <= 2048)
            .ok_or_else(|| Error::BadUserInput("Brak kodu logowania w odpowiedzi dostawcy.".to_owned()))?;
        let tx = state.db.platform().await?;
        let provider = identity::provider::find_provider(&tx, pending.provider)
            .await?
            .ok_or_else(expired)?;
        tx.commit().await?;
        let secret = provider.client_secret(&state.master_key)?;
        let (who, id_token) = state
            .oidc
            .finish(
                &provider,
                &secret,
                &redirect_uri(&state),
                code,
                &pending.pkce_verifier,
                &pending.nonce,
            )
            .await?;
        let (account, _) = sign_in_browser(&state, &provider, &who, &headers).await?;
        let (session_id, _) = state
            .sessions
            .create(account, provider.id, Some(id_token))
            .await?;
        Ok::<_, Error>((pending.return_to, session_id))
    }
    .await;
    match result {
        Ok((return_to, session_id)) => {
            let location = format!("{}{return_to}", state.public_url);
            redirect(&location, Some(session_cookie_value(&state, session_id)))
        }
        Err(e) => error_page(&e),
    }
}

async fn sign_in_browser(
    state: &SharedState,
    provider: &IdentityProvider,
    who: &VerifiedIdentity,
    headers: &HeaderMap,
) -> Result<(Account, Principal), Error> {
    let audit = AuditContext {
        actor: Actor::System("single sign-on".to_owned()),
        operation: "signIn".to_owned(),
        request_id: headers
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned),
        sink: Some(state.audit.clone() as std::sync::Arc<dyn kernel::db::AuditSink>),
    };
    signin::sign_in(&state.db, provider, who, Arrival::Browser, audit).await
}

/// `POST /auth/logout`: ends the session and continues at the provider's end-session
/// endpoint when it has one.
pub async fn logout(State(state): State<SharedState>, headers: HeaderMap) -> Response {
    if let Some(origin) = headers.get(header::ORIGIN) {
        if origin.as_bytes() != state.public_url.as_bytes() {
            return error_page(&Error::Forbidden(
                "wylogowanie z innej strony jest zablokowane".to_owned(),
            ));
        }
    }
    let after = format!("{}/", state.public_url);
    let removal = {
        let mut c = session_cookie_value(&state, String::new());
        c.make_removal();
        c
    };
    let Some(id) = session_cookie(&headers) else {
        return leave(&headers, &after, removal);
    };
    let ended = match state.sessions.end(&id).await {
        Ok(s) => s,
        Err(e) => {
            // The browser forgets the session even if the store cannot be reached now.
            let mut page = error_page(&e);
            if let Ok(v) = HeaderValue::from_str(&removal.to_string()) {
                page.headers_mut().insert(header::SET_COOKIE, v);
            }
            return page;
        }
    };
    let mut location = after.clone();
    if let Some(session) = ended {
        let provider = async {
            let tx = state.db.platform().await.ok()?;
            identity::provider::find_provider(&tx, session.provider)
                .await
                .ok()
                .flatten()
        }
        .await;
        if let Some(provider) = provider {
            if let Some(url) = state
                .oidc
                .end_session_url(&provider, session.id_token.as_deref(), &after)
                .await
            {
                location = url;
            }
        }
    }
    leave(&headers, &location, removal)
}

/// Where sign-out continues: a redirect, or for the web app (`Accept: application/json`) the
/// address as JSON, which it navigates to (a redirect after a form post to the provider would
/// break the CSP's `form-action 'self'`).
fn leave(headers: &HeaderMap, location: &str, removal: Cookie<'static>) -> Response {
    let wants_json = headers
        .get(header::ACCEPT)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if !wants_json {
        return redirect(location, Some(removal));
    }
    let mut resp = no_store(json!({ "location": location }));
    if let Ok(v) = HeaderValue::from_str(&removal.to_string()) {
        resp.headers_mut().insert(header::SET_COOKIE, v);
    }
    resp
}

/// `GET /auth/session`: the signed-in person and the CSRF token the web client sends back. Nobody
/// signed in (no cookie, or a session that has ended) is an answer too, not an error: `200` with
/// `{"signedIn": false, "devLogin": …}`, so the app's first request before sign-in fails nothing
/// in the browser.
pub async fn session(State(state): State<SharedState>, headers: HeaderMap) -> Response {
    // Whether the sign-in screen offers development sign-in: it asks for the demo's people only
    // then, so a production sign-in screen makes no request that fails.
    let dev_login = state.config.dev_login_enabled() && state.dev_tokens.is_some();
    let signed_out = || no_store(json!({ "signedIn": false, "devLogin": dev_login }));
    let Some(id) = session_cookie(&headers) else {
        return signed_out();
    };
    match state
        .authenticate(&Credential::Session(id), Check::Alone)
        .await
    {
        Ok(auth) => {
            let actor = auth.principal.actor();
            let login = match &actor {
                Actor::User { login, .. }
                | Actor::Coordinator { login, .. }
                | Actor::Operator { login, .. } => login.clone(),
                _ => String::new(),
            };
            no_store(json!({
                "signedIn": true,
                "kind": actor.kind(),
                "login": login,
                "csrfToken": auth.csrf_token,
                "expiresAt": auth.expires_at,
            }))
        }
        Err(Error::Unauthenticated(_)) => signed_out(),
        Err(e) => crate::respond::error_response(&e),
    }
}

/// A JSON answer no cache keeps.
fn no_store(body: serde_json::Value) -> Response {
    ([(header::CACHE_CONTROL, "no-store")], Json(body)).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn return_to_is_a_local_path() {
        assert_eq!(safe_return_to(None).unwrap(), "/");
        assert_eq!(safe_return_to(Some("/sprawy?x=1")).unwrap(), "/sprawy?x=1");
        for bad in [
            "//evil.example",
            "https://evil.example",
            "/\\evil",
            "sprawy",
            "/a b",
        ] {
            assert!(safe_return_to(Some(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn bearer_wins_over_the_cookie() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; ostoja_session=abc"),
        );
        assert_eq!(
            credential(&h).unwrap(),
            Credential::Session("abc".to_owned())
        );
        h.insert(header::AUTHORIZATION, HeaderValue::from_static("Bearer t"));
        assert_eq!(credential(&h).unwrap(), Credential::Bearer("t".to_owned()));
        h.insert(header::AUTHORIZATION, HeaderValue::from_static("Basic x"));
        assert!(matches!(credential(&h), Err(Error::Unauthenticated(_))));
    }
}
