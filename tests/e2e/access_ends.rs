//! Access that ends the moment it is taken away: a revoked role, an ended membership, a
//! withdrawn statement and a disabled account each end work on cases at the next request; the
//! team's life cycle (ending a membership, withdrawing a statement, handing the chair over,
//! taking someone out of a diagnostic group) with its refusals; and the smaller holes of the
//! same review (the audit trail's kinds, plan items' responsible persons, a meeting's agenda).

use serde_json::{json, Value};

use crate::cases::{days_ago, nk_a, ok, open, step, today, OPEN};
use crate::harness::{code, demo, Backend, Server};
use crate::on_both;

/// The demo users of `tenant` by login: (id, version, roles).
pub(crate) async fn users(
    server: &Server,
    admin: &str,
) -> std::collections::HashMap<String, Value> {
    let data = ok(
        server,
        admin,
        "{ users(first: 100) { edges { node { id login version roles } } } }",
        json!({}),
    )
    .await;
    data["users"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["node"]["login"].as_str().unwrap().to_owned(),
                e["node"].clone(),
            )
        })
        .collect()
}

/// The team's members by their user's login: the member as `TeamMember`.
pub(crate) async fn members(
    server: &Server,
    admin: &str,
) -> std::collections::HashMap<String, Value> {
    let logins: std::collections::HashMap<String, String> = users(server, admin)
        .await
        .into_iter()
        .map(|(login, u)| (u["id"].as_str().unwrap().to_owned(), login))
        .collect();
    let data = ok(
        server,
        admin,
        "{ teams { id members { id userId version chair confidentialitySignedOn leftOn } } }",
        json!({}),
    )
    .await;
    data["teams"][0]["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (logins[m["userId"].as_str().unwrap()].clone(), m.clone()))
        .collect()
}

pub(crate) const USER_CHANGE: &str = "mutation($input: UserRoleInput!) { revokeRole(input: $input) { user { version roles } userErrors { code } } }";

/// Revokes each of `roles` from `login`.
pub(crate) async fn revoke(server: &Server, admin: &str, login: &str, roles: &[&str]) {
    let user = users(server, admin).await[login].clone();
    revoke_from(server, admin, &user, roles).await;
}

/// Revokes each of `roles` from `user` (as `users` listed it), with no other request between.
pub(crate) async fn revoke_from(server: &Server, admin: &str, user: &Value, roles: &[&str]) {
    let mut version = user["version"].clone();
    for role in roles {
        let data = ok(
            server,
            admin,
            USER_CHANGE,
            json!({ "input": { "id": user["id"], "role": role, "version": version } }),
        )
        .await;
        assert_eq!(data["revokeRole"]["userErrors"], json!([]), "{data}");
        version = data["revokeRole"]["user"]["version"].clone();
    }
}

async fn grant(server: &Server, admin: &str, login: &str, role: &str) {
    let user = users(server, admin).await[login].clone();
    let data = ok(
        server,
        admin,
        "mutation($input: UserRoleInput!) { grantRole(input: $input) { userErrors { code } } }",
        json!({ "input": { "id": user["id"], "role": role, "version": user["version"] } }),
    )
    .await;
    assert_eq!(data["grantRole"]["userErrors"], json!([]), "{data}");
}

const LIST: &str =
    "{ blueCards(first: 100) { edges { node { id persons { firstName pesel } } } } }";

async fn listed(server: &Server, token: &str) -> usize {
    ok(server, token, LIST, json!({})).await["blueCards"]["edges"]
        .as_array()
        .unwrap()
        .len()
}

const UPDATE: &str = "mutation($input: UpdateBlueCardInput!) { updateBlueCard(input: $input) { blueCard { version } userErrors { code } } }";
const WORK: &str = "mutation($input: RecordCaseWorkInput!) { recordCaseWork(input: $input) { work { id } userErrors { code } } }";

/// What the person who lost access gets for each thing they could do before.
async fn attempts(server: &Server, token: &str, card: &str) -> Vec<Option<String>> {
    let update = server
        .gql(
            Some(token),
            UPDATE,
            json!({ "input": { "id": card, "version": 1, "description": "zmiana" } }),
        )
        .await;
    let opened = server
        .gql(Some(token), OPEN, json!({ "input": nk_a(days_ago(1)) }))
        .await;
    let work = server
        .gql(
            Some(token),
            WORK,
            json!({ "input": { "blueCardId": card, "kind": "SOCIAL_CONTRACT" } }),
        )
        .await;
    vec![
        code(&update).map(str::to_owned),
        code(&opened).map(str::to_owned),
        code(&work).map(str::to_owned),
    ]
}

/// The leak first: an insider whose every role was revoked reads and changes nothing.
async fn revoked_roles_end_work_on_cases(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let admin = server.staff("czestochowa", "admin").await;
    let chair = server.staff("czestochowa", "przewodniczacy").await;
    let worker = server.staff("czestochowa", "pracownik").await;
    let card = open(&server, &worker, nk_a(days_ago(2))).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(listed(&server, &chair).await, 1);

    revoke(
        &server,
        &admin,
        "przewodniczacy",
        &["TEAM_CHAIR", "TEAM_MEMBER"],
    )
    .await;
    revoke(
        &server,
        &admin,
        "pracownik",
        &["TEAM_MEMBER", "SOCIAL_WORKER"],
    )
    .await;
    let roles = ok(&server, &chair, "{ viewer { roles } }", json!({})).await;
    assert_eq!(roles["viewer"]["roles"], json!([]));
    assert_eq!(
        listed(&server, &chair).await,
        0,
        "the former chair lists nothing"
    );
    assert_eq!(listed(&server, &worker).await, 0);
    let node = ok(
        &server,
        &chair,
        "query($id: ID!) { node(id: $id) { id } }",
        json!({ "id": card }),
    )
    .await;
    assert!(node["node"].is_null(), "{node}");
    assert_eq!(
        attempts(&server, &worker, &card).await,
        [
            Some("NOT_FOUND".to_owned()),
            Some("FORBIDDEN".to_owned()),
            Some("NOT_FOUND".to_owned())
        ],
        "no change, no new card, no work recorded"
    );

    // Given back by mistake-and-correction, the role restores the work.
    grant(&server, &admin, "pracownik", "SOCIAL_WORKER").await;
    assert_eq!(listed(&server, &worker).await, 1);
}
on_both!(revoked_roles_end_work_on_cases);

const END: &str = "mutation($input: EndTeamMembershipInput!) { endTeamMembership(input: $input) { member { id leftOn leftReason version } userErrors { field code } } }";
const WITHDRAW: &str = "mutation($input: WithdrawConfidentialityStatementInput!) { withdrawConfidentialityStatement(input: $input) { member { confidentialityWithdrawnOn confidentialityHolds version } userErrors { field code } } }";
const HAND_OVER: &str = "mutation($input: HandOverTeamChairInput!) { handOverTeamChair(input: $input) { member { id chair version } userErrors { field code } } }";

/// Ending a membership and withdrawing a statement each end work on cases; signing anew and
/// joining again bring it back. Bad input changes nothing.
async fn the_team_life_cycle_ends_and_restores_access(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let admin = server.staff("zory", "admin").await;
    let worker = server.staff("zory", "pracownik").await;
    let police = server.staff("zory", "policjant").await;
    open(&server, &worker, nk_a(days_ago(2))).await;
    let mut police_form = nk_a(days_ago(2));
    police_form["initiatorInstitution"] = json!("POLICE");
    open(&server, &police, police_form).await;
    let team = members(&server, &admin).await;

    // Withdrawn: the police officer works on no case from today.
    let officer = &team["policjant"];
    let data = ok(
        &server,
        &admin,
        WITHDRAW,
        json!({ "input": { "id": officer["id"], "version": officer["version"] } }),
    )
    .await;
    assert_eq!(
        data["withdrawConfidentialityStatement"]["userErrors"],
        json!([]),
        "{data}"
    );
    assert_eq!(
        data["withdrawConfidentialityStatement"]["member"]["confidentialityHolds"],
        false
    );
    assert_eq!(listed(&server, &police).await, 0);
    let again = ok(
        &server,
        &admin,
        WITHDRAW,
        json!({ "input": { "id": officer["id"], "version": data["withdrawConfidentialityStatement"]["member"]["version"] } }),
    )
    .await;
    assert_eq!(
        again["withdrawConfidentialityStatement"]["userErrors"][0]["code"],
        "ALREADY_WITHDRAWN"
    );
    // Signed anew, the statement holds again.
    let signed = ok(
        &server,
        &admin,
        "mutation($input: UpdateTeamMemberInput!) { updateTeamMember(input: $input) { member { confidentialityHolds } userErrors { code } } }",
        json!({ "input": { "id": officer["id"], "version": data["withdrawConfidentialityStatement"]["member"]["version"], "confidentialitySignedOn": today().to_string() } }),
    )
    .await;
    assert_eq!(
        signed["updateTeamMember"]["member"]["confidentialityHolds"], true,
        "{signed}"
    );
    assert_eq!(listed(&server, &police).await, 1);

    // Ended: the social worker is off the team, kept among the former members.
    let social = &team["pracownik"];
    let bad = ok(
        &server,
        &admin,
        END,
        json!({ "input": { "id": social["id"], "version": social["version"], "reason": " ", "on": (today() + chrono::Days::new(1)).to_string() } }),
    )
    .await;
    let bad_codes: Vec<&str> = bad["endTeamMembership"]["userErrors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_str().unwrap())
        .collect();
    assert!(!bad_codes.is_empty(), "{bad}");
    assert_eq!(
        listed(&server, &worker).await,
        1,
        "a refused end changes nothing"
    );
    let ended = ok(
        &server,
        &admin,
        END,
        json!({ "input": { "id": social["id"], "version": social["version"], "reason": "zmiana pracy" } }),
    )
    .await;
    assert_eq!(
        ended["endTeamMembership"]["userErrors"],
        json!([]),
        "{ended}"
    );
    assert_eq!(
        ended["endTeamMembership"]["member"]["leftReason"],
        "zmiana pracy"
    );
    assert_eq!(
        listed(&server, &worker).await,
        0,
        "the former member lists nothing"
    );
    let opened = server
        .gql(Some(&worker), OPEN, json!({ "input": nk_a(days_ago(1)) }))
        .await;
    assert_eq!(code(&opened), Some("FORBIDDEN"), "{opened}");
    let twice = ok(
        &server,
        &admin,
        END,
        json!({ "input": { "id": social["id"], "version": ended["endTeamMembership"]["member"]["version"], "reason": "znowu" } }),
    )
    .await;
    assert_eq!(
        twice["endTeamMembership"]["userErrors"][0]["code"], "ENDED",
        "{twice}"
    );
    let team_now = ok(
        &server,
        &admin,
        "{ teams { members { id } formerMembers { id leftOn } } }",
        json!({}),
    )
    .await;
    assert_eq!(team_now["teams"][0]["formerMembers"][0]["id"], social["id"]);
    assert!(!team_now["teams"][0]["members"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["id"] == social["id"]));

    // The team loses its probation officer: the act requires one (art. 9a ust. 3), so the team
    // page says which institution is missing until another joins.
    let probation = &team["kurator"];
    let ended = ok(
        &server,
        &admin,
        END,
        json!({ "input": { "id": probation["id"], "version": probation["version"], "reason": "przeniesienie" } }),
    )
    .await;
    assert_eq!(ended["endTeamMembership"]["userErrors"], json!([]));
    let composition = ok(
        &server,
        &admin,
        "{ teams { missingInstitutions warnings { code field } } }",
        json!({}),
    )
    .await;
    assert_eq!(
        composition["teams"][0]["missingInstitutions"],
        json!(["PROBATION"])
    );
    assert!(
        composition["teams"][0]["warnings"]
            .as_array()
            .unwrap()
            .contains(&json!({ "code": "REQUIRED_INSTITUTION_MISSING", "field": ["members"] })),
        "{composition}"
    );

    // The chair is handed over only in one step; ending the chair's membership waits for it.
    let chair = &team["przewodniczacy"];
    let refused = ok(
        &server,
        &admin,
        END,
        json!({ "input": { "id": chair["id"], "version": chair["version"], "reason": "x" } }),
    )
    .await;
    assert_eq!(
        refused["endTeamMembership"]["userErrors"][0]["code"],
        "CHAIR"
    );
    let to_former = ok(
        &server,
        &admin,
        HAND_OVER,
        json!({ "input": { "memberId": social["id"], "version": ended["endTeamMembership"]["member"]["version"] } }),
    )
    .await;
    assert_eq!(
        to_former["handOverTeamChair"]["userErrors"][0]["code"],
        "ENDED"
    );
    let to_outsider = ok(
        &server,
        &admin,
        HAND_OVER,
        json!({ "input": { "memberId": "VGVhbU1lbWJlcjowMTkzMDAwMC0wMDAwLTcwMDAtODAwMC0wMDAwMDAwMDAwMDA", "version": 1 } }),
    )
    .await;
    assert_eq!(
        to_outsider["handOverTeamChair"]["userErrors"][0]["code"],
        "NOT_FOUND"
    );
    let member = &team["czlonek"];
    let handed = ok(
        &server,
        &admin,
        HAND_OVER,
        json!({ "input": { "memberId": member["id"], "version": member["version"] } }),
    )
    .await;
    assert_eq!(
        handed["handOverTeamChair"]["userErrors"],
        json!([]),
        "{handed}"
    );
    let chairs = ok(
        &server,
        &admin,
        "{ teams { members { chair } } }",
        json!({}),
    )
    .await;
    let count = chairs["teams"][0]["members"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["chair"] == true)
        .count();
    assert_eq!(count, 1, "one chair, never two, never none");
    let new_chair = server.staff("zory", "czlonek").await;
    assert_eq!(
        listed(&server, &new_chair).await,
        2,
        "the new chair sees every card"
    );
    let former_chair = server.staff("zory", "przewodniczacy").await;
    assert_eq!(listed(&server, &former_chair).await, 0);

    // Joining again restores the work once a statement is signed.
    let users = users(&server, &admin).await;
    let rejoined = ok(
        &server,
        &admin,
        "mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { member { id leftOn } userErrors { code } } }",
        json!({ "input": { "teamId": ok(&server, &admin, "{ teams { id } }", json!({})).await["teams"][0]["id"], "userId": users["pracownik"]["id"], "institution": "SOCIAL_WELFARE", "institutionName": "MOPS", "confidentialitySignedOn": today().to_string() } }),
    )
    .await;
    assert_eq!(
        rejoined["addTeamMember"]["userErrors"],
        json!([]),
        "{rejoined}"
    );
    assert_eq!(
        rejoined["addTeamMember"]["member"]["id"], social["id"],
        "the same record"
    );
    assert!(rejoined["addTeamMember"]["member"]["leftOn"].is_null());
    assert_eq!(listed(&server, &worker).await, 1);
}
on_both!(the_team_life_cycle_ends_and_restores_access);

/// Another municipality's member answers like one that does not exist, and nothing changes.
async fn another_municipalitys_member_is_not_found(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let zory = server.staff("zory", "admin").await;
    let other = server.staff("czestochowa", "admin").await;
    let officer = members(&server, &zory).await["policjant"].clone();
    let foreign = server
        .gql(
            Some(&other),
            WITHDRAW,
            json!({ "input": { "id": officer["id"], "version": officer["version"] } }),
        )
        .await;
    assert_eq!(code(&foreign), Some("NOT_FOUND"), "{foreign}");
    let after = members(&server, &zory).await["policjant"].clone();
    assert_eq!(after, officer, "nothing changed");
}
on_both!(another_municipalitys_member_is_not_found);

const REMOVE: &str = "mutation($input: RemoveDiagnosticGroupMemberInput!) { removeDiagnosticGroupMember(input: $input) { blueCard { version diagnosticGroup { displayName } } userErrors { field code } } }";

/// The chair takes a person out of a group, who then no longer sees the card; the group keeps
/// its social worker and police officer.
async fn the_chair_takes_a_person_out_of_a_group(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let admin = server.staff("zory", "admin").await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let member_token = server.staff("zory", "czlonek").await;
    let card = open(&server, &worker, nk_a(days_ago(2))).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    step(
        &server,
        &worker,
        "forwardBlueCardToChair",
        json!({ "id": card, "version": 1 }),
    )
    .await;
    let team = members(&server, &admin).await;
    let ids = |l: &str| team[l]["id"].clone();
    step(
        &server,
        &chair,
        "setUpDiagnosticGroup",
        json!({ "id": card, "version": 2, "memberIds": [ids("pracownik"), ids("policjant"), ids("czlonek")] }),
    )
    .await;
    assert_eq!(listed(&server, &member_token).await, 1);

    let last_police = ok(
        &server,
        &chair,
        REMOVE,
        json!({ "input": { "id": card, "version": 3, "memberId": ids("policjant") } }),
    )
    .await;
    assert_eq!(
        last_police["removeDiagnosticGroupMember"]["userErrors"][0]["code"],
        "POLICE_OFFICER_REQUIRED",
        "{last_police}"
    );
    let not_in = ok(
        &server,
        &chair,
        REMOVE,
        json!({ "input": { "id": card, "version": 3, "memberId": ids("przewodniczacy") } }),
    )
    .await;
    assert_eq!(
        not_in["removeDiagnosticGroupMember"]["userErrors"][0]["code"],
        "NOT_IN_GROUP"
    );
    let by_worker = server
        .gql(
            Some(&worker),
            REMOVE,
            json!({ "input": { "id": card, "version": 3, "memberId": ids("czlonek") } }),
        )
        .await;
    assert_eq!(code(&by_worker), Some("FORBIDDEN"), "{by_worker}");

    let removed = ok(
        &server,
        &chair,
        REMOVE,
        json!({ "input": { "id": card, "version": 3, "memberId": ids("czlonek") } }),
    )
    .await;
    assert_eq!(
        removed["removeDiagnosticGroupMember"]["userErrors"],
        json!([]),
        "{removed}"
    );
    assert_eq!(
        removed["removeDiagnosticGroupMember"]["blueCard"]["diagnosticGroup"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        listed(&server, &member_token).await,
        0,
        "out of the group, out of the card"
    );
    let history = ok(
        &server,
        &chair,
        "query($id: ID!) { node(id: $id) { ... on BlueCard { history { step } } } }",
        json!({ "id": card }),
    )
    .await;
    assert!(history["node"]["history"]
        .as_array()
        .unwrap()
        .iter()
        .any(|h| h["step"] == "GROUP_CHANGED"));
}
on_both!(the_chair_takes_a_person_out_of_a_group);

/// Work goes only to those who work on cases by the whole rule: the chair, a group's members
/// and the deadlines' notices; a statement is not revived without a new signature; an ended
/// membership takes the person out of every group; why someone left is the administrators'.
async fn work_goes_only_to_those_who_work_on_cases(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let admin = server.staff("zory", "admin").await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let people = users(&server, &admin).await;
    let team_id =
        ok(&server, &admin, "{ teams { id } }", json!({})).await["teams"][0]["id"].clone();

    // The data-protection officer on the team with a statement: still no chair, no group seat.
    let added = ok(
        &server,
        &admin,
        "mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { member { id version } userErrors { code } } }",
        json!({ "input": { "teamId": team_id, "userId": people["iod"]["id"], "institution": "OTHER", "institutionName": "Urząd", "confidentialitySignedOn": today().to_string() } }),
    )
    .await;
    let officer = added["addTeamMember"]["member"].clone();
    let handed = ok(
        &server,
        &admin,
        HAND_OVER,
        json!({ "input": { "memberId": officer["id"], "version": officer["version"] } }),
    )
    .await;
    assert_eq!(
        handed["handOverTeamChair"]["userErrors"][0]["code"], "NO_CASE_ROLE",
        "{handed}"
    );
    let card = open(&server, &worker, nk_a(days_ago(2))).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    step(
        &server,
        &worker,
        "forwardBlueCardToChair",
        json!({ "id": card, "version": 1 }),
    )
    .await;
    let team = members(&server, &admin).await;
    let seat = ok(
        &server,
        &chair,
        "mutation($input: SetUpDiagnosticGroupInput!) { setUpDiagnosticGroup(input: $input) { userErrors { field code } } }",
        json!({ "input": { "id": card, "version": 2, "memberIds": [team["pracownik"]["id"], team["policjant"]["id"], officer["id"]] } }),
    )
    .await;
    assert_eq!(
        seat["setUpDiagnosticGroup"]["userErrors"][0]["code"], "NO_CASE_ROLE",
        "{seat}"
    );

    // The chair's statement is not withdrawn before the chair is handed over.
    let chair_member = &team["przewodniczacy"];
    let refused = ok(
        &server,
        &admin,
        WITHDRAW,
        json!({ "input": { "id": chair_member["id"], "version": chair_member["version"] } }),
    )
    .await;
    assert_eq!(
        refused["withdrawConfidentialityStatement"]["userErrors"][0]["code"],
        "CHAIR"
    );

    // A withdrawn statement is not revived by a new end date, only by a new signature.
    let sign = "mutation($input: UpdateTeamMemberInput!) { updateTeamMember(input: $input) { member { version confidentialityHolds } userErrors { field code } } }";
    let police = &team["policjant"];
    let withdrawn = ok(
        &server,
        &admin,
        WITHDRAW,
        json!({ "input": { "id": police["id"], "version": police["version"] } }),
    )
    .await;
    let version = withdrawn["withdrawConfidentialityStatement"]["member"]["version"].clone();
    let revived = ok(
        &server,
        &admin,
        sign,
        json!({ "input": { "id": police["id"], "version": version, "confidentialityValidUntil": "2099-12-31" } }),
    )
    .await;
    assert_eq!(
        revived["updateTeamMember"]["userErrors"][0]["code"], "SIGN_ANEW",
        "{revived}"
    );
    let signed = ok(
        &server,
        &admin,
        sign,
        json!({ "input": { "id": police["id"], "version": version, "confidentialitySignedOn": today().to_string() } }),
    )
    .await;
    assert_eq!(
        signed["updateTeamMember"]["member"]["confidentialityHolds"], true,
        "{signed}"
    );

    // The group is set up; the social worker's notices come while she works on cases.
    step(
        &server,
        &chair,
        "setUpDiagnosticGroup",
        json!({ "id": card, "version": 2, "memberIds": [team["pracownik"]["id"], team["policjant"]["id"]] }),
    )
    .await;
    crate::cases::overdue_card_notified(&server, &worker).await;
    let social = members(&server, &admin).await["pracownik"].clone();
    let ended = ok(
        &server,
        &admin,
        END,
        json!({ "input": { "id": social["id"], "version": social["version"], "reason": "przejście do innej gminy" } }),
    )
    .await;
    assert_eq!(
        ended["endTeamMembership"]["userErrors"],
        json!([]),
        "{ended}"
    );
    let notices = ok(
        &server,
        &worker,
        "{ deadlineNotifications(first: 10) { edges { node { id } } } }",
        json!({}),
    )
    .await;
    assert_eq!(
        notices["deadlineNotifications"]["edges"],
        json!([]),
        "{notices}"
    );
    let group = ok(
        &server,
        &chair,
        "query($id: ID!) { node(id: $id) { ... on BlueCard { diagnosticGroup { teamMemberId } } } }",
        json!({ "id": card }),
    )
    .await;
    assert!(
        !group["node"]["diagnosticGroup"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["teamMemberId"] == social["id"]),
        "the former member left the group: {group}"
    );
    // Why she left is for the administrators.
    let reason = "{ teams { formerMembers { leftReason } } }";
    let for_admin = ok(&server, &admin, reason, json!({})).await;
    assert_eq!(
        for_admin["teams"][0]["formerMembers"][0]["leftReason"],
        "przejście do innej gminy"
    );
    let for_chair = ok(&server, &chair, reason, json!({})).await;
    assert!(for_chair["teams"][0]["formerMembers"][0]["leftReason"].is_null());
}
on_both!(work_goes_only_to_those_who_work_on_cases);
