//! A regional release built from its municipalities' counts: every declared indicator as one
//! table (rows: the values of its first dimension when it has two; columns: the values of its
//! last dimension), protected by the disclosure rules, compared with the earlier releases of
//! the same period and area, with the declared shares derived from the published counts.
//!
//! A table's labels are every value any municipality counted, and every value an earlier release
//! of the same period and area published: a value absent from a municipality's figures is zero,
//! so a value that disappears is published as zero and compared like any other.

use std::collections::{BTreeSet, HashMap};

use kernel::stats::{Indicator, Measure, Share};

use crate::disclosure::{self, Cell, Contribution, Protected, Rule};
use crate::local::Counted;

/// One municipality's counts for the release's period.
#[derive(Clone, Debug)]
pub struct Municipality {
    pub counted: Vec<Counted>,
    /// It chose to publish its own figures (rules 2 and 3 then do not protect it).
    pub publishes_own: bool,
}

/// What a table's values are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Count,
    Percent,
}

impl Unit {
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Count => "COUNT",
            Unit::Percent => "PERCENT",
        }
    }

    pub fn parse(raw: &str) -> Option<Unit> {
        match raw {
            "COUNT" => Some(Unit::Count),
            "PERCENT" => Some(Unit::Percent),
            _ => None,
        }
    }
}

/// One indicator as a release publishes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub key: String,
    pub label: String,
    pub dimensions: Vec<String>,
    pub unit: Unit,
    pub cumulative: bool,
    pub cells: Vec<TableCell>,
}

/// A published cell: a combination of the table's dimension values, `None` standing for the
/// total over that dimension.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableCell {
    /// The first dimension's value, in a table of two dimensions.
    pub row: Option<String>,
    /// The last dimension's value, in a table of one or two.
    pub col: Option<String>,
    pub cell: Cell,
}

impl Table {
    /// The cell of a combination; a combination the table does not list was zero.
    pub fn cell(&self, row: Option<&str>, col: Option<&str>) -> Cell {
        self.cells
            .iter()
            .find(|c| c.row.as_deref() == row && c.col.as_deref() == col)
            .map(|c| c.cell)
            .unwrap_or(Cell::Value(0))
    }

    /// The dimension values of a cell, as `(dimension, value)` pairs; totals leave theirs out.
    pub fn breakdown(&self, cell: &TableCell) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if let (Some(row), Some(dim)) = (&cell.row, self.dimensions.first()) {
            if self.dimensions.len() == 2 {
                out.push((dim.clone(), row.clone()));
            }
        }
        if let (Some(col), Some(dim)) = (&cell.col, self.dimensions.last()) {
            out.push((dim.clone(), col.clone()));
        }
        out
    }
}

/// An earlier release this one is compared with: of the same period and area, or of a part of
/// the period.
#[derive(Clone, Debug)]
pub struct Released {
    pub tables: Vec<Table>,
    /// Fewer than 3 municipalities joined or left sharing between it and this release: any
    /// difference is their own figures.
    pub few_changed: bool,
}

/// A division of the release's period into shorter ones (a year's quarters), each with its
/// latest release, or `None` when it has none.
pub type Division = Vec<Option<Released>>;

/// The release's tables: every indicator, then every share. `earlier` are the earlier releases
/// of the same period and area; `parts` the releases of its shorter periods.
pub fn build(
    indicators: &[Indicator],
    shares: &[Share],
    municipalities: &[Municipality],
    earlier: &[Released],
    parts: &[Division],
) -> Vec<Table> {
    let mut tables: Vec<Table> = indicators
        .iter()
        .map(|indicator| {
            let find = |release: &Released| -> Option<(Table, bool)> {
                let table = release.tables.iter().find(|t| t.key == indicator.key)?;
                Some((table.clone(), release.few_changed))
            };
            let before: Vec<(Table, bool)> = earlier.iter().filter_map(find).collect();
            // Counts of a state at the period's end do not add up over its parts.
            let divisions: Vec<(Vec<Option<Table>>, bool)> = if indicator.measure == Measure::Flow {
                parts
                    .iter()
                    .map(|d| {
                        let strict = d.iter().flatten().any(|p| p.few_changed);
                        let tables = d
                            .iter()
                            .map(|p| p.as_ref().and_then(find).map(|(t, _)| t))
                            .collect();
                        (tables, strict)
                    })
                    .collect()
            } else {
                Vec::new()
            };
            count_table(indicator, municipalities, &before, &divisions)
        })
        .collect();
    let derived: Vec<Table> = shares
        .iter()
        .filter_map(|share| {
            let of = tables.iter().find(|t| t.key == share.indicator)?;
            Some(share_table(share, of))
        })
        .collect();
    tables.extend(derived);
    tables
}

