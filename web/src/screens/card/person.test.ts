import { test } from "node:test";
import assert from "node:assert/strict";
import { correctionInput, personChanged, personProblems, personValues } from "./person.ts";

const anna = {
  id: "P1",
  firstName: "Anna",
  lastName: "Kowalska",
  pesel: "85031212345",
  dateOfBirth: "1985-03-12",
  sex: "FEMALE",
  address: "ul. Rybnicka 1",
  phone: null,
  notes: null,
  diedOn: null,
};

test("a person's values and what changed", () => {
  const before = personValues(anna);
  assert.equal(before.phone, "");
  assert.equal(personChanged(before, { ...before, address: " ul. Rybnicka 1 " }), false);
  assert.equal(personChanged(before, { ...before, lastName: "Wójcik" }), true);
});

test("problems before sending", () => {
  const v = personValues(anna);
  assert.deepEqual(personProblems({ ...v, lastName: " ", pesel: "123" }), {
    lastName: "REQUIRED",
    pesel: "INVALID_PESEL_LENGTH",
  });
  assert.deepEqual(personProblems({ ...v, pesel: "", dateOfBirth: "" }), { dateOfBirth: "REQUIRED" });
});

test("the input clears emptied fields and keeps the date of death unless it is corrected", () => {
  const died = { ...anna, diedOn: "2026-01-01" };
  const input = correctionInput(died, 4, { ...personValues(died), address: " ", phone: "600" });
  assert.equal(input.id, "P1");
  assert.equal(input.version, 4);
  assert.equal(input.address, null);
  assert.equal(input.phone, "600");
  assert.equal(input.pesel, "85031212345");
  assert.equal(input.diedOn, "2026-01-01");
  assert.equal(correctionInput(died, 4, { ...personValues(died), diedOn: "" }).diedOn, null);
  assert.equal(correctionInput(anna, 4, { ...personValues(anna), diedOn: "2026-02-02" }).diedOn, "2026-02-02");
});

test("the correction carries the relation, the household, the addictions as a set, and checks the e-mail", () => {
  const person = {
    id: "P1",
    firstName: "Jan",
    lastName: "Nowak",
    dateOfBirth: "1979-01-01",
    sex: "MALE",
    relationToVictim: "SPOUSE",
    livesWithVictim: true,
    addictions: ["DRUGS", "ALCOHOL"],
  };
  const before = personValues(person);
  assert.equal(before.addictions, "ALCOHOL,DRUGS");
  assert.equal(before.livesWithVictim, "yes");
  const after = { ...before, livesWithVictim: "", email: "jan@" };
  assert.deepEqual(personProblems(after), { email: "INVALID" });
  assert.equal(personChanged(before, after), true);
  const input = correctionInput(person, 3, { ...after, email: "jan@example.pl" });
  assert.equal(input.livesWithVictim, null);
  assert.deepEqual(input.addictions, ["ALCOHOL", "DRUGS"]);
  assert.equal(input.relationToVictim, "SPOUSE");
  assert.equal(input.email, "jan@example.pl");
});
