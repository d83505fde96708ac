// Browser test of a family's file (tests/e2e/browser.rs runs it after referral.test.mjs), in
// Żory: the social worker opens the Nowak family's file by keyboard (refused first, each
// problem named), records a legal consultation given without a Blue Card, concludes and
// settles a social contract, then names each
// person's part and goes on to form NK-A filled with the family's people; once saved, the card
// is linked to the file and shown there; a card opened before is linked from the page; the
// address is corrected and the work with the family ends. axe on each screen, and the file on
// a phone.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { BASE, arrowTo, assertAccessible, chosen, focusLandsOn, launch, newPage, plDay, screenshot } from "./common.mjs";

const TENANT = "zory";
const WORKER = "Anna Kamińska";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Presses a control by keyboard: focus, then Enter. */
async function press(page, locator, key = "Enter") {
  await locator.focus();
  await page.keyboard.press(key);
}

/** Chooses an option of a native select by keyboard. */
const choose = arrowTo;

test("a social worker opens a family's file, records help without a card, and opens the family's Blue Card from it", async () => {
  const { context, page, problems } = await newPage(browser);
  await page.goto(`${BASE}/?tenant=${TENANT}`);
  await page.getByRole("button", { name: `Zaloguj jako ${WORKER}` }).click();
  await page.getByRole("heading", { name: "Moje Niebieskie Karty" }).waitFor();
  await press(page, page.getByRole("navigation").getByRole("link", { name: "Rodziny" }));
  await page.getByRole("heading", { name: "Rodziny", level: 1 }).waitFor();
  await press(page, page.getByRole("link", { name: "Załóż teczkę rodziny" }));
  await page.getByRole("heading", { name: "Nowa teczka rodziny" }).waitFor();

  // Sent empty: refused before anything is sent, each problem named and linked to its field.
  const open = page.getByRole("button", { name: "Załóż teczkę" });
  await press(page, open);
  const summary = page.getByRole("alert").filter({ hasText: "Popraw, zanim zapiszesz:" });
  await summary.getByRole("link", { name: "Jak nazywać rodzinę: To pole jest wymagane." }).waitFor();
  await summary.getByRole("link", { name: "Osoba 1: Imię: To pole jest wymagane." }).waitFor();
  await focusLandsOn(page, "alert");
  await assertAccessible(page, "the family file form refused");

  await page.getByRole("textbox", { name: "Jak nazywać rodzinę" }).fill("Rodzina Nowaków");
  await page.getByRole("textbox", { name: "Adres" }).fill("ul. Kwiatowa 3, Żory");
  const first = page.getByRole("group", { name: "Osoba 1" });
  await first.getByRole("textbox", { name: "Imię" }).fill("Ewa");
  await first.getByRole("textbox", { name: "Nazwisko" }).fill("Nowak");
  await first.getByRole("textbox", { name: "Data urodzenia" }).fill("02.03.1985");
  await first.getByRole("textbox", { name: "Kim jest w rodzinie" }).fill("matka");
  // Another person: focus goes to the new person's first name.
  await press(page, page.getByRole("button", { name: "Dodaj osobę" }));
  const second = page.getByRole("group", { name: "Osoba 2" });
  await page.waitForFunction(() => document.activeElement?.id === "family-members-1-firstName");
  await page.keyboard.type("Jan");
  await second.getByRole("textbox", { name: "Nazwisko" }).fill("Nowak");
  await second.getByRole("textbox", { name: "Data urodzenia" }).fill("11.11.1980");
  await second.getByRole("textbox", { name: "Kim jest w rodzinie" }).fill("ojciec");
  await press(page, open);
  await page.getByRole("heading", { name: "Rodzina Nowaków", level: 1 }).waitFor();
  await page.getByRole("status").getByText("Założono teczkę: Rodzina Nowaków.").waitFor();
  const people = page.getByRole("table", { name: "Osoby w rodzinie" });
  await people.getByRole("rowheader", { name: "Jan Nowak" }).waitFor();

  // Help given without a card: a legal consultation, by keyboard.
  const record = page.getByRole("form", { name: "Zapisz udzieloną pomoc" });
  await press(page, record.getByRole("button", { name: "Zapisz pomoc" }));
  await record.getByRole("alert").getByRole("link", { name: "Rodzaj pomocy: To pole jest wymagane." }).waitFor();
  await focusLandsOn(page, "alert");
  await choose(page, record.getByRole("combobox", { name: /Rodzaj pomocy/ }), "Porada");
  await choose(page, record.getByRole("combobox", { name: /Odmiana/ }), "prawna");
  await record.getByRole("textbox", { name: "Notatka" }).fill("Porada w sprawie alimentów.");
  await press(page, record.getByRole("button", { name: "Zapisz pomoc" }));
  await page.getByRole("status").getByText("Zapisano udzieloną pomoc.").waitFor();
  const help = page.getByRole("table", { name: "Udzielona pomoc, od najnowszej" });
  await help.getByRole("row", { name: `${plDay(0)} Porada (prawna) Porada w sprawie alimentów. ${WORKER}` }).waitFor();
  await assertAccessible(page, "the family's file");

  // Medical help recorded by mistake, then withdrawn (asked first).
  await choose(page, record.getByRole("combobox", { name: /Rodzaj pomocy/ }), "Zorganizowana pomoc medyczna");
  await press(page, record.getByRole("button", { name: "Zapisz pomoc" }));
  const mistaken = `${plDay(0)}: Zorganizowana pomoc medyczna`;
  await press(page, help.getByRole("button", { name: `Wycofaj pomoc zapisaną przez pomyłkę: ${mistaken}` }));
  await assertAccessible(page, "withdrawing help, asked to confirm");
  await press(page, page.getByRole("button", { name: "Tak, wycofaj" }));
  await page.getByRole("status").getByText("Wycofano pomoc zapisaną przez pomyłkę.").waitFor();
  await help.getByRole("row", { name: new RegExp(`Zorganizowana pomoc medyczna`) }).waitFor({ state: "detached" });
  await help.getByRole("row", { name: new RegExp(`^${plDay(0)} Porada \\(prawna\\)`) }).waitFor();

  // A social contract: concluded (refused first without its terms), then settled.
  const contracts = page.getByRole("region", { name: "Kontrakty socjalne" });
  await press(page, contracts.getByRole("button", { name: "Zawrzyj kontrakt socjalny" }));
  const conclude = page.getByRole("form", { name: "Zawrzyj kontrakt socjalny" });
  await press(page, conclude.getByRole("button", { name: "Zawrzyj kontrakt" }));
  await conclude.getByRole("alert").getByRole("link", { name: "Cele kontraktu: To pole jest wymagane." }).waitFor();
  await focusLandsOn(page, "alert");
  await conclude.getByRole("textbox", { name: "Ostatni dzień kontraktu" }).fill(plDay(90));
  await conclude.getByRole("textbox", { name: "Cele kontraktu" }).fill("Uregulowanie zaległości czynszowych.");
  await conclude.getByRole("textbox", { name: "Zobowiązania rodziny (osoby)" }).fill("Spłata raty co miesiąc.");
  await press(page, conclude.getByRole("button", { name: "Zawrzyj kontrakt" }));
  await page.getByRole("status").getByText("Zawarto kontrakt socjalny; zapisano go też jako udzieloną pomoc.").waitFor();
  const signed = contracts.getByRole("article", { name: `Kontrakt socjalny z ${plDay(0)}` });
  await signed.getByText(`${plDay(0)} – ${plDay(90)}`).waitFor();
  await signed.getByText("w trakcie").waitFor();
  await help.getByRole("row", { name: new RegExp(`^${plDay(0)} Kontrakt socjalny`) }).waitFor();
  await assertAccessible(page, "the family's file with a social contract");
  await press(page, signed.getByRole("button", { name: `Rozlicz kontrakt z ${plDay(0)}` }));
  const settle = page.getByRole("form", { name: `Rozlicz kontrakt z ${plDay(0)}` });
  await choose(page, settle.getByRole("combobox", { name: /Rozliczenie/ }), "zrealizowany częściowo");
  await settle.getByRole("textbox", { name: "Uwagi" }).fill("Spłacono połowę.");
  await press(page, settle.getByRole("button", { name: "Rozlicz kontrakt" }));
  await page.getByRole("status").getByText("Kontrakt rozliczony.").waitFor();
  await signed.getByText(`zrealizowany częściowo (rozliczony ${plDay(0)})`).waitFor();

  // Form NK-A from the file: no victim named is refused; then each person's part.
  const start = page.getByRole("form", { name: "Wszczęcie procedury „Niebieskie Karty”" });
  await press(page, start.getByRole("button", { name: "Przejdź do formularza NK-A" }));
  await start.getByRole("alert").getByText("Wskaż co najmniej jedną osobę doznającą przemocy.").waitFor();
  await focusLandsOn(page, "alert");
  await press(page, start.getByRole("radio", { name: "osoba doznająca przemocy" }).first(), "Space");
  await press(page, start.getByRole("radiogroup", { name: "Jan Nowak: rola w procedurze" }).getByRole("radio", { name: "osoba stosująca przemoc" }), "Space");
  await press(page, start.getByRole("button", { name: "Przejdź do formularza NK-A" }));
  await page.getByRole("heading", { name: "Formularz Niebieska Karta — A" }).waitFor();
  await page.getByText("Formularz wypełniono danymi osób z teczki rodziny.", { exact: false }).waitFor();
  const victim = page.getByRole("group", { name: /^Osoba 1:/ });
  assert.equal(await victim.getByRole("textbox", { name: "Imię" }).inputValue(), "Ewa");
  assert.equal(await victim.getByLabel("Data urodzenia").inputValue(), "02.03.1985");
  const perpetrator = page.getByRole("group", { name: /^Osoba 2:/ });
  assert.equal(await perpetrator.getByRole("textbox", { name: "Imię" }).inputValue(), "Jan");
  await choose(page, page.getByRole("combobox", { name: /Podmiot wszczynający procedurę/ }), "Jednostka organizacyjna pomocy społecznej");
  await choose(page, victim.getByRole("combobox", { name: /Płeć/ }), "kobieta");
  await choose(page, perpetrator.getByRole("combobox", { name: /Płeć/ }), "mężczyzna");
  await press(page, page.getByRole("checkbox", { name: "przemoc psychiczna" }), "Space");
  await press(page, page.getByRole("button", { name: "Wszczęcie procedury: zapisz formularz NK-A" }));

  // Back on the file: the card is linked and shown.
  await page.getByRole("heading", { name: "Rodzina Nowaków", level: 1 }).waitFor();
  await page.getByRole("status").getByText("Formularz NK-A zapisany: procedura wszczęta, karta powiązana z teczką rodziny.").waitFor();
  const cards = page.getByRole("region", { name: "Niebieska Karta" });
  await cards.getByRole("link", { name: new RegExp(`Niebieska Karta .*wszczęta ${plDay(0)}`) }).waitFor();
  await assertAccessible(page, "the family's file with its card");
  await screenshot(page, "family-file");

  // A card opened before is linked from the file's page: the one just linked is not offered.
  await press(page, cards.getByRole("button", { name: "Powiąż kartę założoną wcześniej" }));
  const link = page.getByRole("form", { name: "Powiąż kartę założoną wcześniej" });
  await press(page, link.getByRole("button", { name: "Powiąż kartę" }));
  await link.getByRole("alert").getByRole("link", { name: "Niebieska Karta: To pole jest wymagane." }).waitFor();
  await focusLandsOn(page, "alert");
  const card = link.getByRole("combobox", { name: /Niebieska Karta/ });
  const offered = card.locator("option:not([value=''])");
  await offered.first().waitFor({ state: "attached" });
  assert.equal(await card.locator("option", { hasText: /Ewa Nowak/ }).count(), 0);
  await card.focus();
  await page.keyboard.press("ArrowDown");
  assert.equal(await chosen(card), await offered.first().textContent());
  await press(page, link.getByRole("button", { name: "Powiąż kartę" }));
  await page.getByRole("status").getByText("Karta powiązana z teczką.").waitFor();
  await cards.getByRole("listitem").nth(1).waitFor();
  assert.equal(await cards.getByRole("listitem").count(), 2);
  await assertAccessible(page, "the family's file with two cards");

  // The address corrected, by keyboard.
  await press(page, page.getByRole("button", { name: "Popraw dane teczki" }));
  const address = page.getByRole("textbox", { name: "Adres" });
  assert.equal(await address.inputValue(), "ul. Kwiatowa 3, Żory");
  await address.fill("ul. Słoneczna 8, Żory");
  await press(page, page.getByRole("button", { name: "Zapisz zmiany" }));
  await page.getByRole("status").getByText("Zapisano zmiany w teczce.").waitFor();
  await page.getByText("ul. Słoneczna 8, Żory").waitFor();

  // The work with the family ends: asked first, then the file is read-only.
  await press(page, page.getByRole("button", { name: "Zakończ pracę z rodziną" }));
  const closing = page.getByRole("form", { name: "Zakończ pracę z rodziną" });
  await press(page, closing.getByRole("button", { name: "Zakończ pracę" }));
  await closing.getByRole("alert").getByRole("link", { name: "Powód: To pole jest wymagane." }).waitFor();
  await focusLandsOn(page, "alert");
  await choose(page, closing.getByRole("combobox", { name: /Powód/ }), "cele pracy z rodziną osiągnięte");
  await press(page, closing.getByRole("button", { name: "Zakończ pracę" }));
  await assertAccessible(page, "closing a family's file, asked to confirm");
  await press(page, page.getByRole("button", { name: "Tak, zakończ" }));
  await page.getByRole("status").getByText("Praca z rodziną zakończona.").waitFor();
  await page.getByText(`Praca z rodziną zakończona ${plDay(0)}: cele pracy z rodziną osiągnięte. Teczka jest tylko do odczytu.`).waitFor();
  assert.equal(await page.getByRole("form", { name: "Zapisz udzieloną pomoc" }).count(), 0);
  assert.equal(await page.getByRole("button", { name: "Popraw dane teczki" }).count(), 0);
  await assertAccessible(page, "a closed family's file");

  // The list shows the family with its card.
  await press(page, page.getByRole("link", { name: "Wróć do listy rodzin" }));
  const row = page.getByRole("row", { name: /Rodzina Nowaków/ });
  await row.getByRole("cell", { name: "tak" }).waitFor();
  await row.getByRole("cell", { name: `zakończona ${plDay(0)}` }).waitFor();
  await assertAccessible(page, "the families list");

  // On a phone: nothing wider than the screen.
  await press(page, row.getByRole("link", { name: "Rodzina Nowaków" }));
  await page.getByRole("heading", { name: "Rodzina Nowaków", level: 1 }).waitFor();
  await page.setViewportSize({ width: 390, height: 844 });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), false);
  await assertAccessible(page, "the family's file on a phone");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a screen whose code cannot be loaded says so and offers to reload, instead of a blank page", async () => {
  const { context, page, problems } = await newPage(browser);
  await page.goto(`${BASE}/?tenant=${TENANT}`);
  await page.getByRole("button", { name: `Zaloguj jako ${WORKER}` }).click();
  await page.getByRole("heading", { name: "Moje Niebieskie Karty" }).waitFor();
  // The families' screens were deployed anew while the tab was open: their old chunk is gone.
  await page.route("**/assets/FamiliesPage-*.js", (route) => route.abort("failed"));
  await press(page, page.getByRole("navigation").getByRole("link", { name: "Rodziny" }));
  await page.getByRole("alert").getByText("Nie udało się wczytać tej części strony.").waitFor();
  await page.getByRole("button", { name: "Odśwież stronę" }).waitFor();
  // The frame stays: the navigation still leads elsewhere.
  await page.unroute("**/assets/FamiliesPage-*.js");
  await press(page, page.getByRole("navigation").getByRole("link", { name: "Sprawy" }));
  await page.getByRole("heading", { name: "Moje Niebieskie Karty" }).waitFor();
  await assertAccessible(page, "the work list after a screen failed to load");
  // Only the refused chunk's own errors were logged.
  const unexpected = problems.filter((p) => !/FamiliesPage|Failed to fetch dynamically imported module|ERR_FAILED/.test(p));
  assert.deepEqual(unexpected, []);
  await context.close();
});
