//! The yearly report a municipality files on the Government Programme for Counteracting
//! Domestic Violence 2024–2030 (*Rządowy Program Przeciwdziałania Przemocy Domowej*, uchwała RM
//! nr 205/2023): the municipality's own figures for a year, in the breakdowns the voivode
//! aggregates (Blue Cards by initiating sector, victims women / men / minors, perpetrators by
//! sex and under alcohol, the team's meetings and diagnostic groups, procedures closed by
//! ground, programme referrals and their outcomes, help on cards and outside them, support
//! groups), each line summed from the declared indicators. A line of an indicator no service
//! declares is left out.

use kernel::stats::{Figure, Period};

use crate::export::Sheet;
use crate::local::{Counted, Sources};

/// One line of the report: the sum of `indicator`'s figures whose breakdown matches every
/// `(dimension, allowed values)` of `only`; with `each`, also one line per value of that
/// dimension under it.
struct Line {
    number: &'static str,
    label: &'static str,
    indicator: &'static str,
    only: &'static [(&'static str, &'static [&'static str])],
    each: Option<&'static str>,
}

const fn line(number: &'static str, label: &'static str, indicator: &'static str) -> Line {
    Line {
        number,
        label,
        indicator,
        only: &[],
        each: None,
    }
}

const ADULT: &[&str] = &["18-59", "60+"];
/// The programmes for perpetrators the Act names (art. 6 ust. 6 pkt 3 ustawy o przeciwdziałaniu
/// przemocy domowej): corrective-educational and psychological-therapeutic.
const FOR_PERPETRATORS: &[&str] = &["CORRECTIVE_EDUCATIONAL", "PSYCHOLOGICAL_THERAPEUTIC"];
const MINOR: &[&str] = &["0-12", "13-17"];

/// The report's parts, each with its lines.
const PARTS: &[(&str, &[Line])] = &[
    (
        "I. Procedura „Niebieskie Karty”",
        &[
            Line {
                each: Some("institution"),
                ..line(
                    "1",
                    "Formularze „Niebieska Karta – A” ogółem, w tym według instytucji wypełniającej",
                    "blue_cards_opened",
                )
            },
            Line {
                only: &[("kind", &["INITIATING"])],
                ..line("1a", "— wszczynające procedurę", "blue_cards_opened")
            },
            Line {
                only: &[("kind", &["SUBSEQUENT"])],
                ..line(
                    "1b",
                    "— kolejne, w toku prowadzonej procedury",
                    "blue_cards_opened",
                )
            },
            Line {
                each: Some("ground"),
                ..line(
                    "2",
                    "Procedury zakończone ogółem, w tym według podstawy zakończenia",
                    "procedures_closed",
                )
            },
            line(
                "3",
                "Procedury, w których osoba stosująca przemoc była pod wpływem alkoholu",
                "perpetrators_under_alcohol",
            ),
        ],
    ),
    (
        "II. Osoby doznające przemocy domowej",
        &[
            line("4", "Osoby doznające przemocy ogółem", "victims"),
            Line {
                only: &[("sex", &["FEMALE"]), ("age_band", ADULT)],
                ..line("4a", "— kobiety", "victims")
            },
            Line {
                only: &[("sex", &["MALE"]), ("age_band", ADULT)],
                ..line("4b", "— mężczyźni", "victims")
            },
            Line {
                only: &[("age_band", MINOR)],
                ..line("4c", "— małoletni", "victims")
            },
            Line {
                only: &[("age_band", &["unknown"])],
                ..line("4d", "— wiek nieustalony", "victims")
            },
        ],
    ),
    (
        "III. Osoby stosujące przemoc domową",
        &[
            line("5", "Osoby stosujące przemoc ogółem", "perpetrators"),
            Line {
                only: &[("sex", &["FEMALE"])],
                ..line("5a", "— kobiety", "perpetrators")
            },
            Line {
                only: &[("sex", &["MALE"])],
                ..line("5b", "— mężczyźni", "perpetrators")
            },
            Line {
                each: Some("programme"),
                ..line(
                    "6",
                    "Skierowania do programów w planach pomocy, w tym według programu",
                    "programme_referrals",
                )
            },
            Line {
                only: &[
                    ("programme_type", FOR_PERPETRATORS),
                    ("outcome", &["COMPLETED"]),
                ],
                each: Some("programme_type"),
                ..line(
                    "6a",
                    "Osoby, które ukończyły program dla osób stosujących przemoc, w tym według programu",
                    "programme_outcomes",
                )
            },
            Line {
                only: &[
                    ("programme_type", FOR_PERPETRATORS),
                    ("outcome", &["DROPPED_OUT"]),
                ],
                each: Some("programme_type"),
                ..line(
                    "6b",
                    "Osoby, które przerwały udział w programie dla osób stosujących przemoc, w tym według programu",
                    "programme_outcomes",
                )
            },
        ],
    ),
    (
        "IV. Zespół interdyscyplinarny i grupy diagnostyczno-pomocowe",
        &[
            line(
                "7",
                "Posiedzenia zespołu interdyscyplinarnego",
                "team_meetings",
            ),
            line(
                "8",
                "Grupy diagnostyczno-pomocowe pracujące (stan na koniec okresu)",
                "diagnostic_groups_working",
            ),
            Line {
                each: Some("kind"),
                ..line(
                    "9",
                    "Działania zapisane w kartach ogółem, w tym według rodzaju",
                    "work_recorded",
                )
            },
            Line {
                only: &[(
                    "help",
                    &[
                        "CONSULTATION_SOCIAL",
                        "CONSULTATION_LEGAL",
                        "CONSULTATION_PSYCHOLOGICAL",
                        "CONSULTATION_PEDAGOGICAL",
                        "CONSULTATION_FAMILY_COUNSELLING",
                        "INTERVENTION_WITH_POLICE",
                        "INTERVENTION_WITHOUT_POLICE",
                    ],
                )],
                each: Some("help"),
                ..line(
                    "9a",
                    "Porady i interwencje w procedurach, w tym według rodzaju",
                    "card_help",
                )
            },
            Line {
                only: &[("on_time", &["YES"])],
                ..line("10", "Terminy procedury dotrzymane", "deadlines_met")
            },
            Line {
                only: &[("on_time", &["NO"])],
                ..line("11", "Terminy procedury niedotrzymane", "deadlines_met")
            },
        ],
    ),
    (
        "V. Pomoc poza procedurą i zasoby gminy",
        &[
            Line {
                each: Some("kind"),
                ..line(
                    "12",
                    "Zgłoszenia i porady w rejestrze przyjęć ogółem, w tym według rodzaju",
                    "intake_entries",
                )
            },
            Line {
                each: Some("kind"),
                ..line(
                    "13",
                    "Punkty pomocy ogółem, w tym według rodzaju",
                    "help_points",
                )
            },
            line(
                "14",
                "Wolne miejsca w ośrodkach schronienia (stan na koniec okresu)",
                "shelter_free_places",
            ),
            Line {
                only: &[("blue_card", &["NO"])],
                each: Some("help"),
                ..line(
                    "15",
                    "Pomoc udzielona rodzinom bez procedury „Niebieskie Karty” (teczki rodzin), w tym według rodzaju",
                    "family_help",
                )
            },
            Line {
                only: &[("programme_type", &["VICTIMS_SUPPORT_GROUP"])],
                ..line(
                    "16",
                    "Uczestnicy grup wsparcia dla osób doznających przemocy (stan na koniec okresu)",
                    "programme_participants",
                )
            },
        ],
    ),
];

