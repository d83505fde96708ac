//! Error answers outside GraphQL execution (limits, authentication, malformed requests): the
//! HTTP status for the code, the GraphQL error body, and `Retry-After` when rate-limited.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use kernel::{Error, ErrorCode};
use serde_json::json;

pub(crate) fn error_body(code: ErrorCode, message: &str) -> serde_json::Value {
    json!({ "errors": [ { "message": message, "extensions": { "code": code.as_str() } } ] })
}

pub fn error_response(err: &Error) -> Response {
    err.log_if_internal();
    let status = match err.code() {
        ErrorCode::Unauthenticated => StatusCode::UNAUTHORIZED,
        ErrorCode::Forbidden => StatusCode::FORBIDDEN,
        ErrorCode::RateLimited => StatusCode::TOO_MANY_REQUESTS,
        ErrorCode::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        ErrorCode::BadUserInput => StatusCode::BAD_REQUEST,
        ErrorCode::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        ErrorCode::NotFound | ErrorCode::Conflict => StatusCode::OK,
    };
    metrics::counter!("ostoja_graphql_errors_total", "code" => err.code().as_str()).increment(1);
    let mut resp = (status, Json(error_body(err.code(), &err.public_message()))).into_response();
    if let Error::RateLimited {
        retry_after_seconds,
    } = err
    {
        if let Ok(v) = HeaderValue::from_str(&retry_after_seconds.to_string()) {
            resp.headers_mut().insert(header::RETRY_AFTER, v);
        }
    }
    resp
}

/// Any path the server does not serve (and the development sign-in while it is off).
pub(crate) async fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        Json(error_body(ErrorCode::NotFound, "no such endpoint")),
    )
        .into_response()
}
