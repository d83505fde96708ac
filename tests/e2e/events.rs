//! Campaigns and events: Żory's chair describes the White Ribbon campaign and its events — one
//! published and to come, one not published, one past with its participants counted. Bad input
//! is refused on its field, nothing written. Anyone, without signing in, reads the published
//! events to come in the municipality's public calendar and its iCalendar feed, and nothing
//! else; a change shows there at once. A team member reads everything and changes nothing;
//! another municipality's staff and a coordinator get what random IDs get.

use chrono::{Duration, Utc};
use serde_json::{json, Value};

use crate::cases::{ok, today};
use crate::harness::{code, demo, Backend, Server};
use crate::on_both;
use crate::programmes::{answers_like_random, payload, random_id, refused};

const EVENT: &str = "id campaignId title kind startsAt endsAt place audience description \
    participants published viewerMayEdit version";
const PUBLIC: &str = "query($m: String!) { publicEvents(municipality: $m) { uid title kind \
    startsAt endsAt place audience description campaign } }";

async fn campaign(server: &Server, token: &str, mutation: &str, input: Value) -> Value {
    payload(
        server,
        token,
        mutation,
        "campaign",
        &format!("id title startsOn endsOn description version events {{ {EVENT} }}"),
        input,
    )
    .await
}

async fn event(server: &Server, token: &str, mutation: &str, input: Value) -> Value {
    payload(server, token, mutation, "event", EVENT, input).await
}

/// An event's content: `from` hours from now, lasting two hours.
fn content(title: &str, from: i64, campaign: &Value, published: bool) -> Value {
    let starts = Utc::now() + Duration::hours(from);
    json!({ "campaignId": campaign, "title": title, "kind": "WORKSHOP",
            "startsAt": starts.to_rfc3339(), "endsAt": (starts + Duration::hours(2)).to_rfc3339(),
            "place": "Miejski Ośrodek Kultury w Żorach, ul. Szeroka 1", "audience": "rodzice i opiekunowie",
            "description": "Jak rozpoznać przemoc wobec dziecka; wstęp wolny.", "published": published })
}

async fn public(server: &Server, municipality: &str) -> Vec<Value> {
    let answer = server.gql(None, PUBLIC, json!({ "m": municipality })).await;
    assert!(answer["errors"].is_null(), "{answer}");
    answer["data"]["publicEvents"].as_array().unwrap().clone()
}

/// The municipality's events of the years of two days ago and two days on (the test's events
/// lie within them), each once.
async fn events_around_today(server: &Server, token: &str) -> Vec<Value> {
    let mut years = vec![
        chrono::Datelike::year(&(today() - chrono::Days::new(2))),
        chrono::Datelike::year(&(today() + chrono::Days::new(2))),
    ];
    years.dedup();
    let mut found: Vec<Value> = Vec::new();
    for year in years {
        let read = ok(
            server,
            token,
            &format!("query($y: Int!) {{ municipalEvents(year: $y) {{ {EVENT} }} }}"),
            json!({ "y": year }),
        )
        .await;
        found.extend(read["municipalEvents"].as_array().unwrap().iter().cloned());
    }
    found
}

/// The White Ribbon from three days ago to ten days on, with its three events: (campaign,
/// the published event to come, the unpublished one, the past one).
async fn white_ribbon(server: &Server, chair: &str) -> (Value, Value, Value, Value) {
    let made = campaign(
        server,
        chair,
        "createMunicipalCampaign",
        json!({ "campaign": {
        "title": "Biała Wstążka", "startsOn": (today() - chrono::Days::new(3)).to_string(),
        "endsOn": (today() + chrono::Days::new(10)).to_string(),
        "description": "Kampania przeciw przemocy wobec kobiet" } }),
    )
    .await;
    assert_eq!(made["userErrors"], json!([]), "{made}");
    let id = made["campaign"]["id"].clone();
    let mut added = Vec::new();
    for (title, from, published) in [
        ("Warsztaty dla rodziców", 24, true),
        ("Narada koordynatorów", 48, false),
        ("Happening na rynku", -30, true),
    ] {
        let done = event(
            server,
            chair,
            "addMunicipalEvent",
            json!({ "event": content(title, from, &id, published) }),
        )
        .await;
        assert_eq!(done["userErrors"], json!([]), "{done}");
        added.push(done["event"].clone());
    }
    let past = added.pop().unwrap();
    let unpublished = added.pop().unwrap();
    let coming = added.pop().unwrap();
    (made["campaign"].clone(), coming, unpublished, past)
}

