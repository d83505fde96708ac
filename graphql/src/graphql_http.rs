//! GraphQL over HTTP (<https://graphql.github.io/graphql-over-http/draft/>) on `/graphql`:
//! content negotiation, `POST` with a JSON body, queries over `GET`, GraphiQL for a browser, and
//! the status codes each response media type gets.
//!
//! `application/json` answers 200 whenever the request was well-formed JSON (errors in the body);
//! `application/graphql-response+json` answers 400 without a `data` entry when the request failed
//! before execution (syntax, validation, variables) and 200 once execution started.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

use async_graphql::parser::types::OperationType;
use async_graphql::ServerError;
use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Json;
use identity::principals::Check;
use kernel::db::TenantTx;
use kernel::{Error, ErrorCode, Principal};
use serde::Deserialize;

use crate::auth::{self, Credential};
use crate::checks;
use crate::limits::Bucket;
use crate::respond::{error_body, error_response};
use crate::state::SharedState;

/// The media type of a GraphQL response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaType {
    /// `application/json`: the legacy type, 200 for every well-formed request.
    Json,
    /// `application/graphql-response+json`: request errors answer 400 with no `data`.
    GraphqlResponse,
}

impl MediaType {
    fn content_type(self) -> HeaderValue {
        match self {
            MediaType::Json => HeaderValue::from_static("application/json"),
            MediaType::GraphqlResponse => {
                HeaderValue::from_static("application/graphql-response+json; charset=utf-8")
            }
        }
    }
}

/// What the client's `Accept` asks for.
#[derive(Debug, PartialEq)]
pub struct Negotiated {
    /// The GraphQL media type to answer with; `None` when the client accepts neither (406).
    pub media: Option<MediaType>,
    /// The client prefers an HTML page (a browser): GraphiQL, when enabled.
    pub html: bool,
}

/// Reads `Accept` as RFC 9110 has it: media ranges with optional `q` weights. A missing (or
/// empty) header means `application/json`; `*/*` gets `application/json` too, the type every
/// client understands; `application/graphql-response+json` is used when the client ranks it
/// higher or names it where only wildcards name `application/json`.
pub fn negotiate(headers: &HeaderMap) -> Negotiated {
    let accept = match headers.get(header::ACCEPT).map(|v| v.to_str()) {
        None => "",
        Some(Ok(v)) => v,
        // Not text: nothing in it can be read as a media range.
        Some(Err(_)) => {
            return Negotiated {
                media: None,
                html: false,
            }
        }
    };
    if accept.trim().is_empty() {
        return Negotiated {
            media: Some(MediaType::Json),
            html: false,
        };
    }
    let ranges = media_ranges(accept);
    let json = weight(&ranges, "application", "json");
    let gql = weight(&ranges, "application", "graphql-response+json");
    let best = match (json, gql) {
        (Some(j), Some(g)) if g > j => Some((MediaType::GraphqlResponse, g)),
        (Some(j), _) => Some((MediaType::Json, j)),
        (None, Some(g)) => Some((MediaType::GraphqlResponse, g)),
        (None, None) => None,
    };
    // Only a range naming HTML (not `*/*`) makes a page the answer.
    let html = weight(&ranges, "text", "html")
        .filter(|(_, specificity)| *specificity > 0)
        .is_some_and(|(q, _)| best.is_none_or(|(_, (bq, _))| q >= bq));
    Negotiated {
        media: best.map(|(m, _)| m),
        html,
    }
}

/// `(type, subtype, q)` in thousandths, so that weights compare exactly.
fn media_ranges(accept: &str) -> Vec<(String, String, u16)> {
    accept
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let (ty, sub) = parts.next()?.trim().split_once('/')?;
            let mut q = 1000;
            for param in parts {
                if let Some((k, v)) = param.split_once('=') {
                    if k.trim().eq_ignore_ascii_case("q") {
                        // A weight that is not a number makes the range unreadable: skipped.
                        let v: f32 = v.trim().parse().ok()?;
                        if !(0.0..=1.0).contains(&v) {
                            return None;
                        }
                        q = (v * 1000.0).round() as u16;
                    }
                }
            }
            Some((
                ty.trim().to_ascii_lowercase(),
                sub.trim().to_ascii_lowercase(),
                q,
            ))
        })
        .collect()
}

