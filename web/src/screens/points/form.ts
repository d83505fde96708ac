// The help point form's logic, apart from React: the draft as typed, the checks made while
// typing (the server checks everything again), the API's input, and the server's userErrors
// placed on the draft's fields.

import { serverProblems } from "../../lib/userErrors.ts";

export const WEEKDAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"] as const;
export type WeekdayCode = (typeof WEEKDAYS)[number];

export const KINDS = [
  "SOCIAL_WELFARE_OFFICE",
  "SOCIAL_WELFARE_BRANCH",
  "CRISIS_INTERVENTION_POINT",
  "CRISIS_INTERVENTION_CENTRE",
  "SUPPORT_CENTRE",
  "SHELTER",
  "FAMILY_COUNSELLING",
  "POLICE",
  "HEALTH_CARE",
  "NGO",
  "HELPLINE",
  "OTHER",
] as const;

export const SERVICES = [
  "PSYCHOLOGICAL",
  "LEGAL",
  "SOCIAL",
  "PEDAGOGICAL",
  "MEDICAL",
  "FAMILY_COUNSELLING",
  "THERAPY",
  "SUPPORT_GROUP",
  "PERPETRATOR_PROGRAMME",
  "SHELTER",
] as const;

export const ACCESSIBILITY = [
  "STEP_FREE_ENTRANCE",
  "ACCESSIBLE_TOILET",
  "SIGN_LANGUAGE",
  "INDUCTION_LOOP",
  "ACCESSIBLE_PARKING",
] as const;

/** Languages offered as checkboxes; any other ISO 639-1 code goes in the "other" field. */
export const COMMON_LANGUAGES = ["pl", "uk", "en", "ru", "de"] as const;

/** The API's limits (services/directory). */
export const LIMITS = {
  name: 200,
  street: 200,
  city: 100,
  description: 20_000,
  phones: 10,
  rangesPerDay: 6,
  exceptions: 400,
  places: 10_000,
  latitude: [49.0, 54.9] as const,
  longitude: [14.1, 24.2] as const,
};

export type RangeDraft = { opens: string; closes: string };
/** A date with other hours; no ranges: closed that day. */
export type ExceptionDraft = { date: string; ranges: RangeDraft[] };

export type PointDraft = {
  name: string;
  kind: string;
  description: string;
  street: string;
  postalCode: string;
  city: string;
  latitude: string;
  longitude: string;
  phones: string[];
  email: string;
  web: string;
  dayAndNight: boolean;
  openOnPublicHolidays: boolean;
  /** Monday to Sunday, each with its ranges (none: closed). */
  week: RangeDraft[][];
  exceptions: ExceptionDraft[];
  services: string[];
  languages: string[];
  /** Other languages' codes, separated by commas or spaces. */
  otherLanguages: string;
  accessibility: string[];
  /** Free shelter places as typed; empty: not counted (or unchanged). */
  freePlaces: string;
  placesPublic: boolean;
};

export function emptyDraft(): PointDraft {
  return {
    name: "",
    kind: "",
    description: "",
    street: "",
    postalCode: "",
    city: "",
    latitude: "",
    longitude: "",
    phones: [""],
    email: "",
    web: "",
    dayAndNight: false,
    openOnPublicHolidays: false,
    week: WEEKDAYS.map(() => []),
    exceptions: [],
    services: [],
    languages: ["pl"],
    otherLanguages: "",
    accessibility: [],
    freePlaces: "",
    placesPublic: false,
  };
}

export const emptyRange = (): RangeDraft => ({ opens: "", closes: "" });

/** What the API answers about a point, as much of it as the form needs. */
export type PointData = {
  name: string;
  kind: string;
  description?: string | null;
  address?: { street: string; postalCode?: string | null; city: string } | null;
  position?: { latitude: number; longitude: number } | null;
  phones: { number: string }[];
  email?: string | null;
  web?: string | null;
  hours: {
    dayAndNight: boolean;
    openOnPublicHolidays: boolean;
    week: { day: string; ranges: RangeDraft[] }[];
    exceptions: { date: string; ranges: RangeDraft[] }[];
  };
  services: readonly string[];
  languages: readonly string[];
  accessibility: readonly string[];
  shelterPlaces?: { free: number; shownToPublic: boolean } | null;
};

/** `07:30` as `7:30`, as people write it; `24:00` stays. */
const shortTime = (t: string) => t.replace(/^0(\d)/, "$1");
const copyRanges = (rs: readonly RangeDraft[]) => rs.map((r) => ({ opens: shortTime(r.opens), closes: shortTime(r.closes) }));

