use super::*;

const SAMPLE: Template = Template {
    path: "/test/sample.typ",
    source: r#"#import "/common.typ": document-page, row
#let d = sys.inputs
#show: document-page.with(title: d.title, issuer: d.issuer)
= #d.title
#row("Imię i nazwisko", d.name)
"#,
};

#[derive(Serialize)]
struct Sample {
    title: String,
    issuer: String,
    name: String,
}

fn sample(name: &str) -> Sample {
    Sample {
        title: "Zaświadczenie".to_owned(),
        issuer: "Miejski Ośrodek Pomocy Społecznej w Żorach".to_owned(),
        name: name.to_owned(),
    }
}

#[test]
fn a_document_is_a_pdf() {
    let pdf = render(SAMPLE, &sample("Zażółć Gęślą Jaźń")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"), "{:?}", &pdf[..8]);
    // Tagged, with the font embedded.
    let text = String::from_utf8_lossy(&pdf);
    assert!(text.contains("/StructTreeRoot"));
    assert!(text.contains("DejaVuSans"));
}

/// What a poppler tool (`pdftotext`, `pdfinfo`) reads of the PDF, whitespace folded.
fn read_with(tool: &str, pdf: &[u8]) -> String {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let args: &[&str] = match tool {
        "pdftotext" => &["-enc", "UTF-8", "-", "-"],
        _ => &["-"],
    };
    let mut child = Command::new(tool)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("poppler-utils (scripts/services.sh: ensure_pdftotext)");
    child.stdin.take().unwrap().write_all(pdf).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{tool} failed");
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn polish_letters_are_read_back() {
    let pdf = render(SAMPLE, &sample("Zażółć Gęślą Jaźń ŻÓŁW")).unwrap();
    let text = read_with("pdftotext", &pdf);
    assert!(
        text.contains("Imię i nazwisko Zażółć Gęślą Jaźń ŻÓŁW"),
        "{text}"
    );
    assert!(
        text.contains("Miejski Ośrodek Pomocy Społecznej w Żorach"),
        "{text}"
    );
    let info = read_with("pdfinfo", &pdf);
    assert!(info.contains("Tagged: yes"), "{info}");
    assert!(info.contains("Title: Zaświadczenie"), "{info}");
    // PDF/A-2a and PDF/UA-1, declared in the XMP metadata.
    let raw = String::from_utf8_lossy(&pdf);
    assert!(
        raw.contains("pdfaid:part") && raw.contains("pdfuaid:part"),
        "not archival"
    );
}

#[test]
fn markup_in_values_is_printed_as_typed() {
    for name in [
        "#panic(\"x\")",
        "*gruby* _kursywa_ $x$ ]",
        "@ref <label> // komentarz",
    ] {
        let pdf = render(SAMPLE, &sample(name)).unwrap();
        let text = read_with("pdftotext", &pdf);
        assert!(text.contains(name), "{name}: {text}");
    }
}

#[test]
fn a_character_outside_the_font_still_makes_a_document() {
    let pdf = render(SAMPLE, &sample("Anna 🌷 Nowak")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
}

#[test]
fn a_template_reaches_no_other_file() {
    let reaching = Template {
        path: "/test/reaching.typ",
        source: "#read(\"/etc/passwd\")",
    };
    assert!(render(reaching, &sample("x")).is_err());
}

#[test]
fn days_are_printed_the_polish_way() {
    assert_eq!(
        day(chrono::NaiveDate::from_ymd_opt(2026, 3, 7).unwrap()),
        "07.03.2026"
    );
}
