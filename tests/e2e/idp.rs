//! A real OpenID Connect provider for the tests: `tests/oidc/provider.mjs` (panva's
//! oidc-provider) started as a child process, and a browser driven over HTTP through its
//! sign-in and consent pages.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use serde_json::{json, Value};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, ChildStdin, Command};

use crate::harness::Server;

fn oidc_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/oidc")
}

/// `npm ci` once, under a lock: test processes run in parallel.
fn ensure_installed() {
    crate::harness::npm_ci(&oidc_dir(), "oidc-provider");
}

/// A running provider; it exits when dropped (its stdin closes).
pub struct Idp {
    _child: Child,
    _stdin: ChildStdin,
    pub issuer: String,
    pub http: reqwest::Client,
}

impl Idp {
    pub async fn start() -> Idp {
        tokio::task::spawn_blocking(ensure_installed)
            .await
            .expect("install");
        // A provider that does not come up in time (a loaded machine) is started again.
        let mut failures = Vec::new();
        for _ in 0..3 {
            match Self::try_start().await {
                Ok(idp) => return idp,
                Err(why) => failures.push(why),
            }
        }
        panic!("the OpenID Connect provider did not start: {failures:?}");
    }

    async fn try_start() -> Result<Idp, String> {
        let mut child = Command::new("node")
            .arg("provider.mjs")
            .current_dir(oidc_dir())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| format!("node must be installed: {e}"))?;
        let stdin = child.stdin.take().ok_or("stdin")?;
        let mut stderr = BufReader::new(child.stderr.take().ok_or("stderr")?).lines();
        let mut lines = BufReader::new(child.stdout.take().ok_or("stdout")?).lines();
        let line = match tokio::time::timeout(Duration::from_secs(20), lines.next_line()).await {
            Ok(Ok(Some(line))) => line,
            other => {
                let _ = child.kill().await;
                let mut log = Vec::new();
                while let Ok(Ok(Some(l))) =
                    tokio::time::timeout(Duration::from_millis(200), stderr.next_line()).await
                {
                    log.push(l);
                }
                return Err(format!("{other:?}; stderr: {}", log.join("\n")));
            }
        };
        // Keep draining stderr so the provider never blocks on a full pipe.
        tokio::spawn(async move { while let Ok(Some(_)) = stderr.next_line().await {} });
        let started: Value = serde_json::from_str(&line).map_err(|e| format!("{line}: {e}"))?;
        Ok(Idp {
            _child: child,
            _stdin: stdin,
            issuer: started["issuer"].as_str().ok_or("issuer")?.to_owned(),
            http: reqwest::Client::new(),
        })
    }

    /// Registers a client whose callback is `server`'s; returns (client id, secret).
    pub async fn register(&self, server: &Server) -> (String, String) {
        let body: Value = self
            .http
            .post(format!("{}/reg", self.issuer))
            .json(&json!({
                "redirect_uris": [format!("{}/auth/callback", server.url)],
                "post_logout_redirect_uris": [format!("{}/", server.url)],
                "grant_types": ["authorization_code", "refresh_token"],
                "response_types": ["code"],
                "token_endpoint_auth_method": "client_secret_basic",
            }))
            .send()
            .await
            .expect("register")
            .json()
            .await
            .expect("registration JSON");
        (
            body["client_id"].as_str().expect("client_id").to_owned(),
            body["client_secret"]
                .as_str()
                .expect("client_secret")
                .to_owned(),
        )
    }

    /// Signs exactly `claims` with the provider's current key (or `header` overrides).
    pub async fn sign(&self, claims: Value, extra: Value) -> String {
        let mut body = json!({ "claims": claims });
        if let Value::Object(extra) = extra {
            for (k, v) in extra {
                body[k] = v;
            }
        }
        let resp: Value = self
            .http
            .post(format!("{}/test/sign", self.issuer))
            .json(&body)
            .send()
            .await
            .expect("sign")
            .json()
            .await
            .expect("sign JSON");
        resp["token"].as_str().expect("token").to_owned()
    }

    /// Generates a new signing key; returns its kid.
    pub async fn rotate(&self) -> String {
        let resp: Value = self
            .http
            .post(format!("{}/test/rotate", self.issuer))
            .send()
            .await
            .expect("rotate")
            .json()
            .await
            .expect("rotate JSON");
        resp["kid"].as_str().expect("kid").to_owned()
    }

    /// Creates or replaces the account `sub` with exactly these claims (`email_verified`
    /// defaults to true; `null` leaves it out of tokens that copy it).
    pub async fn put_account(&self, sub: &str, claims: Value) {
        let status = self
            .http
            .put(format!("{}/test/accounts/{sub}", self.issuer))
            .json(&claims)
            .send()
            .await
            .expect("put account")
            .status();
        assert!(status.is_success(), "{status}");
    }

    /// Sets the simulated outage of discovery and keys (`off`, `fail`, `hang`); returns
    /// `{mode, discoveryHits, held}`.
    pub async fn outage(&self, mode: Option<&str>) -> Value {
        let url = format!("{}/test/outage", self.issuer);
        let req = match mode {
            Some(mode) => self.http.post(url).json(&json!({ "mode": mode })),
            None => self.http.get(url),
        };
        req.send()
            .await
            .expect("outage")
            .json()
            .await
            .expect("outage JSON")
    }

    /// Claims of an access token for `sub`, valid for an hour.
    pub fn claims(&self, sub: &str, audience: &str, groups: &[&str]) -> Value {
        let now = chrono::Utc::now().timestamp();
        json!({
            "iss": self.issuer, "aud": audience, "sub": sub,
            "iat": now, "exp": now + 3600, "groups": groups,
            "email": format!("{sub}@zory.pl"),
        })
    }
}

