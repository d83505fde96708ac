//! Development sign-in, for the demo: lists a municipality's staff (or a region's coordinators)
//! and starts a real cookie session for the person chosen, without an identity provider. Only while development login is
//! enabled (otherwise both routes answer 404 like any unknown path); the production profile
//! refuses to enable it. The session is the one single sign-on starts, so everything after it
//! (CSRF token, sign-out, checks on every request) is the real thing.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use identity::session::Account;
use identity::{Login, Subject};
use kernel::db::{AuditContext, AuditSink};
use kernel::slug::Slug;
use kernel::{Actor, Error, GlobalId, NodeType, Principal};
use serde::Deserialize;
use serde_json::json;

use crate::auth::{client_address, session_cookie_value};
use crate::limits::Bucket;
use crate::respond::error_response;
use crate::state::SharedState;

/// A municipality's staff (`tenant`), a region's coordinators (`region`), or the operators
/// (`operators=true`).
#[derive(Deserialize)]
pub struct UsersParams {
    tenant: Option<String>,
    region: Option<String>,
    #[serde(default)]
    operators: bool,
}

#[derive(Deserialize)]
pub struct DevLogin {
    tenant: Option<String>,
    region: Option<String>,
    #[serde(default)]
    operators: bool,
    login: String,
}

fn bad_tenant() -> Error {
    Error::BadUserInput("Niepoprawny identyfikator gminy lub regionu.".to_owned())
}

/// `GET /auth/dev-login?tenant=SLUG`: the municipality's active staff (login, name, roles).
pub async fn users(
    State(state): State<SharedState>,
    params: Result<Query<UsersParams>, QueryRejection>,
) -> Response {
    if !state.config.dev_login_enabled() {
        return crate::respond::not_found().await;
    }
    let result = async {
        let Query(params) = params.map_err(|_| bad_tenant())?;
        if params.operators {
            return operators(&state).await;
        }
        if let (None, Some(region)) = (&params.tenant, &params.region) {
            return coordinators(&state, region).await;
        }
        let slug = Slug::parse(params.tenant.as_deref().unwrap_or_default())
            .map_err(|_| bad_tenant())?;
        let ptx = state.db.platform().await?;
        let tenant = tenancy::find_tenant_by_slug(&ptx, &slug)
            .await?
            .filter(|t| t.active)
            .ok_or(Error::NotFound)?;
        ptx.commit().await?;
        let tx = state
            .db
            .tenant(tenant.id, AuditContext::unaudited("development sign-in"))
            .await?;
        let users = identity::list_users(&tx, None, 100).await?;
        tx.commit().await?;
        Ok::<_, Error>(
            users
                .into_iter()
                .filter(|u| !u.disabled)
                .map(|u| {
                    let roles: Vec<&str> = u.roles().into_iter().map(|r| r.as_str()).collect();
                    json!({ "login": u.login.as_str(), "displayName": u.display_name, "roles": roles })
                })
                .collect::<Vec<_>>(),
        )
    }
    .await;
    match result {
        Ok(users) => (
            [(header::CACHE_CONTROL, "no-store")],
            Json(json!({ "users": users })),
        )
            .into_response(),
        Err(Error::NotFound) => (
            StatusCode::NOT_FOUND,
            Json(crate::respond::error_body(
                kernel::ErrorCode::NotFound,
                "Nie ma takiej gminy ani regionu.",
            )),
        )
            .into_response(),
        Err(e) => error_response(&e),
    }
}

/// A region's active coordinators, as [`users`] lists staff.
async fn coordinators(state: &SharedState, region: &str) -> Result<Vec<serde_json::Value>, Error> {
    let slug = Slug::parse(region).map_err(|_| bad_tenant())?;
    let tx = state.db.platform().await?;
    let region = tenancy::find_region_by_slug(&tx, &slug)
        .await?
        .ok_or(Error::NotFound)?;
    let list = identity::list_coordinators(&tx, region.id).await?;
    tx.commit().await?;
    Ok(list
        .into_iter()
        .filter(|c| !c.disabled)
        .map(|c| {
            json!({ "login": c.login, "displayName": c.display_name, "roles": ["regional_coordinator"] })
        })
        .collect())
}

/// The active operators, as [`users`] lists staff.
async fn operators(state: &SharedState) -> Result<Vec<serde_json::Value>, Error> {
    let tx = state.db.platform().await?;
    let list = identity::list_operators(&tx).await?;
    tx.commit().await?;
    Ok(list
        .into_iter()
        .filter(|o| !o.disabled)
        .map(|o| json!({ "login": o.login, "displayName": o.display_name, "roles": ["operator"] }))
        .collect())
}

