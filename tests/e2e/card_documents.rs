//! The Blue Card documents as PDF: each form as filled, NK-B with the municipality's help
//! points, the notices and the closure protocol. Their text (read back with `pdftotext`) holds
//! the filled values with their Polish letters; a document is made only for a card and a form
//! the reader may read, and each one is in the audit trail with its form.

use serde_json::{json, Value};

use crate::cases::{days_ago, member_ids, nk_a, ok, open, step, today};
use crate::harness::{code, demo, Backend, Server};
use crate::on_both;
use crate::programme_referrals::pdf_text;

const FORMS: &str = "query($id: ID!) { node(id: $id) { ... on BlueCard { forms { id kind } } } }";
const FORM_DOCUMENT: &str =
    "query CardFormDocument($id: ID!, $formId: ID!) { node(id: $id) { ... on BlueCard { \
    formDocument(formId: $formId) { fileName mediaType base64 } } } }";

async fn forms(server: &Server, token: &str, card: &str) -> Vec<(String, String)> {
    ok(server, token, FORMS, json!({ "id": card })).await["node"]["forms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["kind"].as_str().unwrap().to_owned(),
                f["id"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn id_of(forms: &[(String, String)], kind: &str) -> String {
    forms.iter().find(|(k, _)| k == kind).unwrap().1.clone()
}

async fn document(server: &Server, token: &str, card: &str, form: &str) -> (Value, String) {
    let data = ok(
        server,
        token,
        FORM_DOCUMENT,
        json!({ "id": card, "formId": form }),
    )
    .await;
    let file = data["node"]["formDocument"].clone();
    assert_eq!(file["mediaType"], "application/pdf");
    let text = pdf_text(&file["base64"]);
    (file, text)
}

async fn the_forms_print_as_filled_for_those_who_may_read_them(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let teacher = server.staff("zory", "czlonek").await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;

    // A teacher files the NK-A; the group (a social worker and an officer) fills NK-C, tells
    // the perpetrator and closes the procedure as unfounded.
    let mut form = nk_a(days_ago(2));
    form["initiatorInstitution"] = json!("EDUCATION");
    let id = open(&server, &teacher, form).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    step(
        &server,
        &teacher,
        "forwardBlueCardToChair",
        json!({ "id": id, "version": 1 }),
    )
    .await;
    let members = member_ids(&server, &chair).await;
    step(
        &server,
        &chair,
        "setUpDiagnosticGroup",
        json!({ "id": id, "version": 2, "memberIds": [members["pracownik"], members["policjant"]] }),
    )
    .await;
    let c = step(
        &server,
        &worker,
        "recordGroupMeeting",
        json!({ "id": id, "version": 3 }),
    )
    .await;
    let person = |role: &str| {
        c["persons"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["role"] == role)
            .unwrap()["id"]
            .clone()
    };
    step(
        &server,
        &worker,
        "fillVictimForm",
        json!({ "id": id, "version": 4, "personId": person("VICTIM"),
                "diagnosis": "Przemoc psychiczna i fizyczna; poczucie zagrożenia.",
                "helpPlan": [{ "description": "Plan bezpieczeństwa z dzielnicowym" }] }),
    )
    .await;
    step(
        &server,
        &worker,
        "recordPerpetratorNotice",
        json!({ "id": id, "version": 5, "personId": person("PERPETRATOR"), "way": "THROUGH_POLICE" }),
    )
    .await;
    step(
        &server,
        &worker,
        "closeBlueCard",
        json!({ "id": id, "version": 6, "ground": "UNFOUNDED",
                "resultReport": "Rodzina przyjęła wsparcie; zgłoszenie się nie potwierdziło.",
                "basis": "Żadne z zebranych informacji nie wskazuje na przemoc domową." }),
    )
    .await;
    let all = forms(&server, &worker, &id).await;

    // NK-A as the teacher filled it: the persons with their data, Polish letters included.
    let (file, text) = document(&server, &worker, &id, &id_of(&all, "NK_A")).await;
    assert_eq!(
        file["fileName"],
        format!("niebieska-karta-a-{}.pdf", days_ago(2))
    );
    for expected in [
        "Formularz „Niebieska Karta – A”",
        "I. Osoba wypełniająca formularz",
        "Oświata",
        "II. Osoby doznające przemocy domowej",
        "Anna Kowalska, ur. 12.03.1985",
        "adres: ul. Rybnicka 1, Żory",
        "III. Osoby stosujące przemoc domową",
        "Jan Kowalski",
        "zasinienie przedramienia",
        "Przemoc fizyczna, Przemoc psychiczna",
        "tak — Anna Kowalska",
        "Interwencja domowa po zgłoszeniu sąsiadki.",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    // NK-C with its diagnosis and the help plan.
    let (_, text) = document(&server, &worker, &id, &id_of(&all, "NK_C")).await;
    for expected in [
        "Formularz „Niebieska Karta – C”",
        "Przemoc psychiczna i fizyczna; poczucie zagrożenia.",
        "Plan bezpieczeństwa z dzielnicowym",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    // The notice, addressed to the perpetrator.
    let (_, text) = document(&server, &worker, &id, &id_of(&all, "PERPETRATOR_NOTICE")).await;
    for expected in [
        "Zawiadomienie o wszczęciu procedury „Niebieskie Karty”",
        "Jan Kowalski",
        &format!("w dniu {}", days_ago(2).format("%d.%m.%Y")),
        "ani osoby stosującej przemoc domową",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    // The letter leaves the team: it holds no delivery record and no internal note.
    assert!(!text.contains("Za pośrednictwem policji"), "{text}");
    // The closure protocol, with the report, the basis and the group.
    let (_, text) = document(&server, &chair, &id, &id_of(&all, "CLOSURE")).await;
    for expected in [
        "Protokół zakończenia procedury „Niebieskie Karty”",
        "art. 9h ust. 1 pkt 2",
        &format!("Data zakończenia {}", today().format("%d.%m.%Y")),
        "Rodzina przyjęła wsparcie; zgłoszenie się nie potwierdziło.",
        "Żadne z zebranych informacji nie wskazuje na przemoc domową.",
        "Skład grupy diagnostyczno-pomocowej",
        "Przewodniczący(-a) zespołu interdyscyplinarnego",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    // The group as it was at closure, whenever it is printed: an officer who leaves the team
    // afterwards (and so the group) is still named on it.
    assert!(text.contains("Piotr Grabowski"), "{text}");
    let admin = server.staff("zory", "admin").await;
    let team = ok(
        &server,
        &admin,
        "{ teams { members { id version displayName } } }",
        json!({}),
    )
    .await;
    let officer = team["teams"][0]["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["displayName"] == "Piotr Grabowski")
        .unwrap()
        .clone();
    let ended = ok(
        &server,
        &admin,
        "mutation($input: EndTeamMembershipInput!) { endTeamMembership(input: $input) { \
         userErrors { code } } }",
        json!({ "input": { "id": officer["id"], "version": officer["version"], "reason": "zmiana pracy" } }),
    )
    .await;
    assert_eq!(ended["endTeamMembership"]["userErrors"], json!([]));
    let (_, again) = document(&server, &chair, &id, &id_of(&all, "CLOSURE")).await;
    assert!(again.contains("Piotr Grabowski"), "{again}");

    // NK-B with Żory's help points and the national helplines.
    let data = ok(
        &server,
        &teacher,
        "query($id: ID!) { node(id: $id) { ... on BlueCard { nkBLeaflet { fileName base64 } } } }",
        json!({ "id": id }),
    )
    .await;
    let text = pdf_text(&data["node"]["nkBLeaflet"]["base64"]);
    for expected in [
        "Formularz „Niebieska Karta – B”",
        "Informacje dla osoby doznającej przemocy domowej",
        "Zespół ds. Przeciwdziałania Przemocy w Rodzinie — MOPS w Żorach",
        "ul. Boryńska 13, 44-240 Żory",
        "Niebieska Linia",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }

    // The teacher filed the NK-A and is not in the group: NK-A prints for her, the group's
    // forms do not exist for her, whatever their ID.
    let (_, text) = document(&server, &teacher, &id, &id_of(&all, "NK_A")).await;
    assert!(text.contains("Anna Kowalska"));
    for kind in ["NK_C", "PERPETRATOR_NOTICE", "CLOSURE"] {
        let body = server
            .gql(
                Some(&teacher),
                FORM_DOCUMENT,
                json!({ "id": id, "formId": id_of(&all, kind) }),
            )
            .await;
        assert_eq!(code(&body), Some("NOT_FOUND"), "{kind}: {body}");
    }
    // Another member of the team and another municipality's chair find no card at all.
    for outsider in [
        server.staff("zory", "lekarz").await,
        server.staff("czestochowa", "przewodniczacy").await,
    ] {
        let body = server
            .gql(
                Some(&outsider),
                FORM_DOCUMENT,
                json!({ "id": id, "formId": id_of(&all, "NK_A") }),
            )
            .await;
        assert_eq!(body["data"]["node"], Value::Null, "{body}");
    }
    // A form of this card asked through another card is not found either.
    let other = open(&server, &worker, nk_a(days_ago(1))).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let body = server
        .gql(
            Some(&worker),
            FORM_DOCUMENT,
            json!({ "id": other, "formId": id_of(&all, "NK_A") }),
        )
        .await;
    assert_eq!(code(&body), Some("NOT_FOUND"), "{body}");

    // Each document is in the audit trail with its form.
    let dpo = server.staff("zory", "iod").await;
    let trail = ok(
        &server,
        &dpo,
        "{ auditEvents(first: 100) { edges { node { actorLogin objectIds } } } }",
        json!({}),
    )
    .await;
    let printed_by = |login: &str, kind: &str| {
        let form = json!(id_of(&all, kind));
        trail["auditEvents"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| {
                e["node"]["actorLogin"] == login
                    && e["node"]["objectIds"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|o| o == &form)
            })
    };
    assert!(printed_by("pracownik", "NK_C"), "{trail}");
    assert!(printed_by("przewodniczacy", "CLOSURE"), "{trail}");
    assert!(!printed_by("czlonek", "NK_C"), "{trail}");
}

on_both!(the_forms_print_as_filled_for_those_who_may_read_them);
