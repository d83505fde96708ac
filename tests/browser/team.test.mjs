// Browser tests of the team's life cycle (tests/e2e/browser.rs runs them against the real
// `ostoja serve --demo`): the chair takes a person out of a diagnostic group, the administrator
// withdraws a statement and records a new one, ends a membership and hands the chair over, all
// by keyboard, with axe on each form. They work in Gmina Lubliniec so that the other files'
// team (Żory) stays as they expect it.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { BASE, arrowTo, assertAccessible, focusLandsOn, focusedText, launch, newPage, tabTo, textMatches } from "./common.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function signIn(name) {
  const opened = await newPage(browser);
  const { page } = opened;
  await page.goto(BASE + "/");
  await page.getByRole("link", { name: "Gmina Lubliniec" }).click();
  await page.getByRole("heading", { name: "Logowanie — Gmina Lubliniec" }).waitFor();
  await page.getByRole("button", { name: `Zaloguj jako ${name}` }).click();
  await page.getByRole("navigation", { name: "Menu główne" }).waitFor();
  return opened;
}

/** A GraphQL request with the page's session. */
async function gqlAs(page, query, variables) {
  const session = await (await page.request.get(BASE + "/auth/session")).json();
  const res = await page.request.post(BASE + "/graphql", {
    headers: { "X-CSRF-Token": session.csrfToken },
    data: { query, variables },
  });
  const body = await res.json();
  assert.equal(body.errors, undefined, JSON.stringify(body));
  return body.data;
}

const section = (page, name) => page.getByRole("region", { name, exact: true });


