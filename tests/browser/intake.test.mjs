// Browser tests of the intake register (/zgloszenia) against the real demo server: the intake
// staff member of Żory records a report by keyboard alone, finds it on the list with its
// response due date, records a response, and turns it into form NK-A prefilled; the
// administrator sees no entry. Every record here is new: the demo's own entries stay as they are.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { BASE, assertAccessible, focusedLabel, launch, newPage, tabTo, screenshot, focusLandsOn } from "./common.mjs";

// A valid PESEL (1944-05-14, a woman) and the same with a wrong check digit.
const PESEL = "44051401359";
const WRONG = "44051401358";
const ACCOUNT = "Sąsiad z parteru słyszy nocami krzyki i uderzenia z mieszkania nr 4.";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function signIn(page, name) {
  await page.goto(BASE + "/?tenant=zory");
  await page.getByRole("button", { name: `Zaloguj jako ${name}` }).click();
  await page.getByRole("heading", { name: "Moje Niebieskie Karty" }).waitFor();
}

const dateRe = /\d{2}\.\d{2}\.\d{4}/;

/** The focused element is a link or button reading exactly `text` (not the page's body). */
const focusedControl = (text) =>
  new Function(
    `const el = document.activeElement; return !!el && ["A", "BUTTON"].includes(el.tagName) && el.textContent.trim() === ${JSON.stringify(text)};`,
  );

