import { test } from "node:test";
import assert from "node:assert/strict";
import {
  emptyDraft,
  loadDraft,
  localProblems,
  saveDraft,
  serverProblems,
  shownAsTyped,
  toInput,
  warsawParts,
  warsawToIso,
} from "./form.ts";
import {
  assignable,
  cardLabel,
  nameOf,
  offeredForms,
  responseInput,
  responseProblems,
  responseState,
} from "./entry.ts";
import { draftFromPrefill, fromIntakeOf } from "../nka/form.ts";

const NOW = new Date("2026-11-27T13:05:00Z"); // 14:05 in Warsaw (CET)

test("a new entry is received now in Warsaw, by phone, a routine report about one person", () => {
  const d = emptyDraft(NOW);
  assert.equal(d.receivedOn, "2026-11-27");
  assert.equal(d.receivedTime, "14:05");
  assert.equal(d.channel, "PHONE");
  assert.equal(d.kind, "REPORT");
  assert.equal(d.urgency, "ROUTINE");
  assert.equal(d.persons.length, 1);
  assert.equal(d.persons[0]?.role, "VICTIM");
});

test("the draft survives in storage until sent, under the drafts' prefix", () => {
  const store = new Map<string, string>();
  const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
  const d = emptyDraft(NOW);
  d.account = "Krzyki za ścianą";
  saveDraft(storage, d);
  assert.equal(loadDraft(storage)?.account, "Krzyki za ścianą");
  assert.ok([...store.keys()].every((k) => k.startsWith("ostoja.draft.")));
  store.set("ostoja.draft.intake", "{not json");
  assert.equal(loadDraft(storage), null);
  store.set("ostoja.draft.intake", "{}");
  assert.equal(loadDraft(storage), null);
});

test("Warsaw wall-clock time becomes the right instant in winter and summer", () => {
  assert.equal(warsawToIso("2026-11-27", "14:05"), "2026-11-27T13:05:00.000Z");
  assert.equal(warsawToIso("2026-07-01", "00:30"), "2026-06-30T22:30:00.000Z");
  assert.equal(warsawToIso("2026-03-29", "02:30"), "2026-03-29T01:30:00.000Z"); // skipped hour
  assert.equal(warsawToIso("2026-02-30", "10:00"), null);
  assert.equal(warsawToIso("27.11.2026", "10:00"), null);
  assert.equal(warsawToIso("2026-11-27", ""), null);
  assert.deepEqual(warsawParts(new Date("2026-06-30T22:30:00Z")), { day: "2026-07-01", time: "00:30" });
});

test("problems found while typing: PESEL checksum, a time in the future, missing account and names", () => {
  const d = emptyDraft(NOW);
  d.persons[0] = { ...d.persons[0]!, pesel: "44051401358" };
  const p = localProblems(d, NOW);
  assert.equal(p["persons.0.pesel"], "INVALID_PESEL_CHECKSUM");
  assert.equal(p["persons.0.firstName"], "REQUIRED");
  assert.equal(p.account, "REQUIRED");
  assert.equal(p.receivedAt, undefined);

  const fixed = { ...d, account: "Sąsiadka słyszy krzyki", persons: [{ ...d.persons[0]!, firstName: "Anna", pesel: "44051401359" }] };
  assert.deepEqual(localProblems(fixed, NOW), {});
  assert.deepEqual(localProblems({ ...fixed, receivedTime: "16:00" }, NOW), { receivedAt: "IN_FUTURE" });
  assert.deepEqual(localProblems({ ...fixed, receivedOn: "" }, NOW), { receivedAt: "REQUIRED" });
  assert.deepEqual(localProblems({ ...fixed, persons: [{ ...fixed.persons[0]!, dateOfBirth: "2027-01-01" }] }, NOW), {
    "persons.0.dateOfBirth": "IN_FUTURE",
  });
});

