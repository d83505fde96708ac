//! The public directory's per-process cache: dropped on every replica when a change commits on
//! one (PostgreSQL + Redis, two `ostoja serve` processes; one process on SQLite), and left
//! alone by a change that rolled back.

use std::time::{Duration, Instant};

use serde_json::json;

use crate::harness::{code, Backend, Server, ServerOptions, TestDb, REDIS};
use crate::on_both;

/// Well under the cache's 60 s: a change seen within it was not seen because the entry expired.
const HEARD_WITHIN: Duration = Duration::from_secs(20);

const PUBLIC: &str = "query Public($municipality: String) {
    helpPoints(municipality: $municipality, first: 100) { edges { node { name } } }
}";

const CREATE: &str = "mutation Create($input: HelpPointInput!) {
    createHelpPoint(input: $input) { helpPoint { id } userErrors { field code } }
}";

const PUBLISH: &str = "mutation Publish($id: ID!) {
    publishHelpPoint(input: { id: $id, published: true }) { helpPoint { published } }
}";

const CREATE_HELPLINE: &str = "mutation Line($input: HelpPointInput!) {
    createHelpline(input: $input) { helpPoint { national } userErrors { code } }
}";

/// Many public reads from one address: the polling must not meet the rate limit.
fn options(demo: bool, redis: Option<String>) -> ServerOptions {
    ServerOptions {
        demo,
        redis,
        env: vec![(
            "OSTOJA_RATE_LIMIT__PUBLIC_PER_ADDRESS".into(),
            "100000".into(),
        )],
    }
}

async fn public_names(server: &Server, municipality: &str) -> Vec<String> {
    let body = server
        .gql(None, PUBLIC, json!({ "municipality": municipality }))
        .await;
    assert!(body["errors"].is_null(), "{body}");
    body["data"]["helpPoints"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["name"].as_str().unwrap().to_owned())
        .collect()
}

/// Between two reads while waiting: the polling stays far below the rate limits (kept in the
/// shared Redis on PostgreSQL).
const POLL: Duration = Duration::from_millis(100);

/// Reads the public list until it has `name`, failing after [`HEARD_WITHIN`].
async fn until_shown(server: &Server, municipality: &str, name: &str) {
    let start = Instant::now();
    loop {
        if public_names(server, municipality)
            .await
            .iter()
            .any(|n| n == name)
        {
            return;
        }
        assert!(
            start.elapsed() < HEARD_WITHIN,
            "{name} never appeared in {municipality}'s public list"
        );
        tokio::time::sleep(POLL).await;
    }
}

/// A new draft of Żory's, with `name`; its ID.
async fn draft(server: &Server, editor: &str, name: &str) -> String {
    let body = server
        .gql(
            Some(editor),
            CREATE,
            json!({ "input": {
                "name": name,
                "kind": "CRISIS_INTERVENTION_POINT",
                "phones": ["32 43 19 627"],
                "services": ["PSYCHOLOGICAL"],
                "dayAndNight": true,
            } }),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    body["data"]["createHelpPoint"]["helpPoint"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned()
}

/// A public read on the reader is served from its cache; an editor's change and an
/// operator's new helpline on the writer then reach it well before the cache would expire.
async fn a_change_on_one_replica_reaches_the_others_cache(backend: Backend) {
    let db = TestDb::new(backend).await;
    let redis = (backend == Backend::Postgres).then(|| REDIS.to_owned());
    let writer = Server::start(&db, options(true, redis.clone())).await;
    // On PostgreSQL a second gateway process on the same database and Redis; on SQLite the
    // one process (its in-process bus).
    let second = match backend {
        Backend::Postgres => Some(Server::start(&db, options(false, redis)).await),
        Backend::Sqlite => None,
    };
    let reader = second.as_ref().unwrap_or(&writer);
    let zory = writer.staff("zory", "admin").await;
    let id = draft(&writer, &zory, "Punkt z drugiej repliki").await;

    // Read twice on the reader: the second answer comes from its cache (no tenant statement).
    let before = public_names(reader, "zory").await;
    assert!(!before.iter().any(|n| n == "Punkt z drugiej repliki"));
    let statements = reader.tenant_statements().await;
    assert_eq!(public_names(reader, "zory").await, before);
    assert_eq!(reader.tenant_statements().await, statements, "not cached");

    let published = writer.gql(Some(&zory), PUBLISH, json!({ "id": id })).await;
    assert_eq!(
        published["data"]["publishHelpPoint"]["helpPoint"]["published"], true,
        "{published}"
    );
    until_shown(reader, "zory", "Punkt z drugiej repliki").await;

    // The helplines, cached on the reader too, likewise.
    let operator = writer.operator().await;
    let line = writer
        .gql(
            Some(&operator),
            CREATE_HELPLINE,
            json!({ "input": { "name": "Linia z drugiej repliki", "kind": "HELPLINE",
                               "phones": ["116 123"], "dayAndNight": true } }),
        )
        .await;
    assert_eq!(
        line["data"]["createHelpline"]["helpPoint"]["national"], true,
        "{line}"
    );
    until_shown(reader, "zory", "Linia z drugiej repliki").await;
}
on_both!(a_change_on_one_replica_reaches_the_others_cache);

/// A mutation whose second part fails rolls back the first: the cache is not dropped (the next
/// public read costs no tenant statement) and shows only what was committed. A committed
/// change then drops it.
async fn a_rolled_back_change_leaves_the_cache_alone(backend: Backend) {
    let db = TestDb::new(backend).await;
    let server = Server::start(&db, options(true, None)).await;
    let zory = server.staff("zory", "admin").await;
    let id = draft(&server, &zory, "Punkt wycofany").await;
    let before = public_names(&server, "zory").await;
    assert!(!before.iter().any(|n| n == "Punkt wycofany"));

    let random = "SGVscFBvaW50OjAxOTAwMDAwLTAwMDAtNzAwMC04MDAwLTAwMDAwMDAwMDAwMA";
    let both = server
        .gql(
            Some(&zory),
            "mutation Both($id: ID!, $other: ID!) {
                a: publishHelpPoint(input: { id: $id, published: true }) { helpPoint { published } }
                b: publishHelpPoint(input: { id: $other, published: true }) { helpPoint { published } }
            }",
            json!({ "id": id, "other": random }),
        )
        .await;
    assert_eq!(code(&both), Some("NOT_FOUND"), "{both}");
    assert!(both["data"].is_null(), "{both}");

    let statements = server.tenant_statements().await;
    assert_eq!(public_names(&server, "zory").await, before);
    assert_eq!(
        server.tenant_statements().await,
        statements,
        "the rolled-back change dropped the cache"
    );

    let published = server.gql(Some(&zory), PUBLISH, json!({ "id": id })).await;
    assert!(published["errors"].is_null(), "{published}");
    let after = public_names(&server, "zory").await;
    assert!(after.iter().any(|n| n == "Punkt wycofany"), "{after:?}");
    assert!(server.tenant_statements().await > statements);
}
on_both!(a_rolled_back_change_leaves_the_cache_alone);
