//! The staff web application as the gateway serves it: the committed build is what `web/`
//! builds to (like the SDL check), its unit tests pass, the public list of municipalities for the
//! sign-in page, and development sign-in (a real cookie session; refused from another site, and
//! absent when development login is off).

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use crate::harness::{demo, npm_ci, repo_dir, Backend, Server, ServerOptions, TestDb};
use crate::on_both;

fn web_dir() -> PathBuf {
    repo_dir("web")
}

/// Every file under `dir`, by its path relative to `dir`.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).unwrap().display().to_string();
                out.push((rel, std::fs::read(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

fn node(args: &[&str], env: &[(&str, &Path)]) {
    let mut cmd = std::process::Command::new("node");
    cmd.args(args).current_dir(web_dir());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("node must be installed");
    assert!(
        out.status.success(),
        "node {args:?} in web/ failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The committed generated types (`web/src/gql`) and build (`web/dist`) are what the sources and
/// the committed SDL produce. Rebuild with `cd web && npm ci && npm run codegen && npm run build`.
#[tokio::test]
async fn committed_web_build_is_current() {
    tokio::task::spawn_blocking(|| {
        let web = web_dir();
        npm_ci(&web, "vite");
        let tmp =
            std::env::temp_dir().join(format!("ostoja-web-{}", uuid::Uuid::new_v4().simple()));
        let gql = tmp.join("gql");
        let dist = tmp.join("dist");
        // codegen wants a trailing slash for a directory of generated files.
        let gql_out = PathBuf::from(format!("{}/", gql.display()));
        node(
            &[
                "node_modules/@graphql-codegen/cli/cjs/bin.js",
                "--config",
                "codegen.ts",
            ],
            &[("OSTOJA_CODEGEN_OUT", &gql_out)],
        );
        node(&["node_modules/typescript/bin/tsc", "--noEmit"], &[]);
        node(
            &[
                "node_modules/vite/bin/vite.js",
                "build",
                "--logLevel",
                "warn",
            ],
            &[("OSTOJA_WEB_OUT", &dist)],
        );
        let stale =
            "is stale: run `cd web && npm ci && npm run codegen && npm run build` and commit";
        assert!(
            files(&gql) == files(&web.join("src/gql")),
            "web/src/gql {stale}"
        );
        assert!(files(&dist) == files(&web.join("dist")), "web/dist {stale}");
        let _ = std::fs::remove_dir_all(&tmp);
    })
    .await
    .expect("build");
}

/// The unit tests of the app's logic (dates, plural forms, PESEL, deadlines).
#[tokio::test]
async fn web_unit_tests_pass() {
    tokio::task::spawn_blocking(|| {
        npm_ci(&web_dir(), "vite");
        node(
            &[
                "--import",
                "tsx",
                "--test",
                "src/lib/format.test.ts",
                "src/lib/pesel.test.ts",
                "src/screens/worklist/deadline.test.ts",
                "src/screens/nka/form.test.ts",
            ],
            &[],
        );
    })
    .await
    .expect("unit tests");
}

const MUNICIPALITIES: &str = "{ signInMunicipalities { slug name } }";

/// Public: the same names and slugs for anyone, signed in or not, from any municipality; a
/// disabled municipality is not offered.
async fn sign_in_municipalities_are_public(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let expected = json!([
        { "slug": "lubliniec", "name": "Gmina Lubliniec" },
        { "slug": "czestochowa", "name": "Miasto Częstochowa" },
        { "slug": "jastrzebie", "name": "Miasto Jastrzębie-Zdrój" },
        { "slug": "zory", "name": "Miasto Żory" },
    ]);
    let anonymous = server.gql(None, MUNICIPALITIES, json!({})).await;
    assert_eq!(
        anonymous["data"]["signInMunicipalities"], expected,
        "{anonymous}"
    );
    for token in [
        server.staff("zory", "admin").await,
        server.staff("czestochowa", "pracownik").await,
        server.coordinator().await,
        server.operator().await,
    ] {
        let body = server.gql(Some(&token), MUNICIPALITIES, json!({})).await;
        assert_eq!(body["data"]["signInMunicipalities"], expected, "{body}");
    }
    let op = server.operator().await;
    let id = server.municipality_id("lubliniec").await;
    let body = server
        .gql(
            Some(&op),
            "mutation($id: ID!) { disableMunicipality(input: { id: $id }) { municipality { active } } }",
            json!({ "id": id }),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    let body = server.gql(None, MUNICIPALITIES, json!({})).await;
    let slugs: Vec<&Value> = body["data"]["signInMunicipalities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| &m["slug"])
        .collect();
    assert_eq!(
        slugs,
        [&json!("czestochowa"), &json!("jastrzebie"), &json!("zory")],
        "{body}"
    );
}
on_both!(sign_in_municipalities_are_public);

/// Development sign-in starts the same kind of session single sign-on does: the cookie, the
/// CSRF token of `/auth/session`, GraphQL as that person, and sign-out.
async fn dev_login_starts_a_real_session(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let (status, users) = server.get("/auth/dev-login?tenant=zory").await;
    assert_eq!(status, 200, "{users}");
    let users: Value = serde_json::from_str(&users).unwrap();
    let worker = users["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["login"] == "pracownik")
        .unwrap_or_else(|| panic!("{users}"));
    assert_eq!(worker["displayName"], "Anna Kamińska");
    assert_eq!(worker["roles"], json!(["team_member", "social_worker"]));
    assert_eq!(server.get("/auth/dev-login?tenant=nie-ma").await.0, 404);

    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let url = |path: &str| format!("{}{path}", server.url);
    // From another site: refused, and no cookie.
    let foreign = browser
        .post(url("/auth/dev-login"))
        .header("Origin", "https://evil.example")
        .json(&json!({ "tenant": "zory", "login": "pracownik" }))
        .send()
        .await
        .unwrap();
    assert_eq!(foreign.status(), 403);
    // A form post (not JSON) is not accepted either.
    let form = browser
        .post(url("/auth/dev-login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("tenant=zory&login=pracownik")
        .send()
        .await
        .unwrap();
    assert_eq!(form.status(), 400);
    assert_signed_out(&browser, &url("/auth/session")).await;
    // An unknown person is not signed in.
    let nobody = browser
        .post(url("/auth/dev-login"))
        .json(&json!({ "tenant": "zory", "login": "nikt" }))
        .send()
        .await
        .unwrap();
    assert_eq!(nobody.status(), 401);

    let ok = browser
        .post(url("/auth/dev-login"))
        .header("Origin", &server.url)
        .json(&json!({ "tenant": "zory", "login": "pracownik" }))
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 204);
    let cookie = ok.headers()["set-cookie"].to_str().unwrap();
    assert!(
        cookie.starts_with("ostoja_session=") && cookie.contains("HttpOnly"),
        "{cookie}"
    );
    let session: Value = browser
        .get(url("/auth/session"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(session["login"], "pracownik", "{session}");
    let csrf = session["csrfToken"].as_str().unwrap();
    let viewer: Value = browser
        .post(url("/graphql"))
        .header("X-CSRF-Token", csrf)
        .json(&json!({ "query": "{ viewer { login roles municipality { slug } } }" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(viewer["data"]["viewer"]["login"], "pracownik", "{viewer}");
    assert_eq!(viewer["data"]["viewer"]["municipality"]["slug"], "zory");
    // The development sign-in is in the municipality's audit trail, as the person signed in.
    let officer = server.token(&["--tenant", "zory", "--user", "iod"]).await;
    let trail = server
        .gql(
            Some(&officer),
            "{ auditEvents(first: 100) { edges { node { operation actorLogin } } } }",
            json!({}),
        )
        .await;
    assert!(
        trail["data"]["auditEvents"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .any(
                |e| e["node"]["operation"] == "devSignIn" && e["node"]["actorLogin"] == "pracownik"
            ),
        "{trail}"
    );

    // Sign-out for the web app answers where to go as JSON, and ends the session.
    let out = browser
        .post(url("/auth/logout"))
        .header("Accept", "application/json")
        .header("Origin", &server.url)
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), 200);
    let out: Value = out.json().await.unwrap();
    assert_eq!(out["location"], format!("{}/", server.url));
    assert_signed_out(&browser, &url("/auth/session")).await;
}
on_both!(dev_login_starts_a_real_session);

/// Nobody signed in is an answer of `GET /auth/session`, not an error the browser logs.
async fn assert_signed_out(browser: &reqwest::Client, url: &str) {
    let res = browser.get(url).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let body: Value = res.json().await.unwrap();
    assert_eq!(body, json!({ "signedIn": false, "devLogin": true }));
}

/// With development login off, neither the list nor the sign-in exists; the app still serves.
#[tokio::test]
async fn dev_login_is_absent_when_off() {
    let db = TestDb::new(Backend::Sqlite).await;
    let server = Server::start(
        &db,
        ServerOptions {
            demo: true,
            env: vec![("OSTOJA_DEV_LOGIN__ENABLED".to_owned(), "false".to_owned())],
            ..Default::default()
        },
    )
    .await;
    assert_eq!(server.get("/auth/dev-login?tenant=zory").await.0, 404);
    let post = server
        .http
        .post(format!("{}/auth/dev-login", server.url))
        .json(&json!({ "tenant": "zory", "login": "pracownik" }))
        .send()
        .await
        .unwrap();
    assert_eq!(post.status(), 404);
    assert!(post.headers().get("set-cookie").is_none());
    assert_eq!(server.get("/").await.0, 200);
}

/// The shell for the app's routes, hashed assets cached for good, unknown assets and paths 404,
/// the hardening headers, and HSTS only on an https public URL.
#[tokio::test]
async fn the_app_is_served_with_its_headers() {
    let (_db, server) = demo(Backend::Sqlite).await;
    let mut script = String::new();
    for path in [
        "/",
        "/sprawy",
        "/schronienia",
        "/punkty-pomocy",
        "/punkty-pomocy/nowy",
        "/administracja",
        "/zgloszenia",
        "/zgloszenia/nowe",
        "/konto",
        "/statystyka",
        "/statystyka-regionu",
        "/zgloszenia/SW50YWtlRW50cnk6eA",
        "/programy",
        "/programy/UHJvZ3JhbW1lRWRpdGlvbjp4",
        "/rodziny",
        "/rodziny/nowa",
        "/rodziny/RmFtaWx5RmlsZTp4",
        "/program-gminny",
        "/program-gminny/standardy-ochrony",
        "/program-gminny/wydarzenia",
        "/program-gminny/koalicje",
        "/pomoc",
        "/pomoc/zory",
        "/pomoc/region/slaskie",
    ] {
        let resp = server
            .http
            .get(format!("{}{path}", server.url))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 200);
        let h = resp.headers().clone();
        assert_eq!(h["cache-control"], "no-store");
        assert_eq!(
            h["content-security-policy"],
            ostoja::web::CONTENT_SECURITY_POLICY
        );
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert_eq!(h["referrer-policy"], "no-referrer");
        assert!(h.get("strict-transport-security").is_none());
        let html = resp.text().await.unwrap();
        assert!(html.contains("<html lang=\"pl\">"), "{html}");
        let src = html
            .split("src=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap()
            .to_owned();
        // The help pages load their own entry; the staff application's is the one followed.
        let help = path.starts_with("/pomoc");
        assert_eq!(src.starts_with("/assets/pomoc-"), help, "{path}: {src}");
        if !help {
            script = src;
        }
    }
    let asset = server
        .http
        .get(format!("{}{script}", server.url))
        .send()
        .await
        .unwrap();
    assert_eq!(asset.status(), 200);
    assert_eq!(
        asset.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(
        asset.headers()["content-security-policy"],
        ostoja::web::CONTENT_SECURITY_POLICY
    );
    // The same script compressed as the browser accepts it, or as it is; never a copy by its
    // own name.
    let on_disk =
        |suffix: &str| std::fs::read(web_dir().join(format!("dist{script}{suffix}"))).unwrap();
    for (accept, encoding, suffix) in [
        ("gzip, deflate, br, zstd", Some("br"), ".br"),
        ("gzip", Some("gzip"), ".gz"),
        ("br;q=0, gzip;q=0.8", Some("gzip"), ".gz"),
        ("identity", None, ""),
    ] {
        let resp = server
            .http
            .get(format!("{}{script}", server.url))
            .header("Accept-Encoding", accept)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 200);
        let h = resp.headers().clone();
        assert_eq!(
            h.get("content-encoding").map(|v| v.to_str().unwrap()),
            encoding,
            "{accept}"
        );
        assert_eq!(h["vary"], "Accept-Encoding");
        assert_eq!(h["content-type"], "text/javascript; charset=utf-8");
        assert_eq!(
            resp.bytes().await.unwrap().as_ref(),
            on_disk(suffix),
            "{accept}"
        );
    }
    assert_eq!(server.get(&format!("{script}.br")).await.0, 404);
    // The help pages are a page of their own, without the staff application's script.
    let (status, help) = server.get("/pomoc/zory").await;
    assert_eq!(status, 200);
    assert!(
        help.contains("/assets/pomoc-") && !help.contains(&script),
        "{help}"
    );
    assert_eq!(server.get("/assets/nie-ma.js").await.0, 404);
    assert_eq!(server.get("/nie-ma-takiej-strony").await.0, 404);
    assert_eq!(server.get("/healthz").await.0, 200);

    let db = TestDb::new(Backend::Sqlite).await;
    let https = Server::start(
        &db,
        ServerOptions {
            env: vec![(
                "OSTOJA_HTTP__PUBLIC_URL".to_owned(),
                "https://ostoja.example.com".to_owned(),
            )],
            ..Default::default()
        },
    )
    .await;
    let resp = https
        .http
        .get(format!("{}/", https.url))
        .send()
        .await
        .unwrap();
    assert_eq!(
        resp.headers()["strict-transport-security"],
        "max-age=31536000; includeSubDomains"
    );
}
