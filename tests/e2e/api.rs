//! The HTTP surface, sign-in, bad input, tenancy management and the audit trail.

use serde_json::{json, Value};

use crate::harness::{code, demo, Backend, Server, ServerOptions, TestDb};
use crate::on_both;

async fn health_readiness_and_metrics(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let (status, body) = server.get("/healthz").await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = server.get("/readyz").await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"database\":\"ok\""), "{body}");

    let token = server.staff("zory", "pracownik").await;
    let body = server
        .gql(Some(&token), "{ viewer { login } }", json!({}))
        .await;
    assert_eq!(body["data"]["viewer"]["login"], "pracownik");
    let _ = server.post(None, json!({ "query": "{ nope }" })).await;
    let (status, metrics) = server.get("/metrics").await;
    assert_eq!(status, 200);
    assert!(
        metrics.contains("ostoja_graphql_requests_total{operation=\"query viewer\"}"),
        "{metrics}"
    );
    assert!(
        metrics.contains("ostoja_graphql_request_duration_seconds_bucket"),
        "{metrics}"
    );
    assert!(
        metrics.contains("ostoja_graphql_errors_total{code=\"BAD_USER_INPUT\"}"),
        "{metrics}"
    );
    assert!(metrics.contains("ostoja_db_pool_connections"), "{metrics}");

    let (status, body) = server.get("/no-such-page").await;
    assert_eq!(status, 404, "{body}");
}
on_both!(health_readiness_and_metrics);

async fn viewer_for_every_kind_of_principal(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let query = "{ viewer { kind login displayName roles municipality { slug name teryt } region { slug } } }";

    let body = server.gql(None, query, json!({})).await;
    assert_eq!(body["data"]["viewer"]["kind"], "ANONYMOUS", "{body}");
    assert_eq!(body["data"]["viewer"]["roles"], json!([]));

    let token = server.staff("zory", "przewodniczacy").await;
    let body = server.gql(Some(&token), query, json!({})).await;
    let viewer = &body["data"]["viewer"];
    assert_eq!(viewer["kind"], "STAFF", "{body}");
    assert_eq!(viewer["displayName"], "Barbara Nowak");
    assert_eq!(viewer["roles"], json!(["TEAM_CHAIR", "TEAM_MEMBER"]));
    assert_eq!(viewer["municipality"]["slug"], "zory");
    assert_eq!(viewer["municipality"]["teryt"], "2479011");
    assert_eq!(viewer["region"]["slug"], "slaskie");

    let token = server.coordinator().await;
    let body = server.gql(Some(&token), query, json!({})).await;
    assert_eq!(body["data"]["viewer"]["kind"], "COORDINATOR", "{body}");
    assert_eq!(
        body["data"]["viewer"]["roles"],
        json!(["REGIONAL_COORDINATOR"])
    );
    assert_eq!(body["data"]["viewer"]["municipality"], Value::Null);
    assert_eq!(body["data"]["viewer"]["region"]["slug"], "slaskie");

    let token = server.operator().await;
    let body = server.gql(Some(&token), query, json!({})).await;
    assert_eq!(body["data"]["viewer"]["kind"], "OPERATOR", "{body}");
    assert_eq!(body["data"]["viewer"]["roles"], json!(["OPERATOR"]));
}
on_both!(viewer_for_every_kind_of_principal);

/// Signs a token with the server's development key (read as a superuser would) or another key.
fn sign(secret: &[u8], claims: Value) -> String {
    jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        &claims,
        &jsonwebtoken::EncodingKey::from_secret(secret),
    )
    .expect("sign")
}

