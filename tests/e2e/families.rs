//! Family files over GraphQL: a social worker opens a family's file naming a colleague, records
//! help (consultations by kind, interventions with or without the police), links the Blue Card
//! opened for the family; the help is counted by kind and by whether a card exists. Need to
//! know: the file is read by those working with the family only (not another social worker,
//! not the administrator, not another municipality, all answered as for a file that does not
//! exist); the linked card is shown only to those who see it. Bad input is refused on its
//! field, nothing written.

use serde_json::{json, Value};

use crate::cases::{card_in_diagnosis, days_ago, ok, today};
use crate::harness::{code, demo, Backend, Server};
use crate::intake::user_ids;
use crate::on_both;
use crate::programmes::{answers_like_random, payload, random_id, refused, shape};
use crate::statistics::{figure, STATS};

const FILE: &str = "id name address members { firstName lastName bornOn relation } openedOn \
    workers { userId displayName } help { kind variant occurredOn recordedByName note } blueCardIds version";

/// Opens the Nowak family's file as `token` (Żory's social worker), with `workers` working
/// with the family besides.
pub(crate) async fn open_file(server: &Server, token: &str, workers: Value) -> Value {
    let done = payload(server, token, "openFamilyFile", "file", FILE,
        json!({ "name": "Rodzina Nowaków", "address": "ul. Kwiatowa 3, Żory",
                "openedOn": days_ago(10).to_string(), "workerIds": workers,
                "members": [
                    { "firstName": "Ewa", "lastName": "Nowak", "bornOn": "1985-03-02", "relation": "matka" },
                    { "firstName": "Kacper", "lastName": "Nowak", "bornOn": "2014-09-12", "relation": "syn" }
                ] })).await;
    assert_eq!(done["userErrors"], json!([]), "{done}");
    done["file"].clone()
}

async fn help(
    server: &Server,
    token: &str,
    file: &str,
    kind: &str,
    variant: Value,
    on: chrono::NaiveDate,
) -> Value {
    payload(
        server,
        token,
        "recordFamilyHelp",
        "help",
        "kind variant occurredOn recordedByName note",
        json!({ "fileId": file, "kind": kind, "variant": variant, "occurredOn": on.to_string(),
                "note": "Rozmowa o *budżecie* #domowym" }),
    )
    .await
}

async fn node(server: &Server, token: &str, id: &str) -> Value {
    server
        .gql(
            Some(token),
            &format!("query($id: ID!) {{ node(id: $id) {{ ... on FamilyFile {{ {FILE} }} }} }}"),
            json!({ "id": id }),
        )
        .await
}

/// The municipality's statistics for this year, as the chair reads them.
async fn statistics(server: &Server, chair: &str) -> Value {
    ok(
        server,
        chair,
        STATS,
        json!({ "p": today().format("%Y").to_string() }),
    )
    .await
}

