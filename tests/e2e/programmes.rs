//! Programmes over GraphQL: the administrator describes a programme and an edition with the
//! people running it; they enrol people (the edition full: the waiting list), record sessions
//! with attendance, complete a participant once the programme's condition is met, admit one
//! from the waiting list and record a drop-out. Need to know: a participant is read only by the
//! people running the edition; other staff and the administrator see counts. Bad input is
//! refused with userErrors and nothing written.

use serde_json::{json, Value};

use crate::cases::{days_ago, ok, today};
use crate::harness::{code, demo, Backend, Server};
use crate::intake::user_ids;
use crate::on_both;

pub(crate) const ENROLMENT: &str = "id editionId basis status allowedSteps version consentOn finishedOn \
    dropOutReason participant { firstName lastName dateOfBirth phone } attended { sessions minutes }";

const EDITION: &str = "id version startsOn endsOn place capacity viewerRunsIt \
    counts { enrolled waiting completed droppedOut freePlaces } \
    staff { userId displayName qualifications } programme { id name }";

/// Runs a mutation and returns its payload (`field` and userErrors), failing on GraphQL errors.
pub(crate) async fn payload(
    server: &Server,
    token: &str,
    mutation: &str,
    field: &str,
    selection: &str,
    input: Value,
) -> Value {
    let input_type = format!("{}{}Input", mutation[..1].to_uppercase(), &mutation[1..]);
    let query = format!(
        "mutation($input: {input_type}!) {{ {mutation}(input: $input) {{ {field} {{ {selection} }} userErrors {{ field code message }} }} }}"
    );
    let body = server
        .gql(Some(token), &query, json!({ "input": input }))
        .await;
    assert!(body["errors"].is_null(), "{mutation}: {body}");
    body["data"][mutation].clone()
}

/// The userErrors' codes by field path (`input.staff.0.userId`).
pub(crate) fn refusals(payload: &Value) -> Vec<(String, String)> {
    payload["userErrors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let path: Vec<&str> = e["field"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap())
                .collect();
            (path.join("."), e["code"].as_str().unwrap().to_owned())
        })
        .collect()
}

pub(crate) fn refused(payload: &Value, field: &str, code: &str) {
    assert!(
        refusals(payload).contains(&(field.to_owned(), code.to_owned())),
        "expected {code} on {field}: {payload}"
    );
}

/// A corrective-educational programme of two sessions and an edition of `capacity` places run
/// by the member (czlonek) of `tenant`, from 30 days ago to 30 days ahead: (programme, edition).
pub(crate) async fn programme_with_edition(
    server: &Server,
    tenant: &str,
    capacity: i32,
) -> (String, String) {
    let admin = server.staff(tenant, "admin").await;
    let users = user_ids(server, tenant).await;
    let created = payload(
        server,
        &admin,
        "createProgramme",
        "programme",
        "id",
        json!({ "type": "CORRECTIVE_EDUCATIONAL", "name": "Program korekcyjno-edukacyjny",
                "provider": "Ośrodek Interwencji Kryzysowej", "requiredSessions": 2 }),
    )
    .await;
    assert_eq!(created["userErrors"], json!([]), "{created}");
    let programme = created["programme"]["id"].as_str().unwrap().to_owned();
    let edition = payload(
        server,
        &admin,
        "createProgrammeEdition",
        "edition",
        "id",
        json!({ "programmeId": programme, "startsOn": days_ago(30).to_string(),
                "endsOn": (today() + chrono::Days::new(30)).to_string(), "place": "ul. Szkolna 2, sala 4",
                "capacity": capacity,
                "staff": [{ "userId": users["czlonek"], "qualifications": "Szkolenie KE, 120 godzin" }] }),
    )
    .await;
    assert_eq!(edition["userErrors"], json!([]), "{edition}");
    (
        programme,
        edition["edition"]["id"].as_str().unwrap().to_owned(),
    )
}

pub(crate) async fn enrol(server: &Server, token: &str, edition: &str, last_name: &str) -> Value {
    let done = payload(
        server,
        token,
        "enrolInProgramme",
        "enrolment",
        ENROLMENT,
        json!({ "editionId": edition, "basis": "OWN_WILL", "consentOn": days_ago(1).to_string(),
                "participant": { "firstName": "Adam", "lastName": last_name, "dateOfBirth": "1975-01-20" } }),
    )
    .await;
    assert_eq!(done["userErrors"], json!([]), "{done}");
    done["enrolment"].clone()
}