async fn bad_tokens_are_unauthenticated(backend: Backend) {
    let (db, server) = demo(backend).await;
    let good = server.staff("zory", "admin").await;
    let now = chrono::Utc::now().timestamp();
    let claims = |exp: i64| json!({"iss": "ostoja-dev", "aud": "ostoja", "sub": "admin", "kind": "staff", "tenant": "zory", "iat": now - 7200, "exp": exp});
    let forged = sign(b"not the server's key, but 32 bytes", claims(now + 3600));
    // Tamper: swap the payload of a good token for one naming another tenant.
    let mut parts: Vec<&str> = good.split('.').collect();
    let other_payload = {
        use base64::Engine;
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(
            json!({"iss": "ostoja-dev", "aud": "ostoja", "sub": "admin", "kind": "staff", "tenant": "czestochowa", "iat": now, "exp": now + 3600}).to_string(),
        )
    };
    parts[1] = &other_payload;
    let tampered = parts.join(".");
    let expired = {
        let out = server
            .cli(&[
                "dev-token",
                "--tenant",
                "zory",
                "--user",
                "admin",
                "--ttl-minutes",
                "0",
            ])
            .await;
        assert!(!out.status.success(), "a zero lifetime is refused");
        // Build an expired token with the real key, read from the database.
        let key = dev_key(&db).await;
        sign(&key, claims(now - 3600))
    };
    for (name, header) in [
        ("garbage", "Bearer not.a.token".to_owned()),
        ("forged", format!("Bearer {forged}")),
        ("tampered", format!("Bearer {tampered}")),
        ("expired", format!("Bearer {expired}")),
        ("oversized", format!("Bearer {}", "a".repeat(5000))),
        ("not bearer", "Basic YWRtaW46YWRtaW4=".to_owned()),
    ] {
        let resp = server
            .http
            .post(format!("{}/graphql", server.url))
            .header("Authorization", header)
            .json(&json!({ "query": "{ viewer { login } }" }))
            .send()
            .await
            .expect("post");
        assert_eq!(resp.status().as_u16(), 401, "{name}");
        let body: Value = resp.json().await.expect("json");
        assert_eq!(code(&body), Some("UNAUTHENTICATED"), "{name}: {body}");
    }
    // A token for someone who does not exist cannot even be issued.
    let out = server
        .cli(&["dev-token", "--tenant", "zory", "--user", "nobody"])
        .await;
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot issue a token"));
}
on_both!(bad_tokens_are_unauthenticated);

async fn dev_key(db: &TestDb) -> Vec<u8> {
    use base64::Engine;
    use sea_orm::{ConnectionTrait, Statement};
    let conn = match db.backend {
        Backend::Postgres => db.connect_as_superuser().await,
        Backend::Sqlite => db.connect_as_app().await,
    };
    let row = conn
        .query_one_raw(Statement::from_string(
            conn.get_database_backend(),
            "SELECT secret FROM identity_signing_keys WHERE name = 'dev-login'".to_owned(),
        ))
        .await
        .expect("query key")
        .expect("key row");
    let secret: String = row.try_get("", "secret").expect("secret");
    base64::engine::general_purpose::STANDARD
        .decode(secret)
        .expect("base64")
}

