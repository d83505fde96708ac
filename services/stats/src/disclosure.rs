//! Disclosure control of a regional table, in the order the rules apply:
//!
//! 1. primary suppression: a count of 1–9 is published as suppressed (`<10`); zero stays zero;
//! 2. every published cell aggregates at least 3 municipalities, unless each municipality in it
//!    chose to publish its own figures; the figures of those that chose to are known, so what
//!    the others contribute must come from at least 3 of them and be at least 10;
//! 3. dominance: no cell where one municipality (that did not choose to publish its own
//!    figures) contributes more than 80% of what those others contribute;
//! 4. secondary suppression: no suppressed cell can be recomputed from the published cells and
//!    totals (below), and the suppressed cells of a line whose total is published sum to at
//!    least 10;
//! 5. rates and shares derived from a suppressed count are suppressed ([`derived`]);
//! 6. differencing ([`against`]): against earlier releases of the same period and area, no
//!    published cell and no line's hidden cells together differ by 1–9; against the releases of
//!    the period's parts (quarters, months), no cell gives a hidden or small count of a part
//!    away, and a hidden cell the parts give away protects nothing; then 4 again, to a fixed
//!    point.
//!
//! A table is a grid of `rows × cols` counts with its row totals, column totals and grand total:
//! an `(rows + 1) × (cols + 1)` grid whose last row and column are the totals. Every published
//! cell is what an attacker knows, together with the additive relations of the grid and the
//! bounds the rule of each suppressed cell gives away (primary: 1–9; any other rule: at least
//! 10, as counts of 1–9 are primary and zeros are never suppressed).
//!
//! **Why a suppressed cell cannot be recomputed.** Multiply each total by −1 (the grand total
//! by +1): then every row and every column of the grid sums to zero, and a change of the
//! suppressed cells that keeps the published cells and every relation is a circulation on the
//! bipartite graph whose nodes are the grid's rows and columns and whose edges are the
//! suppressed cells. A suppressed cell can take another value exactly when it lies on a cycle
//! of that graph that can be walked within the bounds: a cell at its lower bound may only go up,
//! one at its upper bound only down, which orients its edge. Secondary suppression therefore
//! closes, for every suppressed cell, the cheapest such cycle through it (Dijkstra over the
//! cells not yet suppressed, costing their values, so that the least information is lost).

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Why a cell is not published. Recorded in the release; the value never is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    /// A count of 1–9.
    Primary,
    /// Fewer than 3 municipalities contribute.
    FewMunicipalities,
    /// One municipality contributes more than 80%.
    Dominance,
    /// Suppressed so that another suppressed cell cannot be recomputed.
    Secondary,
    /// A rate or share derived from a suppressed count.
    Derived,
    /// It differs from an earlier release of the same period and area by 1–9.
    Differencing,
}

/// A published cell: its value, or the rule that suppressed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell {
    Value(i64),
    Suppressed(Rule),
}

impl Cell {
    pub fn value(&self) -> Option<i64> {
        match self {
            Cell::Value(v) => Some(*v),
            Cell::Suppressed(_) => None,
        }
    }
}

/// The smallest count published as it is.
pub const THRESHOLD: i64 = 10;
/// The fewest municipalities a published cell aggregates.
pub const MIN_MUNICIPALITIES: usize = 3;
/// The largest share of a cell one municipality may contribute, in percent.
pub const DOMINANCE_PERCENT: i64 = 80;

/// One municipality's counts for a table's interior cells (`counts[r][c]`), and whether it
/// chose to publish its own figures.
#[derive(Clone, Debug)]
pub struct Contribution {
    pub counts: Vec<Vec<i64>>,
    pub publishes_own: bool,
}

/// A table with its totals, as published.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Protected {
    pub rows: usize,
    pub cols: usize,
    /// `(rows + 1) × (cols + 1)`, the last row and column the totals.
    pub cells: Vec<Vec<Cell>>,
}

