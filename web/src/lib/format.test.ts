import { test } from "node:test";
import assert from "node:assert/strict";
import { daysBetween, formatDate, formatDateTime, plural, todayInPoland } from "./format.ts";

const karta = { one: "karta", few: "karty", many: "kart", other: "karty" };

test("dates read dd.mm.rrrr", () => {
  assert.equal(formatDate("2025-03-07"), "07.03.2025");
  assert.equal(formatDateTime("2025-01-31T23:30:00Z"), "01.02.2025 00:30");
});

test("Polish plural forms", () => {
  assert.equal(plural(1, karta), "1 karta");
  assert.equal(plural(2, karta), "2 karty");
  assert.equal(plural(5, karta), "5 kart");
  assert.equal(plural(12, karta), "12 kart");
  assert.equal(plural(22, karta), "22 karty");
  assert.equal(plural(0, karta), "0 kart");
});

test("today is the Polish calendar day", () => {
  // 23:30 UTC on 31 December is already 1 January in Poland.
  assert.equal(todayInPoland(new Date("2024-12-31T23:30:00Z")), "2025-01-01");
  assert.equal(daysBetween("2025-02-27", "2025-03-01"), 2);
});
