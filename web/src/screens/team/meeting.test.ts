import { test } from "node:test";
import assert from "node:assert/strict";
import { defaultPeriod, draftProblems, emptyDraft, meetingInput, missedMeetings } from "./meeting.ts";

test("a meeting needs its day (not in the future) and its agenda", () => {
  assert.deepEqual(draftProblems(emptyDraft(), "2026-11-27"), { heldOn: "REQUIRED", agenda: "REQUIRED" });
  const draft = { ...emptyDraft(), heldOn: "2026-11-28", agenda: "  " };
  assert.deepEqual(draftProblems(draft, "2026-11-27"), { heldOn: "IN_FUTURE", agenda: "REQUIRED" });
  assert.deepEqual(draftProblems({ ...draft, heldOn: "2026-11-27", agenda: "Sprawy bieżące" }, "2026-11-27"), {});
  assert.deepEqual(draftProblems({ ...draft, heldOn: "27.11.2026", agenda: "x" }, "2026-11-27"), { heldOn: "INVALID_DATE" });
});

test("every member is listed in the attendance, present only when ticked; empty minutes are none", () => {
  const input = meetingInput("VGVhbQ", ["m1", "m2", "m3"], {
    heldOn: "2026-11-20",
    agenda: " Sprawy bieżące ",
    minutes: "  ",
    present: ["m3", "m1"],
  });
  assert.deepEqual(input, {
    teamId: "VGVhbQ",
    heldOn: "2026-11-20",
    agenda: "Sprawy bieżące",
    minutes: null,
    attendance: [
      { memberId: "m1", present: true },
      { memberId: "m2", present: false },
      { memberId: "m3", present: true },
    ],
  });
  assert.equal(meetingInput("t", [], { ...emptyDraft(), minutes: "Protokół" }).minutes, "Protokół");
});

test("the report covers the three months up to today, clamped to a month's last day", () => {
  assert.deepEqual(defaultPeriod("2026-11-27"), { from: "2026-08-27", to: "2026-11-27" });
  assert.deepEqual(defaultPeriod("2026-05-31"), { from: "2026-02-28", to: "2026-05-31" });
  assert.deepEqual(defaultPeriod("2026-02-15"), { from: "2025-11-15", to: "2026-02-15" });
});

test("who missed meetings in the period, most absences first", () => {
  const rows = [
    { member: "a", meetings: 3, present: 3 },
    { member: "b", meetings: 3, present: 2 },
    { member: "c", meetings: 3, present: 0 },
  ];
  assert.deepEqual(missedMeetings(rows), [
    { member: "c", missed: 3, meetings: 3 },
    { member: "b", missed: 1, meetings: 3 },
  ]);
  assert.deepEqual(missedMeetings([{ member: "a", meetings: 0, present: 0 }]), []);
});