async fn bad_requests_get_clear_codes(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let token = server.staff("zory", "admin").await;

    // Not JSON.
    let resp = server
        .http
        .post(format!("{}/graphql", server.url))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .expect("post");
    assert_eq!(resp.status().as_u16(), 400);
    let body: Value = resp.json().await.expect("json");
    assert_eq!(code(&body), Some("BAD_USER_INPUT"));

    // Oversized body.
    let big = json!({ "query": format!("{{ viewer {{ login }} }} #{}", "x".repeat(300 * 1024)) });
    let (status, body) = server.post(Some(&token), big).await;
    assert_eq!(status, 413);
    assert_eq!(code(&body), Some("BAD_USER_INPUT"));

    let cases = [
        ("syntax", "{ viewer { login ".to_owned()),
        ("unknown field", "{ viewer { password } }".to_owned()),
        ("too deep", "{ viewer { municipality { region { municipalities { region { municipalities { region { municipalities { region { municipalities { region { municipalities { slug } } } } } } } } } } } } }".to_owned()),
        ("too many aliases", format!("{{ {} }}", (0..40).map(|i| format!("a{i}: viewer {{ login }}")).collect::<Vec<_>>().join(" "))),
        // 25 aliases in a fragment spread 5 times are 125 aliases.
        ("fragment alias bomb", format!("{{ viewer {{ {} }} }} fragment F on Viewer {{ {} }}", "...F ".repeat(5), (0..25).map(|i| format!("a{i}: login")).collect::<Vec<_>>().join(" "))),
        ("fragment cycle", "{ viewer { ...A } } fragment A on Viewer { a: login ...B } fragment B on Viewer { b: login ...A }".to_owned()),
        ("fragment chain too deep", format!("{{ viewer {{ ...F0 }} }} {} fragment F40 on Viewer {{ login }}", (0..40).map(|i| format!("fragment F{i} on Viewer {{ ...F{} }}", i + 1)).collect::<Vec<_>>().join(" "))),
        ("fragment alias bomb, nested", format!("{{ viewer {{ ...G ...G ...G }} }} fragment G on Viewer {{ ... on Viewer {{ ...F ...F ...F }} }} fragment F on Viewer {{ {} }}", (0..5).map(|i| format!("a{i}: login")).collect::<Vec<_>>().join(" "))),
        ("too costly", format!("{{ {} }}", (0..3).map(|i| format!("u{i}: users(first: 100) {{ edges {{ node {{ id login displayName email roles }} }} }}")).collect::<Vec<_>>().join(" "))),
        ("wrong argument type", "{ users(first: \"ten\") { edges { cursor } } }".to_owned()),
    ];
    for (name, query) in cases {
        let (status, body) = server.post(Some(&token), json!({ "query": query })).await;
        assert_eq!(status, 200, "{name}");
        assert_eq!(code(&body), Some("BAD_USER_INPUT"), "{name}: {body}");
        let message = body["errors"][0]["message"].as_str().unwrap_or_default();
        assert!(!message.is_empty());
        if name == "too costly" {
            assert!(message.contains("complex"), "{message}");
        }
        if name.starts_with("fragment alias bomb") {
            assert!(message.contains("aliases"), "{message}");
        }
    }

    // Fragments within the alias limit pass.
    let body = server
        .gql(
            Some(&token),
            "query Me { viewer { ...Who me: municipality { slug } } } fragment Who on Viewer { l: login ... on Viewer { n: displayName roles } }",
            json!({}),
        )
        .await;
    assert!(body.get("errors").is_none(), "{body}");
    assert_eq!(body["data"]["viewer"]["l"], "admin", "{body}");
    assert_eq!(body["data"]["viewer"]["me"]["slug"], "zory", "{body}");

    // Malformed global IDs and an ID of an unknown type.
    for id in [
        "%%%",
        "dGhpcyBpcyBub3QgYW4gaWQ",
        "U2VjcmV0OjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA",
    ] {
        let body = server
            .gql(
                Some(&token),
                "query($id: ID!) { node(id: $id) { id } }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(code(&body), Some("BAD_USER_INPUT"), "{id}: {body}");
    }
    // A page larger than allowed.
    let body = server
        .gql(
            Some(&token),
            "{ users(first: 1000) { edges { cursor } } }",
            json!({}),
        )
        .await;
    assert_eq!(code(&body), Some("BAD_USER_INPUT"), "{body}");
}
on_both!(bad_requests_get_clear_codes);

const CREATE_MUNICIPALITY: &str = "mutation($input: CreateMunicipalityInput!) { createMunicipality(input: $input) { municipality { id slug name teryt active sharesStatistics version region { slug } } userErrors { field message code } } }";

async fn operators_manage_regions_and_municipalities(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let op = server.operator().await;

    let body = server
        .gql(
            Some(&op),
            "mutation($input: CreateRegionInput!) { createRegion(input: $input) { region { slug teryt } userErrors { field code } } }",
            json!({ "input": { "slug": "opolskie", "name": "Województwo opolskie", "teryt": "16" } }),
        )
        .await;
    assert_eq!(
        body["data"]["createRegion"]["region"]["slug"], "opolskie",
        "{body}"
    );

    let body = server
        .gql(Some(&op), CREATE_MUNICIPALITY, json!({ "input": { "slug": "opole", "name": "Miasto Opole", "teryt": "1661011", "region": "opolskie" } }))
        .await;
    let created = &body["data"]["createMunicipality"]["municipality"];
    assert_eq!(created["slug"], "opole", "{body}");
    assert_eq!(created["active"], true);
    assert_eq!(created["sharesStatistics"], false);
    assert_eq!(created["region"]["slug"], "opolskie");

    // Every rule answers with a userError on its field, and nothing is written.
    let body = server
        .gql(Some(&op), CREATE_MUNICIPALITY, json!({ "input": { "slug": "Opole!", "name": "", "teryt": "16610", "region": "nowhere" } }))
        .await;
    let fields: Vec<String> = body["data"]["createMunicipality"]["userErrors"]
        .as_array()
        .expect("userErrors")
        .iter()
        .map(|e| {
            e["field"]
                .as_array()
                .expect("field")
                .iter()
                .map(|f| f.as_str().unwrap_or("").to_owned())
                .collect::<Vec<_>>()
                .join(".")
        })
        .collect();
    assert_eq!(
        fields,
        ["input.slug", "input.name", "input.teryt"],
        "{body}"
    );
    let body = server
        .gql(Some(&op), CREATE_MUNICIPALITY, json!({ "input": { "slug": "opole", "name": "Opole", "teryt": "2479011", "region": "opolskie" } }))
        .await;
    let codes: Vec<&str> = body["data"]["createMunicipality"]["userErrors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| e["code"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        codes,
        ["INVALID", "TAKEN", "TAKEN"],
        "TERYT of another voivodeship, slug and TERYT taken: {body}"
    );
    let body = server
        .gql(Some(&op), "{ municipalities { slug } }", json!({}))
        .await;
    assert_eq!(
        body["data"]["municipalities"].as_array().map(Vec::len),
        Some(5),
        "{body}"
    );

    // No lost updates: a stale version answers CONFLICT.
    let id = created["id"].clone();
    let update = "mutation($input: UpdateMunicipalityInput!) { updateMunicipality(input: $input) { municipality { name sharesStatistics version } userErrors { field } } }";
    let body = server
        .gql(
            Some(&op),
            update,
            json!({ "input": { "id": id, "version": 1, "sharesStatistics": true } }),
        )
        .await;
    assert_eq!(
        body["data"]["updateMunicipality"]["municipality"]["version"], 2,
        "{body}"
    );
    assert_eq!(
        body["data"]["updateMunicipality"]["municipality"]["sharesStatistics"],
        true
    );
    let body = server
        .gql(
            Some(&op),
            update,
            json!({ "input": { "id": id, "version": 1, "name": "Stale" } }),
        )
        .await;
    assert_eq!(code(&body), Some("CONFLICT"), "{body}");

    // Staff cannot manage tenants at all.
    let staff = server.staff("zory", "admin").await;
    let body = server
        .gql(Some(&staff), CREATE_MUNICIPALITY, json!({ "input": { "slug": "x1", "name": "X", "teryt": "1661021", "region": "opolskie" } }))
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    let body = server.gql(None, "{ regions { slug } }", json!({})).await;
    assert_eq!(code(&body), Some("UNAUTHENTICATED"), "{body}");
}
on_both!(operators_manage_regions_and_municipalities);

async fn disabled_municipality_is_refused_and_keeps_its_data(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let op = server.operator().await;
    let admin = server.staff("czestochowa", "admin").await;
    let users = "{ users(first: 50) { edges { node { login } } } }";
    let before = server.gql(Some(&admin), users, json!({})).await;
    assert_eq!(
        before["data"]["users"]["edges"].as_array().map(Vec::len),
        Some(12),
        "{before}"
    );

    let id = server.municipality_id("czestochowa").await;
    let body = server.gql(Some(&op), "mutation($id: ID!) { disableMunicipality(input: { id: $id }) { municipality { active } } }", json!({ "id": id })).await;
    assert_eq!(
        body["data"]["disableMunicipality"]["municipality"]["active"], false,
        "{body}"
    );

    let (status, body) = server.post(Some(&admin), json!({ "query": users })).await;
    assert_eq!(status, 403);
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap_or("")
            .contains("disabled"),
        "{body}"
    );
    // Other municipalities carry on.
    let zory = server.staff("zory", "admin").await;
    let body = server
        .gql(Some(&zory), "{ viewer { login } }", json!({}))
        .await;
    assert_eq!(body["data"]["viewer"]["login"], "admin");

    let body = server.gql(Some(&op), "mutation($id: ID!) { enableMunicipality(input: { id: $id }) { municipality { active } } }", json!({ "id": id })).await;
    assert_eq!(
        body["data"]["enableMunicipality"]["municipality"]["active"], true,
        "{body}"
    );
    let after = server.gql(Some(&admin), users, json!({})).await;
    assert_eq!(after, before, "nothing was lost");
}
on_both!(disabled_municipality_is_refused_and_keeps_its_data);

