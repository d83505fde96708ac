// Browser tests of the operator's console (/operator) against the real `ostoja serve --demo`
// started by tests/e2e/browser.rs (the one whose worker runs every second): the operators' own
// sign-in, the deployment's health with the worker's runs, the municipalities (one added by
// keyboard, refused input said, disabled after asking, its sharing turned on and off), a region
// added, identity providers of a municipality, a region and the operators refused with their
// reasons, a national helpline added, changed with its hours and withdrawn, the regions'
// publications, on a phone too; axe on each screen. Runs last: the
// municipality it adds is left disabled and the helpline withdrawn, so no other screen lists
// them.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { BASE, TIMEOUT, arrowTo, assertAccessible, chosen, focusedLabel, focusedText, launch, newPage, tabTo, screenshot } from "./common.mjs";

// The demo whose in-process worker runs every second: its jobs have run by the time the
// console is open.
const LIVE = process.env.OSTOJA_URL_LIVE ?? BASE;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const section = (page, name) => page.getByRole("region", { name, exact: true });

/** Presses "Sprawdź ponownie" until the health section shows `text` (the worker's first run). */
async function untilHealthShows(page, text) {
  const health = section(page, "Stan wdrożenia");
  const end = Date.now() + TIMEOUT;
  while (Date.now() < end) {
    if ((await health.getByText(text, { exact: true }).count()) > 0) return;
    await health.getByRole("button", { name: "Sprawdź ponownie" }).click();
    await page.waitForTimeout(200);
  }
  assert.fail(`the health section never showed ${text}`);
}