async fn a_family_file_records_help_and_meets_its_card(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let admin = server.staff("zory", "admin").await;
    let member = server.staff("zory", "czlonek").await;
    let users = user_ids(&server, "zory").await;

    // Only a social worker opens a file; bad input is refused on its field.
    let forbidden = server.gql(Some(&member),
        "mutation { openFamilyFile(input: { name: \"X\", members: [{ firstName: \"A\", lastName: \"B\" }] }) { file { id } } }",
        json!({})).await;
    assert_eq!(code(&forbidden), Some("FORBIDDEN"), "{forbidden}");
    let bad = payload(
        &server,
        &worker,
        "openFamilyFile",
        "file",
        "id",
        json!({ "name": " ", "members": [], "workerIds": [users["admin"]] }),
    )
    .await;
    refused(&bad, "input.name", "INVALID");
    refused(&bad, "input.members", "REQUIRED");
    let bad = payload(&server, &worker, "openFamilyFile", "file", "id",
        json!({ "name": "Rodzina", "members": [{ "firstName": "A", "lastName": "B" }], "workerIds": [users["admin"]] })).await;
    refused(&bad, "input.workerIds.0", "NOT_ASSIGNABLE");
    let none = ok(
        &server,
        &worker,
        "{ familyFiles { edges { node { id } } } }",
        json!({}),
    )
    .await;
    assert_eq!(none["familyFiles"]["edges"], json!([]));

    let file = open_file(&server, &worker, json!([])).await;
    let id = file["id"].as_str().unwrap().to_owned();
    assert_eq!(file["members"][1]["relation"], "syn");
    assert_eq!(file["workers"].as_array().unwrap().len(), 1);
    assert_eq!(file["blueCardIds"], json!([]));

    // Help: a consultation names its kind, an intervention whether the police took part; not
    // before the file was opened, not in the future.
    refused(
        &help(&server, &worker, &id, "CONSULTATION", Value::Null, today()).await,
        "input.variant",
        "REQUIRED",
    );
    refused(
        &help(
            &server,
            &worker,
            &id,
            "SHELTER_PLACEMENT",
            json!("LEGAL"),
            today(),
        )
        .await,
        "input.variant",
        "NOT_APPLICABLE",
    );
    refused(
        &help(
            &server,
            &worker,
            &id,
            "MEDICAL_HELP",
            Value::Null,
            days_ago(11),
        )
        .await,
        "input.occurredOn",
        "TOO_EARLY",
    );
    let given = help(
        &server,
        &worker,
        &id,
        "CONSULTATION",
        json!("FAMILY_COUNSELLING"),
        days_ago(3),
    )
    .await;
    assert_eq!(given["userErrors"], json!([]), "{given}");
    assert_eq!(given["help"]["note"], "Rozmowa o *budżecie* #domowym");
    assert_eq!(given["help"]["recordedByName"], "Anna Kamińska");
    let given = help(
        &server,
        &worker,
        &id,
        "INTERVENTION",
        json!("WITHOUT_POLICE"),
        days_ago(2),
    )
    .await;
    assert_eq!(given["userErrors"], json!([]), "{given}");

    // Nobody else in the municipality reads it, nor anyone outside it: as for a random file.
    let theirs = server.staff("czestochowa", "pracownik").await;
    let unknown = random_id("FamilyFile");
    for token in [&member, &admin, &chair, &theirs] {
        let a = node(&server, token, &id).await;
        let b = node(&server, token, &unknown).await;
        assert_eq!(shape(&a), shape(&b), "{a} / {b}");
        assert!(a["data"]["node"].is_null(), "{a}");
        let query = "mutation($input: RecordFamilyHelpInput!) { recordFamilyHelp(input: $input) { userErrors { code } } }";
        let input = |f: &str| json!({ "input": { "fileId": f, "kind": "MEDICAL_HELP" } });
        let a = server.gql(Some(token), query, input(&id)).await;
        let b = server.gql(Some(token), query, input(&unknown)).await;
        assert_eq!(shape(&a), shape(&b), "{a} / {b}");
        let list = server
            .gql(
                Some(token),
                "{ familyFiles { edges { node { id } } } }",
                json!({}),
            )
            .await;
        assert!(!list.to_string().contains(&id), "{list}");
    }

    // Counted outside a card.
    let stats = statistics(&server, &chair).await;
    for help in [
        "CONSULTATION_FAMILY_COUNSELLING",
        "INTERVENTION_WITHOUT_POLICE",
    ] {
        let without = [("help", help), ("blue_card", "NO")];
        assert_eq!(figure(&stats, "family_help", &without), 1, "{help}");
    }

    // A Blue Card is opened for the family; the worker, who sees it, links it. The colleague
    // working with the family but not on the card is not shown it.
    let colleague = open_file(
        &server,
        &worker,
        json!([users["czlonek"], users["policjant"]]),
    )
    .await;
    let card = card_in_diagnosis(&server, &worker, &chair).await.card;
    let other_card = crate::cases::open(&server, &chair, crate::cases::nk_a(days_ago(1))).await;
    let other_card = other_card["blueCard"]["id"].as_str().unwrap().to_owned();
    let link = |file: &Value, card: &str| json!({ "fileId": file["id"], "blueCardId": card });
    // A card the worker does not see is answered as one that does not exist.
    let query = "mutation($input: LinkFamilyFileToBlueCardInput!) { linkFamilyFileToBlueCard(input: $input) { file { id } } }";
    let a = server
        .gql(
            Some(&worker),
            query,
            json!({ "input": link(&file, &other_card) }),
        )
        .await;
    let b = server
        .gql(
            Some(&worker),
            query,
            json!({ "input": link(&file, &random_id("BlueCard")) }),
        )
        .await;
    assert_eq!(shape(&a), shape(&b), "{a} / {b}");
    let linked = payload(
        &server,
        &worker,
        "linkFamilyFileToBlueCard",
        "file",
        FILE,
        link(&file, &card),
    )
    .await;
    assert_eq!(linked["file"]["blueCardIds"], json!([card]), "{linked}");
    // Linked again: nothing changes.
    let again = payload(
        &server,
        &worker,
        "linkFamilyFileToBlueCard",
        "file",
        FILE,
        link(&file, &card),
    )
    .await;
    assert_eq!(again["file"], linked["file"]);
    // A file worked on with the team member (not in the card's group) and the police officer
    // (in it): once linked, the officer is shown the card; the member sees the file exactly as
    // before, its version included, so nothing tells them a card exists.
    let colleague_id = colleague["id"].as_str().unwrap();
    let before = node(&server, &member, colleague_id).await;
    let linked = payload(
        &server,
        &worker,
        "linkFamilyFileToBlueCard",
        "file",
        "id",
        link(&colleague, &card),
    )
    .await;
    assert_eq!(linked["userErrors"], json!([]), "{linked}");
    let police = server.staff("zory", "policjant").await;
    let seen = node(&server, &police, colleague_id).await;
    assert_eq!(seen["data"]["node"]["blueCardIds"], json!([card]), "{seen}");
    let after = node(&server, &member, colleague_id).await;
    assert_eq!(after["data"]["node"]["name"], "Rodzina Nowaków", "{after}");
    assert_eq!(before, after);
    // Nor may the member link a file to a card they do not see.
    let a = server
        .gql(
            Some(&member),
            query,
            json!({ "input": link(&colleague, &card) }),
        )
        .await;
    let b = server
        .gql(
            Some(&member),
            query,
            json!({ "input": link(&colleague, &random_id("BlueCard")) }),
        )
        .await;
    assert_eq!(shape(&a), shape(&b), "{a} / {b}");

    // Help after the card: counted with a card.
    help(
        &server,
        &worker,
        &id,
        "CONSULTATION",
        json!("LEGAL"),
        today(),
    )
    .await;
    let stats = statistics(&server, &chair).await;
    let with_card = |help| {
        figure(
            &stats,
            "family_help",
            &[("help", help), ("blue_card", "YES")],
        )
    };
    // The card was initiated two days ago: the counselling of the day before stays counted
    // without a card (a link made later does not move it); the intervention of that day and
    // the consultation of today count with it.
    let without = |help| {
        figure(
            &stats,
            "family_help",
            &[("help", help), ("blue_card", "NO")],
        )
    };
    assert_eq!(with_card("CONSULTATION_FAMILY_COUNSELLING"), 0);
    assert_eq!(without("CONSULTATION_FAMILY_COUNSELLING"), 1);
    assert_eq!(with_card("INTERVENTION_WITHOUT_POLICE"), 1);
    assert_eq!(without("INTERVENTION_WITHOUT_POLICE"), 0);
    assert_eq!(with_card("CONSULTATION_LEGAL"), 1);
    let list = ok(
        &server,
        &worker,
        "{ familyFiles(first: 1) { edges { node { id } } pageInfo { hasNextPage } } }",
        json!({}),
    )
    .await;
    assert_eq!(list["familyFiles"]["pageInfo"]["hasNextPage"], true);
}
on_both!(a_family_file_records_help_and_meets_its_card);