/// The table of `rows × cols` counts summed over `contributions`, with its totals, protected by
/// rules 1–4.
pub fn protect(rows: usize, cols: usize, contributions: &[Contribution]) -> Protected {
    let (values, per_cell) = grid(rows, cols, contributions);
    let mut cells = vec![vec![Cell::Value(0); cols + 1]; rows + 1];
    for r in 0..=rows {
        for c in 0..=cols {
            cells[r][c] = primary_rules(values[r][c], &per_cell[r][c], contributions);
        }
    }
    let mut table = Protected { rows, cols, cells };
    secondary(&mut table, &values, &nothing_known(rows, cols));
    table
}

/// Rule 5: a rate or share is published only when every count it is derived from is.
pub fn derived(from: &[Cell], value: impl FnOnce(&[i64]) -> Option<i64>) -> Cell {
    let counts: Option<Vec<i64>> = from.iter().map(Cell::value).collect();
    match counts.and_then(|c| value(&c)) {
        Some(v) if from.iter().all(|c| matches!(c, Cell::Value(_))) => Cell::Value(v),
        _ => Cell::Suppressed(Rule::Derived),
    }
}

/// The table's counts with totals: `(rows + 1) × (cols + 1)`.
pub fn counts(rows: usize, cols: usize, contributions: &[Contribution]) -> Vec<Vec<i64>> {
    grid(rows, cols, contributions).0
}

/// The counts with totals, and each cell's contributions by municipality.
#[allow(clippy::type_complexity)]
fn grid(
    rows: usize,
    cols: usize,
    contributions: &[Contribution],
) -> (Vec<Vec<i64>>, Vec<Vec<Vec<i64>>>) {
    let mut per_cell = vec![vec![vec![0i64; contributions.len()]; cols + 1]; rows + 1];
    for (m, contribution) in contributions.iter().enumerate() {
        for r in 0..rows {
            for c in 0..cols {
                let v = contribution
                    .counts
                    .get(r)
                    .and_then(|row| row.get(c))
                    .copied()
                    .unwrap_or(0)
                    .max(0);
                per_cell[r][c][m] += v;
                per_cell[r][cols][m] += v;
                per_cell[rows][c][m] += v;
                per_cell[rows][cols][m] += v;
            }
        }
    }
    let values = per_cell
        .iter()
        .map(|row| row.iter().map(|by| by.iter().sum()).collect())
        .collect();
    (values, per_cell)
}

/// Rules 1–3 for one cell.
fn primary_rules(value: i64, by_municipality: &[i64], contributions: &[Contribution]) -> Cell {
    if value == 0 {
        return Cell::Value(0);
    }
    if value < THRESHOLD {
        return Cell::Suppressed(Rule::Primary);
    }
    // A municipality that publishes its own figures gives them away: the rules protect what
    // the others contribute, the cell less its figures.
    let others: Vec<usize> = (0..by_municipality.len())
        .filter(|m| by_municipality[*m] > 0 && !contributions[*m].publishes_own)
        .collect();
    let rest: i64 = others.iter().map(|m| by_municipality[*m]).sum();
    if rest == 0 {
        return Cell::Value(value);
    }
    if others.len() < MIN_MUNICIPALITIES || rest < THRESHOLD {
        return Cell::Suppressed(Rule::FewMunicipalities);
    }
    if others
        .iter()
        .any(|m| by_municipality[*m] * 100 > rest * DOMINANCE_PERCENT)
    {
        return Cell::Suppressed(Rule::Dominance);
    }
    Cell::Value(value)
}

/// The bounds a suppressed cell's rule gives away.
pub(crate) fn bounds(rule: Rule) -> (i64, i64) {
    match rule {
        Rule::Primary => (1, THRESHOLD - 1),
        _ => (THRESHOLD, i64::MAX),
    }
}

/// Which suppressed cells an attacker knows all the same (from the releases of their parts):
/// `known[r][c]`. They protect no other cell.
pub(crate) type Known = Vec<Vec<bool>>;

fn nothing_known(rows: usize, cols: usize) -> Known {
    vec![vec![false; cols + 1]; rows + 1]
}

/// Whether a cell is suppressed and not known otherwise: one that protects.
fn hidden(table: &Protected, known: &Known, r: usize, c: usize) -> bool {
    matches!(table.cells[r][c], Cell::Suppressed(_)) && !known[r][c]
}

