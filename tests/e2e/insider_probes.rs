//! Smaller holes found by an insider's review, each probed as the insider would: the
//! administrator's audit trail telling a PESEL search that found a card from one that did not,
//! a team meeting's agenda readable by anyone, a plan item made the responsibility of the
//! administrator, a closed card linked to an intake entry, and a development sign-in from a
//! sibling host.

use serde_json::{json, Value};

use crate::access_ends::users;
use crate::cases::{days_ago, nk_a, ok, open, pesel, step, today, victim_pesel};
use crate::harness::{demo, Backend, Server};
use crate::intake::{record, report};
use crate::on_both;
use kernel::pesel::Sex;

const AUDIT: &str =
    "{ auditEvents(first: 100) { edges { node { operation actorLogin objectIds deniedIds } } } }";

/// The administrator's view of the entries `login` wrote, oldest first.
async fn trail_of(server: &Server, admin: &str, login: &str) -> Vec<Value> {
    let data = ok(server, admin, AUDIT, json!({})).await;
    let mut events: Vec<Value> = data["auditEvents"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"].clone())
        .filter(|e| e["actorLogin"] == login)
        .collect();
    events.reverse();
    events
}

/// A search of case data looks the same in the administrator's trail whether it found a card.
async fn a_search_that_finds_nothing_looks_like_one_that_finds_a_card(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let intake = server.staff("zory", "rejestracja").await;
    let admin = server.staff("zory", "admin").await;
    open(&server, &worker, nk_a(days_ago(1))).await;
    record(&server, &intake, report()).await;
    let search = "query($p: String!) { blueCards(first: 10, filter: { pesel: $p }) { edges { node { id } } } }";
    let hit = ok(&server, &worker, search, json!({ "p": victim_pesel() })).await;
    assert_eq!(hit["blueCards"]["edges"].as_array().unwrap().len(), 1);
    let miss = ok(
        &server,
        &worker,
        search,
        json!({ "p": pesel("1990-01-01", Sex::Female, 7) }),
    )
    .await;
    assert_eq!(miss["blueCards"]["edges"], json!([]));
    let intake_search = "query($p: String!) { intakeEntries(first: 10, filter: { pesel: $p }) { edges { node { id } } } }";
    let hit = ok(
        &server,
        &intake,
        intake_search,
        json!({ "p": pesel("1979-04-02", Sex::Female, 321) }),
    )
    .await;
    assert_eq!(hit["intakeEntries"]["edges"].as_array().unwrap().len(), 1);
    let miss = ok(
        &server,
        &intake,
        intake_search,
        json!({ "p": pesel("1990-01-01", Sex::Female, 7) }),
    )
    .await;
    assert_eq!(miss["intakeEntries"]["edges"], json!([]));

    for login in ["pracownik", "rejestracja"] {
        let trail = trail_of(&server, &admin, login).await;
        let searches: Vec<&Value> = trail.iter().rev().take(2).collect();
        assert_eq!(searches.len(), 2);
        for event in searches {
            assert_eq!(event["operation"], "query (case data)", "{login}: {event}");
            assert_eq!(event["objectIds"], json!([]));
            assert_eq!(event["deniedIds"], json!([]));
        }
    }
}
on_both!(a_search_that_finds_nothing_looks_like_one_that_finds_a_card);

/// The agenda is sealed like the minutes: stored sealed, read only by members whose statement
/// holds.
async fn a_meeting_agenda_is_sealed_like_its_minutes(backend: Backend) {
    let (db, server) = demo(backend).await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let editor = server.staff("zory", "redaktor").await;
    let team = ok(&server, &chair, "{ teams { id } }", json!({})).await["teams"][0]["id"].clone();
    let agenda = "Sprawa rodziny Kowalskich z ul. Rybnickiej";
    let data = ok(
        &server,
        &chair,
        "mutation($t: ID!, $on: Date!, $a: String!) { recordTeamMeeting(input: { teamId: $t, heldOn: $on, agenda: $a, minutes: \"Ustalenia\" }) { meeting { agenda minutes } userErrors { code } } }",
        json!({ "t": team, "on": today().to_string(), "a": agenda }),
    )
    .await;
    assert_eq!(data["recordTeamMeeting"]["meeting"]["agenda"], agenda);
    let read = "{ teams { meetings(first: 5) { nodes { agenda minutes } } } }";
    let seen = ok(&server, &chair, read, json!({})).await;
    assert_eq!(seen["teams"][0]["meetings"]["nodes"][0]["agenda"], agenda);
    let other = ok(&server, &editor, read, json!({})).await;
    assert!(
        other["teams"][0]["meetings"]["nodes"][0]["agenda"].is_null(),
        "{other}"
    );
    assert!(other["teams"][0]["meetings"]["nodes"][0]["minutes"].is_null());

    use sea_orm::{ConnectionTrait, Statement};
    // What is at rest, read past row-level security (SQLite has none).
    let conn = match backend {
        Backend::Postgres => db.connect_as_superuser().await,
        Backend::Sqlite => db.connect_as_app().await,
    };
    let rows = conn
        .query_all_raw(Statement::from_string(
            conn.get_database_backend(),
            "SELECT agenda, agenda_sealed FROM teams_meetings".to_owned(),
        ))
        .await
        .unwrap();
    assert_eq!(rows.len(), 1);
    let clear: String = rows[0].try_get("", "agenda").unwrap();
    let sealed: Option<String> = rows[0].try_get("", "agenda_sealed").unwrap();
    assert!(
        !clear.contains("Kowalsk"),
        "no agenda in the clear: {clear}"
    );
    assert!(sealed.is_some_and(|s| !s.contains("Kowalsk")));

    // An agenda written before agendas were sealed is sealed by the worker's next run.
    let legacy = "Sprawa rodziny Nowaków (zapis sprzed zmiany)";
    conn.execute_raw(Statement::from_string(
        conn.get_database_backend(),
        format!("UPDATE teams_meetings SET agenda = '{legacy}', agenda_sealed = NULL"),
    ))
    .await
    .unwrap();
    let seen = ok(&server, &chair, read, json!({})).await;
    assert_eq!(seen["teams"][0]["meetings"]["nodes"][0]["agenda"], legacy);
    let out = server.cli(&["worker", "--once"]).await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows = conn
        .query_all_raw(Statement::from_string(
            conn.get_database_backend(),
            "SELECT agenda, agenda_sealed FROM teams_meetings".to_owned(),
        ))
        .await
        .unwrap();
    let clear: String = rows[0].try_get("", "agenda").unwrap();
    assert_eq!(clear, "", "sealed by the worker");
    let seen = ok(&server, &chair, read, json!({})).await;
    assert_eq!(seen["teams"][0]["meetings"]["nodes"][0]["agenda"], legacy);
    let other = ok(&server, &editor, read, json!({})).await;
    assert!(other["teams"][0]["meetings"]["nodes"][0]["agenda"].is_null());
}
on_both!(a_meeting_agenda_is_sealed_like_its_minutes);

/// A plan item's responsible person is a member of the team, never the administrator or the
/// data-protection officer.
async fn only_team_members_are_responsible_for_plan_items(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let admin = server.staff("zory", "admin").await;
    let ids = crate::cases::card_in_diagnosis(&server, &worker, &chair).await;
    let people = users(&server, &admin).await;
    let add = "mutation($input: AddPlanItemInput!) { addPlanItem(input: $input) { planItem { id } userErrors { field code } } }";
    for outsider in ["admin", "iod"] {
        let data = ok(
            &server,
            &worker,
            add,
            json!({ "input": { "blueCardId": ids.card, "plan": "HELP_PLAN", "description": "Wizyta", "responsibleUserId": people[outsider]["id"] } }),
        )
        .await;
        assert_eq!(
            data["addPlanItem"]["userErrors"][0]["code"], "NOT_TEAM_MEMBER",
            "{outsider}: {data}"
        );
    }
    let data = ok(
        &server,
        &worker,
        add,
        json!({ "input": { "blueCardId": ids.card, "plan": "HELP_PLAN", "description": "Wizyta", "responsibleUserId": people["policjant"]["id"] } }),
    )
    .await;
    assert_eq!(data["addPlanItem"]["userErrors"], json!([]), "{data}");
    let update = "mutation($input: UpdatePlanItemInput!) { updatePlanItem(input: $input) { planItem { id } userErrors { field code } } }";
    let data = ok(
        &server,
        &worker,
        update,
        json!({ "input": { "id": ids.plan_item, "version": 1, "responsibleUserId": people["admin"]["id"] } }),
    )
    .await;
    assert_eq!(
        data["updatePlanItem"]["userErrors"][0]["code"], "NOT_TEAM_MEMBER",
        "{data}"
    );
}
on_both!(only_team_members_are_responsible_for_plan_items);

/// A card whose procedure ended is not linked to an intake entry, and a linked entry is not
/// offered the linking step again.
async fn an_ended_card_is_not_linked_to_an_intake_entry(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let intake = server.staff("zory", "rejestracja").await;
    let admin = server.staff("zory", "admin").await;
    // A procedure closed as unfounded more than nine months ago, its monitoring over.
    let mut form = nk_a(days_ago(400));
    form["persons"][0]["pesel"] = Value::Null;
    form["persons"][0]["firstName"] = json!("Irena");
    let card = open(&server, &worker, form).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let day = |n| days_ago(n).to_string();
    step(
        &server,
        &worker,
        "forwardBlueCardToChair",
        json!({ "id": card, "version": 1, "on": day(400) }),
    )
    .await;
    let members = crate::cases::member_ids(&server, &chair).await;
    step(&server, &chair, "setUpDiagnosticGroup", json!({ "id": card, "version": 2, "memberIds": [members["pracownik"], members["policjant"]], "on": day(399) })).await;
    step(
        &server,
        &worker,
        "recordGroupMeeting",
        json!({ "id": card, "version": 3, "on": day(398) }),
    )
    .await;
    step(
        &server,
        &worker,
        "closeBlueCard",
        json!({ "id": card, "version": 4, "ground": "UNFOUNDED", "on": day(397), "resultReport": "Grupa spotkała się z rodziną; przemocy nie potwierdzono.", "basis": "Zdarzenie nie było przemocą domową w rozumieniu ustawy." }),
    )
    .await;
    let closed = step(
        &server,
        &worker,
        "endPostClosureMonitoring",
        json!({ "id": card, "version": 5 }),
    )
    .await;
    assert_eq!(closed["status"], "CLOSED");

    let entry = record(&server, &intake, report()).await;
    let id = entry["id"].as_str().unwrap().to_owned();
    let assign = "mutation($input: AssignIntakeInput!) { assignIntake(input: $input) { userErrors { code } } }";
    let people = users(&server, &admin).await;
    ok(
        &server,
        &intake,
        assign,
        json!({ "input": { "id": id, "version": 1, "userIds": [people["pracownik"]["id"]] } }),
    )
    .await;
    let link = "mutation($input: LinkIntakeToBlueCardInput!) { linkIntakeToBlueCard(input: $input) { intakeEntry { allowedSteps version } userErrors { field code } } }";
    let refused = ok(
        &server,
        &worker,
        link,
        json!({ "input": { "id": id, "version": 2, "blueCardId": card } }),
    )
    .await;
    assert_eq!(
        refused["linkIntakeToBlueCard"]["userErrors"][0]["code"], "CARD_ENDED",
        "{refused}"
    );
    let open_card = open(&server, &worker, nk_a(days_ago(1))).await["blueCard"]["id"].clone();
    let linked = ok(
        &server,
        &worker,
        link,
        json!({ "input": { "id": id, "version": 2, "blueCardId": open_card } }),
    )
    .await;
    assert_eq!(
        linked["linkIntakeToBlueCard"]["userErrors"],
        json!([]),
        "{linked}"
    );
    let steps = linked["linkIntakeToBlueCard"]["intakeEntry"]["allowedSteps"].clone();
    assert!(
        !steps
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s == "BLUE_CARD_LINKED"),
        "{steps}"
    );
}
on_both!(an_ended_card_is_not_linked_to_an_intake_entry);

