//! Sign-on hardening, each requirement as the attack it stops: taking over a pre-created
//! account by an unverified e-mail address, a new issuer's subject landing in an old account,
//! an older token restoring a removed role, one provider's outage slowing the others, plain
//! http:// issuers in production and lost updates of a provider's settings.

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::harness::{code, run_cli, Backend, Server, TestDb};
use crate::idp::{self, Idp};
use crate::on_both;
use crate::sso::{configure, sso_server, user, VIEWER};

const CHAIR_EMAIL: &str = "przewodniczacy@zory.example.pl";

const SET_PROVIDER: &str = "mutation($input: SetIdentityProviderInput!) { setIdentityProvider(input: $input) { identityProvider { version trustUnverifiedEmail audience } userErrors { field code message } } }";

/// A bearer token of `idp` for `sub` with the given e-mail claims (no `email_verified` when
/// `verified` is `None`).
async fn token(idp: &Idp, sub: &str, email: &str, verified: Option<bool>) -> String {
    let mut claims = idp.claims(sub, "ostoja", &[]);
    claims["email"] = json!(email);
    if let Some(v) = verified {
        claims["email_verified"] = json!(v);
    }
    idp.sign(claims, json!({})).await
}

async fn logins(server: &Server, admin: &str) -> Vec<String> {
    let body = server
        .gql(
            Some(admin),
            "{ users(first: 100) { edges { node { login } } } }",
            json!({}),
        )
        .await;
    let mut logins: Vec<String> = body["data"]["users"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .map(|e| e["node"]["login"].as_str().unwrap().to_owned())
        .collect();
    logins.sort();
    logins
}

/// Replaces zory's provider settings (same client) at `version`, with `extra` input fields.
async fn update_provider(server: &Server, idp: &Idp, current: &Value, extra: Value) -> Value {
    let op = server.operator().await;
    let mut input = json!({
        "municipalityId": server.municipality_id("zory").await,
        "issuer": idp.issuer, "clientId": current["clientId"], "audience": "ostoja",
        "scopes": ["openid", "email", "profile", "groups"],
        "roleMapping": [{ "value": "ops-admins", "role": "TENANT_ADMIN" }],
        "version": current["version"],
    });
    for (k, v) in extra.as_object().unwrap() {
        input[k] = v.clone();
    }
    server
        .gql(Some(&op), SET_PROVIDER, json!({ "input": input }))
        .await
}

async fn e_mail_links_an_account_only_when_verified(backend: Backend) {
    let db = TestDb::new(backend).await;
    let server = sso_server(&db, None, &[]).await;
    let provider = Idp::start().await;
    let settings = configure(&server, &provider, "zory").await;
    let admin = server.staff("zory", "admin").await;
    let before = logins(&server, &admin).await;

    // Someone sets the chair's address at the provider, which does not vouch for it.
    provider
        .put_account(
            "mallory",
            json!({ "email": CHAIR_EMAIL, "email_verified": false, "name": "M", "groups": ["ops-admins"] }),
        )
        .await;
    let (_browser, resp) = idp::attempt_sign_in(&server, "tenant=zory", "mallory").await;
    assert_eq!(resp.status(), 403);
    assert!(resp.headers().get("set-cookie").is_none());
    let page = resp.text().await.unwrap();
    assert!(
        page.contains("data-code=\"FORBIDDEN\"") && page.contains("nie potwierdził adresu e-mail"),
        "{page}"
    );
    // The same by bearer token, with the claim left out and with different letter case.
    for (sub, email, verified) in [
        ("mallory-2", CHAIR_EMAIL, None),
        ("mallory-3", "Przewodniczacy@Zory.Example.PL", Some(false)),
    ] {
        let t = token(&provider, sub, email, verified).await;
        let (status, body) = server.post(Some(&t), json!({ "query": VIEWER })).await;
        assert_eq!((status, code(&body)), (403, Some("FORBIDDEN")), "{body}");
    }
    // Nothing was provisioned, and the chair's account is still unlinked.
    assert_eq!(logins(&server, &admin).await, before);
    let chair = user(&server, &admin, "przewodniczacy").await;
    assert_eq!(chair["signsInWithProvider"], false);

    // In the browser, an ID token with `email_verified: true` links.
    provider
        .put_account(
            "policjant-sso",
            json!({ "email": "Policjant@zory.example.pl", "email_verified": true, "name": "P", "groups": [] }),
        )
        .await;
    let (_browser, cookie) = idp::sign_in(&server, "tenant=zory", "policjant-sso").await;
    let csrf = idp::csrf(&server, &cookie).await;
    let (_, body) = idp::cookie_gql(&server, &cookie, Some(&csrf), None, VIEWER, json!({})).await;
    assert_eq!(body["data"]["viewer"]["login"], "policjant", "{body}");

    // A verified address links, whatever its letter case.
    let t = token(
        &provider,
        "chair-1",
        "PRZEWODNICZACY@zory.EXAMPLE.pl",
        Some(true),
    )
    .await;
    let body = server.gql(Some(&t), VIEWER, json!({})).await;
    assert_eq!(body["data"]["viewer"]["login"], "przewodniczacy", "{body}");
    assert!(body["data"]["viewer"]["roles"]
        .as_array()
        .unwrap()
        .contains(&json!("TEAM_CHAIR")));
    let chair = user(&server, &admin, "przewodniczacy").await;
    assert_eq!(chair["signsInWithProvider"], true);

    // A linked account is never linked again: another subject with the same verified address
    // is somebody else.
    let t = token(&provider, "chair-2", CHAIR_EMAIL, Some(true)).await;
    let body = server.gql(Some(&t), VIEWER, json!({})).await;
    assert_ne!(body["data"]["viewer"]["login"], "przewodniczacy", "{body}");
    assert_eq!(body["data"]["viewer"]["roles"], json!([]), "{body}");
    let t = token(&provider, "chair-1", CHAIR_EMAIL, Some(true)).await;
    let body = server.gql(Some(&t), VIEWER, json!({})).await;
    assert_eq!(body["data"]["viewer"]["login"], "przewodniczacy", "{body}");

    // An operator may knowingly trust a provider that sends no `email_verified` (Entra ID);
    // an address marked unverified still never links.
    let body = update_provider(
        &server,
        &provider,
        &settings,
        json!({ "trustUnverifiedEmail": true }),
    )
    .await;
    assert_eq!(
        body["data"]["setIdentityProvider"]["identityProvider"]["trustUnverifiedEmail"], true,
        "{body}"
    );
    let t = token(&provider, "entra-1", "czlonek@zory.example.pl", None).await;
    let body = server.gql(Some(&t), VIEWER, json!({})).await;
    assert_eq!(body["data"]["viewer"]["login"], "czlonek", "{body}");
    let t = token(
        &provider,
        "entra-2",
        "pracownik@zory.example.pl",
        Some(false),
    )
    .await;
    let (status, body) = server.post(Some(&t), json!({ "query": VIEWER })).await;
    assert_eq!((status, code(&body)), (403, Some("FORBIDDEN")), "{body}");
    assert_eq!(
        user(&server, &admin, "pracownik").await["signsInWithProvider"],
        false
    );
}
on_both!(e_mail_links_an_account_only_when_verified);

async fn a_new_issuers_subject_is_a_new_person(backend: Backend) {
    let db = TestDb::new(backend).await;
    let server = sso_server(&db, None, &[]).await;
    let (old, new) = tokio::join!(Idp::start(), Idp::start());
    configure(&server, &old, "zory").await;
    let t = token(&old, "s-1", CHAIR_EMAIL, Some(true)).await;
    let body = server.gql(Some(&t), VIEWER, json!({})).await;
    assert_eq!(body["data"]["viewer"]["login"], "przewodniczacy", "{body}");

    // The municipality replaces its provider; the new one happens to issue the same subject
    // string to someone else.
    configure(&server, &new, "zory").await;
    for (sub, email) in [("s-1", "nowy@zory.pl"), ("s-2", CHAIR_EMAIL)] {
        let t = token(&new, sub, email, Some(true)).await;
        let body = server.gql(Some(&t), VIEWER, json!({})).await;
        assert_eq!(
            body["data"]["viewer"]["municipality"]["slug"], "zory",
            "{body}"
        );
        assert_ne!(body["data"]["viewer"]["login"], "przewodniczacy", "{body}");
        assert_eq!(body["data"]["viewer"]["roles"], json!([]), "{body}");
    }
    // The old issuer's tokens are no longer accepted at all.
    let t = token(&old, "s-1", CHAIR_EMAIL, Some(true)).await;
    let (status, _) = server.post(Some(&t), json!({ "query": VIEWER })).await;
    assert_eq!(status, 401);
}
on_both!(a_new_issuers_subject_is_a_new_person);

async fn an_older_token_cannot_restore_removed_roles(backend: Backend) {
    let db = TestDb::new(backend).await;
    let server = sso_server(&db, None, &[]).await;
    let provider = Idp::start().await;
    configure(&server, &provider, "zory").await;
    let now = chrono::Utc::now().timestamp();
    let at = |iat: i64, groups: &[&str]| {
        let mut c = provider.claims("api-r", "ostoja", groups);
        c["iat"] = json!(iat);
        c
    };
    let old = provider
        .sign(at(now - 120, &["ops-admins"]), json!({}))
        .await;
    let newer = provider.sign(at(now - 60, &[]), json!({})).await;
    let newest = provider.sign(at(now, &["ops-admins"]), json!({})).await;
    let roles = |t: String| {
        let server = &server;
        async move {
            let body = server.gql(Some(&t), VIEWER, json!({})).await;
            body["data"]["viewer"]["roles"].clone()
        }
    };
    assert_eq!(roles(old.clone()).await, json!(["TENANT_ADMIN"]));
    assert_eq!(
        roles(newer.clone()).await,
        json!([]),
        "a newer token removes the role"
    );
    assert_eq!(
        roles(old).await,
        json!([]),
        "the older token, still valid, does not restore it"
    );
    assert_eq!(roles(newest).await, json!(["TENANT_ADMIN"]));
    assert_eq!(roles(newer).await, json!(["TENANT_ADMIN"]));
}
on_both!(an_older_token_cannot_restore_removed_roles);

#[tokio::test]
async fn one_providers_outage_slows_no_one_else_and_is_not_retried_per_request() {
    let db = TestDb::new(Backend::Postgres).await;
    let server = sso_server(
        &db,
        None,
        &[("OSTOJA_AUTH__DISCOVERY_FAILURE_BACKOFF_SECONDS", "600")],
    )
    .await;
    let (a, b) = tokio::join!(Idp::start(), Idp::start());
    configure(&server, &a, "zory").await;
    configure(&server, &b, "czestochowa").await;
    let good_a = a.sign(a.claims("api-a", "ostoja", &[]), json!({})).await;
    assert_eq!(
        server
            .post(Some(&good_a), json!({ "query": VIEWER }))
            .await
            .0,
        200
    );

    // A's discovery hangs while a token with an unknown key makes the gateway refetch it.
    a.outage(Some("hang")).await;
    let unknown_key = a
        .sign(
            a.claims("api-a", "ostoja", &[]),
            json!({ "kid": "not-a-key" }),
        )
        .await;
    let url = server.url.clone();
    let key = unknown_key.clone();
    let pending = tokio::spawn(async move {
        reqwest::Client::new()
            .post(format!("{url}/graphql"))
            .bearer_auth(key)
            .json(&json!({ "query": VIEWER }))
            .send()
            .await
            .map(|r| r.status().as_u16())
    });
    let deadline = Instant::now() + Duration::from_secs(20);
    while a.outage(None).await["held"].as_u64() == Some(0) {
        assert!(Instant::now() < deadline, "the gateway never refetched A");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // B rotated its key meanwhile: its refetch does not wait for A's.
    b.rotate().await;
    let rotated_b = b.sign(b.claims("api-b", "ostoja", &[]), json!({})).await;
    let (status, body) = server
        .post(Some(&rotated_b), json!({ "query": VIEWER }))
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body["data"]["viewer"]["municipality"]["slug"],
        "czestochowa"
    );
    assert!(
        !pending.is_finished(),
        "B's request was answered only after A's hanging discovery gave up"
    );
    // A's hanging fetch times out: the request is refused, not left hanging.
    assert_eq!(pending.await.unwrap().unwrap(), 401);

    // After the failure A is left alone for a while: unknown keys do not refetch per request,
    // and tokens with known keys go on working from the cache.
    let hits = a.outage(Some("fail")).await["discoveryHits"].clone();
    for _ in 0..3 {
        let (status, body) = server
            .post(Some(&unknown_key), json!({ "query": VIEWER }))
            .await;
        assert_eq!(
            (status, code(&body)),
            (401, Some("UNAUTHENTICATED")),
            "{body}"
        );
    }
    assert_eq!(a.outage(None).await["discoveryHits"], hits);
    assert_eq!(
        server
            .post(Some(&good_a), json!({ "query": VIEWER }))
            .await
            .0,
        200
    );
}

async fn concurrent_provider_updates_one_wins_one_conflicts(backend: Backend) {
    use sea_orm::{ConnectionTrait, TransactionTrait};

    let db = TestDb::new(backend).await;
    let server = sso_server(&db, None, &[]).await;
    let provider = Idp::start().await;
    let mut current = configure(&server, &provider, "zory").await;
    for round in 0..3 {
        let seen = current["version"].as_i64().unwrap();
        // On PostgreSQL the first round holds the provider's row, so that both updates have
        // read the same version and wait at their write: the check must be in the write.
        let held = if backend == Backend::Postgres && round == 0 {
            let holder = db.connect_as_superuser().await;
            let tx = holder.begin().await.unwrap();
            tx.execute_unprepared("SELECT 1 FROM identity_providers FOR UPDATE")
                .await
                .unwrap();
            Some((holder, tx, db.connect_as_superuser().await))
        } else {
            None
        };
        let both = async {
            tokio::join!(
                update_provider(
                    &server,
                    &provider,
                    &current,
                    json!({ "audience": "ostoja" })
                ),
                update_provider(
                    &server,
                    &provider,
                    &current,
                    json!({ "audience": "ostoja-2" })
                ),
            )
        };
        let release = async {
            if let Some((_holder, tx, conn)) = held {
                let deadline = Instant::now() + Duration::from_secs(30);
                loop {
                    let waiting = conn
                        .query_one_raw(sea_orm::Statement::from_string(
                            sea_orm::DbBackend::Postgres,
                            "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
                        ))
                        .await
                        .unwrap()
                        .unwrap()
                        .try_get::<i64>("", "n")
                        .unwrap();
                    if waiting >= 2 {
                        break;
                    }
                    assert!(
                        Instant::now() < deadline,
                        "the updates never reached the row"
                    );
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                tx.rollback().await.unwrap();
            }
        };
        let ((x, y), ()) = tokio::join!(both, release);
        let mut won = Vec::new();
        for body in [&x, &y] {
            match code(body) {
                Some("CONFLICT") => {}
                None => won.push(body["data"]["setIdentityProvider"]["identityProvider"].clone()),
                other => panic!("{other:?}: {body}"),
            }
        }
        assert_eq!(won.len(), 1, "exactly one of two updates wins: {x} {y}");
        assert_eq!(won[0]["version"], seen + 1, "{x} {y}");
        current["version"] = won[0]["version"].clone();
    }
    let op = server.operator().await;
    let body = server
        .gql(Some(&op), "{ identityProviders { version } }", json!({}))
        .await;
    assert_eq!(
        body["data"]["identityProviders"][0]["version"],
        current["version"]
    );
}
on_both!(concurrent_provider_updates_one_wins_one_conflicts);

#[tokio::test]
async fn production_refuses_plain_http_issuers() {
    let db = TestDb::new(Backend::Postgres).await;
    let mut env = crate::harness::base_env(&db, None);
    env.extend(
        [
            ("OSTOJA_PROFILE", "production"),
            (
                "OSTOJA_MASTER_KEY",
                "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=",
            ),
            ("OSTOJA_HTTP__PUBLIC_URL", "https://ostoja.example"),
            ("OSTOJA_IDP_CLIENT_SECRET", "s3cret"),
        ]
        .map(|(k, v)| (k.to_owned(), v.to_owned())),
    );
    let out = run_cli(&env, db.dir(), &["migrate"]).await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let issuer = "http://login.zory.example/realms/mops";
    let out = run_cli(
        &env,
        db.dir(),
        &[
            "idp",
            "set",
            "--operators",
            "--issuer",
            issuer,
            "--client-id",
            "c",
        ],
    )
    .await;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains(issuer) && stderr.contains("only https://"),
        "{stderr}"
    );
}

const RELINK: &str = "mutation($input: RelinkAccountsInput!) { relinkAccounts(input: $input) { relinking { issuer unlinked withoutEmail duplicatesDisabled ambiguous } userErrors { field code } } }";

/// A municipality replaces its identity provider: its administrator re-links the accounts, the
/// duplicate the new provider made is disabled, and everyone's own account links at their next
/// sign-in by an address the provider vouches for; only the administrator or an operator may.
async fn accounts_are_relinked_after_the_provider_changes(backend: Backend) {
    let db = TestDb::new(backend).await;
    let server = sso_server(&db, None, &[]).await;
    let (old, new) = tokio::join!(Idp::start(), Idp::start());
    configure(&server, &old, "zory").await;
    for (sub, email) in [("o-1", CHAIR_EMAIL), ("o-2", "pracownik@zory.example.pl")] {
        let t = token(&old, sub, email, Some(true)).await;
        let body = server.gql(Some(&t), VIEWER, json!({})).await;
        assert!(body["data"]["viewer"]["login"].is_string(), "{body}");
    }
    configure(&server, &new, "zory").await;
    // The chair signs in through the new provider before anyone re-links: a new, empty account.
    let chair = token(&new, "n-1", CHAIR_EMAIL, Some(true)).await;
    let body = server.gql(Some(&chair), VIEWER, json!({})).await;
    let stray = body["data"]["viewer"]["login"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned();
    assert_ne!(stray, "przewodniczacy");

    // Only the municipality's administrator, or an operator naming it.
    let worker = server.staff("zory", "pracownik").await;
    let body = server
        .gql(Some(&worker), RELINK, json!({ "input": {} }))
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    let zory = server.municipality_id("zory").await;
    let other_admin = server.staff("czestochowa", "admin").await;
    let body = server
        .gql(
            Some(&other_admin),
            RELINK,
            json!({ "input": { "municipalityId": zory } }),
        )
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    let op = server.operator().await;
    let body = server.gql(Some(&op), RELINK, json!({ "input": {} })).await;
    assert_eq!(
        body["data"]["relinkAccounts"]["userErrors"][0]["code"], "REQUIRED",
        "{body}"
    );
    let czestochowa = server.municipality_id("czestochowa").await;
    let body = server
        .gql(
            Some(&op),
            RELINK,
            json!({ "input": { "municipalityId": czestochowa } }),
        )
        .await;
    assert_eq!(
        body["data"]["relinkAccounts"]["userErrors"][0]["code"], "NO_PROVIDER",
        "{body}"
    );

    let admin = server.staff("zory", "admin").await;
    let body = server
        .gql(Some(&admin), RELINK, json!({ "input": {} }))
        .await;
    let done = &body["data"]["relinkAccounts"]["relinking"];
    assert_eq!(done["issuer"], new.issuer.as_str(), "{body}");
    assert_eq!(done["unlinked"], 2, "{body}");
    assert_eq!(done["duplicatesDisabled"], 1, "{body}");
    assert_eq!(done["ambiguous"], 0, "{body}");

    // The chair's duplicate is disabled; her next request, with the address the provider
    // vouches for, reaches her own account and roles.
    assert_eq!(user(&server, &admin, &stray).await["disabled"], true);
    let body = server.gql(Some(&chair), VIEWER, json!({})).await;
    assert_eq!(body["data"]["viewer"]["login"], "przewodniczacy", "{body}");
    assert!(
        body["data"]["viewer"]["roles"]
            .as_array()
            .is_some_and(|r| r.contains(&json!("TEAM_CHAIR"))),
        "{body}"
    );
    // An address the provider does not vouch for links nothing: no one takes the worker's
    // account by claiming her address; with it vouched for, she reaches it.
    let claimed = token(&new, "n-3", "pracownik@zory.example.pl", None).await;
    let body = server.gql(Some(&claimed), VIEWER, json!({})).await;
    assert_ne!(body["data"]["viewer"]["login"], "pracownik", "{body}");
    let t = token(&new, "n-2", "pracownik@zory.example.pl", Some(true)).await;
    let body = server.gql(Some(&t), VIEWER, json!({})).await;
    assert_eq!(body["data"]["viewer"]["login"], "pracownik", "{body}");
    // Nothing left to do; the trail says who did it.
    let body = server
        .gql(
            Some(&op),
            RELINK,
            json!({ "input": { "municipalityId": zory } }),
        )
        .await;
    let again = &body["data"]["relinkAccounts"]["relinking"];
    assert_eq!(again["unlinked"], 0, "{body}");
    assert_eq!(again["duplicatesDisabled"], 0, "{body}");
    let trail = server
        .gql(
            Some(&admin),
            "{ auditEvents(first: 50) { edges { node { operation actorLogin } } } }",
            json!({}),
        )
        .await;
    assert!(trail.to_string().contains("relinkAccounts"), "{trail}");
}
on_both!(accounts_are_relinked_after_the_provider_changes);
