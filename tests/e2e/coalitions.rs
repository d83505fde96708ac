//! Local coalitions shared by two municipalities: Żory's administrator founds one, its chair
//! records a member institution, a meeting with minutes and a shared action linked to a task of
//! Żory's programme. Częstochowa, invited, sees the coalition's name and parties but none of
//! its records; its chair cannot join (the administrator's consent); its administrator joins,
//! and then Częstochowa reads and writes the coalition's records, never Żory's link to its own
//! programme. Lubliniec, never invited, cannot tell the coalition exists: every field and
//! mutation answers it as a random ID. Bad input is refused on its field, nothing written.

use serde_json::{json, Value};

use crate::cases::ok;
use crate::harness::{code, demo, Backend, Server};
use crate::on_both;
use crate::programmes::{answers_like_random, payload, random_id, refused};

const COALITION: &str = "id name area description foundedBy standing viewerMayEdit \
    viewerMayConsent version parties { municipality standing own invitedOn joinedOn leftOn } \
    members { id institution kind contactPerson phone email joinedOn leftOn recordedBy version } \
    meetings { id heldOn place agenda participants minutes recordedBy version } \
    actions { id title description startsOn endsOn status leadMemberId recordedBy version \
    programmeTasks { id title status } }";

pub(crate) async fn change(server: &Server, token: &str, mutation: &str, input: Value) -> Value {
    payload(server, token, mutation, "coalition", COALITION, input).await
}

pub(crate) async fn list(server: &Server, token: &str) -> Vec<Value> {
    let read = ok(
        server,
        token,
        &format!("{{ coalitions {{ {COALITION} }} }}"),
        json!({}),
    )
    .await;
    read["coalitions"].as_array().unwrap().clone()
}

