//! Rule 6: a table against what earlier releases published about the same people, to a fixed
//! point with secondary suppression (each step only suppresses more, so it ends).
//!
//! - **The same period and area, released before** with other municipalities or before a late
//!   correction: a cell hidden then stays hidden; a published cell, or a line's hidden cells
//!   together, that moved by 1–9 isolate that few persons; when fewer than 3 municipalities
//!   joined or left since, any move is their own figures.
//! - **The period's parts** (a year's quarters and months): a year's cell is published only
//!   over published parts, and not when it less its parts leaves 1–9 either way (nor anything
//!   at all when some parts have no release); a cell whose parts are all published is known,
//!   so hiding it protects no other cell.

use super::{lines, secondary, Cell, Known, Position, Protected, Rule, THRESHOLD};

/// What earlier releases published that a table relates to.
pub struct Linked<'a> {
    /// Earlier releases of the same period and area, each with whether fewer than 3
    /// municipalities joined or left sharing since.
    pub earlier: &'a [(&'a Protected, bool)],
    /// The divisions of the period into its parts, each part's table (`None`: that part has no
    /// release), with whether a part's release was of other municipalities (fewer than 3 joined
    /// or left: any remainder is theirs).
    pub parts: &'a [(Vec<Option<&'a Protected>>, bool)],
}

/// Rule 6 on `table`, whose counts with totals are `values`; tables of another shape are not
/// of this grid and are skipped.
pub fn against(table: &mut Protected, values: &[Vec<i64>], linked: &Linked) {
    let same = |t: &&Protected| t.rows == table.rows && t.cols == table.cols;
    let earlier: Vec<(&Protected, i64)> = linked
        .earlier
        .iter()
        .filter(|(t, _)| same(t))
        .map(|(t, few)| (*t, if *few { i64::MAX } else { THRESHOLD }))
        .collect();
    // A division with some parts released and some not: what the year leaves over is the
    // unreleased parts' regional figure, which no rule of a release ever checked (three
    // municipalities, dominance), so any remainder hides the cell, unless another division is
    // released whole (the year's quarters: then that remainder follows from releases already
    // out). One with no part released says nothing.
    let fitting = |d: &&(Vec<Option<&Protected>>, bool)| d.0.iter().flatten().all(same);
    let whole = linked
        .parts
        .iter()
        .filter(fitting)
        .any(|(d, _)| d.iter().all(Option::is_some));
    let parts: Vec<(&[Option<&Protected>], bool)> = linked
        .parts
        .iter()
        .filter(fitting)
        .filter(|(d, _)| d.iter().any(Option::is_some))
        .map(|(d, strict)| {
            let partial = d.iter().any(Option::is_none);
            (d.as_slice(), *strict || (partial && !whole))
        })
        .collect();
    // Where the parts give the cell away: fixed by the parts, whatever this table hides.
    let known = known_from_parts(table, &parts);
    loop {
        let mut changed = kept_hidden(table, &earlier);
        changed |= moved_cells(table, &earlier);
        changed |= moved_lines(table, values, &known, &earlier);
        changed |= left_by_parts(table, &parts);
        changed |= secondary(table, values, &known);
        if !changed {
            return;
        }
    }
}

/// A cell hidden in an earlier release of the same period stays hidden (unless it is now zero):
/// published now, it would stand in for its earlier value, and with the earlier totals give
/// away the cells it protected then.
fn kept_hidden(table: &mut Protected, earlier: &[(&Protected, i64)]) -> bool {
    let mut changed = false;
    for (old, _) in earlier {
        for r in 0..=table.rows {
            for c in 0..=table.cols {
                if matches!(old.cells[r][c], Cell::Suppressed(_))
                    && matches!(table.cells[r][c], Cell::Value(v) if v != 0)
                {
                    table.cells[r][c] = Cell::Suppressed(Rule::Differencing);
                    changed = true;
                }
            }
        }
    }
    changed
}

/// Published cells that moved by 1 to `below - 1` since a cell published earlier; zero stays
/// zero (what it gives away is a count of at least 10).
fn moved_cells(table: &mut Protected, earlier: &[(&Protected, i64)]) -> bool {
    let mut changed = false;
    for (old, below) in earlier {
        for r in 0..=table.rows {
            for c in 0..=table.cols {
                if let (Cell::Value(new), Cell::Value(before)) =
                    (table.cells[r][c], old.cells[r][c])
                {
                    let moved = (new - before).abs();
                    if new != 0 && moved > 0 && moved < *below {
                        table.cells[r][c] = Cell::Suppressed(Rule::Differencing);
                        changed = true;
                    }
                }
            }
        }
    }
    changed
}

