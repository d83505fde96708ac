import { test } from "node:test";
import assert from "node:assert/strict";
import { daysBetween, formatDate, formatDateTime, parseTypedDate, plural, todayInPoland } from "./format.ts";

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

test("a day is typed as dd.mm.rrrr, leniently", () => {
  for (const typed of ["05.12.2026", "5.12.2026", "05122026", "5-12-2026", "5/12/2026", " 5, 12, 2026 ", "2026-12-05"]) {
    assert.equal(parseTypedDate(typed), "2026-12-05", typed);
  }
  assert.equal(parseTypedDate(""), null);
  assert.equal(parseTypedDate("   "), null);
  assert.equal(parseTypedDate("29.02.2024"), "2024-02-29");
  for (const wrong of ["29.02.2025", "31.04.2026", "0.12.2026", "05.13.2026", "5.12.26", "12/05", "jutro", "2026-02-30", "01.01.0999"]) {
    assert.equal(parseTypedDate(wrong), undefined, wrong);
  }
});

test("every day reads back as itself", () => {
  // Each day of 1899–2101 (leap years, century years) round-trips through its Polish form.
  for (let t = Date.UTC(1899, 0, 1); t <= Date.UTC(2101, 11, 31); t += 86_400_000) {
    const iso = new Date(t).toISOString().slice(0, 10);
    assert.equal(parseTypedDate(formatDate(iso)), iso);
    assert.equal(parseTypedDate(formatDate(iso).replaceAll(".", "")), iso);
  }
});