test("a report names a person; a consultation need not", () => {
  const d = { ...emptyDraft(NOW), account: "Pytanie szkoły", persons: [] };
  assert.deepEqual(localProblems(d, NOW), { persons: "PERSON_REQUIRED" });
  assert.deepEqual(localProblems({ ...d, kind: "INSTITUTION_CONSULTATION" }, NOW), {});
});

test("a PESEL is checked as soon as it is complete; other fields once the user tries to send", () => {
  assert.equal(shownAsTyped("persons.0.pesel", "4405140135"), false);
  assert.equal(shownAsTyped("persons.0.pesel", "44051401358"), true);
  assert.equal(shownAsTyped("account", ""), false);
  assert.equal(shownAsTyped("receivedAt", ""), true);
});

test("the recordIntake input: trimmed, blanks as null, no reporter when anonymous", () => {
  const d = emptyDraft(NOW);
  d.account = "  Krzyki  ";
  d.reporterName = " Jan Sąsiad ";
  d.persons[0] = { ...d.persons[0]!, firstName: " Anna ", pesel: "44051401359", sex: "FEMALE" };
  const input = toInput(d);
  assert.equal(input.receivedAt, "2026-11-27T13:05:00.000Z");
  assert.equal(input.account, "Krzyki");
  assert.deepEqual(input.reporter, { name: "Jan Sąsiad", contact: null });
  assert.deepEqual(input.persons[0], {
    role: "VICTIM",
    firstName: "Anna",
    lastName: null,
    pesel: "44051401359",
    dateOfBirth: null,
    sex: "FEMALE",
    address: null,
    phone: null,
  });
  assert.equal(toInput({ ...d, anonymous: true }).reporter, null);
  assert.equal(toInput({ ...d, reporterName: " " }).reporter, null);
});

test("server userErrors land on the form's fields", () => {
  assert.deepEqual(
    serverProblems([
      { field: ["input", "persons", "0", "pesel"], code: "PESEL_MISMATCH" },
      { field: ["input", "receivedAt"], code: "IN_FUTURE" },
      { field: ["input", "reporter", "contact"], code: "INVALID" },
    ]),
    { "persons.0.pesel": "PESEL_MISMATCH", receivedAt: "IN_FUTURE", "reporter.contact": "INVALID" },
  );
});

test("the response deadline's state: overdue, due today, soon, later, met (late)", () => {
  const today = "2026-11-27";
  assert.equal(responseState({ dueOn: "2026-11-26", state: "OVERDUE", metLate: false }, today).urgency, "overdue");
  const dueToday = responseState({ dueOn: "2026-11-27", state: "PENDING", metLate: false }, today);
  assert.equal(dueToday.urgency, "soon");
  assert.equal("days" in dueToday && dueToday.days, 0);
  assert.equal(responseState({ dueOn: "2026-12-10", state: "PENDING", metLate: false }, today).urgency, "later");
  assert.deepEqual(responseState({ dueOn: "2026-11-20", state: "MET", metOn: "2026-11-21", metLate: true }, today), {
    urgency: "met",
    metOn: "2026-11-21",
    metLate: true,
  });
});

test("forms offered from the allowed steps only; no Blue Card from a consultation", () => {
  assert.deepEqual(offeredForms(["ASSIGNED", "RESPONDED", "BLUE_CARD_LINKED"], "REPORT"), ["respond", "convert", "link", "assign"]);
  assert.deepEqual(offeredForms(["RESPONDED", "BLUE_CARD_LINKED", "CLOSED"], "PERSON_CONSULTATION"), ["respond", "link", "close"]);
  assert.deepEqual(offeredForms(["RESPONDED"], "REPORT"), ["respond"]);
  assert.deepEqual(offeredForms([], "REPORT"), []);
});

