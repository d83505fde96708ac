//! The staff web application: `web/dist` (built from `web/` with Vite and committed) embedded in
//! the binary, so serving it needs no Node. The app's routes answer its shell, never cached
//! (it is the same for everyone, but a stale shell would point at assets a new release removed);
//! hashed assets are cached for good. Every answer carries the content security policy (no
//! inline script) and the other browser hardening headers. The build writes each script and
//! stylesheet brotli- and gzip-compressed beside it; an asset is answered in the encoding the
//! browser accepts (`Accept-Encoding`, brotli first), or as it is.

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
/// `/zgloszenia/{id}` an intake entry's, `/programy/{id}` a programme edition's.
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
];

/// The public help directory's pages: a page of their own (`pomoc.html`), read by anyone without
/// signing in, that loads none of the staff application.
pub const HELP_ROUTES: &[&str] = &["/pomoc", "/pomoc/{municipality}", "/pomoc/region/{region}"];

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
    for path in HELP_ROUTES {
        router = router.route(path, get(help));
    }
    router.layer(middleware::from_fn_with_state(state, hardening))
}

async fn shell() -> Response {
    page("index.html")
}

async fn help() -> Response {
    page("pomoc.html")
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

async fn asset(Path(file): Path<String>, headers: HeaderMap) -> Response {
    let name = format!("assets/{file}");
    // The compressed copies are answers to `Accept-Encoding`, not assets of their own.
    let Some(found) = Dist::get(&name).filter(|_| !is_compressed_copy(&name)) else {
        return crate::respond::not_found().await;
    };
    let mime = found.metadata.mimetype();
    let content_type = if mime.starts_with("text/") || mime == "application/javascript" {
        format!("{mime}; charset=utf-8")
    } else {
        mime.to_owned()
    };
    let compressed = accepted_encodings(&headers)
        .into_iter()
        .find_map(|(encoding, suffix)| {
            Dist::get(&format!("{name}.{suffix}")).map(|f| (encoding, f.data))
        });
    let has_copies = Dist::get(&format!("{name}.br")).is_some();
    let (encoding, data) = match compressed {
        Some((encoding, data)) => (Some(encoding), data),
        None => (None, found.data),
    };
    let mut response = ([(header::CACHE_CONTROL, ASSET_CACHE)], data).into_response();
    let h = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&content_type) {
        h.insert(header::CONTENT_TYPE, v);
    }
    if let Some(encoding) = encoding {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
    }
    if has_copies {
        h.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    }
    response
}

fn is_compressed_copy(name: &str) -> bool {
    name.ends_with(".br") || name.ends_with(".gz")
}

/// The encodings of the precompressed copies the request accepts, best first: brotli, then
/// gzip (`Content-Encoding` and the copy's file suffix). A coding with `q=0` is refused; `*`
/// accepts both unless named otherwise; no header accepts only the asset as it is.
pub fn accepted_encodings(headers: &HeaderMap) -> Vec<(&'static str, &'static str)> {
    let mut said: Vec<(String, bool)> = Vec::new();
    for value in headers.get_all(header::ACCEPT_ENCODING) {
        let Ok(value) = value.to_str() else { continue };
        for part in value.split(',') {
            let mut pieces = part.split(';');
            let coding = pieces.next().unwrap_or("").trim().to_ascii_lowercase();
            if coding.is_empty() {
                continue;
            }
            let refused = pieces.any(|p| {
                let p = p.trim();
                p.strip_prefix("q=")
                    .or_else(|| p.strip_prefix("Q="))
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .is_some_and(|q| q <= 0.0)
            });
            said.push((coding, !refused));
        }
    }
    let accepts = |coding: &str| match said.iter().find(|(c, _)| c == coding) {
        Some((_, ok)) => *ok,
        None => said.iter().any(|(c, ok)| c == "*" && *ok),
    };
    [("br", "br"), ("gzip", "gz")]
        .into_iter()
        .filter(|(coding, _)| accepts(coding))
        .collect()
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
        // The help pages load none of the staff application's scripts.
        let help = Dist::get("pomoc.html").expect("web/dist/pomoc.html");
        let html = String::from_utf8(help.data.into_owned()).expect("utf-8");
        assert!(html.contains("/assets/pomoc-"), "{html}");
        assert!(!html.contains("/assets/app-"), "{html}");
        // Every script and stylesheet has its brotli and gzip copies.
        for f in Dist::iter().filter(|f| f.ends_with(".js") || f.ends_with(".css")) {
            for suffix in ["br", "gz"] {
                assert!(
                    Dist::get(&format!("{f}.{suffix}")).is_some(),
                    "{f}.{suffix}"
                );
            }
        }
    }

    fn accept(value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(value).unwrap(),
        );
        h
    }

    #[test]
    fn brotli_first_then_gzip_then_the_asset_as_it_is() {
        let codings = |h: &HeaderMap| -> Vec<&str> {
            accepted_encodings(h).into_iter().map(|(c, _)| c).collect()
        };
        assert_eq!(codings(&HeaderMap::new()), Vec::<&str>::new());
        assert_eq!(codings(&accept("gzip, deflate, br, zstd")), ["br", "gzip"]);
        assert_eq!(codings(&accept("gzip")), ["gzip"]);
        assert_eq!(codings(&accept("BR;q=0.5")), ["br"]);
        assert_eq!(codings(&accept("br;q=0, gzip;q=1.0")), ["gzip"]);
        assert_eq!(codings(&accept("*")), ["br", "gzip"]);
        assert_eq!(codings(&accept("*;q=0.1, gzip;q=0")), ["br"]);
        assert_eq!(codings(&accept("identity")), Vec::<&str>::new());
        assert_eq!(codings(&accept("deflate, compress")), Vec::<&str>::new());
    }
}
