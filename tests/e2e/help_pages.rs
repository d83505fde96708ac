//! What the public help pages and the staff arranging shelter rely on: "open now" by the clock
//! in Warsaw on a holiday and around midnight (the directory's clock fixed with
//! `directory.fixed_now`), the regions and municipalities a page may be about, HTTP caching
//! only for the directory's own public answers, free shelter places seen by the chair and the
//! social workers (and by nobody else, nor another municipality), and the operator's helplines.

use serde_json::{json, Value};

use crate::harness::{code, demo, Backend, Server, ServerOptions, TestDb};
use crate::on_both;

const POINTS: &str = "query Points($municipality: String, $openNow: Boolean) {
    helpPoints(municipality: $municipality, openNow: $openNow, first: 50) {
        edges { node { id name national openNow placesAvailable email phones { number } hours { dayAndNight week { day ranges { opens } } } } }
    }
}";

/// `name -> openNow` of what the public sees for a municipality: the national helplines first,
/// then the municipality's places, those open now first.
async fn open_now(server: &Server, municipality: &str) -> Vec<(String, bool)> {
    let body = server
        .gql(None, POINTS, json!({ "municipality": municipality }))
        .await;
    assert!(body["errors"].is_null(), "{body}");
    let edges = body["data"]["helpPoints"]["edges"].as_array().unwrap();
    let national: Vec<bool> = edges
        .iter()
        .map(|e| e["node"]["national"].as_bool().unwrap())
        .collect();
    assert!(
        national.windows(2).all(|w| w[0] || !w[1]),
        "a place before a helpline: {body}"
    );
    let list: Vec<(String, bool)> = edges
        .iter()
        .map(|e| {
            (
                e["node"]["name"].as_str().unwrap().to_owned(),
                e["node"]["openNow"].as_bool().unwrap(),
            )
        })
        .collect();
    let places: Vec<&(String, bool)> = list
        .iter()
        .zip(&national)
        .filter(|(_, n)| !**n)
        .map(|(p, _)| p)
        .collect();
    assert!(
        places.windows(2).all(|w| w[0].1 || !w[1].1),
        "a closed place before an open one: {list:?}"
    );
    list
}

fn is_open(list: &[(String, bool)], prefix: &str) -> bool {
    list.iter()
        .find(|(name, _)| name.starts_with(prefix))
        .unwrap_or_else(|| panic!("{prefix} in {list:?}"))
        .1
}

/// A server on `db` whose directory believes it is `now`.
async fn at(db: &TestDb, now: &str, demo: bool) -> Server {
    Server::start(
        db,
        ServerOptions {
            demo,
            env: vec![("OSTOJA_DIRECTORY__FIXED_NOW".to_owned(), now.to_owned())],
            ..Default::default()
        },
    )
    .await
}

const TEAM: &str = "Zespół ds. Przeciwdziałania Przemocy";
const NIGHT: &str = "Dyżur nocny";
const TRUST_LINE: &str = "Kryzysowy Telefon Zaufania";
const BLUE_LINE: &str = "Niebieska Linia";

