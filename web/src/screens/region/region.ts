// The regional view's logic apart from its widgets: a release's cells as tables, suppressed
// cells marked by their rule, and the periods the region has releases of.
import { valueName } from "../stats/stats.ts";
import { texts as stats } from "../stats/texts.ts";
import { texts } from "./texts.ts";

export type RegionCell = {
  breakdown: readonly { dimension: string; value: string }[];
  value?: number | null;
  suppressed: boolean;
  rule?: string | null;
};

export type RegionIndicatorData = {
  key: string;
  label: string;
  dimensions: readonly string[];
  unit: string;
  cumulative: boolean;
  cells: readonly RegionCell[];
};

/** What a cell shows: a number, or the mark of the rule that hid it and its reason in words. */
export type Shown = { text: string; rule: string | null; said: string };

/** A cell as shown: its value, or its rule's mark; a combination not listed is zero. */
export function shown(cell: RegionCell | undefined, unit: string): Shown {
  if (!cell) return { text: "0", rule: null, said: "0" };
  if (cell.suppressed || cell.value === null || cell.value === undefined) {
    const rule = cell.rule ?? "SECONDARY";
    return { text: texts.marks[rule] ?? "—", rule, said: `${texts.hidden}: ${texts.rules[rule] ?? rule}` };
  }
  const text = unit === "PERCENT" ? `${cell.value}%` : cell.value.toLocaleString("pl-PL");
  return { text, rule: null, said: text };
}

/** The cell of exactly these dimension values (a total leaves its dimension out). */
export function cellOf(
  indicator: RegionIndicatorData,
  values: readonly (string | null)[],
): RegionCell | undefined {
  const wanted = indicator.dimensions
    .map((dimension, i) => [dimension, values[i] ?? null] as const)
    .filter(([, v]) => v !== null);
  return indicator.cells.find(
    (c) =>
      c.breakdown.length === wanted.length &&
      wanted.every(([d, v]) => c.breakdown.some((b) => b.dimension === d && b.value === v)),
  );
}

/** The values a dimension takes in a release, in the order their names are listed. */
export function valuesOf(indicator: RegionIndicatorData, dimension: string): [string, string][] {
  const seen = [
    ...new Set(indicator.cells.flatMap((c) => c.breakdown.filter((b) => b.dimension === dimension).map((b) => b.value))),
  ];
  const known = Object.keys((dimension === "kind" ? stats.kindValues[indicator.key] : stats.values[dimension]) ?? {});
  const rank = (v: string) => (known.includes(v) ? known.indexOf(v) : known.length);
  return seen
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, "pl"))
    .map((v) => [v, valueName(indicator.key, dimension, v)]);
}

/** The rules that hid any cell of a release, in the legend's order. */
export function rulesUsed(indicators: readonly RegionIndicatorData[]): string[] {
  const used = new Set(indicators.flatMap((i) => i.cells.map((c) => c.rule).filter((r): r is string => !!r)));
  return Object.keys(texts.rules).filter((r) => used.has(r));
}

/** A period's name in Polish: `2026`, `III kwartał 2026`, `wrzesień 2026`. */
export function periodName(period: string): string {
  const [year, part] = period.split("-");
  if (!part) return period;
  if (part.startsWith("Q")) return stats.quarterName(Number(part.slice(1)), Number(year));
  return `${stats.monthNames[Number(part) - 1] ?? part} ${year}`;
}

/** The periods the region has published releases of, the latest release's first. */
export function publishedPeriods(
  releases: readonly { period: string; status: string; number?: number | null }[],
): string[] {
  const published = releases
    .filter((r) => r.status === "PUBLISHED")
    .sort((a, b) => (b.number ?? 0) - (a.number ?? 0));
  return [...new Set(published.map((r) => r.period))];
}
