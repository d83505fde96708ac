//! The municipal programme over GraphQL: the team's chair describes Żory's programme for
//! 2022–2026 adopted by the council, its goals, actions and tasks (numbered 1, 1.1, 1.1.1), and
//! records how a task went; every staff member reads it, only the administrator and the chair
//! change it. Bad input is refused on its field, nothing written. Another municipality, a
//! coordinator, an operator and anonymous callers get exactly what random IDs get.

use serde_json::{json, Value};

use crate::cases::ok;
use crate::harness::{code, demo, Backend, Server};
use crate::on_both;
use crate::programmes::{answers_like_random, payload, random_id, refused, shape};

pub(crate) const INDICATORS: &str = "indicators { id name unit goalNumber baseline source \
    computedFrom { statistic label dimension value valueLabel } years { year target actual } }";

pub(crate) const PROGRAMME: &str =
    "id title resolutionNumber resolutionDate firstYear lastYear viewerMayEdit version \
    goals { id number title actions { id number title tasks { id number title responsible partners \
    startsOn endsOn plannedBudget spentBudget status version } } }";

pub(crate) async fn change(server: &Server, token: &str, mutation: &str, input: Value) -> Value {
    payload(server, token, mutation, "programme", PROGRAMME, input).await
}

fn task(starts: &str, ends: &str, budget: Value) -> Value {
    json!({ "title": "Program korekcyjno-edukacyjny dla osób stosujących przemoc",
            "responsible": "Miejski Ośrodek Pomocy Społecznej w Żorach",
            "partners": "Komenda Miejska Policji; Sąd Rejonowy",
            "startsOn": starts, "endsOn": ends, "plannedBudget": budget, "status": "PLANNED" })
}

