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

const PROGRAMME: &str =
    "id title resolutionNumber resolutionDate firstYear lastYear viewerMayEdit version \
    goals { id number title actions { id number title tasks { id number title responsible partners \
    startsOn endsOn plannedBudget spentBudget status version } } }";

async fn change(server: &Server, token: &str, mutation: &str, input: Value) -> Value {
    payload(server, token, mutation, "programme", PROGRAMME, input).await
}

fn task(starts: &str, ends: &str, budget: Value) -> Value {
    json!({ "title": "Program korekcyjno-edukacyjny dla osób stosujących przemoc",
            "responsible": "Miejski Ośrodek Pomocy Społecznej w Żorach",
            "partners": "Komenda Miejska Policji; Sąd Rejonowy",
            "startsOn": starts, "endsOn": ends, "plannedBudget": budget })
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
    refused(&bad, "input.task.plannedBudget", "INVALID");
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

/// A row in every table of the municipal programme, for the row-level security suite.
pub(crate) async fn rows_in_every_table(server: &Server) {
    programme_with_task(server).await;
}

/// Root fields of the municipal programme, probed above.
pub const COVERED: &[&str] = &[
    "Query.municipalProgrammes",
    // Takes no ID: a programme of the caller's own municipality (FORBIDDEN to anyone but its
    // administrator and chair, as the mutations above).
    "Mutation.createMunicipalProgramme",
    "Mutation.addMunicipalProgrammeGoal",
    "Mutation.addMunicipalProgrammeAction",
    "Mutation.addMunicipalProgrammeTask",
    "Mutation.updateMunicipalProgrammeTask",
];
