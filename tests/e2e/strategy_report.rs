//! The yearly report of the municipal programme: Żory's chair makes the report of the current
//! year as a PDF and an XLSX workbook; both hold the year's tasks with their status and budget
//! (and not another year's), and each indicator against its target, the computed ones equal to
//! the municipality's own statistics after a new Blue Card. A team member makes it too; a
//! year outside the programme or not begun is refused.

use calamine::{Data, Reader, Xlsx};
use chrono::Datelike;
use serde_json::{json, Value};

use crate::cases::{ok, today};
use crate::harness::{code, demo, Backend, Server};
use crate::on_both;
use crate::programme_referrals::pdf_text;
use crate::strategy::{add_indicator, change, record_value, statistic_total};

const REPORT: &str = "query($id: ID!, $y: Int!, $f: MunicipalProgrammeReportFormat!) { \
    node(id: $id) { ... on MunicipalProgramme { yearlyReport(year: $y, format: $f) { \
    fileName mediaType base64 } } } }";

async fn report(server: &Server, token: &str, id: &str, year: i32, format: &str) -> Value {
    let answer = ok(
        server,
        token,
        REPORT,
        json!({ "id": id, "y": year, "f": format }),
    )
    .await;
    answer["node"]["yearlyReport"].clone()
}

/// The cells of one sheet of an XLSX file the API sent.
fn sheet(file: &Value, name: &str) -> Vec<Vec<Data>> {
    use base64::Engine as _;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(file["base64"].as_str().unwrap())
        .unwrap();
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let range = book.worksheet_range(name).unwrap();
    range.rows().map(<[Data]>::to_vec).collect()
}

fn text(cell: &Data) -> String {
    cell.to_string()
}

/// A programme from last year to next year: one goal, one action, a task of last year (done)
/// and one of this year (in progress, with a budget); a computed indicator (NK-A forms) and
/// one entered by hand, each with this year's target. Its ID.
async fn programme_of_three_years(server: &Server, chair: &str, year: i32) -> String {
    let made = change(server, chair, "createMunicipalProgramme",
        json!({ "title": "Gminny Program Przeciwdziałania Przemocy Domowej", "resolutionNumber": "XI/88/2024",
                "resolutionDate": "2024-06-27", "firstYear": year - 1, "lastYear": year + 1 })).await;
    assert_eq!(made["userErrors"], json!([]), "{made}");
    let id = made["programme"]["id"].as_str().unwrap().to_owned();
    let made = change(
        server,
        chair,
        "addMunicipalProgrammeGoal",
        json!({ "programmeId": id, "title": "Ograniczenie zjawiska przemocy domowej" }),
    )
    .await;
    let goal = made["programme"]["goals"][0]["id"].clone();
    let made = change(
        server,
        chair,
        "addMunicipalProgrammeAction",
        json!({ "goalId": goal, "title": "Profilaktyka i edukacja" }),
    )
    .await;
    let action = made["programme"]["goals"][0]["actions"][0]["id"].clone();
    for (title, from, to, planned, spent, status) in [
        (
            "Kampania Biała Wstążka",
            format!("{}-11-25", year - 1),
            format!("{}-12-10", year - 1),
            "4 000",
            "3 950,50",
            "DONE",
        ),
        (
            "Szkolenia dla pedagogów szkolnych",
            format!("{year}-02-01"),
            format!("{year}-11-30"),
            "12 345,67",
            "8 000",
            "IN_PROGRESS",
        ),
    ] {
        let made = change(
            server,
            chair,
            "addMunicipalProgrammeTask",
            json!({ "actionId": action, "task": {
            "title": title, "responsible": "Miejski Ośrodek Pomocy Społecznej w Żorach",
            "partners": "Zespół Interdyscyplinarny", "startsOn": from, "endsOn": to,
            "plannedBudget": planned, "spentBudget": spent, "status": status } }),
        )
        .await;
        assert_eq!(made["userErrors"], json!([]), "{made}");
    }
    let done = add_indicator(
        server,
        chair,
        &id,
        json!({ "name": "Formularze NK-A", "unit": "formularze",
        "baseline": 40.0, "computedFrom": { "statistic": "blue_cards_opened" },
        "targets": [{ "year": year, "value": 500.0 }] }),
    )
    .await;
    assert_eq!(done["userErrors"], json!([]), "{done}");
    let done = add_indicator(server, chair, &id, json!({ "goalId": goal, "name": "Uczestnicy szkoleń",
        "unit": "osoby", "source": "Listy obecności", "targets": [{ "year": year, "value": 80.0 }] })).await;
    assert_eq!(done["userErrors"], json!([]), "{done}");
    let manual = done["programme"]["indicators"][1].clone();
    let done = record_value(server, chair, &manual, i64::from(year), json!(60)).await;
    assert_eq!(done["userErrors"], json!([]), "{done}");
    id
}

