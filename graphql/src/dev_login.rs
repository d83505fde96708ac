//! Development sign-in, for the demo: lists a municipality's staff and starts a real cookie
//! session for the person chosen, without an identity provider. Only while development login is
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

#[derive(Deserialize)]
pub struct UsersParams {
    tenant: String,
}

#[derive(Deserialize)]
pub struct DevLogin {
    tenant: String,
    login: String,
}

fn bad_tenant() -> Error {
    Error::BadUserInput("Niepoprawny identyfikator gminy.".to_owned())
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
        let slug = Slug::parse(&params.tenant).map_err(|_| bad_tenant())?;
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
                "Nie ma takiej gminy.",
            )),
        )
            .into_response(),
        Err(e) => error_response(&e),
    }
}

/// `POST /auth/dev-login` with `{"tenant": …, "login": …}` (JSON, which a cross-site form cannot
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
        let subject = Subject::Staff {
            tenant: Slug::parse(&body.tenant).map_err(|_| bad_tenant())?,
            login: Login::parse(&body.login)
                .map_err(|_| Error::BadUserInput("Niepoprawny login.".to_owned()))?,
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
