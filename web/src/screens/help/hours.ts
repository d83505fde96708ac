// Opening hours as a visitor reads them: one line per weekday, ranges as 7:30–15:30.
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

/** Monday to Sunday: "poniedziałek", "7:30–15:30". */
export function weekLines(hours: Hours): { day: string; text: string }[] {
  return hours.week.map((d) => ({ day: texts.weekdays[d.day] ?? d.day, text: rangesText(d.ranges) }));
}

/** The exceptions from today on (Polish calendar day), as "11.11.2026", "nieczynne". */
export function upcomingExceptions(hours: Hours, now: Date = new Date()): { date: string; text: string }[] {
  const today = todayInPoland(now);
  return hours.exceptions
    .filter((e) => e.date >= today)
    .map((e) => ({ date: formatDate(e.date), text: rangesText(e.ranges) }));
}
