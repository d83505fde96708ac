//! Closing the procedure as the law writes it (art. 9b ust. 8 and art. 9h ust. 1 of the act):
//! the group reports the results of its work to the team's chair, and a procedure found
//! unfounded carries the written basis of that decision. Both are kept as the card's closure
//! form, sealed, read by the group and the chair; a refusal changes nothing.

use serde_json::{json, Value};

use crate::cases::{card, card_in_diagnosis, ok, step, step_errors};
use crate::harness::{demo, Backend};
use crate::on_both;

const REPORT: &str = "Grupa spotkała się z rodziną dwa razy; zagrożenia nie stwierdzono.";
const BASIS: &str = "Zdarzenie było jednorazowym konfliktem sąsiedzkim, nie przemocą domową.";

fn errors_by_field(errors: &Value) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = errors
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let field = e["field"].as_array().unwrap();
            (
                field.last().unwrap().as_str().unwrap().to_owned(),
                e["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    found.sort();
    found
}

const FORMS: &str =
    "query($id: ID!) { node(id: $id) { ... on BlueCard { version status closureGround \
    forms { kind filledOn filledByName resultReport closureBasis } } } }";

async fn closing_as_unfounded_needs_a_written_basis_and_the_groups_report(backend: Backend) {
    let (db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let outsider = server.staff("zory", "czlonek").await;
    let id = card_in_diagnosis(&server, &worker, &chair).await.card;
    let close = |extra: Value| {
        let mut input = json!({ "id": id, "version": 5, "ground": "UNFOUNDED" });
        for (k, v) in extra.as_object().unwrap() {
            input[k] = v.clone();
        }
        input
    };

    // Neither the basis nor the report: both named, nothing changed.
    let errors = step_errors(&server, &worker, "closeBlueCard", close(json!({}))).await;
    assert_eq!(
        errors_by_field(&errors),
        [
            ("basis".to_owned(), "BASIS_REQUIRED".to_owned()),
            ("resultReport".to_owned(), "REQUIRED".to_owned())
        ],
        "{errors}"
    );
    // Blank text is no basis.
    let errors = step_errors(
        &server,
        &worker,
        "closeBlueCard",
        close(json!({ "basis": "  \n ", "resultReport": REPORT })),
    )
    .await;
    assert_eq!(
        errors_by_field(&errors),
        [("basis".to_owned(), "BASIS_REQUIRED".to_owned())]
    );
    // A basis belongs to an unfounded finding only.
    let errors = step_errors(
        &server,
        &worker,
        "closeBlueCard",
        close(json!({ "ground": "VIOLENCE_STOPPED_AND_PLAN_CARRIED_OUT", "basis": BASIS, "resultReport": REPORT })),
    )
    .await;
    assert_eq!(
        errors_by_field(&errors),
        [("basis".to_owned(), "NOT_APPLICABLE".to_owned())]
    );
    // Too long a report is refused on its field.
    let errors = step_errors(
        &server,
        &worker,
        "closeBlueCard",
        close(json!({ "basis": BASIS, "resultReport": "x".repeat(20_001) })),
    )
    .await;
    assert_eq!(
        errors_by_field(&errors),
        [("resultReport".to_owned(), "INVALID".to_owned())]
    );
    let unchanged = card(&server, &worker, &id).await;
    assert_eq!(unchanged["version"], 5);
    assert_eq!(unchanged["status"], "DIAGNOSIS");

    // With both, the group closes it; the closure is a form of the card.
    let closed = step(
        &server,
        &worker,
        "closeBlueCard",
        close(json!({ "basis": BASIS, "resultReport": format!("  {REPORT}\n") })),
    )
    .await;
    assert_eq!(closed["status"], "POST_CLOSURE_MONITORING");
    for reader in [&worker, &chair] {
        let seen = ok(&server, reader, FORMS, json!({ "id": id })).await["node"].clone();
        assert_eq!(seen["closureGround"], "UNFOUNDED");
        let closure: Vec<&Value> = seen["forms"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["kind"] == "CLOSURE")
            .collect();
        assert_eq!(closure.len(), 1, "{seen}");
        assert_eq!(closure[0]["resultReport"], REPORT);
        assert_eq!(closure[0]["closureBasis"], BASIS);
        assert_eq!(closure[0]["filledOn"], crate::cases::today().to_string());
        assert!(closure[0]["filledByName"].is_string(), "{seen}");
    }
    // A team member who is not in the group and did not file the NK-A does not see the card.
    let body = server
        .gql(Some(&outsider), FORMS, json!({ "id": id }))
        .await;
    assert!(body["data"]["node"].is_null(), "{body}");

    // Sealed at rest: neither text is stored in the clear.
    use sea_orm::{ConnectionTrait, Statement};
    let conn = match backend {
        Backend::Postgres => db.connect_as_superuser().await,
        Backend::Sqlite => db.connect_as_app().await,
    };
    let rows = conn
        .query_all_raw(Statement::from_string(
            conn.get_database_backend(),
            "SELECT sealed FROM cases_forms WHERE kind = 'closure'".to_owned(),
        ))
        .await
        .unwrap();
    assert_eq!(rows.len(), 1);
    let sealed: String = rows[0].try_get("", "sealed").unwrap();
    assert!(
        !sealed.contains("konflikt") && !sealed.contains("rodzin"),
        "{sealed}"
    );
}
on_both!(closing_as_unfounded_needs_a_written_basis_and_the_groups_report);