async fn settings_updates_are_versioned_and_audited(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let admin = server.staff("zory", "admin").await;
    let worker = server.staff("zory", "pracownik").await;
    let update = "mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { settings { auditRetentionDays version } userErrors { field code message } } }";

    let body = server
        .gql(
            Some(&admin),
            "{ tenantSettings { auditRetentionDays version } }",
            json!({}),
        )
        .await;
    assert_eq!(
        body["data"]["tenantSettings"],
        json!({ "auditRetentionDays": 3650, "version": 0 })
    );

    let body = server
        .gql(
            Some(&admin),
            update,
            json!({ "input": { "version": 0, "auditRetentionDays": 30 } }),
        )
        .await;
    assert_eq!(
        body["data"]["updateTenantSettings"]["userErrors"][0]["field"],
        json!(["input", "auditRetentionDays"]),
        "{body}"
    );

    // Two concurrent updates from the same version: one wins, the other gets CONFLICT.
    let a = server.gql(
        Some(&admin),
        update,
        json!({ "input": { "version": 0, "auditRetentionDays": 1000 } }),
    );
    let b = server.gql(
        Some(&admin),
        update,
        json!({ "input": { "version": 0, "auditRetentionDays": 2000 } }),
    );
    let (a, b) = tokio::join!(a, b);
    let outcomes = [&a, &b];
    let won: Vec<&&Value> = outcomes
        .iter()
        .filter(|r| r["data"]["updateTenantSettings"]["settings"]["version"] == 1)
        .collect();
    let lost: Vec<&&Value> = outcomes
        .iter()
        .filter(|r| code(r) == Some("CONFLICT"))
        .collect();
    assert_eq!((won.len(), lost.len()), (1, 1), "{a} {b}");
    let winner = won[0]["data"]["updateTenantSettings"]["settings"]["auditRetentionDays"].clone();
    let body = server
        .gql(
            Some(&admin),
            "{ tenantSettings { auditRetentionDays version } }",
            json!({}),
        )
        .await;
    assert_eq!(
        body["data"]["tenantSettings"]["auditRetentionDays"], winner,
        "the winner's value is kept"
    );

    // Only a tenant administrator may change settings or read the audit trail.
    let body = server
        .gql(
            Some(&worker),
            update,
            json!({ "input": { "version": 1, "auditRetentionDays": 400 } }),
        )
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    let body = server
        .gql(
            Some(&worker),
            "{ auditEvents { edges { cursor } } }",
            json!({}),
        )
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");

    let body = server.gql(Some(&admin), "{ auditEvents(first: 50) { edges { node { operation actorLogin actorKind objectIds requestId outcome } } } }", json!({})).await;
    let events = body["data"]["auditEvents"]["edges"]
        .as_array()
        .expect("events")
        .clone();
    let outcomes = |outcome: &str| -> Vec<&Value> {
        events
            .iter()
            .filter(|e| {
                e["node"]["operation"] == "mutation updateTenantSettings"
                    && e["node"]["outcome"] == outcome
            })
            .collect()
    };
    // The conflicting update changed nothing, and is recorded as failed on its own.
    assert_eq!(outcomes("FAILED").len(), 1, "{body}");
    let updates = outcomes("OK");
    assert_eq!(updates.len(), 1, "one committed update: {body}");
    assert_eq!(updates[0]["node"]["actorLogin"], "admin");
    assert_eq!(updates[0]["node"]["actorKind"], "user");
    assert!(updates[0]["node"]["requestId"]
        .as_str()
        .is_some_and(|r| !r.is_empty()));
    assert_eq!(
        updates[0]["node"]["objectIds"].as_array().map(Vec::len),
        Some(1)
    );
    // The audit trail itself pages with cursors.
    let body = server
        .gql(
            Some(&admin),
            "{ auditEvents(first: 1) { pageInfo { hasNextPage endCursor } } }",
            json!({}),
        )
        .await;
    let cursor = body["data"]["auditEvents"]["pageInfo"]["endCursor"].clone();
    assert_eq!(
        body["data"]["auditEvents"]["pageInfo"]["hasNextPage"], true,
        "{body}"
    );
    let next = server
        .gql(
            Some(&admin),
            "query($after: String) { auditEvents(first: 1, after: $after) { edges { cursor } } }",
            json!({ "after": cursor }),
        )
        .await;
    assert_ne!(
        next["data"]["auditEvents"]["edges"][0]["cursor"], cursor,
        "{next}"
    );
}
on_both!(settings_updates_are_versioned_and_audited);

