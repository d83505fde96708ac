import { test } from "node:test";
import assert from "node:assert/strict";
import {
  emailOk,
  emptyDraft,
  fromPoint,
  localProblems,
  parseCoordinate,
  parseTime,
  phoneOk,
  rebase,
  pointProblems,
  shelterChange,
  toInput,
  webOk,
  type PointDraft,
} from "./form.ts";
import { texts } from "./texts.ts";

const named = (change: Partial<PointDraft> = {}): PointDraft => ({ ...emptyDraft(), name: "Punkt", kind: "NGO", ...change });

test("times as people write them", () => {
  assert.equal(parseTime("7:30"), 450);
  assert.equal(parseTime("07:30"), 450);
  assert.equal(parseTime("7.30"), 450);
  assert.equal(parseTime("24:00"), 1440);
  assert.equal(parseTime("0:00"), 0);
  for (const bad of ["24:01", "7:3", "25:00", "7:60", "730", "", "ab:cd"]) assert.equal(parseTime(bad), null, bad);
});

test("phones the API takes", () => {
  for (const ok of ["32 435 78 40", "+48 691 329 299", "(032) 435 78 40", "0048324357840", "112", "116 123", "19 115", "800-120-002"]) {
    assert.ok(phoneOk(ok), ok);
  }
  for (const bad of ["12345", "+44 20 7946 0958", "32 435 78 4", "abc", "+112", "012 345 678", "113"]) assert.ok(!phoneOk(bad), bad);
});

test("e-mail and web addresses", () => {
  assert.ok(emailOk("pik@ops.jastrzebie.pl"));
  for (const bad of ["pik@localhost", "pik ops.pl", "@ops.pl", "pik@ops."]) assert.ok(!emailOk(bad), bad);
  assert.ok(webOk("ops.jastrzebie.pl"));
  assert.ok(webOk("http://mops.czestochowa.pl/kontakt"));
  for (const bad of ["ftp://ops.pl", "localhost", "https://user:pw@ops.pl", "http://"]) assert.ok(!webOk(bad), bad);
});

test("a new draft needs a name and a kind, nothing more", () => {
  const p = localProblems(emptyDraft());
  assert.deepEqual(Object.keys(p).sort(), ["kind", "name"]);
  assert.deepEqual(localProblems(named()), {});
});

test("closing before opening and overlapping ranges, on their fields", () => {
  const d = named();
  d.week[0] = [{ opens: "16:00", closes: "8:00" }];
  d.week[1] = [
    { opens: "8:00", closes: "12:00" },
    { opens: "11:00", closes: "15:00" },
  ];
  d.week[2] = [
    { opens: "8:00", closes: "12:00" },
    { opens: "12:00", closes: "24:00" },
  ];
  d.week[3] = [{ opens: "8", closes: "" }];
  const p = localProblems(d);
  assert.equal(p["week.0.ranges.0.closes"], "CLOSES_BEFORE_OPENS");
  assert.equal(p["week.1.ranges"], "OVERLAP");
  assert.equal(p["week.2.ranges"], undefined, "a range may start where another ends");
  assert.equal(p["week.3.ranges.0.opens"], "TIME");
  assert.equal(p["week.3.ranges.0.closes"], "TIME_REQUIRED");
  for (const code of Object.values(p)) assert.ok(texts.errors[code], code);
});

test("day and night ignores the weekly hours", () => {
  const d = named({ dayAndNight: true });
  d.week[0] = [{ opens: "16:00", closes: "8:00" }];
  assert.deepEqual(localProblems(d), {});
  const input = toInput(d);
  assert.deepEqual(input.week, []);
  assert.equal(input.dayAndNight, true);
});

test("exceptions: a date once, closed without ranges", () => {
  const d = named({
    exceptions: [
      { date: "2026-12-24", ranges: [{ opens: "8:00", closes: "12:00" }] },
      { date: "2026-12-24", ranges: [] },
      { date: "", ranges: [] },
    ],
  });
  const p = localProblems(d);
  assert.equal(p["exceptions.1.date"], "DUPLICATE_DATE");
  assert.equal(p["exceptions.2.date"], "DATE_REQUIRED");
  assert.equal(p["exceptions.0.date"], undefined);
});

test("coordinates inside Poland, both or none", () => {
  assert.equal(parseCoordinate("50,0483"), 50.0483);
  assert.equal(parseCoordinate("x"), null);
  assert.deepEqual(localProblems(named({ latitude: "50,0", longitude: "18,6" })), {});
  assert.equal(localProblems(named({ latitude: "48.5", longitude: "18.6" }))["position.latitude"], "LATITUDE");
  assert.equal(localProblems(named({ latitude: "50", longitude: "30" }))["position.longitude"], "LONGITUDE");
  assert.equal(localProblems(named({ latitude: "50" }))["position.longitude"], "COORDINATE_REQUIRED");
});

