use microlp::{ComparisonOp, OptimizationDirection, Problem};
use proptest::prelude::*;

use super::*;

fn municipality(counts: Vec<Vec<i64>>) -> Contribution {
    Contribution {
        counts,
        publishes_own: false,
    }
}

/// Five municipalities sharing a table of victims by sex (rows) and age band (columns).
fn region(tables: Vec<Vec<Vec<i64>>>) -> Vec<Contribution> {
    tables.into_iter().map(municipality).collect()
}

fn suppressed(table: &Protected) -> Vec<(usize, usize, Rule)> {
    let mut out = Vec::new();
    for (r, row) in table.cells.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if let Cell::Suppressed(rule) = cell {
                out.push((r, c, *rule));
            }
        }
    }
    out
}

/// The range an attacker can give a suppressed cell from the published cells, the table's
/// relations and the bounds each rule gives away: (min, max) by linear programming.
fn range(table: &Protected, cell: (usize, usize)) -> (f64, f64) {
    joint_range(&[table], &[], &[(0, cell.0, cell.1, 1.0)])
}

fn assert_not_determined(table: &Protected) {
    for (r, c, rule) in suppressed(table) {
        let (min, max) = range(table, (r, c));
        assert!(
            max - min > 0.5,
            "cell ({r}, {c}) suppressed by {rule:?} is determined: [{min}, {max}] in {table:?}"
        );
    }
}

#[test]
fn a_count_under_ten_is_suppressed_and_zero_stays_zero() {
    // A municipality with 3 victims: the cell is never published, nor recomputable.
    let table = protect(
        2,
        2,
        &region(vec![
            vec![vec![3, 0], vec![20, 30]],
            vec![vec![0, 0], vec![25, 31]],
            vec![vec![0, 0], vec![22, 40]],
        ]),
    );
    assert_eq!(table.cells[0][0], Cell::Suppressed(Rule::Primary));
    assert_eq!(table.cells[0][1], Cell::Value(0));
    // Its row total is 3 too.
    assert_eq!(table.cells[0][2], Cell::Suppressed(Rule::Primary));
    assert_not_determined(&table);
}

#[test]
fn a_row_total_cannot_give_a_suppressed_cell_away() {
    // Naively: row 0 publishes 12, 40 and its total 57, so the suppressed 5 = 57 − 12 − 40.
    let table = protect(
        2,
        3,
        &region(vec![
            vec![vec![2, 4, 13], vec![10, 10, 10]],
            vec![vec![2, 4, 13], vec![10, 10, 10]],
            vec![vec![1, 4, 14], vec![10, 11, 10]],
        ]),
    );
    assert_eq!(table.cells[0][0], Cell::Suppressed(Rule::Primary));
    let hidden_in_row = (0..=3)
        .filter(|c| matches!(table.cells[0][*c], Cell::Suppressed(_)))
        .count();
    assert!(hidden_in_row >= 2, "{table:?}");
    assert_not_determined(&table);
}

#[test]
fn fewer_than_three_municipalities_are_not_published_unless_they_chose_to_be() {
    let two = vec![
        municipality(vec![vec![40]]),
        municipality(vec![vec![30]]),
        municipality(vec![vec![0]]),
    ];
    let table = protect(1, 1, &two);
    assert_eq!(table.cells[0][0], Cell::Suppressed(Rule::FewMunicipalities));
    let open: Vec<Contribution> = two
        .into_iter()
        .map(|c| Contribution {
            publishes_own: true,
            ..c
        })
        .collect();
    assert_eq!(protect(1, 1, &open).cells[0][0], Cell::Value(70));
}

#[test]
fn one_municipality_dominating_a_cell_is_not_published() {
    let table = protect(
        1,
        3,
        &region(vec![
            vec![vec![90, 30, 40]],
            vec![vec![5, 30, 40]],
            vec![vec![5, 30, 40]],
        ]),
    );
    assert_eq!(table.cells[0][0], Cell::Suppressed(Rule::Dominance));
    // The row total would give it away with the other cells: the smallest other one goes too.
    assert_eq!(table.cells[0][1], Cell::Suppressed(Rule::Secondary));
    assert_eq!(table.cells[0][2], Cell::Value(120));
    assert_not_determined(&table);
}