async fn graphiql_and_introspection_follow_configuration(backend: Backend) {
    let db = TestDb::new(backend).await;
    let server = Server::start(&db, ServerOptions::default()).await;
    // GraphiQL is served in development, from the binary's own assets under the app's policy:
    // nothing is loaded from another origin.
    let resp = server
        .http
        .get(format!("{}/graphql", server.url))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(
        resp.headers()["content-security-policy"],
        ostoja::web::GRAPHIQL_CONTENT_SECURITY_POLICY
    );
    let page = resp.text().await.unwrap();
    assert!(page.contains("/assets/graphiql-"), "{page}");
    assert!(
        !page.contains("https://") && !page.contains("<script>"),
        "{page}"
    );
    let script = page
        .split("src=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap();
    let (status, _) = server.get(script).await;
    assert_eq!(status, 200, "{script}");
    let body = server
        .gql(None, "{ __schema { queryType { name } } }", json!({}))
        .await;
    assert_eq!(body["data"]["__schema"]["queryType"]["name"], "Query");
    server.stop().await;

    let server = Server::start(
        &db,
        ServerOptions {
            env: vec![
                ("OSTOJA_GRAPHQL__INTROSPECTION".into(), "false".into()),
                ("OSTOJA_GRAPHQL__GRAPHIQL".into(), "false".into()),
            ],
            ..Default::default()
        },
    )
    .await;
    let (status, _) = server.get("/graphql").await;
    assert_eq!(status, 405);
    let body = server
        .gql(None, "{ __schema { queryType { name } } }", json!({}))
        .await;
    assert!(
        body["errors"].is_array() || body["data"]["__schema"].is_null(),
        "{body}"
    );
}
on_both!(graphiql_and_introspection_follow_configuration);

#[tokio::test]
async fn readyz_reports_redis_as_degraded_and_a_lost_database_as_unavailable() {
    let db = TestDb::new(Backend::Postgres).await;
    let server = Server::start(
        &db,
        ServerOptions {
            redis: Some("redis://127.0.0.1:1".to_owned()),
            ..Default::default()
        },
    )
    .await;
    // Bearer requests are still served without Redis: the pod stays in the Service, degraded.
    let (status, body) = server.get("/readyz").await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"status\":\"degraded\""), "{body}");
    assert!(body.contains("\"redis\":\"unreachable\""), "{body}");
    assert!(body.contains("\"database\":\"ok\""), "{body}");
    let (_, metrics) = server.get("/metrics").await;
    assert!(
        metrics.contains("ostoja_dependency_up{dependency=\"redis\"} 0"),
        "{metrics}"
    );
    let (status, _) = server.get("/healthz").await;
    assert_eq!(status, 200, "alive even when not ready");

    let server = Server::start(
        &db,
        ServerOptions {
            redis: Some(crate::harness::REDIS.to_owned()),
            ..Default::default()
        },
    )
    .await;
    let (status, body) = server.get("/readyz").await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"status\":\"ready\""), "{body}");
    db.drop_now().await;
    let (status, body) = server.get("/readyz").await;
    assert_eq!(status, 503, "{body}");
    assert!(
        body.contains("\"database\":\"unreachable\"")
            || body.contains("\"database\":\"timed out\""),
        "{body}"
    );
}

