// Browser tests of the help point editor (/punkty-pomocy) as Lubliniec's directory editor: a
// point added by keyboard alone with its mistakes refused on their fields, published and found
// on the public page, then another field edited; a stale version's CONFLICT reloaded without
// losing what was typed; the navigation link only for those who may edit; axe on every screen.
// Lubliniec has no demo points, so nothing the other files rely on changes. Run by
// tests/e2e/browser.rs against the real `ostoja serve --demo`.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { BASE, arrowTo, assertAccessible, focusedText, launch, newPage, tabTo, screenshot, focusLandsOn } from "./common.mjs";

const NAME = "Punkt Wsparcia Rodziny w Lublińcu";
const EDITOR = "Alicja Duda";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The focused element's label (its `<label>` or the elements naming it) contains `label`. */
const focusedLabel = (label) =>
  new Function(
    `const el = document.activeElement; if (!el) return false;
     const names = [...(el.labels ?? [])].map((l) => l.textContent);
     for (const id of (el.getAttribute("aria-labelledby") ?? "").split(" ")) names.push(document.getElementById(id)?.textContent ?? "");
     return names.some((n) => n.includes(${JSON.stringify(label)}));`,
  );

/** Tab further than the shared helper: the form is long. */
const tabFar = (page, description, matches) => tabTo(page, description, matches, 200);

async function signIn(page, name) {
  await page.goto(`${BASE}/?tenant=lubliniec`);
  await page.getByRole("button", { name: `Zaloguj jako ${name}` }).click();
  await page.getByRole("heading", { name: "Moje Niebieskie Karty" }).waitFor();
}

/** Replaces the focused field's text as a keyboard user would. */
async function retype(page, text) {
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Backspace");
  await page.keyboard.type(text);
}