test("the intake staff member records a report by keyboard, responds to it and opens form NK-A from it", async () => {
  const { context, page, problems } = await newPage(browser);
  await signIn(page, "Teresa Kozłowska");

  // The navigation bar leads to the register.
  const navLink = page.getByRole("navigation", { name: "Menu główne" }).getByRole("link", { name: "Zgłoszenia" });
  await navLink.waitFor();
  await tabTo(page, "the register's link", focusedControl("Zgłoszenia"));
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Rejestr zgłoszeń" }).waitFor();
  assert.equal(await navLink.getAttribute("aria-current"), "page");
  // The demo's three entries, each with its response deadline.
  await page.getByRole("table").getByRole("row").nth(1).waitFor();
  assert.ok((await page.getByRole("table").getByRole("row").count()) >= 4);
  // The notices of responses due, stored and live, above the list.
  await page.getByRole("region", { name: /^Powiadomienia o terminach odpowiedzi/ }).waitFor();
  await assertAccessible(page, "the intake register");
  await screenshot(page, "intake-register");

  // The form, by keyboard.
  await tabTo(page, "the new entry link", focusedControl("Przyjmij zgłoszenie lub konsultację"));
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Przyjęcie zgłoszenia lub konsultacji" }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/zgloszenia/nowe");
  await assertAccessible(page, "the intake form");
  await screenshot(page, "intake-form");

  await tabTo(page, "the reporter's name", focusedLabel("Imię i nazwisko lub nazwa zgłaszającego"));
  await page.keyboard.type("Jan Sąsiad");
  await tabTo(page, "the reporter's contact", focusedLabel("Kontakt do odpowiedzi"));
  await page.keyboard.type("600 700 800");
  await tabTo(page, "the person's first name", focusedLabel("Imię"));
  await page.keyboard.type("Ewa");
  await tabTo(page, "the person's last name", focusedLabel("Nazwisko"));
  await page.keyboard.type("Zielińska");
  await tabTo(page, "the person's PESEL", focusedLabel("PESEL"));
  await page.keyboard.type(WRONG);
  // A wrong check digit is shown on the field as soon as the number is complete.
  const person = page.getByRole("group", { name: /^Osoba 1:/ });
  const pesel = person.getByRole("textbox", { name: "PESEL" });
  assert.equal(await pesel.getAttribute("aria-invalid"), "true");
  await person.getByText("Cyfra kontrolna PESEL się nie zgadza — sprawdź numer.").waitFor();
  await assertAccessible(page, "the intake form with a wrong PESEL");
  for (let i = 0; i < WRONG.length; i++) await page.keyboard.press("Backspace");
  await page.keyboard.type(PESEL);
  assert.notEqual(await pesel.getAttribute("aria-invalid"), "true");
  // Sent without what was said: the summary names the field, and focus moves to it.
  await page.getByRole("button", { name: "Zapisz zgłoszenie" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Co zgłoszono: to pole jest wymagane." });
  await summary.waitFor();
  await focusLandsOn(page, "alert");
  await tabTo(page, "what was said", focusedLabel("Co zgłoszono"));
  await page.keyboard.type(ACCOUNT);
  // The draft is kept in the tab until sent.
  const draft = await page.evaluate(() => sessionStorage.getItem("ostoja.draft.intake"));
  assert.match(draft ?? "", /Zielińska/);
  await tabTo(page, "the save button", focusedControl("Zapisz zgłoszenie"));
  await page.keyboard.press("Enter");

  // On the list, newest first, with its response due date.
  await page.getByText("Zgłoszenie zapisane.").waitFor();
  assert.equal(new URL(page.url()).pathname, "/zgloszenia");
  assert.equal(await page.evaluate(() => sessionStorage.getItem("ostoja.draft.intake")), null);
  const row = page.getByRole("table").getByRole("row").nth(1);
  await row.waitFor();
  const rowText = await row.innerText();
  assert.match(rowText, /Zgłoszenie przemocy/);
  assert.match(rowText, /Telefonicznie/);
  assert.match(rowText, /Czeka na odpowiedź/);
  assert.match(rowText, new RegExp(`do ${dateRe.source}`));
  assert.doesNotMatch(page.url(), /Zielińsk|\d{11}/);

  // Its page: the person, what was said, the deadline.
  await row.getByRole("link").click();
  await page.getByRole("heading", { name: "Zgłoszenie przemocy" }).waitFor();
  assert.match(new URL(page.url()).pathname, /^\/zgloszenia\/[^/]+$/);
  assert.doesNotMatch(page.url(), /Zielińsk|\d{11}/);
  const persons = page.getByRole("region", { name: "Osoby" });
  assert.match(await persons.innerText(), new RegExp(`Ewa Zielińska.*PESEL ${PESEL}`));
  await page.getByRole("region", { name: "Co zgłoszono" }).getByText(ACCOUNT).waitFor();
  await page.getByText("Jan Sąsiad, 600 700 800").waitFor();
  await assertAccessible(page, "an intake entry's page");

  // A response: referred to one of Żory's help points.
  await page.getByRole("button", { name: "Zapisz odpowiedź lub działanie" }).click();
  const form = page.getByRole("form", { name: "Zapisz odpowiedź lub działanie" });
  await form.getByRole("combobox", { name: /Co zrobiono/ }).selectOption({ label: "Skierowano do punktu pomocy" });
  const points = form.getByRole("combobox", { name: /Punkt pomocy/ });
  const point = points.locator("option:not([value=''])").first();
  await point.waitFor({ state: "attached" });
  const pointName = (await point.textContent()).trim();
  await points.selectOption({ label: pointName });
  await form.getByRole("textbox", { name: "Uwagi" }).fill("Przekazano adres i godziny otwarcia.");
  await assertAccessible(page, "the response form");
  await form.getByRole("button", { name: "Zapisz" }).click();
  await page.getByText("Zapisano odpowiedź.").waitFor();
  const done = page.getByRole("region", { name: "Co zrobiono" });
  await done.getByText(/Skierowano do punktu pomocy/).waitFor();
  assert.match(await done.innerText(), new RegExp(`Punkt pomocy: ${pointName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  assert.match(await done.innerText(), /Teresa Kozłowska/);
  await page.getByText(/^Odpowiedziano \d{2}\.\d{2}\.\d{4}$/).waitFor();

  // "Załóż Niebieską Kartę": form NK-A prefilled, nothing in the address.
  await page.getByRole("button", { name: "Załóż Niebieską Kartę" }).click();
  await page.getByRole("heading", { name: "Formularz Niebieska Karta — A" }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/sprawy/nowa");
  assert.equal(new URL(page.url()).search, "");
  const victim = page.getByRole("group", { name: /^Osoba 1:/ });
  assert.equal(await victim.getByRole("textbox", { name: "Imię" }).inputValue(), "Ewa");
  assert.equal(await victim.getByRole("textbox", { name: "Nazwisko" }).inputValue(), "Zielińska");
  assert.equal(await victim.getByRole("textbox", { name: "PESEL" }).inputValue(), PESEL);
  assert.equal(await page.getByRole("textbox", { name: "Opis sytuacji" }).inputValue(), ACCOUNT);
  await page.getByRole("link", { name: "Wróć do zgłoszenia" }).waitFor();
  // Only the draft rule keeps it in the browser: the tab's session storage, no local storage.
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
  assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage)), ["ostoja.draft.nk-a"]);
  await assertAccessible(page, "form NK-A prefilled from an entry");
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});

test("the administrator sees no intake entry and no link to the register", async () => {
  // An entry's address, as the intake staff member sees it.
  const staff = await newPage(browser);
  await signIn(staff.page, "Teresa Kozłowska");
  await staff.page.goto(BASE + "/zgloszenia");
  const link = staff.page.getByRole("table").getByRole("row").nth(1).getByRole("link");
  await link.waitFor();
  const entryPath = await link.getAttribute("href");
  // The kind filter: only the consultations for institutions (the demo's school).
  await staff.page.getByRole("combobox", { name: /Rodzaj/ }).selectOption({ label: "Konsultacja dla instytucji" });
  await staff.page.getByRole("button", { name: "Filtruj" }).click();
  await staff.page.getByText(/^Na liście: 1 zgłoszenie\.$/).waitFor();
  const kinds = await staff.page.getByRole("table").getByRole("row").allInnerTexts();
  assert.equal(kinds.length, 2);
  assert.match(kinds[1], /Konsultacja dla instytucji/);
  await staff.context.close();

  const { context, page, problems } = await newPage(browser);
  await signIn(page, "Katarzyna Wójcik");
  const nav = page.getByRole("navigation", { name: "Menu główne" });
  await nav.getByRole("link", { name: "Sprawy" }).waitFor();
  assert.equal(await nav.getByRole("link", { name: "Zgłoszenia" }).count(), 0);
  await page.goto(BASE + "/zgloszenia");
  await page.getByRole("heading", { name: "Rejestr zgłoszeń" }).waitFor();
  await page.getByText("Brak zgłoszeń spełniających warunki.").waitFor();
  assert.equal(await page.getByRole("link", { name: "Przyjmij zgłoszenie lub konsultację" }).count(), 0);
  await assertAccessible(page, "the register for the administrator");
  await page.goto(BASE + entryPath);
  await page.getByRole("heading", { name: "Nie ma takiego zgłoszenia" }).waitFor();
  await assertAccessible(page, "an entry's page for the administrator");
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});

test("an entry assigned to the social worker: she opens form NK-A from it, and the card is linked to the entry", async () => {
  const { context, page, problems } = await newPage(browser);
  await signIn(page, "Teresa Kozłowska");
  await page.goto(BASE + "/zgloszenia/nowe");
  await page.getByRole("heading", { name: "Przyjęcie zgłoszenia lub konsultacji" }).waitFor();
  await page.getByRole("checkbox", { name: "Zgłoszenie anonimowe" }).check({ force: true });
  assert.equal(await page.getByRole("textbox", { name: "Imię i nazwisko lub nazwa zgłaszającego" }).count(), 0);
  const person = page.getByRole("group", { name: /^Osoba 1:/ });
  await person.getByRole("textbox", { name: "Imię" }).fill("Marta");
  await person.getByRole("textbox", { name: "Nazwisko" }).fill("Wrona");
  await person.getByRole("textbox", { name: "PESEL" }).fill("85031204625");
  await page.getByRole("textbox", { name: "Co zgłoszono" }).fill("Anonimowy e-mail: mąż pani Marty grozi jej od miesiąca.");
  await page.getByRole("button", { name: "Zapisz zgłoszenie" }).click();
  await page.getByText("Zgłoszenie zapisane.").waitFor();
  await page.getByRole("table").getByRole("row").nth(1).getByRole("link").click();
  await page.getByRole("heading", { name: "Zgłoszenie przemocy" }).waitFor();
  const entryPath = new URL(page.url()).pathname;
  await page.getByText("anonimowo").waitFor();

  // Assigned to the social worker (a member of the team).
  await page.getByRole("button", { name: "Przydziel" }).click();
  const form = page.getByRole("form", { name: "Przydziel" });
  await form.getByRole("checkbox", { name: "Anna Kamińska" }).check({ force: true });
  await assertAccessible(page, "the assignment form");
  await form.getByRole("button", { name: "Zapisz" }).click();
  await page.getByText("Zapisano przydział.").waitFor();
  await page.getByText("Anna Kamińska").first().waitFor();
  await context.close();

  // The social worker finds it in the register and opens the card from it.
  const worker = await newPage(browser);
  await signIn(worker.page, "Anna Kamińska");
  await worker.page.getByRole("navigation", { name: "Menu główne" }).getByRole("link", { name: "Zgłoszenia" }).click();
  await worker.page.getByRole("heading", { name: "Rejestr zgłoszeń" }).waitFor();
  assert.equal(await worker.page.getByRole("link", { name: "Przyjmij zgłoszenie lub konsultację" }).count(), 0);
  // The register's row (a notice of the response due may link to the same entry).
  await worker.page.getByRole("table").locator(`a[href="${entryPath}"]`).click();
  await worker.page.getByRole("heading", { name: "Zgłoszenie przemocy" }).waitFor();
  // Linking an existing card offers the cards she may see; she opens a new one instead.
  await worker.page.getByRole("button", { name: "Powiąż z Niebieską Kartą" }).click();
  const linkForm = worker.page.getByRole("form", { name: "Powiąż z Niebieską Kartą" });
  // The suite's server gives her two cards; a bare demo none.
  const cards = linkForm.getByRole("combobox", { name: /Niebieska Karta/ });
  await cards.or(linkForm.getByText("Nie masz dostępu do żadnej Niebieskiej Karty, którą można powiązać.")).waitFor();
  if (await cards.count()) assert.ok((await cards.locator("option:not([value=''])").count()) >= 1);
  await assertAccessible(worker.page, "the link form");
  await linkForm.getByRole("button", { name: "Anuluj" }).click();
  await worker.page.getByRole("button", { name: "Załóż Niebieską Kartę" }).click();
  await worker.page.getByRole("heading", { name: "Formularz Niebieska Karta — A" }).waitFor();
  const victim = worker.page.getByRole("group", { name: /^Osoba 1:/ });
  assert.equal(await victim.getByRole("textbox", { name: "PESEL" }).inputValue(), "85031204625");
  // A reload keeps the form as typed (the prefill is not applied again).
  await victim.getByRole("textbox", { name: "Imię" }).fill("Marta Anna");
  await worker.page.reload();
  await worker.page.getByRole("heading", { name: "Formularz Niebieska Karta — A" }).waitFor();
  assert.equal(await victim.getByRole("textbox", { name: "Imię" }).inputValue(), "Marta Anna");
  await worker.page.getByRole("combobox", { name: /Podmiot wszczynający procedurę/ }).selectOption({ label: "Jednostka organizacyjna pomocy społecznej" });
  await worker.page.getByRole("checkbox", { name: "przemoc psychiczna" }).check({ force: true });
  await worker.page.getByRole("button", { name: "Wszczęcie procedury: zapisz formularz NK-A" }).click();

  // Back on the entry: linked, the response met, the card a link away.
  await worker.page.getByText("Formularz NK-A zapisany: procedura wszczęta i powiązana ze zgłoszeniem.").waitFor();
  assert.equal(new URL(worker.page.url()).pathname, entryPath);
  await worker.page.getByRole("region", { name: "Co zrobiono" }).getByText(/Wszczęto procedurę „Niebieskie Karty”/).waitFor();
  await worker.page.getByRole("link", { name: "Otwórz kartę" }).click();
  await worker.page.getByRole("heading", { name: "Niebieska Karta: Marta Anna Wrona" }).waitFor();
  assert.deepEqual([...problems, ...worker.problems], [], "console errors or CSP violations");
  await worker.context.close();
});