/// The columns, in Polish.
const HEADER: [&str; 4] = ["Lp.", "Pozycja", "Liczba", "Uwagi"];

/// The report of `year` from its counted indicators, under a title line naming the
/// municipality and whether the year is over.
pub fn government_programme(
    municipality: &str,
    year: Period,
    over: bool,
    counted: &[Counted],
    sources: &Sources,
) -> Sheet {
    let mut lines = vec![vec![
        String::new(),
        format!(
            "Sprawozdanie z realizacji Rządowego Programu Przeciwdziałania Przemocy Domowej \
                 na lata 2024–2030 za rok {year}: {municipality}"
        ),
        String::new(),
        if over {
            String::new()
        } else {
            "rok trwa: liczby na dziś".to_owned()
        },
    ]];
    for (part, part_lines) in PARTS {
        let declared: Vec<(&Line, &Counted)> = part_lines
            .iter()
            .filter_map(|l| {
                let c = counted.iter().find(|c| c.indicator.key == l.indicator)?;
                Some((l, c))
            })
            .collect();
        if declared.is_empty() {
            continue;
        }
        lines.push(vec![
            String::new(),
            (*part).to_owned(),
            String::new(),
            String::new(),
        ]);
        for (l, c) in declared {
            let matching: Vec<&Figure> = c
                .figures
                .iter()
                .filter(|f| {
                    l.only.iter().all(|(dimension, allowed)| {
                        f.breakdown
                            .iter()
                            .any(|(d, v)| d == dimension && allowed.contains(&v.as_str()))
                    })
                })
                .collect();
            let note = if c.indicator.measure == kernel::stats::Measure::Stock {
                "stan na koniec okresu"
            } else {
                ""
            };
            lines.push(vec![
                l.number.to_owned(),
                l.label.to_owned(),
                matching.iter().map(|f| f.value).sum::<i64>().to_string(),
                note.to_owned(),
            ]);
            let Some(dimension) = l.each else { continue };
            let mut values: Vec<(&str, i64)> = Vec::new();
            for f in &matching {
                let Some((_, v)) = f.breakdown.iter().find(|(d, _)| *d == dimension) else {
                    continue;
                };
                match values.iter_mut().find(|(seen, _)| *seen == v.as_str()) {
                    Some((_, sum)) => *sum += f.value,
                    None => values.push((v.as_str(), f.value)),
                }
            }
            for (value, sum) in values {
                lines.push(vec![
                    String::new(),
                    format!("— {}", sources.value_label(l.indicator, dimension, value)),
                    sum.to_string(),
                    String::new(),
                ]);
            }
        }
    }
    Sheet {
        header: HEADER.iter().map(|h| (*h).to_owned()).collect(),
        lines,
        number_columns: vec![2],
        widths: vec![6.0, 80.0, 10.0, 30.0],
    }
}

#[cfg(test)]
#[path = "report_tests.rs"]
mod tests;
