import assert from "node:assert/strict";
import { test } from "node:test";
import { parseTime, warsawInstant, warsawParts } from "./eventTime.ts";

test("an hour in Warsaw is the instant of that day's time zone", () => {
  assert.equal(warsawInstant("2026-11-27", "17:00"), "2026-11-27T16:00:00.000Z");
  assert.equal(warsawInstant("2026-07-01", "9:30"), "2026-07-01T07:30:00.000Z");
  // The day summer time begins and ends.
  assert.equal(warsawInstant("2026-03-29", "12:00"), "2026-03-29T10:00:00.000Z");
  assert.equal(warsawInstant("2026-10-25", "12:00"), "2026-10-25T11:00:00.000Z");
  assert.equal(warsawInstant("2026-11-27", "25:00"), null);
  assert.equal(warsawInstant("27.11.2026", "17:00"), null);
});

test("an instant reads back as the day and hour typed", () => {
  for (const [day, time] of [
    ["2026-11-27", "17:00"],
    ["2026-07-01", "09:30"],
    ["2026-12-31", "23:59"],
  ] as const) {
    const iso = warsawInstant(day, time);
    assert.ok(iso);
    assert.deepEqual(warsawParts(iso), { day, time });
  }
  assert.deepEqual(parseTime("17.05"), [17, 5]);
  assert.equal(parseTime("17"), null);
});
