use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::*;
use crate::domain::ProgrammeYears;
use crate::{Action, Goal};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn task(action_id: Uuid, title: &str, from: NaiveDate, to: NaiveDate) -> Task {
    Task {
        id: Uuid::now_v7(),
        action_id,
        title: title.to_owned(),
        responsible: "Miejski Ośrodek Pomocy Społecznej".to_owned(),
        partners: Some("Komenda Miejska Policji".to_owned()),
        starts_on: from,
        ends_on: to,
        planned: Money::from_grosze(1_234_567),
        spent: Money::from_grosze(100_000),
        status: MunicipalTaskStatus::InProgress,
        version: 1,
    }
}

/// A programme 2022–2026 with one goal, two actions and three tasks, one of them in 2022 only.
fn sample() -> (MunicipalProgramme, Plans) {
    let programme = MunicipalProgramme {
        id: Uuid::now_v7(),
        title: "Gminny Program Przeciwdziałania Przemocy Domowej".to_owned(),
        resolution_number: "XLII/512/2022".to_owned(),
        resolution_date: day(2022, 3, 31),
        years: ProgrammeYears::new(2022, 2026).unwrap(),
        created_at: DateTime::<Utc>::default(),
        version: 1,
    };
    let goal = Goal {
        id: Uuid::now_v7(),
        programme_id: programme.id,
        position: 1,
        title: "Zmniejszenie skali przemocy".to_owned(),
    };
    let first = Action {
        id: Uuid::now_v7(),
        goal_id: goal.id,
        position: 1,
        title: "Edukacja".to_owned(),
    };
    let second = Action {
        id: Uuid::now_v7(),
        goal_id: goal.id,
        position: 2,
        title: "Pomoc".to_owned(),
    };
    let mut done = task(first.id, "Kampania", day(2022, 1, 1), day(2022, 12, 31));
    done.status = MunicipalTaskStatus::Done;
    let tasks = vec![
        done,
        task(first.id, "Szkolenia", day(2022, 1, 1), day(2026, 12, 31)),
        task(second.id, "Konsultacje", day(2025, 6, 1), day(2026, 6, 30)),
    ];
    let plans = Plans {
        programmes: vec![programme.clone()],
        goals: vec![goal],
        actions: vec![first, second],
        tasks,
    };
    (programme, plans)
}

fn indicator(name: &str, target: Option<f64>, actual: Option<f64>) -> ReportedIndicator {
    ReportedIndicator {
        indicator: ProgrammeIndicator {
            id: Uuid::now_v7(),
            programme_id: Uuid::now_v7(),
            goal_id: None,
            name: name.to_owned(),
            unit: "liczba".to_owned(),
            basis: IndicatorBasis::Manual {
                source: "dane Policji".to_owned(),
            },
            baseline: Some(1500.0),
        },
        goal_number: Some("1".to_owned()),
        basis: "dane Policji".to_owned(),
        target,
        actual,
    }
}

#[test]
fn numbers_are_written_as_polish_readers_write_them() {
    assert_eq!(polish_value(Some(1234.5)), "1\u{a0}234,5");
    assert_eq!(polish_value(Some(1_000_000.0)), "1\u{a0}000\u{a0}000");
    assert_eq!(polish_value(Some(0.25)), "0,25");
    assert_eq!(polish_value(Some(-3.0)), "-3");
    assert_eq!(polish_value(Some(-0.001)), "0");
    assert_eq!(polish_value(None), "—");
    assert_eq!(
        polish_money(Money::from_grosze(1_234_567)),
        "12\u{a0}345,67"
    );
    assert_eq!(polish_money(Money::from_grosze(500)), "5,00");
}

#[test]
fn attainment_needs_a_value_and_a_target_above_zero() {
    assert_eq!(attainment(Some(36.0), Some(50.0)), Some(72.0));
    assert_eq!(attainment(Some(1.0), Some(3.0)), Some(33.3));
    assert_eq!(attainment(None, Some(50.0)), None);
    assert_eq!(attainment(Some(4.0), Some(0.0)), None);
    assert_eq!(attainment(Some(4.0), None), None);
}