/// The weight of the most specific range matching `ty/sub` (2: exact, 1: `ty/*`, 0: `*/*`),
/// and that specificity; `None` when no range matches or the match has weight 0.
fn weight(ranges: &[(String, String, u16)], ty: &str, sub: &str) -> Option<(u16, u8)> {
    let mut found: Option<(u16, u8)> = None;
    for (rt, rs, q) in ranges {
        let specificity = if rt == ty && rs == sub {
            2
        } else if rt == ty && rs == "*" {
            1
        } else if rt == "*" && rs == "*" {
            0
        } else {
            continue;
        };
        if found.is_none_or(|(_, s)| specificity > s) {
            found = Some((*q, specificity));
        }
    }
    found.filter(|(q, _)| *q > 0)
}

/// `Content-Type: application/json`, with no charset or `utf-8`. Requiring it also keeps
/// plain HTML forms (which cannot send it without a CORS preflight) from posting here.
fn is_json_body(headers: &HeaderMap) -> bool {
    let Some(value) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let mut parts = value.split(';');
    let essence = parts.next().unwrap_or_default().trim();
    essence.eq_ignore_ascii_case("application/json")
        && parts.all(|param| match param.split_once('=') {
            Some((k, v)) if k.trim().eq_ignore_ascii_case("charset") => {
                v.trim().trim_matches('"').eq_ignore_ascii_case("utf-8")
            }
            _ => true,
        })
}

fn refusal(status: StatusCode, message: &str) -> Response {
    (status, Json(error_body(ErrorCode::BadUserInput, message))).into_response()
}

fn not_acceptable() -> Response {
    refusal(
        StatusCode::NOT_ACCEPTABLE,
        "the response can be application/json or application/graphql-response+json; the Accept header allows neither",
    )
}

fn post_only(message: &str) -> Response {
    let mut resp = refusal(StatusCode::METHOD_NOT_ALLOWED, message);
    resp.headers_mut()
        .insert(header::ALLOW, HeaderValue::from_static("POST"));
    resp
}

/// Answers in the negotiated media type; GraphQL answers carry personal data, so no cache
/// (a proxy's or the browser's) may keep them.
fn finish(mut resp: Response, media: MediaType) -> Response {
    let headers = resp.headers_mut();
    headers.insert(header::CONTENT_TYPE, media.content_type());
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    resp
}

const BAD_BODY: &str = "the body must be a JSON object with a string `query` and optional `variables` and `extensions` objects and a string `operationName`";

/// `POST /graphql` with a JSON body.
pub async fn post(
    State(state): State<SharedState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let started = Instant::now();
    let address = auth::client_address(&state, &headers, peer);
    if let Err(e) = state.limits.check(Bucket::GraphqlAddress, &address).await {
        return error_response(&e);
    }
    let Some(media) = negotiate(&headers).media else {
        return not_acceptable();
    };
    if !is_json_body(&headers) {
        return finish(
            refusal(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "send the request as JSON with Content-Type: application/json",
            ),
            media,
        );
    }
    let limit = state.config.graphql.max_body_bytes;
    let bytes: Bytes = match axum::body::to_bytes(body, limit).await {
        Ok(b) => b,
        Err(_) => {
            let err = Error::BadUserInput(format!("the request body is larger than {limit} bytes"));
            let mut resp = error_response(&err);
            *resp.status_mut() = StatusCode::PAYLOAD_TOO_LARGE;
            return finish(resp, media);
        }
    };
    // async-graphql reads a body without `query` as an empty document; it is a malformed
    // request instead (the JSON is read a second time without building anything).
    let request = match (
        serde_json::from_slice::<async_graphql::Request>(&bytes),
        serde_json::from_slice::<HasQuery>(&bytes),
    ) {
        (Ok(r), Ok(_)) => r,
        _ => {
            return finish(
                error_response(&Error::BadUserInput(BAD_BODY.to_owned())),
                media,
            )
        }
    };
    // Not held while the request waits for its turn.
    drop(bytes);
    execute(&state, &headers, &address, request, media, started).await
}

#[derive(Deserialize)]
struct HasQuery {
    #[allow(dead_code)] // only its presence matters
    query: serde::de::IgnoredAny,
}

/// The parameters of `GET /graphql?query=…&variables=…&operationName=…&extensions=…`;
/// `variables` and `extensions` are JSON text.
#[derive(Deserialize)]
struct GetParams {
    query: Option<String>,
    variables: Option<String>,
    #[serde(rename = "operationName")]
    operation_name: Option<String>,
    extensions: Option<String>,
}