/// The labels of a table: rows and columns.
struct Labels {
    rows: Vec<Option<String>>,
    cols: Vec<Option<String>>,
}

fn labels(indicator: &Indicator, municipalities: &[Municipality], before: &[&Table]) -> Labels {
    let dims = indicator.dimensions.len();
    let mut rows = BTreeSet::new();
    let mut cols = BTreeSet::new();
    for m in municipalities {
        for counted in m
            .counted
            .iter()
            .filter(|c| c.indicator.key == indicator.key)
        {
            for figure in &counted.figures {
                if dims == 2 {
                    rows.insert(figure.breakdown[0].1.clone());
                }
                if let Some((_, value)) = figure.breakdown.last() {
                    cols.insert(value.clone());
                }
            }
        }
    }
    for table in before {
        for cell in &table.cells {
            if let (Some(row), 2) = (&cell.row, dims) {
                rows.insert(row.clone());
            }
            if let (Some(col), 1..) = (&cell.col, dims) {
                cols.insert(col.clone());
            }
        }
    }
    let some = |set: BTreeSet<String>| set.into_iter().map(Some).collect::<Vec<_>>();
    Labels {
        rows: if dims == 2 { some(rows) } else { vec![None] },
        cols: if dims >= 1 { some(cols) } else { vec![None] },
    }
}

fn count_table(
    indicator: &Indicator,
    municipalities: &[Municipality],
    before: &[(Table, bool)],
    divisions: &[(Vec<Option<Table>>, bool)],
) -> Table {
    let seen: Vec<&Table> = before
        .iter()
        .map(|(t, _)| t)
        .chain(divisions.iter().flat_map(|(d, _)| d.iter().flatten()))
        .collect();
    let labels = labels(indicator, municipalities, &seen);
    let (rows, cols) = (labels.rows.len(), labels.cols.len());
    let position = |row: &Option<String>, col: &Option<String>| {
        let r = labels.rows.iter().position(|l| l == row)?;
        let c = labels.cols.iter().position(|l| l == col)?;
        Some((r, c))
    };
    let contributions: Vec<Contribution> = municipalities
        .iter()
        .map(|m| {
            let mut counts = vec![vec![0i64; cols]; rows];
            for counted in m
                .counted
                .iter()
                .filter(|c| c.indicator.key == indicator.key)
            {
                for figure in &counted.figures {
                    let row =
                        (indicator.dimensions.len() == 2).then(|| figure.breakdown[0].1.clone());
                    let col = figure.breakdown.last().map(|(_, v)| v.clone());
                    if let Some((r, c)) = position(&row, &col) {
                        counts[r][c] += figure.value;
                    }
                }
            }
            Contribution {
                counts,
                publishes_own: m.publishes_own,
            }
        })
        .collect();
    let mut protected = disclosure::protect(rows, cols, &contributions);
    let values = disclosure::counts(rows, cols, &contributions);
    let earlier: Vec<(Protected, bool)> = before
        .iter()
        .map(|(table, few)| (aligned(table, &labels, rows, cols), *few))
        .collect();
    let earlier: Vec<(&Protected, bool)> = earlier.iter().map(|(t, few)| (t, *few)).collect();
    let parts: Vec<(Vec<Option<Protected>>, bool)> = divisions
        .iter()
        .map(|(d, strict)| {
            let tables = d
                .iter()
                .map(|p| p.as_ref().map(|t| aligned(t, &labels, rows, cols)))
                .collect();
            (tables, *strict)
        })
        .collect();
    let parts: Vec<(Vec<Option<&Protected>>, bool)> = parts
        .iter()
        .map(|(d, strict)| (d.iter().map(Option::as_ref).collect(), *strict))
        .collect();
    let linked = disclosure::Linked {
        earlier: &earlier,
        parts: &parts,
    };
    disclosure::against(&mut protected, &values, &linked);
    Table {
        key: indicator.key.to_owned(),
        label: indicator.label.to_owned(),
        dimensions: indicator
            .dimensions
            .iter()
            .map(|d| (*d).to_owned())
            .collect(),
        unit: Unit::Count,
        cumulative: indicator.measure == Measure::Flow,
        cells: cells_of(&protected, &labels),
    }
}