async fn a_mutation_that_fails_in_part_saves_nothing(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let admin = server.staff("zory", "admin").await;
    // The first field would succeed, the second is stale: nothing is saved, nothing looks saved.
    let body = server
        .gql(
            Some(&admin),
            "mutation { a: updateTenantSettings(input: { version: 0, auditRetentionDays: 800 }) { settings { version } } b: updateTenantSettings(input: { version: 0, auditRetentionDays: 900 }) { settings { version } } }",
            json!({}),
        )
        .await;
    assert_eq!(code(&body), Some("CONFLICT"), "{body}");
    assert_eq!(body["data"], Value::Null, "{body}");
    let body = server
        .gql(
            Some(&admin),
            "{ tenantSettings { auditRetentionDays version } }",
            json!({}),
        )
        .await;
    assert_eq!(
        body["data"]["tenantSettings"],
        json!({ "auditRetentionDays": 3650, "version": 0 })
    );
}
on_both!(a_mutation_that_fails_in_part_saves_nothing);

async fn operator_changes_appear_in_the_municipality_audit_trail(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let op = server.operator().await;
    let admin = server.staff("lubliniec", "admin").await;
    let body = server
        .gql(
            Some(&admin),
            "{ viewer { municipality { id version } } }",
            json!({}),
        )
        .await;
    let id = body["data"]["viewer"]["municipality"]["id"].clone();
    let body = server
        .gql(Some(&op), "mutation($id: ID!) { updateMunicipality(input: { id: $id, version: 1, sharesStatistics: true }) { municipality { sharesStatistics } } }", json!({ "id": id }))
        .await;
    assert_eq!(
        body["data"]["updateMunicipality"]["municipality"]["sharesStatistics"], true,
        "{body}"
    );
    let body = server.gql(Some(&admin), "{ auditEvents(first: 50) { edges { node { operation actorKind actorLogin objectIds } } } }", json!({})).await;
    let events = body["data"]["auditEvents"]["edges"]
        .as_array()
        .expect("events");
    let change = events
        .iter()
        .find(|e| e["node"]["operation"] == "mutation updateMunicipality")
        .unwrap_or_else(|| panic!("operator change not recorded: {body}"));
    assert_eq!(change["node"]["actorKind"], "operator");
    assert_eq!(change["node"]["actorLogin"], "operator");
    assert_eq!(change["node"]["objectIds"], json!([id]));
}
on_both!(operator_changes_appear_in_the_municipality_audit_trail);

#[tokio::test]
async fn request_ids_are_echoed_and_sanitised() {
    let (_db, server) = demo(Backend::Sqlite).await;
    let send = |id: Option<&'static str>| {
        let mut req = server
            .http
            .post(format!("{}/graphql", server.url))
            .json(&json!({ "query": "{ viewer { kind } }" }));
        if let Some(id) = id {
            req = req.header("x-request-id", id);
        }
        req.send()
    };
    let resp = send(Some("abc-123")).await.expect("post");
    assert_eq!(resp.headers()["x-request-id"], "abc-123");
    let resp = send(Some("bad id with spaces")).await.expect("post");
    let echoed = resp.headers()["x-request-id"]
        .to_str()
        .expect("text")
        .to_owned();
    assert_ne!(echoed, "bad id with spaces");
    assert_eq!(echoed.len(), 36, "a fresh UUID: {echoed}");
    let resp = send(None).await.expect("post");
    assert!(resp.headers().contains_key("x-request-id"));
}