test("an operator signs in to the console, reads the deployment's health and manages municipalities by keyboard", async () => {
  const { page, problems } = await newPage(browser);
  await page.goto(LIVE + "/operator");
  await page.getByRole("heading", { name: "Logowanie operatorów platformy", level: 1 }).waitFor();
  await page.getByRole("link", { name: "Zaloguj się przez dostawcę tożsamości platformy" }).waitFor();
  await assertAccessible(page, "the operators' sign-in");
  await tabTo(page, "the demo operator", focusedText("Zaloguj jako Operator Platformy"));
  await page.keyboard.press("Enter");

  await page.getByRole("heading", { name: "Konsola operatora", level: 1 }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/operator");
  const nav = page.getByRole("navigation", { name: "Menu główne" });
  assert.equal(await nav.getByRole("link", { name: "Konsola operatora" }).getAttribute("aria-current"), "page");
  assert.equal(await nav.getByRole("link", { name: "Sprawy" }).count(), 0, "no cases for an operator");
  // An operator has no staff account page to lead to.
  await page.getByRole("banner").getByText("Operator Platformy").waitFor();
  assert.equal(await page.getByRole("banner").getByRole("link", { name: /Operator Platformy/ }).count(), 0);

  // Health: the database as this server sees it, and the in-process worker's jobs.
  const health = section(page, "Stan wdrożenia");
  await health.getByRole("definition").first().waitFor();
  assert.equal(await health.locator("dd[data-state=OK]").first().innerText(), "działa");
  await untilHealthShows(page, "audit-retention");
  const jobs = health.getByRole("table", { name: "Zadania wykonawcy" });
  const retention = jobs.getByRole("row", { name: /audit-retention/ });
  assert.match(await retention.innerText(), /powodzenie/);
  await assertAccessible(page, "the console");
  await screenshot(page, "operator-console");

  // The municipalities: the demo's four, active.
  const list = section(page, "Gminy");
  const table = list.getByRole("table", { name: "Gminy platformy" });
  const zory = table.getByRole("row", { name: /Miasto Żory/ });
  assert.match(await zory.innerText(), /aktywna/);

  // A new one, by keyboard: nothing typed is refused with every field said.
  const form = list.getByRole("form", { name: "Nowa gmina" });
  await form.getByRole("button", { name: "Dodaj gminę" }).focus();
  await page.keyboard.press("Enter");
  const summary = form.getByRole("alert");
  await summary.getByText("Popraw, zanim dodasz gminę:").waitFor();
  assert.equal(await summary.getByRole("link").count(), 4);
  await summary.getByRole("link", { name: /Nazwa/ }).waitFor();

  await form.getByRole("textbox", { name: "Nazwa" }).focus();
  await page.keyboard.type("Gmina Testowa");
  await tabTo(page, "the slug", focusedLabel("Identyfikator"));
  await page.keyboard.type("zory");
  await tabTo(page, "the TERYT code", focusedLabel("Kod TERYT"));
  await page.keyboard.type("2408042");
  await tabTo(page, "the region", focusedLabel("Region"));
  const region = form.getByRole("combobox", { name: "Region" });
  await region.locator("option", { hasText: "Województwo śląskie" }).waitFor({ state: "attached" });
  // On a closed select, an arrow key chooses the next option: the first region.
  const first = await region.locator("option").nth(1).textContent();
  await page.keyboard.press("ArrowDown");
  assert.equal(await chosen(region), first);
  await form.getByRole("button", { name: "Dodaj gminę" }).focus();
  await page.keyboard.press("Enter");
  // A slug already taken: said on its field, nothing added.
  await form.getByText("Ta wartość jest już zajęta.").first().waitFor();
  await form.getByRole("textbox", { name: "Identyfikator (w adresach)" }).fill("testowa");
  await form.getByRole("button", { name: "Dodaj gminę" }).focus();
  await page.keyboard.press("Enter");
  await list.getByRole("status").getByText("Dodano gminę Gmina Testowa.").waitFor();
  const added = table.getByRole("row", { name: /Gmina Testowa/ });
  assert.match(await added.innerText(), /aktywna/);
  assert.equal(await form.getByRole("textbox", { name: "Nazwa" }).inputValue(), "", "the form is emptied");

  // Disabled only after asking; "no" changes nothing.
  await added.getByRole("button", { name: "Wyłącz: Gmina Testowa" }).focus();
  await page.keyboard.press("Enter");
  await added.getByText(/Wyłączyć gminę Gmina Testowa\?/).waitFor();
  await added.getByRole("button", { name: "Nie" }).click();
  assert.match(await added.innerText(), /aktywna/);
  await added.getByRole("button", { name: "Wyłącz: Gmina Testowa" }).focus();
  await page.keyboard.press("Enter");
  await added.getByRole("button", { name: "Tak, wyłącz" }).click();
  await list.getByRole("status").getByText("Gmina Gmina Testowa jest wyłączona.").waitFor();
  await added.getByText("wyłączona", { exact: true }).waitFor();
  await added.getByRole("button", { name: "Włącz: Gmina Testowa" }).waitFor();
  await assertAccessible(page, "the municipalities after a change");

  // Sharing its statistics, on and off again.
  await added.getByRole("button", { name: "Udostępniaj statystyki: Gmina Testowa" }).click();
  await list.getByRole("status").getByText("Gmina Gmina Testowa udostępnia zanonimizowane statystyki regionowi.").waitFor();
  await added.getByText("udostępnia", { exact: true }).waitFor();
  await added.getByRole("button", { name: "Nie udostępniaj statystyk: Gmina Testowa" }).click();
  await list.getByRole("status").getByText(/^Gmina Gmina Testowa nie udostępnia już statystyk/).waitFor();

  // A region, by keyboard; a two-digit code taken is said.
  const regionForm = list.getByRole("form", { name: "Nowy region" });
  await regionForm.getByRole("textbox", { name: "Nazwa regionu" }).focus();
  await page.keyboard.type("Województwo opolskie");
  await tabTo(page, "the region's slug", focusedLabel("Identyfikator"));
  await page.keyboard.type("opolskie");
  await tabTo(page, "the region's code", focusedLabel("Kod TERYT województwa"));
  await page.keyboard.type("24");
  await page.keyboard.press("Enter");
  await regionForm.getByText("Ta wartość jest już zajęta.").first().waitFor();
  await regionForm.getByRole("textbox", { name: "Kod TERYT województwa" }).fill("16");
  await regionForm.getByRole("button", { name: "Dodaj region" }).click();
  await list.getByRole("status").getByText("Dodano region Województwo opolskie.").waitFor();

  // Identity providers: none in the demo; a provider whose discovery cannot be fetched, or a
  // role mapping that is not one, is refused and said.
  const providers = section(page, "Dostawcy tożsamości");
  await providers.getByText("Nie skonfigurowano jeszcze żadnego dostawcy tożsamości.").waitFor();
  const set = providers.getByRole("form", { name: "Ustaw dostawcę tożsamości" });
  await set.getByRole("combobox", { name: /Dla kogo/ }).selectOption({ label: "gmina: Miasto Żory" });
  await set.getByRole("textbox", { name: "Wystawca (issuer)" }).fill("http://127.0.0.1:9/realms/zory");
  await set.getByRole("textbox", { name: "Identyfikator klienta (client id)" }).fill("ostoja");
  await set.getByLabel("Sekret klienta").fill("sekret");
  await set.getByRole("textbox", { name: "Przypisanie ról" }).fill("zi-admin=NIEROLA");
  await set.getByRole("button", { name: "Zapisz dostawcę" }).click();
  await set.getByRole("alert").getByRole("link", { name: /Przypisanie ról/ }).waitFor();
  await set.getByRole("textbox", { name: "Przypisanie ról" }).fill("zi-admin=TENANT_ADMIN");
  await set.getByRole("button", { name: "Zapisz dostawcę" }).click();
  await set.getByRole("alert").getByText(/^Nie udało się sprawdzić wystawcy: /).waitFor();
  // A region's coordinators' provider maps only the coordinator's role, the operators' only
  // the operator's; chosen by keyboard.
  await arrowTo(page, set.getByRole("combobox", { name: /Dla kogo/ }), "koordynatorzy: Województwo śląskie");
  await set.getByText(/Role: REGIONAL_COORDINATOR\./).waitFor();
  await set.getByRole("textbox", { name: "Przypisanie ról" }).fill("koordynatorzy=TENANT_ADMIN");
  await set.getByRole("button", { name: "Zapisz dostawcę" }).click();
  await set.getByRole("alert").getByRole("link", { name: /Przypisanie ról/ }).waitFor();
  await set.getByRole("combobox", { name: /Dla kogo/ }).selectOption({ label: "operatorzy platformy" });
  await set.getByText(/Role: OPERATOR\./).waitFor();
  await set.getByRole("textbox", { name: "Wystawca (issuer)" }).fill("http://127.0.0.1:9/realms/ops");
  await set.getByRole("textbox", { name: "Identyfikator klienta (client id)" }).fill("ostoja-ops");
  await set.getByLabel("Sekret klienta").fill("sekret");
  await set.getByRole("textbox", { name: "Przypisanie ról" }).fill("ops=OPERATOR");
  await set.getByRole("button", { name: "Zapisz dostawcę" }).click();
  await set.getByRole("alert").getByText(/^Nie udało się sprawdzić wystawcy: /).waitFor();
  await providers.getByText("Nie skonfigurowano jeszcze żadnego dostawcy tożsamości.").waitFor();
  await providers.getByText("Żadna gmina nie ma jeszcze dostawcy tożsamości.").waitFor();
  await assertAccessible(page, "the identity providers");

  // A national helpline added (published at once), changed with its hours, and withdrawn.
  const helplines = section(page, "Infolinie ogólnopolskie");
  await helplines.getByRole("button", { name: "Dodaj infolinię" }).click();
  const lineForm = helplines.getByRole("form", { name: "Nowa infolinia" });
  await lineForm.getByRole("button", { name: "Dodaj infolinię" }).click();
  await lineForm.getByRole("alert").getByRole("link", { name: /Telefony/ }).waitFor();
  await lineForm.getByRole("textbox", { name: "Nazwa" }).fill("Telefon Testowy");
  await lineForm.getByRole("textbox", { name: "Telefony" }).fill("800 120 226");
  await lineForm.getByRole("button", { name: "Dodaj infolinię" }).click();
  await helplines.getByRole("status").getByText("Dodano infolinię Telefon Testowy; jest już opublikowana.").waitFor();
  const line = helplines.getByRole("row", { name: /Telefon Testowy/ });
  assert.match(await line.innerText(), /opublikowana, całodobowa/);
  await line.getByRole("button", { name: "Zmień: Telefon Testowy" }).click();
  const change = helplines.getByRole("form", { name: "Zmiana infolinii: Telefon Testowy" });
  await change.getByRole("textbox", { name: "Nazwa" }).fill("Telefon Testowy Całodobowy");
  // Its hours, forms of help and languages, in the help point editor's sections: a range that
  // closes before it opens is refused and named; corrected, everything is saved.
  await press(page, change.getByRole("checkbox", { name: "Czynne całą dobę" }), false);
  await change.getByRole("button", { name: "Dodaj godziny: Poniedziałek" }).click();
  await change.getByRole("textbox", { name: "Poniedziałek, przedział 1: Od" }).fill("16:00");
  await change.getByRole("textbox", { name: "Poniedziałek, przedział 1: Do" }).fill("8:00");
  await press(page, change.getByRole("checkbox", { name: "Pomoc prawna" }), true);
  await press(page, change.getByRole("checkbox", { name: "ukraiński" }), true);
  await change.getByRole("button", { name: "Zapisz zmiany" }).click();
  await change.getByRole("alert").getByRole("link", { name: /Poniedziałek, przedział 1: Do/ }).waitFor();
  await change.getByRole("textbox", { name: "Poniedziałek, przedział 1: Od" }).fill("8:00");
  await change.getByRole("textbox", { name: "Poniedziałek, przedział 1: Do" }).fill("16:00");
  await change.getByRole("button", { name: "Zapisz zmiany" }).click();
  await helplines.getByRole("status").getByText("Zapisano infolinię Telefon Testowy Całodobowy.").waitFor();
  const changed = helplines.getByRole("row", { name: /Telefon Testowy Całodobowy/ });
  assert.doesNotMatch(await changed.innerText(), /całodobowa/);
  await changed.getByRole("button", { name: "Zmień: Telefon Testowy Całodobowy" }).click();
  const reopened = helplines.getByRole("form", { name: "Zmiana infolinii: Telefon Testowy Całodobowy" });
  assert.equal(await reopened.getByRole("textbox", { name: "Poniedziałek, przedział 1: Do" }).inputValue(), "16:00");
  assert.ok(await reopened.getByRole("checkbox", { name: "Pomoc prawna" }).isChecked());
  assert.ok(await reopened.getByRole("checkbox", { name: "ukraiński" }).isChecked());
  await assertAccessible(page, "a national helpline's hours");
  const wide = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 800 });
  assert.equal(
    await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1),
    false,
    "the helpline's form scrolls sideways at 360 px",
  );
  await page.setViewportSize(wide);
  await reopened.getByRole("button", { name: "Anuluj" }).click();
  await changed.getByRole("button", { name: "Wycofaj: Telefon Testowy Całodobowy" }).click();
  await helplines.getByRole("status").getByText(/^Wycofano infolinię Telefon Testowy Całodobowy/).waitFor();
  await changed.getByText("wycofana", { exact: true }).waitFor();
  await assertAccessible(page, "the national helplines");

  // The regions' publications: the new region has none.
  const releases = section(page, "Publikacje statystyk regionów");
  await releases.getByRole("combobox", { name: /Region/ }).selectOption({ label: "Województwo opolskie" });
  await releases.getByText("Województwo opolskie: brak publikacji.").waitFor();

  // The platform's trail: empty on a new deployment, and said so.
  await section(page, "Dziennik platformy").getByText("Dziennik platformy jest pusty.").waitFor();

  await page.setViewportSize({ width: 390, height: 844 });
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  assert.equal(sideways, false, "the console scrolls sideways at 390 px");
  await assertAccessible(page, "the console on a phone");
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await page.context().close();
});

test("staff who open the console are told it is the operators'", async () => {
  const { page } = await newPage(browser);
  await page.goto(BASE + "/");
  await page.getByRole("link", { name: "Miasto Żory" }).click();
  await page.getByRole("button", { name: "Zaloguj jako Anna Kamińska" }).click();
  await page.getByRole("heading", { name: "Moje Niebieskie Karty" }).waitFor();
  await page.goto(BASE + "/operator");
  await page.getByRole("heading", { name: "Konsola operatora", level: 1 }).waitFor();
  await page.getByRole("alert").getByText("Konsola jest tylko dla operatorów platformy.").waitFor();
  await page.context().close();
});

/** Ticks or clears a react-aria checkbox as a keyboard user does (its input is visually hidden). */
async function press(page, checkbox, checked) {
  await checkbox.focus();
  await page.keyboard.press("Space");
  assert.equal(await checkbox.isChecked(), checked);
}
