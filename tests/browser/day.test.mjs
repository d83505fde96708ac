// Browser tests of a social worker's day (tests/e2e/browser.rs runs them against the real
// `ostoja serve --demo`): a card read back whole (NK-A in full, NK-C with its diagnosis and
// history), a person's PESEL corrected by keyboard after a refusal named on its field, the
// earlier value kept in the card's history, and the card printed (print media: no navigation,
// nothing to press, the municipality and the card's number on top, the forms' content present),
// at 1366×768 and at 390×844, with axe. They work in Jastrzębie-Zdrój so that the other files'
// cards stay as they expect them.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { BASE, api, assertAccessible, chosen, focusedText, launch, newPage, step, tabTo, focusLandsOn } from "./common.mjs";

const TENANT = "jastrzebie";
const WORKER = "Iwona Kołodziej";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const todayIso = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
const todayPl = () => todayIso().split("-").reverse().join(".");

/** A valid PESEL of someone born on `born` (YYYY-MM-DD, 1900–2099) of `sex`, with `serial` (0–999). */
function pesel(born, sex, serial) {
  const [y, m, d] = born.split("-").map(Number);
  const month = m + (y >= 2000 ? 20 : 0);
  const sexDigit = (serial % 5) * 2 + (sex === "MALE" ? 1 : 0);
  const digits = `${String(y % 100).padStart(2, "0")}${String(month).padStart(2, "0")}${String(d).padStart(2, "0")}${String(serial % 1000).padStart(3, "0")}${sexDigit}`;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = [...digits].reduce((acc, c, i) => acc + Number(c) * weights[i], 0);
  return digits + String((10 - (sum % 10)) % 10);
}

/** A development session for `login` of the file's municipality outside the browser. */
const apiAs = (login) => api(TENANT, login);


/** A card of the worker's in the diagnosis, with NK-C filled: everything there is to read back. */
async function cardInDiagnosis(victim, victimPesel) {
  const worker = await apiAs("pracownik");
  const chair = await apiAs("przewodniczacy");
  const opened = await worker.gql(
    "mutation($input: OpenBlueCardInput!) { openBlueCard(input: $input) { blueCard { id version number persons { id role } } userErrors { field code } } }",
    {
      input: {
        initiatedOn: todayIso(),
        initiatorInstitution: "SOCIAL_WELFARE",
        violenceForms: ["PHYSICAL", "ECONOMIC"],
        persons: [
          { role: "VICTIM", firstName: victim[0], lastName: victim[1], pesel: victimPesel, address: "ul. Zdrojowa 5, Jastrzębie-Zdrój", phone: "600 700 800" },
          { role: "PERPETRATOR", firstName: "Roman", lastName: victim[1].replace(/a$/, "i"), dateOfBirth: "1976-04-05", sex: "MALE" },
        ],
        injuries: "zasinienie ramienia",
        perpetratorUnderAlcohol: true,
        childrenInHousehold: 2,
        actionsTaken: ["MEDICAL_HELP"],
        nkBHandedOver: true,
        nkBRecipient: 0,
        victimFeelsSafe: false,
        description: "Awantura domowa zgłoszona przez sąsiadkę.",
        additionalInformation: "Sprawca zabiera wynagrodzenie.",
      },
    },
  );
  assert.deepEqual(opened.openBlueCard.userErrors, []);
  const card = opened.openBlueCard.blueCard;
  let version = await step(worker.gql, "forwardBlueCardToChair", "BlueCardStepInput", { id: card.id, version: card.version });
  const { teams } = await chair.gql("{ teams { members { id displayName institution } } }");
  const memberIds = teams[0].members.filter((m) => m.displayName === WORKER || m.institution === "POLICE").map((m) => m.id);
  version = await step(chair.gql, "setUpDiagnosticGroup", "SetUpDiagnosticGroupInput", { id: card.id, version, memberIds });
  version = await step(chair.gql, "recordGroupMeeting", "RecordGroupMeetingInput", { id: card.id, version });
  const victimId = card.persons.find((p) => p.role === "VICTIM").id;
  version = await step(worker.gql, "fillVictimForm", "FillVictimFormInput", {
    id: card.id,
    version,
    personId: victimId,
    diagnosis: "Przemoc ekonomiczna i fizyczna od dwóch lat.",
    history: "Pierwszy akt w 2024 r., ostatni wczoraj.",
    helpPlan: [{ description: "Konsultacja prawna w sprawie alimentów." }],
  });
  await step(worker.gql, "fillPerpetratorForm", "FillPerpetratorFormInput", {
    id: card.id,
    version,
    personId: card.persons.find((p) => p.role === "PERPETRATOR").id,
    diagnosis: "Przyznaje się do zabierania wynagrodzenia.",
    actionPlan: [{ description: "Program korekcyjno-edukacyjny." }],
  });
  await worker.dispose();
  await chair.dispose();
  return { id: card.id, number: card.number };
}

