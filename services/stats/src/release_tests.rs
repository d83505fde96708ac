use kernel::stats::{Figure, Indicator, Measure, Share};

use super::*;

const VICTIMS: Indicator = Indicator {
    key: "victims",
    label: "Osoby doznające przemocy",
    dimensions: &["sex", "age_band"],
    measure: Measure::Flow,
};

const DEADLINES: Indicator = Indicator {
    key: "deadlines_met",
    label: "Terminy",
    dimensions: &["on_time"],
    measure: Measure::Flow,
};

const GROUPS: Indicator = Indicator {
    key: "groups",
    label: "Grupy",
    dimensions: &[],
    measure: Measure::Stock,
};

const ON_TIME: Share = Share {
    key: "deadlines_met_share",
    label: "Terminy dotrzymane (odsetek)",
    indicator: "deadlines_met",
    dimension: "on_time",
    value: "YES",
};

fn figure(indicator: &'static str, breakdown: &[(&'static str, &str)], value: i64) -> Figure {
    Figure::new(indicator, breakdown, value)
}

fn municipality(figures: Vec<Figure>) -> Municipality {
    let counted = [VICTIMS, DEADLINES, GROUPS]
        .into_iter()
        .map(|indicator| Counted {
            indicator,
            figures: figures
                .iter()
                .filter(|f| f.indicator == indicator.key)
                .cloned()
                .collect(),
        })
        .collect();
    Municipality {
        counted,
        publishes_own: false,
    }
}

fn victims(sex: &str, band: &str, n: i64) -> Figure {
    figure("victims", &[("sex", sex), ("age_band", band)], n)
}

fn publish(municipalities: &[Municipality], earlier: &[Vec<Table>]) -> Vec<Table> {
    let earlier: Vec<Released> = earlier
        .iter()
        .map(|tables| Released {
            tables: tables.clone(),
            few_changed: false,
        })
        .collect();
    build(
        &[VICTIMS, DEADLINES, GROUPS],
        &[ON_TIME],
        municipalities,
        &earlier,
        &[],
    )
}

/// As the same municipalities released it.
fn same(tables: Vec<Table>) -> Option<Released> {
    Some(Released {
        tables,
        few_changed: false,
    })
}

fn publish_whole(municipalities: &[Municipality], parts: &[Division]) -> Vec<Table> {
    build(
        &[VICTIMS, DEADLINES, GROUPS],
        &[ON_TIME],
        municipalities,
        &[],
        parts,
    )
}

fn table<'a>(tables: &'a [Table], key: &str) -> &'a Table {
    tables.iter().find(|t| t.key == key).unwrap()
}

/// Four municipalities with many adult women and men, and one with 3 girls aged 0–12.
fn region() -> Vec<Municipality> {
    let mut out: Vec<Municipality> = (0..4)
        .map(|i| {
            municipality(vec![
                victims("FEMALE", "18-59", 30 + i),
                victims("MALE", "18-59", 12 + i),
                victims("FEMALE", "60+", 5),
                figure("deadlines_met", &[("on_time", "YES")], 20),
                figure("deadlines_met", &[("on_time", "NO")], 4),
                figure("groups", &[], 6),
            ])
        })
        .collect();
    out.push(municipality(vec![victims("FEMALE", "0-12", 3)]));
    out
}

#[test]
fn a_municipality_with_three_victims_is_not_published() {
    let tables = publish(&region(), &[]);
    let victims = table(&tables, "victims");
    assert_eq!(
        victims.cell(Some("FEMALE"), Some("0-12")),
        Cell::Suppressed(Rule::Primary)
    );
    // Its row total would give it away with the other cells: something else in the row hides.
    let row: Vec<Cell> = ["0-12", "18-59", "60+"]
        .iter()
        .map(|b| victims.cell(Some("FEMALE"), Some(b)))
        .chain([victims.cell(Some("FEMALE"), None)])
        .collect();
    let hidden = row
        .iter()
        .filter(|c| matches!(c, Cell::Suppressed(_)))
        .count();
    assert!(hidden >= 2, "{row:?}");
    // The column of 0–12 holds only that cell: its total is hidden too.
    assert!(matches!(
        victims.cell(None, Some("0-12")),
        Cell::Suppressed(_)
    ));
}