/// Żory's programme 2022–2026 with one goal, one action and one task, as the chair made it:
/// (programme, goal, action, task).
pub(crate) async fn programme_with_task(server: &Server) -> (Value, String, String, String) {
    let chair = server.staff("zory", "przewodniczacy").await;
    let made = change(
        server,
        &chair,
        "createMunicipalProgramme",
        json!({ "title": "Gminny Program Przeciwdziałania Przemocy Domowej na lata 2022–2026",
                "resolutionNumber": "XLII/512/2021", "resolutionDate": "2021-12-15",
                "firstYear": 2022, "lastYear": 2026 }),
    )
    .await;
    assert_eq!(made["userErrors"], json!([]), "{made}");
    let id = made["programme"]["id"].as_str().unwrap().to_owned();
    let made = change(server, &chair, "addMunicipalProgrammeGoal",
        json!({ "programmeId": id, "title": "Zwiększenie dostępności pomocy dla osób doznających przemocy" })).await;
    let goal = made["programme"]["goals"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let made = change(
        server,
        &chair,
        "addMunicipalProgrammeAction",
        json!({ "goalId": goal, "title": "Oddziaływania wobec osób stosujących przemoc" }),
    )
    .await;
    let action = made["programme"]["goals"][0]["actions"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let made = change(
        server,
        &chair,
        "addMunicipalProgrammeTask",
        json!({ "actionId": action, "task": task("2024-01-01", "2024-12-31", json!("12 345,67")) }),
    )
    .await;
    assert_eq!(made["userErrors"], json!([]), "{made}");
    let task = made["programme"]["goals"][0]["actions"][0]["tasks"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    (made["programme"].clone(), goal, action, task)
}

async fn a_municipal_programme_from_goals_to_tasks(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let admin = server.staff("zory", "admin").await;
    let member = server.staff("zory", "czlonek").await;
    let worker = server.staff("zory", "pracownik").await;

    // Bad input: refused on its field, nothing written.
    let bad = change(
        &server,
        &chair,
        "createMunicipalProgramme",
        json!({ "title": " ", "resolutionNumber": "XLII/512/2021", "resolutionDate": "2999-01-01",
                "firstYear": 2026, "lastYear": 2022 }),
    )
    .await;
    refused(&bad, "input.title", "INVALID");
    refused(&bad, "input.resolutionDate", "IN_FUTURE");
    refused(&bad, "input.lastYear", "YEARS_REVERSED");
    let bad = change(
        &server,
        &chair,
        "createMunicipalProgramme",
        json!({ "title": "Program", "resolutionNumber": "1/2020", "resolutionDate": "2020-01-01",
                "firstYear": 2020, "lastYear": 2030 }),
    )
    .await;
    refused(&bad, "input.lastYear", "TOO_LONG");
    assert_eq!(
        ok(&server, &chair, "{ municipalProgrammes { id } }", json!({})).await,
        json!({ "municipalProgrammes": [] })
    );

    // The chair describes the programme, a goal, an action and a task.
    let (programme, goal, action, task_id) = programme_with_task(&server).await;
    assert_eq!(programme["firstYear"], 2022);
    assert_eq!(programme["lastYear"], 2026);
    assert_eq!(programme["resolutionNumber"], "XLII/512/2021");
    assert_eq!(programme["viewerMayEdit"], true);
    let first = &programme["goals"][0]["actions"][0]["tasks"][0];
    assert_eq!(programme["goals"][0]["number"], "1");
    assert_eq!(programme["goals"][0]["actions"][0]["number"], "1.1");
    assert_eq!(first["number"], "1.1.1");
    assert_eq!(first["plannedBudget"], "12345.67");
    assert_eq!(first["spentBudget"], Value::Null);
    assert_eq!(first["status"], "PLANNED");
    assert_eq!(first["partners"], "Komenda Miejska Policji; Sąd Rejonowy");
    let id = programme["id"].as_str().unwrap().to_owned();

    // A task outside the programme's years, ending before it starts, with an amount that is
    // not one: each refused on its field; nothing added.
    let bad = change(
        &server,
        &chair,
        "addMunicipalProgrammeTask",
        json!({ "actionId": action, "task": task("2021-12-01", "2027-01-31", json!("12 345")) }),
    )
    .await;
    refused(&bad, "input.task.startsOn", "OUTSIDE_PROGRAMME");
    refused(&bad, "input.task.endsOn", "OUTSIDE_PROGRAMME");
    let bad = change(
        &server,
        &chair,
        "addMunicipalProgrammeTask",
        json!({ "actionId": action, "task": task("2024-05-01", "2024-04-01", json!("12,345.6")) }),
    )
    .await;
    refused(&bad, "input.task.endsOn", "ENDS_BEFORE_STARTS");
    refused(&bad, "input.task.plannedBudget", "AMOUNT");
    let read = ok(
        &server,
        &chair,
        &format!(
            "query($id: ID!) {{ node(id: $id) {{ ... on MunicipalProgramme {{ {PROGRAMME} }} }} }}"
        ),
        json!({ "id": id }),
    )
    .await;
    assert_eq!(
        read["node"]["goals"][0]["actions"][0]["tasks"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // The administrator adds a second action and a second goal: numbered in order.
    let made = change(
        &server,
        &admin,
        "addMunicipalProgrammeAction",
        json!({ "goalId": goal, "title": "Grupy wsparcia dla osób doznających przemocy" }),
    )
    .await;
    assert_eq!(made["programme"]["goals"][0]["actions"][1]["number"], "1.2");
    let made = change(
        &server,
        &admin,
        "addMunicipalProgrammeGoal",
        json!({ "programmeId": id, "title": "Profilaktyka i edukacja" }),
    )
    .await;
    assert_eq!(made["programme"]["goals"][1]["number"], "2");

    // How the task went: done, the money spent, partners cleared; once, at its version.
    let mut done = task("2024-01-01", "2024-12-31", json!("12 345,67"));
    done["status"] = json!("DONE");
    done["spentBudget"] = json!("12000");
    done["partners"] = Value::Null;
    let updated = change(
        &server,
        &chair,
        "updateMunicipalProgrammeTask",
        json!({ "id": task_id, "version": 1, "task": done }),
    )
    .await;
    assert_eq!(updated["userErrors"], json!([]), "{updated}");
    let t = &updated["programme"]["goals"][0]["actions"][0]["tasks"][0];
    assert_eq!(t["status"], "DONE");
    assert_eq!(t["spentBudget"], "12000.00");
    assert_eq!(t["partners"], Value::Null);
    assert_eq!(t["version"], 2);
    let stale = server
        .gql(
            Some(&chair),
            "mutation($input: UpdateMunicipalProgrammeTaskInput!) { updateMunicipalProgrammeTask(input: $input) { userErrors { code } } }",
            json!({ "input": { "id": task_id, "version": 1, "task": done } }),
        )
        .await;
    assert_eq!(code(&stale), Some("CONFLICT"), "{stale}");

    // Every staff member reads it; only the administrator and the chair change it.
    for token in [&member, &worker] {
        let seen = ok(
            &server,
            token,
            "{ municipalProgrammes { id viewerMayEdit goals { actions { tasks { status } } } } }",
            json!({}),
        )
        .await;
        assert_eq!(seen["municipalProgrammes"][0]["id"], id.as_str());
        assert_eq!(seen["municipalProgrammes"][0]["viewerMayEdit"], false);
        assert_eq!(
            seen["municipalProgrammes"][0]["goals"][0]["actions"][0]["tasks"][0]["status"],
            "DONE"
        );
        let denied = server
            .gql(
                Some(token),
                "mutation($input: AddMunicipalProgrammeGoalInput!) { addMunicipalProgrammeGoal(input: $input) { userErrors { code } } }",
                json!({ "input": { "programmeId": id, "title": " " } }),
            )
            .await;
        assert_eq!(code(&denied), Some("FORBIDDEN"), "{denied}");
    }
    let goals = ok(
        &server,
        &chair,
        "{ municipalProgrammes { goals { id } } }",
        json!({}),
    )
    .await;
    assert_eq!(
        goals["municipalProgrammes"][0]["goals"]
            .as_array()
            .unwrap()
            .len(),
        2
    );

    // The wording corrected at its version; years that would leave the 2024 task out refused.
    let correction = |version: i64, first: i64| {
        json!({ "id": id, "version": version, "title": "Gminny Program Przeciwdziałania Przemocy Domowej 2022–2026",
                "resolutionNumber": "XLII/513/2021", "resolutionDate": "2021-12-16",
                "firstYear": first, "lastYear": 2026 })
    };
    let corrected = change(
        &server,
        &chair,
        "updateMunicipalProgramme",
        correction(1, 2022),
    )
    .await;
    assert_eq!(corrected["userErrors"], json!([]), "{corrected}");
    assert_eq!(corrected["programme"]["resolutionNumber"], "XLII/513/2021");
    assert_eq!(corrected["programme"]["version"], 2);
    refused(
        &change(
            &server,
            &chair,
            "updateMunicipalProgramme",
            correction(2, 2025),
        )
        .await,
        "input.firstYear",
        "TASKS_OUTSIDE",
    );
    let stale = server
        .gql(
            Some(&chair),
            "mutation($input: UpdateMunicipalProgrammeInput!) { updateMunicipalProgramme(input: $input) { userErrors { code } } }",
            json!({ "input": correction(1, 2022) }),
        )
        .await;
    assert_eq!(code(&stale), Some("CONFLICT"), "{stale}");
}
on_both!(a_municipal_programme_from_goals_to_tasks);

/// Żory's programme, goal, action and task, probed by Częstochowa's chair and administrator, a
/// coordinator, an operator and anonymous callers: every mutation answers exactly as for
/// random IDs, no list shows the programme, its ID loads nothing, and it is unchanged.
async fn foreign_municipal_programmes_answer_like_random_ids(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let (programme, goal, action, task_id) = programme_with_task(&server).await;
    let id = programme["id"].as_str().unwrap().to_owned();
    let inputs = |programme: &str,
                  goal: &str,
                  action: &str,
                  task_id: &str|
     -> Vec<(&'static str, Value)> {
        vec![
            (
                "addMunicipalProgrammeGoal",
                json!({ "programmeId": programme, "title": "Cel" }),
            ),
            (
                "addMunicipalProgrammeAction",
                json!({ "goalId": goal, "title": "Działanie" }),
            ),
            (
                "addMunicipalProgrammeTask",
                json!({ "actionId": action, "task": task("2024-01-01", "2024-02-01", Value::Null) }),
            ),
            (
                "updateMunicipalProgrammeTask",
                json!({ "id": task_id, "version": 1, "task": task("2024-01-01", "2024-02-01", Value::Null) }),
            ),
            (
                "updateMunicipalProgramme",
                json!({ "id": programme, "version": 1, "title": "Program", "resolutionNumber": "1/2021",
                "resolutionDate": "2021-12-15", "firstYear": 2022, "lastYear": 2026 }),
            ),
            (
                "addMunicipalProgrammeIndicator",
                json!({ "programmeId": programme, "goalId": goal, "name": "Wskaźnik", "unit": "osoby",
                "source": "Ankieta", "targets": [{ "year": 2024, "value": 10.0 }] }),
            ),
        ]
    };
    let foreign = inputs(&id, &goal, &action, &task_id);
    let random = inputs(
        &random_id("MunicipalProgramme"),
        &random_id("MunicipalProgrammeGoal"),
        &random_id("MunicipalProgrammeAction"),
        &random_id("MunicipalProgrammeTask"),
    );
    let outsiders = [
        Some(server.staff("czestochowa", "przewodniczacy").await),
        Some(server.staff("czestochowa", "admin").await),
        Some(server.coordinator().await),
        Some(server.operator().await),
        None,
    ];
    for token in &outsiders {
        let token = token.as_deref();
        answers_like_random(&server, token, &foreign, &random).await;
        let list = server
            .gql(token, "{ municipalProgrammes { id } }", json!({}))
            .await;
        assert!(!list.to_string().contains(&id), "{list}");
        let a = server
            .gql(
                token,
                "query($id: ID!) { node(id: $id) { id } }",
                json!({ "id": id }),
            )
            .await;
        let b = server
            .gql(
                token,
                "query($id: ID!) { node(id: $id) { id } }",
                json!({ "id": random_id("MunicipalProgramme") }),
            )
            .await;
        assert_eq!(shape(&a), shape(&b), "{a} / {b}");
    }
    // Częstochowa's own programmes are their own: Żory's is not among them.
    let theirs = server.staff("czestochowa", "przewodniczacy").await;
    assert_eq!(
        ok(
            &server,
            &theirs,
            "{ municipalProgrammes { id } }",
            json!({})
        )
        .await,
        json!({ "municipalProgrammes": [] })
    );
    let chair = server.staff("zory", "przewodniczacy").await;
    let read = ok(
        &server,
        &chair,
        &format!(
            "query($id: ID!) {{ node(id: $id) {{ ... on MunicipalProgramme {{ {PROGRAMME} }} }} }}"
        ),
        json!({ "id": id }),
    )
    .await;
    assert_eq!(read["node"], programme);
}
on_both!(foreign_municipal_programmes_answer_like_random_ids);

/// Żory's indicator entered by hand, probed from outside: it answers as a random ID does, and
/// nothing the probes sent reached it.
async fn foreign_indicators_answer_like_random_ids(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let (programme, ..) = programme_with_task(&server).await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let made = payload(&server, &chair, "addMunicipalProgrammeIndicator", "programme", INDICATORS,
        json!({ "programmeId": programme["id"], "name": "Odsetek mieszkańców znających ofertę pomocy",
                "unit": "%", "source": "Ankieta MOPS", "targets": [{ "year": 2024, "value": 30.0 }] })).await;
    assert_eq!(made["userErrors"], json!([]), "{made}");
    let id = made["programme"]["indicators"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let value = |id: &str| {
        vec![(
            "recordMunicipalProgrammeIndicatorValue",
            json!({ "indicatorId": id, "year": 2024, "value": 1.0 }),
        )]
    };
    for token in [
        Some(server.staff("czestochowa", "przewodniczacy").await),
        Some(server.coordinator().await),
        None,
    ] {
        answers_like_random(
            &server,
            token.as_deref(),
            &value(&id),
            &value(&random_id("MunicipalProgrammeIndicator")),
        )
        .await;
    }
    let read = ok(&server, &chair, &format!("query($id: ID!) {{ node(id: $id) {{ ... on MunicipalProgramme {{ {INDICATORS} }} }} }}"),
        json!({ "id": programme["id"] })).await;
    assert_eq!(
        read["node"]["indicators"][0]["years"][2]["actual"],
        Value::Null
    );
}
on_both!(foreign_indicators_answer_like_random_ids);

fn year(indicator: &Value, year: i64) -> &Value {
    indicator["years"]
        .as_array()
        .unwrap()
        .iter()
        .find(|y| y["year"] == year)
        .unwrap()
}

/// The municipality's statistic for the current year, as its dashboard counts it.
pub(crate) async fn statistic_total(server: &Server, chair: &str, key: &str) -> i64 {
    let stats = ok(
        server,
        chair,
        "query($p: String!) { municipalityStatistics(period: $p) { indicators { key total } } }",
        json!({ "p": crate::cases::today().format("%Y").to_string() }),
    )
    .await;
    stats["municipalityStatistics"]["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["key"] == key)
        .unwrap()["total"]
        .as_i64()
        .unwrap()
}

pub(crate) async fn add_indicator(
    server: &Server,
    chair: &str,
    programme: &str,
    input: Value,
) -> Value {
    let mut input = input;
    input["programmeId"] = json!(programme);
    payload(
        server,
        chair,
        "addMunicipalProgrammeIndicator",
        "programme",
        INDICATORS,
        input,
    )
    .await
}

pub(crate) async fn record_value(
    server: &Server,
    chair: &str,
    indicator: &Value,
    year: i64,
    value: Value,
) -> Value {
    payload(
        server,
        chair,
        "recordMunicipalProgrammeIndicatorValue",
        "programme",
        INDICATORS,
        json!({ "indicatorId": indicator["id"], "year": year, "value": value }),
    )
    .await
}

/// Indicators of the programme and of a goal: computed from the Blue Cards Ostoja counts (the
/// whole statistic, and one value of its dimension), matching the municipality's own figures
/// and following a new card; one entered by hand with its source, a value entered and
/// cleared. Bad input refused on its field, nothing added.
async fn indicators_are_computed_or_entered_by_hand(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let worker = server.staff("zory", "pracownik").await;
    let (programme, goal, ..) = programme_with_task(&server).await;
    let id = programme["id"].as_str().unwrap().to_owned();

    let bad = add_indicator(
        &server,
        &chair,
        &id,
        json!({ "name": "Wskaźnik", "unit": " ", "targets": [] }),
    )
    .await;
    refused(&bad, "input.unit", "REQUIRED");
    refused(&bad, "input.targets", "REQUIRED");
    refused(&bad, "input.source", "REQUIRED");
    let bad = add_indicator(&server, &chair, &id, json!({ "name": "Wskaźnik", "unit": "osoby", "source": "Ankieta",
        "computedFrom": { "statistic": "blue_cards_opened" }, "targets": [{ "year": 2024, "value": 1.0 }] })).await;
    refused(&bad, "input.source", "ONE_BASIS");
    let bad = add_indicator(&server, &chair, &id, json!({ "name": "Wskaźnik", "unit": "osoby",
        "computedFrom": { "statistic": "no_such_statistic" },
        "targets": [{ "year": 2030, "value": 1.0 }, { "year": 2024, "value": 1.0 }, { "year": 2024, "value": 2.0 }] })).await;
    refused(&bad, "input.computedFrom.statistic", "UNKNOWN_STATISTIC");
    refused(&bad, "input.targets.0.year", "OUTSIDE_PROGRAMME");
    refused(&bad, "input.targets.2.year", "DUPLICATE");
    let bad = add_indicator(
        &server,
        &chair,
        &id,
        json!({ "name": "Wskaźnik", "unit": "osoby",
        "computedFrom": { "statistic": "blue_cards_opened", "dimension": "colour", "value": "RED" },
        "targets": [{ "year": 2024, "value": 1.0 }] }),
    )
    .await;
    refused(&bad, "input.computedFrom.dimension", "UNKNOWN_DIMENSION");

    // Computed: the NK-A forms counted, and those initiating a procedure among them.
    let this_year = i64::from(chrono::Datelike::year(&crate::cases::today()));
    let done = add_indicator(&server, &chair, &id, json!({ "name": "Formularze NK-A", "unit": "formularze", "baseline": 40.0,
        "computedFrom": { "statistic": "blue_cards_opened" }, "targets": [{ "year": this_year, "value": 50.0 }] })).await;
    assert_eq!(done["userErrors"], json!([]), "{done}");
    let done = add_indicator(&server, &chair, &id, json!({ "name": "Wszczęte procedury", "unit": "procedury",
        "computedFrom": { "statistic": "blue_cards_opened", "dimension": "kind", "value": "INITIATING" },
        "targets": [{ "year": this_year, "value": 30.0 }] })).await;
    assert_eq!(done["userErrors"], json!([]), "{done}");
    let indicators = done["programme"]["indicators"].as_array().unwrap().clone();
    let (all, initiating) = (&indicators[0], &indicators[1]);
    assert_eq!(all["computedFrom"]["statistic"], "blue_cards_opened");
    assert_eq!(
        initiating["computedFrom"]["valueLabel"],
        "wszczynające procedurę"
    );
    assert_eq!(all["source"], Value::Null);
    assert_eq!(all["baseline"], 40.0);
    assert_eq!(all["goalNumber"], Value::Null);
    assert_eq!(all["years"].as_array().unwrap().len(), 5, "2022–2026");
    assert_eq!(year(all, this_year)["target"], 50.0);
    let before = statistic_total(&server, &chair, "blue_cards_opened").await;
    #[allow(clippy::cast_precision_loss)]
    let counted = before as f64;
    assert_eq!(year(all, this_year)["actual"], json!(counted));
    let initiating_before = year(initiating, this_year)["actual"].as_f64().unwrap();
    // A new NK-A: both follow.
    crate::cases::open(&server, &worker, crate::cases::nk_a(crate::cases::today())).await;
    let read = ok(&server, &chair, &format!("query($id: ID!) {{ node(id: $id) {{ ... on MunicipalProgramme {{ {INDICATORS} }} }} }}"),
        json!({ "id": id })).await;
    let indicators = read["node"]["indicators"].as_array().unwrap();
    assert_eq!(
        statistic_total(&server, &chair, "blue_cards_opened").await,
        before + 1
    );
    assert_eq!(
        year(&indicators[0], this_year)["actual"],
        json!(counted + 1.0)
    );
    assert_eq!(
        year(&indicators[1], this_year)["actual"],
        json!(initiating_before + 1.0)
    );

    // Entered by hand, of the goal: a value for 2024 entered, then cleared; a computed one
    // takes none, and a year outside the programme is refused.
    let done = add_indicator(&server, &chair, &id, json!({ "goalId": goal, "name": "Odsetek mieszkańców znających ofertę pomocy",
        "unit": "%", "source": "Ankieta MOPS", "targets": [{ "year": 2024, "value": 30.0 }, { "year": 2026, "value": 50.0 }] })).await;
    assert_eq!(done["userErrors"], json!([]), "{done}");
    let survey = done["programme"]["indicators"][2].clone();
    assert_eq!(survey["goalNumber"], "1");
    assert_eq!(survey["source"], "Ankieta MOPS");
    assert_eq!(survey["computedFrom"], Value::Null);
    assert_eq!(year(&survey, 2024)["actual"], Value::Null);
    let shrunk = change(
        &server,
        &chair,
        "updateMunicipalProgramme",
        json!({ "id": id, "version": 1, "title": "Program", "resolutionNumber": "XLII/512/2021",
                "resolutionDate": "2021-12-15", "firstYear": 2025, "lastYear": 2026 }),
    )
    .await;
    refused(&shrunk, "input.firstYear", "TASKS_OUTSIDE");
    refused(&shrunk, "input.firstYear", "INDICATORS_OUTSIDE");
    let entered = record_value(&server, &chair, &survey, 2024, json!(27.5)).await;
    assert_eq!(entered["userErrors"], json!([]), "{entered}");
    let now = &entered["programme"]["indicators"][2];
    assert_eq!(year(now, 2024)["actual"], 27.5);
    assert_eq!(year(now, 2024)["target"], 30.0);
    refused(
        &record_value(&server, &chair, &survey, 2030, json!(1.0)).await,
        "input.year",
        "OUTSIDE_PROGRAMME",
    );
    refused(
        &record_value(&server, &chair, all, 2024, json!(1.0)).await,
        "input.indicatorId",
        "COMPUTED",
    );
    let cleared = record_value(&server, &chair, &survey, 2024, Value::Null).await;
    assert_eq!(
        year(&cleared["programme"]["indicators"][2], 2024)["actual"],
        Value::Null
    );
    // Only the administrator and the chair add or enter; any staff member reads.
    let member = server.staff("zory", "czlonek").await;
    let denied = server
        .gql(
            Some(&member),
            "mutation($input: RecordMunicipalProgrammeIndicatorValueInput!) { recordMunicipalProgrammeIndicatorValue(input: $input) { userErrors { code } } }",
            json!({ "input": { "indicatorId": survey["id"], "year": 2024, "value": 1.0 } }),
        )
        .await;
    assert_eq!(code(&denied), Some("FORBIDDEN"), "{denied}");
    let seen = ok(
        &server,
        &member,
        &format!("{{ municipalProgrammes {{ {INDICATORS} }} }}"),
        json!({}),
    )
    .await;
    assert_eq!(
        seen["municipalProgrammes"][0]["indicators"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
}
on_both!(indicators_are_computed_or_entered_by_hand);

/// A row in every table of the municipal programme, for the row-level security suite.
pub(crate) async fn rows_in_every_table(server: &Server) {
    let (programme, ..) = programme_with_task(server).await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let made = change(server, &chair, "addMunicipalProgrammeIndicator",
        json!({ "programmeId": programme["id"], "name": "Odsetek mieszkańców znających ofertę pomocy",
                "unit": "%", "source": "Ankieta MOPS", "targets": [{ "year": 2024, "value": 30.0 }] })).await;
    assert_eq!(made["userErrors"], json!([]), "{made}");
}

/// Root fields of the municipal programme, probed above.
pub const COVERED: &[&str] = &[
    "Query.municipalProgrammes",
    // The same declared list for every municipality: no tenant data (staff only,
    // `countable_statistics_are_named_for_staff_only`).
    "Query.countableStatistics",
    // Takes no ID: a programme of the caller's own municipality (FORBIDDEN to anyone but its
    // administrator and chair, as the mutations above).
    "Mutation.createMunicipalProgramme",
    "Mutation.addMunicipalProgrammeGoal",
    "Mutation.addMunicipalProgrammeAction",
    "Mutation.addMunicipalProgrammeTask",
    "Mutation.updateMunicipalProgrammeTask",
    "Mutation.addMunicipalProgrammeIndicator",
    "Mutation.recordMunicipalProgrammeIndicatorValue",
    "Mutation.updateMunicipalProgramme",
];

async fn countable_statistics_are_named_for_staff_only(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let admin = server.staff("zory", "admin").await;
    let listed = ok(
        &server,
        &admin,
        "{ countableStatistics { key label dimensions } }",
        json!({}),
    )
    .await;
    let opened = listed["countableStatistics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["key"] == "blue_cards_opened")
        .unwrap()
        .clone();
    assert_eq!(opened["dimensions"], json!(["kind", "institution"]));
    let theirs = server.staff("czestochowa", "czlonek").await;
    assert_eq!(
        ok(
            &server,
            &theirs,
            "{ countableStatistics { key label dimensions } }",
            json!({})
        )
        .await,
        listed
    );
    for token in [Some(server.coordinator().await), None] {
        let body = server
            .gql(
                token.as_deref(),
                "{ countableStatistics { key } }",
                json!({}),
            )
            .await;
        assert!(code(&body).is_some(), "{body}");
    }
}
on_both!(countable_statistics_are_named_for_staff_only);