async fn the_yearly_report_of_the_programme_as_pdf_and_xlsx(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let worker = server.staff("zory", "pracownik").await;
    let member = server.staff("zory", "czlonek").await;
    let year = today().year();
    let id = programme_of_three_years(&server, &chair, year).await;
    crate::cases::open(&server, &worker, crate::cases::nk_a(today())).await;
    let opened = statistic_total(&server, &chair, "blue_cards_opened").await;
    assert!(opened > 0);

    let pdf = report(&server, &member, &id, year, "PDF").await;
    assert_eq!(pdf["mediaType"], "application/pdf");
    assert_eq!(
        pdf["fileName"],
        format!("sprawozdanie-program-gminny-{year}.pdf")
    );
    let words = pdf_text(&pdf["base64"]);
    for expected in [
        format!("Sprawozdanie z realizacji programu za rok {year}"),
        "Gminny Program Przeciwdziałania Przemocy Domowej".to_owned(),
        "nr XI/88/2024 z dnia 27.06.2024".to_owned(),
        "1.1.2".to_owned(),
        "Szkolenia dla pedagogów szkolnych".to_owned(),
        "W realizacji".to_owned(),
        "12 345,67".to_owned(),
        "Zadań realizowanych w roku: 1 (zrealizowane: 0, w realizacji: 1".to_owned(),
        "Formularze NK-A (formularze)".to_owned(),
        "Uczestnicy szkoleń (osoby)".to_owned(),
        "Listy obecności".to_owned(),
        "75%".to_owned(),
        format!("dane według stanu na {}", today().format("%d.%m.%Y")),
    ] {
        assert!(words.contains(&expected), "{expected} missing from {words}");
    }
    // Last year's task is in last year's report only.
    assert!(!words.contains("Kampania Biała Wstążka"), "{words}");
    let last = pdf_text(&report(&server, &chair, &id, year - 1, "PDF").await["base64"]);
    assert!(last.contains("Kampania Biała Wstążka"), "{last}");
    assert!(last.contains("Zrealizowane"), "{last}");
    assert!(
        last.contains(&format!("wskaźniki za cały rok {}", year - 1)),
        "{last}"
    );

    let xlsx = report(&server, &chair, &id, year, "XLSX").await;
    assert_eq!(
        xlsx["fileName"],
        format!("sprawozdanie-program-gminny-{year}.xlsx")
    );
    let tasks = sheet(&xlsx, "Zadania");
    assert_eq!(text(&tasks[0][0]), "Nr");
    let rows: Vec<String> = tasks.iter().map(|r| text(&r[0])).collect();
    assert_eq!(rows, ["Nr", "1", "1.1", "1.1.2"]);
    let task = &tasks[3];
    assert_eq!(text(&task[1]), "Szkolenia dla pedagogów szkolnych");
    assert_eq!(task[6], Data::Float(12345.67));
    assert_eq!(task[7], Data::Float(8000.0));
    assert_eq!(text(&task[8]), "W realizacji");
    let indicators = sheet(&xlsx, "Wskaźniki");
    assert_eq!(text(&indicators[0][5]), format!("Wartość docelowa {year}"));
    let nk_a = &indicators[1];
    assert_eq!(text(&nk_a[0]), "program");
    assert!(text(&nk_a[3]).starts_with("dane Ostoi: "), "{nk_a:?}");
    #[allow(clippy::cast_precision_loss)]
    let counted = opened as f64;
    assert_eq!(nk_a[5], Data::Float(500.0));
    assert_eq!(nk_a[6], Data::Float(counted), "the dashboard's count");
    let trainings = &indicators[2];
    assert_eq!(text(&trainings[0]), "cel 1");
    assert_eq!(trainings[6], Data::Float(60.0));
    assert_eq!(trainings[7], Data::Float(75.0));

    // A year outside the programme, or one not begun, has no report.
    for bad in [year - 2, year + 1] {
        let answer = server
            .gql(
                Some(&chair),
                REPORT,
                json!({ "id": id, "y": bad, "f": "PDF" }),
            )
            .await;
        assert_eq!(code(&answer), Some("BAD_USER_INPUT"), "{bad}: {answer}");
    }
}
on_both!(the_yearly_report_of_the_programme_as_pdf_and_xlsx);