pub(crate) async fn session(
    server: &Server,
    token: &str,
    edition: &str,
    on: chrono::NaiveDate,
    attendance: Value,
) -> Value {
    payload(
        server,
        token,
        "recordProgrammeSession",
        "session",
        "id heldOn minutes kind attendance { enrolmentId presence }",
        json!({ "editionId": edition, "heldOn": on.to_string(), "minutes": 120, "kind": "GROUP", "attendance": attendance }),
    )
    .await
}

async fn node(server: &Server, token: &str, id: &str) -> Value {
    let body = server
        .gql(Some(token), &format!("query($id: ID!) {{ node(id: $id) {{ ... on ProgrammeEnrolment {{ {ENROLMENT} }} }} }}"), json!({ "id": id }))
        .await;
    assert!(body["errors"].is_null(), "{body}");
    body["data"]["node"].clone()
}

async fn edition_of(server: &Server, token: &str, edition: &str) -> Value {
    let body = server
        .gql(
            Some(token),
            &format!(
                "query($id: ID!) {{ node(id: $id) {{ ... on ProgrammeEdition {{ {EDITION} }} }} }}"
            ),
            json!({ "id": edition }),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    body["data"]["node"].clone()
}

async fn a_programme_runs_from_enrolment_to_completion(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let admin = server.staff("zory", "admin").await;
    let member = server.staff("zory", "czlonek").await;
    let worker = server.staff("zory", "pracownik").await;
    let users = user_ids(&server, "zory").await;

    // Bad descriptions: refused, each on its field, nothing written; only the administrator.
    let bad = payload(
        &server,
        &admin,
        "createProgramme",
        "programme",
        "id",
        json!({ "type": "OTHER", "name": " ", "provider": "OIK" }),
    )
    .await;
    refused(&bad, "input.name", "INVALID");
    refused(&bad, "input.requiredSessions", "INVALID");
    let body = server
        .gql(Some(&worker), "mutation { createProgramme(input: { type: OTHER, name: \"x\", provider: \"y\", requiredHours: 2 }) { programme { id } } }", json!({}))
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    assert_eq!(
        ok(&server, &admin, "{ programmes { id } }", json!({})).await["programmes"],
        json!([])
    );

    let (programme, edition) = programme_with_edition(&server, "zory", 1).await;
    let bad = payload(&server, &admin, "createProgrammeEdition", "edition", "id",
        json!({ "programmeId": programme, "startsOn": today().to_string(), "endsOn": days_ago(1).to_string(),
                "place": "sala", "capacity": 0,
                "staff": [{ "userId": users["admin"], "qualifications": "—" }] })).await;
    refused(&bad, "input.endsOn", "ENDS_BEFORE_STARTS");
    refused(&bad, "input.capacity", "OUT_OF_RANGE");
    let bad = payload(&server, &admin, "createProgrammeEdition", "edition", "id",
        json!({ "programmeId": programme, "startsOn": today().to_string(), "endsOn": today().to_string(),
                "place": "sala", "capacity": 5,
                "staff": [{ "userId": users["admin"], "qualifications": "—" }] })).await;
    refused(&bad, "input.staff.0.userId", "NOT_ASSIGNABLE");

    // The edition as everyone on the staff sees it; only its staff runs it.
    let seen = edition_of(&server, &worker, &edition).await;
    assert_eq!(seen["viewerRunsIt"], false, "{seen}");
    assert_eq!(seen["staff"][0]["displayName"], "Marek Kowalczyk", "{seen}");
    assert_eq!(seen["programme"]["id"], json!(programme));
    assert_eq!(
        edition_of(&server, &member, &edition).await["viewerRunsIt"],
        true
    );

    // Enrolment: consent needed of one's own will; the second person waits (one place).
    let no_consent = payload(
        &server,
        &member,
        "enrolInProgramme",
        "enrolment",
        "id",
        json!({ "editionId": edition, "basis": "OWN_WILL",
                "participant": { "firstName": "Jan", "lastName": "Bez Zgody" } }),
    )
    .await;
    refused(&no_consent, "input.consentOn", "CONSENT_REQUIRED");
    let first = enrol(&server, &member, &edition, "Nowak").await;
    assert_eq!(first["status"], "ENROLLED", "{first}");
    assert_eq!(first["allowedSteps"], json!(["COMPLETE", "DROP_OUT"]));
    assert_eq!(first["participant"]["lastName"], "Nowak");
    let second = enrol(&server, &member, &edition, "Kowalski").await;
    assert_eq!(second["status"], "WAITING", "{second}");
    assert_eq!(second["allowedSteps"], json!(["ADMIT", "DROP_OUT"]));
    // The same person again (letter case and spaces aside), taking part or waiting: refused,
    // nothing written.
    let again = payload(
        &server,
        &member,
        "enrolInProgramme",
        "enrolment",
        "id",
        json!({ "editionId": edition, "basis": "COURT_ORDER",
                "participant": { "firstName": " adam", "lastName": "KOWALSKI ", "dateOfBirth": "1975-01-20" } }),
    )
    .await;
    refused(&again, "input.participant", "ALREADY_ENROLLED");
    let counts = edition_of(&server, &admin, &edition).await["counts"].clone();
    assert_eq!(
        counts,
        json!({ "enrolled": 1, "waiting": 1, "completed": 0, "droppedOut": 0, "freePlaces": 0 })
    );

    // The month's figures: two enrolled of their own will, one holding a place.
    let chair = server.staff("zory", "przewodniczacy").await;
    let month = json!({ "p": format!("{}", today().format("%Y-%m")) });
    let stats = ok(&server, &chair, crate::statistics::STATS, month.clone()).await;
    let ke = ("programme_type", "CORRECTIVE_EDUCATIONAL");
    assert_eq!(
        crate::statistics::figure(&stats, "programme_enrolments", &[ke, ("basis", "OWN_WILL")]),
        2
    );
    assert_eq!(
        crate::statistics::figure(&stats, "programme_participants", &[ke]),
        1
    );

    // Nobody else reads a participant: not through the edition, not by ID, not by enrolling.
    for token in [&worker, &admin] {
        let body = server
            .gql(Some(token), "query($id: ID!) { node(id: $id) { ... on ProgrammeEdition { enrolments { id } } } }", json!({ "id": edition }))
            .await;
        assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
        let body = server
            .gql(
                Some(token),
                "query($id: ID!) { node(id: $id) { ... on ProgrammeEdition { sessions { id } } } }",
                json!({ "id": edition }),
            )
            .await;
        assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
        assert!(body["data"]["node"]["sessions"].is_null(), "{body}");
        assert!(node(&server, token, first["id"].as_str().unwrap())
            .await
            .is_null());
        let body = server
            .gql(Some(token), "mutation($e: ID!) { enrolInProgramme(input: { editionId: $e, basis: COURT_ORDER, participant: { firstName: \"A\", lastName: \"B\" } }) { enrolment { id } } }", json!({ "e": edition }))
            .await;
        assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    }
    // Nor by taking a step: a real enrolment answers as a random ID does.
    for token in [&worker, &admin] {
        for mutation in ["admitFromWaitingList", "completeProgramme"] {
            let input_type = format!("{}{}Input", mutation[..1].to_uppercase(), &mutation[1..]);
            let query = format!("mutation($input: {input_type}!) {{ {mutation}(input: $input) {{ userErrors {{ code }} }} }}");
            let real = server
                .gql(
                    Some(token),
                    &query,
                    json!({ "input": { "id": first["id"], "version": 1 } }),
                )
                .await;
            let random = server
                .gql(
                    Some(token),
                    &query,
                    json!({ "input": { "id": random_id("ProgrammeEnrolment"), "version": 1 } }),
                )
                .await;
            assert_eq!(shape(&real), shape(&random), "{mutation}: {real}");
            assert_eq!(code(&real), Some("NOT_FOUND"), "{real}");
        }
    }
    let listed = ok(&server, &member, "query($id: ID!) { node(id: $id) { ... on ProgrammeEdition { enrolments { participant { lastName } status } } } }", json!({ "id": edition })).await;
    assert_eq!(
        listed["node"]["enrolments"],
        json!([{ "participant": { "lastName": "Nowak" }, "status": "ENROLLED" },
               { "participant": { "lastName": "Kowalski" }, "status": "WAITING" }])
    );

    // Completion waits for the sessions; sessions are checked.
    let step = |id: &Value, version: &Value| json!({ "id": id, "version": version });
    let short = payload(
        &server,
        &member,
        "completeProgramme",
        "enrolment",
        "id",
        step(&first["id"], &first["version"]),
    )
    .await;
    refused(&short, "input.id", "SHORT_OF_REQUIRED");
    let present = |e: &Value| json!([{ "enrolmentId": e["id"], "presence": "PRESENT" }]);
    refused(
        &session(&server, &member, &edition, days_ago(31), present(&first)).await,
        "input.heldOn",
        "OUTSIDE_EDITION",
    );
    refused(
        &session(&server, &member, &edition, days_ago(2), present(&second)).await,
        "input.attendance.0.enrolmentId",
        "NOT_ENROLLED",
    );
    let individual = payload(&server, &member, "recordProgrammeSession", "session", "id",
        json!({ "editionId": edition, "heldOn": days_ago(2).to_string(), "minutes": 60, "kind": "INDIVIDUAL",
                "attendance": [{ "enrolmentId": first["id"], "presence": "PRESENT" }, { "enrolmentId": first["id"], "presence": "ABSENT" }] })).await;
    refused(&individual, "input.attendance", "INDIVIDUAL_NEEDS_ONE");
    refused(&individual, "input.attendance.1.enrolmentId", "DUPLICATE");
    let body = server
        .gql(Some(&worker), "mutation($e: ID!, $p: ID!, $d: Date!) { recordProgrammeSession(input: { editionId: $e, heldOn: $d, minutes: 60, kind: GROUP, attendance: [{ enrolmentId: $p, presence: PRESENT }] }) { session { id } } }",
             json!({ "e": edition, "p": first["id"], "d": days_ago(2).to_string() }))
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    // The runner of another edition cannot mark this edition's participant: as a random ID.
    let (_, theirs) = programme_with_edition(&server, "zory", 3).await;
    let real = session(&server, &member, &theirs, days_ago(2), present(&first)).await;
    let random = session(
        &server,
        &member,
        &theirs,
        days_ago(2),
        json!([{ "enrolmentId": random_id("ProgrammeEnrolment"), "presence": "PRESENT" }]),
    )
    .await;
    refused(&real, "input.attendance.0.enrolmentId", "NOT_ENROLLED");
    assert_eq!(refusals(&real), refusals(&random));
    let held = session(&server, &member, &edition, days_ago(2), present(&first)).await;
    assert_eq!(held["userErrors"], json!([]), "{held}");
    let absent = json!([{ "enrolmentId": first["id"], "presence": "EXCUSED" }]);
    assert_eq!(
        session(&server, &member, &edition, days_ago(1), absent).await["userErrors"],
        json!([])
    );
    refused(
        &payload(
            &server,
            &member,
            "completeProgramme",
            "enrolment",
            "id",
            step(&first["id"], &first["version"]),
        )
        .await,
        "input.id",
        "SHORT_OF_REQUIRED",
    );
    assert_eq!(
        session(&server, &member, &edition, today(), present(&first)).await["userErrors"],
        json!([])
    );
    let sessions = ok(&server, &member, "query($id: ID!) { node(id: $id) { ... on ProgrammeEdition { sessions { heldOn attendance { presence } } } } }", json!({ "id": edition })).await;
    assert_eq!(
        sessions["node"]["sessions"].as_array().unwrap().len(),
        3,
        "{sessions}"
    );

    // A stale version is a conflict; then completed.
    let body = server
        .gql(Some(&member), "mutation($id: ID!) { completeProgramme(input: { id: $id, version: 7 }) { enrolment { id } } }", json!({ "id": first["id"] }))
        .await;
    assert_eq!(code(&body), Some("CONFLICT"), "{body}");
    let done = payload(
        &server,
        &member,
        "completeProgramme",
        "enrolment",
        ENROLMENT,
        step(&first["id"], &first["version"]),
    )
    .await;
    assert_eq!(done["userErrors"], json!([]), "{done}");
    assert_eq!(done["enrolment"]["status"], "COMPLETED");
    assert_eq!(done["enrolment"]["finishedOn"], json!(today().to_string()));
    assert_eq!(
        done["enrolment"]["attended"],
        json!({ "sessions": 2, "minutes": 240 })
    );

    // The place is free: the waiting person is admitted, then drops out; a finished enrolment
    // takes no further step.
    let admitted = payload(
        &server,
        &member,
        "admitFromWaitingList",
        "enrolment",
        ENROLMENT,
        step(&second["id"], &second["version"]),
    )
    .await;
    assert_eq!(admitted["enrolment"]["status"], "ENROLLED", "{admitted}");
    let dropped = payload(&server, &member, "dropOutOfProgramme", "enrolment", ENROLMENT,
        json!({ "id": second["id"], "version": admitted["enrolment"]["version"], "reason": "ABSENCES" })).await;
    assert_eq!(dropped["enrolment"]["status"], "DROPPED_OUT", "{dropped}");
    assert_eq!(dropped["enrolment"]["dropOutReason"], "ABSENCES");
    let again = payload(
        &server,
        &member,
        "completeProgramme",
        "enrolment",
        "id",
        step(&second["id"], &dropped["enrolment"]["version"]),
    )
    .await;
    refused(&again, "input.id", "ILLEGAL_TRANSITION");
    assert_eq!(
        edition_of(&server, &admin, &edition).await["counts"],
        json!({ "enrolled": 0, "waiting": 0, "completed": 1, "droppedOut": 1, "freePlaces": 1 })
    );

    let stats = ok(&server, &chair, crate::statistics::STATS, month).await;
    assert_eq!(
        crate::statistics::figure(
            &stats,
            "programme_outcomes",
            &[ke, ("outcome", "COMPLETED")]
        ),
        1
    );
    assert_eq!(
        crate::statistics::figure(
            &stats,
            "programme_outcomes",
            &[ke, ("outcome", "DROPPED_OUT")]
        ),
        1
    );

    // The administrator replaces the people running it: the member's access ends at once, the
    // social worker's begins; a stale version is a conflict.
    let version = edition_of(&server, &admin, &edition).await["version"].clone();
    assert!(version.is_number(), "{version}");
    let set = |version: Value| {
        json!({ "editionId": edition, "version": version,
                "staff": [{ "userId": users["pracownik"], "qualifications": "Pracownik socjalny, trener" }] })
    };
    let body = server
        .gql(Some(&admin), "mutation($input: SetProgrammeEditionStaffInput!) { setProgrammeEditionStaff(input: $input) { edition { id } } }", json!({ "input": set(json!(99)) }))
        .await;
    assert_eq!(code(&body), Some("CONFLICT"), "{body}");
    let changed = payload(
        &server,
        &admin,
        "setProgrammeEditionStaff",
        "edition",
        "staff { displayName }",
        set(version),
    )
    .await;
    assert_eq!(changed["userErrors"], json!([]), "{changed}");
    assert_eq!(
        changed["edition"]["staff"],
        json!([{ "displayName": "Anna Kamińska" }])
    );
    assert!(node(&server, &member, first["id"].as_str().unwrap())
        .await
        .is_null());
    assert_eq!(
        edition_of(&server, &member, &edition).await["viewerRunsIt"],
        false
    );
    assert_eq!(
        node(&server, &worker, first["id"].as_str().unwrap()).await["status"],
        "COMPLETED"
    );

    // Another municipality sees none of it.
    let other = server.staff("czestochowa", "czlonek").await;
    assert_eq!(
        ok(&server, &other, "{ programmes { id } }", json!({})).await["programmes"],
        json!([])
    );
    assert!(node(&server, &other, first["id"].as_str().unwrap())
        .await
        .is_null());
    assert!(edition_of(&server, &other, &edition).await.is_null());
}
on_both!(a_programme_runs_from_enrolment_to_completion);

/// A programme run for other municipalities of the region (a county's programme): named by
/// slug, read back by name; its own municipality, one that does not exist or a malformed slug
/// is refused on its position, nothing written.
async fn a_programme_is_run_for_municipalities_of_the_region(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let admin = server.staff("zory", "admin").await;
    let create = |served: Value| {
        let server = &server;
        let admin = admin.clone();
        async move {
            payload(
                server,
                &admin,
                "createProgramme",
                "programme",
                "id name servedMunicipalities",
                json!({ "type": "CORRECTIVE_EDUCATIONAL", "name": "Program powiatowy",
                        "provider": "Powiatowe Centrum Pomocy Rodzinie", "requiredSessions": 10,
                        "servedMunicipalities": served }),
            )
            .await
        }
    };
    let bad = create(json!(["jastrzebie", "zory", "nie-ma-takiej", "Zła Nazwa"])).await;
    refused(&bad, "input.servedMunicipalities.3", "INVALID");
    let bad = create(json!(["jastrzebie", "zory", "nie-ma-takiej"])).await;
    refused(&bad, "input.servedMunicipalities.1", "NOT_IN_REGION");
    refused(&bad, "input.servedMunicipalities.2", "NOT_IN_REGION");
    let listed = ok(&server, &admin, "{ programmes { id } }", json!({})).await;
    assert_eq!(listed["programmes"], json!([]), "{listed}");
    let made = create(json!(["jastrzebie", "lubliniec", "jastrzebie"])).await;
    assert_eq!(made["userErrors"], json!([]), "{made}");
    let mut names: Vec<String> = made["programme"]["servedMunicipalities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap().to_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 2, "{made}");
    assert!(names.iter().any(|n| n.contains("Jastrzębie")), "{names:?}");
    assert!(names.iter().any(|n| n.contains("Lubliniec")), "{names:?}");
}
on_both!(a_programme_is_run_for_municipalities_of_the_region);

/// Rows of zory in every table of programmes (for the row-level security test).
pub(crate) async fn rows_in_every_table(server: &Server) {
    let admin = server.staff("zory", "admin").await;
    let county = payload(server, &admin, "createProgramme", "programme", "id",
        json!({ "type": "PSYCHOLOGICAL_THERAPEUTIC", "name": "Program powiatowy", "provider": "PCPR",
                "requiredSessions": 5, "servedMunicipalities": ["jastrzebie"] })).await;
    assert_eq!(county["userErrors"], json!([]), "{county}");
    let member = server.staff("zory", "czlonek").await;
    let (_, edition) = programme_with_edition(server, "zory", 5).await;
    let person = enrol(server, &member, &edition, "Rlsowski").await;
    let held = session(
        server,
        &member,
        &edition,
        days_ago(1),
        json!([{ "enrolmentId": person["id"], "presence": "PRESENT" }]),
    )
    .await;
    assert_eq!(held["userErrors"], json!([]), "{held}");
}

/// Root fields of programmes, probed below.
pub const COVERED: &[&str] = &[
    "Query.programmes",
    "Mutation.createProgramme",
    "Mutation.createProgrammeEdition",
    "Mutation.setProgrammeEditionStaff",
    "Mutation.enrolInProgramme",
    "Mutation.admitFromWaitingList",
    "Mutation.completeProgramme",
    "Mutation.dropOutOfProgramme",
    "Mutation.recordProgrammeSession",
];

pub(crate) fn random_id(kind: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(format!("{kind}:{}", uuid::Uuid::now_v7()))
}

/// Sends each mutation as `token` with municipality A's input and with its random-ID twin:
/// the answers (messages aside) must be the same.
pub(crate) async fn answers_like_random(
    server: &Server,
    token: Option<&str>,
    foreign: &[(&'static str, Value)],
    random: &[(&'static str, Value)],
) {
    for ((mutation, theirs), (_, unknown)) in foreign.iter().zip(random) {
        let input_type = format!("{}{}Input", mutation[..1].to_uppercase(), &mutation[1..]);
        let query = format!("mutation($input: {input_type}!) {{ {mutation}(input: $input) {{ userErrors {{ code field }} }} }}");
        let a = server.gql(token, &query, json!({ "input": theirs })).await;
        let b = server.gql(token, &query, json!({ "input": unknown })).await;
        // A probe the schema does not parse proves nothing.
        assert!(!a.to_string().contains("Unknown type"), "{mutation}: {a}");
        assert_eq!(shape(&a), shape(&b), "{mutation} for {token:?}: {a} / {b}");
    }
}

/// The answer without its messages.
pub(crate) fn shape(body: &Value) -> Value {
    json!({ "data": body["data"], "code": code(body) })
}

/// A programme completed after hours attended (present), not sessions: two hours present and
/// an excused session fall short of three hours, saying what was attended; a second session
/// present completes it.
async fn a_programme_of_hours_is_completed_by_the_hours_attended(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let admin = server.staff("zory", "admin").await;
    let member = server.staff("zory", "czlonek").await;
    let users = crate::intake::user_ids(&server, "zory").await;
    let created = payload(&server, &admin, "createProgramme", "programme", "id",
        json!({ "type": "VICTIMS_SUPPORT_GROUP", "name": "Grupa wsparcia", "provider": "Ośrodek Interwencji Kryzysowej",
                "requiredHours": 3 })).await;
    let edition = payload(&server, &admin, "createProgrammeEdition", "edition", "id",
        json!({ "programmeId": created["programme"]["id"], "startsOn": days_ago(10).to_string(),
                "endsOn": (today() + chrono::Days::new(30)).to_string(), "place": "sala 2", "capacity": 12,
                "staff": [{ "userId": users["czlonek"], "qualifications": "Psycholog" }] })).await;
    let edition = edition["edition"]["id"].as_str().unwrap().to_owned();
    let person = enrol(&server, &member, &edition, "Godzinowa").await;
    let id = person["id"].clone();
    let attended = |presence: &str| json!([{ "enrolmentId": id, "presence": presence }]);
    for (day, presence) in [(3, "PRESENT"), (2, "EXCUSED")] {
        let done = session(
            &server,
            &member,
            &edition,
            days_ago(day),
            attended(presence),
        )
        .await;
        assert_eq!(done["userErrors"], json!([]), "{done}");
    }
    let complete = |version: Value| {
        payload(
            &server,
            &member,
            "completeProgramme",
            "enrolment",
            "status version",
            json!({ "id": id, "version": version }),
        )
    };
    let short = complete(json!(1)).await;
    refused(&short, "input.id", "SHORT_OF_REQUIRED");
    let message = short["userErrors"][0]["message"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        message.contains("3 hours") && message.contains("1 sessions, 2 hours"),
        "{message}"
    );
    let done = session(&server, &member, &edition, days_ago(1), attended("PRESENT")).await;
    assert_eq!(done["userErrors"], json!([]), "{done}");
    let completed = complete(json!(1)).await;
    assert_eq!(completed["userErrors"], json!([]), "{completed}");
    assert_eq!(completed["enrolment"]["status"], "COMPLETED");
}
on_both!(a_programme_of_hours_is_completed_by_the_hours_attended);

/// A register sent twice with its recording key (its first answer lost) records one session
/// and answers it again; other content under the same key is refused, nothing written.
async fn a_register_sent_twice_records_one_session(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let member = server.staff("zory", "czlonek").await;
    let (_, edition) = programme_with_edition(&server, "zory", 5).await;
    let person = enrol(&server, &member, &edition, "Nowak").await;
    let key = uuid::Uuid::new_v4().to_string();
    let register = |presence: &str| {
        json!({ "editionId": edition, "heldOn": days_ago(1).to_string(), "minutes": 90, "kind": "GROUP",
                "recordingKey": key, "attendance": [{ "enrolmentId": person["id"], "presence": presence }] })
    };
    let sent = |input: Value| {
        let server = &server;
        let member = member.clone();
        async move {
            payload(
                server,
                &member,
                "recordProgrammeSession",
                "session",
                "id minutes",
                input,
            )
            .await
        }
    };
    let first = sent(register("PRESENT")).await;
    assert_eq!(first["userErrors"], json!([]), "{first}");
    let again = sent(register("PRESENT")).await;
    assert_eq!(again["userErrors"], json!([]), "{again}");
    assert_eq!(again["session"]["id"], first["session"]["id"]);
    refused(
        &sent(register("ABSENT")).await,
        "input.recordingKey",
        "ALREADY_SENT",
    );
    let mut bad = register("PRESENT");
    bad["recordingKey"] = json!("not-a-uuid");
    refused(&sent(bad).await, "input.recordingKey", "INVALID");
    let held = ok(
        &server,
        &member,
        "query($id: ID!) { node(id: $id) { ... on ProgrammeEdition { sessions { id } } } }",
        json!({ "id": edition }),
    )
    .await;
    assert_eq!(
        held["node"]["sessions"].as_array().unwrap().len(),
        1,
        "{held}"
    );
}
on_both!(a_register_sent_twice_records_one_session);

/// Żory's programme, edition and participant, probed by another municipality's staff and
/// administrator, a coordinator, an operator and anonymous callers: every mutation answers
/// exactly as for a random ID, and no list of theirs shows them.
async fn foreign_programmes_answer_like_random_ids(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let member = server.staff("zory", "czlonek").await;
    let (programme, edition) = programme_with_edition(&server, "zory", 5).await;
    let person = enrol(&server, &member, &edition, "Obcy").await;
    let person_id = person["id"].as_str().unwrap().to_owned();
    let theirs = user_ids(&server, "czestochowa").await;
    let point = crate::directory::sample(&server, &server.staff("zory", "redaktor").await).await;
    let inputs = |programme: &str,
                  edition: &str,
                  person: &str,
                  point: &str|
     -> Vec<(&'static str, Value)> {
        vec![
            (
                "createProgramme",
                json!({ "type": "OTHER", "name": "Program", "provider": "Ośrodek",
                "requiredSessions": 1, "helpPointId": point }),
            ),
            (
                "createProgrammeEdition",
                json!({ "programmeId": programme, "startsOn": today().to_string(),
                "endsOn": today().to_string(), "place": "sala", "capacity": 3,
                "staff": [{ "userId": theirs["czlonek"], "qualifications": "—" }] }),
            ),
            (
                "setProgrammeEditionStaff",
                json!({ "editionId": edition, "version": 1,
                "staff": [{ "userId": theirs["czlonek"], "qualifications": "—" }] }),
            ),
            (
                "enrolInProgramme",
                json!({ "editionId": edition, "basis": "COURT_ORDER",
                "participant": { "firstName": "A", "lastName": "B" } }),
            ),
            (
                "admitFromWaitingList",
                json!({ "id": person, "version": 1 }),
            ),
            ("completeProgramme", json!({ "id": person, "version": 1 })),
            (
                "dropOutOfProgramme",
                json!({ "id": person, "version": 1, "reason": "OTHER" }),
            ),
            (
                "recordProgrammeSession",
                json!({ "editionId": edition, "heldOn": today().to_string(),
                "minutes": 60, "kind": "GROUP", "attendance": [{ "enrolmentId": person, "presence": "PRESENT" }] }),
            ),
        ]
    };
    let foreign = inputs(&programme, &edition, &person_id, &point);
    let random = inputs(
        &random_id("Programme"),
        &random_id("ProgrammeEdition"),
        &random_id("ProgrammeEnrolment"),
        &random_id("HelpPoint"),
    );
    let outsiders = [
        Some(server.staff("czestochowa", "czlonek").await),
        Some(server.staff("czestochowa", "admin").await),
        Some(server.coordinator().await),
        Some(server.operator().await),
        None,
    ];
    for token in &outsiders {
        let token = token.as_deref();
        answers_like_random(&server, token, &foreign, &random).await;
        let lists = "{ programmes { id editions { id } } }";
        let body = server.gql(token, lists, json!({})).await;
        assert!(
            !body.to_string().contains(&edition) && !body.to_string().contains(&programme),
            "{body}"
        );
        for id in [&person_id, &edition] {
            let body = server
                .gql(
                    token,
                    "query($id: ID!) { node(id: $id) { id } }",
                    json!({ "id": id }),
                )
                .await;
            assert!(
                body["data"].is_null() || body["data"]["node"].is_null(),
                "{body}"
            );
        }
    }
    // Żory's participant is still as enrolled: nothing the probes sent changed it.
    assert_eq!(node(&server, &member, &person_id).await["version"], 1);
}
on_both!(foreign_programmes_answer_like_random_ids);

/// Samples of programmes' loadable node types for `every_registered_node_type_round_trips`.
pub async fn samples(
    server: &Server,
    samples: &mut std::collections::HashMap<&str, (String, String)>,
) {
    let member = server.staff("zory", "czlonek").await;
    let (_, edition) = programme_with_edition(server, "zory", 5).await;
    let person = enrol(server, &member, &edition, "Próbka").await;
    samples.insert("ProgrammeEdition", (edition, member.clone()));
    samples.insert(
        "ProgrammeEnrolment",
        (person["id"].as_str().unwrap().to_owned(), member),
    );
}