/// Access from the reader's roles of the moment: a team member named on a file reads it until
/// the role is revoked; a social worker made an administrator reads no file, opens none, and
/// may not be named on one.
async fn access_to_family_files_ends_with_the_role(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let admin = server.staff("zory", "admin").await;
    let member = server.staff("zory", "czlonek").await;
    let users = user_ids(&server, "zory").await;
    let file = open_file(&server, &worker, json!([users["czlonek"]])).await;
    let id = file["id"].as_str().unwrap();
    let listed = |token: String| {
        let server = &server;
        async move {
            ok(
                server,
                &token,
                "{ familyFiles { nodes { id } } }",
                json!({}),
            )
            .await["familyFiles"]["nodes"]
                .as_array()
                .unwrap()
                .len()
        }
    };
    assert_eq!(node(&server, &member, id).await["data"]["node"]["id"], id);
    assert_eq!(listed(member.clone()).await, 1);

    crate::access_ends::revoke(&server, &admin, "czlonek", &["TEAM_MEMBER"]).await;
    let gone = node(&server, &member, id).await;
    assert!(gone["data"]["node"].is_null(), "{gone}");
    assert_eq!(listed(member.clone()).await, 0);

    // Too many colleagues named: refused on the list, nothing opened.
    let many: Vec<Value> = (0..21).map(|_| json!(random_id("User"))).collect();
    let bad = payload(&server, &worker, "openFamilyFile", "file", "id",
        json!({ "name": "Rodzina", "members": [{ "firstName": "A", "lastName": "B" }], "workerIds": many })).await;
    refused(&bad, "input.workerIds", "TOO_MANY");
    // The member without a role that works with families may not be named either.
    let bad = payload(&server, &worker, "openFamilyFile", "file", "id",
        json!({ "name": "Rodzina", "members": [{ "firstName": "A", "lastName": "B" }], "workerIds": [users["czlonek"]] })).await;
    refused(&bad, "input.workerIds.0", "NOT_ASSIGNABLE");
    assert_eq!(listed(worker.clone()).await, 1);

    let granted = crate::need_to_know::grant(&server, &admin, "pracownik", "TENANT_ADMIN").await;
    assert_eq!(granted["userErrors"], json!([]), "{granted}");
    let gone = node(&server, &worker, id).await;
    assert!(gone["data"]["node"].is_null(), "{gone}");
    assert_eq!(listed(worker.clone()).await, 0);
    let forbidden = server.gql(Some(&worker),
        "mutation { openFamilyFile(input: { name: \"X\", members: [{ firstName: \"A\", lastName: \"B\" }] }) { file { id } } }",
        json!({})).await;
    assert_eq!(code(&forbidden), Some("FORBIDDEN"), "{forbidden}");
}
on_both!(access_to_family_files_ends_with_the_role);

