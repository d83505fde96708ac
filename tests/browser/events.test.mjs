// Browser test of campaigns and events and the public calendar (tests/e2e/browser.rs runs it
// after standards.test.mjs), in Jastrzębie-Zdrój: the team's chair opens "Kampanie i
// wydarzenia" from the municipal programme's page, describes the White Ribbon campaign and a
// workshop for parents by keyboard (an end before the start refused first, the focus on the
// summary), shown in the public calendar. A member of the public, without signing in, finds the
// workshop on the municipality's help page, with the link to its iCalendar feed, which holds
// it. axe on each screen.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { BASE, assertAccessible, focusLandsOn, launch, newPage } from "./common.mjs";

const TENANT = "jastrzebie";
const CHAIR = "Grzegorz Wilk";
const WORKSHOP = "Warsztaty dla rodziców: jak rozmawiać z dzieckiem o przemocy";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function type(page, field, text) {
  await field.focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

/** A day `n` days from today as the form takes it (dd.mm.rrrr, Polish time). */
function typedDay(n) {
  const d = new Date(Date.now() + n * 86_400_000);
  const [y, m, day] = d.toLocaleDateString("sv-SE", { timeZone: "Europe/Warsaw" }).split("-");
  return `${day}.${m}.${y}`;
}

test("the chair plans the campaign's workshop; the public finds it in the municipality's calendar", async () => {
  const { context, page, problems } = await newPage(browser);
  await page.goto(`${BASE}/?tenant=${TENANT}`);
  await page.getByRole("button", { name: `Zaloguj jako ${CHAIR}` }).click();
  await page.getByRole("navigation", { name: "Menu główne" }).getByRole("link", { name: "Program gminny" }).click();
  await page.getByRole("navigation", { name: "Program gminny i rejestry" }).getByRole("link", { name: "Kampanie i wydarzenia" }).click();
  await page.getByRole("heading", { name: "Kampanie i wydarzenia", level: 1 }).waitFor();

  const campaign = page.getByRole("form", { name: "Nowa kampania" });
  await type(page, campaign.getByRole("textbox", { name: "Nazwa kampanii" }), "Biała Wstążka");
  await type(page, campaign.getByRole("textbox", { name: "Pierwszy dzień" }), typedDay(-2));
  await type(page, campaign.getByRole("textbox", { name: "Ostatni dzień" }), typedDay(10));
  await campaign.getByRole("button", { name: "Dodaj kampanię" }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("status").getByText("Dodano kampanię: Biała Wstążka.").waitFor();
  await page.getByRole("heading", { name: "Biała Wstążka", level: 2 }).waitFor();

  const form = page.getByRole("form", { name: "Nowe wydarzenie" });
  await form.getByRole("combobox", { name: /Kampania/ }).selectOption({ label: "Biała Wstążka" });
  await type(page, form.getByRole("textbox", { name: "Nazwa wydarzenia" }), WORKSHOP);
  await form.getByRole("combobox", { name: /Rodzaj/ }).selectOption({ label: "warsztaty" });
  await type(page, form.getByRole("textbox", { name: "Dzień", exact: true }), typedDay(1));
  await type(page, form.getByRole("textbox", { name: "Godzina rozpoczęcia" }), "17:00");
  await type(page, form.getByRole("textbox", { name: "Godzina zakończenia" }), "16:00");
  await type(page, form.getByRole("textbox", { name: "Miejsce" }), "Miejski Ośrodek Pomocy Rodzinie, ul. Opolska 6");
  await type(page, form.getByRole("textbox", { name: "Dla kogo" }), "rodzice i opiekunowie");
  await form.getByRole("checkbox", { name: "Pokaż w publicznym kalendarzu gminy" }).focus();
  await page.keyboard.press("Space");
  await form.getByRole("button", { name: "Dodaj wydarzenie" }).focus();
  await page.keyboard.press("Enter");
  // Ending before it starts: refused, the focus on the summary.
  await form.getByRole("alert").getByText(/koniec nie może być wcześniej niż początek/).waitFor();
  await focusLandsOn(page, "alert");
  await type(page, form.getByRole("textbox", { name: "Godzina zakończenia" }), "19:00");
  await form.getByRole("button", { name: "Dodaj wydarzenie" }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("status").getByText(`Dodano wydarzenie: ${WORKSHOP}.`).waitFor();
  const row = page.getByRole("table", { name: "Wydarzenia: Biała Wstążka" }).getByRole("row", { name: new RegExp(WORKSHOP.slice(0, 20)) });
  assert.match(await row.innerText(), new RegExp(`${typedDay(1).replace(/\./g, "\\.")}, 17:00–19:00`));
  assert.match(await row.innerText(), /tak/);
  await assertAccessible(page, "campaigns and events");
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();

  // The public, without signing in.
  const visitor = await newPage(browser);
  await visitor.page.goto(`${BASE}/pomoc/${TENANT}`);
  const events = visitor.page.getByRole("region", { name: "Wydarzenia w gminie" });
  const workshop = events.getByRole("article", { name: WORKSHOP });
  await workshop.waitFor();
  assert.match(await workshop.innerText(), /17:00–19:00/);
  assert.match(await workshop.innerText(), /w ramach kampanii: Biała Wstążka/);
  const feed = events.getByRole("link", { name: "Kalendarz wydarzeń do subskrypcji (iCalendar)" });
  assert.equal(await feed.getAttribute("href"), `/kalendarz/${TENANT}.ics`);
  const ics = await (await visitor.page.request.get(`${BASE}/kalendarz/${TENANT}.ics`)).text();
  assert.match(ics.replace(/\r\n /g, ""), /SUMMARY:Warsztaty dla rodziców/);
  await assertAccessible(visitor.page, "the help page with the municipality's events");
  assert.deepEqual(visitor.problems, [], "console errors or CSP violations");
  await visitor.context.close();
});
