import { test } from "node:test";
import assert from "node:assert/strict";
import { childrenTyped, draftFromPrefill, emptyDraft, fromFamilyOf, fromIntakeOf, loadDraft, localProblems, minorsEntered, nkBRecipients, saveDraft, serverProblems, sourceKey, toInput } from "./form.ts";

test("a draft survives in storage until sent", () => {
  const store = new Map<string, string>();
  const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
  const d = emptyDraft("2025-03-01");
  d.persons[0]!.firstName = "Anna";
  saveDraft(storage, d);
  assert.equal(loadDraft(storage)?.persons[0]?.firstName, "Anna");
  assert.ok([...store.keys()].every((k) => k.startsWith("ostoja.draft.")));
  // Sent again after a lost answer, the form carries the same key: the server answers with
  // the card the first sending opened.
  assert.match(d.openingKey, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(loadDraft(storage)?.openingKey, d.openingKey);
  assert.equal(toInput(loadDraft(storage)!).openingKey, d.openingKey);
  assert.notEqual(emptyDraft("2025-03-01").openingKey, d.openingKey, "a new form, a new key");
});

test("problems found while typing", () => {
  const d = emptyDraft("2025-03-01");
  d.persons[0] = { ...d.persons[0]!, firstName: "Anna", lastName: "K", pesel: "44051401358" };
  const p = localProblems(d);
  assert.equal(p["persons.0.pesel"], "INVALID_PESEL_CHECKSUM");
  assert.equal(p["persons.1.dateOfBirth"], "REQUIRED_WITHOUT_PESEL");
  assert.equal(p.violenceForms, "REQUIRED");
  d.persons = d.persons.filter((x) => x.role !== "VICTIM");
  assert.equal(localProblems(d).persons, "VICTIM_REQUIRED");
});

test("the input and the server's errors by field", () => {
  const d = emptyDraft("2025-03-01");
  d.persons[0]!.pesel = " 44051401359 ";
  const input = toInput(d);
  assert.equal(input.persons[0]?.pesel, "44051401359");
  assert.equal(input.persons[0]?.dateOfBirth, null);
  assert.deepEqual(
    serverProblems([
      { field: ["input", "persons", "0", "pesel"], code: "PESEL_MISMATCH" },
      { field: ["input", "persons"], code: "VICTIM_REQUIRED" },
    ]),
    { "persons.0.pesel": "PESEL_MISMATCH", persons: "VICTIM_REQUIRED" },
  );
});

test("the number of children follows the minors entered until typed", () => {
  const d = emptyDraft("2026-03-01");
  d.persons.push({ ...d.persons[0]!, role: "WITNESS", dateOfBirth: "2015-05-05" });
  // A PESEL of someone born in 2010 (month + 20 for the 2000s).
  d.persons.push({ ...d.persons[0]!, role: "WITNESS", pesel: "10252612340" });
  d.persons[0]!.dateOfBirth = "1985-01-01";
  assert.equal(minorsEntered(d), 2);
  assert.equal(toInput(d).childrenInHousehold, 2);
  d.childrenInHousehold = childrenTyped("03");
  assert.equal(d.childrenInHousehold, "3");
  assert.equal(toInput(d).childrenInHousehold, 3);
  assert.equal(childrenTyped("0"), "0");
  assert.equal(childrenTyped("1a"), "1");
});

test("the fields the correction form has are in the entry form too", () => {
  const d = emptyDraft("2026-03-01");
  d.perpetratorUnderDrugs = true;
  d.victimFeelsSafe = "no";
  d.additionalInformation = " Sąsiadka widziała zdarzenie. ";
  const input = toInput(d);
  assert.equal(input.perpetratorUnderDrugs, true);
  assert.equal(input.victimFeelsSafe, false);
  assert.equal(input.additionalInformation, "Sąsiadka widziała zdarzenie.");
  assert.equal(toInput(emptyDraft("2026-03-01")).victimFeelsSafe, null);
});

test("a draft kept before the form gained fields takes their defaults", () => {
  const store = new Map<string, string>();
  const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
  const { perpetratorUnderDrugs: _d, victimFeelsSafe: _v, additionalInformation: _a, ...old } = emptyDraft("2026-03-01");
  store.set("ostoja.draft.nk-a", JSON.stringify(old));
  const loaded = loadDraft(storage);
  assert.equal(loaded?.victimFeelsSafe, "");
  assert.equal(loaded?.additionalInformation, "");
});

test("each problem of the summary names its field and person", async () => {
  const { fieldLabel, texts } = await import("./texts.ts");
  const { named } = await import("../../lib/format.ts");
  assert.equal(named(fieldLabel("persons.1.firstName"), texts.errors.REQUIRED!), "Osoba 2 — Imię: to pole jest wymagane.");
  assert.equal(named(fieldLabel("persons.0.pesel"), texts.errors.INVALID_PESEL_LENGTH!), "Osoba 1 — PESEL: PESEL ma 11 cyfr.");
  assert.equal(fieldLabel("initiatedOn"), "Data wszczęcia procedury");
  assert.equal(named(fieldLabel("unknown"), "Popraw to pole."), "Popraw to pole.");
});

test("the form knows the intake entry or the family's file it was opened from, and nothing else", () => {
  assert.equal(fromFamilyOf({ fromFamily: { fileId: "RmFt" } })?.fileId, "RmFt");
  assert.equal(fromFamilyOf({ fromIntake: { intakeId: "SW50", version: 1 } }), null);
  assert.equal(fromFamilyOf({ fromFamily: { fileId: 7 } }), null);
  assert.equal(fromFamilyOf(null), null);
  assert.equal(fromIntakeOf({ fromFamily: { fileId: "RmFt" } }), null);
  const draft = draftFromPrefill({
    initiatedOn: "2026-12-06",
    description: "",
    persons: [{ role: "VICTIM", firstName: "Ewa", lastName: "Nowak", dateOfBirth: "1985-03-02", address: "ul. Kwiatowa 3" }],
  });
  assert.deepEqual([draft.persons[0]?.role, draft.persons[0]?.lastName, draft.persons[0]?.address], ["VICTIM", "Nowak", "ul. Kwiatowa 3"]);
});

test("a prefilled draft keeps where it came from, and the input sends none of it", () => {
  assert.equal(sourceKey(null, { fileId: "RmFt" }), "family:RmFt");
  assert.equal(sourceKey({ intakeId: "SW50", version: 2 }, null), "intake:SW50");
  assert.equal(sourceKey(null, null), null);
  const store = new Map<string, string>();
  const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
  saveDraft(storage, { ...emptyDraft("2026-12-06"), source: "family:RmFt" });
  assert.equal(loadDraft(storage)?.source, "family:RmFt");
  assert.ok(!("source" in toInput({ ...emptyDraft("2026-12-06"), source: "family:RmFt" })));
});

test("another body's paper form names who filled it; a form filled here sends no paper initiator", () => {
  const d = { ...emptyDraft("2026-12-01"), initiatorInstitution: "POLICE" };
  assert.equal(toInput(d).registeredFromPaper, null);
  const paper = { ...d, fromPaper: true, paperName: " ", paperEntity: "" };
  const problems = localProblems(paper);
  assert.equal(problems["registeredFromPaper.name"], "REQUIRED");
  assert.equal(problems["registeredFromPaper.entity"], "REQUIRED");
  const filled = { ...paper, paperName: " Jan Wójtowicz ", paperPosition: "", paperEntity: "KMP w Żorach" };
  assert.equal(localProblems(filled)["registeredFromPaper.name"], undefined);
  assert.deepEqual(toInput(filled).registeredFromPaper, { name: "Jan Wójtowicz", position: null, entity: "KMP w Żorach" });
});

test("NK-B goes to an adult who does not use violence, named by place", () => {
  const d = emptyDraft("2026-03-01");
  d.persons[0] = { ...d.persons[0]!, firstName: "Anna", lastName: "Kowalska", dateOfBirth: "1985-03-12" };
  d.persons[1] = { ...d.persons[1]!, firstName: "Jan", lastName: "Kowalski", dateOfBirth: "1980-07-01" };
  d.persons.push({ ...d.persons[0]!, role: "WITNESS", firstName: "Zofia", dateOfBirth: "2015-05-05" });
  // Neither the perpetrator nor the child is offered.
  assert.deepEqual(nkBRecipients(d), { "0": "Anna Kowalska" });
  d.nkBHandedOver = true;
  assert.equal(localProblems(d).nkBRecipient, "REQUIRED");
  d.nkBRecipient = "1";
  assert.equal(localProblems(d).nkBRecipient, "NK_B_NOT_ALLOWED");
  d.nkBRecipient = "0";
  assert.equal(localProblems(d).nkBRecipient, undefined);
  assert.equal(toInput(d).nkBRecipient, 0);
  d.nkBHandedOver = false;
  assert.equal(toInput(d).nkBRecipient, null, "not handed over: nobody");
});

test("a person's relation, household, health, addictions, school and e-mail reach the input; an e-mail is checked as typed", () => {
  const d = emptyDraft("2026-11-25");
  d.persons[0] = { ...d.persons[0], firstName: "Anna", lastName: "Nowak", dateOfBirth: "1980-01-01", sex: "FEMALE", email: "anna@" };
  d.persons[1] = {
    ...d.persons[1],
    firstName: "Jan",
    lastName: "Nowak",
    dateOfBirth: "1979-01-01",
    sex: "MALE",
    relationToVictim: "SPOUSE",
    livesWithVictim: "no",
    addictions: ["ALCOHOL"],
    health: " cukrzyca ",
  };
  assert.equal(localProblems(d)["persons.0.email"], "INVALID_EMAIL");
  d.persons[0].email = "anna@example.pl";
  assert.equal(localProblems(d)["persons.0.email"], undefined);
  const [victim, perpetrator] = toInput(d).persons;
  assert.equal(victim.email, "anna@example.pl");
  assert.equal(victim.relationToVictim, null);
  assert.equal(victim.livesWithVictim, null);
  assert.equal(perpetrator.relationToVictim, "SPOUSE");
  assert.equal(perpetrator.livesWithVictim, false);
  assert.deepEqual(perpetrator.addictions, ["ALCOHOL"]);
  assert.equal(perpetrator.health, "cukrzyca");
  assert.equal(perpetrator.school, null);
});