const UPDATE: &str = "mutation($input: UpdateFamilyFileInput!) { updateFamilyFile(input: $input) { file { id version } userErrors { field code } } }";
const CLOSE: &str = "mutation($input: CloseFamilyFileInput!) { closeFamilyFile(input: $input) { file { id version } userErrors { field code } } }";

/// The file's content as `updateFamilyFile` takes it, renamed, with `workers`.
fn correction(file: &Value, version: i64, name: &str, workers: Value) -> Value {
    json!({ "id": file["id"], "version": version, "name": name, "address": file["address"],
            "members": file["members"], "openedOn": file["openedOn"], "workerIds": workers })
}

/// A file corrected (renamed, a colleague taken off, who then reads it no more) at its version
/// only, and closed: a closed file keeps its history and takes no more help or change. Those
/// not working with the family are answered as for a file that does not exist.
async fn a_family_file_is_corrected_and_closed(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let member = server.staff("zory", "czlonek").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let users = user_ids(&server, "zory").await;
    let file = open_file(&server, &worker, json!([users["czlonek"]])).await;
    let id = file["id"].as_str().unwrap();
    assert_eq!(node(&server, &member, id).await["data"]["node"]["id"], id);

    // Probes first: the chair (not on the file) and another municipality, as for a random ID.
    let unknown = random_id("FamilyFile");
    let theirs = server.staff("czestochowa", "pracownik").await;
    let random = json!({ "id": unknown, "version": 1, "name": "X", "members": file["members"], "openedOn": file["openedOn"] });
    for token in [&chair, &theirs] {
        for (query, input, other) in [
            (UPDATE, correction(&file, 1, "X", json!([])), random.clone()),
            (
                CLOSE,
                json!({ "id": id, "version": 1, "reason": "OTHER" }),
                json!({ "id": unknown, "version": 1, "reason": "OTHER" }),
            ),
        ] {
            let a = server
                .gql(Some(token), query, json!({ "input": input }))
                .await;
            let b = server
                .gql(Some(token), query, json!({ "input": other }))
                .await;
            assert_eq!(shape(&a), shape(&b), "{a} / {b}");
            assert_eq!(code(&a), Some("NOT_FOUND"), "{a}");
        }
    }

    // Renamed and the member taken off: they read the file no more.
    let done = payload(
        &server,
        &worker,
        "updateFamilyFile",
        "file",
        FILE,
        correction(&file, 1, "Rodzina Nowaków-Kowalskich", json!([])),
    )
    .await;
    assert_eq!(done["userErrors"], json!([]), "{done}");
    assert_eq!(done["file"]["name"], "Rodzina Nowaków-Kowalskich");
    assert_eq!(done["file"]["version"], 2);
    assert_eq!(done["file"]["workers"].as_array().unwrap().len(), 1);
    assert!(node(&server, &member, id).await["data"]["node"].is_null());
    // At the version read only.
    let stale = server
        .gql(
            Some(&worker),
            UPDATE,
            json!({ "input": correction(&file, 1, "Y", json!([])) }),
        )
        .await;
    assert_eq!(code(&stale), Some("CONFLICT"), "{stale}");
    // Named again, the member reads it again.
    let back = payload(
        &server,
        &worker,
        "updateFamilyFile",
        "file",
        "version",
        correction(&file, 2, "Rodzina Nowaków", json!([users["czlonek"]])),
    )
    .await;
    assert_eq!(back["userErrors"], json!([]), "{back}");
    assert_eq!(node(&server, &member, id).await["data"]["node"]["id"], id);

    // Help given five days ago: the work cannot have started later, nor end earlier.
    let given = help(
        &server,
        &worker,
        id,
        "MEDICAL_HELP",
        Value::Null,
        days_ago(5),
    )
    .await;
    assert_eq!(given["userErrors"], json!([]), "{given}");
    let mut later = correction(&file, 3, "Rodzina Nowaków", json!([users["czlonek"]]));
    later["openedOn"] = json!(days_ago(3).to_string());
    refused(
        &payload(&server, &worker, "updateFamilyFile", "file", "id", later).await,
        "input.openedOn",
        "AFTER_HELP",
    );
    let close = |on: chrono::NaiveDate| json!({ "id": id, "version": 3, "closedOn": on.to_string(), "reason": "MOVED_AWAY" });
    refused(
        &payload(
            &server,
            &worker,
            "closeFamilyFile",
            "file",
            "id",
            close(days_ago(6)),
        )
        .await,
        "input.closedOn",
        "TOO_EARLY",
    );
    refused(
        &payload(
            &server,
            &worker,
            "closeFamilyFile",
            "file",
            "id",
            close(today() + chrono::Days::new(1)),
        )
        .await,
        "input.closedOn",
        "IN_FUTURE",
    );
    let closed = payload(
        &server,
        &member,
        "closeFamilyFile",
        "file",
        "closedOn closureReason version help { kind }",
        close(days_ago(1)),
    )
    .await;
    assert_eq!(closed["userErrors"], json!([]), "{closed}");
    assert_eq!(closed["file"]["closedOn"], days_ago(1).to_string());
    assert_eq!(closed["file"]["closureReason"], "MOVED_AWAY");
    assert_eq!(closed["file"]["help"][0]["kind"], "MEDICAL_HELP");

    // Closed: no more help, no change, no second closure.
    refused(
        &help(&server, &worker, id, "MEDICAL_HELP", Value::Null, today()).await,
        "input.fileId",
        "FILE_CLOSED",
    );
    refused(
        &payload(
            &server,
            &worker,
            "updateFamilyFile",
            "file",
            "id",
            correction(&file, 4, "Z", json!([])),
        )
        .await,
        "input.id",
        "FILE_CLOSED",
    );
    refused(
        &payload(
            &server,
            &worker,
            "closeFamilyFile",
            "file",
            "id",
            json!({ "id": id, "version": 4, "reason": "OTHER" }),
        )
        .await,
        "input.id",
        "FILE_CLOSED",
    );
    let kept = node(&server, &worker, id).await;
    assert_eq!(kept["data"]["node"]["name"], "Rodzina Nowaków", "{kept}");
}
on_both!(a_family_file_is_corrected_and_closed);