#[test]
fn a_municipality_leaving_sharing_does_not_isolate_its_figures() {
    let all = region(vec![
        vec![vec![20, 30, 40]],
        vec![vec![25, 35, 41]],
        vec![vec![21, 33, 42]],
        vec![vec![4, 12, 30]],
    ]);
    let before = protect(1, 3, &all);
    assert_eq!(before.cells[0][0], Cell::Value(70));
    // The fourth leaves: 70 − 66 would give away its 4 victims.
    let after_values = counts(1, 3, &all[..3]);
    let mut after = protect(1, 3, &all[..3]);
    assert_eq!(after.cells[0][0], Cell::Value(66));
    let linked = Linked {
        earlier: &[(&before, false)],
        parts: &[],
    };
    against(&mut after, &after_values, &linked);
    assert_eq!(after.cells[0][0], Cell::Suppressed(Rule::Differencing));
    // 153 → 123 differs by 30: published; 110 → 98 goes with the 66, so that the total (287)
    // cannot give the 66 back, nor the two together (180 → 164) the 4 away.
    assert_eq!(after.cells[0][2], Cell::Value(123));
    assert!(matches!(after.cells[0][1], Cell::Suppressed(_)));
    assert_not_determined(&after);
}

#[test]
fn a_share_of_a_suppressed_count_is_suppressed() {
    let share = |v: &[i64]| (v[1] > 0).then(|| v[0] * 100 / v[1]);
    assert_eq!(
        derived(&[Cell::Value(30), Cell::Value(40)], share),
        Cell::Value(75)
    );
    assert_eq!(
        derived(&[Cell::Suppressed(Rule::Primary), Cell::Value(40)], share),
        Cell::Suppressed(Rule::Derived)
    );
    assert_eq!(
        derived(&[Cell::Value(0), Cell::Value(0)], share),
        Cell::Suppressed(Rule::Derived)
    );
}

