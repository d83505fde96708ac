//! The staff web application: `web/dist` (built from `web/` with Vite and committed) embedded in
//! the binary, so serving it needs no Node. The app's routes answer its shell, never cached
//! (it is the same for everyone, but a stale shell would point at assets a new release removed);
//! hashed assets are cached for good. Every answer carries the content security policy (no
//! inline script) and the other browser hardening headers.

use axum::extract::{Path, Request, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use rust_embed::RustEmbed;

use crate::state::SharedState;

#[derive(RustEmbed)]
#[folder = "../web/dist"]
struct Dist;

/// The app's client-side routes (`web/src/lib/route.ts`): each answers `index.html`.
/// `/sprawy/{id}` is a card's page by its global ID (the app answers an unknown one), and
/// `/punkty-pomocy/{id}` a help point's form (`/punkty-pomocy/nowy` adds one),
/// `/zgloszenia/{id}` an intake entry's, `/programy/{id}` a programme edition's. The public
/// help directory's pages (`/pomoc…`) are among them: the shell is the same for all.
pub const APP_ROUTES: &[&str] = &[
    "/",
    "/sprawy",
    "/sprawy/nowa",
    "/sprawy/{id}",
    "/zespol",
    "/schronienia",
    "/punkty-pomocy",
    "/punkty-pomocy/{id}",
    "/administracja",
    "/zgloszenia",
    "/zgloszenia/nowe",
    "/zgloszenia/{id}",
    "/konto",
    "/statystyka",
    "/statystyka-regionu",
    "/programy",
    "/programy/{id}",
    "/rodziny",
    "/rodziny/nowa",
    "/rodziny/{id}",
    "/program-gminny",
    "/program-gminny/standardy-ochrony",
    "/program-gminny/wydarzenia",
    "/program-gminny/koalicje",
    "/operator",
    "/pomoc",
    "/pomoc/{municipality}",
    "/pomoc/region/{region}",
];

/// `'self'` only: the app's own scripts, styles and API; no framing, no `<base>`, forms post
/// only here. Sign-out goes to the provider by navigation, which `form-action` does not cover.
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'self'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; \
     form-action 'self'";

/// GraphiQL's page (development only) adds the fonts its stylesheet carries as `data:` URLs;
/// scripts stay `'self'`.
pub const GRAPHIQL_CONTENT_SECURITY_POLICY: &str =
    "default-src 'self'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; \
     base-uri 'none'; form-action 'self'";

const SHELL_CACHE: &str = "no-store";
const ASSET_CACHE: &str = "public, max-age=31536000, immutable";

pub fn routes(state: SharedState) -> Router<SharedState> {
    let mut router = Router::new().route("/assets/{*file}", get(asset));
    for path in APP_ROUTES {
        router = router.route(path, get(shell));
    }
    router.layer(middleware::from_fn_with_state(state, hardening))
}

async fn shell() -> Response {
    page("index.html")
}

/// GraphiQL (`GET /graphql` for a browser, in development): a page of the embedded build, so it
/// needs no CDN and runs under the same policy as the app.
pub fn graphiql(https: bool) -> Response {
    let mut response = page("graphiql.html");
    harden(
        response.headers_mut(),
        GRAPHIQL_CONTENT_SECURITY_POLICY,
        https,
    );
    response
}

fn page(name: &str) -> Response {
    match Dist::get(name) {
        Some(file) => (
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                (header::CACHE_CONTROL, SHELL_CACHE),
            ],
            file.data,
        )
            .into_response(),
        None => {
            tracing::error!(page = name, "the embedded web application lacks a page");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

async fn asset(Path(file): Path<String>) -> Response {
    let Some(found) = Dist::get(&format!("assets/{file}")) else {
        return crate::respond::not_found().await;
    };
    let mime = found.metadata.mimetype();
    let content_type = if mime.starts_with("text/") || mime == "application/javascript" {
        format!("{mime}; charset=utf-8")
    } else {
        mime.to_owned()
    };
    let mut response = ([(header::CACHE_CONTROL, ASSET_CACHE)], found.data).into_response();
    if let Ok(v) = HeaderValue::from_str(&content_type) {
        response.headers_mut().insert(header::CONTENT_TYPE, v);
    }
    response
}

/// The headers every page and asset carries; HSTS only when the site is served over https
/// (browsers ignore it on http, and a development `localhost` must not be pinned).
async fn hardening(State(state): State<SharedState>, req: Request, next: Next) -> Response {
    let mut response = next.run(req).await;
    harden(
        response.headers_mut(),
        CONTENT_SECURITY_POLICY,
        state.public_url.starts_with("https://"),
    );
    response
}

fn harden(headers: &mut HeaderMap, policy: &'static str, https: bool) {
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(policy),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(
        HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    );
    if https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_build_is_embedded_with_hashed_assets() {
        let index = Dist::get("index.html").expect("web/dist/index.html");
        let html = String::from_utf8(index.data.into_owned()).expect("utf-8");
        // No inline script: the CSP allows only the app's own files.
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("/assets/"), "{html}");
        assert!(Dist::iter().any(|f| f.starts_with("assets/") && f.ends_with(".js")));
        // GraphiQL is a page of the build too, with no script from elsewhere.
        let graphiql = Dist::get("graphiql.html").expect("web/dist/graphiql.html");
        let html = String::from_utf8(graphiql.data.into_owned()).expect("utf-8");
        assert!(
            !html.contains("<script>") && !html.contains("//cdn"),
            "{html}"
        );
        assert!(html.contains("/assets/graphiql-"), "{html}");
    }
}