const CONTRACT: &str = "id signedOn endsOn reviewOn goals familyObligations workerObligations \
    recordedByName overdue outcome settledOn settlementNote version";

/// Concludes a contract under `file`: signed `signed` days ago, ending `ends` days from today.
async fn contract(server: &Server, token: &str, file: &str, signed: u64, ends: u64) -> Value {
    payload(
        server,
        token,
        "concludeSocialContract",
        "contract",
        CONTRACT,
        json!({ "fileId": file, "signedOn": days_ago(signed).to_string(),
                "endsOn": (today() + chrono::Days::new(ends)).to_string(),
                "goals": "Uregulowanie zadłużenia czynszowego",
                "familyObligations": "Spłata raty co miesiąc; udział w poradnictwie rodzinnym",
                "workerObligations": "Zasiłek celowy; porada prawna" }),
    )
    .await
}

/// A social contract: its period and review checked, its terms read back, counted as help,
/// settled once at its version; the work with the family cannot end while one is in force;
/// one past its end unsettled is overdue. Probed as for a contract that does not exist.
async fn social_contracts_have_terms_deadlines_and_an_outcome(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let file = open_file(&server, &worker, json!([])).await;
    let id = file["id"].as_str().unwrap();

    let bad = |input: Value| {
        let server = &server;
        let worker = worker.clone();
        async move {
            payload(
                server,
                &worker,
                "concludeSocialContract",
                "contract",
                "id",
                input,
            )
            .await
        }
    };
    let base = json!({ "fileId": id, "signedOn": days_ago(2).to_string(), "endsOn": today().to_string(),
                       "goals": "Cel", "familyObligations": "Zobowiązanie" });
    let mut early = base.clone();
    early["signedOn"] = json!(days_ago(11).to_string());
    refused(&bad(early).await, "input.signedOn", "TOO_EARLY");
    let mut backwards = base.clone();
    backwards["endsOn"] = json!(days_ago(3).to_string());
    refused(&bad(backwards).await, "input.endsOn", "BEFORE_START");
    let mut review = base.clone();
    review["reviewOn"] = json!((today() + chrono::Days::new(1)).to_string());
    refused(&bad(review).await, "input.reviewOn", "OUTSIDE_PERIOD");
    let mut empty = base.clone();
    empty["goals"] = json!(" ");
    refused(&bad(empty).await, "input.goals", "INVALID");

    let made = contract(&server, &worker, id, 4, 30).await;
    assert_eq!(made["userErrors"], json!([]), "{made}");
    let c = made["contract"].clone();
    assert_eq!(
        c["familyObligations"],
        "Spłata raty co miesiąc; udział w poradnictwie rodzinnym"
    );
    assert_eq!(c["recordedByName"], "Anna Kamińska");
    assert_eq!(c["overdue"], false);
    assert!(c["outcome"].is_null());
    // Read back with the file, and counted as help on the day it was signed.
    let read = node(&server, &worker, id).await;
    assert_eq!(
        read["data"]["node"]["help"][0]["kind"], "SOCIAL_CONTRACT",
        "{read}"
    );
    assert_eq!(
        read["data"]["node"]["help"][0]["occurredOn"],
        days_ago(4).to_string()
    );
    let contracts = ok(&server, &worker,
        &format!("query($id: ID!) {{ node(id: $id) {{ ... on FamilyFile {{ contracts {{ {CONTRACT} }} }} }} }}"),
        json!({ "id": id })).await;
    assert_eq!(contracts["node"]["contracts"][0], c);
    let stats = statistics(&server, &chair).await;
    assert_eq!(
        figure(
            &stats,
            "family_help",
            &[("help", "SOCIAL_CONTRACT"), ("blue_card", "NO")]
        ),
        1
    );
    // A contract is counted by concluding it, never by hand, and its help is not withdrawn.
    refused(
        &help(
            &server,
            &worker,
            id,
            "SOCIAL_CONTRACT",
            Value::Null,
            today(),
        )
        .await,
        "input.kind",
        "CONCLUDE_CONTRACT",
    );
    let counted_help = ok(
        &server,
        &worker,
        "query($id: ID!) { node(id: $id) { ... on FamilyFile { help { id kind } } } }",
        json!({ "id": id }),
    )
    .await["node"]["help"][0]["id"]
        .clone();
    let withdrawn = server
        .gql(
            Some(&worker),
            "mutation($input: WithdrawFamilyHelpInput!) { withdrawFamilyHelp(input: $input) { file { id } } }",
            json!({ "input": { "fileId": id, "helpId": counted_help } }),
        )
        .await;
    assert_eq!(code(&withdrawn), Some("NOT_FOUND"), "{withdrawn}");

    // The chair (not on the file) and another municipality: as for contracts that do not exist.
    let theirs = server.staff("czestochowa", "pracownik").await;
    let settle = |contract: &Value, version: i64, outcome: &str, on: chrono::NaiveDate| {
        json!({ "id": contract, "version": version, "outcome": outcome, "settledOn": on.to_string(),
                "note": "Spłacono połowę zadłużenia" })
    };
    const SETTLE: &str = "mutation($input: SettleSocialContractInput!) { settleSocialContract(input: $input) { contract { id } userErrors { code } } }";
    const CONCLUDE: &str = "mutation($input: ConcludeSocialContractInput!) { concludeSocialContract(input: $input) { contract { id } userErrors { code } } }";
    for token in [&chair, &theirs] {
        let a = server
            .gql(
                Some(token),
                SETTLE,
                json!({ "input": settle(&c["id"], 1, "FULFILLED", today()) }),
            )
            .await;
        let b = server.gql(Some(token), SETTLE,
            json!({ "input": settle(&json!(random_id("SocialContract")), 1, "FULFILLED", today()) })).await;
        assert_eq!(shape(&a), shape(&b), "{a} / {b}");
        assert_eq!(code(&a), Some("NOT_FOUND"), "{a}");
        let mut other = base.clone();
        other["fileId"] = json!(random_id("FamilyFile"));
        let a = server
            .gql(Some(token), CONCLUDE, json!({ "input": base }))
            .await;
        let b = server
            .gql(Some(token), CONCLUDE, json!({ "input": other }))
            .await;
        assert_eq!(shape(&a), shape(&b), "{a} / {b}");
    }

    // The work cannot end while the contract is in force.
    let close = json!({ "id": id, "version": 1, "reason": "GOALS_ACHIEVED" });
    refused(
        &payload(
            &server,
            &worker,
            "closeFamilyFile",
            "file",
            "id",
            close.clone(),
        )
        .await,
        "input.id",
        "CONTRACT_IN_FORCE",
    );
    // Settled at its version only, not before it was signed, once.
    let stale = server
        .gql(
            Some(&worker),
            SETTLE,
            json!({ "input": settle(&c["id"], 2, "FULFILLED", today()) }),
        )
        .await;
    assert_eq!(code(&stale), Some("CONFLICT"), "{stale}");
    refused(
        &payload(
            &server,
            &worker,
            "settleSocialContract",
            "contract",
            "id",
            settle(&c["id"], 1, "FULFILLED", days_ago(5)),
        )
        .await,
        "input.settledOn",
        "TOO_EARLY",
    );
    let settled = payload(
        &server,
        &worker,
        "settleSocialContract",
        "contract",
        CONTRACT,
        settle(&c["id"], 1, "PARTLY_FULFILLED", today()),
    )
    .await;
    assert_eq!(settled["userErrors"], json!([]), "{settled}");
    assert_eq!(settled["contract"]["outcome"], "PARTLY_FULFILLED");
    assert_eq!(
        settled["contract"]["settlementNote"],
        "Spłacono połowę zadłużenia"
    );
    assert_eq!(settled["contract"]["version"], 2);
    let stats = statistics(&server, &chair).await;
    let by_outcome = |outcome| {
        figure(
            &stats,
            "social_contracts_settled",
            &[("contract_outcome", outcome)],
        )
    };
    assert_eq!(by_outcome("PARTLY_FULFILLED"), 1);
    assert_eq!(by_outcome("FULFILLED"), 0);
    refused(
        &payload(
            &server,
            &worker,
            "settleSocialContract",
            "contract",
            "id",
            settle(&c["id"], 2, "FULFILLED", today()),
        )
        .await,
        "input.id",
        "ALREADY_SETTLED",
    );

    // A contract past its end and not settled is overdue.
    let late = contract(&server, &worker, id, 3, 0).await;
    assert_eq!(late["userErrors"], json!([]), "{late}");
    let mut past = base.clone();
    past["signedOn"] = json!(days_ago(3).to_string());
    past["endsOn"] = json!(days_ago(1).to_string());
    let overdue = payload(
        &server,
        &worker,
        "concludeSocialContract",
        "contract",
        "overdue",
        past,
    )
    .await;
    assert_eq!(overdue["contract"]["overdue"], true, "{overdue}");
}
on_both!(social_contracts_have_terms_deadlines_and_an_outcome);