/** The form filled with a point as stored. */
export function fromPoint(p: PointData): PointDraft {
  const week = WEEKDAYS.map((day) => copyRanges(p.hours.week.find((d) => d.day === day)?.ranges ?? []));
  const common = p.languages.filter((l) => (COMMON_LANGUAGES as readonly string[]).includes(l));
  const other = p.languages.filter((l) => !(COMMON_LANGUAGES as readonly string[]).includes(l));
  return {
    name: p.name,
    kind: p.kind,
    description: p.description ?? "",
    street: p.address?.street ?? "",
    postalCode: p.address?.postalCode ?? "",
    city: p.address?.city ?? "",
    latitude: p.position ? String(p.position.latitude) : "",
    longitude: p.position ? String(p.position.longitude) : "",
    phones: p.phones.length > 0 ? p.phones.map((ph) => ph.number) : [""],
    email: p.email ?? "",
    web: p.web ?? "",
    dayAndNight: p.hours.dayAndNight,
    openOnPublicHolidays: p.hours.dayAndNight ? false : p.hours.openOnPublicHolidays,
    week,
    exceptions: p.hours.exceptions.map((e) => ({ date: e.date, ranges: copyRanges(e.ranges) })),
    services: [...p.services],
    languages: common,
    otherLanguages: other.join(", "),
    accessibility: [...p.accessibility],
    freePlaces: p.shelterPlaces ? String(p.shelterPlaces.free) : "",
    placesPublic: p.shelterPlaces?.shownToPublic ?? false,
  };
}

/** `7:30`, `07:30`, `7.30` or `24:00` as minutes after midnight; null when not a time. */
export function parseTime(raw: string): number | null {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(raw.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if ((h < 24 && min < 60) || (h === 24 && min === 0)) return h * 60 + min;
  return null;
}

/** Minutes as the API's `HH:MM`. */
export function showTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Whether a Polish phone number is one the API takes (nine digits, or 112, 116 xxx, 19 xxx…). */
export function phoneOk(raw: string): boolean {
  const t = raw.trim();
  const international = t.startsWith("+");
  const rest = international ? t.slice(1) : t;
  if (!/^[0-9 ()/.-]*$/.test(rest)) return false;
  const digits = rest.replace(/\D/g, "");
  let national: string;
  if (international) {
    if (!digits.startsWith("48")) return false;
    national = digits.slice(2);
  } else if (digits.startsWith("0048")) {
    national = digits.slice(4);
  } else if (digits.length === 10 && digits.startsWith("0")) {
    national = digits.slice(1);
  } else {
    national = digits;
  }
  if (national.length === 9 && !national.startsWith("0")) return true;
  if (international) return false;
  switch (national.length) {
    case 3:
      return ["112", "986", "987", "997", "998", "999"].includes(national);
    case 5:
      return national.startsWith("19");
    case 6:
      return national.startsWith("116");
    default:
      return false;
  }
}

/** An e-mail address's shape: something@domain.tld, no spaces. */
export function emailOk(raw: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@.]+$/.test(raw.trim());
}

/** A web address on http(s) with a dotted host; `ops.gmina.pl` is read as https. */
export function webOk(raw: string): boolean {
  const t = raw.trim();
  try {
    const url = new URL(t.includes("://") ? t : `https://${t}`);
    return (
      (url.protocol === "https:" || url.protocol === "http:") &&
      url.hostname.includes(".") &&
      !url.hostname.endsWith(".") &&
      url.username === "" &&
      url.password === ""
    );
  } catch {
    return false;
  }
}

/** A coordinate as typed (a comma or a dot); null when not a number. */
export function parseCoordinate(raw: string): number | null {
  const t = raw.trim().replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** The other languages' codes as typed: `uk, en` → ["uk", "en"]. */
export function otherLanguageCodes(raw: string): string[] {
  return raw
    .split(/[\s,;]+/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== "");
}

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

/** A day's ranges: each complete one checked, then overlaps among the complete ones. */
function rangeProblems(out: Record<string, string>, path: string, ranges: readonly RangeDraft[]) {
  const parsed: [number, number][] = [];
  if (ranges.length > LIMITS.rangesPerDay) out[path] = "TOO_MANY_RANGES";
  ranges.forEach((r, j) => {
    const at = `${path}.${j}`;
    const opens = parseTime(r.opens);
    const closes = parseTime(r.closes);
    if (r.opens.trim() === "") out[`${at}.opens`] = "TIME_REQUIRED";
    else if (opens === null) out[`${at}.opens`] = "TIME";
    if (r.closes.trim() === "") out[`${at}.closes`] = "TIME_REQUIRED";
    else if (closes === null) out[`${at}.closes`] = "TIME";
    if (opens !== null && closes !== null) {
      if (closes <= opens) out[`${at}.closes`] = "CLOSES_BEFORE_OPENS";
      else parsed.push([opens, closes]);
    }
  });
  parsed.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < parsed.length; i++) {
    if (parsed[i]![0] < parsed[i - 1]![1]) out[path] ??= "OVERLAP";
  }
}

