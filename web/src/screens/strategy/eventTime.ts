// An event's day and hour as people type them in Poland, and the instant the API takes.

const warsaw = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Warsaw",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** Milliseconds Warsaw's clock is ahead of UTC at the instant `at`. */
function offsetAt(at: number): number {
  const parts = warsaw.formatToParts(new Date(at));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute")) - (at - (at % 60_000));
}

/** `gg:mm` (or `g:mm`, `gg.mm`) as hours and minutes; null for anything else. */
export function parseTime(raw: string): [number, number] | null {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(raw.trim());
  if (!m) return null;
  const [h, mi] = [Number(m[1]), Number(m[2])];
  return h < 24 && mi < 60 ? [h, mi] : null;
}

/** The instant (ISO, UTC) of a day (`YYYY-MM-DD`) and an hour in Warsaw; null when either is
 * not one. */
export function warsawInstant(day: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const t = parseTime(time);
  if (!d || !t) return null;
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), t[0], t[1]);
  // The offset at the wall time read as UTC, then at the instant that gives (DST changes).
  const first = wall - offsetAt(wall);
  return new Date(wall - offsetAt(first)).toISOString();
}

/** An instant as Warsaw's day (`YYYY-MM-DD`) and hour (`gg:mm`). */
export function warsawParts(iso: string): { day: string; time: string } {
  const parts = warsaw.formatToParts(new Date(iso));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return { day: `${get("year")}-${get("month")}-${get("day")}`, time: `${get("hour")}:${get("minute")}` };
}
