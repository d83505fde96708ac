//! A municipality's own statistics: the indicators every service declares, counted in the
//! municipality's tenant transaction for a month, quarter or year; for its team's chair (and
//! the statistics role), never for a worker, a coordinator, an operator or the public; another
//! municipality's figures never move.

use chrono::Datelike;
use serde_json::{json, Value};

use crate::cases::{audited, nk_a, ok, open, today};
use crate::harness::{code, demo, Backend};
use crate::on_both;

pub(crate) const STATS: &str = "query($p: String!) { municipalityStatistics(period: $p) { period from to \
    indicators { key label dimensions cumulative total figures { breakdown { dimension value } value } } } }";

/// The figure of `indicator` for `breakdown` (dimension=value pairs), zero when absent.
pub(crate) fn figure(stats: &Value, indicator: &str, breakdown: &[(&str, &str)]) -> i64 {
    let indicators = stats["municipalityStatistics"]["indicators"]
        .as_array()
        .unwrap();
    let found = indicators.iter().find(|i| i["key"] == indicator).unwrap();
    found["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| {
            let b = f["breakdown"].as_array().unwrap();
            b.len() == breakdown.len()
                && b.iter()
                    .zip(breakdown)
                    .all(|(got, (d, v))| got["dimension"] == *d && got["value"] == *v)
        })
        .map(|f| f["value"].as_i64().unwrap())
        .unwrap_or(0)
}

async fn the_chair_sees_her_municipalitys_own_figures(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let worker = server.staff("zory", "pracownik").await;
    let elsewhere = server.staff("czestochowa", "przewodniczacy").await;
    let month = format!("{}-{:02}", today().year(), today().month());
    let vars = json!({ "p": month });

    let before = ok(&server, &chair, STATS, vars.clone()).await;
    let other_before = ok(&server, &elsewhere, STATS, vars.clone()).await;
    assert_eq!(before["municipalityStatistics"]["period"], month);

    // One NK-A today: Anna Kowalska (38), her daughter Zofia (11, a child witness is a victim)
    // and Jan Kowalski, under alcohol.
    let mut form = nk_a(today());
    form["perpetratorUnderAlcohol"] = json!(true);
    open(&server, &worker, form).await;
    let after = ok(&server, &chair, STATS, vars.clone()).await;
    let moved = |indicator: &str, breakdown: &[(&str, &str)]| {
        figure(&after, indicator, breakdown) - figure(&before, indicator, breakdown)
    };
    assert_eq!(moved("perpetrators_under_alcohol", &[]), 1);
    assert_eq!(
        moved(
            "blue_cards_opened",
            &[("kind", "INITIATING"), ("institution", "SOCIAL_WELFARE")]
        ),
        1
    );
    assert_eq!(
        moved("victims", &[("sex", "FEMALE"), ("age_band", "18-59")]),
        1
    );
    assert_eq!(
        moved("victims", &[("sex", "FEMALE"), ("age_band", "0-12")]),
        1
    );
    assert_eq!(moved("perpetrators", &[("sex", "MALE")]), 1);
    let indicators = after["municipalityStatistics"]["indicators"]
        .as_array()
        .unwrap();
    for key in [
        "blue_cards_opened",
        "victims",
        "perpetrators",
        "procedures_closed",
        "deadlines_met",
        "deadlines_overdue",
        "diagnostic_groups_working",
        "work_recorded",
        "card_help",
        "programme_referrals",
        "team_meetings",
        "intake_entries",
        "help_points",
        "shelter_free_places",
        "programme_enrolments",
        "programme_outcomes",
        "programme_participants",
    ] {
        assert!(indicators.iter().any(|i| i["key"] == key), "{key} missing");
    }
    // Another municipality's figures do not move.
    assert_eq!(
        ok(&server, &elsewhere, STATS, vars.clone()).await,
        other_before
    );

    // The year and the quarter hold the month.
    let quarter = format!("{}-Q{}", today().year(), (today().month() - 1) / 3 + 1);
    for period in [quarter, today().year().to_string()] {
        let wider = ok(&server, &chair, STATS, json!({ "p": period })).await;
        assert!(
            figure(
                &wider,
                "victims",
                &[("sex", "FEMALE"), ("age_band", "0-12")]
            ) >= figure(
                &after,
                "victims",
                &[("sex", "FEMALE"), ("age_band", "0-12")]
            )
        );
    }
    // Month by month: the year's flows are the sum of its months'; a month is its own month.
    const MONTHS: &str = "query($p: String!) { municipalityStatistics(period: $p) { period \
        indicators { key total } months { period indicators { key total } } } }";
    let total = |indicators: &Value, key: &str| {
        indicators
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["key"] == key)
            .unwrap()["total"]
            .as_i64()
            .unwrap()
    };
    let year = ok(
        &server,
        &chair,
        MONTHS,
        json!({ "p": today().year().to_string() }),
    )
    .await;
    let months = year["municipalityStatistics"]["months"].as_array().unwrap();
    assert_eq!(months.len() as u32, today().month());
    let summed: i64 = months
        .iter()
        .map(|m| total(&m["indicators"], "victims"))
        .sum();
    assert_eq!(
        summed,
        total(&year["municipalityStatistics"]["indicators"], "victims")
    );
    let one = ok(&server, &chair, MONTHS, vars).await;
    assert_eq!(
        one["municipalityStatistics"]["months"],
        json!([{ "period": month, "indicators": one["municipalityStatistics"]["indicators"] }])
    );
}
on_both!(the_chair_sees_her_municipalitys_own_figures);

