import { test } from "node:test";
import assert from "node:assert/strict";
import { cellOf, periodName, publishedPeriods, rulesUsed, shown, valuesOf, type RegionIndicatorData } from "./region.ts";

const victims: RegionIndicatorData = {
  key: "victims",
  label: "Osoby doznające przemocy",
  dimensions: ["sex", "age_band"],
  unit: "COUNT",
  cumulative: true,
  cells: [
    { breakdown: [{ dimension: "sex", value: "MALE" }, { dimension: "age_band", value: "18-59" }], value: 54, suppressed: false, rule: null },
    { breakdown: [{ dimension: "sex", value: "FEMALE" }, { dimension: "age_band", value: "0-12" }], value: null, suppressed: true, rule: "PRIMARY" },
    { breakdown: [{ dimension: "sex", value: "FEMALE" }], value: null, suppressed: true, rule: "SECONDARY" },
    { breakdown: [{ dimension: "age_band", value: "18-59" }], value: 1234, suppressed: false, rule: null },
    { breakdown: [], value: 1300, suppressed: false, rule: null },
  ],
};

test("a cell is found by its values, a total by leaving its dimension out", () => {
  assert.equal(cellOf(victims, ["MALE", "18-59"])?.value, 54);
  assert.equal(cellOf(victims, [null, "18-59"])?.value, 1234);
  assert.equal(cellOf(victims, [null, null])?.value, 1300);
  assert.equal(cellOf(victims, ["MALE", "60+"]), undefined);
});

test("hidden cells show their rule's mark and say why; an absent one is zero", () => {
  assert.deepEqual(shown(cellOf(victims, ["FEMALE", "0-12"]), "COUNT"), { text: "<10", rule: "PRIMARY", said: "ukryte: mniej niż 10" });
  assert.equal(shown(cellOf(victims, ["FEMALE", null]), "COUNT").text, "ukr.³");
  assert.equal(shown(cellOf(victims, [null, "18-59"]), "COUNT").text, (1234).toLocaleString("pl-PL"));
  assert.equal(shown(undefined, "COUNT").text, "0");
  assert.equal(shown({ breakdown: [], value: 83, suppressed: false, rule: null }, "PERCENT").text, "83%");
});

test("values in their names' order, the rules used in the legend's order", () => {
  assert.deepEqual(valuesOf(victims, "sex"), [["FEMALE", "kobiety"], ["MALE", "mężczyźni"]]);
  assert.deepEqual(valuesOf(victims, "age_band").map(([v]) => v), ["0-12", "18-59"]);
  assert.deepEqual(rulesUsed([victims]), ["PRIMARY", "SECONDARY"]);
});

test("periods: named in Polish, each once, the latest release's first", () => {
  assert.equal(periodName("2026-Q3"), "III kwartał 2026");
  assert.equal(periodName("2026-09"), "wrzesień 2026");
  assert.equal(periodName("2026"), "2026");
  assert.deepEqual(
    publishedPeriods([
      { period: "2026-Q3", status: "PUBLISHED", number: 1 },
      { period: "2026", status: "PUBLISHED", number: 3 },
      { period: "2026-Q3", status: "PUBLISHED", number: 2 },
      { period: "2025", status: "FAILED", number: null },
    ]),
    ["2026", "2026-Q3"],
  );
});
