//! Programme referrals of a card's action plan (NK-D): the card's diagnostic group enrols the
//! perpetrator in an edition of the programme the plan names (on the waiting list when it is
//! full), the plan item follows the enrolment (in progress, done, abandoned), and the group
//! sees the outcome on the card. Need to know: the people running the edition see the
//! participant, never the card; the group sees the outcome, never the programme's record;
//! anyone who may not see the card is answered as for a card that does not exist.

use serde_json::{json, Value};

use crate::cases::{card_in_diagnosis, days_ago, ok, step, today};
use crate::harness::{demo, Backend, Server};
use crate::on_both;
use crate::programmes::{
    enrol, payload, programme_with_edition, random_id, refused, session, shape, ENROLMENT,
};

const REFERRAL: &str = "planItemId personId status consentOn enrolledAt finishedOn dropOutReason \
    edition { id place programme { name } }";

/// The text of a PDF the API sent in base64, as `pdftotext` reads it, whitespace folded.
pub(crate) fn pdf_text(base64: &Value) -> String {
    use base64::Engine;
    use std::io::Write;
    use std::process::{Command, Stdio};
    let pdf = base64::engine::general_purpose::STANDARD
        .decode(base64.as_str().unwrap())
        .unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let mut child = Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("pdftotext (scripts/services.sh: ensure_pdftotext)");
    child.stdin.take().unwrap().write_all(&pdf).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The card's action plan items (id, kind, status, version) and its perpetrator's ID.
async fn action_plan(server: &Server, token: &str, card: &str) -> (Vec<Value>, String) {
    let data = ok(
        server,
        token,
        "query($id: ID!) { node(id: $id) { ... on BlueCard { actionPlan { id kind status version followsEnrolment } persons { id role } } } }",
        json!({ "id": card }),
    )
    .await;
    let perpetrator = data["node"]["persons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["role"] == "PERPETRATOR")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    (
        data["node"]["actionPlan"].as_array().unwrap().clone(),
        perpetrator,
    )
}

fn item_status(plan: &[Value], id: &str) -> String {
    plan.iter().find(|i| i["id"] == id).unwrap()["status"]
        .as_str()
        .unwrap()
        .to_owned()
}

async fn from_referral(server: &Server, token: &str, input: Value) -> Value {
    payload(
        server,
        token,
        "enrolFromReferral",
        "referral",
        REFERRAL,
        input,
    )
    .await
}

async fn referrals(server: &Server, token: &str, card: &str) -> Value {
    server
        .gql(
            Some(token),
            &format!("query($id: ID!) {{ programmeReferrals(cardId: $id) {{ {REFERRAL} }} }}"),
            json!({ "id": card }),
        )
        .await
}

/// A Żory card in diagnosis whose NK-D refers the perpetrator to a corrective-educational
/// programme: (card, referral item, other action item, perpetrator, victim).
async fn referred_card(
    server: &Server,
    worker: &str,
    chair: &str,
) -> (String, String, String, String, String) {
    let ids = card_in_diagnosis(server, worker, chair).await;
    let (_, perpetrator) = action_plan(server, worker, &ids.card).await;
    let c = step(
        server,
        worker,
        "fillPerpetratorForm",
        json!({ "id": ids.card, "version": 5, "personId": perpetrator, "diagnosis": "Nadużywa alkoholu.",
                "actionPlan": [
                    { "kind": "PROGRAMME_REFERRAL", "programme": "CORRECTIVE_EDUCATIONAL",
                      "description": "Skierowanie do programu korekcyjno-edukacyjnego" },
                    { "kind": "ACTION", "description": "Terapia uzależnień" }
                ] }),
    )
    .await;
    let victim = c["persons"][0]["id"].as_str().unwrap().to_owned();
    let (plan, _) = action_plan(server, worker, &ids.card).await;
    let of = |kind: &str| {
        plan.iter().find(|i| i["kind"] == kind).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    (
        ids.card,
        of("PROGRAMME_REFERRAL"),
        of("ACTION"),
        perpetrator,
        victim,
    )
}

async fn a_referral_runs_to_its_outcome_on_the_card(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let runner = server.staff("zory", "czlonek").await;
    let admin = server.staff("zory", "admin").await;
    let users = crate::intake::user_ids(&server, "zory").await;
    let (card, item, action, perpetrator, victim) = referred_card(&server, &worker, &chair).await;
    // One place, taken by someone enrolled directly: the referral waits.
    let (_, edition) = programme_with_edition(&server, "zory", 1).await;
    let direct = enrol(&server, &runner, &edition, "Bezpośredni").await;
    let input = |item: &str, person: &str, edition: &str| {
        json!({ "planItemId": item, "personId": person, "editionId": edition,
                "consentOn": days_ago(1).to_string() })
    };

    // Bad input: refused on its field, nothing written.
    let pt = payload(
        &server,
        &admin,
        "createProgramme",
        "programme",
        "id",
        json!({ "type": "PSYCHOLOGICAL_THERAPEUTIC", "name": "Program psychologiczno-terapeutyczny",
                "provider": "Poradnia", "requiredHours": 10 }),
    )
    .await;
    let pt_edition = payload(
        &server,
        &admin,
        "createProgrammeEdition",
        "edition",
        "id",
        json!({ "programmeId": pt["programme"]["id"], "startsOn": today().to_string(),
                "endsOn": today().to_string(), "place": "Poradnia", "capacity": 5,
                "staff": [{ "userId": users["czlonek"], "qualifications": "Psychoterapeuta" }] }),
    )
    .await;
    let pt_edition = pt_edition["edition"]["id"].as_str().unwrap().to_owned();
    refused(
        &from_referral(&server, &worker, input(&item, &perpetrator, &pt_edition)).await,
        "input.editionId",
        "WRONG_PROGRAMME",
    );
    refused(
        &from_referral(&server, &worker, input(&action, &perpetrator, &edition)).await,
        "input.planItemId",
        "NOT_A_REFERRAL",
    );
    refused(
        &from_referral(&server, &worker, input(&item, &victim, &edition)).await,
        "input.personId",
        "NOT_A_PERPETRATOR",
    );
    let mut no_consent = input(&item, &perpetrator, &edition);
    no_consent["consentOn"] = Value::Null;
    refused(
        &from_referral(&server, &worker, no_consent).await,
        "input.consentOn",
        "CONSENT_REQUIRED",
    );
    let (plan, _) = action_plan(&server, &worker, &card).await;
    assert_eq!(item_status(&plan, &item), "PLANNED");
    assert_eq!(
        referrals(&server, &worker, &card).await["data"]["programmeReferrals"],
        json!([])
    );

    // Who may not see the card (the people running the edition, the administrator, another
    // municipality) is answered as for a plan item or card that does not exist.
    let unknown = input(&random_id("PlanItem"), &perpetrator, &edition);
    let theirs = server.staff("czestochowa", "przewodniczacy").await;
    for token in [&runner, &admin, &theirs] {
        let query = "mutation($input: EnrolFromReferralInput!) { enrolFromReferral(input: $input) { userErrors { code } } }";
        let a = server
            .gql(
                Some(token),
                query,
                json!({ "input": input(&item, &perpetrator, &edition) }),
            )
            .await;
        let b = server
            .gql(Some(token), query, json!({ "input": unknown }))
            .await;
        assert_eq!(shape(&a), shape(&b), "{a} / {b}");
        assert_eq!(crate::harness::code(&a), Some("NOT_FOUND"), "{a}");
        let a = referrals(&server, token, &card).await;
        let b = referrals(&server, token, &random_id("BlueCard")).await;
        assert_eq!(shape(&a), shape(&b), "{a} / {b}");
    }

    // The group enrols the perpetrator: the edition is full, so on its waiting list; the plan
    // item is in progress. Once is enough.
    let done = from_referral(&server, &worker, input(&item, &perpetrator, &edition)).await;
    assert_eq!(done["userErrors"], json!([]), "{done}");
    let referral = &done["referral"];
    assert_eq!(referral["status"], "WAITING");
    assert_eq!(referral["planItemId"], item.as_str());
    assert_eq!(referral["personId"], perpetrator.as_str());
    assert_eq!(referral["edition"]["id"], edition.as_str());
    let (plan, _) = action_plan(&server, &worker, &card).await;
    assert_eq!(item_status(&plan, &item), "IN_PROGRESS");
    refused(
        &from_referral(&server, &worker, input(&item, &perpetrator, &edition)).await,
        "input.planItemId",
        "ALREADY_ENROLLED",
    );
    // While the enrolment waits or takes part, the item's status follows it, not the group's
    // hand; its description may still change.
    let followed = plan.iter().find(|i| i["id"] == item).unwrap().clone();
    assert_eq!(followed["followsEnrolment"], true, "{followed}");
    let by_hand = payload(
        &server,
        &worker,
        "updatePlanItem",
        "planItem",
        "status version",
        json!({ "id": item, "version": followed["version"], "status": "DONE" }),
    )
    .await;
    refused(&by_hand, "input.status", "FOLLOWS_ENROLMENT");
    let described = payload(&server, &worker, "updatePlanItem", "planItem", "status version",
        json!({ "id": item, "version": followed["version"], "description": "Udział w programie KE (edycja jesienna)." })).await;
    assert_eq!(described["userErrors"], json!([]), "{described}");

    // The people running the edition see the participant, copied from the card, with the
    // basis of a referral; the card stays closed to them.
    let data = ok(&server, &runner,
        &format!("query($id: ID!) {{ node(id: $id) {{ ... on ProgrammeEdition {{ enrolments {{ {ENROLMENT} }} }} }} }}"),
        json!({ "id": edition })).await;
    let enrolments = data["node"]["enrolments"].as_array().unwrap().clone();
    let referred = enrolments
        .iter()
        .find(|e| e["basis"] == "REFERRAL")
        .unwrap()
        .clone();
    assert_eq!(referred["participant"]["firstName"], "Jan");
    assert_eq!(referred["participant"]["lastName"], "Kowalski");
    assert_eq!(referred["status"], "WAITING");
    let seen = server
        .gql(
            Some(&runner),
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": card }),
        )
        .await;
    assert!(seen["data"]["node"].is_null(), "{seen}");

    // The place frees, the referred person is admitted, attends and completes: the item is
    // done, and the group and the chair see the outcome.
    let dropped = payload(
        &server,
        &runner,
        "dropOutOfProgramme",
        "enrolment",
        "status",
        json!({ "id": direct["id"], "version": direct["version"], "reason": "RESIGNED" }),
    )
    .await;
    assert_eq!(dropped["userErrors"], json!([]), "{dropped}");
    let admitted = payload(
        &server,
        &runner,
        "admitFromWaitingList",
        "enrolment",
        ENROLMENT,
        json!({ "id": referred["id"], "version": referred["version"] }),
    )
    .await;
    assert_eq!(admitted["userErrors"], json!([]), "{admitted}");
    let (plan, _) = action_plan(&server, &worker, &card).await;
    assert_eq!(item_status(&plan, &item), "IN_PROGRESS");
    for ago in [3, 2] {
        let held = session(
            &server,
            &runner,
            &edition,
            days_ago(ago),
            json!([{ "enrolmentId": referred["id"], "presence": "PRESENT" }]),
        )
        .await;
        assert_eq!(held["userErrors"], json!([]), "{held}");
    }
    let completed = payload(
        &server,
        &runner,
        "completeProgramme",
        "enrolment",
        "status",
        json!({ "id": referred["id"], "version": admitted["enrolment"]["version"] }),
    )
    .await;
    assert_eq!(completed["enrolment"]["status"], "COMPLETED", "{completed}");
    let (plan, _) = action_plan(&server, &worker, &card).await;
    assert_eq!(item_status(&plan, &item), "DONE");
    assert_eq!(
        plan.iter().find(|i| i["id"] == item).unwrap()["followsEnrolment"],
        false
    );
    // One plan item's referrals only, when asked so (documents are asked for one item at a
    // time); another item has none.
    for (plan_item, expected) in [(item.to_string(), 1), (random_id("PlanItem"), 0)] {
        let found = ok(&server, &worker,
            "query($c: ID!, $i: ID!) { programmeReferrals(cardId: $c, planItemId: $i) { planItemId } }",
            json!({ "c": card, "i": plan_item })).await;
        assert_eq!(
            found["programmeReferrals"].as_array().unwrap().len(),
            expected,
            "{found}"
        );
    }
    for token in [&worker, &chair] {
        let seen = referrals(&server, token, &card).await;
        assert!(seen["errors"].is_null(), "{seen}");
        let outcome = &seen["data"]["programmeReferrals"][0];
        assert_eq!(outcome["status"], "COMPLETED", "{seen}");
        assert_eq!(outcome["finishedOn"], today().to_string());
        assert_eq!(
            outcome["edition"]["programme"]["name"],
            "Program korekcyjno-edukacyjny"
        );
    }
    refused(
        &from_referral(&server, &worker, input(&item, &perpetrator, &edition)).await,
        "input.planItemId",
        "ALREADY_DONE",
    );

    // The certificate and the notice to the group, as PDF in Polish, for the group and for the
    // people running the edition.
    let papers = ok(&server, &worker,
        "query($id: ID!) { programmeReferrals(cardId: $id) { certificate { fileName mediaType base64 } notice { fileName base64 } } }",
        json!({ "id": card })).await;
    let papers = &papers["programmeReferrals"][0];
    assert_eq!(papers["certificate"]["mediaType"], "application/pdf");
    assert_eq!(
        papers["certificate"]["fileName"],
        format!("zaswiadczenie-o-ukonczeniu-programu-{}.pdf", today())
    );
    let certificate = pdf_text(&papers["certificate"]["base64"]);
    assert!(
        certificate.contains("Dz.U. z 2023 r. poz. 1164"),
        "{certificate}"
    );
    for words in [
        "ZAŚWIADCZENIE",
        "Zaświadcza się, że",
        "Jan Kowalski",
        "ukończył(a) program Program korekcyjno-edukacyjny",
        "Rodzaj programu program korekcyjno-edukacyjny",
        "Ośrodek Interwencji Kryzysowej",
        "obecność na zajęciach: 2",
        "Szkolenie KE, 120 godzin",
    ] {
        assert!(certificate.contains(words), "{words}: {certificate}");
    }
    let notice = pdf_text(&papers["notice"]["base64"]);
    for words in [
        "Informacja o udziale w programie",
        "Zespół Interdyscyplinarny",
        "Jan Kowalski",
        &format!("ukończyła program w dniu {}", today().format("%d.%m.%Y")),
        "Podstawa udziału skierowanie",
    ] {
        assert!(notice.contains(words), "{words}: {notice}");
    }
    let staff_papers = ok(&server, &runner,
        "query($id: ID!) { node(id: $id) { ... on ProgrammeEnrolment { certificate { base64 } notice { base64 } } } }",
        json!({ "id": referred["id"] })).await;
    assert!(pdf_text(&staff_papers["node"]["certificate"]["base64"]).contains("Jan Kowalski"));
    // A request makes at most four documents: one asking for more is refused past the fourth.
    let many = server.gql(Some(&runner),
        "query($id: ID!) { node(id: $id) { ... on ProgrammeEnrolment { a: certificate { fileName } b: notice { fileName } c: certificate { fileName } d: notice { fileName } e: certificate { fileName } } } }",
        json!({ "id": referred["id"] })).await;
    let codes: Vec<&str> = many["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["extensions"]["code"].as_str())
        .collect();
    assert_eq!(codes, ["BAD_USER_INPUT"], "{many}");
    // Enrolled directly and dropped out: there is no group to tell, so no notice.
    let direct_papers = ok(&server, &runner,
        "query($id: ID!) { node(id: $id) { ... on ProgrammeEnrolment { availableDocuments notice { base64 } } } }",
        json!({ "id": direct["id"] })).await;
    assert_eq!(direct_papers["node"]["availableDocuments"], json!([]));
    assert!(direct_papers["node"]["notice"].is_null());

    // A second referral, dropped out of: the item is abandoned, with the reason on the card.
    let added = ok(&server, &worker,
        "mutation($input: AddPlanItemInput!) { addPlanItem(input: $input) { planItem { id } userErrors { code } } }",
        json!({ "input": { "blueCardId": card, "plan": "ACTION_PLAN", "kind": "PROGRAMME_REFERRAL",
                            "programme": "CORRECTIVE_EDUCATIONAL", "description": "Ponowne skierowanie" } })).await;
    let second = added["addPlanItem"]["planItem"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let again = from_referral(&server, &chair, input(&second, &perpetrator, &edition)).await;
    assert_eq!(again["referral"]["status"], "ENROLLED", "{again}");
    let data = ok(&server, &runner,
        &format!("query($id: ID!) {{ node(id: $id) {{ ... on ProgrammeEdition {{ enrolments {{ {ENROLMENT} }} }} }} }}"),
        json!({ "id": edition })).await;
    let enrolled = data["node"]["enrolments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["status"] == "ENROLLED")
        .unwrap()
        .clone();
    let gone = payload(
        &server,
        &runner,
        "dropOutOfProgramme",
        "enrolment",
        "status",
        json!({ "id": enrolled["id"], "version": enrolled["version"], "reason": "ABSENCES" }),
    )
    .await;
    assert_eq!(gone["userErrors"], json!([]), "{gone}");
    let (plan, _) = action_plan(&server, &worker, &card).await;
    assert_eq!(item_status(&plan, &second), "ABANDONED");
    assert_eq!(item_status(&plan, &item), "DONE");
    let seen = referrals(&server, &worker, &card).await;
    let outcomes = seen["data"]["programmeReferrals"].as_array().unwrap();
    assert_eq!(outcomes.len(), 2, "{seen}");
    assert_eq!(outcomes[0]["planItemId"], second.as_str());
    assert_eq!(outcomes[0]["status"], "DROPPED_OUT");
    assert_eq!(outcomes[0]["dropOutReason"], "ABSENCES");
    // A drop-out has the notice, with its reason, and no certificate.
    let papers = ok(&server, &worker,
        "query($id: ID!) { programmeReferrals(cardId: $id) { certificate { base64 } notice { base64 } } }",
        json!({ "id": card })).await;
    assert!(papers["programmeReferrals"][0]["certificate"].is_null());
    let notice = pdf_text(&papers["programmeReferrals"][0]["notice"]["base64"]);
    assert!(notice.contains("przerwała udział w programie"), "{notice}");
    assert!(notice.contains("Dz.U. z 2023 r. poz. 1164"), "{notice}");
    assert!(notice.contains("Powód przerwania nieobecności"), "{notice}");

    // After the outcome, still nothing for anyone who may not see the card.
    for token in [&runner, &admin, &theirs] {
        let a = referrals(&server, token, &card).await;
        let b = referrals(&server, token, &random_id("BlueCard")).await;
        assert_eq!(shape(&a), shape(&b), "{a} / {b}");
    }
    // Nor for callers who are no municipality's staff: a coordinator, an operator, anyone.
    let coordinator = server.coordinator().await;
    let operator = server.operator().await;
    let enrolment = "mutation($input: EnrolFromReferralInput!) { enrolFromReferral(input: $input) { userErrors { code } } }";
    let outcomes =
        format!("query($id: ID!) {{ programmeReferrals(cardId: $id) {{ {REFERRAL} }} }}");
    for token in [Some(coordinator.as_str()), Some(operator.as_str()), None] {
        let a = server.gql(token, &outcomes, json!({ "id": card })).await;
        let b = server
            .gql(token, &outcomes, json!({ "id": random_id("BlueCard") }))
            .await;
        assert_eq!(shape(&a), shape(&b), "{a} / {b}");
        assert!(crate::harness::code(&a).is_some(), "{a}");
        let a = server
            .gql(
                token,
                enrolment,
                json!({ "input": input(&item, &perpetrator, &edition) }),
            )
            .await;
        let b = server
            .gql(token, enrolment, json!({ "input": unknown }))
            .await;
        assert_eq!(shape(&a), shape(&b), "{a} / {b}");
        assert!(crate::harness::code(&a).is_some(), "{a}");
    }
}
on_both!(a_referral_runs_to_its_outcome_on_the_card);

/// Root fields of referrals, probed above.
pub const COVERED: &[&str] = &["Query.programmeReferrals", "Mutation.enrolFromReferral"];

/// Moves the editions made by `programme_with_edition` (its place) to a month that ended
/// yesterday, as the server's own role on SQLite (no row-level security there) and as the
/// superuser on PostgreSQL: setting up a past the API cannot make, not a test of isolation.
async fn end_editions_yesterday(db: &crate::harness::TestDb, backend: Backend) {
    use sea_orm::{ConnectionTrait, Statement};
    let conn = match backend {
        Backend::Postgres => db.connect_as_superuser().await,
        Backend::Sqlite => db.connect_as_app().await,
    };
    let sql = format!(
        "UPDATE programmes_editions SET starts_on = '{}', ends_on = '{}' WHERE place = 'ul. Szkolna 2, sala 4'",
        days_ago(31),
        days_ago(1)
    );
    let done = conn
        .execute_raw(Statement::from_string(conn.get_database_backend(), sql))
        .await
        .unwrap();
    assert_eq!(done.rows_affected(), 1);
}

/// The referred person still waits when the edition ends: the worker closes the waiting list,
/// the person was not admitted (no certificate, no notice), the plan item is planned again and
/// no longer follows an enrolment, and the group enrols the person in another edition.
async fn a_waiting_list_closes_when_its_edition_ends(backend: Backend) {
    let (db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let runner = server.staff("zory", "czlonek").await;
    let (card, item, _, perpetrator, _) = referred_card(&server, &worker, &chair).await;
    let (_, edition) = programme_with_edition(&server, "zory", 1).await;
    enrol(&server, &runner, &edition, "Bezpośredni").await;
    let input = |edition: &str| {
        json!({ "planItemId": item, "personId": perpetrator, "editionId": edition,
                "consentOn": days_ago(1).to_string() })
    };
    let waiting = from_referral(&server, &worker, input(&edition)).await;
    assert_eq!(waiting["referral"]["status"], "WAITING", "{waiting}");
    let counts = |token: &str| {
        let server = &server;
        let edition = edition.clone();
        let token = token.to_owned();
        async move {
            ok(server, &token,
                "query($id: ID!) { node(id: $id) { ... on ProgrammeEdition { counts { enrolled waiting notAdmitted } } } }",
                json!({ "id": edition })).await["node"]["counts"].clone()
        }
    };

    // While the edition runs, the worker leaves the waiting list alone.
    let run = server.cli(&["worker", "--once"]).await;
    assert!(run.status.success(), "{run:?}");
    assert_eq!(
        referrals(&server, &worker, &card).await["data"]["programmeReferrals"][0]["status"],
        "WAITING"
    );

    // The edition ended yesterday, no place having freed.
    end_editions_yesterday(&db, backend).await;
    let run = server.cli(&["worker", "--once"]).await;
    assert!(run.status.success(), "{run:?}");
    let seen = ok(&server, &worker,
        &format!("query($id: ID!) {{ programmeReferrals(cardId: $id) {{ {REFERRAL} certificate {{ base64 }} notice {{ base64 }} }} }}"),
        json!({ "id": card })).await;
    let outcome = &seen["programmeReferrals"][0];
    assert_eq!(outcome["status"], "NOT_ADMITTED", "{seen}");
    assert_eq!(outcome["finishedOn"], days_ago(1).to_string());
    assert!(outcome["certificate"].is_null() && outcome["notice"].is_null());
    let (plan, _) = action_plan(&server, &worker, &card).await;
    let referral = plan.iter().find(|i| i["id"] == item).unwrap();
    assert_eq!(referral["status"], "PLANNED", "{referral}");
    assert_eq!(referral["followsEnrolment"], false, "{referral}");
    // The people running the edition see who was not admitted, and it is counted.
    assert_eq!(
        counts(&runner).await,
        json!({ "enrolled": 1, "waiting": 0, "notAdmitted": 1 })
    );
    let period = json!({ "p": format!("{}", days_ago(1).format("%Y-%m")) });
    let stats = ok(&server, &chair, crate::statistics::STATS, period).await;
    assert_eq!(
        crate::statistics::figure(
            &stats,
            "programme_outcomes",
            &[
                ("programme_type", "CORRECTIVE_EDUCATIONAL"),
                ("outcome", "NOT_ADMITTED")
            ]
        ),
        1
    );

    // The group acts on the referral again, in another edition; the next run changes nothing.
    let (_, next) = programme_with_edition(&server, "zory", 5).await;
    let again = from_referral(&server, &worker, input(&next)).await;
    assert_eq!(again["userErrors"], json!([]), "{again}");
    assert_eq!(again["referral"]["status"], "ENROLLED");
    let run = server.cli(&["worker", "--once"]).await;
    assert!(run.status.success(), "{run:?}");
    let (plan, _) = action_plan(&server, &worker, &card).await;
    assert_eq!(item_status(&plan, &item), "IN_PROGRESS");
    let statuses: Vec<Value> = referrals(&server, &worker, &card).await["data"]
        ["programmeReferrals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["status"].clone())
        .collect();
    assert_eq!(statuses, vec![json!("ENROLLED"), json!("NOT_ADMITTED")]);
}
on_both!(a_waiting_list_closes_when_its_edition_ends);