/// `GET /graphql`: GraphiQL for a browser (or without a query), otherwise a query when
/// `graphql.get_queries` allows it. Mutations are refused (405): a GET must change nothing.
/// Authentication is the same as for POST, so a session cookie still needs our origin and the
/// session's `X-CSRF-Token`, which a cross-site link, image or form cannot send.
pub async fn get(
    State(state): State<SharedState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let started = Instant::now();
    let negotiated = negotiate(&headers);
    let params = match Query::<GetParams>::try_from_uri(&uri) {
        Ok(Query(p)) => p,
        Err(_) => {
            return refusal(
                StatusCode::BAD_REQUEST,
                "the query string must hold `query` and optional `variables`, `operationName` and `extensions`, each once",
            )
        }
    };
    let Some(query) = params.query else {
        return graphiql(&state);
    };
    if negotiated.html && state.config.graphiql_enabled() {
        return graphiql(&state);
    }
    if !state.config.get_queries_enabled() {
        return post_only("queries over GET are disabled; send them with POST");
    }
    let address = auth::client_address(&state, &headers, peer);
    if let Err(e) = state.limits.check(Bucket::GraphqlAddress, &address).await {
        return error_response(&e);
    }
    let Some(media) = negotiated.media else {
        return not_acceptable();
    };
    let limit = state.config.graphql.max_body_bytes;
    if uri.query().map_or(0, str::len) > limit {
        let err = Error::BadUserInput(format!("the query string is longer than {limit} bytes"));
        let mut resp = error_response(&err);
        *resp.status_mut() = StatusCode::URI_TOO_LONG;
        return finish(resp, media);
    }
    let mut fields = serde_json::Map::new();
    fields.insert("query".to_owned(), query.into());
    for (name, text) in [
        ("variables", params.variables),
        ("extensions", params.extensions),
    ] {
        if let Some(text) = text {
            match serde_json::from_str::<serde_json::Value>(&text) {
                Ok(v) => {
                    fields.insert(name.to_owned(), v);
                }
                Err(_) => {
                    let message = format!("`{name}` must be URL-encoded JSON");
                    return finish(error_response(&Error::BadUserInput(message)), media);
                }
            }
        }
    }
    if let Some(name) = params.operation_name {
        fields.insert("operationName".to_owned(), name.into());
    }
    let request: async_graphql::Request =
        match serde_json::from_value(serde_json::Value::Object(fields)) {
            Ok(r) => r,
            Err(_) => {
                return finish(
                    error_response(&Error::BadUserInput(BAD_BODY.to_owned())),
                    media,
                )
            }
        };
    // A document that does not parse, or names no operation, is refused by the executor with
    // its usual request error; one that selects a mutation or subscription never gets there.
    if let Ok(doc) = async_graphql::parser::parse_query(&request.query) {
        if checks::selected_operation(&doc, request.operation_name.as_deref())
            .is_some_and(|op| op.ty != OperationType::Query)
        {
            return finish(
                post_only("GET serves queries only; send mutations with POST"),
                media,
            );
        }
    }
    execute(&state, &headers, &address, request, media, started).await
}

fn graphiql(state: &SharedState) -> Response {
    if !state.config.graphiql_enabled() {
        return post_only("GraphiQL is disabled; send queries with POST");
    }
    crate::web::graphiql(state.public_url.starts_with("https://"))
}