test("phones, e-mail, address, languages and places", () => {
  const p = localProblems(
    named({
      phones: ["32 435 78 40", "", "12 34"],
      email: "nie-mail",
      web: "localhost",
      city: "Żory",
      postalCode: "44240x",
      otherLanguages: "uk, eng",
      freePlaces: "-1",
    }),
  );
  assert.equal(p["phones.0"], undefined);
  assert.equal(p["phones.2"], "PHONE");
  assert.equal(p.email, "EMAIL");
  assert.equal(p.web, "WEB");
  assert.equal(p["address.street"], "REQUIRED");
  assert.equal(p["address.postalCode"], "POSTAL_CODE");
  assert.equal(p.otherLanguages, "LANGUAGE");
  assert.equal(p.freePlaces, "PLACES");
  assert.equal(localProblems(named({ freePlaces: "10001" })).freePlaces, "PLACES_TOO_MANY");
  assert.equal(localProblems(named({ placesPublic: true })).freePlaces, "PLACES_REQUIRED");
});

test("the input: every weekday in order, times as HH:MM, blanks left out", () => {
  const d = named({
    phones: ["", "32 435 78 40"],
    street: " ul. Boryńska 13 ",
    city: "Żory",
    latitude: "50,04",
    longitude: "18,69",
    languages: ["pl", "uk"],
    otherLanguages: "be, uk",
    services: ["LEGAL"],
  });
  d.week[0] = [{ opens: "7:30", closes: "15.30" }];
  const input = toInput(d);
  assert.deepEqual(input.phones, ["32 435 78 40"]);
  assert.deepEqual(input.address, { street: "ul. Boryńska 13", postalCode: null, city: "Żory" });
  assert.deepEqual(input.position, { latitude: 50.04, longitude: 18.69 });
  assert.equal(input.week.length, 7);
  assert.deepEqual(input.week[0], { day: "MONDAY", ranges: [{ opens: "07:30", closes: "15:30" }] });
  assert.deepEqual(input.week[6], { day: "SUNDAY", ranges: [] });
  assert.deepEqual(input.languages, ["pl", "uk", "be"]);
  assert.equal(input.email, null);
  assert.equal(input.description, null);
});

test("server refusals land on the fields typed", () => {
  const d = named({ phones: ["", "999 999 99", "32 435 78 40"] });
  const p = pointProblems(d, [
    { field: ["input", "point", "phones", "0"], code: "INVALID" },
    { field: ["input", "point", "week", "2", "ranges", "0", "closes"], code: "INVALID" },
    { field: ["input", "point", "week", "4", "ranges"], code: "INVALID" },
    { field: ["input", "point", "position"], code: "INVALID" },
    { field: ["input", "point", "languages", "1"], code: "INVALID" },
    { field: ["input", "freePlaces"], code: "INVALID" },
    { field: ["input", "email"], code: "INVALID" },
  ]);
  assert.deepEqual(p, {
    "phones.1": "PHONE",
    "week.2.ranges.0.closes": "TIME_RANGE",
    "week.4.ranges": "OVERLAP",
    position: "POSITION",
    otherLanguages: "LANGUAGE",
    freePlaces: "PLACES",
    email: "EMAIL",
  });
});

test("a stored point fills the form and goes back unchanged", () => {
  const stored = {
    name: "Zespół",
    kind: "SOCIAL_WELFARE_BRANCH",
    description: null,
    address: { street: "ul. Boryńska 13", postalCode: "44-240", city: "Żory" },
    position: { latitude: 50.04, longitude: 18.7 },
    phones: [{ number: "32 435 78 40" }, { number: "691 329 299" }],
    email: "zespol@mops.zory.pl",
    web: null,
    hours: {
      dayAndNight: false,
      openOnPublicHolidays: false,
      week: [
        { day: "MONDAY", ranges: [{ opens: "07:30", closes: "15:30" }] },
        { day: "SUNDAY", ranges: [] },
      ],
      exceptions: [{ date: "2026-12-24", ranges: [] }],
    },
    services: ["LEGAL", "PSYCHOLOGICAL"],
    languages: ["pl", "vi"],
    accessibility: ["STEP_FREE_ENTRANCE"],
    shelterPlaces: { free: 2, shownToPublic: true },
  };
  const d = fromPoint(stored);
  assert.deepEqual(d.week[0], [{ opens: "7:30", closes: "15:30" }]);
  assert.deepEqual(d.languages, ["pl"]);
  assert.equal(d.otherLanguages, "vi");
  assert.equal(d.freePlaces, "2");
  assert.deepEqual(localProblems(d), {});
  const input = toInput(d);
  assert.deepEqual(input.week[0]?.ranges, [{ opens: "07:30", closes: "15:30" }]);
  assert.deepEqual(input.exceptions, [{ date: "2026-12-24", ranges: [] }]);
  assert.equal(shelterChange(d, stored.shelterPlaces), null, "the count unchanged is not sent again");
  assert.deepEqual(shelterChange({ ...d, freePlaces: "0" }, stored.shelterPlaces), { freePlaces: 0, shownToPublic: true });
  assert.equal(shelterChange(named(), null), null);
});

test("after a conflict, what was typed stays and the rest is the point as it is now", () => {
  const base = named({ email: "stary@ops.pl", web: "", phones: ["32 435 78 40"] });
  const typed = { ...base, email: "nowy@ops.pl" };
  const fresh = { ...base, web: "https://ops.lubliniec.pl/", phones: ["34 356 12 00"] };
  const merged = rebase(typed, base, fresh);
  assert.equal(merged.email, "nowy@ops.pl");
  assert.equal(merged.web, "https://ops.lubliniec.pl/");
  assert.deepEqual(merged.phones, ["34 356 12 00"]);
  assert.deepEqual(rebase(base, base, fresh), fresh);
});