/// Help recorded by mistake is withdrawn: it leaves the file and the statistics; withdrawn
/// once; probed as for help that does not exist.
async fn help_recorded_by_mistake_is_withdrawn(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let file = open_file(&server, &worker, json!([])).await;
    let id = file["id"].as_str().unwrap();
    let wrong = payload(
        &server,
        &worker,
        "recordFamilyHelp",
        "help",
        "id kind",
        json!({ "fileId": id, "kind": "SHELTER_PLACEMENT" }),
    )
    .await;
    assert_eq!(wrong["userErrors"], json!([]), "{wrong}");
    let help_id = wrong["help"]["id"].clone();
    let counted = |stats: &Value| {
        figure(
            stats,
            "family_help",
            &[("help", "SHELTER_PLACEMENT"), ("blue_card", "NO")],
        )
    };
    assert_eq!(counted(&statistics(&server, &chair).await), 1);

    const WITHDRAW: &str = "mutation($input: WithdrawFamilyHelpInput!) { withdrawFamilyHelp(input: $input) { file { id } userErrors { code } } }";
    let theirs = server.staff("czestochowa", "pracownik").await;
    for token in [&chair, &theirs] {
        let a = server
            .gql(
                Some(token),
                WITHDRAW,
                json!({ "input": { "fileId": id, "helpId": help_id } }),
            )
            .await;
        let b = server.gql(Some(token), WITHDRAW,
            json!({ "input": { "fileId": random_id("FamilyFile"), "helpId": random_id("FamilyHelp") } })).await;
        assert_eq!(shape(&a), shape(&b), "{a} / {b}");
        assert_eq!(code(&a), Some("NOT_FOUND"), "{a}");
    }
    let done = payload(
        &server,
        &worker,
        "withdrawFamilyHelp",
        "file",
        "help { id }",
        json!({ "fileId": id, "helpId": help_id }),
    )
    .await;
    assert_eq!(done["userErrors"], json!([]), "{done}");
    assert_eq!(done["file"]["help"], json!([]));
    assert_eq!(counted(&statistics(&server, &chair).await), 0);
    let again = server
        .gql(
            Some(&worker),
            WITHDRAW,
            json!({ "input": { "fileId": id, "helpId": help_id } }),
        )
        .await;
    assert_eq!(code(&again), Some("NOT_FOUND"), "{again}");
}
on_both!(help_recorded_by_mistake_is_withdrawn);

