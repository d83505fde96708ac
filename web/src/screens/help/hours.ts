// Opening hours as a visitor reads them: one line per run of weekdays with the same hours
// ("poniedziałek–piątek: 7:30–15:30"), ranges as 7:30–15:30.
import { formatDate, todayInPoland } from "../../lib/format.ts";
import { texts } from "./texts.ts";

export type Range = { opens: string; closes: string };
export type Hours = {
  dayAndNight: boolean;
  week: { day: string; ranges: Range[] }[];
  exceptions: { date: string; ranges: Range[] }[];
  openOnPublicHolidays: boolean;
};

/** `07:30` as `7:30`; `24:00` stays. */
function time(hhmm: string): string {
  return hhmm.replace(/^0(\d)/, "$1");
}

/** The ranges of a day, or "nieczynne". */
export function rangesText(ranges: Range[]): string {
  if (ranges.length === 0) return texts.closed;
  return ranges.map((r) => `${time(r.opens)}–${time(r.closes)}`).join(", ");
}

/** No hours given at all: every weekday closed and no exception. */
export function hoursUnknown(hours: Hours): boolean {
  return !hours.dayAndNight && hours.exceptions.length === 0 && hours.week.every((d) => d.ranges.length === 0);
}

/**
 * Monday to Sunday, consecutive days with the same hours on one line: "poniedziałek–piątek",
 * "7:30–15:30"; "sobota–niedziela", "nieczynne".
 */
export function weekLines(hours: Hours): { day: string; text: string }[] {
  const runs: { first: string; last: string; text: string }[] = [];
  for (const d of hours.week) {
    const text = rangesText(d.ranges);
    const name = texts.weekdays[d.day] ?? d.day;
    const run = runs[runs.length - 1];
    if (run && run.text === text) run.last = name;
    else runs.push({ first: name, last: name, text });
  }
  return runs.map((r) => ({ day: r.first === r.last ? r.first : `${r.first}–${r.last}`, text: r.text }));
}

/** The exceptions from today on (Polish calendar day), as "11.11.2026", "nieczynne". */
export function upcomingExceptions(hours: Hours, now: Date = new Date()): { date: string; text: string }[] {
  const today = todayInPoland(now);
  return hours.exceptions
    .filter((e) => e.date >= today)
    .map((e) => ({ date: formatDate(e.date), text: rangesText(e.ranges) }));
}
