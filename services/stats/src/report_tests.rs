use kernel::stats::{Figure, Indicator, Measure, Period};

use super::*;

fn counted(
    key: &'static str,
    dimensions: &'static [&'static str],
    figures: &[(&[(&'static str, &str)], i64)],
) -> Counted {
    Counted {
        indicator: Indicator {
            key,
            label: key,
            dimensions,
            measure: Measure::Flow,
        },
        figures: figures
            .iter()
            .map(|(breakdown, value)| Figure::new(key, breakdown, *value))
            .collect(),
    }
}

fn value_of<'a>(sheet: &'a Sheet, label: &str) -> Option<&'a str> {
    sheet
        .lines
        .iter()
        .find(|l| l[1] == label)
        .map(|l| l[2].as_str())
}

#[test]
fn victims_are_told_as_women_men_and_minors_and_forms_by_sector() {
    let counted = vec![
        counted(
            "blue_cards_opened",
            &["kind", "institution"],
            &[
                (&[("kind", "INITIATING"), ("institution", "POLICE")], 10),
                (&[("kind", "SUBSEQUENT"), ("institution", "POLICE")], 2),
                (&[("kind", "INITIATING"), ("institution", "EDUCATION")], 3),
            ],
        ),
        counted(
            "victims",
            &["sex", "age_band"],
            &[
                (&[("sex", "FEMALE"), ("age_band", "18-59")], 5),
                (&[("sex", "FEMALE"), ("age_band", "60+")], 2),
                (&[("sex", "MALE"), ("age_band", "18-59")], 3),
                (&[("sex", "FEMALE"), ("age_band", "0-12")], 4),
                (&[("sex", "MALE"), ("age_band", "13-17")], 1),
                (&[("sex", "FEMALE"), ("age_band", "unknown")], 1),
            ],
        ),
    ];
    let year: Period = "2025".parse().unwrap();
    let sheet = government_programme("Gmina Żory", year, true, &counted, &Sources::default());
    assert_eq!(sheet.header, ["Lp.", "Pozycja", "Liczba", "Uwagi"]);
    assert!(sheet.lines[0][1].contains("za rok 2025: Gmina Żory"));
    assert_eq!(sheet.lines[0][3], "");
    let forms = "Formularze „Niebieska Karta – A” ogółem, w tym według instytucji wypełniającej";
    assert_eq!(value_of(&sheet, forms), Some("15"));
    assert_eq!(value_of(&sheet, "— wszczynające procedurę"), Some("13"));
    assert_eq!(
        value_of(&sheet, "— kolejne, w toku prowadzonej procedury"),
        Some("2")
    );
    // By sector, kinds summed: the police filled 12.
    assert_eq!(value_of(&sheet, "— POLICE"), Some("12"));
    assert_eq!(value_of(&sheet, "— EDUCATION"), Some("3"));
    assert_eq!(
        value_of(&sheet, "Osoby doznające przemocy ogółem"),
        Some("16")
    );
    assert_eq!(value_of(&sheet, "— kobiety"), Some("7"));
    assert_eq!(value_of(&sheet, "— mężczyźni"), Some("3"));
    assert_eq!(value_of(&sheet, "— małoletni"), Some("5"));
    assert_eq!(value_of(&sheet, "— wiek nieustalony"), Some("1"));
    // Parts of indicators no service declares are left out, not reported as zero.
    assert!(!sheet
        .lines
        .iter()
        .any(|l| l[1].contains("Zespół interdyscyplinarny")));
    assert_eq!(value_of(&sheet, "Osoby stosujące przemoc ogółem"), None);
}

#[test]
fn a_year_not_over_says_so() {
    let year: Period = "2026".parse().unwrap();
    let sheet = government_programme("Gmina Żory", year, false, &[], &Sources::default());
    assert_eq!(sheet.lines.len(), 1);
    assert_eq!(sheet.lines[0][3], "rok trwa: liczby na dziś");
}

#[test]
fn programmes_for_perpetrators_help_and_support_groups_have_their_lines() {
    let counted = vec![
        counted(
            "programme_outcomes",
            &["programme_type", "outcome"],
            &[
                (
                    &[
                        ("programme_type", "CORRECTIVE_EDUCATIONAL"),
                        ("outcome", "COMPLETED"),
                    ],
                    4,
                ),
                (
                    &[
                        ("programme_type", "PSYCHOLOGICAL_THERAPEUTIC"),
                        ("outcome", "COMPLETED"),
                    ],
                    2,
                ),
                (
                    &[
                        ("programme_type", "CORRECTIVE_EDUCATIONAL"),
                        ("outcome", "DROPPED_OUT"),
                    ],
                    1,
                ),
                // Not a programme for perpetrators, and not an outcome of taking part.
                (
                    &[
                        ("programme_type", "PARENTING_PREVENTION"),
                        ("outcome", "COMPLETED"),
                    ],
                    9,
                ),
                (
                    &[
                        ("programme_type", "CORRECTIVE_EDUCATIONAL"),
                        ("outcome", "NOT_ADMITTED"),
                    ],
                    3,
                ),
            ],
        ),
        counted(
            "card_help",
            &["help"],
            &[
                (&[("help", "CONSULTATION_LEGAL")], 5),
                (&[("help", "INTERVENTION_WITH_POLICE")], 2),
                (&[("help", "SHELTER_PLACEMENT")], 1),
            ],
        ),
        counted(
            "family_help",
            &["help", "blue_card"],
            &[
                (&[("help", "CONSULTATION_LEGAL"), ("blue_card", "NO")], 7),
                (&[("help", "CONSULTATION_LEGAL"), ("blue_card", "YES")], 2),
            ],
        ),
        counted(
            "programme_participants",
            &["programme_type"],
            &[
                (&[("programme_type", "VICTIMS_SUPPORT_GROUP")], 12),
                (&[("programme_type", "CORRECTIVE_EDUCATIONAL")], 6),
            ],
        ),
    ];
    let year: Period = "2025".parse().unwrap();
    let sheet = government_programme("Gmina Żory", year, true, &counted, &Sources::default());
    assert_eq!(
        value_of(
            &sheet,
            "Osoby, które ukończyły program dla osób stosujących przemoc, w tym według programu"
        ),
        Some("6")
    );
    assert_eq!(
        value_of(
            &sheet,
            "Osoby, które przerwały udział w programie dla osób stosujących przemoc, w tym według programu"
        ),
        Some("1")
    );
    assert_eq!(
        value_of(
            &sheet,
            "Porady i interwencje w procedurach, w tym według rodzaju"
        ),
        Some("7")
    );
    assert_eq!(
        value_of(
            &sheet,
            "Pomoc udzielona rodzinom bez procedury „Niebieskie Karty” (teczki rodzin), w tym według rodzaju"
        ),
        Some("7")
    );
    assert_eq!(
        value_of(
            &sheet,
            "Uczestnicy grup wsparcia dla osób doznających przemocy (stan na koniec okresu)"
        ),
        Some("12")
    );
}