fn request_id(headers: &HeaderMap) -> String {
    headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// Authenticates, runs the request in its tenant transaction, commits or rolls back, and
/// answers with the status the media type gives.
async fn execute(
    state: &SharedState,
    headers: &HeaderMap,
    address: &str,
    request: async_graphql::Request,
    media: MediaType,
    started: Instant,
) -> Response {
    let Ok(_admitted) = state.admission.admit().await else {
        let mut busy = error_response(&Error::Unavailable(
            "the server is busy; try again shortly".to_owned(),
        ));
        busy.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        return finish(busy, media);
    };
    // The execution's future is large (the state of every resolver it may await): it is
    // allocated once the request is admitted, so that a waiting request costs little.
    Box::pin(run(state, headers, address, request, media, started)).await
}

/// A request's work once admitted.
async fn run(
    state: &SharedState,
    headers: &HeaderMap,
    address: &str,
    request: async_graphql::Request,
    media: MediaType,
    started: Instant,
) -> Response {
    let (principal, tenant_tx) = match authenticate_request(state, headers).await {
        Ok(p) => p,
        Err(e) => return finish(error_response(&e), media),
    };
    if let Some(key) = auth::principal_key(&principal) {
        if let Err(e) = state.limits.check(Bucket::GraphqlPrincipal, &key).await {
            return finish(error_response(&e), media);
        }
    }
    // The public directory is read without a credential: its own, smaller bucket per address.
    let anonymous = principal == Principal::Anonymous;
    if anonymous {
        if let Err(e) = state.limits.check(Bucket::PublicAddress, address).await {
            return finish(error_response(&e), media);
        }
    }
    let rc = Arc::new(
        state
            .request_context(principal, request_id(headers))
            .with_tenant_tx(tenant_tx),
    );
    let mut response = state.schema.execute(request.data(rc.clone())).await;

    let operation = rc.operation();
    let is_mutation = operation.starts_with("mutation");
    // A failed mutation writes nothing; reads are committed so their audit entry stays.
    let commit = response.errors.is_empty() || !is_mutation;
    // Refusals are recorded as such, so that probing for cases shows in the trail.
    let outcome = if response
        .errors
        .iter()
        .any(|e| has_code(e, "FORBIDDEN") || has_code(e, "NOT_FOUND"))
    {
        kernel::Outcome::Denied
    } else {
        kernel::Outcome::Ok
    };
    // Before execution starts every error is the request's (syntax, validation, limits,
    // variables) and has no path; once it started, data is present or errors have a path.
    let request_error = response.data == async_graphql::Value::Null
        && !response.errors.is_empty()
        && response.errors.iter().all(|e| e.path.is_empty());
    let mut failed = false;
    let mut unavailable = false;
    // Finished on a task of its own: a request cut by its deadline (`app::request_deadline`)
    // while committing still commits in full, with its audit entry and notifications, and a
    // repeat of it is then a CONFLICT (or, for an NK-A, the same card), never a second change.
    let finishing = rc.clone();
    let finished = tokio::spawn(async move { finishing.finish(commit, outcome).await })
        .await
        .unwrap_or_else(|_| Err(Error::internal("finishing a request panicked")));
    if let Err(e) = finished {
        e.log_if_internal();
        failed = true;
        unavailable = e.code() == ErrorCode::Unavailable;
        let answered = if unavailable {
            e
        } else {
            Error::internal("finishing a request")
        };
        response = async_graphql::Response::from_errors(vec![coded_error(&answered)]);
    }
    if !commit {
        // Nothing of the mutation was saved, so no field of it may look saved.
        response.data = async_graphql::Value::Null;
    }
    let request_level_error = checks::normalize_errors(&mut response.errors);
    let public_read = public_directory_read(&operation);
    let label = if request_level_error || operation.is_empty() {
        "invalid".to_owned()
    } else {
        operation
    };
    for e in &response.errors {
        let code = e
            .extensions
            .as_ref()
            .and_then(|x| x.get("code"))
            .map(|v| v.to_string().trim_matches('"').to_owned())
            .unwrap_or_default();
        metrics::counter!("ostoja_graphql_errors_total", "code" => code).increment(1);
    }
    metrics::counter!("ostoja_graphql_requests_total", "operation" => label.clone()).increment(1);
    metrics::histogram!("ostoja_graphql_request_duration_seconds", "operation" => label)
        .record(started.elapsed().as_secs_f64());
    // The database (or Redis) away, even for one field: 503, so that the client retries the
    // whole request rather than show a page with holes.
    let unavailable = unavailable || response.errors.iter().any(|e| has_code(e, "UNAVAILABLE"));
    let internal = failed
        || (response.errors.iter().any(|e| has_code(e, "INTERNAL"))
            && response.data == async_graphql::Value::Null);
    let response_ok = response.errors.is_empty();
    let resp = if unavailable {
        (StatusCode::SERVICE_UNAVAILABLE, Json(response)).into_response()
    } else if internal {
        (StatusCode::INTERNAL_SERVER_ERROR, Json(response)).into_response()
    } else if request_error && media == MediaType::GraphqlResponse {
        // The request never ran: no `data` entry at all.
        let body = serde_json::json!({ "errors": response.errors });
        (StatusCode::BAD_REQUEST, Json(body)).into_response()
    } else {
        (StatusCode::OK, Json(response)).into_response()
    };
    let cacheable = anonymous && !internal && response_ok && public_read;
    let mut resp = finish(resp, media);
    if cacheable {
        // The same for every anonymous caller (the public directory): caches may keep it for
        // as long as the directory's own cache does, never for a signed-in request.
        let headers = resp.headers_mut();
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=60"),
        );
        headers.insert(
            header::VARY,
            HeaderValue::from_static("Authorization, Cookie"),
        );
    }
    resp
}

/// Whether the operation (as `describe` names it: `query helpPoints,helpRegions`) is a query
/// of the public directory's root fields alone: only such an answer is the same for everyone.
/// Any other anonymous answer (the sign-in page's list, `viewer`, an error) is `no-store`.
fn public_directory_read(operation: &str) -> bool {
    operation.strip_prefix("query ").is_some_and(|fields| {
        fields
            .split(',')
            .all(|f| f == "__typename" || crate::schema::is_public_root_field(f))
            && fields.split(',').any(crate::schema::is_public_root_field)
    })
}