async function signIn(page) {
  await page.goto(`${BASE}/?tenant=${TENANT}`);
  await page.getByRole("button", { name: `Zaloguj jako ${WORKER}` }).click();
  await page.getByRole("heading", { name: "Moje Niebieskie Karty" }).waitFor();
}

const region = (page, name) => page.getByRole("region", { name, exact: true });

/** Whether the page scrolls sideways. */
const scrollsSideways = (page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

for (const [label, viewport] of [
  ["1366×768", { width: 1366, height: 768 }],
  ["390×844", { width: 390, height: 844 }],
]) {
  test(`at ${label}: every form read back, a PESEL corrected by keyboard, the card printed`, async () => {
    const [victim, serial] = label === "1366×768" ? [["Jadwiga", "Sikorska"], 321] : [["Urszula", "Malinowska"], 654];
    const VICTIM_PESEL = pesel("1980-02-03", "FEMALE", serial);
    const card = await cardInDiagnosis(victim, VICTIM_PESEL);
    const { page, problems } = await newPage(browser, { viewport });
    await signIn(page);
    await page.goto(`${BASE}/sprawy/${encodeURIComponent(card.id)}`);
    await page.getByRole("heading", { name: `Niebieska Karta: ${victim.join(" ")}` }).waitFor();

    // Read back: the persons whole, NK-A in full, NK-C with its diagnosis and history, NK-D and
    // its action plan.
    const persons = region(page, "Osoby");
    const anna = persons.getByRole("article", { name: victim.join(" ") });
    for (const text of [VICTIM_PESEL, "ul. Zdrojowa 5, Jastrzębie-Zdrój", "600 700 800", "kobieta"]) {
      await anna.getByText(text, { exact: true }).waitFor();
    }
    const forms = region(page, "Formularze");
    const nkA = forms.getByRole("article", { name: /^NK-A, / });
    for (const text of [
      "Awantura domowa zgłoszona przez sąsiadkę.",
      "zasinienie ramienia",
      "Sprawca zabiera wynagrodzenie.",
      "przemoc fizyczna, przemoc ekonomiczna",
    ]) {
      await nkA.getByText(text, { exact: true }).waitFor();
    }
    const nkC = forms.getByRole("article", { name: /^NK-C, / });
    await nkC.getByText("Przemoc ekonomiczna i fizyczna od dwóch lat.", { exact: true }).waitFor();
    await nkC.getByText("Pierwszy akt w 2024 r., ostatni wczoraj.", { exact: true }).waitFor();
    await nkC.getByText(victim.join(" "), { exact: true }).waitFor();
    const nkD = forms.getByRole("article", { name: /^NK-D, / });
    await nkD.getByText("Przyznaje się do zabierania wynagrodzenia.", { exact: true }).waitFor();
    await region(page, "Plan działań (NK-D)").getByText(/Program korekcyjno-edukacyjny\./).waitFor();
    await assertAccessible(page, `the card's page at ${label}`);

    // A PESEL corrected by keyboard: first a mistyped one, refused on its field and named in the
    // summary, which takes the focus; then the right one.
    const button = `Popraw dane: ${victim.join(" ")}`;
    await tabTo(page, button, new Function(`return document.activeElement?.textContent === ${JSON.stringify(button)}`), 120);
    await page.keyboard.press("Enter");
    const form = page.getByRole("form", { name: `Poprawienie danych: ${victim.join(" ")}` });
    await form.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.closest("label, .field")?.textContent?.includes("Imię")), true);
    const peselBox = form.getByRole("textbox", { name: "PESEL" });
    const corrected = pesel("1980-02-13", "FEMALE", serial);
    await peselBox.focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type(corrected.slice(0, 10) + String((Number(corrected[10]) + 1) % 10));
    await page.keyboard.press("Enter");
    const summary = form.getByRole("alert");
    await summary.getByText("PESEL: Cyfra kontrolna PESEL się nie zgadza — sprawdź numer.").waitFor();
    await focusLandsOn(page, "alert");
    await assertAccessible(page, `the correction form refused at ${label}`);
    // A valid PESEL of another day of birth than the form's: the server refuses the mismatch.
    await peselBox.focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type(corrected);
    await page.keyboard.press("Enter");
    await summary.getByText("PESEL: PESEL nie zgadza się z datą urodzenia lub płcią.").waitFor();
    const born = form.getByLabel("Data urodzenia");
    await born.fill("13.02.1980");
    await peselBox.focus();
    await page.keyboard.press("Enter");
    await page.getByText(`Poprawiono dane: ${victim.join(" ")}.`).waitFor();
    await anna.getByText(corrected, { exact: true }).waitFor();
    const history = persons.getByRole("list").filter({ hasText: "PESEL: było" });
    await history.getByText(new RegExp(`PESEL: było „${VICTIM_PESEL}”; data urodzenia: było „03\\.02\\.1980”`)).waitFor();
    await region(page, "Przebieg procedury").getByText("Poprawienie danych osoby").waitFor();

    if (viewport.width === 390) assert.equal(await scrollsSideways(page), false, "the card's page scrolls sideways at 390 px");

    // Printed: the municipality and the number on top, no navigation and nothing to press, the
    // forms' content there.
    await page.emulateMedia({ media: "print" });
    await page.getByText(`Miasto Jastrzębie-Zdrój — Niebieska Karta ${card.number}`).waitFor();
    assert.equal(await page.getByRole("navigation", { name: "Menu główne" }).isVisible(), false);
    assert.equal(await region(page, "Dostępne działania").isVisible(), false);
    assert.equal(await page.getByRole("button", { name: "Drukuj kartę" }).isVisible(), false);
    assert.equal(await page.getByRole("button", { name: "Wyloguj" }).isVisible(), false);
    assert.equal(await nkC.getByText("Przemoc ekonomiczna i fizyczna od dwóch lat.").isVisible(), true);
    assert.equal(await anna.getByText(corrected, { exact: true }).isVisible(), true);
    await page.emulateMedia({ media: "screen" });
    assert.deepEqual(problems, []);
    await page.context().close();
  });
}


