use kernel::stats::{Figure, Indicator, Measure};

use super::*;
use crate::release::TableCell;

const VICTIMS: Indicator = Indicator {
    key: "victims",
    label: "Osoby doznające przemocy według płci i wieku",
    dimensions: &["sex", "age_band"],
    measure: Measure::Flow,
};

fn rows() -> Vec<Row> {
    let counted = Counted {
        indicator: VICTIMS,
        figures: vec![
            Figure::new("victims", &[("sex", "FEMALE"), ("age_band", "18-59")], 12),
            Figure::new("victims", &[("sex", "MALE"), ("age_band", "60+")], 3),
        ],
    };
    municipality_rows(&[counted], &Sources::default())
}

#[test]
fn the_municipalitys_figures_have_polish_names_and_a_total() {
    let rows = rows();
    assert_eq!(rows.len(), 3);
    assert_eq!(
        rows[0].breakdown,
        [
            ("Płeć".to_owned(), "kobiety".to_owned()),
            ("Wiek".to_owned(), "18–59 lat".to_owned())
        ]
    );
    assert_eq!(rows[2].value, Some(15));
    assert_eq!(rows[2].breakdown[0].1, "razem");
}

#[test]
fn csv_is_utf8_with_a_bom_semicolons_and_no_formula() {
    let mut rows = rows();
    rows[0].note = "=HYPERLINK(\"http://x\";\"a\")".to_owned();
    rows[1].indicator = "-2+3".to_owned();
    let bytes = csv(&Sheet::of_rows(&rows));
    assert_eq!(&bytes[..3], [0xEF, 0xBB, 0xBF]);
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "Wskaźnik;Wymiar 1;Wartość 1;Wymiar 2;Wartość 2;Liczba;Uwagi"
    );
    assert_eq!(
        lines[1],
        "Osoby doznające przemocy według płci i wieku;Płeć;kobiety;Wiek;18–59 lat;12;\"'=HYPERLINK(\"\"http://x\"\";\"\"a\"\")\""
    );
    assert!(lines[2].starts_with("'-2+3;"), "{}", lines[2]);
    assert_eq!(lines.len(), 5, "a header, three rows and the last line end");
}

#[test]
fn a_release_says_why_a_cell_is_hidden_never_its_value() {
    let table = Table {
        key: "victims".to_owned(),
        label: VICTIMS.label.to_owned(),
        dimensions: vec!["sex".to_owned(), "age_band".to_owned()],
        unit: Unit::Count,
        cumulative: true,
        cells: vec![
            TableCell {
                row: Some("MALE".to_owned()),
                col: Some("60+".to_owned()),
                cell: Cell::Suppressed(Rule::Primary),
            },
            TableCell {
                row: None,
                col: Some("60+".to_owned()),
                cell: Cell::Suppressed(Rule::Secondary),
            },
            TableCell {
                row: None,
                col: None,
                cell: Cell::Value(120),
            },
        ],
    };
    let rows = release_rows(&[table], &Sources::default());
    assert_eq!(rows[0].value, None);
    assert_eq!(rows[0].note, "<10");
    assert_eq!(
        rows[1].breakdown[0],
        ("Płeć".to_owned(), "razem".to_owned())
    );
    assert!(rows[1].note.starts_with("ukryte"));
    assert_eq!(rows[2].value, Some(120));
}

#[test]
fn xlsx_is_a_workbook() {
    let bytes = xlsx("Statystyka", &Sheet::of_rows(&rows())).unwrap();
    // An XLSX file is a ZIP archive.
    assert_eq!(&bytes[..2], b"PK");
    assert!(bytes.len() > 1000);
}