/// A browser: its own cookie jar, redirects followed by hand.
pub fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

pub fn location(resp: &reqwest::Response) -> String {
    assert_eq!(
        resp.status().as_u16(),
        303,
        "expected a redirect from {}",
        resp.url()
    );
    resp.headers()["location"]
        .to_str()
        .expect("location")
        .to_owned()
}

/// Signs `login` in at `server` through the provider of `scope` (`tenant=zory`) with a fresh
/// browser; returns the browser (holding the session cookie) and the cookie's value.
pub async fn sign_in(server: &Server, scope: &str, login: &str) -> (reqwest::Client, String) {
    let (b, done) = attempt_sign_in(server, scope, login).await;
    let home = location(&done);
    assert_eq!(home, format!("{}/", server.url));
    let cookie = done
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.strip_prefix("ostoja_session="))
        .and_then(|v| v.split(';').next())
        .expect("session cookie")
        .to_owned();
    (b, cookie)
}

/// Goes through the provider's sign-in and consent as `login` with a fresh browser; returns
/// the browser and Ostoja's answer to the callback, whatever it is.
pub async fn attempt_sign_in(
    server: &Server,
    scope: &str,
    login: &str,
) -> (reqwest::Client, reqwest::Response) {
    let b = browser();
    let start = b
        .get(format!("{}/auth/login?{scope}", server.url))
        .send()
        .await
        .expect("login");
    let authorize = location(&start);
    let to_login = location(&b.get(&authorize).send().await.expect("authorize"));
    let resume = location(
        &b.post(format!("{to_login}/login"))
            .form(&[("login", login)])
            .send()
            .await
            .expect("login form"),
    );
    let to_consent = location(&b.get(&resume).send().await.expect("resume"));
    let resume = location(
        &b.post(format!("{to_consent}/confirm"))
            .send()
            .await
            .expect("consent"),
    );
    let callback = location(&b.get(&resume).send().await.expect("resume"));
    assert!(
        callback.starts_with(&format!("{}/auth/callback?", server.url)),
        "{callback}"
    );
    let done = b.get(&callback).send().await.expect("callback");
    (b, done)
}

/// The session's CSRF token, from `GET /auth/session`.
pub async fn csrf(server: &Server, cookie: &str) -> String {
    let resp: Value = reqwest::Client::new()
        .get(format!("{}/auth/session", server.url))
        .header("cookie", format!("ostoja_session={cookie}"))
        .send()
        .await
        .expect("session")
        .json()
        .await
        .expect("session JSON");
    resp["csrfToken"].as_str().expect("csrfToken").to_owned()
}

/// A GraphQL request signed in with the session cookie, from our own origin with the token.
pub async fn cookie_gql(
    server: &Server,
    cookie: &str,
    csrf: Option<&str>,
    origin: Option<&str>,
    query: &str,
    variables: Value,
) -> (u16, Value) {
    let mut req = reqwest::Client::new()
        .post(format!("{}/graphql", server.url))
        .header("cookie", format!("ostoja_session={cookie}"))
        .json(&json!({ "query": query, "variables": variables }));
    if let Some(t) = csrf {
        req = req.header("x-csrf-token", t);
    }
    if let Some(o) = origin {
        req = req.header("origin", o);
    }
    let resp = req.send().await.expect("POST /graphql");
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}
