import { test } from "node:test";
import assert from "node:assert/strict";
import { peselBirthDate, peselProblem } from "./pesel.ts";

test("PESEL checksum", () => {
  assert.equal(peselProblem("44051401359"), null);
  assert.equal(peselProblem("02070803628"), null);
  assert.equal(peselProblem("44051401358"), "CHECKSUM");
  assert.equal(peselProblem("4405140135"), "LENGTH");
  assert.equal(peselProblem("4405140135a"), "DIGITS");
});

test("every single-digit change is caught", () => {
  const good = "44051401359";
  for (let i = 0; i < 11; i++) {
    for (let d = 0; d <= 9; d++) {
      const changed = good.slice(0, i) + d + good.slice(i + 1);
      if (changed !== good) assert.equal(peselProblem(changed), "CHECKSUM", changed);
    }
  }
});

test("the date of birth a PESEL encodes, the century in the month", () => {
  assert.equal(peselBirthDate("44051401359"), "1944-05-14");
  assert.equal(peselBirthDate("02270803628"), null);
  assert.equal(peselBirthDate("10252612340"), "2010-05-26");
  assert.equal(peselBirthDate("4405140135"), null);
});
