// Browser test of the municipal programme (tests/e2e/browser.rs runs it after family.test.mjs),
// in Jastrzębie-Zdrój: the team's chair describes the programme 2022–2026 by keyboard (years in
// the wrong order refused first, the focus on what is wrong), adds a goal, an action and a task
// with its budget, then records the task done with the money spent; adds an indicator counted
// by Ostoja (refused first without a target) and one of the goal entered by hand, with a value;
// saves the report of 2024 as PDF and XLSX. A team member reads it all and is offered no form.
// axe on each screen, and the page on a phone.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { BASE, assertAccessible, focusLandsOn, launch, newPage, screenshot, selectByText } from "./common.mjs";

const TENANT = "jastrzebie";
const CHAIR = "Grzegorz Wilk";
const MEMBER = "Beata Lis";
const TITLE = "Gminny Program Przeciwdziałania Przemocy Domowej na lata 2022–2026";

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
  await page.getByRole("heading", { name: "Gminny program przeciwdziałania przemocy domowej", level: 1 }).waitFor();
}

/** Types into a field by keyboard: focus, select what is there, type. */
async function type(page, field, text) {
  await field.focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

test("the chair describes the programme, its goal, action and task, and records the task done", async () => {
  const { context, page, problems } = await newPage(browser);
  await signIn(page, CHAIR);
  await page.getByText("Gmina nie ma jeszcze opisanego programu.").waitFor();

  // The programme: the years in the wrong order, refused by the server on the field.
  const form = page.getByRole("form", { name: "Nowy program gminny" });
  await type(page, form.getByRole("textbox", { name: "Tytuł programu" }), TITLE);
  await type(page, form.getByRole("textbox", { name: "Numer uchwały rady" }), "XXXV/412/2021");
  await type(page, form.getByRole("textbox", { name: "Data uchwały" }), "15.12.2021");
  await type(page, form.getByRole("textbox", { name: "Pierwszy rok" }), "2026");
  await type(page, form.getByRole("textbox", { name: "Ostatni rok" }), "2022");
  await form.getByRole("button", { name: "Dodaj program" }).focus();
  await page.keyboard.press("Enter");
  await form.getByRole("alert").getByText(/nie może być wcześniejszy niż pierwszy/).waitFor();
  await focusLandsOn(page, "alert");
  await type(page, form.getByRole("textbox", { name: "Pierwszy rok" }), "2022");
  await type(page, form.getByRole("textbox", { name: "Ostatni rok" }), "2026");
  await form.getByRole("button", { name: "Dodaj program" }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("status").getByText(`Dodano program: ${TITLE}.`).waitFor();
  const programme = page.getByRole("region", { name: TITLE });
  await programme.getByText("Uchwała nr XXXV/412/2021 z dnia 15.12.2021; lata 2022–2026.").waitFor();
  // A typo in the resolution's number corrected; the focus back on the button.
  await programme.getByRole("button", { name: "Popraw dane programu" }).click();
  const correction = programme.getByRole("form", { name: "Poprawa danych programu" });
  await type(page, correction.getByRole("textbox", { name: "Numer uchwały rady" }), "XXXV/413/2021");
  await correction.getByRole("button", { name: "Zapisz zmiany" }).click();
  await programme.getByText("Uchwała nr XXXV/413/2021 z dnia 15.12.2021; lata 2022–2026.").waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === "Popraw dane programu");

  // A goal, an action under it, a task with its budget.
  const goalForm = programme.getByRole("form", { name: `Nowy cel programu: ${TITLE}` });
  await type(page, goalForm.getByRole("textbox", { name: "Cel" }), "Zwiększenie dostępności pomocy");
  await goalForm.getByRole("button", { name: "Dodaj cel" }).click();
  await programme.getByRole("heading", { name: "Cel 1. Zwiększenie dostępności pomocy" }).waitFor();
  const actionForm = programme.getByRole("form", { name: "Nowe działanie w celu 1" });
  await type(page, actionForm.getByRole("textbox", { name: "Działanie" }), "Oddziaływania wobec osób stosujących przemoc");
  await actionForm.getByRole("button", { name: "Dodaj działanie" }).click();
  await programme.getByRole("heading", { name: "Działanie 1.1. Oddziaływania wobec osób stosujących przemoc" }).waitFor();
  await programme.getByRole("button", { name: "Dodaj zadanie do działania 1.1" }).click();
  const taskForm = programme.getByRole("form", { name: "Nowe zadanie w działaniu 1.1" });
  // The form opens with the focus on its first field.
  assert.equal(await page.evaluate(() => document.activeElement?.id.endsWith("-title")), true);
  await type(page, taskForm.getByRole("textbox", { name: "Zadanie" }), "Program korekcyjno-edukacyjny");
  await type(page, taskForm.getByRole("textbox", { name: "Realizator (instytucja odpowiedzialna)" }), "Miejski Ośrodek Pomocy Rodzinie");
  await type(page, taskForm.getByRole("textbox", { name: "Partnerzy" }), "Komenda Miejska Policji");
  await type(page, taskForm.getByRole("textbox", { name: "Termin od" }), "01.01.2027");
  await type(page, taskForm.getByRole("textbox", { name: "Termin do" }), "31.12.2027");
  await type(page, taskForm.getByRole("textbox", { name: "Budżet planowany (zł)" }), "12 345,67");
  await taskForm.getByRole("button", { name: "Dodaj zadanie" }).click();
  // Outside the programme's years: refused on both days.
  await taskForm.getByRole("alert").getByText(/musi mieścić się w latach programu/).first().waitFor();
  await type(page, taskForm.getByRole("textbox", { name: "Termin od" }), "01.01.2024");
  await type(page, taskForm.getByRole("textbox", { name: "Termin do" }), "31.12.2024");
  await taskForm.getByRole("button", { name: "Dodaj zadanie" }).click();
  await page.getByRole("status").getByText("Dodano zadanie.").waitFor();
  const tasks = programme.getByRole("table", { name: "Zadania działania 1.1" });
  const row = tasks.getByRole("row", { name: /1\.1\.1\. Program korekcyjno-edukacyjny/ });
  assert.match(await row.innerText(), /Miejski Ośrodek Pomocy Rodzinie; partnerzy: Komenda Miejska Policji/);
  assert.match(await row.innerText(), /01\.01\.2024 – 31\.12\.2024/);
  assert.match(await row.innerText(), /plan 12\u00a0345,67/);
  assert.match(await row.innerText(), /zaplanowane/);
  await assertAccessible(page, "the municipal programme with a task");

  // The task done, the money spent.
  await row.getByRole("button", { name: "Zmień zadanie 1.1.1" }).click();
  const edit = programme.getByRole("form", { name: "Zmiana zadania 1.1.1" });
  await type(page, edit.getByRole("textbox", { name: "Wydano (zł)" }), "12 000");
  await edit.getByRole("combobox", { name: /Stan realizacji/ }).selectOption({ label: "zrealizowane" });
  await edit.getByRole("button", { name: "Zapisz zmiany" }).click();
  await page.getByRole("status").getByText("Zapisano zadanie 1.1.1.").waitFor();
  // The form closed, the focus back on the task's button.
  await page.waitForFunction(() => document.activeElement?.textContent === "Zmień zadanie 1.1.1");
  await tasks.getByRole("row", { name: /zrealizowane/ }).waitFor();
  assert.match(await tasks.getByRole("row", { name: /1\.1\.1\./ }).innerText(), /plan 12\u00a0345,67, wydano 12\u00a0000,00/);

  // Indicators: one counted by Ostoja from the municipality's forms NK-A, one of the goal
  // entered by hand from a survey, with its 2024 value.
  await programme.getByRole("button", { name: "Dodaj wskaźnik" }).click();
  let indicator = programme.getByRole("form", { name: "Nowy wskaźnik" });
  await type(page, indicator.getByRole("textbox", { name: "Nazwa wskaźnika" }), "Formularze NK-A");
  await type(page, indicator.getByRole("textbox", { name: /Jednostka/ }), "formularze");
  await indicator.getByRole("combobox", { name: /Skąd wartości/ }).selectOption({ label: "liczone przez Ostoję z danych gminy" });
  await indicator.getByRole("combobox", { name: /Statystyka, z której liczyć/ }).selectOption({ label: "Wszczęte procedury i kolejne formularze NK-A według instytucji" });
  await indicator.getByRole("button", { name: "Dodaj wskaźnik" }).click();
  // No target yet: refused, the focus on the summary.
  await indicator.getByRole("alert").getByText(/Wartość docelowa na 2022/).waitFor();
  await focusLandsOn(page, "alert");
  await type(page, indicator.getByRole("textbox", { name: "Wartość docelowa na 2026" }), "50");
  await indicator.getByRole("button", { name: "Dodaj wskaźnik" }).click();
  await page.getByRole("status").getByText("Dodano wskaźnik.").waitFor();
  const indicators = programme.getByRole("table", { name: `Wskaźniki programu ${TITLE}` });
  const counted = indicators.getByRole("row", { name: /Formularze NK-A/ });
  assert.match(await counted.innerText(), /liczony przez Ostoję: Wszczęte procedury/);
  assert.match(await counted.innerText(), /cel 50, jest \d+/);
  await programme.getByRole("button", { name: "Dodaj wskaźnik" }).click();
  indicator = programme.getByRole("form", { name: "Nowy wskaźnik" });
  await type(page, indicator.getByRole("textbox", { name: "Nazwa wskaźnika" }), "Mieszkańcy znający ofertę pomocy");
  await type(page, indicator.getByRole("textbox", { name: /Jednostka/ }), "%");
  await selectByText(indicator.getByRole("combobox", { name: /Czego dotyczy/ }), /cel 1\. Zwiększenie dostępności pomocy/);
  await indicator.getByRole("combobox", { name: /Skąd wartości/ }).selectOption({ label: "wpisywane ręcznie" });
  await type(page, indicator.getByRole("textbox", { name: /Źródło danych/ }), "Ankieta MOPR");
  await type(page, indicator.getByRole("textbox", { name: "Wartość docelowa na 2024" }), "30");
  await indicator.getByRole("button", { name: "Dodaj wskaźnik" }).click();
  await page.getByRole("status").getByText("Dodano wskaźnik.").waitFor();
  const values = programme.getByRole("form", { name: "Wartość wskaźnika za rok" });
  await values.getByRole("combobox", { name: "Wskaźnik", exact: true }).selectOption({ label: "Mieszkańcy znający ofertę pomocy" });
  await values.getByRole("combobox", { name: "Rok", exact: true }).selectOption({ label: "2024" });
  await type(page, values.getByRole("textbox", { name: /Wartość/ }), "27,5");
  await values.getByRole("button", { name: "Zapisz wartość" }).click();
  await page.getByRole("status").getByText("Zapisano wartość wskaźnika.").waitFor();
  const survey = indicators.getByRole("row", { name: /Mieszkańcy znający ofertę pomocy/ });
  await survey.getByRole("cell", { name: "cel 30, jest 27,5" }).waitFor();
  assert.match(await survey.innerText(), /cel 1[\s\S]*Ankieta MOPR/);
  await assertAccessible(page, "the municipal programme with its indicators");

  // The report of 2024 for the council, saved as PDF and XLSX by keyboard.
  const report = programme.getByRole("region", { name: "Sprawozdanie z realizacji programu" });
  await report.getByRole("combobox", { name: /Rok sprawozdania/ }).selectOption({ label: "2024" });
  for (const [button, file, magic] of [
    ["Sprawozdanie za 2024 (PDF)", "sprawozdanie-program-gminny-2024.pdf", "%PDF-"],
    ["Sprawozdanie za 2024 (XLSX)", "sprawozdanie-program-gminny-2024.xlsx", "PK"],
  ]) {
    await report.getByRole("button", { name: button }).focus();
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    assert.equal(download.suggestedFilename(), file);
    const bytes = await readFile(await download.path());
    assert.equal(bytes.subarray(0, magic.length).toString(), magic);
    await report.getByRole("status").getByText(`Zapisano dokument ${file}.`).waitFor();
  }
  await screenshot(page, "program-gminny");
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();

  // A team member reads the programme, with no form to change it; on a phone too.
  const member = await newPage(browser, { viewport: { width: 360, height: 740 } });
  await signIn(member.page, MEMBER);
  const seen = member.page.getByRole("region", { name: TITLE });
  await seen.getByRole("table", { name: "Zadania działania 1.1" }).getByRole("row", { name: /zrealizowane/ }).waitFor();
  assert.equal(await member.page.getByRole("form").count(), 0);
  assert.equal(await member.page.getByRole("button", { name: /Zmień zadanie/ }).count(), 0);
  assert.ok(await member.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "no sideways scroll at 360 px");
  await assertAccessible(member.page, "the municipal programme, read by a team member on a phone");
  assert.deepEqual(member.problems, [], "console errors or CSP violations");
  await member.context.close();
});