/// Rows of zory in every table of family files (for the row-level security test).
pub(crate) async fn rows_in_every_table(server: &Server) {
    let worker = server.staff("zory", "pracownik").await;
    let file = open_file(server, &worker, json!([])).await;
    let id = file["id"].as_str().unwrap();
    let given = help(server, &worker, id, "MEDICAL_HELP", Value::Null, today()).await;
    assert_eq!(given["userErrors"], json!([]), "{given}");
    let made = contract(server, &worker, id, 1, 10).await;
    assert_eq!(made["userErrors"], json!([]), "{made}");
    // Linked to one of the worker's cards (seeded before).
    let cards = ok(
        server,
        &worker,
        "{ blueCards(first: 1) { edges { node { id } } } }",
        json!({}),
    )
    .await;
    let card = cards["blueCards"]["edges"][0]["node"]["id"]
        .as_str()
        .unwrap();
    let linked = payload(
        server,
        &worker,
        "linkFamilyFileToBlueCard",
        "file",
        "id",
        json!({ "fileId": id, "blueCardId": card }),
    )
    .await;
    assert_eq!(linked["userErrors"], json!([]), "{linked}");
}

/// Żory's family file, its help, its contract and its linked card, probed by another
/// municipality's social worker, chair and administrator, a coordinator, an operator and an
/// anonymous caller: every mutation of family files answers exactly as for random IDs (Żory's
/// staff named as workers answer as unknown users), no list shows the file, no ID loads, and
/// nothing the probes sent changed it.
async fn foreign_family_files_answer_like_random_ids(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let ours = user_ids(&server, "zory").await;
    let file = open_file(&server, &worker, json!([ours["czlonek"]])).await;
    let file_id = file["id"].as_str().unwrap().to_owned();
    let given = payload(
        &server,
        &worker,
        "recordFamilyHelp",
        "help",
        "id",
        json!({ "fileId": file_id, "kind": "CONSULTATION", "variant": "LEGAL" }),
    )
    .await;
    let help_id = given["help"]["id"].as_str().unwrap().to_owned();
    let signed = contract(&server, &worker, &file_id, 1, 60).await;
    let contract_id = signed["contract"]["id"].as_str().unwrap().to_owned();
    let card = card_in_diagnosis(&server, &worker, &chair).await.card;
    let linked = payload(
        &server,
        &worker,
        "linkFamilyFileToBlueCard",
        "file",
        "blueCardIds",
        json!({ "fileId": file_id, "blueCardId": card }),
    )
    .await;
    assert_eq!(linked["userErrors"], json!([]), "{linked}");
    let before = node(&server, &worker, &file_id).await;

    let members =
        json!([{ "firstName": "A", "lastName": "B", "bornOn": "1990-01-01", "relation": "matka" }]);
    let inputs = |file: &str,
                  help: &str,
                  contract: &str,
                  card: &str,
                  user: &str|
     -> Vec<(&'static str, Value)> {
        vec![
            (
                "openFamilyFile",
                json!({ "name": "Rodzina", "members": members, "workerIds": [user] }),
            ),
            (
                "recordFamilyHelp",
                json!({ "fileId": file, "kind": "MEDICAL_HELP" }),
            ),
            (
                "linkFamilyFileToBlueCard",
                json!({ "fileId": file, "blueCardId": card }),
            ),
            (
                "updateFamilyFile",
                json!({ "id": file, "version": 1, "name": "Rodzina", "members": members,
                "openedOn": days_ago(1).to_string(), "workerIds": [user] }),
            ),
            (
                "closeFamilyFile",
                json!({ "id": file, "version": 1, "reason": "OTHER" }),
            ),
            (
                "concludeSocialContract",
                json!({ "fileId": file, "endsOn": (today() + chrono::Days::new(30)).to_string(),
                "goals": "x", "familyObligations": "y" }),
            ),
            (
                "settleSocialContract",
                json!({ "id": contract, "version": 1, "outcome": "FULFILLED" }),
            ),
            (
                "withdrawFamilyHelp",
                json!({ "fileId": file, "helpId": help }),
            ),
        ]
    };
    let foreign = inputs(
        &file_id,
        &help_id,
        &contract_id,
        &card,
        &ours["czlonek"].to_string(),
    );
    let random = inputs(
        &random_id("FamilyFile"),
        &random_id("FamilyHelp"),
        &random_id("SocialContract"),
        &random_id("BlueCard"),
        &random_id("User"),
    );
    let outsiders = [
        Some(server.staff("czestochowa", "pracownik").await),
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
            .gql(
                token,
                "{ familyFiles { edges { node { id } } } }",
                json!({}),
            )
            .await;
        assert!(!list.to_string().contains(&file_id), "{list}");
        for id in [&file_id, &help_id, &contract_id] {
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
    // Nothing the probes sent reached Żory's file (the outsiders' own new files aside).
    assert_eq!(node(&server, &worker, &file_id).await, before);
}
on_both!(foreign_family_files_answer_like_random_ids);

/// Samples of family files' node type for `every_registered_node_type_round_trips`.
pub async fn samples(
    server: &Server,
    samples: &mut std::collections::HashMap<&str, (String, String)>,
) {
    let worker = server.staff("zory", "pracownik").await;
    let file = open_file(server, &worker, json!([])).await;
    samples.insert(
        "FamilyFile",
        (file["id"].as_str().unwrap().to_owned(), worker),
    );
}

/// Root fields of family files, probed above.
pub const COVERED: &[&str] = &[
    "Query.familyFiles",
    "Mutation.openFamilyFile",
    "Mutation.recordFamilyHelp",
    "Mutation.linkFamilyFileToBlueCard",
    "Mutation.updateFamilyFile",
    "Mutation.closeFamilyFile",
    "Mutation.concludeSocialContract",
    "Mutation.settleSocialContract",
    "Mutation.withdrawFamilyHelp",
];