fn tables() -> impl Strategy<Value = (usize, usize, Vec<Contribution>)> {
    (1usize..4, 1usize..4, 1usize..6).prop_flat_map(|(rows, cols, municipalities)| {
        let count = prop_oneof![3 => Just(0i64), 4 => 1i64..6, 3 => 6i64..40];
        let one = prop::collection::vec(prop::collection::vec(count, cols), rows);
        (
            Just(rows),
            Just(cols),
            prop::collection::vec((one, prop::bool::weighted(0.1)), municipalities).prop_map(
                |ms| {
                    ms.into_iter()
                        .map(|(counts, publishes_own)| Contribution {
                            counts,
                            publishes_own,
                        })
                        .collect()
                },
            ),
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// No suppressed cell is determined by the published cells: each has a range wider than
    /// zero under the published constraints; every published value is the true count; and
    /// every count of 1–9 is hidden.
    #[test]
    fn no_suppressed_cell_is_determined((rows, cols, contributions) in tables()) {
        let values = counts(rows, cols, &contributions);
        let table = protect(rows, cols, &contributions);
        // What the municipalities that publish their own figures give away, cell by cell.
        let own: Vec<Contribution> = contributions.iter().filter(|c| c.publishes_own).cloned().collect();
        let own = counts(rows, cols, &own);
        for r in 0..=rows {
            for c in 0..=cols {
                match table.cells[r][c] {
                    Cell::Value(v) => {
                        prop_assert_eq!(v, values[r][c]);
                        prop_assert!(v == 0 || v >= THRESHOLD);
                        // The others' part, the cell less the known figures, is no small count.
                        let rest = v - own[r][c];
                        prop_assert!(rest == 0 || rest >= THRESHOLD, "rest {} at ({}, {})", rest, r, c);
                    }
                    Cell::Suppressed(_) => prop_assert!(values[r][c] > 0),
                }
            }
        }
        assert_not_determined(&table);
    }

    /// Against an earlier release of the same table with a municipality more or less, no cell
    /// moves by 1–9, and nothing is determined.
    #[test]
    fn releases_cannot_be_differenced((rows, cols, contributions) in tables()) {
        prop_assume!(contributions.len() >= 2);
        let earlier = protect(rows, cols, &contributions);
        let fewer = &contributions[..contributions.len() - 1];
        let values = counts(rows, cols, fewer);
        let mut later = protect(rows, cols, fewer);
        against(&mut later, &values, &Linked { earlier: &[(&earlier, false)], parts: &[] });
        for r in 0..=rows {
            for c in 0..=cols {
                if let (Cell::Value(a), Cell::Value(b)) = (earlier.cells[r][c], later.cells[r][c]) {
                    prop_assert!(a == b || (a - b).abs() >= THRESHOLD);
                }
            }
        }
        assert_not_determined(&later);
    }
}

/// What an attacker can make of several published tables at once: each table's relations, the
/// bounds each suppressed cell's rule gives away, and `links` (a table whose cells are the sums
/// of other tables' cells: a year of its quarters). The range of `of`, a sum of cells
/// `(table, row, col, coefficient)`, by linear programming.
fn joint_range(
    tables: &[&Protected],
    links: &[(usize, Vec<usize>)],
    of: &[(usize, usize, usize, f64)],
) -> (f64, f64) {
    let solve = |direction| {
        let mut problem = Problem::new(direction);
        let vars: Vec<Vec<Vec<Option<microlp::Variable>>>> = tables
            .iter()
            .enumerate()
            .map(|(t, table)| {
                let mut vars = vec![vec![None; table.cols + 1]; table.rows + 1];
                for (r, c, rule) in suppressed(table) {
                    let (lo, hi) = bounds(rule);
                    let hi = if hi == i64::MAX {
                        f64::INFINITY
                    } else {
                        hi as f64
                    };
                    let objective: f64 = of
                        .iter()
                        .filter(|(ot, or, oc, _)| (*ot, *or, *oc) == (t, r, c))
                        .map(|o| o.3)
                        .sum();
                    vars[r][c] = Some(problem.add_var(objective, (lo as f64, hi)));
                }
                vars
            })
            .collect();
        // A published cell in the functional is a constant; it shifts neither bound's width.
        let mut equations: Vec<Vec<(usize, usize, usize, f64)>> = Vec::new();
        for (t, table) in tables.iter().enumerate() {
            for r in 0..=table.rows {
                let line = (0..=table.cols)
                    .map(|c| (t, r, c, if c == table.cols { -1.0 } else { 1.0 }))
                    .collect();
                equations.push(line);
            }
            for c in 0..=table.cols {
                let line = (0..=table.rows)
                    .map(|r| (t, r, c, if r == table.rows { -1.0 } else { 1.0 }))
                    .collect();
                equations.push(line);
            }
        }
        for (whole, parts) in links {
            let table = tables[*whole];
            for r in 0..=table.rows {
                for c in 0..=table.cols {
                    let mut line = vec![(*whole, r, c, 1.0)];
                    line.extend(parts.iter().map(|p| (*p, r, c, -1.0)));
                    equations.push(line);
                }
            }
        }
        for line in equations {
            let mut expr = Vec::new();
            let mut constant = 0.0;
            for (t, r, c, coefficient) in line {
                match (vars[t][r][c], tables[t].cells[r][c]) {
                    (Some(v), _) => expr.push((v, coefficient)),
                    (None, Cell::Value(x)) => constant += coefficient * x as f64,
                    (None, Cell::Suppressed(_)) => unreachable!(),
                }
            }
            if !expr.is_empty() {
                problem.add_constraint(expr.as_slice(), ComparisonOp::Eq, -constant);
            }
        }
        let constant: f64 = of
            .iter()
            .filter_map(|(t, r, c, k)| tables[*t].cells[*r][*c].value().map(|v| v as f64 * k))
            .sum();
        match problem.solve() {
            Ok(solution) => solution.objective() + constant,
            Err(microlp::Error::Unbounded) => match direction {
                OptimizationDirection::Minimize => f64::NEG_INFINITY,
                OptimizationDirection::Maximize => f64::INFINITY,
            },
            Err(e) => panic!("the published tables are inconsistent: {e}"),
        }
    };
    (
        solve(OptimizationDirection::Minimize),
        solve(OptimizationDirection::Maximize),
    )
}

/// A region's municipalities, each with a table per part of a period (a year's quarters).
fn periods() -> impl Strategy<Value = (usize, usize, Vec<Vec<Contribution>>)> {
    (1usize..4, 1usize..4, 3usize..6).prop_flat_map(|(rows, cols, municipalities)| {
        let count = prop_oneof![3 => Just(0i64), 4 => 1i64..6, 3 => 6i64..40];
        let one = prop::collection::vec(prop::collection::vec(count, cols), rows);
        let parts = prop::collection::vec(
            prop::collection::vec(one.prop_map(municipality), municipalities),
            4,
        );
        (Just(rows), Just(cols), parts)
    })
}

/// The sum of the parts' contributions, municipality by municipality.
fn whole(rows: usize, cols: usize, parts: &[Vec<Contribution>]) -> Vec<Contribution> {
    (0..parts[0].len())
        .map(|m| {
            let mut counts = vec![vec![0; cols]; rows];
            for part in parts {
                for (r, row) in part[m].counts.iter().enumerate() {
                    for (c, v) in row.iter().enumerate() {
                        counts[r][c] += v;
                    }
                }
            }
            municipality(counts)
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// A year released after its four quarters: with all five tables and the year being the
    /// sum of its quarters, no hidden cell of any is determined, and no position's hidden
    /// quarters are pinned to a sum of 1–9.
    #[test]
    fn a_year_and_its_quarters_cannot_be_combined((rows, cols, parts) in periods()) {
        let quarters: Vec<Protected> = parts.iter().map(|p| protect(rows, cols, p)).collect();
        let contributions = whole(rows, cols, &parts);
        let values = counts(rows, cols, &contributions);
        let mut year = protect(rows, cols, &contributions);
        let division: Vec<Option<&Protected>> = quarters.iter().map(Some).collect();
        against(&mut year, &values, &Linked { earlier: &[], parts: &[(division, false)] });
        let mut all: Vec<&Protected> = vec![&year];
        all.extend(quarters.iter());
        let links = [(0, vec![1, 2, 3, 4])];
        for (t, table) in all.iter().enumerate() {
            for (r, c, rule) in suppressed(table) {
                let (min, max) = joint_range(&all, &links, &[(t, r, c, 1.0)]);
                prop_assert!(
                    max - min > 0.5 || (t == 0 && quarters.iter().all(|q| q.cells[r][c].value().is_some())),
                    "table {t} cell ({r}, {c}) suppressed by {rule:?} is determined: [{min}, {max}]\nyear {year:?}\nquarters {quarters:?}"
                );
            }
        }
        for r in 0..=rows {
            for c in 0..=cols {
                let hidden: Vec<(usize, usize, usize, f64)> = (1..=4)
                    .filter(|t| all[*t].cells[r][c].value().is_none())
                    .map(|t| (t, r, c, 1.0))
                    .collect();
                if hidden.len() < 2 {
                    continue;
                }
                let (min, max) = joint_range(&all, &links, &hidden);
                prop_assert!(
                    max - min > 0.5 || !(0.5..9.5).contains(&min),
                    "the hidden quarters at ({r}, {c}) sum to {min}\nyear {year:?}\nquarters {quarters:?}"
                );
            }
        }
    }

    /// A release after municipalities left (one: any difference is its own; three: one of
    /// 1–9 isolates too few) against the earlier one: no cell's difference, and no line's
    /// hidden cells' difference, is pinned to what would isolate the ones that left.
    #[test]
    fn releases_cannot_be_differenced_through_totals(
        (rows, cols, contributions) in tables(),
        left in prop_oneof![Just(1usize), Just(3usize)],
    ) {
        prop_assume!(contributions.len() > left);
        let earlier = protect(rows, cols, &contributions);
        let stayed = &contributions[..contributions.len() - left];
        let values = counts(rows, cols, stayed);
        let mut later = protect(rows, cols, stayed);
        let few = left < MIN_MUNICIPALITIES;
        against(&mut later, &values, &Linked { earlier: &[(&earlier, few)], parts: &[] });
        let isolates = |d: f64| if few { d.abs() > 0.5 } else { (0.5..9.5).contains(&d.abs()) };
        let both = [&earlier, &later];
        // Zero stays zero: what a published zero gives away is a count of at least 10.
        let mut sets: Vec<Vec<(usize, usize)>> = (0..=rows)
            .flat_map(|r| (0..=cols).map(move |c| vec![(r, c)]))
            .filter(|s| later.cells[s[0].0][s[0].1] != Cell::Value(0))
            .collect();
        for (_, members) in lines(rows, cols) {
            sets.push(members.into_iter().filter(|&(r, c)| later.cells[r][c].value().is_none()).collect());
        }
        for set in sets.into_iter().filter(|s| !s.is_empty()) {
            let of: Vec<(usize, usize, usize, f64)> = set
                .iter()
                .flat_map(|&(r, c)| [(0, r, c, 1.0), (1, r, c, -1.0)])
                .collect();
            let (min, max) = joint_range(&both, &[], &of);
            prop_assert!(
                max - min > 0.5 || !isolates(min),
                "the difference over {set:?} is {min}\nearlier {earlier:?}\nlater {later:?}"
            );
        }
        assert_not_determined(&later);
    }
}

#[test]
fn a_municipality_publishing_its_own_figures_does_not_give_the_others_away() {
    let mut four = vec![
        municipality(vec![vec![100, 40]]),
        municipality(vec![vec![3, 40]]),
        municipality(vec![vec![2, 40]]),
        municipality(vec![vec![0, 40]]),
    ];
    four[0].publishes_own = true;
    let table = protect(1, 2, &four);
    // 105 less its own 100 would be the other two's 5.
    assert_eq!(table.cells[0][0], Cell::Suppressed(Rule::FewMunicipalities));
    // And the row cannot give it back.
    assert!(
        table.cells[0]
            .iter()
            .filter(|c| c.value().is_none())
            .count()
            >= 2
    );
    assert_not_determined(&table);
}

/// A released table of one cell and its totals, all `v`.
fn one_cell(v: i64) -> Protected {
    Protected {
        rows: 1,
        cols: 1,
        cells: vec![
            vec![Cell::Value(v), Cell::Value(v)],
            vec![Cell::Value(v), Cell::Value(v)],
        ],
    }
}

#[test]
fn a_year_below_its_quarters_does_not_give_the_difference_away() {
    // Quarters released with twelve municipalities; three left before the year: 45 − 40.
    let quarters = [one_cell(10), one_cell(12), one_cell(11), one_cell(12)];
    let year = region((0..4).map(|_| vec![vec![10]]).collect());
    let values = counts(1, 1, &year);
    let mut table = protect(1, 1, &year);
    assert_eq!(table.cells[0][0], Cell::Value(40));
    let division: Vec<Option<&Protected>> = quarters.iter().map(Some).collect();
    against(
        &mut table,
        &values,
        &Linked {
            earlier: &[],
            parts: &[(division, false)],
        },
    );
    assert_eq!(table.cells[0][0], Cell::Suppressed(Rule::Differencing));
}

#[test]
fn a_year_with_an_unreleased_quarter_does_not_release_it() {
    // Q1–Q3 released; the year less them is Q4, which no release ever checked.
    let released = [one_cell(30), one_cell(30), one_cell(30)];
    let year = region(vec![
        vec![vec![30]],
        vec![vec![30]],
        vec![vec![30]],
        vec![vec![15]],
    ]);
    let values = counts(1, 1, &year);
    let mut table = protect(1, 1, &year);
    let mut division: Vec<Option<&Protected>> = released.iter().map(Some).collect();
    division.push(None);
    against(
        &mut table,
        &values,
        &Linked {
            earlier: &[],
            parts: &[(division, false)],
        },
    );
    assert_eq!(table.cells[0][0], Cell::Suppressed(Rule::Differencing));
    // With the quarters released whole, a partly released division (months) follows from them.
    let mut table = protect(1, 1, &year);
    let quarters = [one_cell(30), one_cell(30), one_cell(30), one_cell(15)];
    let whole: Vec<Option<&Protected>> = quarters.iter().map(Some).collect();
    let mut months: Vec<Option<&Protected>> = vec![Some(&released[0])];
    months.extend([None; 11]);
    let both = [(months, false), (whole, false)];
    against(
        &mut table,
        &values,
        &Linked {
            earlier: &[],
            parts: &both,
        },
    );
    assert_eq!(table.cells[0][0], Cell::Value(105));
    // No part released at all says nothing.
    let mut table = protect(1, 1, &year);
    let none: Vec<Option<&Protected>> = vec![None; 4];
    against(
        &mut table,
        &values,
        &Linked {
            earlier: &[],
            parts: &[(none, false)],
        },
    );
    assert_eq!(table.cells[0][0], Cell::Value(105));
}

#[test]
fn a_cell_hidden_before_stays_hidden() {
    // Before: a = 5 hidden, b = 20 hidden with it, c = 30. Three leave, c falls to 15: were b
    // published now, the earlier 25 less it would give a's 5 away.
    let hidden_then = vec![
        Cell::Suppressed(Rule::Primary),
        Cell::Suppressed(Rule::Secondary),
        Cell::Value(30),
        Cell::Value(55),
    ];
    let before = Protected {
        rows: 1,
        cols: 3,
        cells: vec![hidden_then.clone(), hidden_then],
    };
    let now = region(vec![
        vec![vec![2, 7, 5]],
        vec![vec![2, 7, 5]],
        vec![vec![1, 6, 5]],
    ]);
    let values = counts(1, 3, &now);
    let mut table = protect(1, 3, &now);
    against(
        &mut table,
        &values,
        &Linked {
            earlier: &[(&before, false)],
            parts: &[],
        },
    );
    assert!(
        matches!(table.cells[0][1], Cell::Suppressed(_)),
        "{table:?}"
    );
    assert_not_determined(&table);
}
