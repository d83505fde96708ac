//! Sprawozdanie z realizacji programu — the yearly report of a municipal programme for the
//! council and the voivode: every task carried out in the year with its responsible
//! institution, dates, budget and status, and every indicator's value against its target for
//! the year. Made from what is stored and counted, as the words of a PDF (numbers written as
//! Polish readers write them) or the sheets of an XLSX workbook (numbers as numbers).

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use stats::export::Sheet;

use crate::domain::{IndicatorBasis, Money, MunicipalTaskStatus};
use crate::{MunicipalProgramme, Plans, ProgrammeIndicator, Task};

/// An indicator as the report shows it for its year.
#[derive(Clone, Debug)]
pub struct ReportedIndicator {
    pub indicator: ProgrammeIndicator,
    /// The goal's number; `None` for the whole programme's.
    pub goal_number: Option<String>,
    /// What it counts: the statistic's name in Polish, or the source of values entered by hand.
    pub basis: String,
    pub target: Option<f64>,
    pub actual: Option<f64>,
}

/// Everything a yearly report holds.
#[derive(Clone, Debug)]
pub struct YearReport<'a> {
    pub municipality: &'a str,
    pub programme: &'a MunicipalProgramme,
    pub plans: &'a Plans,
    pub indicators: Vec<ReportedIndicator>,
    pub year: i32,
    /// The day it is made: values of the current year are as of this day.
    pub today: NaiveDate,
}

/// A line of the tasks' part: a goal or an action (a heading), or a task.
#[derive(Clone, Debug)]
pub enum Line<'a> {
    Heading { number: String, title: &'a str },
    Task { number: String, task: &'a Task },
}

/// Whether a task is carried out (at least partly) in `year`.
pub fn in_year(task: &Task, year: i32) -> bool {
    task.starts_on.year() <= year && year <= task.ends_on.year()
}

/// How far an indicator's value got towards its target, in per cent with one decimal; `None`
/// without a value or a target above zero.
pub fn attainment(actual: Option<f64>, target: Option<f64>) -> Option<f64> {
    match (actual, target) {
        (Some(a), Some(t)) if t > 0.0 => Some((a / t * 1000.0).round() / 10.0),
        _ => None,
    }
}

/// A number as Polish text writes it: a space between thousands, a comma before the decimals
/// (at most `decimals`, trailing zeros dropped unless `fixed`).
fn polish(value: f64, decimals: usize, fixed: bool) -> String {
    let text = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let fraction = if fixed {
        fraction
    } else {
        fraction.trim_end_matches('0')
    };
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push('\u{a0}');
        }
        grouped.push(digit);
    }
    let sign = if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        "-"
    } else {
        ""
    };
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{fraction}")
    }
}

/// A value of an indicator in Polish: `1 234,5`; a dash when there is none.
pub fn polish_value(value: Option<f64>) -> String {
    value.map_or_else(|| "—".to_owned(), |v| polish(v, 2, false))
}

/// An amount in Polish: `12 345,67`; a dash when there is none.
pub fn polish_money(amount: Option<Money>) -> String {
    #[allow(clippy::cast_precision_loss)]
    amount.map_or_else(
        || "—".to_owned(),
        |m| polish(m.grosze() as f64 / 100.0, 2, true),
    )
}

/// The sum of amounts (none: zero).
fn total(amounts: impl Iterator<Item = Option<Money>>) -> Option<Money> {
    Money::from_grosze(amounts.flatten().map(Money::grosze).sum())
}

