//! The help directory: the public `helpPoints` without credentials, editors' changes, the
//! cache dropped on change, and bad input refused with userErrors and nothing written.

use serde_json::{json, Value};

use crate::harness::{code, demo, Backend, Server};
use crate::on_both;

/// Root fields of the directory, probed here (the isolation suite reads this list): the public
/// list shows only published points and no staff field; an editor's list and changes reach
/// only their own municipality's points (another's answers as a random ID); helplines are the
/// operator's.
pub const COVERED: &[&str] = &[
    "Query.helpPoints",
    "Query.myHelpPoints",
    "Mutation.createHelpPoint",
    "Mutation.updateHelpPoint",
    "Mutation.publishHelpPoint",
    "Mutation.updateShelterPlaces",
    "Mutation.createHelpline",
    "Mutation.publishHelpline",
    // Probed in help_pages.rs: the public regions (names and slugs only, the same for anyone),
    // the shelter list (the municipality's own, chair and social workers only; another
    // municipality's editor gets what a random ID gets), the operator's helpline update.
    "Query.helpRegions",
    "Query.shelterPoints",
    "Mutation.updateHelpline",
];

/// The ID of one of the municipality's points, for the isolation suite's round trip.
pub async fn sample(server: &Server, editor: &str) -> String {
    let body = server
        .gql(
            Some(editor),
            "query Mine { myHelpPoints { id } }",
            json!({}),
        )
        .await;
    body["data"]["myHelpPoints"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

const CREATE: &str = "mutation Create($input: HelpPointInput!) {
    createHelpPoint(input: $input) {
        helpPoint { id version published name }
        userErrors { field message code }
    }
}";

const PUBLISH: &str = "mutation Publish($input: PublishHelpPointInput!) {
    publishHelpPoint(input: $input) { helpPoint { id published version } userErrors { field code } }
}";

const PUBLIC: &str = "query Public($municipality: String, $service: HelpService, $openNow: Boolean) {
    helpPoints(municipality: $municipality, service: $service, openNow: $openNow, first: 20) {
        edges { node { id name national openNow published version shelterPlaces { free } phones { number uri } } }
    }
}";

async fn create(server: &Server, token: &str, input: Value) -> Value {
    let body = server
        .gql(Some(token), CREATE, json!({ "input": input }))
        .await;
    assert!(body["errors"].is_null(), "{body}");
    body["data"]["createHelpPoint"].clone()
}

async fn publish(server: &Server, token: &str, id: &str, published: bool) -> Value {
    let body = server
        .gql(
            Some(token),
            PUBLISH,
            json!({ "input": { "id": id, "published": published } }),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    body
}

/// The names the public sees for a municipality, with the given filters.
async fn public_names(server: &Server, municipality: &str, extra: Value) -> Vec<String> {
    let mut vars = json!({ "municipality": municipality });
    if let (Some(v), Some(e)) = (vars.as_object_mut(), extra.as_object()) {
        v.extend(e.clone());
    }
    let body = server.gql(None, PUBLIC, vars).await;
    assert!(body["errors"].is_null(), "{body}");
    body["data"]["helpPoints"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let node = &e["node"];
            // The public never sees the staff fields.
            assert!(node["published"].is_null() && node["version"].is_null());
            assert!(node["shelterPlaces"].is_null());
            node["name"].as_str().unwrap().to_owned()
        })
        .collect()
}

fn point(name: &str) -> Value {
    json!({
        "name": name,
        "kind": "CRISIS_INTERVENTION_POINT",
        "phones": ["32 43 19 627"],
        "email": "pik@ops.jastrzebie.pl",
        "services": ["PSYCHOLOGICAL", "SHELTER"],
        "dayAndNight": true,
    })
}

