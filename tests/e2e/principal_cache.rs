//! Principals kept between requests (`identity::principals`): a change to an account or a
//! municipality, made on one gateway, refuses or changes the very next request on another
//! (PostgreSQL + Redis, two `ostoja serve` processes; one process on SQLite); a hand-typed
//! change is seen the same way; a change no principal holds (a sign-in's time) keeps them.

use sea_orm::ConnectionTrait;
use serde_json::{json, Value};

use crate::access_ends::users;
use crate::harness::{code, Backend, Server, ServerOptions, TestDb, REDIS};
use crate::on_both;

const VIEWER: &str = "{ viewer { login roles } }";

/// The writer (with the demo) and the reader: a second process on PostgreSQL, the same one on
/// SQLite.
async fn gateways(db: &TestDb, backend: Backend) -> (Server, Option<Server>) {
    let redis = (backend == Backend::Postgres).then(|| REDIS.to_owned());
    let options = |demo| ServerOptions {
        demo,
        redis: redis.clone(),
        env: Vec::new(),
    };
    let writer = Server::start(db, options(true)).await;
    let reader = match backend {
        Backend::Postgres => Some(Server::start(db, options(false)).await),
        Backend::Sqlite => None,
    };
    (writer, reader)
}

/// Requests whose principal was (kept, built afresh) so far.
async fn counts(server: &Server) -> (f64, f64) {
    (
        server
            .metric(r#"ostoja_principals_total{found="kept"}"#)
            .await,
        server
            .metric(r#"ostoja_principals_total{found="built"}"#)
            .await,
    )
}

async fn viewer(server: &Server, token: &str) -> Value {
    server.gql(Some(token), VIEWER, json!({})).await
}

fn roles(body: &Value) -> Vec<String> {
    body["data"]["viewer"]["roles"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .map(|r| r.as_str().unwrap().to_owned())
        .collect()
}

async fn user_change(server: &Server, admin: &str, mutation: &str, user: &Value) {
    let body = server
        .gql(
            Some(admin),
            &format!(
                "mutation($input: UserVersionInput!) {{ {mutation}(input: $input) {{ userErrors {{ code }} }} }}"
            ),
            json!({ "input": { "id": user["id"], "version": user["version"] } }),
        )
        .await;
    assert_eq!(body["data"][mutation]["userErrors"], json!([]), "{body}");
}

/// A disabled person is refused by the other gateway at their next request, and served again
/// at once when enabled; a role taken away is gone from the next request there.
async fn a_change_on_one_gateway_holds_at_once_on_the_other(backend: Backend) {
    let db = TestDb::new(backend).await;
    let (writer, second) = gateways(&db, backend).await;
    let reader = second.as_ref().unwrap_or(&writer);
    let admin = writer.staff("zory", "admin").await;
    let worker = writer.staff("zory", "pracownik").await;

    // Kept by the reader: its second answer is not built afresh.
    let first = viewer(reader, &worker).await;
    assert_eq!(first["data"]["viewer"]["login"], "pracownik", "{first}");
    let (kept, built) = counts(reader).await;
    assert_eq!(viewer(reader, &worker).await, first);
    assert_eq!(counts(reader).await, (kept + 1.0, built), "not kept");

    user_change(
        &writer,
        &admin,
        "disableUser",
        &users(&writer, &admin).await["pracownik"],
    )
    .await;
    let refused = viewer(reader, &worker).await;
    assert_eq!(code(&refused), Some("FORBIDDEN"), "{refused}");

    user_change(
        &writer,
        &admin,
        "enableUser",
        &users(&writer, &admin).await["pracownik"],
    )
    .await;
    assert_eq!(viewer(reader, &worker).await, first);

    let before = roles(&first);
    assert!(before.iter().any(|r| r == "SOCIAL_WORKER"), "{first}");
    crate::access_ends::revoke(&writer, &admin, "pracownik", &["SOCIAL_WORKER"]).await;
    let after = roles(&viewer(reader, &worker).await);
    assert!(!after.iter().any(|r| r == "SOCIAL_WORKER"), "{after:?}");
    assert_eq!(after.len() + 1, before.len(), "{after:?} {before:?}");
}
on_both!(a_change_on_one_gateway_holds_at_once_on_the_other);

/// A municipality the operator disables on one gateway is refused by the other at the next
/// request of each of its staff, and served again when enabled.
async fn a_disabled_municipality_is_refused_at_once_on_the_other_gateway(backend: Backend) {
    let db = TestDb::new(backend).await;
    let (writer, second) = gateways(&db, backend).await;
    let reader = second.as_ref().unwrap_or(&writer);
    let operator = writer.operator().await;
    let worker = writer.staff("zory", "pracownik").await;
    let other = writer.staff("czestochowa", "pracownik").await;
    assert!(viewer(reader, &worker).await["errors"].is_null());
    assert!(viewer(reader, &other).await["errors"].is_null());

    let id = writer.municipality_id("zory").await;
    let toggle = |name: &'static str| {
        format!(
            "mutation($id: ID!) {{ {name}(input: {{ id: $id }}) {{ municipality {{ active }} }} }}"
        )
    };
    let off = writer
        .gql(
            Some(&operator),
            &toggle("disableMunicipality"),
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        off["data"]["disableMunicipality"]["municipality"]["active"], false,
        "{off}"
    );
    let refused = viewer(reader, &worker).await;
    assert_eq!(code(&refused), Some("FORBIDDEN"), "{refused}");
    // Another municipality's staff are not touched.
    assert!(viewer(reader, &other).await["errors"].is_null());

    let on = writer
        .gql(
            Some(&operator),
            &toggle("enableMunicipality"),
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        on["data"]["enableMunicipality"]["municipality"]["active"], true,
        "{on}"
    );
    assert!(viewer(reader, &worker).await["errors"].is_null());
}
on_both!(a_disabled_municipality_is_refused_at_once_on_the_other_gateway);

/// The triggers see any writer: an account disabled by a hand-typed statement is refused at the
/// next request; a change of what no principal holds (the time of a sign-in) leaves the kept
/// principals of the municipality alone.
async fn a_hand_typed_change_is_seen_and_a_sign_in_time_is_not(backend: Backend) {
    let db = TestDb::new(backend).await;
    let server = Server::start(
        &db,
        ServerOptions {
            demo: true,
            ..ServerOptions::default()
        },
    )
    .await;
    let worker = server.staff("zory", "pracownik").await;
    assert!(viewer(&server, &worker).await["errors"].is_null());
    // On PostgreSQL the superuser passes row-level security (every municipality's
    // `pracownik`); the triggers run all the same.
    let owner = match backend {
        Backend::Postgres => db.connect_as_superuser().await,
        Backend::Sqlite => db.connect_as_app().await,
    };
    let set =
        |change: &str| format!("UPDATE identity_users SET {change} WHERE login = 'pracownik'");
    let (kept, built) = counts(&server).await;
    owner
        .execute_unprepared(&set("last_sign_in_at = updated_at"))
        .await
        .unwrap();
    assert!(viewer(&server, &worker).await["errors"].is_null());
    assert_eq!(
        counts(&server).await,
        (kept + 1.0, built),
        "a sign-in's time dropped the kept principal"
    );

    owner
        .execute_unprepared(&set("disabled = true"))
        .await
        .unwrap();
    let refused = viewer(&server, &worker).await;
    assert_eq!(code(&refused), Some("FORBIDDEN"), "{refused}");
}
on_both!(a_hand_typed_change_is_seen_and_a_sign_in_time_is_not);

/// An identity provider's access token signs in once per gateway, not at every request; a
/// disabled account is refused at its next request on the other gateway (and its tokens from
/// before stay refused once enabled), and a token is refused at once when the operator changes
/// the provider's audience (PostgreSQL, two processes sharing Redis).
#[tokio::test]
async fn a_bearer_token_is_kept_and_refused_at_once_after_a_change() {
    let db = TestDb::new(Backend::Postgres).await;
    let writer = crate::sso::sso_server(&db, Some(REDIS), &[]).await;
    let reader = Server::start(
        &db,
        ServerOptions {
            demo: false,
            redis: Some(REDIS.to_owned()),
            env: crate::sso::sso_env(),
        },
    )
    .await;
    let idp = crate::idp::Idp::start().await;
    let provider = crate::sso::configure(&writer, &idp, "zory").await;
    let token = idp
        .sign(
            idp.claims("api-7", "ostoja", &["pracownicy-socjalni"]),
            json!({}),
        )
        .await;

    let first = viewer(&reader, &token).await;
    assert_eq!(roles(&first), ["SOCIAL_WORKER"], "{first}");
    let (kept, built) = counts(&reader).await;
    assert_eq!(viewer(&reader, &token).await, first);
    assert_eq!(counts(&reader).await, (kept + 1.0, built), "not kept");

    // Its client secret sealed anew (a master key rotation) and its time stamp touched: nothing
    // a token's principal holds changed, so the token stays kept.
    db.connect_as_superuser()
        .await
        .execute_unprepared(
            "UPDATE identity_providers SET client_secret_sealed = client_secret_sealed, \
             updated_at = now()",
        )
        .await
        .expect("reseal");
    assert_eq!(viewer(&reader, &token).await, first);
    assert_eq!(counts(&reader).await, (kept + 2.0, built), "built afresh");

    // Another token of the same person is a credential of its own: built, then kept.
    let mut claims = idp.claims("api-7", "ostoja", &["pracownicy-socjalni"]);
    claims["jti"] = json!("second");
    let second = idp.sign(claims, json!({})).await;
    assert_ne!(second, token);
    assert_eq!(viewer(&reader, &second).await, first);
    assert_eq!(counts(&reader).await.1, built + 1.0);

    let admin = writer.staff("zory", "admin").await;
    let login = first["data"]["viewer"]["login"]
        .as_str()
        .unwrap()
        .to_owned();
    user_change(
        &writer,
        &admin,
        "disableUser",
        &crate::sso::user(&writer, &admin, &login).await,
    )
    .await;
    let refused = viewer(&reader, &token).await;
    assert_eq!(code(&refused), Some("FORBIDDEN"), "{refused}");
    user_change(
        &writer,
        &admin,
        "enableUser",
        &crate::sso::user(&writer, &admin, &login).await,
    )
    .await;
    // Disabling ended what was signed in before it: the kept token stays refused, a new one
    // (issued after; `iat` counts whole seconds) is served.
    let refused = viewer(&reader, &token).await;
    assert_eq!(code(&refused), Some("UNAUTHENTICATED"), "{refused}");
    let mut claims = idp.claims("api-7", "ostoja", &["pracownicy-socjalni"]);
    claims["iat"] = json!(chrono::Utc::now().timestamp() + 1);
    let token = idp.sign(claims, json!({})).await;
    assert_eq!(viewer(&reader, &token).await, first);
    assert_eq!(viewer(&reader, &token).await, first);

    // The provider now expects another audience: the kept token is refused at once.
    let operator = writer.operator().await;
    let changed = writer
        .gql(
            Some(&operator),
            "mutation($input: SetIdentityProviderInput!) { setIdentityProvider(input: $input) { identityProvider { audience } userErrors { code } } }",
            json!({ "input": {
                "municipalityId": writer.municipality_id("zory").await,
                "issuer": idp.issuer, "clientId": provider["clientId"],
                "audience": "inna-aplikacja", "version": provider["version"],
                "roleMapping": [{ "value": "pracownicy-socjalni", "role": "SOCIAL_WORKER" }],
            }}),
        )
        .await;
    assert_eq!(
        changed["data"]["setIdentityProvider"]["userErrors"],
        json!([]),
        "{changed}"
    );
    let refused = viewer(&reader, &token).await;
    assert_eq!(code(&refused), Some("UNAUTHENTICATED"), "{refused}");
}

/// A kept token is not used past its expiry: the first request after it is refused, not served
/// from what was kept.
#[tokio::test]
async fn a_kept_bearer_token_ends_with_its_expiry() {
    let db = TestDb::new(Backend::Postgres).await;
    let server = crate::sso::sso_server(
        &db,
        Some(REDIS),
        &[
            ("OSTOJA_AUTH__CLOCK_SKEW_SECONDS", "0"),
            ("OSTOJA_RATE_LIMIT__ENABLED", "false"),
        ],
    )
    .await;
    let idp = crate::idp::Idp::start().await;
    crate::sso::configure(&server, &idp, "zory").await;
    let mut claims = idp.claims("api-8", "ostoja", &["pracownicy-socjalni"]);
    claims["exp"] = json!(chrono::Utc::now().timestamp() + 3);
    let token = idp.sign(claims, json!({})).await;
    let first = viewer(&server, &token).await;
    assert!(first["errors"].is_null(), "{first}");
    let (kept, _) = counts(&server).await;
    assert_eq!(viewer(&server, &token).await, first);
    assert_eq!(counts(&server).await.0, kept + 1.0, "not kept");

    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let body = viewer(&server, &token).await;
        if code(&body) == Some("UNAUTHENTICATED") {
            break;
        }
        assert!(body["errors"].is_null(), "{body}");
        assert!(
            std::time::Instant::now() < deadline,
            "the token was still served long after it expired"
        );
        tokio::task::yield_now().await;
    }
}