async fn statistics_are_for_the_chair_and_a_bad_period_is_said(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let month = format!("{}-{:02}", today().year(), today().month());
    for (who, token, want) in [
        (
            "worker",
            Some(server.staff("zory", "pracownik").await),
            "FORBIDDEN",
        ),
        (
            "administrator",
            Some(server.staff("zory", "admin").await),
            "FORBIDDEN",
        ),
        ("coordinator", Some(server.coordinator().await), "FORBIDDEN"),
        ("operator", Some(server.operator().await), "FORBIDDEN"),
        ("anonymous", None, "UNAUTHENTICATED"),
    ] {
        let body = server
            .gql(token.as_deref(), STATS, json!({ "p": month }))
            .await;
        assert_eq!(code(&body), Some(want), "{who}: {body}");
        assert_eq!(body["data"], Value::Null, "{who}");
    }
    let chair = server.staff("zory", "przewodniczacy").await;
    let next_year = (today().year() + 1).to_string();
    for bad in ["2026-13", "2026-Q5", "ostatni rok", "", next_year.as_str()] {
        let body = server.gql(Some(&chair), STATS, json!({ "p": bad })).await;
        assert_eq!(code(&body), Some("BAD_USER_INPUT"), "{bad}: {body}");
    }
}
on_both!(statistics_are_for_the_chair_and_a_bad_period_is_said);

