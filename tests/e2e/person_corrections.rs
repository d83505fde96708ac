//! Correcting a person after NK-A (GDPR art. 16): by those who may change the card, on its
//! version (a stale one is CONFLICT), the law's checks as on the form (a PESEL must agree with
//! the date of birth and sex), the earlier values kept sealed in the card's history, the
//! search following the new name, every correction audited, and nothing for an outsider.

use serde_json::{json, Value};

use crate::cases::{days_ago, nk_a, ok, open, pesel, victim_pesel};
use crate::harness::{code, demo, Backend};
use crate::on_both;
use kernel::pesel::Sex;

const CORRECT: &str =
    "mutation($input: CorrectBlueCardPersonInput!) { correctBlueCardPerson(input: $input) { \
    blueCard { id version persons { id firstName lastName pesel dateOfBirth sex address phone } \
      history { step } \
      personCorrections { personId correctedByName changes { field earlier } } } \
    userErrors { field code message } } }";

const CARD: &str = "query($id: ID!) { node(id: $id) { ... on BlueCard { id version \
    persons { id role firstName lastName pesel dateOfBirth sex address phone } \
    personCorrections { personId correctedAt correctedByName changes { field earlier } } } } }";

const SEARCH: &str =
    "query($s: String!) { blueCards(first: 50, filter: { search: $s }) { edges { node { id } } } }";