async fn only_published_points_are_public(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let zory = server.staff("zory", "admin").await;
    let czestochowa = server.staff("czestochowa", "admin").await;

    let draft = create(&server, &zory, point("Szkic punktu")).await;
    assert_eq!(draft["helpPoint"]["published"], false);
    create(&server, &czestochowa, point("Szkic w Częstochowie")).await;
    let shown = create(&server, &zory, point("Punkt Interwencji Kryzysowej")).await;
    let shown_id = shown["helpPoint"]["id"].as_str().unwrap().to_owned();

    // Read once, so the list is cached before the change.
    let before = public_names(&server, "zory", json!({})).await;
    assert!(!before.contains(&"Punkt Interwencji Kryzysowej".to_owned()));

    publish(&server, &zory, &shown_id, true).await;
    let after = public_names(&server, "zory", json!({})).await;
    assert!(
        after.contains(&"Punkt Interwencji Kryzysowej".to_owned()),
        "{after:?}"
    );
    assert!(!after.contains(&"Szkic punktu".to_owned()));
    let elsewhere = public_names(&server, "czestochowa", json!({})).await;
    assert!(!elsewhere.contains(&"Szkic w Częstochowie".to_owned()));
    assert!(!elsewhere.contains(&"Punkt Interwencji Kryzysowej".to_owned()));

    // Filters: a service it offers, one it does not; always open.
    let by_service = public_names(&server, "zory", json!({ "service": "SHELTER" })).await;
    assert!(by_service.contains(&"Punkt Interwencji Kryzysowej".to_owned()));
    let not_offered = public_names(&server, "zory", json!({ "service": "LEGAL" })).await;
    assert!(!not_offered.contains(&"Punkt Interwencji Kryzysowej".to_owned()));
    let closed = public_names(&server, "zory", json!({ "openNow": false })).await;
    assert!(!closed.contains(&"Punkt Interwencji Kryzysowej".to_owned()));

    // Taken back to a draft: gone from the public list at once.
    publish(&server, &zory, &shown_id, false).await;
    let withdrawn = public_names(&server, "zory", json!({})).await;
    assert!(!withdrawn.contains(&"Punkt Interwencji Kryzysowej".to_owned()));

    // Another municipality's editor gets what a random ID gets.
    let foreign = server
        .gql(
            Some(&czestochowa),
            PUBLISH,
            json!({ "input": { "id": shown_id, "published": true } }),
        )
        .await;
    assert_eq!(code(&foreign), Some("NOT_FOUND"), "{foreign}");
    let random = "SGVscFBvaW50OjAxOTAwMDAwLTAwMDAtNzAwMC04MDAwLTAwMDAwMDAwMDAwMA";
    let missing = server
        .gql(
            Some(&czestochowa),
            PUBLISH,
            json!({ "input": { "id": random, "published": true } }),
        )
        .await;
    assert_eq!(code(&missing), Some("NOT_FOUND"), "{missing}");
    assert_eq!(
        foreign["errors"][0]["message"],
        missing["errors"][0]["message"]
    );
    let still = public_names(&server, "zory", json!({})).await;
    assert!(!still.contains(&"Punkt Interwencji Kryzysowej".to_owned()));
}
on_both!(only_published_points_are_public);

async fn bad_input_is_refused_and_nothing_written(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let zory = server.staff("lubliniec", "admin").await;
    let bad = json!({
        "name": "Zły punkt",
        "kind": "OTHER",
        "phones": ["12"],
        "email": "nie-email",
        "web": "javascript:alert(1)",
        "position": { "latitude": 52.52, "longitude": 13.40 },
        "services": ["ASTROLOGY"],
        "week": [
            { "day": "MONDAY", "ranges": [{ "opens": "15:30", "closes": "07:30" }] },
            { "day": "TUESDAY", "ranges": [
                { "opens": "08:00", "closes": "12:00" },
                { "opens": "11:00", "closes": "16:00" }
            ] }
        ],
    });
    let refused = create(&server, &zory, bad).await;
    assert!(refused["helpPoint"].is_null());
    let fields: Vec<String> = refused["userErrors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            e["field"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap())
                .collect::<Vec<_>>()
                .join(".")
        })
        .collect();
    for expected in [
        "input.phones.0",
        "input.email",
        "input.web",
        "input.position",
        "input.services.0",
        "input.week.0.ranges.0.closes",
        "input.week.1.ranges",
    ] {
        assert!(
            fields.contains(&expected.to_owned()),
            "{expected} in {fields:?}"
        );
    }
    let mine = server
        .gql(
            Some(&zory),
            "query Mine { myHelpPoints { name } }",
            json!({}),
        )
        .await;
    assert_eq!(mine["data"]["myHelpPoints"], json!([]), "{mine}");

    // Negative shelter places.
    let created = create(&server, &zory, point("Hostel")).await;
    let id = created["helpPoint"]["id"].as_str().unwrap();
    let places = server
        .gql(
            Some(&zory),
            "mutation Places($input: UpdateShelterPlacesInput!) {
                updateShelterPlaces(input: $input) { helpPoint { shelterPlaces { free } } userErrors { field code } }
            }",
            json!({ "input": { "id": id, "freePlaces": -1 } }),
        )
        .await;
    assert_eq!(
        places["data"]["updateShelterPlaces"]["userErrors"][0]["field"],
        json!(["input", "freePlaces"])
    );
    let places = server
        .gql(
            Some(&zory),
            "mutation Places($input: UpdateShelterPlacesInput!) {
                updateShelterPlaces(input: $input) { helpPoint { shelterPlaces { free } placesAvailable } userErrors { field code } }
            }",
            json!({ "input": { "id": id, "freePlaces": 3 } }),
        )
        .await;
    assert_eq!(
        places["data"]["updateShelterPlaces"]["helpPoint"]["shelterPlaces"]["free"], 3,
        "{places}"
    );
}
on_both!(bad_input_is_refused_and_nothing_written);

