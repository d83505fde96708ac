//! Exports of a municipality's figures and of a region's release, one row per figure or cell
//! with Polish headers and names: CSV (UTF-8 with a byte-order mark, `;`-separated, a text
//! starting with `= + - @` neutralised so that no spreadsheet runs it as a formula) or XLSX.

use kernel::{Error, Result};
use rust_xlsxwriter::{Format as XlsxFormat, Workbook};

use crate::disclosure::{Cell, Rule};
use crate::local::{Counted, Sources};
use crate::release::{Table, Unit};

/// A file format of an export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }
}

/// The columns, in Polish.
pub const HEADER: [&str; 7] = [
    "Wskaźnik",
    "Wymiar 1",
    "Wartość 1",
    "Wymiar 2",
    "Wartość 2",
    "Liczba",
    "Uwagi",
];

/// One line of an export: an indicator's figure for a combination of its dimensions' values
/// (by their Polish names; a total says so), its value or why it is hidden.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub indicator: String,
    pub breakdown: Vec<(String, String)>,
    pub value: Option<i64>,
    pub note: String,
}

const TOTAL: &str = "razem";

/// A dimension's name in Polish.
fn dimension_name(dimension: &str) -> &str {
    match dimension {
        "kind" => "Rodzaj",
        "institution" => "Instytucja wszczynająca",
        "sex" => "Płeć",
        "age_band" => "Wiek",
        "ground" => "Podstawa zakończenia",
        "on_time" => "Dotrzymanie terminu",
        "programme" => "Program",
        "channel" => "Kanał",
        "state" => "Stan standardów",
        "within_6_months" => "Ponowny NK-A w ciągu 6 miesięcy",
        "within_12_months" => "Ponowny NK-A w ciągu 12 miesięcy",
        other => other,
    }
}

/// Why a cell is hidden, as the regional view says it.
pub fn rule_note(rule: Rule) -> &'static str {
    match rule {
        Rule::Primary => "<10",
        Rule::FewMunicipalities => "ukryte: dane z mniej niż 3 gmin",
        Rule::Dominance => "ukryte: jedna gmina to ponad 80% tej liczby",
        Rule::Secondary => "ukryte, by z sum nie dało się odtworzyć innej ukrytej liczby",
        Rule::Derived => "ukryte: odsetek liczony z ukrytej liczby",
        Rule::Differencing => {
            "ukryte: po odjęciu wcześniejszego wydania albo wydań za części okresu zostałaby liczba mniejsza niż 10 lub ukryta"
        }
    }
}

/// A municipality's own figures: every figure of every indicator, then its total.
pub fn municipality_rows(counted: &[Counted], sources: &Sources) -> Vec<Row> {
    let mut rows = Vec::new();
    for c in counted {
        let key = c.indicator.key;
        for figure in &c.figures {
            rows.push(Row {
                indicator: c.indicator.label.to_owned(),
                breakdown: figure
                    .breakdown
                    .iter()
                    .map(|(d, v)| (dimension_name(d).to_owned(), sources.value_label(key, d, v)))
                    .collect(),
                value: Some(figure.value),
                note: String::new(),
            });
        }
        rows.push(Row {
            indicator: c.indicator.label.to_owned(),
            breakdown: c
                .indicator
                .dimensions
                .iter()
                .map(|d| (dimension_name(d).to_owned(), TOTAL.to_owned()))
                .collect(),
            value: Some(c.total()),
            note: if c.indicator.measure == kernel::stats::Measure::Stock {
                "stan na koniec okresu".to_owned()
            } else {
                String::new()
            },
        });
    }
    rows
}

/// A release's cells, each with its value or the reason it is hidden.
pub fn release_rows(tables: &[Table], sources: &Sources) -> Vec<Row> {
    let mut rows = Vec::new();
    for t in tables {
        for cell in &t.cells {
            let mut breakdown: Vec<(String, String)> = Vec::new();
            for (i, dimension) in t.dimensions.iter().enumerate() {
                let value = if t.dimensions.len() == 2 && i == 0 {
                    cell.row.as_deref()
                } else {
                    cell.col.as_deref()
                };
                breakdown.push((
                    dimension_name(dimension).to_owned(),
                    value.map_or_else(
                        || TOTAL.to_owned(),
                        |v| sources.value_label(&t.key, dimension, v),
                    ),
                ));
            }
            let (value, note) = match cell.cell {
                Cell::Value(v) => (
                    Some(v),
                    if t.unit == Unit::Percent {
                        "odsetek (%)".to_owned()
                    } else {
                        String::new()
                    },
                ),
                Cell::Suppressed(rule) => (None, rule_note(rule).to_owned()),
            };
            rows.push(Row {
                indicator: t.label.clone(),
                breakdown,
                value,
                note,
            });
        }
    }
    rows
}

