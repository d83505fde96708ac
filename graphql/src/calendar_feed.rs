//! `GET /kalendarz/<municipality>.ics`: a municipality's public events calendar as an
//! iCalendar feed that calendar applications subscribe to, without signing in; the same
//! events as `publicEvents`, from the same per-process cache, limited like any anonymous read.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::auth;
use crate::limits::Bucket;
use crate::respond::error_response;
use crate::state::SharedState;

pub(crate) async fn feed(
    State(state): State<SharedState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Path(file): Path<String>,
) -> Response {
    let address = auth::client_address(&state, &headers, peer);
    if let Err(e) = state.limits.check(Bucket::PublicAddress, &address).await {
        return error_response(&e);
    }
    let Some(slug) = file.strip_suffix(".ics") else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let found = match strategy::calendar::municipality(&state.db, slug).await {
        Ok(found) => found,
        Err(e) => return error_response(&e),
    };
    let Some((tenant, name)) = found else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let published = match state.public.calendar.of(&state.db, tenant).await {
        Ok(published) => published,
        Err(e) => return error_response(&e),
    };
    let body = strategy::calendar::ics(&name, &published, chrono::Utc::now());
    let mut resp = body.into_response();
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/calendar; charset=utf-8"),
    );
    // The same for everyone: caches may keep it as long as the server's own copy.
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=60"),
    );
    if let Ok(v) = HeaderValue::from_str(&format!("inline; filename=\"{slug}.ics\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    resp
}