/// A grid position's labels: `None` on the totals, and for the dimensions a table lacks.
fn key_of(labels: &Labels, r: usize, c: usize) -> (Option<String>, Option<String>) {
    (
        labels.rows.get(r).cloned().flatten(),
        labels.cols.get(c).cloned().flatten(),
    )
}

/// An earlier release's table on this table's grid.
fn aligned(table: &Table, labels: &Labels, rows: usize, cols: usize) -> Protected {
    let cells = (0..=rows)
        .map(|r| {
            (0..=cols)
                .map(|c| {
                    let (row, col) = key_of(labels, r, c);
                    table.cell(row.as_deref(), col.as_deref())
                })
                .collect()
        })
        .collect();
    Protected { rows, cols, cells }
}

/// The published cells, each combination once. A table with fewer than two dimensions repeats
/// its cells in its totals, and a cell suppressed in either place is suppressed.
fn cells_of(protected: &Protected, labels: &Labels) -> Vec<TableCell> {
    let mut out: Vec<TableCell> = Vec::new();
    let mut at: HashMap<(Option<String>, Option<String>), usize> = HashMap::new();
    for (r, line) in protected.cells.iter().enumerate() {
        for (c, cell) in line.iter().enumerate() {
            let (row, col) = key_of(labels, r, c);
            match at.get(&(row.clone(), col.clone())) {
                Some(i) => {
                    if matches!(cell, Cell::Suppressed(_)) && matches!(out[*i].cell, Cell::Value(_))
                    {
                        out[*i].cell = *cell;
                    }
                }
                None => {
                    at.insert((row.clone(), col.clone()), out.len());
                    out.push(TableCell {
                        row,
                        col,
                        cell: *cell,
                    });
                }
            }
        }
    }
    out
}

/// A share in percent of each line of `of` along the share's dimension: published only when
/// both counts it is derived from are (rule 5); a line whose total is zero has no share.
fn share_table(share: &Share, of: &Table) -> Table {
    let along_rows = of.dimensions.len() == 2 && of.dimensions[0] == share.dimension;
    let other: Vec<String> = of
        .dimensions
        .iter()
        .filter(|d| *d != share.dimension)
        .cloned()
        .collect();
    // The lines: the other dimension's values, and its total.
    let mut lines: BTreeSet<Option<String>> = BTreeSet::new();
    for cell in &of.cells {
        lines.insert(if along_rows {
            cell.col.clone()
        } else {
            cell.row.clone()
        });
    }
    let mut cells = Vec::new();
    for line in lines {
        let (part, whole) = if along_rows {
            (
                of.cell(Some(share.value), line.as_deref()),
                of.cell(None, line.as_deref()),
            )
        } else {
            (
                of.cell(line.as_deref(), Some(share.value)),
                of.cell(line.as_deref(), None),
            )
        };
        if whole == Cell::Value(0) {
            continue;
        }
        let cell = disclosure::derived(&[part, whole], |v| {
            (v[1] > 0).then(|| (v[0] * 100 + v[1] / 2) / v[1])
        });
        // A share table has at most one dimension: its values are columns.
        let col = if other.is_empty() { None } else { line };
        cells.push(TableCell {
            row: None,
            col,
            cell,
        });
    }
    Table {
        key: share.key.to_owned(),
        label: share.label.to_owned(),
        dimensions: other,
        unit: Unit::Percent,
        cumulative: of.cumulative,
        cells,
    }
}

/// The rule's code, as a release records it.
pub fn rule_code(rule: Rule) -> &'static str {
    match rule {
        Rule::Primary => "PRIMARY",
        Rule::FewMunicipalities => "FEW_MUNICIPALITIES",
        Rule::Dominance => "DOMINANCE",
        Rule::Secondary => "SECONDARY",
        Rule::Derived => "DERIVED",
        Rule::Differencing => "DIFFERENCING",
    }
}

pub fn parse_rule(raw: &str) -> Option<Rule> {
    [
        Rule::Primary,
        Rule::FewMunicipalities,
        Rule::Dominance,
        Rule::Secondary,
        Rule::Derived,
        Rule::Differencing,
    ]
    .into_iter()
    .find(|r| rule_code(*r) == raw)
}

#[cfg(test)]
#[path = "release_tests.rs"]
mod tests;