/// `POST /auth/dev-login` with `{"tenant": …, "login": …}` (or `"region"` for a coordinator) (JSON, which a cross-site form cannot
/// send, and from our own origin): a session cookie for that person.
pub async fn login(
    State(state): State<SharedState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Result<Json<DevLogin>, JsonRejection>,
) -> Response {
    if !state.config.dev_login_enabled() {
        return crate::respond::not_found().await;
    }
    let result = async {
        same_origin(&state, &headers)?;
        state
            .limits
            .check(Bucket::SignIn, &client_address(&state, &headers, peer))
            .await?;
        let Json(body) = body.map_err(|rejection| {
            Error::BadUserInput(format!(
                "expected a JSON body {{\"tenant\", \"login\"}}: {}",
                rejection.body_text()
            ))
        })?;
        let login = Login::parse(&body.login)
            .map_err(|_| Error::BadUserInput("Niepoprawny login.".to_owned()))?;
        if body.operators {
            let Principal::Operator(o) =
                identity::resolve_principal(&state.db, &Subject::Operator { login }).await?
            else {
                return Err(Error::internal(
                    "development sign-in resolved a non-operator principal",
                ));
            };
            tracing::info!(operator = %o.login, "development sign-in");
            let (id, _) = state
                .sessions
                .create(
                    Account::Operator { id: o.operator },
                    uuid::Uuid::nil(),
                    None,
                )
                .await?;
            return Ok(id);
        }
        if let (None, Some(region)) = (&body.tenant, &body.region) {
            let subject = Subject::Coordinator {
                region: Slug::parse(region).map_err(|_| bad_tenant())?,
                login,
            };
            let Principal::Coordinator(c) =
                identity::resolve_principal(&state.db, &subject).await?
            else {
                return Err(Error::internal(
                    "development sign-in resolved a non-coordinator principal",
                ));
            };
            tracing::info!(coordinator = %c.login, region = %c.region_slug, "development sign-in");
            let (id, _) = state
                .sessions
                .create(
                    Account::Coordinator { id: c.coordinator },
                    uuid::Uuid::nil(),
                    None,
                )
                .await?;
            return Ok(id);
        }
        let subject = Subject::Staff {
            tenant: Slug::parse(body.tenant.as_deref().unwrap_or_default())
                .map_err(|_| bad_tenant())?,
            login,
        };
        let Principal::Staff(staff) = identity::resolve_principal(&state.db, &subject).await?
        else {
            return Err(Error::internal(
                "development sign-in resolved a non-staff principal",
            ));
        };
        // The sign-in is in the municipality's trail, like one through single sign-on.
        let tx = state
            .db
            .tenant(
                staff.tenant,
                AuditContext {
                    actor: Actor::User {
                        id: staff.user,
                        login: staff.login.clone(),
                    },
                    operation: "devSignIn".to_owned(),
                    request_id: headers
                        .get("x-request-id")
                        .and_then(|v| v.to_str().ok())
                        .map(str::to_owned),
                    sink: Some(state.audit.clone() as Arc<dyn AuditSink>),
                },
            )
            .await?;
        tx.touch(GlobalId::new(NodeType::User, staff.user).encode());
        tx.commit().await?;
        let account = Account::Staff {
            tenant: staff.tenant,
            user: staff.user,
        };
        // No provider: sign-out ends here and returns to the start page.
        let (id, _) = state
            .sessions
            .create(account, uuid::Uuid::nil(), None)
            .await?;
        Ok::<_, Error>(id)
    }
    .await;
    match result {
        Ok(id) => {
            let mut response = (
                StatusCode::NO_CONTENT,
                [(header::CACHE_CONTROL, "no-store")],
            )
                .into_response();
            if let Ok(v) = HeaderValue::from_str(&session_cookie_value(&state, id).to_string()) {
                response.headers_mut().insert(header::SET_COOKIE, v);
            }
            response
        }
        Err(e) => error_response(&e),
    }
}

/// Like `/auth/logout`: a browser on another site is refused.
fn same_origin(state: &SharedState, headers: &HeaderMap) -> Result<(), Error> {
    let foreign_origin = headers
        .get(header::ORIGIN)
        .is_some_and(|o| o.as_bytes() != state.public_url.as_bytes());
    // A sibling host (`same-site`) is another site as far as a sign-in goes: only our own
    // pages (`same-origin`) or the person typing the address (`none`) may sign in.
    let cross_site = headers
        .get("sec-fetch-site")
        .is_some_and(|v| !matches!(v.as_bytes(), b"same-origin" | b"none"));
    if foreign_origin || cross_site {
        return Err(Error::Forbidden(
            "cross-site sign-in refused: the Origin is not this site".to_owned(),
        ));
    }
    Ok(())
}