/// A text a spreadsheet would read as a formula, made plain text.
fn neutralised(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// The fields of a row, as text, in the header's order.
fn fields(row: &Row) -> Vec<String> {
    let dim = |i: usize| row.breakdown.get(i).cloned().unwrap_or_default();
    let (d1, v1) = dim(0);
    let (d2, v2) = dim(1);
    vec![
        row.indicator.clone(),
        d1,
        v1,
        d2,
        v2,
        row.value.map(|v| v.to_string()).unwrap_or_default(),
        row.note.clone(),
    ]
}

/// What a file holds: a header, lines of text, the column of numbers, the columns' widths.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    pub header: Vec<String>,
    pub lines: Vec<Vec<String>>,
    /// The columns written as numbers in XLSX (when the text is one).
    pub number_columns: Vec<usize>,
    /// In characters, for XLSX.
    pub widths: Vec<f64>,
}

impl Sheet {
    /// Figures or cells, one per line, under [`HEADER`].
    pub fn of_rows(rows: &[Row]) -> Sheet {
        Sheet {
            header: HEADER.iter().map(|h| (*h).to_owned()).collect(),
            lines: rows.iter().map(fields).collect(),
            number_columns: vec![5],
            widths: vec![48.0, 24.0, 28.0, 18.0, 22.0, 10.0, 40.0],
        }
    }
}

/// CSV: UTF-8 with a byte-order mark (a spreadsheet then reads the Polish letters right),
/// `;`-separated (the Polish list separator), CRLF line ends.
pub fn csv(sheet: &Sheet) -> Vec<u8> {
    let quote = |field: &str| {
        let field = neutralised(field);
        if field.contains([';', '"', '\n', '\r']) {
            format!("\"{}\"", field.replace('"', "\"\""))
        } else {
            field
        }
    };
    let mut out = String::from("\u{feff}");
    for line in std::iter::once(&sheet.header).chain(&sheet.lines) {
        let quoted: Vec<String> = line.iter().map(|f| quote(f)).collect();
        out.push_str(&quoted.join(";"));
        out.push_str("\r\n");
    }
    out.into_bytes()
}

/// XLSX: one sheet named `name`, the header in bold, numbers as numbers.
pub fn xlsx(name: &str, sheet: &Sheet) -> Result<Vec<u8>> {
    workbook(&[(name, sheet)])
}

/// XLSX of several sheets, each named, in order; as [`xlsx`].
pub fn workbook(sheets: &[(&str, &Sheet)]) -> Result<Vec<u8>> {
    let failed = |e: rust_xlsxwriter::XlsxError| Error::internal_from("writing an XLSX export", e);
    let mut workbook = Workbook::new();
    let bold = XlsxFormat::new().set_bold();
    for (name, sheet) in sheets {
        let worksheet = workbook.add_worksheet();
        worksheet.set_name(*name).map_err(failed)?;
        for (col, title) in sheet.header.iter().enumerate() {
            worksheet
                .write_string_with_format(0, col as u16, title, &bold)
                .map_err(failed)?;
        }
        for (col, width) in sheet.widths.iter().enumerate() {
            worksheet
                .set_column_width(col as u16, *width)
                .map_err(failed)?;
        }
        for (i, line) in sheet.lines.iter().enumerate() {
            let r =
                u32::try_from(i + 1).map_err(|_| Error::internal("an export of too many rows"))?;
            for (col, field) in line.iter().enumerate() {
                let number = sheet
                    .number_columns
                    .contains(&col)
                    .then(|| field.parse::<f64>().ok())
                    .flatten()
                    .filter(|v| v.is_finite());
                let col = col as u16;
                match number {
                    Some(v) => worksheet.write_number(r, col, v).map(|_| ()),
                    None if field.is_empty() => Ok(()),
                    // A string cell of XLSX is never run as a formula: written as it is.
                    None => worksheet.write_string(r, col, field).map(|_| ()),
                }
                .map_err(failed)?;
            }
        }
    }
    workbook.save_to_buffer().map_err(failed)
}

#[cfg(test)]
#[path = "export_tests.rs"]
mod tests;