/// Development sign-in from a sibling host (`Sec-Fetch-Site: same-site`) is refused.
async fn development_sign_in_refuses_a_sibling_host(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let url = format!("{}/auth/dev-login", server.url);
    for (site, status) in [
        ("same-site", 403),
        ("cross-site", 403),
        ("same-origin", 204),
        ("none", 204),
    ] {
        let answer = reqwest::Client::new()
            .post(&url)
            .header("Sec-Fetch-Site", site)
            .json(&json!({ "tenant": "zory", "login": "pracownik" }))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status().as_u16(), status, "Sec-Fetch-Site: {site}");
    }
}
on_both!(development_sign_in_refuses_a_sibling_host);

/// Ending a membership looks the same in the administrator's trail whether or not the person
/// sat in any diagnostic group (which would tell that they work on some case).
async fn an_ended_membership_tells_the_administrator_nothing_of_groups(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let admin = server.staff("zory", "admin").await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let ids = crate::cases::card_in_diagnosis(&server, &worker, &chair).await;
    assert!(!ids.card.is_empty());
    let team = crate::access_ends::members(&server, &admin).await;
    let end = "mutation($input: EndTeamMembershipInput!) { endTeamMembership(input: $input) { userErrors { code } } }";
    // The police officer sits in the card's group; the member does not.
    for login in ["policjant", "czlonek"] {
        let m = &team[login];
        let data = ok(
            &server,
            &admin,
            end,
            json!({ "input": { "id": m["id"], "version": m["version"], "reason": "koniec kadencji" } }),
        )
        .await;
        assert_eq!(data["endTeamMembership"]["userErrors"], json!([]), "{data}");
    }
    let trail = trail_of(&server, &admin, "admin").await;
    let ends: Vec<&Value> = trail
        .iter()
        .filter(|e| {
            e["operation"]
                .as_str()
                .unwrap_or_default()
                .starts_with("mutation")
        })
        .rev()
        .take(2)
        .collect();
    for event in ends {
        assert_eq!(event["operation"], "mutation (case data)", "{event}");
        assert_eq!(event["objectIds"], json!([]));
    }
}
on_both!(an_ended_membership_tells_the_administrator_nothing_of_groups);
