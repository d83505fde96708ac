// Browser tests of the administrator's page (/administracja) against the real `ostoja serve
// --demo` started by tests/e2e/browser.rs: users and roles, the identity provider, the deadline
// rules (keyboard only, a CONFLICT), the settings and the audit trail; axe on each part. Every
// change is undone before the test ends: the other files share the server.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { BASE, assertAccessible, focusedLabel, focusedText, launch, newPage, tabTo, screenshot, focusLandsOn, textMatches } from "./common.mjs";

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
  await page.getByRole("link", { name: "Miasto Żory" }).click();
  await page.getByRole("heading", { name: "Logowanie — Miasto Żory" }).waitFor();
  await page.getByRole("button", { name: `Zaloguj jako ${name}` }).click();
  await page.getByRole("heading", { name: "Moje Niebieskie Karty" }).waitFor();
  return opened;
}


/** The page's part by its heading. */
const section = (page, name) => page.getByRole("region", { name, exact: true });

/** A GraphQL request with the page's session, as another administrator at another desk. */
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

async function openAdmin(page) {
  const nav = page.getByRole("navigation", { name: "Menu główne" });
  await nav.getByRole("link", { name: "Administracja" }).click();
  await page.getByRole("heading", { name: "Administracja gminy", level: 1 }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/administracja");
  assert.equal(await nav.getByRole("link", { name: "Administracja" }).getAttribute("aria-current"), "page");
}

test("the administrator grants a role and revokes it; their own account refuses it on the field", async () => {
  const { context, page, problems } = await signIn("Katarzyna Wójcik");
  // Still no card for the administrator, and no intake register.
  assert.doesNotMatch(await page.locator("main").innerText(), /Kowalska/);
  await openAdmin(page);
  const users = section(page, "Użytkownicy i role");
  const row = users.getByRole("row", { name: /Halina Wróbel/ });
  // The row's cells: roles, account, last sign-in, management.
  const roles = row.getByRole("cell").nth(0);
  assert.match(await roles.innerText(), /inspektor ochrony danych/);
  assert.doesNotMatch(await roles.innerText(), /pracownik rejestru zgłoszeń/);
  await assertAccessible(page, "the administrator's page");
  await screenshot(page, "admin");

  // Grant: nothing chosen is refused on the field, then the intake role is granted.
  await row.getByRole("button", { name: "Zarządzaj kontem: Halina Wróbel" }).click();
  const panel = users.getByRole("group", { name: "Konto: Halina Wróbel" });
  await panel.getByRole("button", { name: "Nadaj rolę" }).click();
  await panel.getByText("To pole jest wymagane.").first().waitFor();
  await assertAccessible(page, "a user's panel with a refusal");
  await panel.getByRole("combobox", { name: /Rola do nadania/ }).selectOption({ label: "pracownik rejestru zgłoszeń" });
  await panel.getByRole("button", { name: "Nadaj rolę" }).click();
  await users.getByText("Nadano rolę „pracownik rejestru zgłoszeń”: Halina Wróbel.").waitFor();
  await roles.getByText("pracownik rejestru zgłoszeń").waitFor();

  // Revoke it again: the demo is as it was.
  await panel.getByRole("button", { name: "Odbierz rolę: pracownik rejestru zgłoszeń" }).click();
  await users.getByText("Odebrano rolę „pracownik rejestru zgłoszeń”: Halina Wróbel.").waitFor();
  await roles.getByText("pracownik rejestru zgłoszeń").waitFor({ state: "detached" });
  assert.match(await roles.innerText(), /inspektor ochrony danych/);

  // Disabled and enabled again.
  await panel.getByRole("button", { name: "Wyłącz konto" }).click();
  await users.getByText("Wyłączono konto: Halina Wróbel.").waitFor();
  await row.getByRole("cell").nth(1).getByText("wyłączone").waitFor();
  await panel.getByRole("button", { name: "Włącz konto" }).click();
  await users.getByText("Włączono konto: Halina Wróbel.").waitFor();
  await row.getByRole("cell").nth(1).getByText("aktywne").waitFor();

  // The administrator's own account: the server's SELF refusal on the role field.
  const own = users.getByRole("row", { name: /Katarzyna Wójcik/ });
  await own.getByRole("button", { name: "Zarządzaj kontem: Katarzyna Wójcik" }).click();
  const ownPanel = users.getByRole("group", { name: "Konto: Katarzyna Wójcik" });
  // No way to disable oneself.
  assert.equal(await ownPanel.getByRole("button", { name: "Wyłącz konto" }).count(), 0);
  await ownPanel.getByRole("combobox", { name: /Rola do nadania/ }).selectOption({ label: "członek zespołu" });
  await ownPanel.getByRole("button", { name: "Nadaj rolę" }).click();
  await ownPanel.getByText("Tej zmiany nie możesz zrobić na własnym koncie; poproś innego administratora.").waitFor();
  assert.doesNotMatch(await own.getByRole("cell").nth(0).innerText(), /członek zespołu/);

  // The audit trail lists both changes, by the administrator, done.
  const audit = section(page, "Dziennik zdarzeń");
  const granted = audit.getByRole("row", { name: /nadanie roli \(grantRole\)/ }).first();
  await granted.waitFor();
  assert.match(await granted.innerText(), /admin[\s\S]*(wykonano|nieudane)/);
  await audit.getByRole("row", { name: /odebranie roli \(revokeRole\)/ }).first().waitFor();
  await assertAccessible(page, "the audit trail");
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});

test("the identity provider is shown read-only, the settings change and change back", async () => {
  const { context, page, problems } = await signIn("Katarzyna Wójcik");
  await openAdmin(page);
  const idp = section(page, "Dostawca tożsamości");
  await idp.getByText(/Gmina nie ma jeszcze dostawcy tożsamości|Wystawca \(issuer\)/).first().waitFor();
  assert.doesNotMatch(await idp.innerText(), /secret|sekret/i);
  assert.equal(await idp.getByRole("textbox").count(), 0, "nothing to edit");
  // Re-linking the accounts after a change of provider: asked first, by keyboard; without a
  // provider (the demo) it says so, and the focus lands on what it says.
  await idp.getByRole("button", { name: "Powiąż konta z obecnym dostawcą" }).focus();
  await page.keyboard.press("Enter");
  await idp.getByText(/^Powiązać konta z obecnym dostawcą tożsamości\?/).waitFor();
  await idp.getByRole("button", { name: "Tak, powiąż" }).focus();
  await page.keyboard.press("Enter");
  await idp.getByRole("alert").getByText("Gmina nie ma dostawcy tożsamości, z którym można powiązać konta.").waitFor();
  await focusLandsOn(page, "status");
  await assertAccessible(page, "the identity provider's part after re-linking");

  const settings = section(page, "Ustawienia");
  const field = settings.getByRole("textbox", { name: "Okres przechowywania wpisów dziennika zdarzeń (dni)" });
  const before = await field.inputValue();
  assert.match(before, /^\d+$/);
  await field.fill("100");
  await settings.getByText("Wartość spoza dozwolonego zakresu.").first().waitFor();
  assert.equal(await field.getAttribute("aria-invalid"), "true");
  const changed = String(Number(before) + 1);
  await field.fill(changed);
  await settings.getByRole("button", { name: "Zapisz ustawienia" }).click();
  await settings.getByText("Zapisano ustawienia.").waitFor();
  await settings.getByText(`Obecnie: ${changed} dni.`).waitFor();
  await assertAccessible(page, "the settings after a change");
  await field.fill(before);
  await settings.getByRole("button", { name: "Zapisz ustawienia" }).click();
  await settings.getByText(`Obecnie: ${before} dni.`).waitFor();
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});

test("sharing statistics with the region is turned off and back on by keyboard, and the audit trail says so", async () => {
  const { context, page, problems } = await signIn("Katarzyna Wójcik");
  await openAdmin(page);
  const sharing = section(page, "Udostępnianie statystyk");
  await sharing.getByText("Obecnie gmina udostępnia statystyki województwu.").waitFor();
  const box = sharing.getByRole("checkbox", { name: /Udostępniaj zanonimizowane statystyki gminy/ });
  assert.equal(await box.isChecked(), true);
  await box.focus();
  assert.equal(await page.evaluate(focusedLabel("Udostępniaj zanonimizowane statystyki gminy: Województwo śląskie")), true);
  await page.keyboard.press("Space");
  assert.equal(await box.isChecked(), false);
  await tabTo(page, "the sharing save button", focusedText("Zapisz udostępnianie"), 3);
  await page.keyboard.press("Enter");
  await sharing.getByText("Zapisano: gmina nie udostępnia statystyk województwu.").waitFor();
  await sharing.getByText("Obecnie gmina nie udostępnia statystyk województwu.").waitFor();
  await assertAccessible(page, "statistics sharing turned off");
  const audit = section(page, "Dziennik zdarzeń");
  await audit.getByRole("button", { name: "Odśwież dziennik" }).click();
  await audit.getByText("zmiana udostępniania statystyk").first().waitFor();
  // Back on, as the other files expect.
  await sharing.getByText(/^Udostępniaj zanonimizowane statystyki gminy/).click();
  await sharing.getByRole("button", { name: "Zapisz udostępnianie" }).click();
  await sharing.getByText("Obecnie gmina udostępnia statystyki województwu.").waitFor();
  // Its own figures may be published: agreed by keyboard, then withdrawn, as the other files expect.
  const own = sharing.getByRole("checkbox", { name: "Zgoda na publikowanie własnych liczb gminy" });
  for (const [agreed, said] of [
    [true, "Obecnie gmina udostępnia statystyki województwu. Gmina zgodziła się na publikowanie własnych liczb."],
    [false, "Obecnie gmina udostępnia statystyki województwu."],
  ]) {
    await own.focus();
    await page.keyboard.press("Space");
    assert.equal(await own.isChecked(), agreed);
    await tabTo(page, "the sharing save button", focusedText("Zapisz udostępnianie"), 2);
    await page.keyboard.press("Enter");
    await sharing.getByText(said, { exact: true }).waitFor();
  }
  await assertAccessible(page, "statistics sharing with the municipality's own figures");
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});

test("keyboard only: a deadline rule changed after a CONFLICT, set back, and seen in the audit trail", async () => {
  const { context, page, problems } = await signIn("Katarzyna Wójcik");
  await openAdmin(page);
  const deadlines = section(page, "Terminy");
  const row = deadlines.getByRole("row", { name: /Przegląd planu pomocy/ });
  // No law sets when a help plan is reviewed: the default says it comes from practice.
  assert.match(await row.innerText(), /Przegląd planu pomocy\s+3 miesiące\s+z praktyki — nie określa go żaden przepis\s+3 miesiące\s+domyślny/);
  const forward = deadlines.getByRole("row", { name: /Przekazanie formularza NK-A/ });
  assert.match(await forward.innerText(), /5 dni roboczych\s+określony w przepisach/);
  const intake = deadlines.getByRole("row", { name: /Odpowiedź na zgłoszenie/ });
  assert.match(await intake.innerText(), /z praktyki — nie określa go żaden przepis/);

  // By keyboard: open the form; the amount is focused.
  await tabTo(page, "the review rule's button", focusedText("Zmień termin: Przegląd planu pomocy"), 120);
  await page.keyboard.press("Enter");
  const form = deadlines.getByRole("form", { name: "Zmień termin: Przegląd planu pomocy" });
  await form.waitFor();
  assert.ok(await page.evaluate(focusedLabel("Liczba")));
  await assertAccessible(page, "the deadline rule's form");
  // Checked as typed: 61 months is beyond the law's 60.
  await page.keyboard.press("Control+A");
  await page.keyboard.type("61");
  await form.getByText("Wartość spoza dozwolonego zakresu.").first().waitFor();
  assert.equal(await form.getByRole("textbox", { name: "Liczba" }).getAttribute("aria-invalid"), "true");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("4");

  // Meanwhile another administrator sets the same rule: this form's version is stale.
  const { blueCardDeadlineRules } = await gqlAs(page, "{ blueCardDeadlineRules { kind amount unit version } }");
  const rule = blueCardDeadlineRules.find((r) => r.kind === "HELP_PLAN_REVIEW");
  await gqlAs(
    page,
    "mutation($v: Int!) { setDeadlineRule(input: { kind: HELP_PLAN_REVIEW, amount: 3, unit: MONTHS, version: $v }) { userErrors { code } } }",
    { v: rule.version },
  );
  await tabTo(page, "the save button", focusedText("Zapisz termin"));
  await page.keyboard.press("Enter");
  const alert = form.getByRole("alert");
  await alert.getByText(/Ktoś inny zmienił te dane w międzyczasie/).waitFor();
  // Focus moves to the reload offered.
  await page.waitForFunction(() => document.activeElement?.tagName === "BUTTON" && document.activeElement.textContent === "Wczytaj ponownie");
  await page.keyboard.press("Enter");
  await alert.getByText("Wczytano aktualne dane.").waitFor();
  // What was typed is still there.
  assert.equal(await form.getByRole("textbox", { name: "Liczba" }).inputValue(), "4");
  await form.getByRole("textbox", { name: "Liczba" }).focus();
  await tabTo(page, "the save button", focusedText("Zapisz termin"));
  await page.keyboard.press("Enter");
  await deadlines.getByText("Zapisano termin „Przegląd planu pomocy”: 4 miesiące.").waitFor();
  await form.waitFor({ state: "detached" });
  assert.ok(await page.evaluate(focusedText("Zmień termin: Przegląd planu pomocy")), "focus back on the button");
  await textMatches(row, /3 miesiące\s+z praktyki[^\n]*\s+4 miesiące\s+ustalony przez gminę/);

  // Set back to the default three months.
  await page.keyboard.press("Enter");
  await form.waitFor();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("3");
  await page.keyboard.press("Enter");
  await deadlines.getByText("Zapisano termin „Przegląd planu pomocy”: 3 miesiące.").waitFor();
  await textMatches(row, /3 miesiące\s+z praktyki[^\n]*\s+3 miesiące/);

  // The audit trail: the changes done and the stale one failed; a page further and back.
  const audit = section(page, "Dziennik zdarzeń");
  const changes = audit.getByRole("row").filter({ hasText: "Zmiana: zmiana terminu (setDeadlineRule)" });
  await changes.filter({ hasText: "wykonano" }).first().waitFor();
  assert.match(await changes.filter({ hasText: "wykonano" }).first().innerText(), /admin\s+pracownik/);
  await changes.filter({ hasText: "nieudane" }).first().waitFor();
  await audit.getByRole("button", { name: "Następna strona" }).click();
  await audit.getByText("Strona 2", { exact: true }).waitFor();
  await audit.getByRole("button", { name: "Poprzednia strona" }).click();
  await audit.getByText("Strona 1", { exact: true }).waitFor();
  await assertAccessible(page, "the audit trail after the changes");
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});

test("the administrator sets how long closed procedures are kept, by keyboard; too short a period is refused on its field", async () => {
  const { context, page, problems } = await signIn("Katarzyna Wójcik");
  await openAdmin(page);
  const data = section(page, "Ochrona danych");
  await data.getByText("Obecnie: 10 lat (wartość domyślna).").waitFor();
  await data.getByText("Nie usunięto jeszcze danych żadnej karty.").waitFor();
  // The access export is the officer's alone.
  assert.equal(await data.getByRole("textbox", { name: "PESEL osoby" }).count(), 0);
  const years = data.getByRole("textbox", { name: "Liczba lat" });
  await years.focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("4");
  await page.keyboard.press("Enter");
  await data.getByRole("alert").getByRole("link", { name: "Liczba lat: okres nie może być krótszy niż 5 lat." }).waitFor();
  await focusLandsOn(page, "alert");
  await assertAccessible(page, "the retention refused");
  await years.focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("12");
  await page.keyboard.press("Enter");
  await data.getByRole("status").getByText("Zapisano: zakończone procedury są przechowywane przez 12 lat.").waitFor();
  await data.getByText("Obecnie: 12 lat.").waitFor();
  // Back to the default period, for the other tests.
  await years.focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("10");
  await page.keyboard.press("Enter");
  await data.getByText("Obecnie: 10 lat.").waitFor();
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});

test("the data-protection officer reads the retention and exports what is held about a person, by keyboard", async () => {
  const { context, page, problems } = await signIn("Halina Wróbel");
  await page.getByRole("navigation", { name: "Menu główne" }).getByRole("link", { name: "Ochrona danych" }).click();
  await page.getByRole("heading", { level: 1, name: "Ochrona danych" }).waitFor();
  await page.getByText(/^Obecnie: 10 lat/).waitFor();
  // The period is the controller's decision: the officer reads it.
  assert.equal(await page.getByRole("textbox", { name: "Liczba lat" }).count(), 0);
  await assertAccessible(page, "the data-protection page");
  // An access request: a mistyped PESEL is refused as typed; a right one gives the file.
  const pesel = page.getByRole("textbox", { name: "PESEL osoby" });
  await pesel.focus();
  await page.keyboard.type("44051401358");
  await page.keyboard.press("Enter");
  await page.getByRole("alert").getByRole("link", { name: /PESEL osoby: cyfra kontrolna PESEL się nie zgadza/i }).waitFor();
  await focusLandsOn(page, "alert");
  await pesel.focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("44051401359");
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  assert.match(download.suggestedFilename(), /^zestawienie-danych-osoby-\d{4}-\d{2}-\d{2}\.json$/);
  await page.getByRole("status").getByText(/brak zapisów o tej osobie/).waitFor();
  // With the name, the registers without PESEL are searched too: both parts or neither.
  const first = page.getByRole("textbox", { name: "Imię osoby" });
  await first.focus();
  await page.keyboard.type("Ewa");
  await page.keyboard.press("Enter");
  await page.getByRole("alert").getByRole("link", { name: /Nazwisko osoby: podaj imię i nazwisko albo żadne z nich/i }).waitFor();
  await focusLandsOn(page, "alert");
  await page.getByRole("textbox", { name: "Nazwisko osoby" }).focus();
  await page.keyboard.type("Nowak");
  const [named] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  assert.match(named.suggestedFilename(), /^zestawienie-danych-osoby-/);
  await page.getByRole("status").getByText(/zestawienie-danych-osoby-/).waitFor();
  await assertAccessible(page, "the access export");
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});

test("anyone else gets no link and no administration", async () => {
  const { context, page, problems } = await signIn("Barbara Nowak");
  const nav = page.getByRole("navigation", { name: "Menu główne" });
  await nav.getByRole("link", { name: "Zespół" }).waitFor();
  assert.equal(await nav.getByRole("link", { name: "Administracja" }).count(), 0);
  await page.goto(BASE + "/administracja");
  await page.getByText("Tę stronę widzi tylko administrator gminy.").waitFor();
  assert.equal(await page.getByRole("region", { name: "Użytkownicy i role" }).count(), 0);
  await assertAccessible(page, "the administration refused");
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});