/// A line whose total both releases publish tells the sum of its hidden cells in each; when
/// every cell hidden before is hidden still, the two sums are of the same cells (those hidden
/// only now were published before), and their difference must not be 1 to `below - 1`. Such
/// a line loses its smallest published non-zero cell (or its total), one per call.
fn moved_lines(
    table: &mut Protected,
    values: &[Vec<i64>],
    known: &Known,
    earlier: &[(&Protected, i64)],
) -> bool {
    for (old, below) in earlier {
        for (total, members) in lines(table.rows, table.cols) {
            let (Cell::Value(_), Cell::Value(old_total)) =
                (table.cells[total.0][total.1], old.cells[total.0][total.1])
            else {
                continue;
            };
            let hidden_now: Vec<Position> = members
                .iter()
                .copied()
                .filter(|&(r, c)| matches!(table.cells[r][c], Cell::Suppressed(_)) && !known[r][c])
                .collect();
            let hidden_before = |&(r, c): &Position| matches!(old.cells[r][c], Cell::Suppressed(_));
            if hidden_now.is_empty()
                || members
                    .iter()
                    .any(|p| hidden_before(p) && !hidden_now.contains(p))
            {
                continue;
            }
            // What the earlier release tells of the cells hidden now: its total less the cells
            // published then that are not hidden now.
            let before: i64 = old_total
                - members
                    .iter()
                    .filter(|p| !hidden_now.contains(p))
                    .filter_map(|&(r, c)| old.cells[r][c].value())
                    .sum::<i64>();
            let now: i64 = hidden_now.iter().map(|&(r, c)| values[r][c]).sum();
            let moved = (now - before).abs();
            if moved > 0 && moved < *below {
                let next = members
                    .iter()
                    .copied()
                    .filter(|&(r, c)| matches!(table.cells[r][c], Cell::Value(v) if v > 0))
                    .min_by_key(|&(r, c)| values[r][c])
                    .unwrap_or(total);
                table.cells[next.0][next.1] = Cell::Suppressed(Rule::Differencing);
                return true;
            }
        }
    }
    false
}

/// A published cell of a period whose parts are released, suppressed when a part at its
/// position is hidden, or when what the parts leave over (the cell less the published parts)
/// is 1–9, or anything but zero when a part's release was of other municipalities (`strict`).
/// Counts over a period are the sum of its parts', so a year less three published quarters
/// would give the fourth quarter's hidden count away; and a year's cell over hidden parts,
/// with the year's other cells, could pin them down, however large it is. Published this way,
/// the year tells nothing its parts did not.
fn left_by_parts(table: &mut Protected, parts: &[(&[Option<&Protected>], bool)]) -> bool {
    let mut changed = false;
    for (division, strict) in parts {
        for r in 0..=table.rows {
            for c in 0..=table.cols {
                let Cell::Value(whole) = table.cells[r][c] else {
                    continue;
                };
                let (mut known, mut hidden) = (0, 0);
                for part in division.iter() {
                    match part.map(|t| t.cells[r][c]) {
                        Some(Cell::Value(v)) => known += v,
                        Some(Cell::Suppressed(_)) => hidden += 1,
                        None => {}
                    }
                }
                // Negative when the parts counted more (a municipality left, a late
                // correction): as telling either way.
                let left = whole - known;
                let exposes =
                    hidden > 0 || (1..THRESHOLD).contains(&left.abs()) || (*strict && left != 0);
                if exposes && whole != 0 {
                    table.cells[r][c] = Cell::Suppressed(Rule::Differencing);
                    changed = true;
                }
            }
        }
    }
    changed
}

/// The positions whose parts, in some division, are all published: an attacker knows their
/// cell whether it is published or not.
fn known_from_parts(table: &Protected, parts: &[(&[Option<&Protected>], bool)]) -> Known {
    let mut known = vec![vec![false; table.cols + 1]; table.rows + 1];
    for (r, row) in known.iter_mut().enumerate() {
        for (c, known) in row.iter_mut().enumerate() {
            *known = parts.iter().any(|(division, _)| {
                division
                    .iter()
                    .all(|p| matches!(p.map(|t| t.cells[r][c]), Some(Cell::Value(_))))
            });
        }
    }
    known
}