#[test]
fn a_year_lists_every_heading_and_only_its_own_tasks_numbered_as_the_resolution() {
    let (programme, plans) = sample();
    let report = |year| YearReport {
        municipality: "Jastrzębie-Zdrój",
        programme: &programme,
        plans: &plans,
        indicators: Vec::new(),
        year,
        today: day(2026, 12, 6),
    };
    let numbers = |year| {
        report(year)
            .lines()
            .iter()
            .map(|l| match l {
                Line::Heading { number, .. } => format!("#{number}"),
                Line::Task { number, .. } => number.clone(),
            })
            .collect::<Vec<_>>()
    };
    // The task's number stays its number in the action, whichever year is reported.
    assert_eq!(numbers(2022), ["#1", "#1.1", "1.1.1", "1.1.2", "#1.2"]);
    assert_eq!(numbers(2026), ["#1", "#1.1", "1.1.2", "#1.2", "1.2.1"]);
    assert_eq!(numbers(2024), ["#1", "#1.1", "1.1.2", "#1.2"]);
    let words = report(2022).words();
    assert!(words
        .summary
        .contains("Zadań realizowanych w roku: 2 (zrealizowane: 1, w realizacji: 1"));
    assert_eq!(
        words.budget,
        "Budżet tych zadań (całych, także w innych latach): zaplanowany 24\u{a0}691,34 zł, wydatkowany 2\u{a0}000,00 zł."
    );
    assert_eq!(
        words.as_of,
        "rok zakończony: wskaźniki za cały rok 2022; stan zadań i wydatki według stanu na 06.12.2026"
    );
    assert_eq!(
        report(2026).words().as_of,
        "rok w toku: dane według stanu na 06.12.2026"
    );
}

#[test]
fn the_sheets_hold_numbers_where_a_spreadsheet_sums_them() {
    let (programme, plans) = sample();
    let report = YearReport {
        municipality: "Jastrzębie-Zdrój",
        programme: &programme,
        plans: &plans,
        indicators: vec![indicator("Interwencje", Some(50.0), Some(36.0))],
        year: 2026,
        today: day(2026, 12, 6),
    };
    let [(tasks_name, tasks), (indicators_name, indicators)] = report.sheets();
    assert_eq!((tasks_name, indicators_name), ("Zadania", "Wskaźniki"));
    assert_eq!(tasks.lines[2][0], "1.1.2");
    assert_eq!(tasks.lines[2][6], "12345.67");
    assert_eq!(tasks.lines[2][8], "W realizacji");
    assert_eq!(indicators.header[5], "Wartość docelowa 2026");
    assert_eq!(
        indicators.lines[0],
        [
            "cel 1",
            "Interwencje",
            "liczba",
            "dane Policji",
            "1500",
            "50",
            "36",
            "72"
        ]
    );
    let bytes =
        stats::export::workbook(&[("Zadania", &tasks), ("Wskaźniki", &indicators)]).unwrap();
    assert_eq!(&bytes[..2], b"PK");
}

#[test]
fn the_report_is_a_pdf_with_its_tasks_and_indicators() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let (programme, plans) = sample();
    let report = YearReport {
        municipality: "Jastrzębie-Zdrój",
        programme: &programme,
        plans: &plans,
        indicators: vec![indicator("Interwencje #panic()", Some(50.0), Some(36.0))],
        year: 2026,
        today: day(2026, 12, 6),
    };
    let pdf = documents::render(crate::REPORT, &report.words()).unwrap();
    // Tables with their header rows pass as PDF/A-2a and PDF/UA-1.
    let raw = String::from_utf8_lossy(&pdf);
    assert!(
        raw.contains("pdfaid:part") && raw.contains("pdfuaid:part"),
        "not archival"
    );
    let mut child = Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("poppler-utils (scripts/services.sh: ensure_pdftotext)");
    child.stdin.take().unwrap().write_all(&pdf).unwrap();
    let text = String::from_utf8(child.wait_with_output().unwrap().stdout).unwrap();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "Sprawozdanie z realizacji programu za rok 2026",
        "XLII/512/2022",
        "1.2.1",
        "Konsultacje",
        "W realizacji",
        "Interwencje #panic()",
        "72%",
        "Zmniejszenie skali przemocy",
    ] {
        assert!(text.contains(expected), "{expected} missing from {text}");
    }
}