/// The request's principal, and its tenant transaction when checking a kept staff member
/// opened it; a session cookie also needs our origin and the CSRF token.
async fn authenticate_request(
    state: &SharedState,
    headers: &HeaderMap,
) -> Result<(Principal, Option<TenantTx>), Error> {
    let credential = auth::credential(headers)?;
    // Not yet `Check::OpeningTenantTx`: a staff request's platform reads (its municipality, its
    // region) take a second pooled connection, and requests holding their tenant transaction
    // from sign-in on while they wait for one could empty the pool for everyone.
    let authenticated = state.authenticate(&credential, Check::Alone).await?;
    if let Credential::Session(_) = credential {
        auth::check_same_site(
            state,
            headers,
            authenticated.csrf_token.as_deref(),
            headers.get(auth::CSRF_HEADER).and_then(|v| v.to_str().ok()),
        )?;
    }
    Ok((authenticated.principal, authenticated.tenant_tx))
}

/// A request-level error with its public message and code.
fn coded_error(err: &Error) -> ServerError {
    let mut e = ServerError::new(err.public_message(), None);
    e.extensions
        .get_or_insert_with(Default::default)
        .set("code", err.code().as_str());
    e
}

fn has_code(e: &ServerError, code: &str) -> bool {
    e.extensions
        .as_ref()
        .and_then(|x| x.get("code"))
        .is_some_and(|v| *v == async_graphql::Value::from(code))
}

#[cfg(test)]
mod tests {
    use super::{is_json_body, negotiate, public_directory_read, MediaType, Negotiated};
    use axum::http::{header, HeaderMap, HeaderValue};

    fn accept(value: Option<&str>) -> Negotiated {
        let mut headers = HeaderMap::new();
        if let Some(v) = value {
            headers.insert(header::ACCEPT, HeaderValue::from_str(v).unwrap());
        }
        negotiate(&headers)
    }

    #[test]
    fn accept_picks_the_preferred_graphql_type() {
        let json = Some(MediaType::Json);
        let gql = Some(MediaType::GraphqlResponse);
        assert_eq!(accept(None).media, json);
        assert_eq!(accept(Some("  ")).media, json);
        assert_eq!(accept(Some("*/*")).media, json);
        assert_eq!(accept(Some("application/*")).media, json);
        assert_eq!(accept(Some("application/json")).media, json);
        assert_eq!(accept(Some("application/graphql-response+json")).media, gql);
        assert_eq!(
            accept(Some(
                "application/graphql-response+json, application/json;q=0.9"
            ))
            .media,
            gql
        );
        assert_eq!(
            accept(Some(
                "application/graphql-response+json;q=0.5, application/json"
            ))
            .media,
            json
        );
        // Named beats a wildcard of the same weight.
        assert_eq!(
            accept(Some("application/graphql-response+json, */*")).media,
            gql
        );
        assert_eq!(accept(Some("text/plain")).media, None);
        assert_eq!(accept(Some("application/json;q=0")).media, None);
        assert_eq!(accept(Some("application/json;q=zero")).media, None);
        assert_eq!(accept(Some("*/*;q=0, application/xml")).media, None);
    }

    #[test]
    fn browsers_get_the_page() {
        let browser = accept(Some(
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        ));
        assert!(browser.html);
        assert_eq!(browser.media, Some(MediaType::Json));
        assert!(!accept(Some("*/*")).html);
        assert!(!accept(Some("application/json, text/html;q=0.5")).html);
    }

    #[test]
    fn only_json_bodies() {
        let with = |v: &str| {
            let mut headers = HeaderMap::new();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_str(v).unwrap());
            is_json_body(&headers)
        };
        assert!(with("application/json"));
        assert!(with("Application/JSON; charset=UTF-8"));
        assert!(with("application/json; charset=\"utf-8\""));
        assert!(!with("application/json; charset=latin1"));
        assert!(!with("text/plain"));
        assert!(!with("application/x-www-form-urlencoded"));
        assert!(!is_json_body(&HeaderMap::new()));
    }

    #[test]
    fn only_the_public_directory_is_cacheable() {
        assert!(public_directory_read("query helpPoints"));
        assert!(public_directory_read("query helpPoints,helpRegions"));
        assert!(public_directory_read("query __typename,helpRegions"));
        assert!(public_directory_read("query publicEvents"));
        assert!(!public_directory_read("query signInMunicipalities"));
        assert!(!public_directory_read("query helpPoints,viewer"));
        assert!(!public_directory_read("query __typename"));
        assert!(!public_directory_read("mutation helpPoints"));
        assert!(!public_directory_read(""));
    }
}
