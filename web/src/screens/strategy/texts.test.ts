import assert from "node:assert/strict";
import { test } from "node:test";
import { isAmount, money, number, reportYears, said } from "./texts.ts";

test("amounts as the API answers them read as Polish money", () => {
  assert.equal(money("12345.67"), "12\u00a0345,67");
  assert.equal(money("1000000.00"), "1\u00a0000\u00a0000,00");
  assert.equal(money("5.05"), "5,05");
});

test("amounts typed as the server takes them, up to a billion złoty", () => {
  for (const ok of ["12345", "12 345,67", "12345.5", "1 000 000 000"]) assert.ok(isAmount(ok), ok);
  for (const bad of ["", "-5", "1,234", "12.345,6", "abc", "2000000000"]) assert.ok(!isAmount(bad), bad);
});

test("numbers typed in Polish, and said back", () => {
  assert.equal(number("27,5"), 27.5);
  assert.equal(number(" 1 000 "), 1000);
  assert.equal(number(""), null);
  assert.equal(number("abc"), undefined);
  assert.equal(said(27.5), "27,5");
});

test("a programme's report years are those begun, the latest first", () => {
  assert.deepEqual(reportYears(2022, 2026, 2026), ["2026", "2025", "2024", "2023", "2022"]);
  assert.deepEqual(reportYears(2025, 2030, 2026), ["2026", "2025"]);
  assert.deepEqual(reportYears(2027, 2030, 2026), []);
});