/**
 * Every problem the form can see by itself, by field path (the API's paths below `input`:
 * `phones.1`, `week.0.ranges.1.closes`, `exceptions.2.date`…), each with a code of
 * `texts.errors`.
 */
export function localProblems(d: PointDraft): Record<string, string> {
  const out: Record<string, string> = {};
  const text = (path: string, value: string, max: number, required: boolean) => {
    const t = value.trim();
    if (t === "") {
      if (required) out[path] = "REQUIRED";
    } else if ([...t].length > max) out[path] = "TOO_LONG";
  };
  text("name", d.name, LIMITS.name, true);
  if (d.kind === "") out.kind = "KIND_REQUIRED";
  text("description", d.description, LIMITS.description, false);

  const anyAddress = [d.street, d.postalCode, d.city].some((s) => s.trim() !== "");
  if (anyAddress) {
    text("address.street", d.street, LIMITS.street, true);
    text("address.city", d.city, LIMITS.city, true);
    if (d.postalCode.trim() !== "" && !/^\d{2}-?\d{3}$/.test(d.postalCode.trim())) out["address.postalCode"] = "POSTAL_CODE";
  }

  const lat = d.latitude.trim();
  const lon = d.longitude.trim();
  if (lat !== "" || lon !== "") {
    const la = parseCoordinate(lat);
    const lo = parseCoordinate(lon);
    if (lat === "") out["position.latitude"] = "COORDINATE_REQUIRED";
    else if (la === null) out["position.latitude"] = "NUMBER";
    else if (la < LIMITS.latitude[0] || la > LIMITS.latitude[1]) out["position.latitude"] = "LATITUDE";
    if (lon === "") out["position.longitude"] = "COORDINATE_REQUIRED";
    else if (lo === null) out["position.longitude"] = "NUMBER";
    else if (lo < LIMITS.longitude[0] || lo > LIMITS.longitude[1]) out["position.longitude"] = "LONGITUDE";
  }

  const phones = d.phones.map((p, i) => [p, i] as const).filter(([p]) => p.trim() !== "");
  if (phones.length > LIMITS.phones) out.phones = "TOO_MANY_PHONES";
  for (const [p, i] of phones) if (!phoneOk(p)) out[`phones.${i}`] = "PHONE";
  if (d.email.trim() !== "" && !emailOk(d.email)) out.email = "EMAIL";
  if (d.web.trim() !== "" && !webOk(d.web)) out.web = "WEB";

  if (!d.dayAndNight) {
    d.week.forEach((ranges, i) => rangeProblems(out, `week.${i}.ranges`, ranges));
    if (d.exceptions.length > LIMITS.exceptions) out.exceptions = "TOO_MANY_EXCEPTIONS";
    const seen = new Set<string>();
    d.exceptions.forEach((e, i) => {
      if (e.date.trim() === "") out[`exceptions.${i}.date`] = "DATE_REQUIRED";
      else if (!isDate(e.date.trim())) out[`exceptions.${i}.date`] = "DATE";
      else if (seen.has(e.date.trim())) out[`exceptions.${i}.date`] = "DUPLICATE_DATE";
      seen.add(e.date.trim());
      rangeProblems(out, `exceptions.${i}.ranges`, e.ranges);
    });
  }

  for (const code of otherLanguageCodes(d.otherLanguages)) {
    if (!/^[a-z]{2}$/.test(code)) out.otherLanguages = "LANGUAGE";
  }

  const places = d.freePlaces.trim();
  if (places !== "") {
    if (!/^-?\d+$/.test(places) || Number(places) < 0) out.freePlaces = "PLACES";
    else if (Number(places) > LIMITS.places) out.freePlaces = "PLACES_TOO_MANY";
  } else if (d.placesPublic) {
    out.freePlaces = "PLACES_REQUIRED";
  }
  return out;
}

/**
 * The paths checked as the user types, not only after leaving the field or sending: a time
 * range once both ends are times, overlapping ranges, a coordinate once it is a number, a
 * negative count of places.
 */
export function checkedAsTyped(path: string, code: string): boolean {
  return ["CLOSES_BEFORE_OPENS", "OVERLAP", "LATITUDE", "LONGITUDE", "PLACES", "PLACES_TOO_MANY", "DUPLICATE_DATE", "TOO_LONG"].includes(code) ||
    path === "phones" ||
    path === "exceptions";
}

const range = (r: RangeDraft) => ({
  opens: showTime(parseTime(r.opens) ?? 0),
  closes: showTime(parseTime(r.closes) ?? 0),
});