#[test]
fn every_combination_counted_anywhere_is_a_cell_with_its_totals() {
    let tables = publish(&region(), &[]);
    let victims = table(&tables, "victims");
    // 2 sexes × 3 bands seen, with row, column and grand totals.
    assert_eq!(victims.cells.len(), 3 * 4);
    assert_eq!(
        victims.cell(Some("MALE"), Some("18-59")),
        Cell::Value(12 + 13 + 14 + 15)
    );
    assert_eq!(
        victims.breakdown(&victims.cells[0]),
        vec![
            ("sex".to_owned(), "FEMALE".to_owned()),
            ("age_band".to_owned(), "0-12".to_owned())
        ]
    );
    let groups = table(&tables, "groups");
    assert_eq!(groups.cells.len(), 1);
    assert_eq!(groups.cell(None, None), Cell::Value(24));
    assert!(!groups.cumulative);
    let deadlines = table(&tables, "deadlines_met");
    assert_eq!(deadlines.cells.len(), 3);
    assert_eq!(deadlines.cell(None, None), Cell::Value(96));
}

#[test]
fn a_share_is_published_from_published_counts_only() {
    let tables = publish(&region(), &[]);
    let share = table(&tables, "deadlines_met_share");
    assert_eq!(share.unit, Unit::Percent);
    assert!(share.dimensions.is_empty());
    assert_eq!(share.cell(None, None), Cell::Value(83)); // 80 of 96

    // Two municipalities only: the counts are hidden, and so is the share.
    let tables = publish(&region()[..2], &[]);
    assert_eq!(
        table(&tables, "deadlines_met").cell(None, Some("YES")),
        Cell::Suppressed(Rule::FewMunicipalities)
    );
    assert_eq!(
        table(&tables, "deadlines_met_share").cell(None, None),
        Cell::Suppressed(Rule::Derived)
    );
}

#[test]
fn one_municipality_dominating_a_cell_is_not_published() {
    let mut region = region();
    region.push(municipality(vec![victims("MALE", "60+", 400)]));
    region.push(municipality(vec![victims("MALE", "60+", 10)]));
    region.push(municipality(vec![victims("MALE", "60+", 10)]));
    let tables = publish(&region, &[]);
    assert_eq!(
        table(&tables, "victims").cell(Some("MALE"), Some("60+")),
        Cell::Suppressed(Rule::Dominance)
    );
}

#[test]
fn a_municipality_leaving_between_two_releases_is_not_isolated() {
    // The first release: five municipalities of 30+ adult women each.
    let mut five: Vec<Municipality> = region().into_iter().take(4).collect();
    five.push(municipality(vec![
        victims("FEMALE", "18-59", 4),
        victims("MALE", "18-59", 20),
    ]));
    let first = publish(&five, &[]);
    let women = |t: &[Table]| table(t, "victims").cell(Some("FEMALE"), Some("18-59"));
    assert_eq!(women(&first), Cell::Value(30 + 31 + 32 + 33 + 4));
    // The fifth stops sharing: the difference would be its 4 women, and its 20 men. One
    // municipality left: any difference is its own, however large.
    let earlier = [Released {
        tables: first.clone(),
        few_changed: true,
    }];
    let second = build(
        &[VICTIMS, DEADLINES, GROUPS],
        &[ON_TIME],
        &five[..4],
        &earlier,
        &[],
    );
    assert_eq!(women(&second), Cell::Suppressed(Rule::Differencing));
    assert_eq!(
        table(&second, "victims").cell(Some("MALE"), Some("18-59")),
        Cell::Suppressed(Rule::Differencing)
    );
    // Had three or more left at once, a difference of 24 would be no one's own; but the 20 men
    // would still give the 4 women away from the two totals, so they go too.
    let many = [Released {
        tables: first.clone(),
        few_changed: false,
    }];
    let third = build(
        &[VICTIMS, DEADLINES, GROUPS],
        &[ON_TIME],
        &five[..4],
        &many,
        &[],
    );
    let third = table(&third, "victims");
    assert_eq!(third.cell(None, Some("18-59")), Cell::Value(180));
    assert_eq!(
        third.cell(Some("FEMALE"), Some("18-59")),
        Cell::Suppressed(Rule::Differencing)
    );
    assert!(matches!(
        third.cell(Some("MALE"), Some("18-59")),
        Cell::Suppressed(_)
    ));
    // Whatever is published cannot recompute the hidden cell from the row: its row total or
    // another of its row's cells is hidden too.
    let row_hidden = ["0-12", "18-59", "60+"]
        .iter()
        .map(|b| table(&second, "victims").cell(Some("FEMALE"), Some(b)))
        .chain([table(&second, "victims").cell(Some("FEMALE"), None)])
        .filter(|c| matches!(c, Cell::Suppressed(_)))
        .count();
    assert!(row_hidden >= 2);
}

