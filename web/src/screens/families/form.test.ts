import { test } from "node:test";
import assert from "node:assert/strict";
import { draftOf, emptyFile, emptyMember, fileInput, fileProblems, nkaPrefill } from "./form.ts";

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
