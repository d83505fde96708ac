//! Single sign-on against real OpenID Connect providers: the browser flow, bearer tokens,
//! sessions across gateways, roles, rate limits, cross-site requests, Redis outages and bad
//! input.

use std::time::Duration;

use serde_json::{json, Value};

use crate::harness::{code, run_cli, Backend, Server, ServerOptions, TestDb, REDIS};
use crate::idp::{self, Idp};

pub(crate) const VIEWER: &str =
    "query viewer { viewer { kind login roles municipality { slug } } }";

pub(crate) fn sso_env() -> Vec<(String, String)> {
    [
        ("OSTOJA_AUTH__JWKS_MIN_REFRESH_SECONDS", "0"),
        ("OSTOJA_GRAPHQL__SUBSCRIPTION_RECHECK_SECONDS", "1"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect()
}

pub(crate) async fn sso_server(db: &TestDb, redis: Option<&str>, extra: &[(&str, &str)]) -> Server {
    let mut env = sso_env();
    env.extend(
        extra
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
    );
    Server::start(
        db,
        ServerOptions {
            demo: true,
            redis: redis.map(str::to_owned),
            env,
        },
    )
    .await
}

/// Registers `server` at `idp` and makes it the provider of municipality `slug` (through
/// GraphQL, as an operator). zory maps `ops-admins` to TENANT_ADMIN, `zi-czlonkowie` to
/// TEAM_MEMBER and `pracownicy-socjalni` to SOCIAL_WORKER.
pub(crate) async fn configure(server: &Server, idp: &Idp, slug: &str) -> Value {
    let (client_id, secret) = idp.register(server).await;
    let op = server.operator().await;
    let body = server
        .gql(
            Some(&op),
            "mutation($input: SetIdentityProviderInput!) { setIdentityProvider(input: $input) { identityProvider { issuer clientId scopes rolesClaim roleMapping { value role } allowedEmailDomains audience version } userErrors { field code message } } }",
            json!({ "input": {
                "municipalityId": server.municipality_id(slug).await,
                "issuer": idp.issuer, "clientId": client_id, "clientSecret": secret,
                "scopes": ["openid", "email", "profile", "groups"],
                "audience": "ostoja",
                "roleMapping": [
                    { "value": "ops-admins", "role": "TENANT_ADMIN" },
                    { "value": "zi-czlonkowie", "role": "TEAM_MEMBER" },
                    { "value": "pracownicy-socjalni", "role": "SOCIAL_WORKER" },
                ],
            }}),
        )
        .await;
    assert_eq!(
        body["data"]["setIdentityProvider"]["userErrors"],
        json!([]),
        "{body}"
    );
    body["data"]["setIdentityProvider"]["identityProvider"].clone()
}

#[tokio::test]
async fn browser_sign_in_with_each_municipalitys_provider() {
    let db = TestDb::new(Backend::Postgres).await;
    let server = sso_server(&db, Some(REDIS), &[]).await;
    let (zory_idp, czest_idp) = tokio::join!(Idp::start(), Idp::start());
    let provider = configure(&server, &zory_idp, "zory").await;
    assert_eq!(provider["rolesClaim"], "groups");
    configure(&server, &czest_idp, "czestochowa").await;

    // A tenant administrator reads the settings, never the secret.
    let admin = server.staff("zory", "admin").await;
    let body = server
        .gql(
            Some(&admin),
            "{ identityProvider { issuer clientId audience } }",
            json!({}),
        )
        .await;
    assert_eq!(
        body["data"]["identityProvider"]["issuer"],
        zory_idp.issuer.as_str()
    );
    assert!(!body.to_string().contains("secret"), "{body}");
    let other = server.staff("czestochowa", "admin").await;
    let body = server
        .gql(Some(&other), "{ identityProvider { issuer } }", json!({}))
        .await;
    assert_eq!(
        body["data"]["identityProvider"]["issuer"],
        czest_idp.issuer.as_str()
    );

    // anna signs in at zory: provisioned with the roles her groups map to.
    let (_browser, cookie) = idp::sign_in(&server, "tenant=zory", "anna").await;
    let csrf = idp::csrf(&server, &cookie).await;
    let (status, body) = idp::cookie_gql(
        &server,
        &cookie,
        Some(&csrf),
        Some(&server.url),
        VIEWER,
        json!({}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body["data"]["viewer"],
        json!({ "kind": "STAFF", "login": "anna", "roles": ["TENANT_ADMIN", "TEAM_MEMBER"], "municipality": { "slug": "zory" } })
    );
    // The same person at czestochowa's provider is a different account of czestochowa.
    let (_b2, cookie2) = idp::sign_in(&server, "tenant=czestochowa", "jan").await;
    let csrf2 = idp::csrf(&server, &cookie2).await;
    let (_, body) = idp::cookie_gql(&server, &cookie2, Some(&csrf2), None, VIEWER, json!({})).await;
    assert_eq!(
        body["data"]["viewer"]["municipality"]["slug"],
        "czestochowa"
    );
    assert_eq!(body["data"]["viewer"]["roles"], json!(["SOCIAL_WORKER"]));

    // Cross-site: another origin, or no CSRF token, is refused for cookie requests.
    let mutation = "mutation { updateTenantSettings(input: { version: 0, auditRetentionDays: 400 }) { settings { version } } }";
    let (status, body) = idp::cookie_gql(
        &server,
        &cookie,
        Some(&csrf),
        Some("https://evil.example"),
        mutation,
        json!({}),
    )
    .await;
    assert_eq!((status, code(&body)), (403, Some("FORBIDDEN")), "{body}");
    let (status, body) = idp::cookie_gql(&server, &cookie, None, None, mutation, json!({})).await;
    assert_eq!((status, code(&body)), (403, Some("FORBIDDEN")), "{body}");
    let (status, body) =
        idp::cookie_gql(&server, &cookie, Some(&csrf2), None, mutation, json!({})).await;
    assert_eq!(status, 403, "another session's token: {body}");
    let (status, body) = idp::cookie_gql(
        &server,
        &cookie,
        Some(&csrf),
        Some(&server.url),
        mutation,
        json!({}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body["data"]["updateTenantSettings"]["settings"]["version"],
        1
    );

    // The sign-in is in the municipality's audit trail.
    let body = server
        .gql(
            Some(&admin),
            "{ auditEvents(first: 100) { edges { node { operation } } } }",
            json!({}),
        )
        .await;
    assert!(body.to_string().contains("signIn"), "{body}");

    // Logout ends the session and continues at the provider's end-session endpoint.
    let resp = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(format!("{}/auth/logout", server.url))
        .header("cookie", format!("ostoja_session={cookie}"))
        .send()
        .await
        .unwrap();
    let to = idp::location(&resp);
    assert!(
        to.starts_with(&format!("{}/session/end?", zory_idp.issuer)),
        "{to}"
    );
    assert!(to.contains("id_token_hint="), "{to}");
    let cleared = resp.headers()["set-cookie"].to_str().unwrap();
    assert!(
        cleared.starts_with("ostoja_session=;") && cleared.contains("HttpOnly"),
        "{cleared}"
    );
    let (status, body) =
        idp::cookie_gql(&server, &cookie, Some(&csrf), None, VIEWER, json!({})).await;
    assert_eq!(
        (status, code(&body)),
        (401, Some("UNAUTHENTICATED")),
        "{body}"
    );
    // The other session lives on.
    let (status, _) =
        idp::cookie_gql(&server, &cookie2, Some(&csrf2), None, VIEWER, json!({})).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn bearer_tokens_are_checked_against_the_issuers_keys() {
    let db = TestDb::new(Backend::Postgres).await;
    let server = sso_server(&db, Some(REDIS), &[]).await;
    let (a, b) = tokio::join!(Idp::start(), Idp::start());
    configure(&server, &a, "zory").await;
    configure(&server, &b, "czestochowa").await;

    let token = a
        .sign(a.claims("api-1", "ostoja", &["zi-czlonkowie"]), json!({}))
        .await;
    let body = server.gql(Some(&token), VIEWER, json!({})).await;
    assert_eq!(
        body["data"]["viewer"]["municipality"]["slug"], "zory",
        "{body}"
    );
    assert_eq!(body["data"]["viewer"]["roles"], json!(["TEAM_MEMBER"]));

    let now = chrono::Utc::now().timestamp();
    let with = |changes: Value| {
        let mut c = a.claims("api-1", "ostoja", &[]);
        for (k, v) in changes.as_object().unwrap() {
            c[k] = v.clone();
        }
        c
    };
    let mut refused = vec![
        (
            "expired",
            a.sign(with(json!({ "exp": now - 3600 })), json!({})).await,
        ),
        (
            "not yet valid",
            a.sign(with(json!({ "nbf": now + 3600 })), json!({})).await,
        ),
        (
            "wrong audience",
            a.sign(with(json!({ "aud": "someone-else" })), json!({}))
                .await,
        ),
        (
            "unknown issuer",
            a.sign(with(json!({ "iss": "https://idp.example" })), json!({}))
                .await,
        ),
        // Provider A's key claiming to be B: B's keys do not know it.
        (
            "A's key as B",
            a.sign(with(json!({ "iss": b.issuer })), json!({})).await,
        ),
        (
            "unsigned",
            a.sign(with(json!({})), json!({ "alg": "none" })).await,
        ),
        (
            "HMAC with the public key",
            a.sign(with(json!({})), json!({ "alg": "HS256" })).await,
        ),
        ("garbage", "not-a-token".to_owned()),
        ("oversized", format!("{}.{}.x", "a".repeat(20_000), "b")),
    ];
    // Tampered: a valid token whose payload is changed to claim the administrators' group.
    let parts: Vec<&str> = token.split('.').collect();
    use base64::Engine;
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let mut payload: Value = serde_json::from_slice(&engine.decode(parts[1]).unwrap()).unwrap();
    payload["groups"] = json!(["ops-admins"]);
    let tampered = format!(
        "{}.{}.{}",
        parts[0],
        engine.encode(payload.to_string()),
        parts[2]
    );
    refused.push(("tampered", tampered));
    for (why, bad) in refused {
        let (status, body) = server.post(Some(&bad), json!({ "query": VIEWER })).await;
        assert_eq!(
            (status, code(&body)),
            (401, Some("UNAUTHENTICATED")),
            "{why}: {body}"
        );
    }

    // B's token acts in B only.
    let token_b = b.sign(b.claims("api-2", "ostoja", &[]), json!({})).await;
    let body = server.gql(Some(&token_b), VIEWER, json!({})).await;
    assert_eq!(
        body["data"]["viewer"]["municipality"]["slug"],
        "czestochowa"
    );
    let zory = server.municipality_id("zory").await;
    let body = server
        .gql(
            Some(&token_b),
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": zory }),
        )
        .await;
    assert_eq!(body["data"]["node"], Value::Null, "{body}");

    // Key rotation: a token signed with the new key is accepted after the JWKS refresh.
    let kid = a.rotate().await;
    let rotated = a
        .sign(a.claims("api-1", "ostoja", &["zi-czlonkowie"]), json!({}))
        .await;
    assert!(
        String::from_utf8(engine.decode(rotated.split('.').next().unwrap()).unwrap())
            .unwrap()
            .contains(&kid)
    );
    let body = server.gql(Some(&rotated), VIEWER, json!({})).await;
    assert_eq!(body["data"]["viewer"]["login"], "api-1@zory.pl", "{body}");
}

#[tokio::test]
async fn a_session_works_on_every_gateway_sharing_redis() {
    let db = TestDb::new(Backend::Postgres).await;
    let first = sso_server(&db, Some(REDIS), &[]).await;
    let second = sso_server(&db, Some(REDIS), &[]).await;
    let provider = Idp::start().await;
    configure(&first, &provider, "zory").await;
    let (_browser, cookie) = idp::sign_in(&first, "tenant=zory", "anna").await;
    let csrf = idp::csrf(&second, &cookie).await;
    let (status, body) =
        idp::cookie_gql(&second, &cookie, Some(&csrf), None, VIEWER, json!({})).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["data"]["viewer"]["login"], "anna");
}

pub(crate) async fn user(server: &Server, admin: &str, login: &str) -> Value {
    let body = server
        .gql(Some(admin), "{ users(first: 100) { edges { node { id login roles grantedRoles providerRoles disabled version signsInWithProvider } } } }", json!({}))
        .await;
    body["data"]["users"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"].clone())
        .find(|u| u["login"] == login)
        .unwrap_or_else(|| panic!("no user {login}: {body}"))
}

#[tokio::test]
async fn roles_come_from_groups_and_grants_and_disabling_ends_sessions() {
    let db = TestDb::new(Backend::Postgres).await;
    let server = sso_server(&db, Some(REDIS), &[]).await;
    let provider = Idp::start().await;
    configure(&server, &provider, "zory").await;
    let admin = server.staff("zory", "admin").await;

    let (_browser, cookie) = idp::sign_in(&server, "tenant=zory", "jan").await;
    let csrf = idp::csrf(&server, &cookie).await;
    let jan = user(&server, &admin, "jan").await;
    assert_eq!(jan["providerRoles"], json!(["SOCIAL_WORKER"]));
    assert_eq!(jan["signsInWithProvider"], true);
    let change = |name: &str, role: Option<&str>, version: &Value| {
        let role = role.map(|r| format!(", role: {r}")).unwrap_or_default();
        format!("mutation {{ {name}(input: {{ id: \"{}\", version: {version}{role} }}) {{ user {{ roles grantedRoles version disabled }} userErrors {{ field code message }} }} }}", jan["id"].as_str().unwrap())
    };
    let body = server
        .gql(
            Some(&admin),
            &change("grantRole", Some("TEAM_CHAIR"), &jan["version"]),
            json!({}),
        )
        .await;
    assert_eq!(
        body["data"]["grantRole"]["user"]["roles"],
        json!(["TEAM_CHAIR", "SOCIAL_WORKER"]),
        "{body}"
    );
    let (_, viewer) = idp::cookie_gql(&server, &cookie, Some(&csrf), None, VIEWER, json!({})).await;
    assert_eq!(
        viewer["data"]["viewer"]["roles"],
        json!(["TEAM_CHAIR", "SOCIAL_WORKER"])
    );
    // A stale version is a conflict, and nothing changes.
    let body = server
        .gql(
            Some(&admin),
            &change("revokeRole", Some("TEAM_CHAIR"), &jan["version"]),
            json!({}),
        )
        .await;
    assert_eq!(code(&body), Some("CONFLICT"), "{body}");
    let jan = user(&server, &admin, "jan").await;
    let body = server
        .gql(
            Some(&admin),
            &change("revokeRole", Some("SOCIAL_WORKER"), &jan["version"]),
            json!({}),
        )
        .await;
    assert_eq!(
        body["data"]["revokeRole"]["userErrors"][0]["code"], "FROM_PROVIDER",
        "{body}"
    );
    let body = server
        .gql(
            Some(&admin),
            &change("revokeRole", Some("TEAM_CHAIR"), &jan["version"]),
            json!({}),
        )
        .await;
    assert_eq!(
        body["data"]["revokeRole"]["user"]["roles"],
        json!(["SOCIAL_WORKER"]),
        "{body}"
    );
    let (_, viewer) = idp::cookie_gql(&server, &cookie, Some(&csrf), None, VIEWER, json!({})).await;
    assert_eq!(viewer["data"]["viewer"]["roles"], json!(["SOCIAL_WORKER"]));

    // Disabling ends the session and refuses older tokens at once.
    let token = provider
        .sign(
            provider.claims("jan", "ostoja", &["pracownicy-socjalni"]),
            json!({}),
        )
        .await;
    let jan = user(&server, &admin, "jan").await;
    let body = server
        .gql(
            Some(&admin),
            &change("disableUser", None, &jan["version"]),
            json!({}),
        )
        .await;
    assert_eq!(
        body["data"]["disableUser"]["user"]["disabled"], true,
        "{body}"
    );
    let (status, _) = idp::cookie_gql(&server, &cookie, Some(&csrf), None, VIEWER, json!({})).await;
    assert_eq!(status, 401);
    let (status, body) = server.post(Some(&token), json!({ "query": VIEWER })).await;
    assert_eq!((status, code(&body)), (403, Some("FORBIDDEN")), "{body}");
    let jan = user(&server, &admin, "jan").await;
    let body = server
        .gql(
            Some(&admin),
            &change("enableUser", None, &jan["version"]),
            json!({}),
        )
        .await;
    assert_eq!(
        body["data"]["enableUser"]["user"]["disabled"], false,
        "{body}"
    );
    let (status, _) = idp::cookie_gql(&server, &cookie, Some(&csrf), None, VIEWER, json!({})).await;
    assert_eq!(status, 401, "the old session stays ended");
    let (status, _) = server.post(Some(&token), json!({ "query": VIEWER })).await;
    assert_eq!(
        status, 401,
        "a token from before the disabling stays refused"
    );
    tokio::time::sleep(Duration::from_millis(1100)).await; // `iat` has one-second resolution
    let fresh = provider
        .sign(
            provider.claims("jan", "ostoja", &["pracownicy-socjalni"]),
            json!({}),
        )
        .await;
    let (status, body) = server.post(Some(&fresh), json!({ "query": VIEWER })).await;
    assert_eq!(status, 200, "{body}");

    // An administrator cannot lock themself out; every change is audited.
    let body = server
        .gql(
            Some(&admin),
            "{ viewer { user { id version } } }",
            json!({}),
        )
        .await;
    let me = &body["data"]["viewer"]["user"];
    let body = server
        .gql(Some(&admin), &format!("mutation {{ disableUser(input: {{ id: \"{}\", version: {} }}) {{ userErrors {{ code }} }} }}", me["id"].as_str().unwrap(), me["version"]), json!({}))
        .await;
    assert_eq!(body["data"]["disableUser"]["userErrors"][0]["code"], "SELF");
    let body = server
        .gql(
            Some(&admin),
            "{ auditEvents(first: 100) { edges { node { operation objectIds } } } }",
            json!({}),
        )
        .await;
    let text = body.to_string();
    for op in ["grantRole", "revokeRole", "disableUser", "enableUser"] {
        assert!(text.contains(op), "{op} not audited: {body}");
    }
}

#[tokio::test]
async fn rate_limits_trip_and_recover() {
    let db = TestDb::new(Backend::Sqlite).await;
    let server = sso_server(
        &db,
        None,
        &[
            ("OSTOJA_RATE_LIMIT__WINDOW_SECONDS", "2"),
            ("OSTOJA_RATE_LIMIT__SIGN_IN_PER_WINDOW", "3"),
            ("OSTOJA_RATE_LIMIT__GRAPHQL_PER_ADDRESS", "5"),
        ],
    )
    .await;
    // Four attempts span at most two windows of three: at least one is refused.
    let mut statuses = Vec::new();
    for _ in 0..7 {
        statuses.push(server.get("/auth/login?tenant=nieznana").await.0);
    }
    assert!(statuses.contains(&429), "{statuses:?}");
    let resp = server
        .http
        .get(format!("{}/auth/login?tenant=zory", server.url))
        .send()
        .await
        .unwrap();
    if resp.status() == 429 {
        let retry: u64 = resp.headers()["retry-after"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!((1..=2).contains(&retry));
    }
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        let (status, _) = server.get("/auth/login?tenant=nieznana").await;
        if status == 404 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "sign-in limit never recovered"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let mut last = (0, Value::Null);
    for _ in 0..8 {
        last = server
            .post(None, json!({ "query": "{ regions { slug } }" }))
            .await;
        if last.0 == 429 {
            break;
        }
    }
    assert_eq!(
        (last.0, code(&last.1)),
        (429, Some("RATE_LIMITED")),
        "{:?}",
        last.1
    );
}

/// The metric's value (summed over its labels), 0 when absent.
fn metric(metrics: &str, name: &str) -> f64 {
    metrics
        .lines()
        .filter(|l| l.starts_with(name))
        .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}

/// Windows in Redis get their expiry, and an error reply from Redis is logged and counted
/// while the next request counts again — limits never switch off unnoticed.
#[tokio::test]
async fn rate_limits_in_redis_expire_and_survive_error_replies() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let redis = PrivateRedis::start(port).await;
    let db = TestDb::new(Backend::Sqlite).await;
    let server = sso_server(
        &db,
        Some(&redis.url()),
        &[
            ("OSTOJA_RATE_LIMIT__WINDOW_SECONDS", "600"),
            ("OSTOJA_RATE_LIMIT__GRAPHQL_PER_ADDRESS", "5"),
        ],
    )
    .await;
    let query = || json!({ "query": "{ regions { slug } }" });
    let mut statuses = Vec::new();
    for _ in 0..6 {
        statuses.push(server.post(None, query()).await.0);
    }
    assert_eq!(statuses, [200, 200, 200, 200, 200, 429]);

    let client = redis::Client::open(redis.url()).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    let keys: Vec<String> = redis::cmd("KEYS")
        .arg("ostoja:rate:graphql-address:*")
        .query_async(&mut conn)
        .await
        .unwrap();
    assert_eq!(keys.len(), 1, "{keys:?}");
    let ttl: i64 = redis::cmd("PTTL")
        .arg(&keys[0])
        .query_async(&mut conn)
        .await
        .unwrap();
    assert!(ttl > 500_000 && ttl <= 600_000, "the window expires: {ttl}");

    // A value Redis cannot count: each request passes, and each failure is counted.
    let _: () = redis::cmd("SET")
        .arg(&keys[0])
        .arg("not a number")
        .query_async(&mut conn)
        .await
        .unwrap();
    for _ in 0..3 {
        let (status, body) = server.post(None, query()).await;
        assert_eq!(status, 200, "{body}");
    }
    let (_, metrics) = server.get("/metrics").await;
    assert_eq!(
        metric(
            &metrics,
            "ostoja_rate_limit_errors_total{bucket=\"graphql-address\"}"
        ),
        3.0,
        "{metrics}"
    );
    assert_eq!(metric(&metrics, "ostoja_rate_limit_skipped_total"), 0.0);

    // Once Redis counts again, so do the limits: no pause after an error reply.
    let _: () = redis::cmd("DEL")
        .arg(&keys[0])
        .query_async(&mut conn)
        .await
        .unwrap();
    let mut statuses = Vec::new();
    for _ in 0..6 {
        statuses.push(server.post(None, query()).await.0);
    }
    assert_eq!(statuses, [200, 200, 200, 200, 200, 429]);
}

#[tokio::test]
async fn bad_sign_in_input_is_answered_clearly() {
    let db = TestDb::new(Backend::Sqlite).await;
    let server = sso_server(&db, None, &[]).await;
    let provider = Idp::start().await;
    configure(&server, &provider, "zory").await;
    for (path, status, code) in [
        ("/auth/login", 400, "BAD_USER_INPUT"),
        ("/auth/login?tenant=nieznana", 404, "NOT_FOUND"),
        ("/auth/login?tenant=Zle%20Slug", 400, "BAD_USER_INPUT"),
        ("/auth/login?tenant=czestochowa", 404, "NOT_FOUND"),
        (
            "/auth/login?tenant=zory&region=slaskie",
            400,
            "BAD_USER_INPUT",
        ),
        (
            "/auth/login?tenant=zory&return_to=https://evil.example",
            400,
            "BAD_USER_INPUT",
        ),
        ("/auth/callback", 400, "BAD_USER_INPUT"),
        ("/auth/callback?code=x&state=y", 400, "BAD_USER_INPUT"),
        (
            "/auth/callback?code=x&state=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            400,
            "BAD_USER_INPUT",
        ),
        (
            "/auth/callback?state=%FF%FE&code[]=1",
            400,
            "BAD_USER_INPUT",
        ),
    ] {
        let (got, body) = server.get(path).await;
        assert_eq!(got, status, "{path}: {body}");
        assert!(
            body.contains(&format!("data-code=\"{code}\"")),
            "{path}: {body}"
        );
    }
    // A real state used twice: the replay is refused, and no second session appears.
    let b = idp::browser();
    let start = b
        .get(format!("{}/auth/login?tenant=zory", server.url))
        .send()
        .await
        .unwrap();
    let authorize = idp::location(&start);
    let state = url::Url::parse(&authorize)
        .unwrap()
        .query_pairs()
        .find(|(k, _)| k == "state")
        .unwrap()
        .1
        .into_owned();
    // Another browser with this state (a link planted by someone else) is refused.
    let (planted, body) = server
        .get(&format!("/auth/callback?code=forged&state={state}"))
        .await;
    assert_eq!(planted, 400, "{body}");
    let callback = |state: &str, rest: &str| {
        b.get(format!("{}/auth/callback?{rest}&state={state}", server.url))
            .send()
    };
    let first = callback(&state, "code=forged").await.unwrap().status();
    assert_eq!(first, 401, "a forged code is refused by the provider");
    let replay = callback(&state, "code=forged").await.unwrap();
    assert_eq!(replay.status(), 400, "{}", replay.text().await.unwrap());
    // The provider reporting an error.
    let start = b
        .get(format!("{}/auth/login?tenant=zory", server.url))
        .send()
        .await
        .unwrap();
    let state = url::Url::parse(&idp::location(&start))
        .unwrap()
        .query_pairs()
        .find(|(k, _)| k == "state")
        .unwrap()
        .1
        .into_owned();
    let status = callback(&state, "error=access_denied")
        .await
        .unwrap()
        .status();
    assert_eq!(status, 401);
    // Garbage cookies are unauthenticated, never a 500.
    for cookie in ["x", &"A".repeat(43), &"%".repeat(5000)] {
        let (status, body) =
            idp::cookie_gql(&server, cookie, Some("t"), None, VIEWER, json!({})).await;
        assert_eq!(
            (status, code(&body)),
            (401, Some("UNAUTHENTICATED")),
            "{body}"
        );
    }
    // No user was created by any of this.
    let admin = server.staff("zory", "admin").await;
    let body = server
        .gql(
            Some(&admin),
            "{ users(first: 100) { edges { node { login } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        body["data"]["users"]["edges"].as_array().unwrap().len(),
        12,
        "{body}"
    );
}

#[tokio::test]
async fn wrong_issuers_are_reported_clearly() {
    let db = TestDb::new(Backend::Sqlite).await;
    let server = sso_server(&db, None, &[]).await;
    let provider = Idp::start().await;
    let op = server.operator().await;
    let zory = server.municipality_id("zory").await;
    // The provider names itself 127.0.0.1; asked as localhost, its discovery disagrees.
    let localhost = provider.issuer.replace("127.0.0.1", "localhost");
    let set = "mutation($input: SetIdentityProviderInput!) { setIdentityProvider(input: $input) { identityProvider { issuer } userErrors { field code message } } }";
    for (issuer, expected) in [
        (localhost.as_str(), "different issuer"),
        (
            &format!("{}/realms/none", provider.issuer) as &str,
            "HTTP 404",
        ),
        ("http://127.0.0.1:9", "cannot reach"),
    ] {
        let body = server
            .gql(Some(&op), set, json!({ "input": { "municipalityId": zory, "issuer": issuer, "clientId": "c", "clientSecret": "s" } }))
            .await;
        let err = &body["data"]["setIdentityProvider"]["userErrors"][0];
        assert_eq!(err["code"], "DISCOVERY_FAILED", "{body}");
        assert!(
            err["message"].as_str().unwrap().contains(expected),
            "{issuer}: {body}"
        );
    }
    // The command line says the same, and sets a good one.
    let out = server
        .cli(&[
            "idp",
            "set",
            "--tenant",
            "zory",
            "--issuer",
            &localhost,
            "--client-id",
            "c",
        ])
        .await;
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("different issuer"));
    let (client_id, secret) = provider.register(&server).await;
    let out = run_cli(
        &[
            crate::harness::base_env(&db, None),
            vec![("OSTOJA_IDP_CLIENT_SECRET".to_owned(), secret.clone())],
        ]
        .concat(),
        db.dir(),
        &[
            "idp",
            "set",
            "--tenant",
            "zory",
            "--issuer",
            &provider.issuer,
            "--client-id",
            &client_id,
            "--map",
            "ops-admins=tenant_admin",
            "--allowed-domain",
            "zory.pl",
        ],
    )
    .await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = server.cli(&["idp", "list"]).await;
    let listed = String::from_utf8_lossy(&out.stdout);
    assert!(
        listed.contains("tenant:zory") && listed.contains(&provider.issuer),
        "{listed}"
    );
    assert!(!listed.contains(&secret));
    // ewa's address is outside the allowed domain.
    let b = idp::browser();
    let resp = b
        .get(format!("{}/auth/login?tenant=zory", server.url))
        .send()
        .await
        .unwrap();
    let to_login = idp::location(&b.get(idp::location(&resp)).send().await.unwrap());
    let resume = idp::location(
        &b.post(format!("{to_login}/login"))
            .form(&[("login", "ewa")])
            .send()
            .await
            .unwrap(),
    );
    let to_consent = idp::location(&b.get(&resume).send().await.unwrap());
    let resume = idp::location(
        &b.post(format!("{to_consent}/confirm"))
            .send()
            .await
            .unwrap(),
    );
    let callback = idp::location(&b.get(&resume).send().await.unwrap());
    let resp = b.get(&callback).send().await.unwrap();
    assert_eq!(resp.status(), 403);
    assert!(resp
        .text()
        .await
        .unwrap()
        .contains("data-code=\"FORBIDDEN\""));
}

#[tokio::test]
async fn production_requires_identity_providers_and_refuses_development_sign_in() {
    let db = TestDb::new(Backend::Postgres).await;
    let mut env = crate::harness::base_env(&db, Some(REDIS));
    env.extend(
        [
            ("OSTOJA_PROFILE", "production"),
            (
                "OSTOJA_MASTER_KEY",
                "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=",
            ),
            ("OSTOJA_HTTP__PUBLIC_URL", "https://ostoja.example"),
            ("OSTOJA_HTTP__PORT", "0"),
        ]
        .map(|(k, v)| (k.to_owned(), v.to_owned())),
    );
    let out = run_cli(&env, db.dir(), &["migrate"]).await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = run_cli(&env, db.dir(), &["serve"]).await;
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("idp set --operators"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = run_cli(&env, db.dir(), &["dev-token", "--operator", "--user", "x"]).await;
    assert!(!out.status.success());
}

#[tokio::test]
async fn subscriptions_end_when_the_token_expires() {
    use futures::{SinkExt, StreamExt};
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;
    use tokio_tungstenite::tungstenite::Message;

    let db = TestDb::new(Backend::Sqlite).await;
    let server = sso_server(&db, None, &[]).await;
    let provider = Idp::start().await;
    configure(&server, &provider, "zory").await;
    let mut claims = provider.claims("anna", "ostoja", &["ops-admins"]);
    claims["exp"] = json!(chrono::Utc::now().timestamp() + 3);
    let token = provider.sign(claims, json!({})).await;
    let mut request = server.ws_url().into_client_request().unwrap();
    request.headers_mut().insert(
        "sec-websocket-protocol",
        "graphql-transport-ws".parse().unwrap(),
    );
    let (mut ws, _) = tokio_tungstenite::connect_async(request).await.unwrap();
    ws.send(Message::text(
        json!({ "type": "connection_init", "payload": { "Authorization": format!("Bearer {token}") } })
            .to_string(),
    ))
    .await
    .unwrap();
    let ack = ws.next().await.unwrap().unwrap();
    assert!(ack.to_text().unwrap().contains("connection_ack"), "{ack:?}");
    ws.send(Message::text(
        json!({ "id": "1", "type": "subscribe", "payload": { "query": "subscription { auditEventRecorded { operation } }" } })
            .to_string(),
    ))
    .await
    .unwrap();
    // The connection closes once the token expires (+ clock skew is not applied to live
    // connections: the expiry is the token's own).
    let closed = tokio::time::timeout(Duration::from_secs(15), async {
        while let Some(msg) = ws.next().await {
            match msg {
                Ok(Message::Close(_)) | Err(_) => return true,
                Ok(_) => {}
            }
        }
        true
    })
    .await;
    assert_eq!(closed, Ok(true), "the connection outlived the token");
}

/// A Redis of the test's own, so that it can be stopped and started again.
pub struct PrivateRedis {
    port: u16,
    child: Option<tokio::process::Child>,
}

impl PrivateRedis {
    pub async fn start(port: u16) -> PrivateRedis {
        let mut redis = PrivateRedis { port, child: None };
        redis.restart().await;
        redis
    }

    pub async fn restart(&mut self) {
        let child = tokio::process::Command::new("redis-server")
            .args([
                "--port",
                &self.port.to_string(),
                "--save",
                "",
                "--appendonly",
                "no",
            ])
            .stdout(std::process::Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("redis-server");
        self.child = Some(child);
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        while tokio::net::TcpStream::connect(("127.0.0.1", self.port))
            .await
            .is_err()
        {
            assert!(std::time::Instant::now() < deadline, "redis did not start");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill().await;
        }
    }

    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }
}

#[tokio::test]
async fn without_redis_bearer_tokens_work_and_sessions_fail_closed() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut redis = PrivateRedis::start(port).await;
    let db = TestDb::new(Backend::Postgres).await;
    let server = sso_server(&db, Some(&redis.url()), &[]).await;
    let provider = Idp::start().await;
    configure(&server, &provider, "zory").await;
    let (_browser, cookie) = idp::sign_in(&server, "tenant=zory", "anna").await;
    let csrf = idp::csrf(&server, &cookie).await;
    let token = provider
        .sign(provider.claims("api-1", "ostoja", &[]), json!({}))
        .await;

    redis.stop().await;
    let (status, body) = server.post(Some(&token), json!({ "query": VIEWER })).await;
    assert_eq!(status, 200, "bearer without Redis: {body}");
    assert_eq!(body["data"]["viewer"]["municipality"]["slug"], "zory");
    let (status, body) =
        idp::cookie_gql(&server, &cookie, Some(&csrf), None, VIEWER, json!({})).await;
    assert_eq!((status, code(&body)), (503, Some("UNAVAILABLE")), "{body}");
    // Still ready (bearer requests work), reported as degraded.
    let (status, body) = server.get("/readyz").await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"status\":\"degraded\""), "{body}");
    assert!(
        body.contains("\"redis\":\"unreachable\"") || body.contains("timed out"),
        "{body}"
    );
    let (status, page) = server.get("/auth/login?tenant=zory").await;
    assert_eq!(status, 503, "{page}");

    // Redis returns (empty: it keeps nothing): service resumes by itself.
    redis.restart().await;
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while !server
        .get("/readyz")
        .await
        .1
        .contains("\"status\":\"ready\"")
    {
        assert!(std::time::Instant::now() < deadline, "never ready again");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let (status, _) = idp::cookie_gql(&server, &cookie, Some(&csrf), None, VIEWER, json!({})).await;
    assert_eq!(status, 401, "the session was in the Redis that was lost");
    let (_browser, cookie) = idp::sign_in(&server, "tenant=zory", "anna").await;
    let csrf = idp::csrf(&server, &cookie).await;
    let (status, body) =
        idp::cookie_gql(&server, &cookie, Some(&csrf), None, VIEWER, json!({})).await;
    assert_eq!(status, 200, "{body}");
}