/// Rule 4: complementary suppression until every hidden cell lies on a walkable cycle of hidden
/// cells and every line whose total is published has hidden cells summing to at least 10.
/// Whether it suppressed anything.
pub(crate) fn secondary(table: &mut Protected, values: &[Vec<i64>], known: &Known) -> bool {
    let mut changed = false;
    // Each round suppresses at least one more cell, so this ends.
    loop {
        if let Some(cell) = small_line(table, values, known) {
            table.cells[cell.0][cell.1] = Cell::Suppressed(Rule::Secondary);
            changed = true;
            continue;
        }
        let Some(exposed) = exposed_cell(table, values, known) else {
            return changed;
        };
        match cheapest_cycle_with(table, values, known, exposed, true) {
            Some(path) if !path.is_empty() => {
                for (r, c) in path {
                    table.cells[r][c] = Cell::Suppressed(Rule::Secondary);
                }
            }
            // Nothing left to suppress that would help: suppress the whole table.
            _ => return suppress_all(table) || changed,
        }
        changed = true;
    }
}

/// Every non-zero cell suppressed: what is left when nothing less protects. Whether any was
/// published.
fn suppress_all(table: &mut Protected) -> bool {
    let mut changed = false;
    for row in table.cells.iter_mut() {
        for cell in row.iter_mut() {
            if matches!(cell, Cell::Value(v) if *v != 0) {
                *cell = Cell::Suppressed(Rule::Secondary);
                changed = true;
            }
        }
    }
    changed
}

/// Every line of the grid: its total's position and its members' (every row, then every
/// column, the totals' row and column included).
pub(crate) fn lines(rows: usize, cols: usize) -> Vec<(Position, Vec<Position>)> {
    (0..=rows)
        .map(|r| ((r, cols), (0..cols).map(|c| (r, c)).collect::<Vec<_>>()))
        .chain((0..=cols).map(|c| ((rows, c), (0..rows).map(|r| (r, c)).collect())))
        .collect()
}

/// A line whose total is published while its hidden cells sum to less than 10: the smallest
/// published non-zero cell of that line to suppress.
fn small_line(table: &Protected, values: &[Vec<i64>], known: &Known) -> Option<Position> {
    for (total, members) in lines(table.rows, table.cols) {
        if hidden(table, known, total.0, total.1) {
            continue;
        }
        let secret: Vec<&Position> = members
            .iter()
            .filter(|(r, c)| hidden(table, known, *r, *c))
            .collect();
        let sum: i64 = secret.iter().map(|(r, c)| values[*r][*c]).sum();
        if secret.is_empty() || sum >= THRESHOLD {
            continue;
        }
        let next = members
            .iter()
            .filter(|(r, c)| !known[*r][*c])
            .filter(|(r, c)| matches!(table.cells[*r][*c], Cell::Value(v) if v > 0))
            .min_by_key(|(r, c)| values[*r][*c])
            .copied();
        match next {
            Some(cell) => return Some(cell),
            None if !known[total.0][total.1] => return Some(total),
            // All the line's other cells and its total are known otherwise: nothing hidden
            // here protects it.
            None => {}
        }
    }
    None
}

/// The sign of a cell in the zero-sum form of the grid: −1 for a row or column total, +1 for
/// an interior cell and for the grand total.
fn sign(table: &Protected, r: usize, c: usize) -> i64 {
    if (r == table.rows) != (c == table.cols) {
        -1
    } else {
        1
    }
}

/// The arcs of a cell between its row node `r` and its column node `rows + 1 + c`, in the
/// directions its value can move within `bounds`: an increase of the signed value walks the
/// edge from row to column.
fn arcs(
    table: &Protected,
    value: i64,
    bounds: (i64, i64),
    r: usize,
    c: usize,
) -> Vec<(usize, usize)> {
    let (row, col) = (r, table.rows + 1 + c);
    let (up, down) = (value < bounds.1, value > bounds.0);
    let (forward, backward) = if sign(table, r, c) > 0 {
        (up, down)
    } else {
        (down, up)
    };
    let mut out = Vec::new();
    if forward {
        out.push((row, col));
    }
    if backward {
        out.push((col, row));
    }
    out
}