test("the editor adds a point by keyboard alone, fixes what is refused, publishes it, and the public finds it", async () => {
  const { context, page, problems } = await newPage(browser);
  const mutations = [];
  page.on("request", (r) => {
    const body = r.postData() ?? "";
    if (r.url().endsWith("/graphql") && body.includes("mutation")) mutations.push(body);
  });
  await signIn(page, EDITOR);

  // The navigation bar leads to the municipality's points.
  await tabTo(page, "the points link", () => document.activeElement?.tagName === "A" && document.activeElement.textContent === "Punkty pomocy");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Punkty pomocy gminy" }).waitFor();
  await page.getByText("Gmina nie ma jeszcze punktów pomocy.").waitFor();
  const nav = page.getByRole("navigation", { name: "Menu główne" });
  assert.equal(await nav.getByRole("link", { name: "Punkty pomocy" }).getAttribute("aria-current"), "page");
  await assertAccessible(page, "the municipality's help points (empty)");

  await tabTo(page, "the add button", focusedText("Dodaj punkt"));
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Nowy punkt pomocy" }).waitFor();
  await assertAccessible(page, "the new point's form");

  await tabTo(page, "the name", focusedLabel("Nazwa"));
  await page.keyboard.type(NAME);
  // The kind: a native select, chosen by keyboard.
  await tabTo(page, "the kind", focusedLabel("Rodzaj punktu"));
  await arrowTo(page, page.locator("#pt-kind"), "Punkt interwencji kryzysowej");

  await tabTo(page, "the street", focusedLabel("Ulica i numer"));
  await page.keyboard.type("ul. Sobieskiego 22");
  await page.keyboard.press("Tab");
  await page.keyboard.type("42-700");
  await tabTo(page, "the city", focusedLabel("Miejscowość"));
  await page.keyboard.type("Lubliniec");

  // A phone number that is not one: refused on its field once the field is left.
  await tabTo(page, "the first phone", focusedLabel("Telefon 1"));
  await page.keyboard.type("12 34");
  await page.keyboard.press("Tab");
  const phone = page.getByRole("textbox", { name: "Telefon 1" });
  await page.getByText(/^Niepoprawny numer telefonu/).waitFor();
  assert.equal(await phone.getAttribute("aria-invalid"), "true");

  // Monday's hours, closing before opening: refused on the closing time as it is typed.
  await tabTo(page, "Monday's add button", focusedText("Dodaj godziny: Poniedziałek"));
  await page.keyboard.press("Enter");
  const opens = page.getByRole("textbox", { name: "Poniedziałek, przedział 1: Od" });
  const closes = page.getByRole("textbox", { name: "Poniedziałek, przedział 1: Do" });
  await opens.waitFor();
  assert.ok(await page.evaluate(focusedLabel("Poniedziałek, przedział 1: Od")), "the new range takes the focus");
  await page.keyboard.type("16:00");
  await page.keyboard.press("Tab");
  await page.keyboard.type("8:00");
  await page.getByText("Godzina zamknięcia musi być późniejsza niż godzina otwarcia.").waitFor();
  assert.equal(await closes.getAttribute("aria-invalid"), "true");

  // A form of help, ticked with the space bar.
  await tabTo(page, "the legal help checkbox", focusedLabel("Pomoc prawna"));
  await page.keyboard.press("Space");

  // Sending is refused by the form itself: the summary lists both, nothing is written.
  await tabFar(page, "the submit button", () => document.activeElement?.tagName === "BUTTON" && document.activeElement.textContent === "Dodaj punkt");
  await page.keyboard.press("Enter");
  const summary = page.getByRole("alert").filter({ hasText: "Popraw zaznaczone pola:" });
  await summary.waitFor();
  // Each problem names its field as the form labels it.
  assert.match(await summary.innerText(), /Telefon 1: niepoprawny numer telefonu/);
  assert.match(await summary.innerText(), /Poniedziałek, przedział 1: Do: godzina zamknięcia musi być późniejsza/);
  assert.deepEqual(mutations, [], "nothing is sent while the form sees a mistake");
  await assertAccessible(page, "the new point's form with its mistakes");

  // Fixed by keyboard: from the summary forward to the phone, then Monday's hours.
  await focusLandsOn(page, "alert");
  await tabTo(page, "the first phone", focusedLabel("Telefon 1"));
  await retype(page, "34 356 12 00");
  await tabTo(page, "Monday's opening", focusedLabel("Poniedziałek, przedział 1: Od"));
  await retype(page, "8:00");
  await page.keyboard.press("Tab");
  await retype(page, "16:00");
  assert.equal(await phone.getAttribute("aria-invalid"), null);
  assert.equal(await closes.getAttribute("aria-invalid"), null);
  await tabFar(page, "the submit button", () => document.activeElement?.tagName === "BUTTON" && document.activeElement.textContent === "Dodaj punkt");
  await page.keyboard.press("Enter");

  // Saved as a draft: the point's own form, with publishing offered.
  await page.getByRole("heading", { name: `Punkt pomocy: ${NAME}` }).waitFor();
  await page.getByRole("status").filter({ hasText: `Dodano punkt „${NAME}” jako szkic.` }).waitFor();
  await page.getByText("Stan: szkic — niewidoczny publicznie.").waitFor();
  assert.equal(await page.getByRole("textbox", { name: "Telefon 1" }).inputValue(), "34 356 12 00");
  assert.ok(await page.getByRole("checkbox", { name: "Pomoc prawna" }).isChecked());
  await tabTo(page, "the publish button", focusedText("Opublikuj"));
  await page.keyboard.press("Enter");
  await page.getByRole("status").filter({ hasText: `Opublikowano: ${NAME}.` }).waitFor();
  await page.getByText("Stan: opublikowany — widoczny na publicznej stronie.").waitFor();
  await page.getByRole("button", { name: "Wycofaj z publikacji" }).waitFor();
  await assertAccessible(page, "a published point's form");
  await screenshot(page, "help-point-editor");
  assert.deepEqual(problems, [], "console errors or CSP violations");

  // A member of the public, without a session, finds it on Lubliniec's page.
  const visitor = await newPage(browser);
  await visitor.page.goto(BASE + "/pomoc/lubliniec");
  const card = visitor.page.getByRole("article", { name: NAME });
  await card.waitFor();
  assert.equal(await card.getByRole("link", { name: "Zadzwoń: 34 356 12 00" }).getAttribute("href"), "tel:+48343561200");
  const text = await card.innerText();
  assert.match(text, /ul\. Sobieskiego 22, 42-700 Lubliniec/);
  assert.match(text, /poniedziałek\s+8:00–16:00/);
  assert.match(text, /prawna/);
  await assertAccessible(visitor.page, "Lubliniec's public help page");
  assert.deepEqual(visitor.problems, [], "console errors or CSP violations on the public page");
  await visitor.context.close();
  await context.close();
});

