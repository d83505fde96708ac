import { test } from "node:test";
import assert from "node:assert/strict";
import { hoursUnknown, rangesText, upcomingExceptions, weekLines, type Hours } from "./hours.ts";

const closed = (day: string) => ({ day, ranges: [] });
const week = (ranges: { opens: string; closes: string }[]) => [
  { day: "MONDAY", ranges },
  { day: "TUESDAY", ranges: [{ opens: "07:30", closes: "16:00" }] },
  closed("WEDNESDAY"),
  closed("THURSDAY"),
  closed("FRIDAY"),
  closed("SATURDAY"),
  closed("SUNDAY"),
];

test("ranges in Polish", () => {
  assert.equal(rangesText([]), "nieczynne");
  assert.equal(rangesText([{ opens: "07:30", closes: "15:30" }]), "7:30–15:30");
  assert.equal(
    rangesText([
      { opens: "08:00", closes: "12:00" },
      { opens: "20:00", closes: "24:00" },
    ]),
    "8:00–12:00, 20:00–24:00",
  );
});

test("one line per run of days with the same hours", () => {
  const hours: Hours = { dayAndNight: false, week: week([{ opens: "07:30", closes: "15:30" }]), exceptions: [], openOnPublicHolidays: false };
  assert.deepEqual(weekLines(hours), [
    { day: "poniedziałek", text: "7:30–15:30" },
    { day: "wtorek", text: "7:30–16:00" },
    { day: "środa–niedziela", text: "nieczynne" },
  ]);
  const office: Hours = {
    ...hours,
    week: ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"]
      .map((day) => ({ day, ranges: [{ opens: "07:30", closes: "15:30" }] }))
      .concat([closed("SATURDAY"), closed("SUNDAY")]),
  };
  assert.deepEqual(weekLines(office), [
    { day: "poniedziałek–piątek", text: "7:30–15:30" },
    { day: "sobota–niedziela", text: "nieczynne" },
  ]);
  assert.equal(hoursUnknown(hours), false);
});

test("no hours given, and day and night", () => {
  const none: Hours = { dayAndNight: false, week: week([]).map((d) => ({ ...d, ranges: [] })), exceptions: [], openOnPublicHolidays: false };
  assert.equal(hoursUnknown(none), true);
  assert.equal(hoursUnknown({ ...none, dayAndNight: true, week: [] }), false);
});

test("only exceptions from today on, dated dd.mm.rrrr", () => {
  const hours: Hours = {
    dayAndNight: false,
    week: week([]),
    exceptions: [
      { date: "2026-11-10", ranges: [] },
      { date: "2026-11-11", ranges: [] },
      { date: "2026-12-24", ranges: [{ opens: "08:00", closes: "12:00" }] },
    ],
    openOnPublicHolidays: false,
  };
  // 11 November, 0:30 in Warsaw (still 10 November in UTC).
  const upcoming = upcomingExceptions(hours, new Date("2026-11-10T23:30:00Z"));
  assert.deepEqual(upcoming, [
    { date: "11.11.2026", text: "nieczynne" },
    { date: "24.12.2026", text: "8:00–12:00" },
  ]);
});