/// A hidden cell that lies on no walkable cycle of hidden cells.
fn exposed_cell(table: &Protected, values: &[Vec<i64>], known: &Known) -> Option<Position> {
    for r in 0..=table.rows {
        for c in 0..=table.cols {
            if hidden(table, known, r, c)
                && cheapest_cycle_with(table, values, known, (r, c), false).is_none()
            {
                return Some((r, c));
            }
        }
    }
    None
}

/// Dijkstra from the head of each of `cell`'s arcs back to its tail, over the arcs of the other
/// hidden cells (free) and, when `may_add`, of published non-zero cells (costing their value,
/// totals a little more, so that interior cells go first); the published cells on the cheapest
/// path found, whose suppression closes the cheapest walkable cycle through `cell`.
fn cheapest_cycle_with(
    table: &Protected,
    values: &[Vec<i64>],
    known: &Known,
    cell: Position,
    may_add: bool,
) -> Option<Vec<Position>> {
    let nodes = table.rows + table.cols + 2;
    let mut adjacency: Vec<Vec<Step>> = vec![Vec::new(); nodes];
    for (r, row) in values.iter().enumerate() {
        for (c, &value) in row.iter().enumerate() {
            if (r, c) == cell {
                continue;
            }
            let (bound, cost, added) = match table.cells[r][c] {
                Cell::Suppressed(_) if known[r][c] => continue,
                Cell::Suppressed(rule) => (bounds(rule), 0, None),
                Cell::Value(v) if may_add && v > 0 && !known[r][c] => {
                    let total = r == table.rows || c == table.cols;
                    (
                        bounds(Rule::Secondary),
                        v.saturating_add(if total { v } else { 0 }),
                        Some((r, c)),
                    )
                }
                Cell::Value(_) => continue,
            };
            for (from, to) in arcs(table, value, bound, r, c) {
                adjacency[from].push((to, cost, added));
            }
        }
    }
    let Cell::Suppressed(rule) = table.cells[cell.0][cell.1] else {
        return None;
    };
    let mut best: Option<(i64, Vec<(usize, usize)>)> = None;
    for (tail, head) in arcs(table, values[cell.0][cell.1], bounds(rule), cell.0, cell.1) {
        if let Some(found) = shortest(&adjacency, head, tail) {
            if best.as_ref().is_none_or(|b| found.0 < b.0) {
                best = Some(found);
            }
        }
    }
    best.map(|(_, path)| path)
}

/// An arc of the cycle search: where it leads, what it costs, and the cell it walks if that
/// cell is not yet suppressed.
type Step = (usize, i64, Option<Position>);

/// A cell's row and column in the grid.
pub(crate) type Position = (usize, usize);

/// The cheapest path from `from` to `to`: its cost and the not-yet-suppressed cells on it.
fn shortest(adjacency: &[Vec<Step>], from: usize, to: usize) -> Option<(i64, Vec<(usize, usize)>)> {
    let mut cost = vec![i64::MAX; adjacency.len()];
    // How each node was reached: the node before and the cell walked.
    let mut via: Vec<Option<(usize, Option<Position>)>> = vec![None; adjacency.len()];
    let mut queue = BinaryHeap::new();
    cost[from] = 0;
    queue.push(Reverse((0i64, from)));
    while let Some(Reverse((d, node))) = queue.pop() {
        if d > cost[node] {
            continue;
        }
        if node == to {
            break;
        }
        for (next, step, cell) in &adjacency[node] {
            let through = d.saturating_add(*step);
            if through < cost[*next] {
                cost[*next] = through;
                via[*next] = Some((node, *cell));
                queue.push(Reverse((through, *next)));
            }
        }
    }
    if cost[to] == i64::MAX {
        return None;
    }
    let mut added = Vec::new();
    let mut node = to;
    while node != from {
        let (previous, cell) = via[node]?;
        added.extend(cell);
        node = previous;
    }
    Some((cost[to], added))
}

#[path = "disclosure_linked.rs"]
mod linked;
pub use linked::{against, Linked};

#[cfg(test)]
#[path = "disclosure_tests.rs"]
mod tests;