test("a response needs its kind, a referral its help point, and no day in the future", () => {
  const today = "2026-11-27";
  assert.deepEqual(responseProblems({ kind: "", helpPointId: "", on: "", note: "" }, today), { kind: "REQUIRED" });
  assert.deepEqual(responseProblems({ kind: "REFERRED_TO_HELP_POINT", helpPointId: "", on: "2026-11-28", note: "" }, today), {
    helpPointId: "REQUIRED",
    on: "IN_FUTURE",
  });
  assert.deepEqual(responseProblems({ kind: "ADVICE_GIVEN", helpPointId: "", on: "", note: "" }, today), {});
  const entry = { id: "SW4", version: 3 };
  assert.deepEqual(responseInput(entry, { kind: "ADVICE_GIVEN", helpPointId: "HP", on: "", note: "  " }), {
    id: "SW4",
    version: 3,
    kind: "ADVICE_GIVEN",
    on: null,
    helpPointId: null,
    note: null,
  });
  assert.equal(responseInput(entry, { kind: "REFERRED_TO_HELP_POINT", helpPointId: "HP", on: "2026-11-26", note: "x" }).helpPointId, "HP");
});

test("names of user IDs and the people an entry can be assigned to", () => {
  const viewer = { id: "u1", displayName: "Teresa Kozłowska" };
  const members = [
    { userId: "u2", displayName: "Ewa Jankowska" },
    { userId: "u1", displayName: "Teresa K." },
  ];
  assert.equal(nameOf("u1", viewer, members, "?"), "Teresa Kozłowska");
  assert.equal(nameOf("u2", viewer, members, "?"), "Ewa Jankowska");
  assert.equal(nameOf("u9", viewer, members, "pracownik gminy"), "pracownik gminy");
  assert.deepEqual(assignable(viewer, members), [
    { id: "u1", name: "Teresa Kozłowska" },
    { id: "u2", name: "Ewa Jankowska" },
  ]);
});

test("form NK-A from an entry's prefill, handed over in the history state", () => {
  const prefill = {
    initiatedOn: "2026-11-25",
    description: "Krzyki i płacz dziecka",
    persons: [
      { role: "VICTIM", firstName: "Anna", lastName: null, pesel: "44051401359", dateOfBirth: "1944-05-14", sex: "FEMALE", address: null, phone: null },
    ],
  };
  const d = draftFromPrefill(prefill);
  assert.equal(d.initiatedOn, "2026-11-25");
  assert.equal(d.description, "Krzyki i płacz dziecka");
  assert.deepEqual(d.persons[0], {
    role: "VICTIM",
    firstName: "Anna",
    lastName: "",
    pesel: "44051401359",
    dateOfBirth: "1944-05-14",
    sex: "FEMALE",
    address: "",
    phone: "",
    notes: "",
    relationToVictim: "",
    livesWithVictim: "",
    health: "",
    addictions: [],
    school: "",
    email: "",
  });
  assert.equal(d.initiatorInstitution, "");
  assert.equal(draftFromPrefill({ ...prefill, persons: [] }).persons.length, 2);
  assert.deepEqual(fromIntakeOf({ fromIntake: { intakeId: "SW4", version: 2, prefill } })?.intakeId, "SW4");
  assert.equal(fromIntakeOf(null), null);
  assert.equal(fromIntakeOf({ notice: "x" }), null);
  assert.equal(fromIntakeOf({ fromIntake: { intakeId: 1, version: 2 } }), null);
});

test("a card to link is named by its victims and the day it was initiated", () => {
  const persons = [
    { role: "VICTIM", firstName: "Anna", lastName: "Kowalska" },
    { role: "PERPETRATOR", firstName: "Jan", lastName: "Kowalski" },
    { role: "VICTIM", firstName: "Zofia", lastName: "Kowalska" },
  ];
  assert.equal(cardLabel({ initiatedOn: "2026-11-20", persons }), "Anna Kowalska, Zofia Kowalska (20.11.2026)");
  assert.equal(cardLabel({ initiatedOn: "2026-11-20", persons: [] }), "— (20.11.2026)");
});
