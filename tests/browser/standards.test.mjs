// Browser test of the register of child-protection standards (tests/e2e/browser.rs runs it
// after strategy.test.mjs), in Jastrzębie-Zdrój: the team's chair opens the register from the
// municipal programme's page, adds a school by keyboard (refused first with nothing typed, the
// focus on what is wrong), records that it adopted its standards 800 days ago — the review is
// overdue, said above the table — then records today's review, and the warning is gone. A team
// member reads the register on a phone and is offered no form. axe on each screen.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { BASE, assertAccessible, focusLandsOn, launch, newPage, screenshot } from "./common.mjs";

const TENANT = "jastrzebie";
const CHAIR = "Grzegorz Wilk";
const MEMBER = "Beata Lis";
const SCHOOL = "Szkoła Podstawowa nr 12 w Jastrzębiu-Zdroju";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function signIn(page, name) {
  await page.goto(`${BASE}/?tenant=${TENANT}`);
  await page.getByRole("button", { name: `Zaloguj jako ${name}` }).click();
  const nav = page.getByRole("navigation", { name: "Menu główne" });
  await nav.getByRole("link", { name: "Program gminny" }).click();
  await page.getByRole("navigation", { name: "Program gminny i rejestry" }).getByRole("link", { name: "Standardy ochrony małoletnich" }).click();
  await page.getByRole("heading", { name: "Standardy ochrony małoletnich", level: 1 }).waitFor();
}

async function type(page, field, text) {
  await field.focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

/** A day `n` days ago as the form takes it (dd.mm.rrrr, Polish time). */
function typedDay(n) {
  const d = new Date(Date.now() - n * 86_400_000);
  const [y, m, day] = d.toLocaleDateString("sv-SE", { timeZone: "Europe/Warsaw" }).split("-");
  return `${day}.${m}.${y}`;
}

test("the chair keeps the register; an overdue review is said until it is recorded", async () => {
  const { context, page, problems } = await newPage(browser);
  await signIn(page, CHAIR);
  assert.equal(page.url(), `${BASE}/program-gminny/standardy-ochrony`);

  // Nothing typed: refused in the browser, the focus on the summary.
  const form = page.getByRole("form", { name: "Nowa instytucja w rejestrze" });
  await form.getByRole("button", { name: "Dodaj instytucję" }).focus();
  await page.keyboard.press("Enter");
  await form.getByRole("alert").getByText(/nazwa instytucji/i).waitFor();
  await focusLandsOn(page, "alert");
  await type(page, form.getByRole("textbox", { name: "Nazwa instytucji" }), SCHOOL);
  await form.getByRole("combobox", { name: /Rodzaj instytucji/ }).selectOption({ label: "szkoła" });
  await type(page, form.getByRole("textbox", { name: "Osoba odpowiedzialna za standardy" }), "Ewa Malinowska, pedagog szkolny");
  await form.getByRole("button", { name: "Dodaj instytucję" }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("status").getByText(`Dodano instytucję: ${SCHOOL}.`).waitFor();
  const table = page.getByRole("table", { name: "Instytucje pracujące z dziećmi" });
  const row = table.getByRole("row", { name: new RegExp(SCHOOL) });
  await row.getByRole("cell", { name: "standardów nie przyjęto" }).waitFor();

  // Adopted 800 days ago: the review, two years on, has passed.
  await row.getByRole("button", { name: `Zapisz przyjęcie standardów: ${SCHOOL}` }).click();
  const adoption = page.getByRole("form", { name: `Przyjęcie standardów: ${SCHOOL}` });
  // The form opens with the focus on its day.
  await page.waitForFunction(() => document.activeElement?.id.endsWith("-form-on"));
  await page.keyboard.type(typedDay(800));
  await adoption.getByRole("button", { name: "Zapisz" }).click();
  await page.getByRole("status").getByText(`Zapisano: ${SCHOOL}.`).waitFor();
  await page.waitForFunction((name) => document.activeElement?.getAttribute("aria-label") === `Zapisz przegląd: ${name}`, SCHOOL);
  const warning = page.getByText("Termin przeglądu standardów minął w 1 instytucji:");
  await warning.waitFor();
  await row.getByRole("cell", { name: "przegląd po terminie" }).waitFor();
  await assertAccessible(page, "the register with an overdue review");
  await screenshot(page, "standardy-ochrony");

  // A review planned more than two years on is refused; then today's review, planned in a year.
  await row.getByRole("button", { name: `Zapisz przegląd: ${SCHOOL}` }).click();
  const review = page.getByRole("form", { name: `Przegląd standardów: ${SCHOOL}` });
  await type(page, review.getByRole("textbox", { name: "Data przeglądu" }), typedDay(0));
  await type(page, review.getByRole("textbox", { name: "Następny przegląd" }), typedDay(-800));
  await review.getByRole("button", { name: "Zapisz" }).click();
  await review.getByRole("alert").getByText(/co najmniej raz na dwa lata/).waitFor();
  // The summary takes the focus a frame after it shows: typing starts once it has.
  await focusLandsOn(page, "alert");
  await type(page, review.getByRole("textbox", { name: "Następny przegląd" }), typedDay(-365));
  await review.getByRole("button", { name: "Zapisz" }).focus();
  await page.keyboard.press("Enter");
  await row.getByRole("cell", { name: "w terminie" }).waitFor();
  assert.equal(await warning.count(), 0);
  assert.match(await row.innerText(), new RegExp(typedDay(0).replace(/\./g, "\\.")));
  // The correction opened and cancelled by keyboard: the focus back on its button.
  await row.getByRole("button", { name: `Popraw dane: ${SCHOOL}` }).focus();
  await page.keyboard.press("Enter");
  const correction = page.getByRole("form", { name: `Dane instytucji: ${SCHOOL}` });
  await correction.getByRole("button", { name: "Anuluj" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction((name) => document.activeElement?.getAttribute("aria-label") === `Popraw dane: ${name}`, SCHOOL);
  await assertAccessible(page, "the register after the review");
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();

  // A team member reads the register on a phone, with no form.
  const member = await newPage(browser, { viewport: { width: 360, height: 740 } });
  await signIn(member.page, MEMBER);
  await member.page.getByRole("table", { name: "Instytucje pracujące z dziećmi" }).getByRole("row", { name: new RegExp(SCHOOL) }).waitFor();
  assert.equal(await member.page.getByRole("form").count(), 0);
  assert.equal(await member.page.getByRole("button", { name: /Zapisz przegląd/ }).count(), 0);
  await assertAccessible(member.page, "the register, read by a team member on a phone");
  assert.deepEqual(member.problems, [], "console errors or CSP violations");
  await member.context.close();
});