async fn open_now_follows_the_clock_in_warsaw(backend: Backend) {
    let db = TestDb::new(backend).await;
    // 11 November 2026, a Wednesday and Independence Day, 10:00 in Warsaw.
    let holiday = at(&db, "2026-11-11T10:00:00+01:00", true).await;
    let admin = holiday.staff("zory", "admin").await;
    // Open every evening until midnight and every night after it, holidays too.
    let nights: Vec<Value> = [
        "MONDAY",
        "TUESDAY",
        "WEDNESDAY",
        "THURSDAY",
        "FRIDAY",
        "SATURDAY",
        "SUNDAY",
    ]
    .iter()
    .map(|day| {
        json!({ "day": day, "ranges": [
            { "opens": "00:00", "closes": "06:00" },
            { "opens": "20:00", "closes": "24:00" }
        ] })
    })
    .collect();
    let created = holiday
        .gql(
            Some(&admin),
            "mutation($input: HelpPointInput!) { createHelpPoint(input: $input) { helpPoint { id } userErrors { field } } }",
            json!({ "input": {
                "name": NIGHT, "kind": "CRISIS_INTERVENTION_POINT", "phones": ["32 43 57 840"],
                "week": nights, "openOnPublicHolidays": true
            } }),
        )
        .await;
    let id = created["data"]["createHelpPoint"]["helpPoint"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{created}"))
        .to_owned();
    let published = holiday
        .gql(
            Some(&admin),
            "mutation($id: ID!) { publishHelpPoint(input: { id: $id }) { helpPoint { published } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        published["data"]["publishHelpPoint"]["helpPoint"]["published"], true,
        "{published}"
    );

    let list = open_now(&holiday, "zory").await;
    assert!(
        !is_open(&list, TEAM),
        "closed on a public holiday: {list:?}"
    );
    assert!(is_open(&list, BLUE_LINE), "day and night: {list:?}");
    assert!(!is_open(&list, TRUST_LINE), "opens at 14:00: {list:?}");
    assert!(!is_open(&list, NIGHT), "{list:?}");
    holiday.stop().await;

    // The next day, a working Thursday, at 10:00.
    let workday = at(&db, "2026-11-12T10:00:00+01:00", false).await;
    let list = open_now(&workday, "zory").await;
    assert!(is_open(&list, TEAM), "{list:?}");
    assert!(!is_open(&list, NIGHT), "{list:?}");
    // The filter counts the same clock.
    let body = workday
        .gql(
            None,
            POINTS,
            json!({ "municipality": "zory", "openNow": false }),
        )
        .await;
    let closed: Vec<&str> = body["data"]["helpPoints"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["name"].as_str().unwrap())
        .collect();
    assert!(closed.contains(&NIGHT), "{body}");
    assert!(!closed.iter().any(|n| n.starts_with(TEAM)), "{body}");
    workday.stop().await;

    // One minute before midnight on the holiday (22:59 UTC), and midnight itself.
    let before = at(&db, "2026-11-11T22:59:00Z", false).await;
    let list = open_now(&before, "zory").await;
    assert!(
        is_open(&list, NIGHT),
        "open on holidays until 24:00: {list:?}"
    );
    assert!(!is_open(&list, TEAM), "{list:?}");
    assert!(!is_open(&list, TRUST_LINE), "closes at 22:00: {list:?}");
    before.stop().await;

    let midnight = at(&db, "2026-11-12T00:00:00+01:00", false).await;
    let list = open_now(&midnight, "zory").await;
    assert!(is_open(&list, NIGHT), "from 00:00: {list:?}");
    assert!(!is_open(&list, TEAM), "{list:?}");
    let body = midnight
        .gql(
            None,
            POINTS,
            json!({ "municipality": "zory", "openNow": true }),
        )
        .await;
    let open: Vec<&str> = body["data"]["helpPoints"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["name"].as_str().unwrap())
        .collect();
    assert!(open.contains(&NIGHT), "{body}");
    assert!(open.iter().any(|n| n.starts_with(BLUE_LINE)), "{body}");
    assert!(!open.iter().any(|n| n.starts_with(TEAM)), "{body}");
    midnight.stop().await;

    // 06:00 closes the night.
    let morning = at(&db, "2026-11-12T05:00:00Z", false).await;
    assert!(!is_open(&open_now(&morning, "zory").await, NIGHT));
}
on_both!(open_now_follows_the_clock_in_warsaw);

const REGIONS: &str = "{ helpRegions { slug name municipalities { slug name } } }";

/// The places a public page may be about, the same for anyone; a disabled municipality is not
/// among them, and its points are not public.
async fn help_regions_are_public(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let expected = json!([{
        "slug": "slaskie",
        "name": "Województwo śląskie",
        "municipalities": [
            { "slug": "lubliniec", "name": "Gmina Lubliniec" },
            { "slug": "czestochowa", "name": "Miasto Częstochowa" },
            { "slug": "jastrzebie", "name": "Miasto Jastrzębie-Zdrój" },
            { "slug": "zory", "name": "Miasto Żory" },
        ],
    }]);
    let anonymous = server.gql(None, REGIONS, json!({})).await;
    assert_eq!(anonymous["data"]["helpRegions"], expected, "{anonymous}");
    let worker = server.staff("czestochowa", "pracownik").await;
    let signed_in = server.gql(Some(&worker), REGIONS, json!({})).await;
    assert_eq!(signed_in["data"]["helpRegions"], expected, "{signed_in}");

    let op = server.operator().await;
    let id = server.municipality_id("jastrzebie").await;
    let body = server
        .gql(
            Some(&op),
            "mutation($id: ID!) { disableMunicipality(input: { id: $id }) { municipality { active } } }",
            json!({ "id": id }),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    let after = server.gql(None, REGIONS, json!({})).await;
    let slugs: Vec<&str> = after["data"]["helpRegions"][0]["municipalities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["slug"].as_str().unwrap())
        .collect();
    assert_eq!(slugs, ["lubliniec", "czestochowa", "zory"], "{after}");
    let list = open_now(&server, "jastrzebie").await;
    assert!(
        !list.iter().any(|(n, _)| n.starts_with("Punkt Interwencji")),
        "{list:?}"
    );
}
on_both!(help_regions_are_public);

/// Jastrzębie-Zdrój's crisis intervention point as its office publishes it: address, both
/// phones, the e-mail, no hours made up, no shelter count shown.
async fn the_demo_has_jastrzebies_crisis_point(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let body = server
        .gql(None, POINTS, json!({ "municipality": "jastrzebie" }))
        .await;
    let edges = body["data"]["helpPoints"]["edges"].as_array().unwrap();
    let point = &edges
        .iter()
        .find(|e| e["node"]["name"] == "Punkt Interwencji Kryzysowej — OPS w Jastrzębiu-Zdroju")
        .unwrap_or_else(|| panic!("{body}"))["node"];
    assert_eq!(point["email"], "pik@ops.jastrzebie.pl");
    assert_eq!(
        point["phones"],
        json!([{ "number": "32 431 96 27" }, { "number": "32 431 96 28" }])
    );
    assert_eq!(point["hours"]["dayAndNight"], false);
    assert!(point["hours"]["week"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["ranges"] == json!([])));
    assert_eq!(point["placesAvailable"], Value::Null);
    // Every municipality has a directory editor.
    for tenant in ["zory", "czestochowa", "lubliniec", "jastrzebie"] {
        let editor = server.staff(tenant, "redaktor").await;
        let mine = server
            .gql(Some(&editor), "{ myHelpPoints { id } }", json!({}))
            .await;
        assert!(mine["errors"].is_null(), "{tenant}: {mine}");
    }
}
on_both!(the_demo_has_jastrzebies_crisis_point);

const SHELTERS: &str =
    "{ shelterPoints { id name shelterPlaces { free updatedAt shownToPublic } } }";

const PLACES: &str = "mutation Places($input: UpdateShelterPlacesInput!) {
    updateShelterPlaces(input: $input) { helpPoint { shelterPlaces { free } placesAvailable } userErrors { field code } }
}";

async fn shelters(server: &Server, token: &str) -> Value {
    let body = server.gql(Some(token), SHELTERS, json!({})).await;
    assert!(body["errors"].is_null(), "{body}");
    body["data"]["shelterPoints"].clone()
}

async fn public_places(server: &Server, name: &str) -> Value {
    let body = server
        .gql(None, POINTS, json!({ "municipality": "czestochowa" }))
        .await;
    body["data"]["helpPoints"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["node"]["name"] == name)
        .unwrap_or_else(|| panic!("{body}"))["node"]["placesAvailable"]
        .clone()
}

/// The chair and the social workers see the free places with the time they were counted; the
/// point's editor updates them in one step; the public sees only yes or no, and only while the
/// municipality shows it. Other staff, another municipality and the public see no count.
async fn shelter_places_are_for_the_staff_arranging_shelter(backend: Backend) {
    let (_db, server) = demo(backend).await;
    const CENTRE: &str = "Częstochowskie Centrum Interwencji Kryzysowej";
    let chair = server.staff("czestochowa", "przewodniczacy").await;
    let worker = server.staff("czestochowa", "pracownik").await;
    let editor = server.staff("czestochowa", "redaktor").await;

    let seen = shelters(&server, &chair).await;
    let names: Vec<&str> = seen
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, [CENTRE], "only the points giving shelter: {seen}");
    assert_eq!(seen[0]["shelterPlaces"]["free"], 2);
    assert_eq!(seen[0]["shelterPlaces"]["shownToPublic"], true);
    assert!(seen[0]["shelterPlaces"]["updatedAt"].is_string());
    assert_eq!(shelters(&server, &worker).await, seen);
    let id = seen[0]["id"].as_str().unwrap().to_owned();

    // Jastrzębie's point gives shelter but nobody has counted its places yet.
    let jastrzebie = server.staff("jastrzebie", "pracownik").await;
    let theirs = shelters(&server, &jastrzebie).await;
    assert_eq!(theirs.as_array().map(Vec::len), Some(1), "{theirs}");
    assert_eq!(theirs[0]["shelterPlaces"], Value::Null);
    // Żory's chair: none of Częstochowa's.
    let zory = server.staff("zory", "przewodniczacy").await;
    assert_eq!(shelters(&server, &zory).await, json!([]));

    // Others of the municipality and the public: no shelter list at all.
    for login in ["czlonek", "policjant", "iod"] {
        let token = server.staff("czestochowa", login).await;
        let body = server.gql(Some(&token), SHELTERS, json!({})).await;
        assert_eq!(code(&body), Some("FORBIDDEN"), "{login}: {body}");
    }
    for token in [server.coordinator().await, server.operator().await] {
        let body = server.gql(Some(&token), SHELTERS, json!({})).await;
        assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    }
    let body = server.gql(None, SHELTERS, json!({})).await;
    assert_eq!(code(&body), Some("UNAUTHENTICATED"), "{body}");
    assert_eq!(public_places(&server, CENTRE).await, true);

    // The last place taken: one step, seen by the chair and (as "no") by the public at once.
    let body = server
        .gql(
            Some(&editor),
            PLACES,
            json!({ "input": { "id": id, "freePlaces": 0 } }),
        )
        .await;
    assert_eq!(
        body["data"]["updateShelterPlaces"]["helpPoint"]["shelterPlaces"]["free"], 0,
        "{body}"
    );
    assert_eq!(
        shelters(&server, &chair).await[0]["shelterPlaces"]["free"],
        0
    );
    assert_eq!(public_places(&server, CENTRE).await, false);
    // Hidden from the public: neither yes nor no.
    server
        .gql(
            Some(&editor),
            PLACES,
            json!({ "input": { "id": id, "freePlaces": 1, "shownToPublic": false } }),
        )
        .await;
    assert_eq!(public_places(&server, CENTRE).await, Value::Null);
    assert_eq!(
        shelters(&server, &worker).await[0]["shelterPlaces"]["free"],
        1
    );
    // Negative: refused on its field, nothing written.
    let body = server
        .gql(
            Some(&editor),
            PLACES,
            json!({ "input": { "id": id, "freePlaces": -3 } }),
        )
        .await;
    assert_eq!(
        body["data"]["updateShelterPlaces"]["userErrors"][0]["field"],
        json!(["input", "freePlaces"]),
        "{body}"
    );
    assert_eq!(
        shelters(&server, &chair).await[0]["shelterPlaces"]["free"],
        1
    );
    // A social worker arranges shelter but does not keep the count; another municipality's
    // editor gets what a random ID gets.
    let body = server
        .gql(
            Some(&worker),
            PLACES,
            json!({ "input": { "id": id, "freePlaces": 5 } }),
        )
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    let foreign = server.staff("zory", "redaktor").await;
    let body = server
        .gql(
            Some(&foreign),
            PLACES,
            json!({ "input": { "id": id, "freePlaces": 5 } }),
        )
        .await;
    assert_eq!(code(&body), Some("NOT_FOUND"), "{body}");
    let random = "SGVscFBvaW50OjAxOTAwMDAwLTAwMDAtNzAwMC04MDAwLTAwMDAwMDAwMDAwMA";
    let missing = server
        .gql(
            Some(&foreign),
            PLACES,
            json!({ "input": { "id": random, "freePlaces": 5 } }),
        )
        .await;
    assert_eq!(
        body["errors"][0]["message"],
        missing["errors"][0]["message"]
    );
    assert_eq!(
        shelters(&server, &chair).await[0]["shelterPlaces"]["free"],
        1
    );
}
on_both!(shelter_places_are_for_the_staff_arranging_shelter);

const UPDATE_HELPLINE: &str = "mutation($input: UpdateHelpPointInput!) {
    updateHelpline(input: $input) { helpPoint { name version phones { number } } userErrors { field code } }
}";