#[test]
fn a_value_an_earlier_release_published_stays_in_the_table() {
    let first = publish(&region(), &[]);
    // Later nobody counts any deadline: the labels stay, as zeros.
    let quiet: Vec<Municipality> = (0..4)
        .map(|i| municipality(vec![victims("FEMALE", "18-59", 30 + i)]))
        .collect();
    let second = publish(&quiet, std::slice::from_ref(&first));
    let deadlines = table(&second, "deadlines_met");
    assert_eq!(deadlines.cell(None, Some("YES")), Cell::Value(0));
    assert!(deadlines
        .cells
        .iter()
        .any(|c| c.col.as_deref() == Some("NO")));
    // A share of nothing is not published.
    assert!(table(&second, "deadlines_met_share").cells.is_empty());
}

#[test]
fn rules_are_recorded_by_code() {
    for rule in [
        Rule::Primary,
        Rule::FewMunicipalities,
        Rule::Dominance,
        Rule::Secondary,
        Rule::Derived,
        Rule::Differencing,
    ] {
        assert_eq!(parse_rule(rule_code(rule)), Some(rule));
    }
    assert_eq!(parse_rule("VALUE"), None);
    assert_eq!(Unit::parse(Unit::Percent.as_str()), Some(Unit::Percent));
}

/// Five municipalities with `n` men of 60+ each, and many adult women.
fn quarter(men: [i64; 5]) -> Vec<Municipality> {
    men.iter()
        .enumerate()
        .map(|(i, n)| {
            municipality(vec![
                victims("FEMALE", "18-59", 40 + i as i64),
                victims("MALE", "60+", *n),
                figure("groups", &[], 3),
            ])
        })
        .collect()
}

/// The year's counts: the sum of its quarters'.
fn year_of(quarters: &[Vec<Municipality>]) -> Vec<Municipality> {
    (0..5)
        .map(|m| {
            let figures = quarters
                .iter()
                .flat_map(|q| q[m].counted.iter().flat_map(|c| c.figures.clone()))
                .collect();
            municipality(figures)
        })
        .collect()
}

#[test]
fn a_year_cannot_give_away_a_quarters_hidden_count() {
    // Three quarters of many older men, the fourth of one man only, hidden in its release.
    let quarters = vec![
        quarter([4, 4, 4, 4, 4]),
        quarter([3, 3, 3, 3, 3]),
        quarter([5, 5, 5, 5, 5]),
        quarter([1, 0, 0, 0, 0]),
    ];
    let released: Vec<Vec<Table>> = quarters.iter().map(|q| publish(q, &[])).collect();
    let men = |t: &[Table]| table(t, "victims").cell(Some("MALE"), Some("60+"));
    assert_eq!(men(&released[3]), Cell::Suppressed(Rule::Primary));
    assert_eq!(men(&released[0]), Cell::Value(20));
    // Naively the year says 61, and 61 - 20 - 15 - 25 = 1: the fourth quarter's man.
    let year = year_of(&quarters);
    assert_eq!(men(&publish(&year, &[])), Cell::Value(61));
    let division: Division = released.iter().cloned().map(same).collect();
    let safe = publish_whole(&year, &[division]);
    assert_eq!(men(&safe), Cell::Suppressed(Rule::Differencing));
    // The fourth quarter hid its women too, so that its total would not give the man away:
    // the year less three quarters would give them, and with them the man. Hidden as well.
    assert_eq!(
        released[3][0].cell(Some("FEMALE"), Some("18-59")),
        Cell::Suppressed(Rule::Secondary)
    );
    assert_eq!(
        table(&safe, "victims").cell(Some("FEMALE"), Some("18-59")),
        Cell::Suppressed(Rule::Differencing)
    );
    // What stays published adds up with the quarters' published totals only.
    assert_eq!(table(&safe, "victims").cell(None, None), Cell::Value(901));
    // A state at the period's end is not a sum of its parts: untouched by the rule.
    assert_eq!(table(&safe, "groups").cell(None, None), Cell::Value(60));
}

#[test]
fn a_year_cannot_give_away_a_quarter_without_a_release() {
    let quarters = vec![
        quarter([4, 4, 4, 4, 4]),
        quarter([3, 3, 3, 3, 3]),
        quarter([5, 5, 5, 5, 5]),
        quarter([2, 1, 0, 0, 0]),
    ];
    // Only the first three quarters were released: the year less them is the fourth, 3.
    let mut division: Division = quarters[..3]
        .iter()
        .map(|q| same(publish(q, &[])))
        .collect();
    division.push(None);
    let safe = publish_whole(&year_of(&quarters), &[division]);
    assert_eq!(
        table(&safe, "victims").cell(Some("MALE"), Some("60+")),
        Cell::Suppressed(Rule::Differencing)
    );
}
