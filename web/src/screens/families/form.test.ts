import { test } from "node:test";
import assert from "node:assert/strict";
import { contractAttention, draftOf, emptyFile, emptyMember, fileInput, fileProblems, nkaPrefill } from "./form.ts";

test("a file names the family and each person's first and last name before it is sent", () => {
  const d = emptyFile("2026-12-06");
  assert.deepEqual(fileProblems(d), { name: "REQUIRED", "members.0.firstName": "REQUIRED", "members.0.lastName": "REQUIRED" });
  assert.deepEqual(fileProblems({ ...d, members: [] }), { name: "REQUIRED", members: "REQUIRED" });
  const filled = {
    ...d,
    name: " Rodzina Nowaków ",
    members: [{ ...emptyMember(), firstName: "Ewa", lastName: "Nowak" }],
  };
  assert.deepEqual(fileProblems(filled), {});
});

test("the input trims what was typed and sends nothing for empty fields", () => {
  const d = {
    ...emptyFile("2026-12-06"),
    name: " Rodzina Nowaków ",
    address: "  ",
    members: [{ firstName: " Ewa", lastName: "Nowak ", bornOn: "1985-03-02", relation: " matka " }, { ...emptyMember(), firstName: "Jan", lastName: "Nowak" }],
    workerIds: ["VXNlcjox"],
  };
  assert.deepEqual(fileInput(d), {
    name: "Rodzina Nowaków",
    address: null,
    openedOn: "2026-12-06",
    members: [
      { firstName: "Ewa", lastName: "Nowak", bornOn: "1985-03-02", relation: "matka" },
      { firstName: "Jan", lastName: "Nowak", bornOn: null, relation: null },
    ],
    workerIds: ["VXNlcjox"],
  });
});

test("form NK-A is filled with the people given a part, and only once a victim is named", () => {
  const file = {
    address: "ul. Kwiatowa 3, Żory",
    members: [
      { firstName: "Ewa", lastName: "Nowak", bornOn: "1985-03-02" },
      { firstName: "Kacper", lastName: "Nowak", bornOn: null },
      { firstName: "Jan", lastName: "Nowak" },
    ],
  };
  assert.deepEqual(nkaPrefill(file, ["WITNESS", "NONE", "PERPETRATOR"], "2026-12-06"), { problem: "VICTIM_REQUIRED" });
  const made = nkaPrefill(file, ["VICTIM", "NONE", "PERPETRATOR"], "2026-12-06");
  assert.ok("prefill" in made);
  assert.equal(made.prefill.initiatedOn, "2026-12-06");
  assert.deepEqual(
    made.prefill.persons.map((p) => [p.role, p.firstName, p.dateOfBirth, p.address]),
    [
      ["VICTIM", "Ewa", "1985-03-02", "ul. Kwiatowa 3, Żory"],
      ["PERPETRATOR", "Jan", null, "ul. Kwiatowa 3, Żory"],
    ],
  );
});

test("a stored file fills the form that corrects it, and sends back what it held", () => {
  const stored = {
    id: "RmFt",
    version: 3,
    name: "Rodzina Nowaków",
    address: null,
    openedOn: "2026-11-02",
    members: [{ firstName: "Ewa", lastName: "Nowak", bornOn: null, relation: "matka" }],
    workers: [{ userId: "VXNlcjox", displayName: "Anna Kamińska" }],
  };
  const d = draftOf(stored);
  assert.deepEqual(d.members, [{ firstName: "Ewa", lastName: "Nowak", bornOn: "", relation: "matka" }]);
  assert.deepEqual(fileInput(d), {
    name: "Rodzina Nowaków",
    address: null,
    openedOn: "2026-11-02",
    members: [{ firstName: "Ewa", lastName: "Nowak", bornOn: null, relation: "matka" }],
    workerIds: ["VXNlcjox"],
  });
});

test("the families' list says what their contracts need, the most urgent first", () => {
  const today = "2026-12-06";
  const inForce = { endsOn: "2027-03-01", reviewOn: "2026-12-20", overdue: false, outcome: null };
  assert.equal(contractAttention([], today), null);
  assert.equal(contractAttention([{ ...inForce, outcome: "FULFILLED" }], today), null);
  assert.deepEqual(contractAttention([inForce], today), { text: "ocena postępów 20.12.2026", urgent: false });
  assert.deepEqual(contractAttention([{ ...inForce, reviewOn: "2026-12-10" }], today), { text: "ocena postępów 10.12.2026", urgent: true });
  assert.deepEqual(contractAttention([{ ...inForce, reviewOn: "2026-12-01" }], today), { text: "w trakcie, do 01.03.2027", urgent: false });
  assert.deepEqual(contractAttention([{ ...inForce, reviewOn: null }], today), { text: "w trakcie, do 01.03.2027", urgent: false });
  assert.deepEqual(contractAttention([inForce, { endsOn: "2026-12-01", overdue: true, outcome: null }], today), {
    text: "po terminie — do rozliczenia",
    urgent: true,
  });
});