test("the editor changes another field; a stale version is reloaded without losing what was typed", async () => {
  const { context, page, problems } = await newPage(browser);
  await signIn(page, EDITOR);
  await page.goto(BASE + "/punkty-pomocy");
  const row = page.getByRole("row", { name: new RegExp(NAME) });
  await row.waitFor();
  assert.match(await row.innerText(), /Punkt interwencji kryzysowej\s+opublikowany\s+\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/);
  await assertAccessible(page, "the municipality's help points");
  await row.getByRole("link", { name: NAME }).click();
  await page.getByRole("heading", { name: `Punkt pomocy: ${NAME}` }).waitFor();

  // A second tab changes the point meanwhile.
  const other = await context.newPage();
  await other.goto(page.url());
  await other.getByRole("heading", { name: `Punkt pomocy: ${NAME}` }).waitFor();
  await other.getByRole("textbox", { name: "Strona internetowa" }).fill("ops.lubliniec.pl");
  await other.getByRole("button", { name: "Zapisz zmiany" }).click();
  await other.getByRole("status").filter({ hasText: `Zapisano zmiany: ${NAME}.` }).waitFor();
  await other.close();

  // A wrong e-mail is refused on its field; the right one meets the stale version.
  const email = page.getByRole("textbox", { name: "E-mail" });
  await email.fill("pomoc(at)ops");
  await email.press("Tab");
  await page.getByText(/^Niepoprawny adres e-mail/).waitFor();
  assert.equal(await email.getAttribute("aria-invalid"), "true");
  // One the form lets through (two dots) is refused by the server, on the field and in the summary.
  await email.fill("pomoc..x@ops.lubliniec.pl");
  await page.getByRole("button", { name: "Zapisz zmiany" }).click();
  await page.getByRole("alert").filter({ hasText: "Popraw zaznaczone pola:" }).getByRole("link", { name: /niepoprawny adres e-mail/i }).waitFor();
  assert.equal(await email.getAttribute("aria-invalid"), "true");
  await assertAccessible(page, "a point's form with the server's refusal");
  await email.fill("pomoc@ops.lubliniec.pl");
  assert.equal(await email.getAttribute("aria-invalid"), null, "the refusal goes once the field is changed");
  await page.getByRole("button", { name: "Zapisz zmiany" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Ktoś inny zmienił ten punkt" });
  await alert.waitFor();
  await assertAccessible(page, "a point's form after a conflict");
  await alert.getByRole("button", { name: "Wczytaj aktualną wersję" }).click();
  await page.getByRole("status").filter({ hasText: "Wczytano aktualną wersję punktu." }).waitFor();
  assert.equal(await email.inputValue(), "pomoc@ops.lubliniec.pl", "what was typed stays");
  assert.equal(await page.getByRole("textbox", { name: "Strona internetowa" }).inputValue(), "https://ops.lubliniec.pl/", "the other change is kept");
  await page.getByRole("button", { name: "Zapisz zmiany" }).click();
  await page.getByRole("status").filter({ hasText: `Zapisano zmiany: ${NAME}.` }).waitFor();
  assert.equal(await email.inputValue(), "pomoc@ops.lubliniec.pl");

  // Shelter places: a negative count refused as typed, then four shown to the public as "yes".
  const places = page.getByRole("textbox", { name: "Wolne miejsca teraz" });
  await places.fill("-1");
  await page.getByText("Podaj liczbę całkowitą: 0 lub więcej.").waitFor();
  assert.equal(await places.getAttribute("aria-invalid"), "true");
  await places.fill("4");
  await page.locator("label", { hasText: "Mieszkańcy widzą na stronie publicznej" }).click();
  assert.ok(await page.getByRole("checkbox", { name: /Mieszkańcy widzą na stronie publicznej/ }).isChecked());
  await page.getByRole("button", { name: "Zapisz zmiany" }).click();
  await page.getByRole("status").filter({ hasText: "Wolne miejsca: 4 wolne miejsca." }).waitFor();
  await page.getByText(/^Ostatnio policzono: \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/).waitFor();

  const visitor = await newPage(browser);
  await visitor.page.goto(BASE + "/pomoc/lubliniec");
  const card = visitor.page.getByRole("article", { name: NAME });
  await card.getByRole("link", { name: "Napisz: pomoc@ops.lubliniec.pl" }).waitFor();
  assert.match(await card.innerText(), /Wolne miejsca w schronieniu: są/);
  await visitor.context.close();
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});

test("only the directory's editors and the administrator are offered the points; the administrator withdraws one", async () => {
  const { context, page, problems } = await newPage(browser);
  await signIn(page, "Monika Mazur");
  const nav = page.getByRole("navigation", { name: "Menu główne" });
  await nav.getByRole("link", { name: "Sprawy" }).waitFor();
  assert.equal(await nav.getByRole("link", { name: "Punkty pomocy" }).count(), 0);
  // The address typed in anyway: the list is refused in words.
  await page.goto(BASE + "/punkty-pomocy");
  await page.getByText("Punkty pomocy zmieniają redaktorzy informatora i administrator gminy.").waitFor();
  assert.equal(await page.getByRole("link", { name: "Dodaj punkt" }).count(), 0);
  await assertAccessible(page, "the points refused to a social worker");
  await page.getByRole("button", { name: "Wyloguj" }).click();
  await page.getByRole("heading", { name: "Logowanie do Ostoi" }).waitFor();

  await signIn(page, "Magdalena Kaczmarek");
  await page.getByRole("navigation", { name: "Menu główne" }).getByRole("link", { name: "Punkty pomocy" }).click();
  // The administrator withdraws the point: the public no longer sees it.
  await page.getByRole("row", { name: new RegExp(NAME) }).getByRole("link", { name: NAME }).click();
  await page.getByRole("button", { name: "Wycofaj z publikacji" }).click();
  await page.getByRole("status").filter({ hasText: `Wycofano z publikacji: ${NAME}.` }).waitFor();
  await page.getByText("Stan: szkic — niewidoczny publicznie.").waitFor();
  await page.getByRole("button", { name: "Opublikuj" }).waitFor();
  const visitor = await newPage(browser);
  await visitor.page.goto(BASE + "/pomoc/lubliniec");
  await visitor.page.getByRole("heading", { name: /Gdzie szukać pomocy/ }).first().waitFor();
  await visitor.page.getByRole("article").first().waitFor();
  assert.equal(await visitor.page.getByRole("article", { name: NAME }).count(), 0);
  await visitor.context.close();
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});
