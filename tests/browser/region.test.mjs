// Browser tests of the regional coordinator's view (/statystyka-regionu) against the real
// `ostoja serve --demo` started by tests/e2e/browser.rs: signing in from the staff's sign-in
// page, the region's latest release with every hidden cell marked and explained, by keyboard
// and on a phone; axe on each screen.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { BASE, assertAccessible, chosen, focusedText, launch, newPage, tabTo } from "./common.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const region = (page, name) => page.getByRole("region", { name, exact: true });

test("a coordinator signs in from the sign-in page and reads her region's release by keyboard", async () => {
  const { page, problems } = await newPage(browser);
  await page.goto(BASE + "/");
  await tabTo(page, "the coordinators' link", focusedText("Koordynatorzy regionalni"));
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Logowanie koordynatorów regionalnych", level: 1 }).waitFor();
  await assertAccessible(page, "the coordinators' sign-in");
  await page.getByRole("link", { name: "Województwo śląskie" }).click();
  await page.getByRole("link", { name: "Zaloguj się: Województwo śląskie" }).waitFor();
  await page.getByRole("button", { name: "Zaloguj jako Elżbieta Wróbel" }).click();

  await page.getByRole("heading", { name: "Statystyka regionu: Województwo śląskie", level: 1 }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/statystyka-regionu");
  const nav = page.getByRole("navigation", { name: "Menu główne" });
  assert.equal(await nav.getByRole("link", { name: "Statystyka regionu" }).getAttribute("aria-current"), "page");
  assert.equal(await nav.getByRole("link", { name: "Sprawy" }).count(), 0, "no cases for a coordinator");
  await page.getByText(/^Wydanie nr \d+ z .*; obejmuje gminy: 4\.$/).waitFor();
  // Victims by sex and age: a table for screen readers, hidden cells marked and said.
  const victims = region(page, "Tabela: Osoby doznające przemocy według płci i wieku");
  await victims.getByRole("table").waitFor();
  // The suite's few cards: every count under 10, each hidden and said why.
  const hidden = victims.locator("td.suppressed");
  assert.ok((await hidden.count()) > 0, "the victims' small counts are hidden");
  assert.match(await hidden.first().innerText(), /ukryte: /);
  const legend = region(page, "Ukryte liczby");
  await legend.getByText("mniej niż 10").waitFor();
  await assertAccessible(page, "the region's release");

  // The release as a file: CSV with Polish headers, the hidden cells said, never their values.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Pobierz CSV" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^statystyka-slaskie-\d{4}-Q\d-wydanie-\d+\.csv$/);
  const csv = await readFile(await download.path(), "utf8");
  assert.ok(csv.startsWith("\ufeffWskaźnik;Wymiar 1;Wartość 1;Wymiar 2;Wartość 2;Liczba;Uwagi"), csv.slice(0, 80));
  assert.match(csv, /;<10\r\n/);
  await page.getByText(/^Zapisano plik statystyka-slaskie-/).waitFor();

  // The period, by keyboard: the latest release's period is chosen; showing it again lands on
  // its heading.
  const period = page.getByRole("combobox", { name: /Okres/ });
  await period.focus();
  // On a closed select, Home chooses the first option.
  await page.keyboard.press("Home");
  assert.equal(await chosen(period), await period.locator("option").first().textContent());
  await tabTo(page, "the show button", focusedText("Pokaż"));
  await page.keyboard.press("Enter");
  const focused = await page.evaluate(() => document.activeElement?.tagName);
  assert.equal(focused, "H2");

  await page.setViewportSize({ width: 390, height: 844 });
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  assert.equal(sideways, false, "the region's page scrolls sideways at 390 px");
  await assertAccessible(page, "the region's release on a phone");
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await page.context().close();
});

test("staff who open the regional address are told it is the coordinators'", async () => {
  const { page } = await newPage(browser);
  await page.goto(BASE + "/?tenant=zory");
  await page.getByRole("button", { name: "Zaloguj jako Barbara Nowak" }).click();
  await page.getByRole("navigation", { name: "Menu główne" }).waitFor();
  await page.goto(BASE + "/statystyka-regionu");
  await page.getByText("Statystykę regionu widzą koordynatorzy regionalni.").waitFor();
  await page.context().close();
});