async fn campaigns_events_and_the_public_calendar(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let member = server.staff("zory", "czlonek").await;

    // Bad input, nothing written.
    let bad = campaign(
        &server,
        &chair,
        "createMunicipalCampaign",
        json!({ "campaign": {
        "title": "Biała Wstążka", "startsOn": "2026-12-10", "endsOn": "2026-11-25" } }),
    )
    .await;
    refused(&bad, "input.campaign.endsOn", "ENDS_BEFORE_STARTS");
    let mut backwards = content("Szkolenie", 24, &Value::Null, true);
    backwards["endsAt"] = json!((Utc::now() + Duration::hours(20)).to_rfc3339());
    let bad = event(
        &server,
        &chair,
        "addMunicipalEvent",
        json!({ "event": backwards }),
    )
    .await;
    refused(&bad, "input.event.endsAt", "ENDS_BEFORE_STARTS");
    let mut counted_early = content("Szkolenie", 24, &Value::Null, true);
    counted_early["participants"] = json!(20);
    let bad = event(
        &server,
        &chair,
        "addMunicipalEvent",
        json!({ "event": counted_early }),
    )
    .await;
    refused(&bad, "input.event.participants", "NOT_BEGUN");
    let mut negative = content("Szkolenie", -24, &Value::Null, true);
    negative["participants"] = json!(-1);
    let bad = event(
        &server,
        &chair,
        "addMunicipalEvent",
        json!({ "event": negative }),
    )
    .await;
    refused(&bad, "input.event.participants", "OUT_OF_RANGE");
    assert_eq!(
        events_around_today(&server, &chair).await,
        Vec::<Value>::new()
    );

    let (white_ribbon, coming, unpublished, past) = white_ribbon(&server, &chair).await;
    assert_eq!(coming["campaignId"], white_ribbon["id"]);
    // Outside the campaign's days; the campaign's days shrunk past an event.
    let far = event(
        &server,
        &chair,
        "addMunicipalEvent",
        json!({ "event": content("Szkolenie", 24 * 30, &white_ribbon["id"], true) }),
    )
    .await;
    refused(&far, "input.event.startsAt", "OUTSIDE_CAMPAIGN");
    let shrunk = campaign(&server, &chair, "updateMunicipalCampaign", json!({ "id": white_ribbon["id"],
        "version": white_ribbon["version"], "campaign": { "title": "Biała Wstążka",
        "startsOn": today().to_string(), "endsOn": (today() + chrono::Days::new(10)).to_string() } })).await;
    refused(&shrunk, "input.campaign.startsOn", "EVENTS_OUTSIDE");

    // The past event's participants counted.
    let mut counted = content("Happening na rynku", -30, &white_ribbon["id"], true);
    counted["startsAt"] = past["startsAt"].clone();
    counted["endsAt"] = past["endsAt"].clone();
    counted["participants"] = json!(120);
    let done = event(
        &server,
        &chair,
        "updateMunicipalEvent",
        json!({ "id": past["id"], "version": past["version"], "event": counted }),
    )
    .await;
    assert_eq!(done["userErrors"], json!([]), "{done}");
    assert_eq!(done["event"]["participants"], 120);

    // Anyone: only the published event still to come, with nothing only staff know.
    let seen = public(&server, "zory").await;
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(seen[0]["title"], "Warsztaty dla rodziców");
    assert_eq!(seen[0]["campaign"], "Biała Wstążka");
    assert_eq!(seen[0]["audience"], "rodzice i opiekunowie");
    // Participants are not a field of the public calendar at all.
    let asked = server
        .gql(
            None,
            "{ publicEvents(municipality: \"zory\") { participants } }",
            json!({}),
        )
        .await;
    assert!(
        asked["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("participants"),
        "{asked}"
    );
    assert_eq!(public(&server, "czestochowa").await, Vec::<Value>::new());
    assert_eq!(public(&server, "nie-ma-takiej").await, Vec::<Value>::new());
    assert_eq!(public(&server, "../zory").await, Vec::<Value>::new());
    // The iCalendar feed: the same event.
    let resp = reqwest::get(format!("{}/kalendarz/zory.ics", server.url))
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(
        resp.headers()["content-type"],
        "text/calendar; charset=utf-8"
    );
    let feed = resp.text().await.unwrap().replace("\r\n ", "");
    assert!(feed.starts_with("BEGIN:VCALENDAR"), "{feed}");
    assert!(feed.contains("SUMMARY:Warsztaty dla rodziców"), "{feed}");
    assert!(
        feed.contains(&format!("UID:{}", seen[0]["uid"].as_str().unwrap())),
        "{feed}"
    );
    assert!(
        !feed.contains("Narada") && !feed.contains("Happening"),
        "{feed}"
    );
    assert_eq!(server.get("/kalendarz/nie-ma-takiej.ics").await.0, 404);
    assert_eq!(server.get("/kalendarz/zory").await.0, 404);

    // The campaign renamed: the cached calendar names it anew at once.
    let renamed = campaign(
        &server,
        &chair,
        "updateMunicipalCampaign",
        json!({ "id": white_ribbon["id"],
        "version": white_ribbon["version"], "campaign": { "title": "Biała Wstążka 2026",
        "startsOn": (today() - chrono::Days::new(3)).to_string(),
        "endsOn": (today() + chrono::Days::new(10)).to_string() } }),
    )
    .await;
    assert_eq!(renamed["userErrors"], json!([]), "{renamed}");
    assert_eq!(
        public(&server, "zory").await[0]["campaign"],
        "Biała Wstążka 2026"
    );

    // Taken off the calendar: gone at once, from the list and the feed.
    let mut hidden = content("Warsztaty dla rodziców", 24, &white_ribbon["id"], false);
    hidden["startsAt"] = coming["startsAt"].clone();
    hidden["endsAt"] = coming["endsAt"].clone();
    let done = event(
        &server,
        &chair,
        "updateMunicipalEvent",
        json!({ "id": coming["id"], "version": coming["version"], "event": hidden.clone() }),
    )
    .await;
    assert_eq!(done["userErrors"], json!([]), "{done}");
    assert_eq!(public(&server, "zory").await, Vec::<Value>::new());
    let (status, feed) = server.get("/kalendarz/zory.ics").await;
    assert_eq!(status, 200);
    assert!(!feed.contains("Warsztaty"), "{feed}");
    // A stale version conflicts.
    let stale = server.gql(Some(&chair), "mutation($input: UpdateMunicipalEventInput!) { \
        updateMunicipalEvent(input: $input) { userErrors { code } } }",
        json!({ "input": { "id": coming["id"], "version": coming["version"], "event": hidden } })).await;
    assert_eq!(code(&stale), Some("CONFLICT"), "{stale}");

    // A team member reads the campaign, its events and their participants; changes nothing.
    let read = ok(
        &server,
        &member,
        &format!("{{ municipalCampaigns {{ id title events {{ {EVENT} }} }} }}"),
        json!({}),
    )
    .await;
    let events = read["municipalCampaigns"][0]["events"].as_array().unwrap();
    assert_eq!(events.len(), 3);
    assert_eq!(events[0]["title"], "Happening na rynku");
    assert_eq!(events[0]["participants"], 120);
    assert_eq!(events[0]["viewerMayEdit"], false);
    assert_eq!(events_around_today(&server, &member).await.len(), 3);
    let answer = server
        .gql(
            Some(&member),
            "mutation($input: AddMunicipalEventInput!) { \
        addMunicipalEvent(input: $input) { userErrors { code } } }",
            json!({ "input": { "event": content("X", 24, &Value::Null, true) } }),
        )
        .await;
    assert_eq!(code(&answer), Some("FORBIDDEN"), "{answer}");
    assert_eq!(unpublished["published"], false);
}
on_both!(campaigns_events_and_the_public_calendar);

/// Another municipality's campaign and events: its staff's and a coordinator's changes with
/// them answer as with random IDs; naming Żory's campaign on an event of one's own too.
async fn foreign_campaigns_and_events_answer_like_random_ids(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let (white_ribbon, coming, ..) = white_ribbon(&server, &chair).await;
    let theirs = server.staff("czestochowa", "przewodniczacy").await;
    let coordinator = server.coordinator().await;
    let with = |campaign: Value, event: Value| {
        vec![
            (
                "updateMunicipalCampaign",
                json!({ "id": campaign, "version": 1, "campaign": {
                "title": "X", "startsOn": today().to_string(), "endsOn": today().to_string() } }),
            ),
            (
                "updateMunicipalEvent",
                json!({ "id": event, "version": 1,
                "event": content("X", 24, &Value::Null, true) }),
            ),
            (
                "addMunicipalEvent",
                json!({ "event": content("X", 24, &campaign, true) }),
            ),
        ]
    };
    for token in [Some(theirs.as_str()), Some(coordinator.as_str()), None] {
        answers_like_random(
            &server,
            token,
            &with(white_ribbon["id"].clone(), coming["id"].clone()),
            &with(
                json!(random_id("MunicipalCampaign")),
                json!(random_id("MunicipalEvent")),
            ),
        )
        .await;
    }
    let read = ok(&server, &theirs, "{ municipalCampaigns { id } }", json!({})).await;
    assert_eq!(read["municipalCampaigns"], json!([]));
    // Nothing written, in either municipality.
    for token in [&chair, &theirs] {
        let events = events_around_today(&server, token).await;
        assert!(events.iter().all(|e| e["title"] != "X"), "{events:?}");
    }
    let read = ok(
        &server,
        &theirs,
        "query($y: Int!) { municipalEvents(year: $y) { id } }",
        json!({ "y": chrono::Datelike::year(&today()) }),
    )
    .await;
    assert_eq!(read["municipalEvents"], json!([]));
}
on_both!(foreign_campaigns_and_events_answer_like_random_ids);

/// A row in every table of campaigns and events, for the row-level security suite.
pub(crate) async fn rows_in_every_table(server: &Server) {
    let chair = server.staff("zory", "przewodniczacy").await;
    white_ribbon(server, &chair).await;
}

/// Root fields of campaigns and events, probed above.
pub const COVERED: &[&str] = &[
    "Query.municipalCampaigns",
    "Query.municipalEvents",
    // Public by design: published events only (the test above reads what it shows).
    "Query.publicEvents",
    // Takes no foreign ID but a campaign's, probed above.
    "Mutation.createMunicipalCampaign",
    "Mutation.updateMunicipalCampaign",
    "Mutation.addMunicipalEvent",
    "Mutation.updateMunicipalEvent",
];