test("on a phone (360 and 390 px) no staff screen scrolls sideways", async () => {
  const screens = ["/sprawy", "/sprawy/nowa", "/zespol", "/zgloszenia", "/punkty-pomocy", "/schronienia", "/statystyka", "/administracja", "/program-gminny", "/program-gminny/standardy-ochrony", "/program-gminny/wydarzenia", "/program-gminny/koalicje"];
  for (const [who, width] of [
    ["Grzegorz Wilk", 390],
    ["Dorota Kubiak", 360],
  ]) {
    const { page, problems } = await newPage(browser, { viewport: { width, height: 800 } });
    await page.goto(`${BASE}/?tenant=${TENANT}`);
    await page.getByRole("button", { name: `Zaloguj jako ${who}` }).click();
    const menu = page.getByRole("navigation", { name: "Menu główne" });
    await menu.waitFor();
    for (const path of screens) {
      await page.goto(BASE + path);
      await menu.waitFor();
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await page.waitForLoadState("networkidle");
      assert.equal(await scrollsSideways(page), false, `${path} scrolls sideways at ${width} px for ${who}`);
    }
    assert.deepEqual(problems, []);
    await page.context().close();
  }
});

test("discarding a draft of NK-A asks first; no keeps what was typed, yes clears it", async () => {
  const { page, problems } = await newPage(browser);
  await signIn(page);
  await page.goto(`${BASE}/sprawy/nowa`);
  const first = page.getByRole("textbox", { name: "Imię" }).first();
  await first.fill("Teodora");
  await page.getByRole("button", { name: "Odrzuć szkic" }).click();
  const question = page.getByRole("alert").filter({ hasText: "Odrzucić cały szkic?" });
  await question.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.startsWith("Odrzucić cały szkic?")), true);
  await assertAccessible(page, "the question before discarding a draft");
  await page.getByRole("button", { name: "Nie, wróć do formularza" }).click();
  assert.equal(await first.inputValue(), "Teodora");
  await page.getByRole("button", { name: "Odrzuć szkic" }).click();
  await page.getByRole("button", { name: "Tak, odrzuć szkic" }).click();
  assert.equal(await first.inputValue(), "");
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("the chair is told of a new form, finds it at the top of her work list and links it as a repeat of a procedure in post-closure monitoring, by keyboard", async () => {
  // An earlier procedure about the Wrona family, closed as unfounded; then a new form about them.
  const [victim, serial] = [["Stefania", "Wrona"], 987];
  const victimPesel = pesel("1980-02-03", "FEMALE", serial);
  const earlier = await cardInDiagnosis(victim, victimPesel);
  const chair = await apiAs("przewodniczacy");
  const worker = await apiAs("pracownik");
  const { node } = await chair.gql("query($id: ID!) { node(id: $id) { ... on BlueCard { version } } }", { id: earlier.id });
  // The group closes it (the chair, not in the group, may not).
  await step(worker.gql, "closeBlueCard", "CloseBlueCardInput", { id: earlier.id, version: node.version, ground: "UNFOUNDED", resultReport: "Przemocy nie potwierdzono.", basis: "Zdarzenie nie było przemocą domową." });
  const filed = await worker.gql(
    "mutation($input: OpenBlueCardInput!) { openBlueCard(input: $input) { blueCard { id version number } userErrors { code } } }",
    {
      input: {
        initiatedOn: todayIso(),
        initiatorInstitution: "POLICE",
        // The police officer's paper form, registered by the social worker.
        registeredFromPaper: { name: "Jan Wójtowicz", position: "st. asp.", entity: "Komenda Miejska Policji w Żorach" },
        violenceForms: ["PSYCHOLOGICAL"],
        persons: [{ role: "VICTIM", firstName: victim[0], lastName: victim[1], pesel: victimPesel }],
        childrenInHousehold: 0,
        actionsTaken: [],
        nkBHandedOver: true,
        nkBRecipient: 0,
      },
    },
  );
  assert.deepEqual(filed.openBlueCard.userErrors, []);
  const filing = filed.openBlueCard.blueCard;
  await step(worker.gql, "forwardBlueCardToChair", "BlueCardStepInput", { id: filing.id, version: filing.version });
  await worker.dispose();
  await chair.dispose();

  const { page, problems } = await newPage(browser);
  await page.goto(`${BASE}/?tenant=${TENANT}`);
  await page.getByRole("button", { name: "Zaloguj jako Grzegorz Wilk" }).click();
  await page.getByRole("navigation", { name: "Menu główne" }).waitFor();
  // The notice of the new form, and the form at the top of the chair's own work list.
  await region(page, "Czekają na Twoją decyzję").waitFor();
  await page.getByRole("region", { name: /^Powiadomienia/ }).getByText(/^Nowa karta do rozpatrzenia: /).first().waitFor();
  const incoming = region(page, "Formularze NK-A przekazane przewodniczącemu").getByRole("row").filter({ hasText: filing.number });
  await incoming.getByRole("link", { name: victim.join(" ") }).click();
  await page.waitForURL(`**/sprawy/${encodeURIComponent(filing.id)}`);
  const matches = region(page, "Proponowane dopasowania");
  await matches.getByText(/monitorowaniu po zakończeniu albo zakończyła się w ostatnich 12 miesiącach/).waitFor();
  await assertAccessible(page, "a repeat proposed to the chair");
  const link = `To ponowna procedura: powiąż z ${earlier.number}`;
  await tabTo(page, link, new Function(`return document.activeElement?.textContent === ${JSON.stringify(link)}`), 80);
  await page.keyboard.press("Enter");
  // A decision that cannot be undone: asked, the question focused, "yes" next.
  await matches.getByText(`Powiązać tę procedurę z wcześniejszą (${earlier.number}) jako ponowną? Decyzji nie można cofnąć.`).waitFor();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.getByText("Procedura powiązana z wcześniejszą.").waitFor();
  const history = region(page, "Wcześniejsze procedury");
  await history.getByRole("link", { name: new RegExp(`^${earlier.number.replace(/\//g, "\\/")}, wszczęta`) }).waitFor();
  await history.getByText(/zakończona \d{2}\.\d{2}\.\d{4} \(brak zasadności podejmowania działań\)/).waitFor();
  assert.equal(await matches.count(), 0);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("the sign-in page leads to the help pages", async () => {
  const { page, problems } = await newPage(browser);
  await page.goto(`${BASE}/`);
  const link = page.getByRole("link", { name: "Szukasz pomocy? Zobacz, gdzie ją znaleźć w swojej gminie" });
  await link.click();
  await page.getByRole("heading", { name: "Gdzie szukać pomocy" }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/pomoc");
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("form NK-A holds every field of its correction; the number of children follows the children entered; dates are dd.mm.rrrr in an English browser", async () => {
  const { page, problems } = await newPage(browser, { locale: "en-US" });
  await signIn(page);
  await page.goto(`${BASE}/sprawy/nowa`);
  const children = page.getByRole("textbox", { name: "Liczba dzieci w gospodarstwie domowym" });
  await children.waitFor();
  assert.equal(await children.inputValue(), "");
  // Today prefilled, read as dd.mm.rrrr although the browser speaks English.
  const initiated = page.getByRole("textbox", { name: "Data wszczęcia procedury" });
  assert.equal(await initiated.inputValue(), todayPl());
  await page.getByRole("button", { name: "Dodaj: świadek" }).click();
  const child = page.getByRole("group", { name: "Osoba 3: świadek" });
  const born = child.getByRole("textbox", { name: "Data urodzenia" });
  // A day the calendar lacks is said as soon as the field is left.
  await born.focus();
  await page.keyboard.type("31.02.2016");
  await page.keyboard.press("Tab");
  await child.getByText("Nie ma takiej daty — wpisz dzień, miesiąc i rok jako dd.mm.rrrr, np. 05.12.2026.").waitFor();
  assert.equal(await born.getAttribute("aria-invalid"), "true");
  // Digits alone are enough; the field reads them back as dd.mm.rrrr.
  await born.focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("04042016");
  await page.keyboard.press("Tab");
  assert.equal(await born.inputValue(), "04.04.2016");
  assert.notEqual(await born.getAttribute("aria-invalid"), "true");
  await page.getByText("Małoletnich wpisanych w formularzu: 1.", { exact: false }).waitFor();
  await children.focus();
  await page.keyboard.type("02");
  assert.equal(await children.inputValue(), "2");
  await page.getByRole("checkbox", { name: "Osoba stosująca przemoc była pod wpływem środków odurzających" }).waitFor();
  await page.getByRole("radiogroup", { name: "Czy osoba doznająca przemocy czuje się bezpieczna?" }).getByRole("radio", { name: "nie", exact: true }).waitFor();
  await page.getByRole("textbox", { name: "Dodatkowe informacje" }).waitFor();
  await assertAccessible(page, "form NK-A with every field");
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("sending NK-A incomplete names each field and person in the summary, which takes the focus; fixed from there, it is sent", async () => {
  const { page, problems } = await newPage(browser);
  await signIn(page);
  await page.goto(`${BASE}/sprawy/nowa`);
  await page.getByRole("button", { name: "Wszczęcie procedury: zapisz formularz NK-A" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Popraw zaznaczone pola:" });
  await summary.getByRole("link", { name: "Osoba 1 — Imię: to pole jest wymagane." }).waitFor();
  await summary.getByRole("link", { name: "Osoba 2 — Nazwisko: to pole jest wymagane." }).waitFor();
  await focusLandsOn(page, "alert");
  // The link leads to the field.
  await summary.getByRole("link", { name: "Osoba 2 — Nazwisko: to pole jest wymagane." }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), "nka-persons-1-lastName");
  await assertAccessible(page, "form NK-A refused with every problem named");
  // Fixed from there, and sent.
  await page.keyboard.type("Fixowski");
  const person = (n) => page.getByRole("group", { name: new RegExp(`^Osoba ${n}:`) });
  await person(2).getByRole("textbox", { name: "Imię" }).fill("Feliks");
  await person(2).getByLabel("Data urodzenia").fill("07.07.1977");
  await person(2).getByRole("combobox", { name: /Płeć/ }).selectOption({ label: "mężczyzna" });
  await person(1).getByRole("textbox", { name: "Imię" }).fill("Fryderyka");
  await person(1).getByRole("textbox", { name: "Nazwisko" }).fill("Fixowska");
  await person(1).getByLabel("Data urodzenia").fill("08.08.1988");
  await person(1).getByRole("combobox", { name: /Płeć/ }).selectOption({ label: "kobieta" });
  await page.getByRole("combobox", { name: /Podmiot wszczynający procedurę/ }).selectOption({ label: "Jednostka organizacyjna pomocy społecznej" });
  await page.getByRole("checkbox", { name: "przemoc psychiczna" }).focus();
  await page.keyboard.press("Space");
  await page.getByRole("button", { name: "Wszczęcie procedury: zapisz formularz NK-A" }).click();
  await page.getByText("Formularz NK-A zapisany: procedura wszczęta.").waitFor();
  await page.getByRole("table").getByRole("rowheader", { name: /^Fryderyka Fixowska/ }).waitFor();
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("the work list in deadline order and filtered to overdue deadlines and a group member", async () => {
  const worker = await apiAs("pracownik");
  const open = async (first, last, daysAgo) => {
    const on = new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    const data = await worker.gql(
      "mutation($input: OpenBlueCardInput!) { openBlueCard(input: $input) { blueCard { id number } userErrors { code } } }",
      {
        input: {
          initiatedOn: on,
          initiatorInstitution: "SOCIAL_WELFARE",
          violenceForms: ["PSYCHOLOGICAL"],
          persons: [
            { role: "VICTIM", firstName: first, lastName: last, dateOfBirth: "1990-01-01", sex: "FEMALE" },
            { role: "PERPETRATOR", firstName: "Jerzy", lastName: last, dateOfBirth: "1985-01-01", sex: "MALE" },
          ],
          nkBHandedOver: true,
          nkBRecipient: 0,
        },
      },
    );
    assert.deepEqual(data.openBlueCard.userErrors, []);
    return data.openBlueCard.blueCard;
  };
  // Two of one family (Grzelak): one with its forwarding deadline long past, one from today.
  const late = await open("Teresa", "Grzelak", 30);
  const fresh = await open("Teresa", "Grzelak", 0);
  await worker.dispose();

  const { page, problems } = await newPage(browser);
  await signIn(page);
  const filters = page.getByRole("form", { name: "Wyszukiwanie" });
  await filters.getByRole("textbox", { name: "Nazwisko, imię lub numer karty" }).fill("Grzelak");
  const choose = async (label, option) => {
    await filters.getByRole("combobox", { name: new RegExp(label) }).selectOption({ label: option });
  };
  await choose("Kolejność", "Najbliższy termin");
  await filters.getByRole("button", { name: "Szukaj" }).click();
  const rows = page.getByRole("table", { name: "Moje Niebieskie Karty" }).getByRole("row");
  await page.getByText("Znaleziono: 2 karty.").waitFor();
  // The long-overdue one first; each row names the card.
  assert.match(await rows.nth(1).innerText(), new RegExp(late.number));
  assert.match(await rows.nth(2).innerText(), new RegExp(fresh.number));
  await assertAccessible(page, "the work list in deadline order");

  await choose("Terminy", "Przekroczone");
  await filters.getByRole("button", { name: "Szukaj" }).click();
  await page.getByText("Znaleziono: 1 karta.").waitFor();
  assert.match(await rows.nth(1).innerText(), new RegExp(late.number));
  await rows.nth(1).getByText("Po terminie", { exact: false }).waitFor();

  // Nobody's group holds these cards yet: filtered by a member, none is listed.
  await choose("Terminy", "Wszystkie");
  await choose("Członek grupy diagnostyczno-pomocowej", WORKER);
  await filters.getByRole("button", { name: "Szukaj" }).click();
  await page.getByText("Brak kart spełniających warunki.").waitFor();
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("the header names the person and their role in the gender they asked for, set on their account by keyboard", async () => {
  const { page, problems } = await newPage(browser);
  await signIn(page);
  const header = page.getByRole("banner");
  await header.getByText("— pracowniczka socjalna", { exact: false }).waitFor();
  await header.getByRole("link", { name: `${WORKER}: moje konto` }).click();
  await page.getByRole("heading", { name: "Moje konto" }).waitFor();
  await assertAccessible(page, "the account page");
  const choice = page.getByRole("radiogroup", { name: "Jak mamy się do Ciebie zwracać?" });
  await choice.getByRole("radio", { name: "Nie podaję" }).focus();
  await page.keyboard.press("Space");
  await page.getByRole("button", { name: "Zapisz" }).press("Enter");
  await page.getByRole("status").filter({ hasText: "Zapisano. Twoje role: pracownik socjalny" }).waitFor();
  await header.getByText("— pracownik socjalny", { exact: false }).waitFor();
  await choice.getByText("Pani", { exact: true }).click();
  await page.getByRole("button", { name: "Zapisz" }).click();
  await page.getByRole("status").filter({ hasText: "Zapisano. Twoje role: pracowniczka socjalna" }).waitFor();
  await header.getByText("— pracowniczka socjalna", { exact: false }).waitFor();
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("a group meeting recorded by keyboard with its place, members present, whom the group met and a note, and read back", async () => {
  const victim = ["Lucyna", "Pawlak"];
  const card = await cardInDiagnosis(victim, pesel("1979-06-07", "FEMALE", 777));
  const { page, problems } = await newPage(browser);
  await signIn(page);
  await page.goto(`${BASE}/sprawy/${encodeURIComponent(card.id)}`);
  await page.getByRole("heading", { name: `Niebieska Karta: ${victim.join(" ")}` }).waitFor();
  await page.getByRole("button", { name: "Zapisz posiedzenie grupy" }).click();
  const form = page.getByRole("form", { name: "Zapisz posiedzenie grupy" });
  // Today unless changed; a day the calendar lacks is refused on its field, which takes the focus.
  const day = form.getByRole("textbox", { name: "Data" });
  assert.equal(await day.inputValue(), todayPl());
  await day.fill("31.02.2026");
  await form.getByRole("button", { name: "Zatwierdź" }).click();
  await form.getByText("Nie ma takiej daty — wpisz dzień, miesiąc i rok jako dd.mm.rrrr, np. 05.12.2026.").waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("data-invalid-day")), "");
  await day.fill(todayPl());
  await form.getByRole("textbox", { name: "Miejsce" }).fill("MOPS, pokój 14");
  await form.getByRole("group", { name: "Obecni członkowie grupy" }).getByText(WORKER, { exact: true }).click();
  const met = form.getByRole("group", { name: "Z kim grupa się spotkała" });
  await met.getByText(/Lucyna Pawlak/).click();
  await met.getByText(/Roman Pawlak/).click();
  await form.getByRole("textbox", { name: "Notatka z posiedzenia" }).fill("Omówiono plan bezpieczeństwa.");
  await form.getByRole("button", { name: "Zatwierdź" }).click();
  // The victim and the perpetrator together: refused before sending, named on its field.
  await form.getByRole("alert").getByText("Z kim grupa się spotkała: grupa spotyka się z osobą doznającą przemocy i z osobą stosującą przemoc oddzielnie.").waitFor();
  await focusLandsOn(page, "alert");
  await met.getByText(/Roman Pawlak/).click();
  await form.getByRole("textbox", { name: "Notatka z posiedzenia" }).focus();
  await page.keyboard.press("Tab");
  await form.getByRole("button", { name: "Zatwierdź" }).press("Enter");
  // A meeting cannot be taken back: asked, the question focused; "no" returns to the button.
  await form.getByText("Zapisać posiedzenie grupy? Zapisanego posiedzenia nie można usunąć.").waitFor();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.textContent === "Zatwierdź");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.getByText("Posiedzenie grupy zapisane.").waitFor();
  const meetings = page.getByRole("region", { name: "Posiedzenia grupy diagnostyczno-pomocowej" });
  const recorded = meetings.getByRole("article").filter({ hasText: "MOPS, pokój 14" });
  for (const text of ["MOPS, pokój 14", WORKER, "Lucyna Pawlak (osoba doznająca przemocy domowej)", "Omówiono plan bezpieczeństwa."]) {
    await recorded.getByText(text, { exact: true }).first().waitFor();
  }
  await assertAccessible(page, "the group's meetings read back");
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("the chair reads her municipality's statistics by keyboard, for the year and for a month; a worker has none", async () => {
  // At least one procedure this month, about a woman.
  await cardInDiagnosis(["Halina", "Statkowska"], pesel("1979-05-06", "FEMALE", 246));
  const { page, problems } = await newPage(browser);
  await page.goto(`${BASE}/?tenant=${TENANT}`);
  await page.getByRole("button", { name: "Zaloguj jako Grzegorz Wilk" }).click();
  await page.getByRole("navigation", { name: "Menu główne" }).getByRole("link", { name: "Statystyka" }).waitFor();
  // The work list settled, the keyboard starts at the top of the page.
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.getByRole("link", { name: "Przejdź do treści" }).focus();
  await tabTo(page, "the statistics link", focusedText("Statystyka"));
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Statystyka gminy", level: 1 }).waitFor();
  const year = todayIso().slice(0, 4);
  await page.getByRole("heading", { name: `Okres od 01.01.${year} do 31.12.${year}` }).waitFor();
  // The cards of this suite's day: victims by sex and age, as a table for screen readers.
  const victims = region(page, "Osoby doznające przemocy według płci i wieku");
  await victims.getByRole("table").getByRole("rowheader", { name: "kobiety" }).waitFor();
  assert.match(await victims.innerText(), /Razem: [1-9]\d*/);
  await region(page, "Miesiąc po miesiącu").getByRole("table").waitFor();
  await assertAccessible(page, "the municipality's statistics for the year");
  // The year as a workbook, by keyboard.
  const downloaded = page.waitForEvent("download");
  await page.getByRole("button", { name: "Pobierz XLSX" }).focus();
  await page.keyboard.press("Enter");
  const download = await downloaded;
  assert.equal(download.suggestedFilename(), `statystyka-gminy-${year}.xlsx`);
  await page.getByText(`Zapisano plik statystyka-gminy-${year}.xlsx.`).waitFor();
  // The year's report on the Government Programme, by keyboard.
  const report = page.waitForEvent("download");
  await page.getByRole("button", { name: "Sprawozdanie roczne do Programu Rządowego (XLSX)" }).focus();
  await page.keyboard.press("Enter");
  assert.equal((await report).suggestedFilename(), `sprawozdanie-program-rzadowy-${year}.xlsx`);
  await page.getByText(`Zapisano plik sprawozdanie-program-rzadowy-${year}.xlsx.`).waitFor();

  // This month, by keyboard: the kind of period, then the period (this month comes first).
  const periodKind = page.getByRole("combobox", { name: /Rodzaj okresu/ });
  await periodKind.focus();
  // On a closed select, an arrow key chooses the next option.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  assert.equal(await chosen(periodKind), "Miesiąc");
  await page.getByRole("button", { name: "Pokaż" }).focus();
  await page.keyboard.press("Enter");
  const [y, m] = todayIso().split("-");
  await page.getByRole("heading", { name: new RegExp(`^Okres od 01\\.${m}\\.${y} do \\d{2}\\.${m}\\.${y}$`) }).waitFor();
  assert.equal(await page.getByRole("heading", { name: "Miesiąc po miesiącu" }).count(), 0);
  await page.setViewportSize({ width: 390, height: 844 });
  assert.equal(await scrollsSideways(page), false, "the statistics scroll sideways at 390 px");
  await assertAccessible(page, "the municipality's statistics for a month on a phone");
  assert.deepEqual(problems, []);
  await page.context().close();

  // A social worker: no link, and the address says whose page it is.
  const worker = await newPage(browser);
  await worker.page.goto(`${BASE}/?tenant=${TENANT}`);
  await worker.page.getByRole("button", { name: `Zaloguj jako ${WORKER}` }).click();
  await worker.page.getByRole("navigation", { name: "Menu główne" }).waitFor();
  assert.equal(await worker.page.getByRole("link", { name: "Statystyka" }).count(), 0);
  await worker.page.goto(`${BASE}/statystyka`);
  await worker.page.getByText("Statystykę gminy widzą przewodniczący zespołu i osoby z rolą analityka statystyk.").waitFor();
  await worker.page.context().close();
});