/// The operator corrects a national helpline (versioned); the public list shows it at once.
async fn the_operator_updates_a_helpline(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let operator = server.operator().await;
    let body = server
        .gql(
            None,
            "{ helpPoints(municipality: \"zory\") { edges { node { id name national } } } }",
            json!({}),
        )
        .await;
    let line = body["data"]["helpPoints"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["node"]["name"] == "Numer alarmowy")
        .unwrap_or_else(|| panic!("{body}"))["node"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let point = |name: &str, phone: &str| json!({ "name": name, "kind": "HELPLINE", "phones": [phone], "dayAndNight": true });

    let bad = server
        .gql(
            Some(&operator),
            UPDATE_HELPLINE,
            json!({ "input": { "id": line, "version": 1, "point": point("Numer alarmowy", "12") } }),
        )
        .await;
    assert_eq!(
        bad["data"]["updateHelpline"]["userErrors"][0]["field"],
        json!(["input", "point", "phones", "0"]),
        "{bad}"
    );
    let ok = server
        .gql(
            Some(&operator),
            UPDATE_HELPLINE,
            json!({ "input": { "id": line, "version": 1, "point": point("Numer alarmowy 112", "112") } }),
        )
        .await;
    assert_eq!(
        ok["data"]["updateHelpline"]["helpPoint"]["version"], 2,
        "{ok}"
    );
    let names = open_now(&server, "zory").await;
    assert!(
        names.iter().any(|(n, _)| n == "Numer alarmowy 112"),
        "{names:?}"
    );
    let stale = server
        .gql(
            Some(&operator),
            UPDATE_HELPLINE,
            json!({ "input": { "id": line, "version": 1, "point": point("Stare", "112") } }),
        )
        .await;
    assert_eq!(code(&stale), Some("CONFLICT"), "{stale}");
    let admin = server.staff("zory", "admin").await;
    let refused = server
        .gql(
            Some(&admin),
            UPDATE_HELPLINE,
            json!({ "input": { "id": line, "version": 2, "point": point("Nie", "112") } }),
        )
        .await;
    assert_eq!(code(&refused), Some("FORBIDDEN"), "{refused}");
    let anonymous = server
        .gql(
            None,
            UPDATE_HELPLINE,
            json!({ "input": { "id": line, "version": 2, "point": point("Nie", "112") } }),
        )
        .await;
    assert_eq!(code(&anonymous), Some("UNAUTHENTICATED"), "{anonymous}");
    let random = "SGVscFBvaW50OjAxOTAwMDAwLTAwMDAtNzAwMC04MDAwLTAwMDAwMDAwMDAwMA";
    let missing = server
        .gql(
            Some(&operator),
            UPDATE_HELPLINE,
            json!({ "input": { "id": random, "version": 1, "point": point("Nie", "112") } }),
        )
        .await;
    assert_eq!(code(&missing), Some("NOT_FOUND"), "{missing}");
}
on_both!(the_operator_updates_a_helpline);

/// `Cache-Control: public` only on an anonymous, successful answer made of the directory's
/// public fields alone; every other anonymous answer is `no-store`.
async fn only_the_directorys_answers_are_cacheable(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let cache_control = |query: &'static str| {
        let server = &server;
        async move {
            let resp = server
                .http
                .post(format!("{}/graphql", server.url))
                .json(&json!({ "query": query }))
                .send()
                .await
                .unwrap();
            resp.headers()["cache-control"].to_str().unwrap().to_owned()
        }
    };
    let public = "public, max-age=60";
    assert_eq!(
        cache_control("{ helpPoints(municipality: \"zory\") { edges { node { name } } } }").await,
        public
    );
    assert_eq!(
        cache_control("query Page { helpRegions { slug } helpPoints(region: \"slaskie\") { edges { node { name } } } }").await,
        public
    );
    for other in [
        "{ signInMunicipalities { slug } }",
        "{ viewer { kind } }",
        "{ helpRegions { slug } viewer { kind } }",
        "{ helpPoints(first: 0) { edges { node { name } } } }",
        "{ nieMaTakiegoPola }",
    ] {
        assert_eq!(cache_control(other).await, "no-store", "{other}");
    }
}
on_both!(only_the_directorys_answers_are_cacheable);
