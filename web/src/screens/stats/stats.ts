// The statistics page's logic apart from its widgets: the periods to choose from, and an
// indicator's figures as the tables and bars show them.
import { texts } from "./texts.ts";

export type PeriodKind = "year" | "quarter" | "month";

export type Figure = { breakdown: readonly { dimension: string; value: string }[]; value: number };
export type IndicatorData = {
  key: string;
  label: string;
  dimensions: readonly string[];
  cumulative: boolean;
  total: number;
  figures: readonly Figure[];
};

/** The periods of a kind that have begun by `today` (`YYYY-MM-DD`), newest first, over the
 * current and the two previous years: `[period, its Polish name]`. */
export function periodOptions(kind: PeriodKind, today: string): [string, string][] {
  const [year, month] = today.split("-").map(Number) as [number, number];
  const out: [string, string][] = [];
  for (let y = year; y >= year - 2; y--) {
    if (kind === "year") out.push([String(y), String(y)]);
    if (kind === "quarter") {
      for (let q = 4; q >= 1; q--) {
        if (y === year && 3 * q - 2 > month) continue;
        out.push([`${y}-Q${q}`, texts.quarterName(q, y)]);
      }
    }
    if (kind === "month") {
      for (let m = 12; m >= 1; m--) {
        if (y === year && m > month) continue;
        out.push([`${y}-${String(m).padStart(2, "0")}`, `${texts.monthNames[m - 1]} ${y}`]);
      }
    }
  }
  return out;
}

/** The kind of a period as the API writes it (`2026`, `2026-Q3`, `2026-09`). */
export function kindOf(period: string): PeriodKind {
  return period.includes("Q") ? "quarter" : period.includes("-") ? "month" : "year";
}

/** A dimension's value in Polish (the code itself when none is known). */
export function valueName(indicator: string, dimension: string, value: string): string {
  const names = dimension === "kind" ? texts.kindValues[indicator] : texts.values[dimension];
  return names?.[value] ?? value;
}

/** The values a dimension took, in the order their names are listed (known ones first). */
function valuesOf(indicator: IndicatorData, index: number): string[] {
  const dimension = indicator.dimensions[index] ?? "";
  const seen = [...new Set(indicator.figures.map((f) => f.breakdown[index]?.value ?? ""))];
  const known = Object.keys((dimension === "kind" ? texts.kindValues[indicator.key] : texts.values[dimension]) ?? {});
  const rank = (v: string) => (known.includes(v) ? known.indexOf(v) : known.length);
  return seen.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, "pl"));
}

/** A one-dimension indicator as bars: `[value's name, count]`, in the names' order. */
export function bars(indicator: IndicatorData): [string, number][] {
  return valuesOf(indicator, 0).map((v) => [
    valueName(indicator.key, indicator.dimensions[0] ?? "", v),
    indicator.figures.filter((f) => f.breakdown[0]?.value === v).reduce((s, f) => s + f.value, 0),
  ]);
}

/** A two-dimension indicator as a cross table with its totals. */
export function crossTable(indicator: IndicatorData): {
  rows: string[];
  cols: string[];
  cells: number[][];
  rowTotals: number[];
  colTotals: number[];
  total: number;
} {
  const rowValues = valuesOf(indicator, 0);
  const colValues = valuesOf(indicator, 1);
  const cells = rowValues.map((r) =>
    colValues.map((c) =>
      indicator.figures
        .filter((f) => f.breakdown[0]?.value === r && f.breakdown[1]?.value === c)
        .reduce((s, f) => s + f.value, 0),
    ),
  );
  const [d0, d1] = [indicator.dimensions[0] ?? "", indicator.dimensions[1] ?? ""];
  return {
    rows: rowValues.map((v) => valueName(indicator.key, d0, v)),
    cols: colValues.map((v) => valueName(indicator.key, d1, v)),
    cells,
    rowTotals: cells.map((row) => row.reduce((s, v) => s + v, 0)),
    colTotals: colValues.map((_, j) => cells.reduce((s, row) => s + (row[j] ?? 0), 0)),
    total: indicator.total,
  };
}