/// The card's first person of `role`.
fn person_with_role(card: &Value, role: &str) -> Value {
    card["persons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["role"] == role)
        .unwrap()
        .clone()
}

/// The victim as the form gave her, with `changes` applied.
fn victim(person: &Value, version: &Value, changes: Value) -> Value {
    let mut input = json!({
        "id": person["id"],
        "version": version,
        "firstName": person["firstName"],
        "lastName": person["lastName"],
        "pesel": person["pesel"],
        "dateOfBirth": person["dateOfBirth"],
        "sex": person["sex"],
        "address": person["address"],
        "phone": person["phone"],
    });
    for (k, v) in changes.as_object().unwrap() {
        input[k] = v.clone();
    }
    input
}

async fn corrections_keep_history_and_refuse_a_stale_version(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let id = open(&server, &worker, nk_a(days_ago(1))).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let card = ok(&server, &worker, CARD, json!({ "id": id })).await["node"].clone();
    let anna = person_with_role(&card, "VICTIM");
    let version = card["version"].clone();

    // A typo in the surname and the phone, corrected.
    let input = victim(
        &anna,
        &version,
        json!({ "firstName": "Hanna", "lastName": "Wójcik", "phone": "600 100 201" }),
    );
    let data = ok(&server, &worker, CORRECT, json!({ "input": input })).await;
    let payload = &data["correctBlueCardPerson"];
    assert_eq!(payload["userErrors"], json!([]), "{payload}");
    let after = &payload["blueCard"];
    assert_eq!(after["version"], version.as_i64().unwrap() + 1);
    let corrected = after["persons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == anna["id"])
        .unwrap();
    assert_eq!(corrected["firstName"], "Hanna");
    assert_eq!(corrected["lastName"], "Wójcik");
    assert_eq!(corrected["phone"], "600 100 201");
    assert_eq!(corrected["pesel"], anna["pesel"]);
    assert_eq!(
        after["history"].as_array().unwrap().last().unwrap()["step"],
        "PERSON_CORRECTED"
    );
    assert_eq!(
        after["personCorrections"],
        json!([{
            "personId": anna["id"],
            "correctedByName": "Anna Kamińska",
            "changes": [
                { "field": "FIRST_NAME", "earlier": "Anna" },
                { "field": "LAST_NAME", "earlier": "Kowalska" },
                { "field": "PHONE", "earlier": "600 100 200" },
            ],
        }])
    );

    // The same form again on the old version: CONFLICT, and nothing changed.
    let stale = server
        .gql(
            Some(&worker),
            CORRECT,
            json!({ "input": victim(&anna, &version, json!({ "lastName": "Nowak" })) }),
        )
        .await;
    assert_eq!(code(&stale), Some("CONFLICT"), "{stale}");
    let now = ok(&server, &worker, CARD, json!({ "id": id })).await["node"].clone();
    assert_eq!(now["version"], version.as_i64().unwrap() + 1);
    assert_eq!(now["personCorrections"].as_array().unwrap().len(), 1);

    // The search follows the corrected name, and the old one no longer finds the card.
    let found = |data: Value| data["blueCards"]["edges"].as_array().unwrap().len();
    assert_eq!(
        found(ok(&server, &worker, SEARCH, json!({ "s": "Wojcik Hanna" })).await),
        1
    );
    assert_eq!(
        found(ok(&server, &worker, SEARCH, json!({ "s": "Anna" })).await),
        0
    );

    // A PESEL that disagrees with the date of birth, or with the sex: a userError naming the
    // field, and nothing changed.
    let v = now["version"].clone();
    for wrong in [
        json!({ "pesel": pesel("1985-03-13", Sex::Female, 123) }),
        json!({ "pesel": pesel("1985-03-12", Sex::Male, 123) }),
        json!({ "firstName": " " }),
        json!({ "dateOfBirth": days_ago(0).succ_opt().unwrap().to_string(), "pesel": null }),
    ] {
        let data = ok(
            &server,
            &worker,
            CORRECT,
            json!({ "input": victim(&corrected.clone(), &v, wrong.clone()) }),
        )
        .await;
        let payload = &data["correctBlueCardPerson"];
        assert!(payload["blueCard"].is_null(), "{wrong}: {payload}");
        let errors = payload["userErrors"].as_array().unwrap();
        assert!(!errors.is_empty(), "{wrong}");
        assert_eq!(errors[0]["field"][0], "input", "{wrong}: {payload}");
    }
    // A perpetrator corrected into a child: refused on the date of birth (the role is not an
    // input of the correction).
    let jan = person_with_role(&now, "PERPETRATOR");
    let data = ok(
        &server,
        &worker,
        CORRECT,
        json!({ "input": victim(&jan, &v, json!({ "pesel": null, "dateOfBirth": "2015-01-01" })) }),
    )
    .await;
    assert_eq!(
        data["correctBlueCardPerson"]["userErrors"],
        json!([{ "field": ["input", "dateOfBirth"], "code": "PERPETRATOR_MINOR",
                 "message": data["correctBlueCardPerson"]["userErrors"][0]["message"] }])
    );
    let unchanged = ok(&server, &worker, CARD, json!({ "id": id })).await["node"].clone();
    assert_eq!(unchanged["version"], v);
    assert_eq!(unchanged["persons"], now["persons"]);

    // A correction that changes nothing records nothing.
    let same = ok(
        &server,
        &worker,
        CORRECT,
        json!({ "input": victim(corrected, &v, json!({})) }),
    )
    .await;
    assert_eq!(same["correctBlueCardPerson"]["blueCard"]["version"], v);

    // The PESEL itself corrected, with the date of birth it encodes.
    let new_pesel = pesel("1985-03-21", Sex::Female, 77);
    let data = ok(
        &server,
        &worker,
        CORRECT,
        json!({ "input": victim(corrected, &v, json!({ "pesel": new_pesel, "dateOfBirth": "1985-03-21" })) }),
    )
    .await;
    assert_eq!(data["correctBlueCardPerson"]["userErrors"], json!([]));
    let changes = &data["correctBlueCardPerson"]["blueCard"]["personCorrections"][1]["changes"];
    assert_eq!(
        changes,
        &json!([
            { "field": "PESEL", "earlier": victim_pesel() },
            { "field": "DATE_OF_BIRTH", "earlier": "1985-03-12" },
        ])
    );
    let by_pesel = ok(&server, &worker, SEARCH, json!({ "s": new_pesel })).await;
    assert_eq!(found(by_pesel), 1);

    // Audited as case data: the data-protection officer sees who corrected whom.
    let dpo = server.staff("zory", "iod").await;
    let trail = ok(
        &server,
        &dpo,
        "{ auditEvents(first: 100) { edges { node { actorLogin operation objectIds } } } }",
        json!({}),
    )
    .await;
    let corrections: Vec<&Value> = trail["auditEvents"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["node"])
        .filter(|n| {
            n["operation"] == "mutation correctBlueCardPerson" && n["actorLogin"] == "pracownik"
        })
        .collect();
    assert!(
        corrections.iter().any(|n| n["objectIds"]
            .to_string()
            .contains(anna["id"].as_str().unwrap())),
        "{trail}"
    );
}
on_both!(corrections_keep_history_and_refuse_a_stale_version);

/// Someone who may not see the card, in the municipality or outside it, gets the same answer
/// for its person as for a person who does not exist, and changes nothing.
async fn an_outsider_cannot_correct_or_learn(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let member = server.staff("zory", "czlonek").await;
    let foreign = server.staff("czestochowa", "pracownik").await;
    let id = open(&server, &worker, nk_a(days_ago(1))).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let card = ok(&server, &worker, CARD, json!({ "id": id })).await["node"].clone();
    let anna = card["persons"][0].clone();
    // A well-formed ID of a person that does not exist.
    let mut nobody = anna.clone();
    nobody["id"] =
        json!(
            kernel::GlobalId::new(kernel::NodeType::BlueCardPerson, uuid::Uuid::now_v7()).encode()
        );
    for outsider in [&member, &foreign] {
        let on_unseen = server
            .gql(
                Some(outsider),
                CORRECT,
                json!({ "input": victim(&anna, &card["version"], json!({ "lastName": "X" })) }),
            )
            .await;
        let on_none = server
            .gql(
                Some(outsider),
                CORRECT,
                json!({ "input": victim(&nobody, &card["version"], json!({ "lastName": "X" })) }),
            )
            .await;
        assert_eq!(code(&on_unseen), Some("NOT_FOUND"), "{on_unseen}");
        assert_eq!(
            on_unseen["errors"][0]["message"],
            on_none["errors"][0]["message"]
        );
    }
    let after = ok(&server, &worker, CARD, json!({ "id": id })).await["node"].clone();
    assert_eq!(after, card);
}
on_both!(an_outsider_cannot_correct_or_learn);

/// An adult witness whose date of birth is corrected into a child's would become a victim: the
/// role is a finding of the procedure, so the correction is refused and nothing changes.
async fn a_correction_never_changes_a_role(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let mut form = nk_a(days_ago(1));
    form["persons"][1]["dateOfBirth"] = json!("1990-05-05");
    let id = open(&server, &worker, form).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let card = ok(&server, &worker, CARD, json!({ "id": id })).await["node"].clone();
    let witness = person_with_role(&card, "WITNESS");
    let data = ok(
        &server,
        &worker,
        CORRECT,
        json!({ "input": victim(&witness, &card["version"], json!({ "dateOfBirth": "2015-05-05" })) }),
    )
    .await;
    let errors = &data["correctBlueCardPerson"]["userErrors"];
    assert_eq!(errors[0]["code"], "ROLE_WOULD_CHANGE", "{data}");
    assert_eq!(errors[0]["field"], json!(["input", "dateOfBirth"]));
    let after = ok(&server, &worker, CARD, json!({ "id": id })).await["node"].clone();
    assert_eq!(after, card);
}
on_both!(a_correction_never_changes_a_role);

/// A filing whose victim's PESEL had a typo matched nothing; once the PESEL is corrected, the
/// chair sees the open procedure about the same family as a proposed match, and a match made
/// only by a typo goes when it is corrected away. The author's answers are the same either way.
async fn a_corrected_pesel_brings_the_match_to_the_chair(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    // A family of its own (the demo's Kowalscy have cards already).
    let family = |on| {
        let mut form = nk_a(on);
        for (i, name) in ["Kwaśniewska", "Kwaśniewska", "Kwaśniewski"]
            .iter()
            .enumerate()
        {
            form["persons"][i]["lastName"] = json!(name);
        }
        form
    };
    let earlier = open(&server, &worker, family(days_ago(3))).await["blueCard"]["id"].clone();
    let typo = pesel("1985-03-12", Sex::Female, 125);
    assert_ne!(typo, victim_pesel());
    let mut form = family(days_ago(1));
    form["persons"][0]["pesel"] = json!(typo);
    // Another child than the earlier form's (a child is recorded as a victim, and would match).
    form["persons"][1]["firstName"] = json!("Zuzanna");
    let filing = open(&server, &worker, form).await["blueCard"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let forwarded = crate::cases::step(
        &server,
        &worker,
        "forwardBlueCardToChair",
        json!({ "id": filing, "version": 1 }),
    )
    .await;
    const PROPOSALS: &str = "query($id: ID!) { node(id: $id) { ... on BlueCard { \
        matchProposals { kind basis decision procedure { id } } } } }";
    let proposals = |token: &str| {
        let (server, token, filing) = (&server, token.to_owned(), filing.clone());
        async move {
            ok(server, &token, PROPOSALS, json!({ "id": filing })).await["node"]["matchProposals"]
                .clone()
        }
    };
    assert_eq!(proposals(&chair).await, json!([]));

    let card = ok(&server, &worker, CARD, json!({ "id": filing })).await["node"].clone();
    let anna = person_with_role(&card, "VICTIM");
    let fixed = ok(
        &server,
        &worker,
        CORRECT,
        json!({ "input": victim(&anna, &forwarded["version"], json!({ "pesel": victim_pesel() })) }),
    )
    .await;
    assert_eq!(fixed["correctBlueCardPerson"]["userErrors"], json!([]));
    assert_eq!(
        proposals(&chair).await,
        json!([{ "kind": "SUBSEQUENT", "basis": "PESEL", "decision": "PENDING",
                 "procedure": { "id": earlier } }])
    );
    // Never to the author.
    assert_eq!(proposals(&worker).await, Value::Null);

    // Corrected away again: the match goes with it.
    let version = fixed["correctBlueCardPerson"]["blueCard"]["version"].clone();
    let again = ok(
        &server,
        &worker,
        CORRECT,
        json!({ "input": victim(&anna, &version, json!({ "pesel": typo })) }),
    )
    .await;
    assert_eq!(again["correctBlueCardPerson"]["userErrors"], json!([]));
    assert_eq!(proposals(&chair).await, json!([]));
}
on_both!(a_corrected_pesel_brings_the_match_to_the_chair);