async fn stale_versions_conflict_and_strangers_cannot_edit(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let zory = server.staff("zory", "admin").await;
    let created = create(&server, &zory, point("Zespół")).await;
    let id = created["helpPoint"]["id"].as_str().unwrap();
    let update = "mutation Update($input: UpdateHelpPointInput!) {
        updateHelpPoint(input: $input) { helpPoint { name version } userErrors { field code } }
    }";
    let ok = server
        .gql(
            Some(&zory),
            update,
            json!({ "input": { "id": id, "version": 1, "point": point("Zespół ds. Przeciwdziałania Przemocy") } }),
        )
        .await;
    assert_eq!(
        ok["data"]["updateHelpPoint"]["helpPoint"]["version"], 2,
        "{ok}"
    );
    let stale = server
        .gql(
            Some(&zory),
            update,
            json!({ "input": { "id": id, "version": 1, "point": point("Stara wersja") } }),
        )
        .await;
    assert_eq!(code(&stale), Some("CONFLICT"), "{stale}");
    // A social worker holds no directory role; the public none at all.
    let worker = server.staff("zory", "pracownik").await;
    let refused = server
        .gql(
            Some(&worker),
            CREATE,
            json!({ "input": point("Nie wolno") }),
        )
        .await;
    assert_eq!(code(&refused), Some("FORBIDDEN"), "{refused}");
    let anonymous = server
        .gql(None, CREATE, json!({ "input": point("Nie wolno") }))
        .await;
    assert_eq!(code(&anonymous), Some("UNAUTHENTICATED"), "{anonymous}");
    // Another municipality's editor: the point is not there, by ID or in their list.
    let czestochowa = server.staff("czestochowa", "admin").await;
    let node = server
        .gql(
            Some(&czestochowa),
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(node["data"]["node"], Value::Null, "{node}");
    // Helplines are the operator's.
    let helpline = "mutation($input: HelpPointInput!) { createHelpline(input: $input) { helpPoint { national } userErrors { code } } }";
    let input = json!({ "input": { "name": "Linia", "kind": "HELPLINE", "phones": ["116 123"], "dayAndNight": true } });
    let refused = server.gql(Some(&zory), helpline, input.clone()).await;
    assert_eq!(code(&refused), Some("FORBIDDEN"), "{refused}");
    let operator = server.operator().await;
    let created = server.gql(Some(&operator), helpline, input).await;
    assert_eq!(
        created["data"]["createHelpline"]["helpPoint"]["national"], true,
        "{created}"
    );
}
on_both!(stale_versions_conflict_and_strangers_cannot_edit);

async fn the_demo_publishes_the_offices_points_after_the_helplines(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let body = server
        .gql(
            None,
            "query Demo { helpPoints(municipality: \"czestochowa\", first: 20) {
                edges { node { name national placesAvailable hours { dayAndNight } phones { uri } } }
            } }",
            json!({}),
        )
        .await;
    let edges = body["data"]["helpPoints"]["edges"]
        .as_array()
        .unwrap()
        .clone();
    let national: Vec<bool> = edges
        .iter()
        .map(|e| e["node"]["national"].as_bool().unwrap())
        .collect();
    assert_eq!(national, [true, true, true, true, false, false], "{body}");
    let centre = edges
        .iter()
        .find(|e| e["node"]["name"] == "Częstochowskie Centrum Interwencji Kryzysowej")
        .unwrap();
    assert_eq!(centre["node"]["placesAvailable"], true);
    assert_eq!(centre["node"]["hours"]["dayAndNight"], true);
    assert_eq!(centre["node"]["phones"][0]["uri"], "tel:+48343663121");
}
on_both!(the_demo_publishes_the_offices_points_after_the_helplines);

/// The anonymous answer may be cached by HTTP caches; a signed-in one never. Past the public
/// bucket an address is refused with RATE_LIMITED, while a signed-in request still passes.
async fn public_reads_are_cacheable_and_rate_limited(backend: Backend) {
    let db = crate::harness::TestDb::new(backend).await;
    let server = Server::start(
        &db,
        crate::harness::ServerOptions {
            demo: true,
            env: vec![("OSTOJA_RATE_LIMIT__PUBLIC_PER_ADDRESS".into(), "3".into())],
            ..Default::default()
        },
    )
    .await;
    let query = json!({ "query": "query Public { helpPoints(municipality: \"zory\") { edges { node { name } } } }" });
    let post = |token: Option<String>| {
        let mut request = server
            .http
            .post(format!("{}/graphql", server.url))
            .json(&query);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send()
    };
    let first = post(None).await.unwrap();
    assert_eq!(
        first.headers()["cache-control"].to_str().unwrap(),
        "public, max-age=60"
    );
    let zory = server.staff("zory", "admin").await;
    let signed_in = post(Some(zory.clone())).await.unwrap();
    assert_eq!(
        signed_in.headers()["cache-control"].to_str().unwrap(),
        "no-store"
    );
    post(None).await.unwrap();
    post(None).await.unwrap();
    let refused = post(None).await.unwrap();
    let body: Value = refused.json().await.unwrap();
    assert_eq!(code(&body), Some("RATE_LIMITED"), "{body}");
    let still: Value = post(Some(zory)).await.unwrap().json().await.unwrap();
    assert!(still["errors"].is_null(), "{still}");
}
on_both!(public_reads_are_cacheable_and_rate_limited);