fn names(rows: &Value, field: &str) -> Vec<String> {
    rows.as_array()
        .unwrap()
        .iter()
        .map(|r| r[field].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// Żory's coalition with a member, a meeting and a shared action: (coalition, member ID).
pub(crate) async fn founded(server: &Server) -> (Value, String) {
    let admin = server.staff("zory", "admin").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let made = change(
        server,
        &admin,
        "foundCoalition",
        json!({ "coalition": { "name": "Koalicja przeciw przemocy Żory – Rybnik",
        "area": "Żory i gminy powiatu rybnickiego",
        "description": "Instytucje, które mogą wspierać osoby doznające przemocy" } }),
    )
    .await;
    assert_eq!(made["userErrors"], json!([]), "{made}");
    let id = made["coalition"]["id"].clone();
    let made = change(
        server,
        &chair,
        "addCoalitionMember",
        json!({ "coalitionId": id, "member": { "institution": "Komenda Miejska Policji w Żorach",
        "kind": "POLICE", "contactPerson": "asp. Jan Nowak", "phone": "47 857 12 00",
        "email": "prewencja@zory.policja.gov.pl", "joinedOn": "2026-01-15" } }),
    )
    .await;
    assert_eq!(made["userErrors"], json!([]), "{made}");
    let member = made["coalition"]["members"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let made = change(
        server,
        &chair,
        "addCoalitionMeeting",
        json!({ "coalitionId": id, "meeting": { "heldOn": "2026-03-10",
        "place": "Urząd Miasta Żory, sala 12", "agenda": "Plan wspólnych działań na 2026 rok",
        "participants": 14, "minutes": "Uzgodniono kampanię w szkołach." } }),
    )
    .await;
    assert_eq!(made["userErrors"], json!([]), "{made}");
    let made = change(
        server,
        &chair,
        "addCoalitionAction",
        json!({ "coalitionId": id, "action": { "title": "Dyżury dzielnicowych w szkołach",
        "startsOn": "2026-04-01", "endsOn": "2026-06-30", "status": "IN_PROGRESS",
        "leadMemberId": member } }),
    )
    .await;
    assert_eq!(made["userErrors"], json!([]), "{made}");
    (made["coalition"].clone(), member)
}

async fn a_coalition_shared_by_two_municipalities(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let admin = server.staff("zory", "admin").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let member = server.staff("zory", "czlonek").await;

    // Founding is the administrator's; bad input is refused, nothing written.
    let founding = |name: &str| json!({ "coalition": { "name": name, "area": "Żory" } });
    let body = server
        .gql(
            Some(&chair),
            "mutation($input: FoundCoalitionInput!) { foundCoalition(input: $input) { userErrors { code } } }",
            json!({ "input": founding("Koalicja") }),
        )
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    let bad = change(&server, &admin, "foundCoalition", founding("  ")).await;
    refused(&bad, "input.coalition.name", "INVALID");
    assert_eq!(
        list(&server, &admin).await,
        Vec::<Value>::new(),
        "nothing written"
    );

    let (coalition, lead) = founded(&server).await;
    let id = coalition["id"].clone();
    assert_eq!(coalition["standing"], "JOINED");
    assert_eq!(coalition["foundedBy"], "Miasto Żory");
    assert_eq!(
        names(&coalition["parties"], "municipality"),
        ["Miasto Żory"]
    );
    assert_eq!(coalition["members"][0]["phone"], "+48478571200");
    assert_eq!(coalition["members"][0]["recordedBy"], "Miasto Żory");
    assert_eq!(coalition["meetings"][0]["participants"], 14);
    assert_eq!(coalition["actions"][0]["leadMemberId"], json!(lead));

    // Bad records: each on its field.
    let bad = change(
        &server,
        &chair,
        "addCoalitionMember",
        json!({ "coalitionId": id,
        "member": { "institution": "Szkoła", "kind": "EDUCATION", "email": "nie-adres",
        "joinedOn": "2026-02-01", "leftOn": "2026-01-01" } }),
    )
    .await;
    refused(&bad, "input.member.email", "INVALID");
    refused(&bad, "input.member.leftOn", "ENDS_BEFORE_STARTS");
    let bad = change(
        &server,
        &chair,
        "addCoalitionAction",
        json!({ "coalitionId": id,
        "action": { "title": "Festyn", "startsOn": "2026-05-01", "status": "PLANNED",
        "leadMemberId": random_id("CoalitionMember") } }),
    )
    .await;
    refused(&bad, "input.action.leadMemberId", "UNKNOWN_MEMBER");
    let bad = change(&server, &chair, "addCoalitionMeeting", json!({ "coalitionId": id,
        "meeting": { "heldOn": "2026-05-01", "place": "Urząd", "agenda": "Plan", "participants": -1 } })).await;
    refused(&bad, "input.meeting.participants", "OUT_OF_RANGE");
    let now = list(&server, &chair).await;
    assert_eq!(
        now[0]["members"].as_array().unwrap().len(),
        1,
        "nothing written"
    );
    assert_eq!(
        now[0]["actions"].as_array().unwrap().len(),
        1,
        "nothing written"
    );

    // A team member reads and writes nothing.
    let read = list(&server, &member).await;
    assert_eq!(read[0]["viewerMayEdit"], false);
    let body = server
        .gql(
            Some(&member),
            "mutation($input: AddCoalitionMeetingInput!) { addCoalitionMeeting(input: $input) { userErrors { code } } }",
            json!({ "input": { "coalitionId": id, "meeting": { "heldOn": "2026-05-01",
            "place": "Urząd", "agenda": "Plan" } } }),
        )
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");

    // The shared action serves a task of Żory's own programme.
    let (_, _, _, task) = crate::strategy::programme_with_task(&server).await;
    let action = coalition["actions"][0]["id"].clone();
    let linked = change(
        &server,
        &chair,
        "linkCoalitionActionToTask",
        json!({ "actionId": action, "taskId": task }),
    )
    .await;
    assert_eq!(linked["userErrors"], json!([]), "{linked}");
    assert_eq!(
        linked["coalition"]["actions"][0]["programmeTasks"][0]["id"],
        json!(task)
    );

    // Invitations: another active municipality of the region, once.
    let invite = |m: &str| json!({ "coalitionId": id, "municipality": m });
    let bad = change(
        &server,
        &admin,
        "inviteToCoalition",
        invite("nieistniejaca"),
    )
    .await;
    refused(&bad, "input.municipality", "NOT_IN_REGION");
    let bad = change(&server, &admin, "inviteToCoalition", invite("zory")).await;
    refused(&bad, "input.municipality", "NOT_IN_REGION");
    let invited = change(&server, &admin, "inviteToCoalition", invite("czestochowa")).await;
    assert_eq!(invited["userErrors"], json!([]), "{invited}");
    assert_eq!(
        names(&invited["coalition"]["parties"], "standing"),
        ["JOINED", "INVITED"]
    );
    let again = change(&server, &admin, "inviteToCoalition", invite("czestochowa")).await;
    refused(&again, "input.municipality", "ALREADY_PARTY");

    // Invited: the coalition and its parties, none of its records; the chair cannot join.
    let their_chair = server.staff("czestochowa", "przewodniczacy").await;
    let their_admin = server.staff("czestochowa", "admin").await;
    let seen = list(&server, &their_chair).await;
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0]["standing"], "INVITED");
    assert_eq!(seen[0]["viewerMayEdit"], false);
    for records in ["members", "meetings", "actions"] {
        assert_eq!(seen[0][records], json!([]), "{records}");
    }
    let refused_join = change(
        &server,
        &their_chair,
        "joinCoalition",
        json!({ "coalitionId": id }),
    )
    .await;
    refused(&refused_join, "input.coalitionId", "CONSENT_REQUIRED");
    let body = server
        .gql(
            Some(&their_chair),
            "mutation($input: AddCoalitionMeetingInput!) { addCoalitionMeeting(input: $input) { userErrors { code } } }",
            json!({ "input": { "coalitionId": id, "meeting": { "heldOn": "2026-05-01",
            "place": "Urząd", "agenda": "Plan" } } }),
        )
        .await;
    assert_eq!(code(&body), Some("NOT_FOUND"), "{body}");

    // Joined by the administrator's consent: the coalition's records, not Żory's link.
    let joined = change(
        &server,
        &their_admin,
        "joinCoalition",
        json!({ "coalitionId": id }),
    )
    .await;
    assert_eq!(joined["userErrors"], json!([]), "{joined}");
    let theirs = &joined["coalition"];
    assert_eq!(theirs["standing"], "JOINED");
    assert_eq!(
        theirs["members"][0]["institution"],
        "Komenda Miejska Policji w Żorach"
    );
    assert_eq!(
        theirs["meetings"][0]["minutes"],
        "Uzgodniono kampanię w szkołach."
    );
    assert_eq!(
        theirs["actions"][0]["programmeTasks"],
        json!([]),
        "Żory's link is Żory's"
    );
    let linked = change(
        &server,
        &their_chair,
        "linkCoalitionActionToTask",
        json!({ "actionId": action, "taskId": task }),
    )
    .await;
    refused(&linked, "input.taskId", "NOT_FOUND");
    let met = change(
        &server,
        &their_chair,
        "addCoalitionMeeting",
        json!({ "coalitionId": id,
        "meeting": { "heldOn": "2026-06-02", "place": "Urząd Miasta Częstochowy",
        "agenda": "Podsumowanie dyżurów" } }),
    )
    .await;
    assert_eq!(met["userErrors"], json!([]), "{met}");
    let ours = list(&server, &chair).await;
    assert_eq!(ours[0]["meetings"][0]["recordedBy"], "Miasto Częstochowa");
    assert_eq!(
        ours[0]["actions"][0]["programmeTasks"][0]["id"],
        json!(task)
    );

    // A stale version is a conflict, not a lost update.
    let meeting = &ours[0]["meetings"][0];
    let body = server
        .gql(
            Some(&chair),
            "mutation($input: UpdateCoalitionMeetingInput!) { updateCoalitionMeeting(input: $input) { userErrors { code } } }",
            json!({ "input": { "id": meeting["id"], "version": 7, "meeting": {
            "heldOn": "2026-06-02", "place": "Urząd", "agenda": "Podsumowanie" } } }),
        )
        .await;
    assert_eq!(code(&body), Some("CONFLICT"), "{body}");

    // Leaving: the coalition is no longer Częstochowa's to see; Żory sees it left.
    let body = server
        .gql(
            Some(&their_admin),
            "mutation($input: LeaveCoalitionInput!) { leaveCoalition(input: $input) { coalitionId userErrors { code } } }",
            json!({ "input": { "coalitionId": id } }),
        )
        .await;
    assert_eq!(body["data"]["leaveCoalition"]["coalitionId"], id, "{body}");
    assert_eq!(list(&server, &their_chair).await, Vec::<Value>::new());
    let ours = list(&server, &chair).await;
    assert_eq!(names(&ours[0]["parties"], "standing"), ["JOINED", "LEFT"]);
    let reinvited = change(&server, &admin, "inviteToCoalition", invite("czestochowa")).await;
    assert_eq!(
        names(&reinvited["coalition"]["parties"], "standing"),
        ["JOINED", "INVITED"]
    );
    let again = &reinvited["coalition"]["parties"][1];
    assert_eq!(
        (&again["joinedOn"], &again["leftOn"]),
        (&Value::Null, &Value::Null),
        "{again}"
    );
}
on_both!(a_coalition_shared_by_two_municipalities);

/// Lubliniec, never invited, and a coordinator and anonymous callers: the coalition's ID
/// answers like a random one, in `node` and in every mutation.
async fn a_coalition_answers_outsiders_like_a_random_id(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let (coalition, member) = founded(&server).await;
    let id = coalition["id"].clone();
    let action = coalition["actions"][0]["id"].clone();
    let meeting = coalition["meetings"][0]["id"].clone();
    let outsider_admin = server.staff("lubliniec", "admin").await;
    let coordinator = server.coordinator().await;
    let node = "query($id: ID!) { node(id: $id) { id } }";
    let with = |coalition: Value, member: Value, meeting: Value, action: Value| {
        vec![
            (
                "updateCoalition",
                json!({ "id": coalition, "version": 1,
                "coalition": { "name": "X", "area": "Y" } }),
            ),
            (
                "inviteToCoalition",
                json!({ "coalitionId": coalition, "municipality": "lubliniec" }),
            ),
            ("joinCoalition", json!({ "coalitionId": coalition })),
            ("leaveCoalition", json!({ "coalitionId": coalition })),
            (
                "addCoalitionMember",
                json!({ "coalitionId": coalition, "member": {
                "institution": "X", "kind": "OTHER", "joinedOn": "2026-01-01" } }),
            ),
            (
                "updateCoalitionMember",
                json!({ "id": member, "version": 1, "member": {
                "institution": "X", "kind": "OTHER", "joinedOn": "2026-01-01" } }),
            ),
            (
                "addCoalitionMeeting",
                json!({ "coalitionId": coalition, "meeting": {
                "heldOn": "2026-01-01", "place": "X", "agenda": "Y" } }),
            ),
            (
                "updateCoalitionMeeting",
                json!({ "id": meeting, "version": 1, "meeting": {
                "heldOn": "2026-01-01", "place": "X", "agenda": "Y" } }),
            ),
            (
                "addCoalitionAction",
                json!({ "coalitionId": coalition, "action": {
                "title": "X", "startsOn": "2026-01-01", "status": "PLANNED" } }),
            ),
            (
                "updateCoalitionAction",
                json!({ "id": action, "version": 1, "action": {
                "title": "X", "startsOn": "2026-01-01", "status": "PLANNED" } }),
            ),
            (
                "linkCoalitionActionToTask",
                json!({ "actionId": action,
                "taskId": random_id("MunicipalProgrammeTask") }),
            ),
            (
                "unlinkCoalitionActionFromTask",
                json!({ "actionId": action,
                "taskId": random_id("MunicipalProgrammeTask") }),
            ),
        ]
    };
    for token in [
        Some(outsider_admin.as_str()),
        Some(coordinator.as_str()),
        None,
    ] {
        let a = server.gql(token, node, json!({ "id": id })).await;
        let b = server
            .gql(token, node, json!({ "id": random_id("Coalition") }))
            .await;
        assert_eq!(
            crate::programmes::shape(&a),
            crate::programmes::shape(&b),
            "{a} / {b}"
        );
        answers_like_random(
            &server,
            token,
            &with(id.clone(), json!(member), meeting.clone(), action.clone()),
            &with(
                json!(random_id("Coalition")),
                json!(random_id("CoalitionMember")),
                json!(random_id("CoalitionMeeting")),
                json!(random_id("CoalitionAction")),
            ),
        )
        .await;
    }
    assert_eq!(list(&server, &outsider_admin).await, Vec::<Value>::new());
    let chair = server.staff("zory", "przewodniczacy").await;
    let ours = list(&server, &chair).await;
    assert_eq!(
        ours[0]["name"], "Koalicja przeciw przemocy Żory – Rybnik",
        "nothing written"
    );
    assert_eq!(
        ours[0]["members"][0]["institution"],
        "Komenda Miejska Policji w Żorach"
    );
    assert_eq!(names(&ours[0]["parties"], "municipality"), ["Miasto Żory"]);
}
on_both!(a_coalition_answers_outsiders_like_a_random_id);

/// The UUID inside a global ID (`base64url("Type:uuid")`).
fn uuid_of(gid: &Value) -> String {
    use base64::Engine;
    let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(gid.as_str().unwrap())
        .unwrap();
    String::from_utf8(raw)
        .unwrap()
        .split(':')
        .nth(1)
        .unwrap()
        .to_owned()
}

/// As the server's database role: a municipality not in a coalition sees none of its rows and
/// cannot make itself a party; one that left cannot come back on its own; an invited one sees
/// the coalition and its parties but none of its records, and cannot rewrite its invitation; a
/// party cannot record as another municipality, invite with a consent nobody gave, or link
/// another coalition's action.
#[tokio::test]
async fn coalitions_under_row_level_security() {
    let (db, server) = demo(Backend::Postgres).await;
    let (coalition, _) = founded(&server).await;
    let admin = server.staff("zory", "admin").await;
    for municipality in ["czestochowa", "jastrzebie"] {
        let invited = change(
            &server,
            &admin,
            "inviteToCoalition",
            json!({ "coalitionId": coalition["id"], "municipality": municipality }),
        )
        .await;
        assert_eq!(invited["userErrors"], json!([]), "{invited}");
    }
    let declining = server.staff("jastrzebie", "admin").await;
    let body = server
        .gql(
            Some(&declining),
            "mutation($input: LeaveCoalitionInput!) { leaveCoalition(input: $input) { userErrors { code } } }",
            json!({ "input": { "coalitionId": coalition["id"] } }),
        )
        .await;
    assert_eq!(
        body["data"]["leaveCoalition"]["userErrors"],
        json!([]),
        "{body}"
    );
    server.stop().await;

    let conn = db.connect_as_app().await;
    let zory = crate::rls::tenant_id(&conn, "zory").await;
    let czestochowa = crate::rls::tenant_id(&conn, "czestochowa").await;
    let lubliniec = crate::rls::tenant_id(&conn, "lubliniec").await;
    let jastrzebie = crate::rls::tenant_id(&conn, "jastrzebie").await;
    let id = uuid_of(&coalition["id"]);
    let action = uuid_of(&coalition["actions"][0]["id"]);
    let count = |table: &str| format!("SELECT count(*) FROM {table}");
    let tables = [
        "coalitions_coalitions",
        "coalitions_parties",
        "coalitions_members",
        "coalitions_meetings",
        "coalitions_actions",
    ];
    for table in tables {
        for tenant in [Some(lubliniec.as_str()), None] {
            let seen = crate::rls::as_tenant(&conn, tenant, &count(table)).await;
            assert_eq!(seen, Ok(0), "{table} as {tenant:?}");
        }
        let zorys = crate::rls::as_tenant(&conn, Some(&zory), &count(table)).await;
        assert!(matches!(zorys, Ok(n) if n > 0), "{table}: {zorys:?}");
    }
    for (table, invited, gone) in [
        ("coalitions_coalitions", 1, 0),
        ("coalitions_parties", 3, 1),
        ("coalitions_members", 0, 0),
        ("coalitions_meetings", 0, 0),
        ("coalitions_actions", 0, 0),
    ] {
        let seen = crate::rls::as_tenant(&conn, Some(&czestochowa), &count(table)).await;
        assert_eq!(seen, Ok(invited), "{table} as the invited municipality");
        let seen = crate::rls::as_tenant(&conn, Some(&jastrzebie), &count(table)).await;
        assert_eq!(
            seen,
            Ok(gone),
            "{table} as the municipality that declined (its own row)"
        );
    }
    let party = |who: &str, state: &str, by: &str, consent: &str| {
        format!("INSERT INTO coalitions_parties (coalition_id, municipality_id, state, invited_by, invited_at, consented_by) \
            VALUES ('{id}', '{who}', '{state}', '{by}', now(), {consent})")
    };
    let member = |by: &str| {
        format!("INSERT INTO coalitions_members (id, coalition_id, recorded_by, institution, kind, joined_on, created_at, updated_at) \
            VALUES (gen_random_uuid(), '{id}', '{by}', 'X', 'other', current_date, now(), now())")
    };
    let writes = [
        // Lubliniec makes itself a party, as joined or as invited by itself.
        (&lubliniec, party(&lubliniec, "joined", &lubliniec, "NULL")),
        (&lubliniec, party(&lubliniec, "invited", &lubliniec, "NULL")),
        // Żory invites Lubliniec with a consent Lubliniec never gave.
        (&zory, party(&lubliniec, "invited", &zory, "gen_random_uuid()")),
        // Jastrzębie, which declined, joins on its own.
        (&jastrzebie, format!("UPDATE coalitions_parties SET state = 'joined' WHERE coalition_id = '{id}' AND municipality_id = '{jastrzebie}'")),
        // Częstochowa, invited, rewrites who invited it, or records a member.
        (&czestochowa, format!("UPDATE coalitions_parties SET invited_by = '{czestochowa}' WHERE coalition_id = '{id}' AND municipality_id = '{czestochowa}'")),
        (&czestochowa, member(&czestochowa)),
        // Częstochowa renames the coalition before joining.
        (&czestochowa, format!("UPDATE coalitions_coalitions SET name = 'X' WHERE id = '{id}'")),
        // Żory records a member as Częstochowa.
        (&zory, member(&czestochowa)),
        // Lubliniec links Żory's coalition's action to a task.
        (&lubliniec, format!("INSERT INTO coalitions_task_links (tenant_id, action_id, task_id, created_at) \
            VALUES ('{lubliniec}', '{action}', gen_random_uuid(), now())")),
    ];
    for (tenant, sql) in writes {
        let outcome = crate::rls::as_tenant(&conn, Some(tenant), &sql).await;
        let refused = match &outcome {
            Err(e) => {
                e.contains("row-level security")
                    || e.contains("cannot move")
                    || e.contains("who invited")
            }
            Ok(n) => *n == 0,
        };
        assert!(refused, "{sql}: {outcome:?}");
    }
}

/// Root fields of coalitions, probed above.
pub const COVERED: &[&str] = &[
    "Query.coalitions",
    "Mutation.foundCoalition",
    "Mutation.updateCoalition",
    "Mutation.inviteToCoalition",
    "Mutation.joinCoalition",
    "Mutation.leaveCoalition",
    "Mutation.addCoalitionMember",
    "Mutation.updateCoalitionMember",
    "Mutation.addCoalitionMeeting",
    "Mutation.updateCoalitionMeeting",
    "Mutation.addCoalitionAction",
    "Mutation.updateCoalitionAction",
    "Mutation.linkCoalitionActionToTask",
    "Mutation.unlinkCoalitionActionFromTask",
];

/// A row in every tenant table of coalitions (the links to a programme's tasks), for the
/// row-level security suite.
pub(crate) async fn rows_in_every_table(server: &Server) {
    let (coalition, _) = founded(server).await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let (_, _, _, task) = crate::strategy::programme_with_task(server).await;
    let linked = change(
        server,
        &chair,
        "linkCoalitionActionToTask",
        json!({ "actionId": coalition["actions"][0]["id"], "taskId": task }),
    )
    .await;
    assert_eq!(linked["userErrors"], json!([]), "{linked}");
}