impl<'a> YearReport<'a> {
    /// The programme's goals and actions (headings) and the tasks of the year, numbered as
    /// the resolution numbers them; an action without a task in the year keeps its heading.
    pub fn lines(&self) -> Vec<Line<'a>> {
        let plans = self.plans;
        let mut lines = Vec::new();
        let goals = plans
            .goals
            .iter()
            .filter(|g| g.programme_id == self.programme.id);
        for (g, goal) in goals.enumerate() {
            let goal_number = (g + 1).to_string();
            lines.push(Line::Heading {
                number: goal_number.clone(),
                title: &goal.title,
            });
            let actions = plans.actions.iter().filter(|a| a.goal_id == goal.id);
            for (a, action) in actions.enumerate() {
                let action_number = format!("{goal_number}.{}", a + 1);
                lines.push(Line::Heading {
                    number: action_number.clone(),
                    title: &action.title,
                });
                let tasks = plans.tasks.iter().filter(|t| t.action_id == action.id);
                for (t, task) in tasks.enumerate() {
                    if in_year(task, self.year) {
                        lines.push(Line::Task {
                            number: format!("{action_number}.{}", t + 1),
                            task,
                        });
                    }
                }
            }
        }
        lines
    }

    fn tasks(&self) -> Vec<&'a Task> {
        self.lines()
            .into_iter()
            .filter_map(|l| match l {
                Line::Task { task, .. } => Some(task),
                Line::Heading { .. } => None,
            })
            .collect()
    }

    /// The title of the report.
    pub fn title(&self) -> String {
        format!("Sprawozdanie z realizacji programu za rok {}", self.year)
    }

    /// What the report says of the current year's values.
    fn as_of(&self) -> String {
        if self.year >= self.today.year() {
            format!(
                "rok w toku: dane według stanu na {}",
                documents::day(self.today)
            )
        } else {
            format!(
                "rok zakończony: wskaźniki za cały rok {}; stan zadań i wydatki według stanu na {}",
                self.year,
                documents::day(self.today)
            )
        }
    }

    /// The words of the PDF, every value a string (`/strategy/report.typ`).
    pub fn words(&self) -> ReportWords {
        let tasks = self.tasks();
        let count = |s: MunicipalTaskStatus| tasks.iter().filter(|t| t.status == s).count();
        let summary = format!(
            "Zadań realizowanych w roku: {} (zrealizowane: {}, w realizacji: {}, zaplanowane: {}, niezrealizowane: {}).",
            tasks.len(),
            count(MunicipalTaskStatus::Done),
            count(MunicipalTaskStatus::InProgress),
            count(MunicipalTaskStatus::Planned),
            count(MunicipalTaskStatus::NotDone),
        );
        let budget = format!(
            "Budżet tych zadań (całych, także w innych latach): zaplanowany {} zł, wydatkowany {} zł.",
            polish_money(total(tasks.iter().map(|t| t.planned))),
            polish_money(total(tasks.iter().map(|t| t.spent))),
        );
        let p = self.programme;
        ReportWords {
            title: self.title(),
            issuer: self.municipality.to_owned(),
            programme: p.title.clone(),
            resolution: format!(
                "nr {} z dnia {}",
                p.resolution_number,
                documents::day(p.resolution_date)
            ),
            years: format!("{}–{}", p.years.first(), p.years.last()),
            year: self.year.to_string(),
            as_of: self.as_of(),
            place_and_day: format!("{}, {}", self.municipality, documents::day(self.today)),
            summary,
            budget,
            lines: self
                .lines()
                .into_iter()
                .map(|l| match l {
                    Line::Heading { number, title } => LineWords {
                        heading: true,
                        number,
                        title: title.to_owned(),
                        ..LineWords::default()
                    },
                    Line::Task { number, task } => LineWords {
                        heading: false,
                        number,
                        title: task.title.clone(),
                        responsible: task.responsible.clone(),
                        partners: task.partners.clone().unwrap_or_default(),
                        dates: format!(
                            "{} – {}",
                            documents::day(task.starts_on),
                            documents::day(task.ends_on)
                        ),
                        planned: polish_money(task.planned),
                        spent: polish_money(task.spent),
                        status: task.status.label().to_owned(),
                    },
                })
                .collect(),
            indicators: self
                .indicators
                .iter()
                .map(|i| IndicatorWords {
                    goal: i
                        .goal_number
                        .as_ref()
                        .map_or_else(|| "program".to_owned(), |n| format!("cel {n}")),
                    name: i.indicator.name.clone(),
                    unit: i.indicator.unit.clone(),
                    basis: i.basis.clone(),
                    baseline: polish_value(i.indicator.baseline),
                    target: polish_value(i.target),
                    actual: polish_value(i.actual),
                    attainment: attainment(i.actual, i.target)
                        .map_or_else(|| "—".to_owned(), |v| format!("{}%", polish(v, 1, false))),
                })
                .collect(),
        }
    }

    /// The sheets of the XLSX workbook: the tasks, then the indicators.
    pub fn sheets(&self) -> [(&'static str, Sheet); 2] {
        let text = |s: &str| s.to_owned();
        let number = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
        let amount = |m: Option<Money>| m.map(|m| m.to_string()).unwrap_or_default();
        let tasks = Sheet {
            header: [
                "Nr",
                "Cel, działanie lub zadanie",
                "Realizator",
                "Partnerzy",
                "Od",
                "Do",
                "Budżet całego zadania (zł)",
                "Wydatki na całe zadanie (zł)",
                "Stan realizacji",
            ]
            .map(text)
            .to_vec(),
            lines: self
                .lines()
                .into_iter()
                .map(|l| match l {
                    Line::Heading { number, title } => vec![number, title.to_owned()],
                    Line::Task { number, task } => vec![
                        number,
                        task.title.clone(),
                        task.responsible.clone(),
                        task.partners.clone().unwrap_or_default(),
                        task.starts_on.to_string(),
                        task.ends_on.to_string(),
                        amount(task.planned),
                        amount(task.spent),
                        task.status.label().to_owned(),
                    ],
                })
                .collect(),
            number_columns: vec![6, 7],
            widths: vec![8.0, 48.0, 30.0, 30.0, 12.0, 12.0, 14.0, 14.0, 16.0],
        };
        let indicators = Sheet {
            header: [
                "Dotyczy".to_owned(),
                "Wskaźnik".to_owned(),
                "Jednostka".to_owned(),
                "Źródło".to_owned(),
                "Wartość bazowa".to_owned(),
                format!("Wartość docelowa {}", self.year),
                format!("Wartość {}", self.year),
                "Realizacja celu (%)".to_owned(),
            ]
            .to_vec(),
            lines: self
                .indicators
                .iter()
                .map(|i| {
                    vec![
                        i.goal_number
                            .as_ref()
                            .map_or_else(|| "program".to_owned(), |n| format!("cel {n}")),
                        i.indicator.name.clone(),
                        i.indicator.unit.clone(),
                        i.basis.clone(),
                        number(i.indicator.baseline),
                        number(i.target),
                        number(i.actual),
                        number(attainment(i.actual, i.target)),
                    ]
                })
                .collect(),
            number_columns: vec![4, 5, 6, 7],
            widths: vec![10.0, 48.0, 14.0, 40.0, 14.0, 16.0, 14.0, 14.0],
        };
        [("Zadania", tasks), ("Wskaźniki", indicators)]
    }
}

