import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyDraft, loadDraft, localProblems, saveDraft, serverProblems, toInput } from "./form.ts";

test("a draft survives in storage until sent", () => {
  const store = new Map<string, string>();
  const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
  const d = emptyDraft("2025-03-01");
  d.persons[0]!.firstName = "Anna";
  saveDraft(storage, d);
  assert.equal(loadDraft(storage)?.persons[0]?.firstName, "Anna");
  assert.ok([...store.keys()].every((k) => k.startsWith("ostoja.draft.")));
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
