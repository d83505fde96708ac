import assert from "node:assert/strict";
import { test } from "node:test";
import { isCardNumber, searchProblem } from "./search.ts";

test("card numbers are read as people write them", () => {
  for (const raw of ["NK/2026/0042", "nk 2026/42", "2026/42", " 2026 / 7 "]) assert.ok(isCardNumber(raw), raw);
  for (const raw of ["Kowalska", "26/42", "NK/2026/"]) assert.ok(!isCardNumber(raw), raw);
});

test("a search needs two letters of a name or a card number", () => {
  assert.equal(searchProblem(""), null);
  assert.equal(searchProblem("a"), "TOO_SHORT");
  assert.equal(searchProblem(" Ż "), "TOO_SHORT");
  assert.equal(searchProblem("Wó"), null);
  assert.equal(searchProblem("Anna Wójcik"), null);
  assert.equal(searchProblem("2026/42"), null);
});
