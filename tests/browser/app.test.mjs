// Browser tests of the staff web application against a real `ostoja serve --demo` (started by
// tests/e2e/browser.rs, which also opens the cards these tests expect). Debian's Chromium,
// driven by playwright-core; axe-core checks WCAG 2.1 A and AA on every screen visited.
//
// Environment: OSTOJA_URL (demo, development sign-in on), OSTOJA_URL_NO_DEV_LOGIN (a demo with
// development sign-in off), VICTIM_PESEL (the PESEL of the worker's first card's victim),
// CHROMIUM (default /usr/bin/chromium).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import axe from "axe-core";
import { screenshot, focusLandsOn, chosen, selectByText } from "./common.mjs";

const BASE = process.env.OSTOJA_URL;
const NO_DEV = process.env.OSTOJA_URL_NO_DEV_LOGIN;
const PESEL = process.env.VICTIM_PESEL;
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
const TIMEOUT = 15_000;

let browser;
before(async () => {
  assert.ok(BASE, "OSTOJA_URL must name the server under test");
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-dev-shm-usage"],
  });
});
after(async () => {
  await browser?.close();
});

/** A fresh browser profile (no cookies) in Polish, with every console error and CSP report kept. */
async function open(path, base = BASE) {
  const context = await browser.newContext({ locale: "pl-PL", timezoneId: "Europe/Warsaw" });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  const problems = [];
  // A 401 from the API once a session has ended is the answer, not a problem.
  page.on("console", (m) => m.type() === "error" && !/status of 401/.test(m.text()) && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(String(e)));
  // Where a CSP violation comes from, so that a failure names the culprit.
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP ${e.violatedDirective} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`),
    );
  });
  await page.goto(base + path);
  return { context, page, problems };
}

/** axe-core, WCAG 2.1 A/AA rules only; fails with each violation and its nodes. */
async function assertAccessible(page, screen) {
  await page.evaluate(axe.source);
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
  );
  const found = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
  );
  assert.deepEqual(found, [], `axe found WCAG 2.1 A/AA violations on ${screen}`);
}

/** Presses Tab until the focused element matches, as a keyboard-only user would. */
async function tabTo(page, description, matches, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(matches)) return;
  }
  assert.fail(`Tab never reached ${description}`);
}

const focusedText = (text) => new Function(`return (document.activeElement?.textContent ?? "").includes(${JSON.stringify(text)})`);
const focusedLabel = (label) =>
  new Function(
    `const el = document.activeElement; return !!el && [...(el.labels ?? [])].some((l) => l.textContent.includes(${JSON.stringify(label)})) || (el?.getAttribute("aria-labelledby") ?? "").split(" ").some((id) => document.getElementById(id)?.textContent.includes(${JSON.stringify(label)}));`,
  );

async function devSignIn(page, name) {
  await page.getByRole("link", { name: "Miasto Żory" }).click();
  await page.getByRole("heading", { name: "Logowanie — Miasto Żory" }).waitFor();
  await page.getByRole("button", { name: `Zaloguj jako ${name}` }).click();
  await page.getByRole("heading", { name: "Moje Niebieskie Karty" }).waitFor();
}

test("the shell and assets carry the security headers and cache rules", async () => {
  for (const path of ["/", "/sprawy", "/?tenant=zory", "/sprawy/nowa", "/sprawy/Qmx1ZUNhcmQ6eA", "/zespol"]) {
    const res = await fetch(BASE + path);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers.get("content-security-policy"), CSP, path);
    assert.equal(res.headers.get("x-content-type-options"), "nosniff", path);
    assert.equal(res.headers.get("referrer-policy"), "no-referrer", path);
    assert.equal(res.headers.get("cache-control"), "no-store", path);
    // http://127.0.0.1: no HSTS (only when the public URL is https).
    assert.equal(res.headers.get("strict-transport-security"), null, path);
    const html = await res.text();
    assert.doesNotMatch(html, /<script>(?!<\/script>)/, "no inline script");
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    assert.ok(script, html);
    const asset = await fetch(BASE + script);
    assert.equal(asset.status, 200);
    assert.equal(asset.headers.get("cache-control"), "public, max-age=31536000, immutable");
    assert.match(asset.headers.get("content-type") ?? "", /javascript/);
    assert.equal(asset.headers.get("content-security-policy"), CSP);
  }
  assert.equal((await fetch(BASE + "/assets/nie-ma-takiego-pliku.js")).status, 404);
  // The API keeps answering as before.
  const health = await fetch(BASE + "/healthz");
  assert.equal(health.status, 200);
});

test("a demo worker signs in with development sign-in and sees their cards", async () => {
  const { context, page, problems } = await open("/");
  await page.getByRole("heading", { name: "Logowanie do Ostoi" }).waitFor();
  await page.getByRole("link", { name: "Miasto Żory" }).waitFor();
  await assertAccessible(page, "the municipality chooser");
  await page.getByRole("link", { name: "Miasto Żory" }).click();
  await page.getByRole("button", { name: "Zaloguj jako Anna Kamińska" }).waitFor();
  assert.ok(await page.getByRole("link", { name: "Zaloguj się przez system logowania gminy" }).isVisible());
  await assertAccessible(page, "the sign-in page of Żory");
  await screenshot(page, "signin");
  await page.getByRole("button", { name: "Zaloguj jako Anna Kamińska" }).click();
  await page.getByRole("heading", { name: "Moje Niebieskie Karty" }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/sprawy");
  const table = page.getByRole("table");
  await table.getByRole("rowheader", { name: /^Anna Kowalska/ }).waitFor();
  await table.getByRole("rowheader", { name: /^Halina Kowalska/ }).waitFor();
  // A card of someone else in Żory (the team member's) is not the worker's to see.
  assert.equal(await table.getByRole("rowheader", { name: /Barbara Nowicka/ }).count(), 0);
  // The overdue card says so in words, not only in red.
  const overdueRow = table.getByRole("row", { name: /Halina Kowalska/ });
  assert.match(await overdueRow.innerText(), /Po terminie \(\d+ (dzień|dni)\)/);
  // Its overdue notice from the worker is listed, with the counter.
  await page.getByTestId("notification-count").filter({ hasText: /^[1-9]\d* powiadomie/ }).waitFor();
  await page
    .getByRole("region", { name: /^Powiadomienia/ })
    .getByText(/Termin przekroczony: Przekazanie NK-A przewodniczącemu/)
    .waitFor();
  await assertAccessible(page, "the work list");
  await screenshot(page, "work-list");
  // No personal data in the URL, nothing in browser storage.
  assert.doesNotMatch(page.url(), /Kowalsk|\d{11}/);
  const stored = await page.evaluate(() => [Object.keys(localStorage), Object.keys(sessionStorage)]);
  assert.deepEqual(stored, [[], []]);
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});

test("keyboard only: sign in, filter by status and search by PESEL", async () => {
  const { context, page, problems } = await open("/");
  await page.getByRole("link", { name: "Miasto Żory" }).waitFor();
  await tabTo(page, "the link to Żory", focusedText("Miasto Żory"));
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Zaloguj jako Anna Kamińska" }).waitFor();
  await tabTo(page, "Anna Kamińska's sign-in", focusedText("Zaloguj jako Anna Kamińska"));
  await page.keyboard.press("Enter");
  await page.getByRole("table").getByRole("rowheader", { name: /^Halina Kowalska/ }).waitFor();

  // Status: Wszczęta (both of the worker's cards are still OPENED).
  await tabTo(page, "the status filter", focusedLabel("Status"));
  // On a closed select, an arrow key chooses the next option.
  await page.keyboard.press("ArrowDown");
  assert.equal(await chosen(page.getByRole("combobox", { name: "Status", exact: true })), "Wszczęta");
  await tabTo(page, "the search button", focusedText("Szukaj"));
  await page.keyboard.press("Enter");
  await page.getByText(/Znaleziono: 2 karty\./).waitFor();

  // A PESEL with a wrong check digit is refused on its field, announced, and nothing is sent.
  await tabTo(page, "the PESEL field", focusedLabel("PESEL osoby"));
  const wrong = PESEL.slice(0, 10) + String((Number(PESEL[10]) + 1) % 10);
  await page.keyboard.type(wrong);
  const field = page.getByRole("textbox", { name: "PESEL osoby" });
  assert.equal(await field.getAttribute("aria-invalid"), "true");
  await page.getByText("Cyfra kontrolna PESEL się nie zgadza — sprawdź numer.").waitFor();
  for (let i = 0; i < 11; i++) await page.keyboard.press("Backspace");
  await page.keyboard.type(PESEL);
  await page.keyboard.press("Enter");
  await page.getByText(/Znaleziono: 1 karta\./).waitFor();
  const rows = page.getByRole("table").getByRole("rowheader");
  // The victim and the minor witness (a witness under 18 is recorded as a victim).
  assert.deepEqual(await rows.allInnerTexts(), ["Anna Kowalska, Zofia Kowalska"]);
  // The PESEL went in the POST body, not the address.
  assert.ok(!page.url().includes(PESEL));
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});

test("keyboard only: a card found by a surname without Polish letters and by its number, never another's card", async () => {
  const { context, page, problems } = await open("/");
  await devSignIn(page, "Anna Kamińska");
  const table = page.getByRole("table");
  await table.getByRole("rowheader", { name: /^Halina Kowalska/ }).waitFor();
  // Each row shows the card's number.
  const halina = table.getByRole("row", { name: /Halina Kowalska/ });
  const number = (await halina.innerText()).match(/NK\/\d{4}\/\d{4}/)?.[0];
  assert.ok(number, "the row shows a card number");

  // One letter is refused on its field, and nothing is sent.
  await tabTo(page, "the search field", focusedLabel("Nazwisko, imię lub numer karty"));
  await page.keyboard.type("k");
  await page.keyboard.press("Enter");
  await page.getByText("Wpisz co najmniej 2 litery nazwiska lub imienia albo numer karty (np. NK/2026/0042).").waitFor();
  assert.equal(await page.getByRole("textbox", { name: "Nazwisko, imię lub numer karty" }).getAttribute("aria-invalid"), "true");

  // "kowalska" finds both of her cards; the member's card about Barbara Nowicka is not hers.
  await page.keyboard.type("owalska");
  await page.keyboard.press("Enter");
  await table.getByRole("rowheader", { name: /^Halina Kowalska/ }).waitFor();
  await table.getByRole("rowheader", { name: /^Anna Kowalska/ }).waitFor();
  const search = page.getByRole("textbox", { name: "Nazwisko, imię lub numer karty" });
  await search.fill("Nowicka");
  await page.keyboard.press("Enter");
  await page.getByText("Brak kart spełniających warunki.").waitFor();

  // By its number.
  await search.fill(number);
  await page.keyboard.press("Enter");
  await page.getByText(/Znaleziono: 1 karta\./).waitFor();
  assert.match(await table.getByRole("rowheader").first().innerText(), /Halina Kowalska/);
  await assertAccessible(page, "the work list searched by number");
  // The search went in the POST body, not the address.
  assert.ok(!page.url().includes("owalsk"));
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});

test("sign-out ends the session and clears the drafts kept in the browser", async () => {
  const { context, page, problems } = await open("/");
  await devSignIn(page, "Anna Kamińska");
  await page.evaluate(() => {
    sessionStorage.setItem("ostoja.draft.nk-a", "{\"persons\":[]}");
    localStorage.setItem("ostoja.draft.nk-a", "{\"persons\":[]}");
  });
  await page.getByRole("button", { name: "Wyloguj" }).click();
  await page.getByRole("heading", { name: "Logowanie do Ostoi" }).waitFor();
  const stored = await page.evaluate(() => [Object.keys(localStorage), Object.keys(sessionStorage)]);
  assert.deepEqual(stored, [[], []]);
  const session = await page.request.get(BASE + "/auth/session");
  assert.deepEqual(await session.json(), { signedIn: false, devLogin: true });
  // Back to the list: the sign-in page again, not the cards.
  await page.goto(BASE + "/sprawy");
  await page.getByRole("heading", { name: "Logowanie do Ostoi" }).waitFor();
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});

test("development sign-in is refused when development login is off", { skip: !NO_DEV }, async () => {
  const { context, page, problems } = await open("/?tenant=zory", NO_DEV);
  const failed = [];
  page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  await page.getByRole("link", { name: "Zaloguj się przez system logowania gminy" }).waitFor();
  assert.equal(await page.getByRole("heading", { name: "Logowanie deweloperskie" }).count(), 0);
  // The production sign-in screen asks for nothing that fails (no demo people to list).
  assert.deepEqual(failed, []);
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await assertAccessible(page, "the sign-in page without development sign-in");
  const post = await page.request.post(NO_DEV + "/auth/dev-login", {
    data: { tenant: "zory", login: "pracownik" },
  });
  assert.equal(post.status(), 404);
  assert.deepEqual(await (await page.request.get(NO_DEV + "/auth/session")).json(), {
    signedIn: false,
    devLogin: false,
  });
  await context.close();
});

test("form NK-A: PESEL checked as typed, the server's error on its field, the draft kept until sent", async () => {
  const { context, page, problems } = await open("/");
  await devSignIn(page, "Anna Kamińska");
  // Keyboard to the form.
  await tabTo(page, "the NK-A link", focusedText("Wypełnij formularz NK-A"));
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Formularz Niebieska Karta — A" }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/sprawy/nowa");
  await assertAccessible(page, "form NK-A");
  await screenshot(page, "nka-form");

  const person = (n) => page.getByRole("group", { name: new RegExp(`^Osoba ${n}:`) });
  await page.getByRole("combobox", { name: /Podmiot wszczynający procedurę/ }).selectOption({ label: "Jednostka organizacyjna pomocy społecznej" });
  const victim = person(1);
  await victim.getByRole("textbox", { name: "Imię" }).fill("Ewa");
  await victim.getByRole("textbox", { name: "Nazwisko" }).fill("Kwiatkowska");
  // A wrong check digit is shown on the field as soon as the number is complete.
  const pesel = victim.getByRole("textbox", { name: "PESEL" });
  const wrong = PESEL.slice(0, 10) + String((Number(PESEL[10]) + 1) % 10);
  await pesel.pressSequentially(wrong);
  assert.equal(await pesel.getAttribute("aria-invalid"), "true");
  await victim.getByText("Cyfra kontrolna PESEL się nie zgadza — sprawdź numer.").waitFor();
  await pesel.fill(PESEL);
  assert.notEqual(await pesel.getAttribute("aria-invalid"), "true");
  // A date of birth the PESEL contradicts: only the server knows the law's rule here.
  await victim.getByLabel("Data urodzenia").fill("01.01.1990");
  const perpetrator = person(2);
  await perpetrator.getByRole("textbox", { name: "Imię" }).fill("Adam");
  await perpetrator.getByRole("textbox", { name: "Nazwisko" }).fill("Kwiatkowski");
  await perpetrator.getByLabel("Data urodzenia").fill("05.05.1980");
  await perpetrator.getByRole("combobox", { name: /Płeć/ }).selectOption({ label: "mężczyzna" });
  const psychological = page.getByRole("checkbox", { name: "przemoc psychiczna" });
  await psychological.focus();
  await page.keyboard.press("Space");
  assert.ok(await psychological.isChecked());
  await page.getByRole("button", { name: "Wszczęcie procedury: zapisz formularz NK-A" }).click();
  await victim.getByText("PESEL nie zgadza się z datą urodzenia lub płcią.").waitFor();
  assert.equal(await pesel.getAttribute("aria-invalid"), "true");
  await page.getByRole("alert").getByRole("link", { name: "PESEL nie zgadza się z datą urodzenia lub płcią." }).waitFor();
  await assertAccessible(page, "form NK-A with the server's errors");

  // Nothing typed is lost on a reload.
  await page.reload();
  await page.getByRole("heading", { name: "Formularz Niebieska Karta — A" }).waitFor();
  assert.equal(await person(1).getByRole("textbox", { name: "Nazwisko" }).inputValue(), "Kwiatkowska");
  assert.equal(await person(1).getByRole("textbox", { name: "PESEL" }).inputValue(), PESEL);

  await person(1).getByLabel("Data urodzenia").fill("");
  await page.getByRole("button", { name: "Wszczęcie procedury: zapisz formularz NK-A" }).click();
  await page.getByText("Formularz NK-A zapisany: procedura wszczęta.").waitFor();
  assert.equal(new URL(page.url()).pathname, "/sprawy");
  await page.getByRole("table").getByRole("rowheader", { name: /^Ewa Kwiatkowska/ }).waitFor();
  const stored = await page.evaluate(() => Object.keys(sessionStorage));
  assert.deepEqual(stored, []);

  // The new card's page: its persons and its first deadline.
  await page.getByRole("table").getByRole("link", { name: "Ewa Kwiatkowska" }).click();
  await page.getByRole("heading", { name: "Niebieska Karta: Ewa Kwiatkowska" }).waitFor();
  const persons = page.getByRole("region", { name: "Osoby" });
  assert.match(await persons.getByRole("article", { name: "Ewa Kwiatkowska" }).innerText(), new RegExp(PESEL));
  assert.match(await persons.getByRole("article", { name: "Adam Kwiatkowski" }).innerText(), /osoba stosująca przemoc domową/);
  const due = page.getByRole("region", { name: "Terminy" }).getByRole("row", { name: /Przekazanie NK-A przewodniczącemu/ });
  assert.match(await due.innerText(), /\d{2}\.\d{2}\.\d{4}/);
  assert.doesNotMatch(page.url(), /Kwiatkow|\d{11}/);
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});

/**
 * From the work list to a new NK-A with its body, a woman who experiences violence and a man who
 * uses it (first name, last name, date of birth each); the persons' groups are returned.
 */
async function newNkA(page, body, [vFirst, vLast, vBorn], [pFirst, pLast, pBorn]) {
  await page.getByRole("link", { name: "Wypełnij formularz NK-A" }).click();
  // The address first, so that a failure says whether the link or the form did not come.
  await page.waitForURL(/\/sprawy\/nowa$/);
  await page.getByRole("heading", { name: "Formularz Niebieska Karta — A" }).waitFor();
  await page.getByRole("combobox", { name: /Podmiot wszczynający procedurę/ }).selectOption({ label: body });
  const person = async (n, first, last, born, sex) => {
    const group = page.getByRole("group", { name: new RegExp(`^Osoba ${n}:`) });
    await group.getByRole("textbox", { name: "Imię" }).fill(first);
    await group.getByRole("textbox", { name: "Nazwisko" }).fill(last);
    await group.getByLabel("Data urodzenia").fill(born);
    await group.getByRole("combobox", { name: /Płeć/ }).selectOption({ label: sex });
    return group;
  };
  const victim = await person(1, vFirst, vLast, vBorn, "kobieta");
  const perpetrator = await person(2, pFirst, pLast, pBorn, "mężczyzna");
  return { victim, perpetrator };
}

test("form NK-A from paper: the social worker registers a police officer's form, naming who filled it", async () => {
  const { context, page, problems } = await open("/");
  await devSignIn(page, "Anna Kamińska");
  await newNkA(page, "Policja", ["Irena", "Zawiła", "04.04.1975"], ["Marian", "Zawiła", "02.02.1970"]);
  await toggle(page, page.getByRole("checkbox", { name: "przemoc fizyczna" }));
  const send = page.getByRole("button", { name: "Wszczęcie procedury: zapisz formularz NK-A" });

  // Her own form would be of social welfare: the police's is registered from paper.
  await send.click();
  await page.getByRole("alert").getByRole("link", { name: /reprezentujesz w zespole inny podmiot/i }).waitFor();
  await toggle(page, page.getByRole("checkbox", { name: /Rejestruję formularz wypełniony na papierze/ }));
  await send.click();
  await page.getByRole("alert").getByRole("link", { name: /Imię i nazwisko osoby, która wypełniła formularz: to pole jest wymagane/i }).waitFor();
  await assertAccessible(page, "form NK-A registered from paper");
  // NK-B was handed over: to whom is asked, and only an adult who does not use violence is
  // offered.
  await toggle(page, page.getByRole("checkbox", { name: "Przekazano formularz NK-B osobie doznającej przemocy" }));
  await send.click();
  await page.getByRole("alert").getByRole("link", { name: /Komu przekazano formularz NK-B: to pole jest wymagane/i }).waitFor();
  const recipient = page.getByRole("combobox", { name: /Komu przekazano formularz NK-B/ });
  await recipient.locator("option", { hasText: "Irena Zawiła" }).waitFor({ state: "attached" });
  assert.equal(await recipient.locator("option", { hasText: "Marian Zawiła" }).count(), 0);
  await recipient.selectOption({ label: "Irena Zawiła" });
  await page.getByRole("textbox", { name: "Imię i nazwisko osoby, która wypełniła formularz" }).fill("Jan Wójtowicz");
  await page.getByRole("textbox", { name: "Stanowisko lub stopień" }).fill("st. asp.");
  await page.getByRole("textbox", { name: /Nazwa podmiotu/ }).fill("Komenda Miejska Policji w Żorach");
  // What the form holds beyond identity: the perpetrator's relation and household, by keyboard.
  const relation = page.getByRole("combobox", { name: /Kim jest dla osoby doznającej przemocy/ });
  await relation.focus();
  await page.keyboard.type("ma");
  assert.equal(await chosen(relation), "małżonek");
  const together = page.getByRole("combobox", { name: /Zamieszkuje wspólnie z osobą doznającą przemocy/ });
  await together.focus();
  await page.keyboard.type("tak");
  assert.equal(await chosen(together), "tak");
  await page.getByRole("textbox", { name: "E-mail" }).first().fill("irena@");
  await send.click();
  await page.getByRole("alert").getByRole("link", { name: /E-mail: to nie jest adres e-mail/i }).waitFor();
  await page.getByRole("textbox", { name: "E-mail" }).first().fill("irena.zawila@example.pl");
  await send.click();
  await page.getByText("Formularz NK-A zapisany: procedura wszczęta.").waitFor();

  // The card names the officer and who registered the form.
  await page.getByRole("table").getByRole("link", { name: "Irena Zawiła" }).click();
  await page.getByRole("heading", { name: "Niebieska Karta: Irena Zawiła" }).waitFor();
  await page
    .getByText("Policja: Jan Wójtowicz, st. asp., Komenda Miejska Policji w Żorach (formularz z papieru, zarejestrował(a) Anna Kamińska)")
    .waitFor();
  await page.getByRole("region", { name: "Formularze" }).getByText("tak — Irena Zawiła").waitFor();
  const persons = page.getByRole("region", { name: "Osoby" });
  await persons.getByText("irena.zawila@example.pl", { exact: true }).waitFor();
  await persons.getByText("małżonek", { exact: true }).waitFor();

  // The officer's rank corrected; the form cannot become hers without the paper initiator.
  await page.getByRole("button", { name: "Popraw formularz NK-A" }).click();
  const correction = page.getByRole("form", { name: "Popraw formularz NK-A" });
  await correction.waitFor();
  const rank = correction.getByRole("textbox", { name: "Stanowisko lub stopień" });
  assert.equal(await rank.inputValue(), "st. asp.");
  await rank.fill("asp. szt.");
  await correction.getByRole("button", { name: "Zatwierdź" }).click();
  await page.getByText("Formularz NK-A poprawiony.").waitFor();
  await page.getByText(/Jan Wójtowicz, asp\. szt\., Komenda Miejska Policji w Żorach/).waitFor();
  await page.getByRole("button", { name: "Popraw formularz NK-A" }).click();
  await correction.waitFor();
  const fromPaper = correction.getByRole("checkbox", { name: /Rejestruję formularz wypełniony na papierze/ });
  assert.ok(await fromPaper.isChecked());
  await fromPaper.focus();
  await page.keyboard.press("Space");
  assert.ok(!(await fromPaper.isChecked()));
  await correction.getByRole("button", { name: "Zatwierdź" }).click();
  await correction.getByText(/Podmiotem formularza wypełnionego w Ostoi jest instytucja, którą jego autor reprezentuje w zespole/).first().waitFor();
  await assertAccessible(page, "an NK-A correction refused on its body");
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});

test("form NK-A: a lost connection and an ended session lose nothing typed", async () => {
  const { context, page, problems } = await open("/");
  await devSignIn(page, "Anna Kamińska");
  // A form the browser finds complete, so that it is really sent.
  const { victim } = await newNkA(page, "Jednostka organizacyjna pomocy społecznej", ["Lena", "Zawadzka", "06.06.1982"], ["Piotr", "Zawadzki", "03.03.1979"]);
  await toggle(page, page.getByRole("checkbox", { name: "przemoc psychiczna" }));
  const send = page.getByRole("button", { name: "Wszczęcie procedury: zapisz formularz NK-A" });

  // The connection drops as the form is sent: the form says so and keeps every field.
  await page.route("**/graphql", (route) => route.abort("internetdisconnected"));
  await send.click();
  await page.getByText("Nie udało się wysłać formularza. Wpisane dane są zachowane, spróbuj ponownie.").waitFor();
  assert.equal(await victim.getByRole("textbox", { name: "Nazwisko" }).inputValue(), "Zawadzka");
  await page.unroute("**/graphql");

  // The session ends elsewhere (another tab signed out): sending returns to sign-in, which
  // says why, and the draft waits in the tab for the person to sign in again.
  // The browser keeps its cookie; the server no longer knows the session.
  const cookies = await context.cookies();
  const session = await (await page.request.get(BASE + "/auth/session")).json();
  const out = await page.request.post(BASE + "/auth/logout", {
    headers: { "X-CSRF-Token": session.csrfToken, Accept: "application/json" },
  });
  assert.ok(out.ok(), `logout answered ${out.status()}`);
  await context.addCookies(cookies);
  await send.click();
  await page.getByText("Sesja wygasła. Zaloguj się ponownie.").waitFor();
  await assertAccessible(page, "sign-in after the session ended");
  await devSignIn(page, "Anna Kamińska");
  await page.getByRole("link", { name: "Wypełnij formularz NK-A" }).click();
  await page.getByRole("heading", { name: "Formularz Niebieska Karta — A" }).waitFor();
  assert.equal(await victim.getByRole("textbox", { name: "Imię" }).inputValue(), "Lena");
  assert.equal(await victim.getByRole("textbox", { name: "Nazwisko" }).inputValue(), "Zawadzka");
  // The aborted request and the 401 are what this test provoked; nothing else went wrong.
  const unexpected = problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|status of 401/.test(p));
  assert.deepEqual(unexpected, [], "console errors or CSP violations");
  await context.close();
});

/** Ticks a react-aria checkbox as a keyboard user does (its input is visually hidden). */
async function toggle(page, checkbox) {
  await checkbox.focus();
  await page.keyboard.press("Space");
  assert.ok(await checkbox.isChecked());
}

/** Corrects the card's NK-A through the API, as another person at another desk would. */
async function changeCardElsewhere(page, cardPath) {
  const session = await (await page.request.get(BASE + "/auth/session")).json();
  const gql = async (query, variables) => {
    const res = await page.request.post(BASE + "/graphql", {
      headers: { "X-CSRF-Token": session.csrfToken },
      data: { query, variables },
    });
    const body = await res.json();
    assert.equal(body.errors, undefined, JSON.stringify(body));
    return body.data;
  };
  const id = decodeURIComponent(cardPath.split("/").pop());
  const { node } = await gql("query($id: ID!) { node(id: $id) { ... on BlueCard { version } } }", { id });
  const changed = await gql(
    "mutation($id: ID!, $v: Int!) { updateBlueCard(input: { id: $id, version: $v, description: \"Opis uzupełniony.\" }) { userErrors { code } } }",
    { id, v: node.version },
  );
  assert.deepEqual(changed.updateBlueCard.userErrors, []);
}

/** The card page's section by its heading. */
const section = (page, name) => page.getByRole("region", { name });

test("a card's page: the worker forwards it by keyboard, the chair sets up the group and records the first meeting, the administrator sees no card", async () => {
  // The social worker's card opened today (seeded): its page, from the work list.
  const worker = await open("/");
  let page = worker.page;
  await devSignIn(page, "Anna Kamińska");
  await page.getByRole("table").getByRole("link", { name: "Anna Kowalska, Zofia Kowalska" }).click();
  await page.getByRole("heading", { name: "Niebieska Karta: Anna Kowalska, Zofia Kowalska" }).waitFor();
  const cardPath = new URL(page.url()).pathname;
  assert.match(cardPath, /^\/sprawy\/[A-Za-z0-9_-]+$/);
  assert.equal(await page.getByTestId("card-status").innerText(), "Wszczęta");
  const persons = section(page, "Osoby");
  assert.match(await persons.getByRole("article", { name: "Anna Kowalska" }).innerText(), new RegExp(PESEL));
  // The minor witness is recorded as a victim, and shown as a minor.
  assert.match(
    await persons.getByRole("article", { name: "Zofia Kowalska" }).innerText(),
    /Rola\s+osoba doznająca przemocy domowej\s+PESEL\s+brak\s+Data urodzenia\s+05\.05\.2015\s+Płeć\s+kobieta\s+Małoletnia w dniu wszczęcia\s+tak/,
  );
  const forwardDue = section(page, "Terminy").getByRole("row", { name: /Przekazanie NK-A przewodniczącemu/ });
  assert.match(await forwardDue.innerText(), /\d{2}\.\d{2}\.\d{4}\s+(oczekuje|Wkrótce|Termin dziś)/);
  await section(page, "Przebieg procedury").getByRole("row", { name: /Wszczęcie procedury \(NK-A\)\s+Anna Kamińska/ }).waitFor();
  // Only what the procedure table lets the initiator do now.
  const actions = section(page, "Dostępne działania");
  assert.deepEqual(await actions.getByRole("button").allInnerTexts(), [
    "Przekaż przewodniczącemu zespołu",
    "Popraw formularz NK-A",
    "Zapisz pracę w sprawie",
  ]);
  await assertAccessible(page, "a card's page");
  await screenshot(page, "card");

  // Keyboard only: open the forwarding form, send it (today is the default day).
  await tabTo(page, "the forwarding action", focusedText("Przekaż przewodniczącemu zespołu"));
  await page.keyboard.press("Enter");
  const forwardForm = page.getByRole("form", { name: "Przekaż przewodniczącemu zespołu" });
  await forwardForm.waitFor();
  await assertAccessible(page, "the forwarding form");
  await tabTo(page, "the forwarding form's submit", focusedText("Zatwierdź"));
  await page.keyboard.press("Enter");
  // A step that cannot be undone is asked first; the question takes the focus, "yes" is next.
  await page.getByText("Przekazać kartę przewodniczącemu zespołu? Tego kroku nie można cofnąć.").waitFor();
  await focusLandsOn(page, "alert");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.getByText("Karta przekazana przewodniczącemu zespołu.").waitFor();
  await page.getByTestId("card-status").filter({ hasText: "Przekazana przewodniczącemu" }).waitFor();
  assert.deepEqual(await actions.getByRole("button").allInnerTexts(), ["Popraw formularz NK-A", "Zapisz pracę w sprawie"]);
  assert.deepEqual(worker.problems, [], "console errors or CSP violations");
  await worker.context.close();

  // The chair: sets up the group with the composition rule shown before sending.
  const chair = await open("/");
  page = chair.page;
  await devSignIn(page, "Barbara Nowak");
  await page.goto(BASE + cardPath);
  await page.getByRole("heading", { name: "Niebieska Karta: Anna Kowalska, Zofia Kowalska" }).waitFor();
  await page.getByRole("button", { name: "Powołaj grupę diagnostyczno-pomocową" }).click();
  const groupForm = page.getByRole("form", { name: "Powołaj grupę diagnostyczno-pomocową" });
  await groupForm.getByText("W grupie musi być przedstawiciel policji.").waitFor();
  await toggle(page, groupForm.getByRole("checkbox", { name: /Anna Kamińska/ }));
  await groupForm.getByText("W grupie musi być przedstawiciel pomocy społecznej.").waitFor({ state: "detached" });
  assert.ok(await groupForm.getByText("W grupie musi być przedstawiciel policji.").isVisible());
  await assertAccessible(page, "the group's form");
  await toggle(page, groupForm.getByRole("checkbox", { name: /Piotr Grabowski/ }));
  await groupForm.getByText("Skład spełnia wymogi ustawy.").waitFor();
  await groupForm.getByRole("button", { name: "Zatwierdź" }).click();
  await groupForm.getByRole("button", { name: "Tak, powołaj" }).click();
  await page.getByText("Grupa diagnostyczno-pomocowa powołana.").waitFor();
  await page.getByTestId("card-status").filter({ hasText: "Grupa powołana" }).waitFor();
  const group = section(page, "Grupa diagnostyczno-pomocowa");
  await group.getByText(/Anna Kamińska/).waitFor();
  await group.getByText(/Piotr Grabowski/).waitFor();
  const firstMeetingDue = section(page, "Terminy").getByRole("row", { name: /Pierwsze posiedzenie grupy/ });
  assert.match(await firstMeetingDue.innerText(), /\d{2}\.\d{2}\.\d{4}/);

  // The first meeting of the group starts the diagnosis. Someone else corrects the NK-A while
  // the form is open: the CONFLICT offers to reload the card, and the form is kept.
  await page.getByRole("button", { name: "Zapisz pierwsze posiedzenie grupy" }).click();
  const meetingForm = page.getByRole("form", { name: "Zapisz pierwsze posiedzenie grupy" });
  await meetingForm.getByLabel("Data").waitFor();
  await changeCardElsewhere(page, cardPath);
  await meetingForm.getByRole("button", { name: "Zatwierdź" }).click();
  // It starts the diagnosis for good: asked first.
  await meetingForm.getByRole("button", { name: "Tak, zapisz" }).click();
  await meetingForm.getByText(/Ktoś inny zmienił tę kartę/).waitFor();
  await meetingForm.getByRole("button", { name: "Odśwież kartę" }).click();
  await section(page, "Przebieg procedury").getByRole("row", { name: /Poprawienie formularza NK-A/ }).waitFor();
  await meetingForm.getByRole("button", { name: "Zatwierdź" }).click();
  await meetingForm.getByRole("button", { name: "Tak, zapisz" }).click();
  await page.getByText("Pierwsze posiedzenie grupy zapisane: trwa diagnoza.").waitFor();
  await page.getByTestId("card-status").filter({ hasText: "Diagnoza" }).waitFor();
  await section(page, "Przebieg procedury").getByRole("row", { name: /Pierwsze posiedzenie grupy\s+Barbara Nowak/ }).waitFor();
  // NK-C, NK-D and closing are the group's: the chair, not in it, records meetings only.
  await page.getByRole("button", { name: "Zapisz posiedzenie grupy" }).waitFor();
  for (const groupOnly of [
    "Wypełnij formularz NK-C",
    "Wypełnij formularz NK-D",
    "Zapisz zawiadomienie osoby stosującej przemoc",
    "Zapisz zawiadomienie sądu rodzinnego",
    "Zakończ procedurę",
  ]) {
    assert.equal(await page.getByRole("button", { name: groupOnly }).count(), 0, groupOnly);
  }
  await assertAccessible(page, "a card in diagnosis");
  assert.deepEqual(chair.problems, [], "console errors or CSP violations");
  await chair.context.close();

  // The administrator sees no card: the page answers as for one that does not exist.
  const admin = await open("/");
  page = admin.page;
  await devSignIn(page, "Katarzyna Wójcik");
  await page.goto(BASE + cardPath);
  await page.getByRole("heading", { name: "Nie ma takiej karty" }).waitFor();
  assert.doesNotMatch(await page.locator("main").innerText(), /Kowalsk/);
  await assertAccessible(page, "a card the viewer may not see");
  assert.deepEqual(admin.problems, [], "console errors or CSP violations");
  await admin.context.close();
});

test("the chair decides on a forwarded form naming the people of an open procedure; its author sees no match", async () => {
  // The team member's form about the same victim's PESEL (seeded), forwarded by its author.
  const author = await open("/");
  let page = author.page;
  await devSignIn(page, "Marek Kowalczyk");
  await page.getByRole("table").getByRole("link", { name: "Barbara Nowicka, Zofia Kowalska" }).click();
  await page.getByRole("heading", { name: "Niebieska Karta: Barbara Nowicka, Zofia Kowalska" }).waitFor();
  const cardPath = new URL(page.url()).pathname;
  await page.getByRole("button", { name: "Przekaż przewodniczącemu zespołu" }).click();
  await page.getByRole("form", { name: "Przekaż przewodniczącemu zespołu" }).getByRole("button", { name: "Zatwierdź" }).click();
  await page.getByRole("button", { name: "Tak, przekaż" }).click();
  await page.getByTestId("card-status").filter({ hasText: "Przekazana przewodniczącemu" }).waitFor();
  assert.equal(await page.getByRole("heading", { name: "Proponowane dopasowania" }).count(), 0);
  assert.doesNotMatch(await page.locator("main").innerText(), /Anna Kowalska/);
  assert.deepEqual(author.problems, [], "console errors or CSP violations");
  await author.context.close();

  // The chair sees the proposed match and keeps the form a procedure of its own.
  const chair = await open("/");
  page = chair.page;
  await devSignIn(page, "Barbara Nowak");
  await page.goto(BASE + cardPath);
  const matches = section(page, "Proponowane dopasowania");
  await matches.getByRole("link", { name: /Procedura wszczęta \d{2}\.\d{2}\.\d{4}: Anna Kowalska, Zofia Kowalska/ }).waitFor();
  await matches.getByText(/zgodny PESEL osoby doznającej przemocy/).waitFor();
  assert.ok(await matches.getByRole("button", { name: "Dołącz do procedury: Anna Kowalska, Zofia Kowalska" }).isVisible());
  await assertAccessible(page, "a forwarded form with a proposed match");
  await matches.getByRole("button", { name: "Prowadź jako odrębną procedurę" }).click();
  // Asked first: "no" changes nothing.
  await matches.getByRole("button", { name: "Nie, wróć" }).click();
  await matches.getByRole("button", { name: "Prowadź jako odrębną procedurę" }).click();
  await matches.getByRole("button", { name: "Tak, to osobna procedura" }).click();
  await page.getByText("Formularz pozostaje odrębną procedurą.").waitFor();
  await page.getByRole("heading", { name: "Proponowane dopasowania" }).waitFor({ state: "detached" });
  await page.getByRole("button", { name: "Powołaj grupę diagnostyczno-pomocową" }).waitFor();
  assert.deepEqual(chair.problems, [], "console errors or CSP violations");
  await chair.context.close();
});

test("GraphiQL runs from the binary's own assets under the app's policy", async () => {
  const { context, page, problems } = await open("/");
  await devSignIn(page, "Anna Kamińska");
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(BASE + "/graphql");
  // The button does nothing until the query editor holds the default query.
  await page.locator(".graphiql-query-editor").getByText("viewer").waitFor();
  // The signed-in session's cookie and CSRF token: the default query answers as the worker.
  await page.getByRole("button", { name: /Execute query/ }).click();
  await page.locator(".graphiql-response").getByText('"pracownik"').waitFor();
  assert.deepEqual(
    requests.filter((url) => !url.startsWith(BASE) && !url.startsWith("data:")),
    [],
    "nothing is loaded from another origin",
  );
  assert.deepEqual(problems, []);
  await context.close();
});

/** Today in Poland as the app writes it (dd.mm.rrrr). */
const todayPl = () =>
  new Intl.DateTimeFormat("pl-PL", { timeZone: "Europe/Warsaw", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date());

test("the team's page: the chair sees waiting cases and records a meeting by keyboard; a member sees the team but no form", async () => {
  const chair = await open("/");
  let page = chair.page;
  await devSignIn(page, "Barbara Nowak");
  // The navigation bar, by keyboard; the current page is marked.
  const nav = page.getByRole("navigation", { name: "Menu główne" });
  assert.equal(await nav.getByRole("link", { name: "Sprawy" }).getAttribute("aria-current"), "page");
  await tabTo(page, "the team link", () => document.activeElement?.tagName === "A" && document.activeElement.textContent === "Zespół");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Zespół Interdyscyplinarny — Miasto Żory" }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/zespol");
  assert.equal(await nav.getByRole("link", { name: "Zespół" }).getAttribute("aria-current"), "page");
  assert.equal(await nav.getByRole("link", { name: "Sprawy" }).getAttribute("aria-current"), null);

  // Members with their institutions and statements, the chair marked.
  const members = section(page, "Członkowie");
  assert.match(
    await members.getByRole("row", { name: /Barbara Nowak/ }).innerText(),
    /przewodnicząca zespołu[\s\S]*Jednostka organizacyjna pomocy społecznej\s+Miejski Ośrodek Pomocy Społecznej\s+podpisane 28\.09\.2023/,
  );
  assert.match(await members.getByRole("row", { name: /Piotr Grabowski/ }).innerText(), /Komenda Miejska Policji/);
  // The demo team has never met: the three-month warning.
  const warning = page.getByText(/Zespół nie zebrał się od ponad trzech miesięcy/);
  await warning.waitFor();
  // The chair's cases: the worker's overdue card (seeded) found across the team.
  const overdue = section(page, "Karty z przekroczonym terminem");
  assert.match(await overdue.getByRole("row", { name: /Halina Kowalska/ }).innerText(), /Po terminie \(\d+ (dzień|dni)\)/);
  await section(page, "Formularze NK-A przekazane przewodniczącemu").waitFor();
  await assertAccessible(page, "the team's page for the chair");
  await screenshot(page, "team");

  // Keyboard only: open the form, type the agenda and minutes, tick two members, send.
  await tabTo(page, "the meeting form's button", focusedText("Zapisz posiedzenie zespołu"));
  await page.keyboard.press("Enter");
  const form = page.getByRole("form", { name: "Zapisz posiedzenie zespołu" });
  await form.waitFor();
  await assertAccessible(page, "the meeting form");
  // Sent without an agenda: refused on its field before anything is sent.
  await tabTo(page, "the submit button", focusedText("Zapisz posiedzenie"));
  await page.keyboard.press("Enter");
  await form.getByRole("alert").getByText("To pole jest wymagane.").waitFor();
  assert.equal(await form.getByRole("textbox", { name: "Porządek obrad" }).getAttribute("aria-invalid"), "true");
  await form.getByRole("textbox", { name: "Porządek obrad" }).focus();
  await page.keyboard.type("Sprawy bieżące zespołu");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Omówiono przekazane formularze.");
  await tabTo(page, "Barbara Nowak's attendance", focusedLabel("Barbara Nowak"));
  await page.keyboard.press("Space");
  await tabTo(page, "Piotr Grabowski's attendance", focusedLabel("Piotr Grabowski"));
  await page.keyboard.press("Space");
  assert.ok(await form.getByRole("checkbox", { name: /Piotr Grabowski/ }).isChecked());
  assert.ok(!(await form.getByRole("checkbox", { name: /Anna Kamińska/ }).isChecked()));
  await tabTo(page, "the submit button", focusedText("Zapisz posiedzenie"));
  await page.keyboard.press("Enter");
  await page.getByText(`Zapisano posiedzenie z dnia ${todayPl()}.`).waitFor();
  await warning.waitFor({ state: "detached" });
  const meetings = section(page, "Posiedzenia");
  const meeting = meetings.getByRole("article", { name: `Posiedzenie ${todayPl()}` });
  assert.match(await meeting.innerText(), /Sprawy bieżące zespołu[\s\S]*Obecni: 2 osoby z 8[\s\S]*Omówiono przekazane formularze\./);
  // The attendance report: who missed the meeting.
  const missed = section(page, "Frekwencja").getByTestId("missed-meetings");
  await missed.getByText("Anna Kamińska: nieobecność na 1 posiedzeniu z 1").waitFor();
  await missed.getByText("Marek Kowalczyk: nieobecność na 1 posiedzeniu z 1").waitFor();
  assert.doesNotMatch(await missed.innerText(), /Barbara Nowak|Piotr Grabowski/);
  await assertAccessible(page, "the team's page after a meeting");
  assert.deepEqual(chair.problems, [], "console errors or CSP violations");
  await chair.context.close();

  // A member: the team, its meetings and minutes (statement signed), no form, no chair's cases.
  const member = await open("/");
  page = member.page;
  await devSignIn(page, "Marek Kowalczyk");
  await page.getByRole("navigation", { name: "Menu główne" }).getByRole("link", { name: "Zespół" }).click();
  await page.getByRole("heading", { name: "Zespół Interdyscyplinarny — Miasto Żory" }).waitFor();
  await section(page, "Posiedzenia").getByText("Omówiono przekazane formularze.").waitFor();
  assert.equal(await page.getByRole("button", { name: "Zapisz posiedzenie zespołu" }).count(), 0);
  assert.equal(await page.getByRole("heading", { name: "Sprawy czekające na przewodniczącego" }).count(), 0);
  assert.doesNotMatch(await page.locator("main").innerText(), /Halina Kowalska/);
  await assertAccessible(page, "the team's page for a member");
  assert.deepEqual(member.problems, [], "console errors or CSP violations");
  await member.context.close();
});