/** Optional text: trimmed, or null when empty. */
const opt = (s: string) => (s.trim() === "" ? null : s.trim());

/** The phones sent, blanks left out; `phones.k` of the server is the draft's `phones.<sent[k]>`. */
export function sentPhones(d: PointDraft): number[] {
  return d.phones.flatMap((p, i) => (p.trim() === "" ? [] : [i]));
}

/** The API's `HelpPointInput` for a draft without local problems. */
export function toInput(d: PointDraft) {
  const anyAddress = [d.street, d.postalCode, d.city].some((s) => s.trim() !== "");
  const la = parseCoordinate(d.latitude);
  const lo = parseCoordinate(d.longitude);
  return {
    name: d.name.trim(),
    kind: d.kind,
    description: opt(d.description),
    address: anyAddress ? { street: d.street.trim(), postalCode: opt(d.postalCode), city: d.city.trim() } : null,
    position: la !== null && lo !== null ? { latitude: la, longitude: lo } : null,
    phones: sentPhones(d).map((i) => d.phones[i]!.trim()),
    email: opt(d.email),
    web: opt(d.web),
    dayAndNight: d.dayAndNight,
    // Every weekday is sent, in order, so the server's `week.<i>` is the form's day i.
    week: d.dayAndNight ? [] : WEEKDAYS.map((day, i) => ({ day, ranges: (d.week[i] ?? []).map(range) })),
    exceptions: d.dayAndNight ? [] : d.exceptions.map((e) => ({ date: e.date.trim(), ranges: e.ranges.map(range) })),
    openOnPublicHolidays: d.dayAndNight ? true : d.openOnPublicHolidays,
    services: [...d.services],
    languages: [...new Set([...d.languages, ...otherLanguageCodes(d.otherLanguages)])],
    accessibility: [...d.accessibility],
  };
}

/** The shelter count to send after saving the point, or null when nothing changed. */
export function shelterChange(d: PointDraft, stored: PointData["shelterPlaces"] | null): { freePlaces: number; shownToPublic: boolean } | null {
  const places = d.freePlaces.trim();
  if (places === "") return null;
  const free = Number(places);
  if (stored && stored.free === free && stored.shownToPublic === d.placesPublic) return null;
  return { freePlaces: free, shownToPublic: d.placesPublic };
}

/** The code shown for a server refusal, by the field it names (the API's messages are English). */
function serverCode(path: string, code: string): string {
  const field = path.split(".").filter((s) => !/^\d+$/.test(s)).pop() ?? "";
  const byField: Record<string, string> = {
    name: "TEXT",
    description: "TEXT",
    street: "TEXT",
    city: "TEXT",
    postalCode: "POSTAL_CODE",
    position: "POSITION",
    phones: "PHONE",
    email: "EMAIL",
    web: "WEB",
    opens: "TIME_RANGE",
    closes: "TIME_RANGE",
    ranges: "OVERLAP",
    exceptions: "EXCEPTIONS",
    day: "INVALID",
    services: "SERVICE",
    languages: "LANGUAGE",
    otherLanguages: "LANGUAGE",
    freePlaces: "PLACES",
  };
  if (path === "phones") return "TOO_MANY_PHONES";
  return byField[field] ?? (code === "INVALID" ? "INVALID" : code);
}

/**
 * A refused change's userErrors on the draft's fields: `["input", "point", "phones", "1"]`
 * lands on the second phone typed (blank ones are not sent), a language on the "other
 * languages" field.
 */
export function pointProblems(d: PointDraft, errors: readonly { field: readonly string[]; code: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  const sent = sentPhones(d);
  for (const [raw, code] of Object.entries(serverProblems(errors))) {
    let path = raw.startsWith("point.") ? raw.slice("point.".length) : raw === "point" ? "form" : raw;
    const phone = /^phones\.(\d+)$/.exec(path);
    if (phone) path = `phones.${sent[Number(phone[1])] ?? 0}`;
    if (path.startsWith("languages")) path = "otherLanguages";
    if (path === "id") path = "form";
    out[path] ??= serverCode(path, code);
  }
  return out;
}

/**
 * After a CONFLICT, the point as it is now under what was typed: a field the user left as it
 * was loaded (`base`) takes its current value (`fresh`); a field the user changed keeps the
 * change, and the next save sends it.
 */
export function rebase(draft: PointDraft, base: PointDraft, fresh: PointDraft): PointDraft {
  const out = { ...draft };
  for (const key of Object.keys(draft) as (keyof PointDraft)[]) {
    if (JSON.stringify(draft[key]) === JSON.stringify(base[key])) {
      (out as Record<string, unknown>)[key] = fresh[key];
    }
  }
  return out;
}
