import { test } from "node:test";
import assert from "node:assert/strict";
import { bars, crossTable, kindOf, periodOptions, valueName, type IndicatorData } from "./stats.ts";

test("periods that have begun, newest first", () => {
  assert.deepEqual(periodOptions("year", "2026-12-05").map(([p]) => p), ["2026", "2025", "2024"]);
  const quarters = periodOptions("quarter", "2026-05-20");
  assert.deepEqual(quarters.slice(0, 3), [
    ["2026-Q2", "II kwartał 2026"],
    ["2026-Q1", "I kwartał 2026"],
    ["2025-Q4", "IV kwartał 2025"],
  ]);
  assert.deepEqual(periodOptions("month", "2026-02-01")[0], ["2026-02", "luty 2026"]);
  assert.equal(periodOptions("month", "2026-02-01").length, 2 + 12 + 12);
  assert.equal(kindOf("2026-Q3"), "quarter");
  assert.equal(kindOf("2026-09"), "month");
  assert.equal(kindOf("2026"), "year");
});

const victims: IndicatorData = {
  key: "victims",
  label: "Osoby doznające przemocy według płci i wieku",
  dimensions: ["sex", "age_band"],
  cumulative: true,
  total: 6,
  figures: [
    { breakdown: [{ dimension: "sex", value: "MALE" }, { dimension: "age_band", value: "0-12" }], value: 1 },
    { breakdown: [{ dimension: "sex", value: "FEMALE" }, { dimension: "age_band", value: "18-59" }], value: 3 },
    { breakdown: [{ dimension: "sex", value: "FEMALE" }, { dimension: "age_band", value: "0-12" }], value: 2 },
  ],
};

test("a two-dimension indicator as a cross table in the names' order, with totals", () => {
  assert.deepEqual(crossTable(victims), {
    rows: ["kobiety", "mężczyźni"],
    cols: ["0–12 lat", "18–59 lat"],
    cells: [
      [2, 3],
      [1, 0],
    ],
    rowTotals: [5, 1],
    colTotals: [3, 3],
    total: 6,
  });
});

test("a one-dimension indicator as bars, unknown codes as they are", () => {
  const opened: IndicatorData = {
    key: "procedures_closed",
    label: "",
    dimensions: ["ground"],
    cumulative: true,
    total: 5,
    figures: [
      { breakdown: [{ dimension: "ground", value: "UNFOUNDED" }], value: 2 },
      { breakdown: [{ dimension: "ground", value: "NEW_GROUND" }], value: 1 },
      { breakdown: [{ dimension: "ground", value: "VIOLENCE_STOPPED_AND_PLAN_CARRIED_OUT" }], value: 2 },
    ],
  };
  assert.deepEqual(bars(opened), [
    ["ustanie przemocy domowej i zrealizowanie planu pomocy", 2],
    ["brak zasadności podejmowania działań", 2],
    ["NEW_GROUND", 1],
  ]);
});

test("family help and social contracts are named in Polish", () => {
  assert.equal(valueName("family_help", "help", "CONSULTATION_LEGAL"), "Porada (prawna)");
  assert.equal(valueName("family_help", "help", "SHELTER_PLACEMENT"), "Umieszczenie w schronieniu");
  assert.equal(valueName("family_help", "blue_card", "NO"), "bez Niebieskiej Karty");
  assert.equal(valueName("social_contracts_settled", "contract_outcome", "PARTLY_FULFILLED"), "zrealizowany częściowo");
});