/// Persons written before age bands were kept are counted as `unknown` until the scheduled
/// job opens their sealed date of birth once; then the figures are as for persons written
/// today.
async fn the_worker_fills_the_age_bands_of_earlier_persons(backend: Backend) {
    use sea_orm::{ConnectionTrait, Statement};
    let (db, server) = demo(backend).await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let worker = server.staff("zory", "pracownik").await;
    let mut form = nk_a(today());
    form["perpetratorUnderAlcohol"] = json!(true);
    open(&server, &worker, form).await;
    let year = json!({ "p": today().year().to_string() });
    let banded = ok(&server, &chair, STATS, year.clone()).await;
    assert_eq!(figure(&banded, "perpetrators_under_alcohol", &[]), 1);
    let conn = match backend {
        Backend::Postgres => db.connect_as_superuser().await,
        Backend::Sqlite => db.connect_as_app().await,
    };
    conn.execute_raw(Statement::from_string(
        conn.get_database_backend(),
        "UPDATE cases_persons SET age_band = NULL".to_owned(),
    ))
    .await
    .unwrap();
    // And the perpetrator's alcohol, as on cards written before it was kept in the clear.
    conn.execute_raw(Statement::from_string(
        conn.get_database_backend(),
        "UPDATE cases_blue_cards SET perpetrator_under_alcohol = NULL".to_owned(),
    ))
    .await
    .unwrap();
    let unbanded = ok(&server, &chair, STATS, year.clone()).await;
    let victims = |s: &Value| {
        s["municipalityStatistics"]["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["key"] == "victims")
            .unwrap()
            .clone()
    };
    assert_eq!(victims(&unbanded)["total"], victims(&banded)["total"]);
    assert!(
        figure(
            &unbanded,
            "victims",
            &[("sex", "FEMALE"), ("age_band", "unknown")]
        ) > 0,
        "{unbanded}"
    );
    assert_eq!(figure(&unbanded, "perpetrators_under_alcohol", &[]), 0);
    let out = server.cli(&["worker", "--once"]).await;
    assert!(out.status.success(), "{out:?}");
    assert_eq!(ok(&server, &chair, STATS, year).await, banded);
}
on_both!(the_worker_fills_the_age_bands_of_earlier_persons);

const EXPORT: &str = "query($p: String!, $f: ExportFormat!) { municipalityStatisticsExport(period: $p, format: $f) { fileName mediaType base64 } }";

fn bytes(file: &Value) -> Vec<u8> {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD
        .decode(file["base64"].as_str().unwrap())
        .unwrap()
}

async fn the_chair_exports_her_figures_and_the_trail_says_so(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let worker = server.staff("zory", "pracownik").await;
    open(&server, &worker, nk_a(today())).await;
    let year = today().year().to_string();

    let csv = ok(&server, &chair, EXPORT, json!({ "p": year, "f": "CSV" })).await;
    let file = &csv["municipalityStatisticsExport"];
    assert_eq!(file["fileName"], format!("statystyka-gminy-{year}.csv"));
    assert_eq!(file["mediaType"], "text/csv; charset=utf-8");
    let content = bytes(file);
    assert_eq!(&content[..3], [0xEF, 0xBB, 0xBF]);
    let text = String::from_utf8(content[3..].to_vec()).unwrap();
    assert!(text.starts_with("Wskaźnik;Wymiar 1;Wartość 1;Wymiar 2;Wartość 2;Liczba;Uwagi\r\n"));
    assert!(
        text.contains("Osoby doznające przemocy według płci i wieku;Płeć;kobiety;Wiek;18–59 lat;"),
        "{text}"
    );
    assert!(
        text.contains(";Instytucja wszczynająca;Jednostka organizacyjna pomocy społecznej"),
        "{text}"
    );

    let xlsx = ok(&server, &chair, EXPORT, json!({ "p": year, "f": "XLSX" })).await;
    assert_eq!(&bytes(&xlsx["municipalityStatisticsExport"])[..2], b"PK");

    // Not for the worker; and each export is in the municipality's trail.
    let refused = server
        .gql(Some(&worker), EXPORT, json!({ "p": year, "f": "CSV" }))
        .await;
    assert_eq!(code(&refused), Some("FORBIDDEN"));
    assert_eq!(
        audited(
            &server,
            "zory",
            "municipalityStatisticsExport",
            "przewodniczacy"
        )
        .await,
        2
    );
}
on_both!(the_chair_exports_her_figures_and_the_trail_says_so);

const REPORT: &str = "query($y: Int!, $f: ExportFormat!) { governmentProgrammeReport(year: $y, format: $f) { fileName mediaType base64 } }";

async fn the_chair_files_the_yearly_government_programme_report(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let worker = server.staff("zory", "pracownik").await;
    // Two families: each a woman of 38, her daughter of 11 and the man.
    open(&server, &worker, nk_a(today())).await;
    open(&server, &worker, nk_a(today())).await;
    let year = today().year();

    let csv = ok(&server, &chair, REPORT, json!({ "y": year, "f": "CSV" })).await;
    let file = &csv["governmentProgrammeReport"];
    assert_eq!(
        file["fileName"],
        format!("sprawozdanie-program-rzadowy-{year}.csv")
    );
    let content = bytes(file);
    assert_eq!(&content[..3], [0xEF, 0xBB, 0xBF]);
    let text = String::from_utf8(content[3..].to_vec()).unwrap();
    assert!(text.starts_with("Lp.;Pozycja;Liczba;Uwagi\r\n"), "{text}");
    assert!(
        text.contains(&format!(
            "na lata 2024–2030 za rok {year}: Miasto Żory;;rok trwa: liczby na dziś"
        )),
        "{text}"
    );
    for line in [
        "1;Formularze „Niebieska Karta – A” ogółem, w tym według instytucji wypełniającej;2;",
        ";— Jednostka organizacyjna pomocy społecznej (OPS/MOPS);2;",
        "1a;— wszczynające procedurę;2;",
        "4;Osoby doznające przemocy ogółem;4;",
        "4a;— kobiety;2;",
        "4b;— mężczyźni;0;",
        "4c;— małoletni;2;",
        "5b;— mężczyźni;2;",
    ] {
        assert!(text.contains(line), "{line} missing from {text}");
    }
    let xlsx = ok(&server, &chair, REPORT, json!({ "y": year, "f": "XLSX" })).await;
    assert_eq!(&bytes(&xlsx["governmentProgrammeReport"])[..2], b"PK");

    // Another municipality's report holds none of Żory's families.
    let other = ok(
        &server,
        &server.staff("czestochowa", "przewodniczacy").await,
        REPORT,
        json!({ "y": year, "f": "CSV" }),
    )
    .await;
    let other =
        String::from_utf8(bytes(&other["governmentProgrammeReport"])[3..].to_vec()).unwrap();
    assert!(
        other.contains("4;Osoby doznające przemocy ogółem;0;"),
        "{other}"
    );

    // Not for the worker nor a coordinator; a year not begun is said; the trail has it.
    for (token, want) in [
        (worker, "FORBIDDEN"),
        (server.coordinator().await, "FORBIDDEN"),
    ] {
        let refused = server
            .gql(Some(&token), REPORT, json!({ "y": year, "f": "CSV" }))
            .await;
        assert_eq!(code(&refused), Some(want), "{refused}");
    }
    let future = server
        .gql(Some(&chair), REPORT, json!({ "y": year + 1, "f": "CSV" }))
        .await;
    assert_eq!(code(&future), Some("BAD_USER_INPUT"), "{future}");
    assert!(
        audited(
            &server,
            "zory",
            "governmentProgrammeReport",
            "przewodniczacy"
        )
        .await
            >= 2
    );
}
on_both!(the_chair_files_the_yearly_government_programme_report);