/// What an indicator counts, in Polish: `Ostoja: <the statistic>` or the source named.
pub fn basis_words(basis: &IndicatorBasis, statistic_label: Option<&str>) -> String {
    match basis {
        IndicatorBasis::Computed { .. } => {
            format!(
                "dane Ostoi: {}",
                statistic_label.unwrap_or("statystyka gminy")
            )
        }
        IndicatorBasis::Manual { source } => source.clone(),
    }
}

/// The report's words for its template.
#[derive(Clone, Debug, Serialize)]
pub struct ReportWords {
    pub title: String,
    pub issuer: String,
    pub programme: String,
    pub resolution: String,
    pub years: String,
    pub year: String,
    pub as_of: String,
    pub place_and_day: String,
    pub summary: String,
    pub budget: String,
    pub lines: Vec<LineWords>,
    pub indicators: Vec<IndicatorWords>,
}

/// A goal, an action or a task in words.
#[derive(Clone, Debug, Default, Serialize)]
pub struct LineWords {
    pub heading: bool,
    pub number: String,
    pub title: String,
    pub responsible: String,
    pub partners: String,
    pub dates: String,
    pub planned: String,
    pub spent: String,
    pub status: String,
}

/// An indicator in words.
#[derive(Clone, Debug, Serialize)]
pub struct IndicatorWords {
    pub goal: String,
    pub name: String,
    pub unit: String,
    pub basis: String,
    pub baseline: String,
    pub target: String,
    pub actual: String,
    pub attainment: String,
}

#[cfg(test)]
#[path = "report_tests.rs"]
mod tests;