const todayPl = () =>
  new Intl.DateTimeFormat("pl-PL", { timeZone: "Europe/Warsaw", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date());
const todayIso = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

async function openTeam(page) {
  await page.getByRole("navigation", { name: "Menu główne" }).getByRole("link", { name: "Zespół" }).click();
  await page.getByRole("heading", { name: /Zespół Interdyscyplinarny/ }).waitFor();
}

/** Tabs to the button named `label` and presses Enter, as a keyboard-only user would. */
async function pressByKeyboard(page, label) {
  await tabTo(page, label, new Function(`return document.activeElement?.getAttribute("aria-label") === ${JSON.stringify(label)} || (document.activeElement?.tagName === "BUTTON" && document.activeElement.textContent === ${JSON.stringify(label)})`));
  await page.keyboard.press("Enter");
}

test("the chair takes a person out of a diagnostic group by keyboard; the group keeps its police officer", async () => {
  const worker = await signIn("Monika Mazur");
  // A card in Lubliniec with a group of three, set up through the API.
  const opened = await gqlAs(
    worker.page,
    `mutation($input: OpenBlueCardInput!) { openBlueCard(input: $input) { blueCard { id } userErrors { code } } }`,
    {
      input: {
        initiatedOn: todayIso(),
        initiatorInstitution: "SOCIAL_WELFARE",
        violenceForms: ["PSYCHOLOGICAL"],
        persons: [{ role: "VICTIM", firstName: "Lidia", lastName: "Zawadzka", dateOfBirth: "1970-02-02", sex: "FEMALE" }],
      },
    },
  );
  const card = opened.openBlueCard.blueCard.id;
  await gqlAs(worker.page, `mutation($id: ID!) { forwardBlueCardToChair(input: { id: $id, version: 1 }) { userErrors { code } } }`, { id: card });
  await worker.context.close();

  const chair = await signIn("Agnieszka Szymańska");
  const { page } = chair;
  const team = await gqlAs(page, `{ teams { members { id displayName } } }`);
  const id = (name) => team.teams[0].members.find((m) => m.displayName === name).id;
  const set = await gqlAs(
    page,
    `mutation($input: SetUpDiagnosticGroupInput!) { setUpDiagnosticGroup(input: $input) { userErrors { code } } }`,
    { input: { id: card, version: 2, memberIds: [id("Monika Mazur"), id("Łukasz Michalski"), id("Paweł Dąbrowski")] } },
  );
  assert.deepEqual(set.setUpDiagnosticGroup.userErrors, []);
  await page.goto(`${BASE}/sprawy/${card}`);
  const group = section(page, "Grupa diagnostyczno-pomocowa");
  await group.getByText(/Paweł Dąbrowski/).waitFor();

  // The last police officer cannot be taken out: the reason is said in words, focus stays.
  await pressByKeyboard(page, "Wyłącz z grupy: Łukasz Michalski");
  const police = page.getByRole("form", { name: "Wyłączenie z grupy: Łukasz Michalski" });
  await police.waitFor();
  await assertAccessible(page, "taking a person out of a group");
  await tabTo(page, "the confirming button", focusedText("Wyłącz z grupy"));
  await page.keyboard.press("Enter");
  await police.getByRole("alert").getByText(/To jedyny policjant w grupie/).waitFor();
  await police.getByRole("button", { name: "Anuluj" }).click();

  await pressByKeyboard(page, "Wyłącz z grupy: Paweł Dąbrowski");
  const form = page.getByRole("form", { name: "Wyłączenie z grupy: Paweł Dąbrowski" });
  await form.waitFor();
  assert.match(await form.innerText(), /straci dostęp do tej karty/);
  await tabTo(page, "the confirming button", focusedText("Wyłącz z grupy"));
  await page.keyboard.press("Enter");
  await page.getByText("Wyłączono z grupy: Paweł Dąbrowski.").waitFor();
  await group.getByText(/Paweł Dąbrowski/).waitFor({ state: "detached" });
  await group.getByText(/Łukasz Michalski/).waitFor();
  await assertAccessible(page, "the card after the change of its group");
  assert.deepEqual(chair.problems, [], "console errors or CSP violations");
  await chair.context.close();

  // The person taken out no longer finds the card.
  const former = await signIn("Paweł Dąbrowski");
  await former.page.goto(`${BASE}/sprawy/${card}`);
  await former.page.getByRole("heading", { name: "Nie ma takiej karty" }).waitFor();
  await former.context.close();
});

test("the chair adds a school pedagogue from outside the team by keyboard; the group records her at a meeting; the chair takes her out", async () => {
  const worker = await signIn("Monika Mazur");
  const opened = await gqlAs(
    worker.page,
    `mutation($input: OpenBlueCardInput!) { openBlueCard(input: $input) { blueCard { id } userErrors { code } } }`,
    {
      input: {
        initiatedOn: todayIso(),
        initiatorInstitution: "SOCIAL_WELFARE",
        violenceForms: ["PSYCHOLOGICAL"],
        persons: [{ role: "VICTIM", firstName: "Irena", lastName: "Sikora", dateOfBirth: "1975-03-03", sex: "FEMALE" }],
      },
    },
  );
  const card = opened.openBlueCard.blueCard.id;
  await gqlAs(worker.page, `mutation($id: ID!) { forwardBlueCardToChair(input: { id: $id, version: 1 }) { userErrors { code } } }`, { id: card });

  const chair = await signIn("Agnieszka Szymańska");
  const { page } = chair;
  const team = await gqlAs(page, `{ teams { members { id displayName } } }`);
  const id = (name) => team.teams[0].members.find((m) => m.displayName === name).id;
  const set = await gqlAs(
    page,
    `mutation($input: SetUpDiagnosticGroupInput!) { setUpDiagnosticGroup(input: $input) { userErrors { code } } }`,
    { input: { id: card, version: 2, memberIds: [id("Monika Mazur"), id("Łukasz Michalski")] } },
  );
  assert.deepEqual(set.setUpDiagnosticGroup.userErrors, []);
  await page.goto(`${BASE}/sprawy/${card}`);
  const group = section(page, "Grupa diagnostyczno-pomocowa");
  await group.getByText(/Łukasz Michalski/).waitFor();

  // By keyboard: the name, the school, the position, the kind of body, the statement's day.
  await pressByKeyboard(page, "Dodaj osobę spoza zespołu");
  const form = page.getByRole("form", { name: "Dodanie do grupy osoby spoza zespołu" });
  await form.waitFor();
  await page.waitForFunction(() => document.activeElement?.labels?.[0]?.textContent === "Imię i nazwisko");
  await page.keyboard.type("Ewa Nowak");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Szkoła Podstawowa nr 2 w Lublińcu");
  await page.keyboard.press("Tab");
  await page.keyboard.type("pedagog szkolny");
  await page.keyboard.press("Tab");
  const body = form.getByRole("combobox", { name: /Rodzaj podmiotu/ });
  assert.ok(await body.evaluate((el) => el === document.activeElement), "the kind of body has the focus");
  await arrowTo(page, body, "Oświata");
  // A statement signed after joining is refused before anything is sent.
  const tomorrow = new Intl.DateTimeFormat("pl-PL", { timeZone: "Europe/Warsaw", day: "2-digit", month: "2-digit", year: "numeric" }).format(
    new Date(Date.now() + 86_400_000),
  );
  await form.getByRole("textbox", { name: "Data podpisania oświadczenia o zachowaniu poufności" }).fill(tomorrow);
  await assertAccessible(page, "adding a member from outside the team");
  await tabTo(page, "the confirming button", focusedText("Zatwierdź"));
  await page.keyboard.press("Enter");
  await form.getByRole("alert").getByText(/oświadczenie o zachowaniu poufności podpisuje się przed włączeniem do grupy/i).waitFor();
  await focusLandsOn(page, "alert");
  await form.getByRole("textbox", { name: "Data podpisania oświadczenia o zachowaniu poufności" }).fill(todayPl());
  await tabTo(page, "the confirming button", focusedText("Zatwierdź"));
  await page.keyboard.press("Enter");
  await page.getByText("Dodano do grupy: Ewa Nowak.").waitFor();
  const outside = page.getByRole("list", { name: "Członkowie grupy spoza zespołu" });
  await outside.getByText(`Ewa Nowak, pedagog szkolny — Szkoła Podstawowa nr 2 w Lublińcu (oświadczenie o zachowaniu poufności w tej sprawie z dnia ${todayPl()})`).waitFor();
  await assertAccessible(page, "the group with a member from outside the team");
  assert.deepEqual(chair.problems, [], "console errors or CSP violations");

  // The worker records a meeting she attended.
  await worker.page.goto(`${BASE}/sprawy/${card}`);
  await worker.page.getByRole("button", { name: "Zapisz pierwsze posiedzenie grupy" }).click();
  const meeting = worker.page.getByRole("form", { name: "Zapisz pierwsze posiedzenie grupy" });
  await meeting.getByRole("group", { name: "Obecne osoby spoza zespołu" }).getByText("Ewa Nowak (Szkoła Podstawowa nr 2 w Lublińcu)").click();
  await meeting.getByRole("button", { name: "Zatwierdź" }).click();
  await meeting.getByRole("button", { name: "Tak, zapisz" }).click();
  await worker.page.getByText("Pierwsze posiedzenie grupy zapisane: trwa diagnoza.").waitFor();
  const meetings = section(worker.page, "Posiedzenia grupy diagnostyczno-pomocowej");
  await meetings.getByText("Ewa Nowak", { exact: true }).waitFor();
  assert.deepEqual(worker.problems, [], "console errors or CSP violations");
  await worker.context.close();

  // The chair takes her out; the meeting she attended keeps her.
  await page.reload();
  await outside.waitFor();
  await pressByKeyboard(page, "Wyłącz z grupy: Ewa Nowak");
  const remove = page.getByRole("form", { name: "Wyłączenie z grupy: Ewa Nowak" });
  await remove.waitFor();
  assert.match(await remove.innerText(), /Zapisane posiedzenia z udziałem tej osoby pozostaną bez zmian/);
  await tabTo(page, "the confirming button", focusedText("Zatwierdź"));
  await page.keyboard.press("Enter");
  await page.getByText("Wyłączono z grupy: Ewa Nowak.").waitFor();
  await outside.waitFor({ state: "detached" });
  await section(page, "Posiedzenia grupy diagnostyczno-pomocowej").getByText("Ewa Nowak", { exact: true }).waitFor();
  await assertAccessible(page, "the group after a member from outside the team left");
  await chair.context.close();
});

test("the administrator withdraws a statement, records a new one, ends a membership and hands the chair over, by keyboard", async () => {
  const admin = await signIn("Magdalena Kaczmarek");
  const { page } = admin;
  await openTeam(page);
  const members = section(page, "Członkowie");
  await members.getByRole("row", { name: /Łukasz Michalski/ }).waitFor();
  await assertAccessible(page, "the team's page for the administrator");

  // Withdrawn: said in the row, in words.
  await pressByKeyboard(page, "Wycofaj oświadczenie: Łukasz Michalski");
  const withdraw = page.getByRole("form", { name: "Wycofanie oświadczenia: Łukasz Michalski" });
  await withdraw.waitFor();
  assert.equal(await withdraw.getByLabel("Data wycofania").inputValue(), todayPl(), "today unless changed");
  await assertAccessible(page, "withdrawing a statement");
  await tabTo(page, "the confirming button", focusedText("Wycofaj oświadczenie"));
  await page.keyboard.press("Enter");
  await page.getByText("Wycofano oświadczenie: Łukasz Michalski.").waitFor();
  await textMatches(
    members.getByRole("row", { name: /Łukasz Michalski/ }),
    new RegExp(`wycofane ${todayPl().replace(/\./g, "\\.")} — nie może pracować w sprawach`),
  );

  // A new statement, signed for a time.
  await pressByKeyboard(page, "Zapisz nowe oświadczenie: Łukasz Michalski");
  const sign = page.getByRole("form", { name: "Nowe oświadczenie o zachowaniu poufności: Łukasz Michalski" });
  await sign.waitFor();
  await assertAccessible(page, "recording a statement");
  await tabTo(page, "the confirming button", focusedText("Zapisz nowe oświadczenie"));
  await page.keyboard.press("Enter");
  await page.getByText("Zapisano oświadczenie: Łukasz Michalski.").waitFor();
  await textMatches(members.getByRole("row", { name: /Łukasz Michalski/ }), new RegExp(`podpisane ${todayPl().replace(/\./g, "\\.")}`));

  // Ended: a reason is required; the person moves to the former members.
  // A team with every institution the act requires is not warned about its members.
  assert.doesNotMatch(await page.locator("main").innerText(), /W zespole brakuje przedstawicieli/);
  await pressByKeyboard(page, "Zakończ członkostwo: Paweł Dąbrowski");
  const end = page.getByRole("form", { name: "Zakończenie członkostwa: Paweł Dąbrowski" });
  await end.waitFor();
  assert.match(await end.innerText(), /nie pracuje w żadnej sprawie/);
  await assertAccessible(page, "ending a membership");
  await tabTo(page, "the confirming button", focusedText("Zakończ członkostwo"));
  await page.keyboard.press("Enter");
  await end.getByRole("alert").getByText("To pole jest wymagane.").waitFor();
  await end.getByRole("textbox", { name: "Powód" }).focus();
  await page.keyboard.type("zmiana pracy");
  await tabTo(page, "the confirming button", focusedText("Zakończ członkostwo"));
  await page.keyboard.press("Enter");
  await page.getByText("Zakończono członkostwo: Paweł Dąbrowski.").waitFor();
  const former = section(page, "Byli członkowie");
  await textMatches(former.getByRole("row", { name: /Paweł Dąbrowski/ }), /zmiana pracy/);
  await members.getByRole("row", { name: /Paweł Dąbrowski/ }).waitFor({ state: "detached" });
  // He was the team's only teacher: the team page says the act requires one.
  await textMatches(
    section(page, "Wymaga uwagi"),
    /W zespole brakuje przedstawicieli: Oświata \(art\. 9a ust\. 3 ustawy wymaga ich w każdym zespole\)\./,
  );

  // The chair is handed over in one step; the chair's own membership is not offered an end.
  assert.equal(await page.getByRole("button", { name: "Zakończ członkostwo: Agnieszka Szymańska" }).count(), 0);
  await pressByKeyboard(page, "Przekaż przewodniczenie: Monika Mazur");
  const chair = page.getByRole("form", { name: "Przekazanie przewodniczenia: Monika Mazur" });
  await chair.waitFor();
  assert.match(await chair.innerText(), /Zespołowi będzie przewodniczyć Monika Mazur; Agnieszka Szymańska pozostaje w zespole, już bez przewodniczenia/);
  await assertAccessible(page, "handing the chair over");
  // Nothing to type: focus is on the form's confirming button already.
  assert.ok(
    await page.evaluate(
      () => document.activeElement?.closest("form")?.getAttribute("aria-label") === "Przekazanie przewodniczenia: Monika Mazur",
    ),
    "focus moved into the form",
  );
  await page.keyboard.press("Enter");
  await page.getByText("Zespołowi przewodniczy teraz: Monika Mazur.").waitFor();
  await textMatches(members.getByRole("row", { name: /Monika Mazur/ }), /przewodnicząca zespołu/);
  assert.doesNotMatch(await members.getByRole("row", { name: /Agnieszka Szymańska/ }).innerText(), /przewodnicząc/);
  await assertAccessible(page, "the team after the changes");
  assert.deepEqual(admin.problems, [], "console errors or CSP violations");
  await admin.context.close();

  // The former member reads nothing of the team's cases any more.
  const left = await signIn("Paweł Dąbrowski");
  const data = await gqlAs(left.page, `{ blueCards(first: 10) { edges { node { id } } } }`);
  assert.deepEqual(data.blueCards.edges, []);
  await left.context.close();
});
