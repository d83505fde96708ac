// Browser tests of a Blue Card's forms that app.test.mjs does not drive: correcting form NK-A
// (by keyboard alone), NK-C and NK-D with their plans, the notice to an absent perpetrator (by
// keyboard), adding plan items (the action plan's by keyboard alone), the chair's forwarded forms
// paged, changing a plan item (a CONFLICT keeps what was typed), starting monitoring, a plan
// review, closing with the group's report (an unfounded finding's basis asked for), ending
// post-closure monitoring and recording work; and a deadline notice pushed live by the
// in-process worker.
//
// The cards are this file's own, in Częstochowa (app.test.mjs works in Żory): opened and moved
// on through the API as their people would, then driven in the browser.
//
// Environment: OSTOJA_URL (the demo), OSTOJA_URL_LIVE (a demo whose in-process worker runs every
// second), CHROMIUM.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { BASE, api, assertAccessible, chosen, focusedLabel, focusedText, launch, newPage, selectByText, step, tabTo, focusLandsOn } from "./common.mjs";

const LIVE = process.env.OSTOJA_URL_LIVE;
const TENANT = "czestochowa";
const WORKER = "Ewa Jankowska";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A day `n` days from today in Poland, as the API writes it. */
const day = (n) => {
  const d = new Date(Date.now() + n * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw", year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
};

/** A development session for `login` outside the browser (the file's municipality unless told). */
const apiAs = (login, { base = BASE, tenant = TENANT } = {}) => api(tenant, login, base);


const nkA = (initiatedOn, victim, perpetrator, child) => ({
  initiatedOn,
  initiatorInstitution: "SOCIAL_WELFARE",
  violenceForms: ["PHYSICAL", "PSYCHOLOGICAL"],
  persons: [
    { role: "VICTIM", firstName: victim[0], lastName: victim[1], dateOfBirth: "1980-02-03", sex: "FEMALE" },
    { role: "PERPETRATOR", firstName: perpetrator[0], lastName: perpetrator[1], dateOfBirth: "1978-07-08", sex: "MALE" },
    ...(child ? [{ role: "WITNESS", firstName: child[0], lastName: child[1], dateOfBirth: "2016-04-05", sex: "FEMALE" }] : []),
  ],
  childrenInHousehold: 1,
  actionsTaken: [],
  nkBHandedOver: true,
  nkBRecipient: 0,
  description: "Zgłoszenie sąsiadów.",
});

/**
 * A card of the worker's, forwarded, with its group (the worker and a police officer) set up by
 * the chair; `days` are the days of opening, forwarding and the group's set-up; a `child`, when
 * given, is a minor witness (a victim by law).
 */
async function cardWithGroup(victim, perpetrator, days, child) {
  const worker = await apiAs("pracownik");
  const chair = await apiAs("przewodniczacy");
  const opened = await worker.gql(
    "mutation($input: OpenBlueCardInput!) { openBlueCard(input: $input) { blueCard { id version } userErrors { field code } } }",
    { input: nkA(day(days[0]), victim, perpetrator, child) },
  );
  assert.deepEqual(opened.openBlueCard.userErrors, []);
  const { id } = opened.openBlueCard.blueCard;
  let version = await step(worker.gql, "forwardBlueCardToChair", "BlueCardStepInput", {
    id,
    version: opened.openBlueCard.blueCard.version,
    on: day(days[1]),
  });
  const { teams } = await chair.gql("{ teams { members { id displayName institution } } }");
  const memberIds = teams[0].members
    .filter((m) => m.displayName === WORKER || m.institution === "POLICE")
    .map((m) => m.id);
  version = await step(chair.gql, "setUpDiagnosticGroup", "SetUpDiagnosticGroupInput", { id, version, memberIds, on: day(days[2]) });
  await worker.dispose();
  return { id, version, chair };
}

async function signIn(page) {
  await page.goto(`${BASE}/?tenant=${TENANT}`);
  await page.getByRole("button", { name: `Zaloguj jako ${WORKER}` }).click();
  await page.getByRole("heading", { name: "Moje Niebieskie Karty" }).waitFor();
}

const section = (page, name) => page.getByRole("region", { name });
const buttons = (page) => section(page, "Dostępne działania").getByRole("button").allInnerTexts();

test("a card from diagnosis to post-closure monitoring: NK-A corrected by keyboard, NK-C, NK-D, monitoring, review, a plan item changed, closing, work recorded", async () => {
  const card = await cardWithGroup(["Celina", "Wiśniewska"], ["Tomasz", "Wiśniewski"], [0, 0, 0]);
  await step(card.chair.gql, "recordGroupMeeting", "RecordGroupMeetingInput", { id: card.id, version: card.version });

  const { context, page, problems } = await newPage(browser);
  await signIn(page);
  await page.getByRole("table").getByRole("link", { name: "Celina Wiśniewska" }).click();
  await page.getByRole("heading", { name: "Niebieska Karta: Celina Wiśniewska" }).waitFor();
  await page.getByTestId("card-status").filter({ hasText: "Diagnoza" }).waitFor();
  // What the procedure table lets a member of the group do in the diagnosis.
  assert.deepEqual(await buttons(page), [
    "Zapisz posiedzenie grupy",
    "Wypełnij formularz NK-C",
    "Wypełnij formularz NK-D",
    "Zapisz zawiadomienie osoby stosującej przemoc",
    "Zapisz zawiadomienie sądu rodzinnego",
    "Zakończ procedurę",
    "Popraw formularz NK-A",
    "Zapisz pracę w sprawie",
  ]);
  // Monitoring is not offered before NK-C: the page says what it waits for.
  await page.getByText("Monitorowanie realizacji planu pomocy rozpoczniesz po wypełnieniu formularza NK-C z osobą doznającą przemocy.").waitFor();
  await assertAccessible(page, "a card in diagnosis for its group");

  // Correcting NK-A by keyboard alone: the server refuses 31 children on the field; fixed, sent.
  await tabTo(page, "the NK-A correction", focusedText("Popraw formularz NK-A"));
  await page.keyboard.press("Enter");
  const correction = page.getByRole("form", { name: "Popraw formularz NK-A" });
  await correction.waitFor();
  const children = correction.getByRole("textbox", { name: "Liczba dzieci w gospodarstwie domowym" });
  assert.equal(await children.inputValue(), "1");
  assert.equal(await correction.getByRole("textbox", { name: "Opis sytuacji" }).inputValue(), "Zgłoszenie sąsiadów.");
  await tabTo(page, "the number of children", focusedLabel("Liczba dzieci"));
  await page.keyboard.press("Control+A");
  await page.keyboard.type("31");
  await tabTo(page, "economic violence", focusedLabel("przemoc ekonomiczna"));
  await page.keyboard.press("Space");
  await tabTo(page, "the correction's submit", focusedText("Zatwierdź"));
  await page.keyboard.press("Enter");
  await correction.getByRole("alert").getByText("Liczba dzieci musi wynosić od 0 do 30.").waitFor();
  assert.equal(await children.getAttribute("aria-invalid"), "true");
  await assertAccessible(page, "the NK-A correction refused on a field");
  // Focus is on the summary above the fields: on to the field to fix.
  await focusLandsOn(page, "alert");
  await tabTo(page, "the number of children", focusedLabel("Liczba dzieci"));
  await page.keyboard.press("Control+A");
  await page.keyboard.type("3");
  await tabTo(page, "the correction's submit", focusedText("Zatwierdź"));
  await page.keyboard.press("Enter");
  await page.getByText("Formularz NK-A poprawiony.").waitFor();
  await section(page, "Przebieg procedury").getByRole("row", { name: new RegExp(`Poprawienie formularza NK-A\\s+${WORKER}`) }).waitFor();
  await page.getByLabel("Podsumowanie").getByText(/przemoc ekonomiczna/).waitFor();

  // NK-C with the help plan, NK-D with the action plan.
  await page.getByRole("button", { name: "Wypełnij formularz NK-C" }).click();
  const nkC = page.getByRole("form", { name: "Wypełnij formularz NK-C" });
  await nkC.getByRole("textbox", { name: "Diagnoza sytuacji" }).fill("Przemoc powtarzająca się od roku.");
  await nkC.getByRole("textbox", { name: "Pozycja planu 1" }).fill("Plan bezpieczeństwa");
  await assertAccessible(page, "form NK-C");
  await nkC.getByRole("button", { name: "Zatwierdź" }).click();
  // A form cannot be taken back: asked first.
  await nkC.getByText("Zapisać formularz NK-C? Zapisanego formularza nie można usunąć.").waitFor();
  await nkC.getByRole("button", { name: "Tak, zapisz" }).click();
  await page.getByText("Formularz NK-C zapisany.").waitFor();
  await page.getByText("Monitorowanie realizacji planu pomocy rozpoczniesz po wypełnieniu formularza NK-D z osobą stosującą przemoc.").waitFor();
  const helpPlan = section(page, "Plan pomocy (NK-C)");
  await helpPlan.getByText("Plan bezpieczeństwa — zaplanowane").waitFor();

  await page.getByRole("button", { name: "Wypełnij formularz NK-D" }).click();
  const nkD = page.getByRole("form", { name: "Wypełnij formularz NK-D" });
  assert.equal(await nkD.getByRole("textbox", { name: /Historia przemocy/ }).count(), 0);
  await nkD.getByRole("textbox", { name: "Diagnoza sytuacji" }).fill("Osoba przyznaje się do gróźb.");
  await nkD.getByRole("textbox", { name: "Pozycja planu 1" }).fill("Program korekcyjno-edukacyjny");
  await nkD.getByRole("button", { name: "Zatwierdź" }).click();
  await nkD.getByRole("button", { name: "Tak, zapisz" }).click();
  await page.getByText("Formularz NK-D zapisany.").waitFor();
  await section(page, "Plan działań (NK-D)").getByText("Program korekcyjno-edukacyjny — zaplanowane").waitFor();
  await section(page, "Formularze").getByText(new RegExp(`NK-D, \\d{2}\\.\\d{2}\\.\\d{4}, ${WORKER}`)).waitFor();

  // The perpetrator was not there when NK-A was filled: the group records the notice that the
  // procedure was opened, by keyboard; the way of delivery is asked for before anything is sent.
  await page.getByRole("button", { name: "Zapisz zawiadomienie osoby stosującej przemoc" }).click();
  const notice = page.getByRole("form", { name: "Zapisz zawiadomienie osoby stosującej przemoc" });
  assert.equal(await chosen(notice.getByRole("combobox", { name: "Zawiadomiona osoba" })), "Tomasz Wiśniewski");
  await tabTo(page, "the notice's submit", focusedText("Zatwierdź"));
  await page.keyboard.press("Enter");
  await notice.getByRole("alert").getByText(/Sposób doręczenia/).waitFor();
  await focusLandsOn(page, "alert");
  await tabTo(page, "the first way of delivery", focusedLabel("osobiście, za potwierdzeniem odbioru"));
  await page.keyboard.press("ArrowDown");
  assert.ok(await notice.getByRole("radio", { name: "listem poleconym za potwierdzeniem odbioru" }).isChecked());
  await assertAccessible(page, "the notice to an absent perpetrator");
  await tabTo(page, "the notice's submit", focusedText("Zatwierdź"));
  await page.keyboard.press("Enter");
  await page.getByText("Zawiadomienie osoby stosującej przemoc zapisane.").waitFor();
  const noticeRecord = section(page, "Formularze").getByRole("article", { name: new RegExp(`Zawiadomienie o wszczęciu procedury, \\d{2}\\.\\d{2}\\.\\d{4}, ${WORKER}`) });
  await noticeRecord.getByText("listem poleconym za potwierdzeniem odbioru").waitFor();
  await noticeRecord.getByText("Tomasz Wiśniewski").waitFor();
  await section(page, "Przebieg procedury").getByRole("row", { name: new RegExp(`Zawiadomienie osoby stosującej przemoc\\s+${WORKER}`) }).waitFor();

  // The couple's 15-year-old son pushes his sister: no NK-D with a minor, the family court is
  // told instead. An adult's date of birth is refused on its field.
  await page.getByRole("button", { name: "Zapisz zawiadomienie sądu rodzinnego" }).click();
  const court = page.getByRole("form", { name: "Zapisz zawiadomienie sądu rodzinnego" });
  await court.getByRole("textbox", { name: "Imię małoletniego" }).fill("Kacper");
  await court.getByRole("textbox", { name: "Nazwisko małoletniego" }).fill("Wiśniewski");
  await court.getByRole("textbox", { name: "Data urodzenia małoletniego" }).fill("01.01.1990");
  await court.getByRole("textbox", { name: "Sąd rodzinny, który zawiadomiono" }).fill("Sąd Rejonowy w Częstochowie, III Wydział Rodzinny i Nieletnich");
  await court.getByRole("button", { name: "Zatwierdź" }).click();
  await court.getByRole("alert").getByText(/Ta osoba jest pełnoletnia/i).waitFor();
  await assertAccessible(page, "the family court notice refused for an adult");
  const fifteen = `${String(new Date().getFullYear() - 15)}`;
  await court.getByRole("textbox", { name: "Data urodzenia małoletniego" }).fill(`02.03.${fifteen}`);
  await court.getByRole("button", { name: "Zatwierdź" }).click();
  await page.getByText("Zawiadomienie sądu rodzinnego zapisane.").waitFor();
  const courtRecord = section(page, "Formularze").getByRole("article", { name: /^Zawiadomienie sądu rodzinnego, / });
  await courtRecord.getByText(`Kacper Wiśniewski, ur. 02.03.${fifteen}`).waitFor();
  await courtRecord.getByText("Sąd Rejonowy w Częstochowie, III Wydział Rodzinny i Nieletnich").waitFor();

  // Monitoring starts; the help plan is reviewed.
  await page.getByRole("button", { name: "Rozpocznij monitorowanie" }).click();
  await page.getByRole("form", { name: "Rozpocznij monitorowanie" }).getByRole("button", { name: "Zatwierdź" }).click();
  await page.getByRole("button", { name: "Tak, rozpocznij" }).click();
  await page.getByTestId("card-status").filter({ hasText: /^Monitorowanie$/ }).waitFor();
  await page.getByRole("button", { name: "Zapisz przegląd planu pomocy" }).click();
  await page.getByRole("form", { name: "Zapisz przegląd planu pomocy" }).getByRole("button", { name: "Zatwierdź" }).click();
  await page.getByText("Przegląd planu pomocy zapisany.").waitFor();
  await section(page, "Przebieg procedury").getByRole("row", { name: /Przegląd planu pomocy/ }).waitFor();
  await section(page, "Terminy").getByRole("row", { name: /Przegląd planu pomocy/ }).first().waitFor();

  // Closing: the group's report to the chair is asked for, and when action is found unfounded,
  // its written basis too, before anything is sent.
  await page.getByRole("button", { name: "Zakończ procedurę" }).click();
  const close = page.getByRole("form", { name: "Zakończ procedurę" });
  // The radios' own inputs are visually hidden: their labels are what a pointer clicks.
  await close.getByText("brak zasadności podejmowania działań", { exact: true }).click();
  await close.getByRole("button", { name: "Zatwierdź" }).click();
  await close.getByRole("alert").getByText("Grupa składa przewodniczącemu sprawozdanie z wyników swojej pracy: opisz je.").waitFor();
  await close.getByRole("alert").getByText(/Podaj uzasadnienie rozstrzygnięcia o braku zasadności/i).waitFor();
  assert.equal(await close.getByRole("textbox", { name: "Uzasadnienie rozstrzygnięcia o braku zasadności podejmowania działań" }).getAttribute("aria-invalid"), "true");
  await assertAccessible(page, "closing refused without the report and the basis");
  await close.getByRole("textbox", { name: "Sprawozdanie z wyników pracy grupy dla przewodniczącego zespołu" }).fill("Grupa spotkała się z rodziną trzy razy; plan bezpieczeństwa zrealizowano.");
  // Closing for violence stopped is refused while the help plan is not carried out; no basis
  // is asked for on that ground.
  await close.getByText("ustanie przemocy domowej i zrealizowanie planu pomocy", { exact: true }).click();
  assert.ok(await close.getByRole("radio", { name: "ustanie przemocy domowej i zrealizowanie planu pomocy" }).isChecked());
  assert.equal(await close.getByRole("textbox", { name: /Uzasadnienie/ }).count(), 0);
  await close.getByRole("button", { name: "Zatwierdź" }).click();
  // Closing cannot be undone: asked first, the question focused.
  await close.getByRole("alert").getByText(/^Zakończyć procedurę\? Tego kroku nie można cofnąć/).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.startsWith("Zakończyć procedurę?")), true);
  await close.getByRole("button", { name: "Tak, zakończ procedurę" }).click();
  await close.getByRole("alert").getByText("Plan pomocy nie jest zrealizowany.").waitFor();

  // The plan item marked done; someone else changes it meanwhile: reload, the choice is kept.
  await helpPlan.getByRole("button", { name: "Zmień pozycję 1" }).click();
  const itemForm = page.getByRole("form", { name: "Plan pomocy (NK-C): zmiana pozycji 1" });
  await itemForm.getByText("zrealizowane", { exact: true }).click();
  assert.ok(await itemForm.getByRole("radio", { name: "zrealizowane" }).isChecked());
  const worker = await apiAs("pracownik");
  const { node } = await worker.gql("query($id: ID!) { node(id: $id) { ... on BlueCard { helpPlan { id version } } } }", { id: card.id });
  const changed = await worker.gql(
    "mutation($input: UpdatePlanItemInput!) { updatePlanItem(input: $input) { userErrors { code } } }",
    { input: { id: node.helpPlan[0].id, version: node.helpPlan[0].version, description: "Plan bezpieczeństwa z numerami alarmowymi" } },
  );
  assert.deepEqual(changed.updatePlanItem.userErrors, []);
  await worker.dispose();
  await itemForm.getByRole("button", { name: "Zatwierdź" }).click();
  await itemForm.getByText(/Ktoś inny zmienił tę pozycję/).waitFor();
  await itemForm.getByRole("button", { name: "Odśwież kartę" }).click();
  const description = itemForm.getByRole("textbox", { name: "Opis" });
  await page.waitForFunction(
    () => [...document.querySelectorAll("input")].some((i) => i.value === "Plan bezpieczeństwa z numerami alarmowymi"),
  );
  assert.equal(await description.inputValue(), "Plan bezpieczeństwa z numerami alarmowymi");
  assert.ok(await itemForm.getByRole("radio", { name: "zrealizowane" }).isChecked());
  await assertAccessible(page, "a plan item's form after a conflict");
  await itemForm.getByRole("button", { name: "Zatwierdź" }).click();
  await page.getByText("Zapisano zmianę pozycji 1.").waitFor();
  await helpPlan.getByText("Plan bezpieczeństwa z numerami alarmowymi — zrealizowane").waitFor();

  // Now the procedure closes; post-closure monitoring cannot end before its time.
  await close.getByRole("button", { name: "Zatwierdź" }).click();
  await close.getByRole("button", { name: "Tak, zakończ procedurę" }).click();
  await page.getByText("Procedura zakończona: trwa monitorowanie po jej zakończeniu.").waitFor();
  await page.getByTestId("card-status").filter({ hasText: "Monitorowanie po zakończeniu" }).waitFor();
  // The group's report stays on the card, among its forms.
  const closure = section(page, "Formularze").getByRole("article", { name: /^Zakończenie procedury, / });
  await closure.getByText("Grupa spotkała się z rodziną trzy razy; plan bezpieczeństwa zrealizowano.").waitFor();
  await closure.getByText("ustanie przemocy domowej i zrealizowanie planu pomocy").waitFor();
  // Its end is not offered before the monitoring is over: the page says until when.
  await page.getByText(/^Monitorowanie po zakończeniu procedury trwa do \d{2}\.\d{2}\.\d{4}; wtedy można je zakończyć\.$/).waitFor();
  assert.equal(await page.getByRole("button", { name: "Zakończ monitorowanie po zakończeniu procedury" }).count(), 0);

  // Work recorded in the case.
  await page.getByRole("button", { name: "Zapisz pracę w sprawie" }).click();
  const work = page.getByRole("form", { name: "Zapisz pracę w sprawie" });
  await work.getByRole("combobox", { name: "Rodzaj pracy" }).selectOption({ label: "Porada" });
  await work.getByRole("combobox", { name: "Odmiana" }).selectOption({ label: "prawna" });
  await work.getByRole("textbox", { name: "Notatka" }).fill("Informacja o zakazie zbliżania się.");
  await assertAccessible(page, "the work form");
  await work.getByRole("button", { name: "Zatwierdź" }).click();
  await page.getByText("Praca w sprawie zapisana.").waitFor();
  await section(page, "Praca w sprawie").getByText(new RegExp(`Porada \\(prawna\\), ${WORKER} — Informacja o zakazie zbliżania się\\.`)).waitFor();
  await assertAccessible(page, "a card in post-closure monitoring");
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await card.chair.dispose();
  await context.close();
});

test("plan items added in the diagnosis: to the help plan by pointer, to the action plan by keyboard alone, refusals on their fields", async () => {
  const card = await cardWithGroup(["Halina", "Kowalczyk"], ["Marek", "Kowalczyk"], [0, 0, 0]);
  await step(card.chair.gql, "recordGroupMeeting", "RecordGroupMeetingInput", { id: card.id, version: card.version });
  await card.chair.dispose();

  const { context, page, problems } = await newPage(browser);
  await signIn(page);
  await page.getByRole("table").getByRole("link", { name: "Halina Kowalczyk" }).click();
  await page.getByRole("heading", { name: "Niebieska Karta: Halina Kowalczyk" }).waitFor();
  const helpPlan = section(page, "Plan pomocy (NK-C)");
  await helpPlan.getByText("Brak pozycji.").waitFor();

  // The help plan takes goals and actions only: no kind to choose. A description is required.
  await helpPlan.getByRole("button", { name: "Dodaj pozycję do planu pomocy" }).click();
  const helpForm = page.getByRole("form", { name: "Plan pomocy (NK-C): nowa pozycja" });
  assert.equal(await helpForm.getByRole("radio").count(), 0);
  await helpForm.getByRole("button", { name: "Zatwierdź" }).click();
  await helpForm.getByRole("alert").getByText("Opis pozycji jest wymagany.").waitFor();
  assert.equal(await helpForm.getByRole("textbox", { name: "Opis" }).getAttribute("aria-invalid"), "true");
  await helpForm.getByRole("textbox", { name: "Opis" }).fill("Rozmowa z pedagogiem szkolnym");
  await helpForm.getByLabel("Termin realizacji").fill(day(30));
  await selectByText(helpForm.getByRole("combobox", { name: /Osoba odpowiedzialna/ }), new RegExp(`^${WORKER}`));
  await assertAccessible(page, "a new help plan item");
  await helpForm.getByRole("button", { name: "Zatwierdź" }).click();
  await page.getByText("Dodano pozycję: Plan pomocy (NK-C).").waitFor();
  const [y, m, d] = day(30).split("-");
  await helpPlan.getByText(`Rozmowa z pedagogiem szkolnym — zaplanowane, do ${d}.${m}.${y}, ${WORKER}`).waitFor();
  // The procedure's history says who added it.
  await section(page, "Przebieg procedury").getByRole("row", { name: new RegExp(`Dodanie pozycji planu\\s+${WORKER}`) }).first().waitFor();
  // Its due day emptied and nobody named: the point stays, without either.
  await helpPlan.getByRole("button", { name: "Zmień pozycję 1" }).click();
  const change = page.getByRole("form", { name: "Plan pomocy (NK-C): zmiana pozycji 1" });
  await change.getByLabel("Termin realizacji").fill("");
  await change.getByRole("combobox", { name: /Osoba odpowiedzialna/ }).selectOption({ label: "nikt (bez osoby odpowiedzialnej)" });
  await change.getByRole("button", { name: "Zatwierdź" }).click();
  await page.getByText("Zapisano zmianę pozycji 1.").waitFor();
  await page.waitForFunction((worker) => {
    const item = [...document.querySelectorAll("li")].find((li) => li.textContent?.startsWith("Rozmowa z pedagogiem szkolnym"));
    return item && !item.textContent.includes(", do ") && !item.textContent.includes(worker);
  }, WORKER);

  // The action plan by keyboard alone: a referral without its programme is refused by the
  // server on the programme's field, what was typed stays; the programme chosen, it is added.
  await tabTo(page, "the action plan's new item", focusedText("Dodaj pozycję do planu działań"));
  await page.keyboard.press("Enter");
  const actionForm = page.getByRole("form", { name: "Plan działań (NK-D): nowa pozycja" });
  await actionForm.waitFor();
  assert.ok(await page.evaluate(focusedLabel("cel lub działanie")), "the first kind has the focus");
  await page.keyboard.press("ArrowDown");
  assert.ok(await actionForm.getByRole("radio", { name: /skierowanie do programu/ }).isChecked());
  await tabTo(page, "the description", focusedLabel("Opis"));
  await page.keyboard.type("Skierowanie do programu w Częstochowie");
  await tabTo(page, "the new item's submit", focusedText("Zatwierdź"));
  await page.keyboard.press("Enter");
  await actionForm.getByRole("alert").getByText("Wskaż program, do którego kierowana jest osoba stosująca przemoc.").waitFor();
  assert.equal(await actionForm.getByRole("textbox", { name: "Opis" }).inputValue(), "Skierowanie do programu w Częstochowie");
  await assertAccessible(page, "a new action plan item refused on its programme");
  // The refusal takes the focus to its summary, above the fields.
  await focusLandsOn(page, "alert");
  await tabTo(page, "the programme", focusedLabel("Program"));
  const programme = actionForm.getByRole("combobox", { name: "Program" });
  assert.equal(await chosen(programme), "Wybierz program");
  // On a closed select, an arrow key chooses the next option.
  await page.keyboard.press("ArrowDown");
  assert.equal(await chosen(programme), "program korekcyjno-edukacyjny");
  await tabTo(page, "the new item's submit", focusedText("Zatwierdź"));
  await page.keyboard.press("Enter");
  await page.getByText("Dodano pozycję: Plan działań (NK-D).").waitFor();
  await section(page, "Plan działań (NK-D)").getByText("Skierowanie do programu w Częstochowie — zaplanowane").waitFor();
  await assertAccessible(page, "a card in diagnosis with plan items added");
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});

test("the chair's forwarded forms a page of 25 at a time: Następne and Poprzednie", async () => {
  // 26 more forms forwarded to Częstochowa's chair, each naming someone else.
  const worker = await apiAs("pracownik");
  for (let i = 0; i < 26; i++) {
    const opened = await worker.gql(
      "mutation($input: OpenBlueCardInput!) { openBlueCard(input: $input) { blueCard { id version } userErrors { code } } }",
      { input: nkA(day(0), [`Iwona${"a".repeat(i)}`, "Stronicka"], [`Jan${"a".repeat(i)}`, "Stronicki"]) },
    );
    assert.deepEqual(opened.openBlueCard.userErrors, []);
    const { id, version } = opened.openBlueCard.blueCard;
    await step(worker.gql, "forwardBlueCardToChair", "BlueCardStepInput", { id, version });
  }
  await worker.dispose();
  const chair = await apiAs("przewodniczacy");
  const { viewer, blueCards } = await chair.gql(
    "{ viewer { displayName } blueCards(first: 100, filter: { status: SENT_TO_CHAIR }) { edges { node { id } } } }",
  );
  await chair.dispose();
  const total = blueCards.edges.length;
  assert.ok(total > 25 && total <= 50, `${total} forwarded forms`);

  const { context, page, problems } = await newPage(browser);
  await page.goto(`${BASE}/?tenant=${TENANT}`);
  await page.getByRole("button", { name: `Zaloguj jako ${viewer.displayName}` }).click();
  await page.getByRole("navigation", { name: "Menu główne" }).getByRole("link", { name: "Zespół" }).click();
  const incoming = section(page, "Formularze NK-A przekazane przewodniczącemu");
  await incoming.getByText("Strona 1: 25 kart.").waitFor();
  assert.equal(await incoming.getByRole("row").count(), 26);
  assert.equal(await incoming.getByRole("button", { name: "Poprzednie" }).count(), 0);
  await incoming.getByRole("button", { name: "Następne" }).click();
  const rest = total - 25;
  await incoming.getByText(new RegExp(`^Strona 2: ${rest} (karta|karty|kart)\\.$`)).waitFor();
  assert.equal(await incoming.getByRole("row").count(), rest + 1);
  assert.equal(await incoming.getByRole("button", { name: "Następne" }).count(), 0);
  // Focus on the list's heading: the button pressed is gone.
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Formularze NK-A przekazane przewodniczącemu");
  await assertAccessible(page, "the chair's second page of forwarded forms");
  await incoming.getByRole("button", { name: "Poprzednie" }).click();
  await incoming.getByText("Strona 1: 25 kart.").waitFor();
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});

test("a minor is heard with an adult who does not use violence: the meeting's form asks who was with her", async () => {
  const card = await cardWithGroup(["Halina", "Mazur"], ["Marek", "Mazur"], [0, 0, 0], ["Ola", "Mazur"]);
  await step(card.chair.gql, "recordGroupMeeting", "RecordGroupMeetingInput", { id: card.id, version: card.version });
  await card.chair.dispose();

  const { context, page, problems } = await newPage(browser);
  await signIn(page);
  await page.getByRole("table").getByRole("link", { name: "Halina Mazur, Ola Mazur" }).click();
  await page.getByRole("heading", { name: "Niebieska Karta: Halina Mazur, Ola Mazur" }).waitFor();
  await page.getByRole("button", { name: "Zapisz posiedzenie grupy" }).click();
  const form = page.getByRole("form", { name: "Zapisz posiedzenie grupy" });
  await form.getByRole("group", { name: "Z kim grupa się spotkała" }).getByText(/Ola Mazur/).click();
  const companion = form.getByRole("group", { name: /^Ola Mazur — osoba małoletnia/ });
  await companion.waitFor();
  // Not heard alone: refused before anything is sent, named on the form.
  await form.getByRole("button", { name: "Zatwierdź" }).click();
  await form.getByRole("alert").getByText(/Osoby towarzyszące małoletnim: małoletniego grupa wysłuchuje w obecności rodzica lub opiekuna/i).waitFor();
  await assertAccessible(page, "a minor met without a companion");
  // By keyboard: her mother, a parent; the perpetrator is never offered.
  const who = companion.getByRole("combobox", { name: "Osoba towarzysząca" });
  await who.focus();
  assert.equal(await who.locator("option", { hasText: "Halina Mazur" }).count(), 1);
  assert.equal(await who.locator("option", { hasText: "Marek Mazur" }).count(), 0);
  // Typing an option's first letters chooses it.
  await page.keyboard.type("Hal");
  assert.equal(await chosen(who), "Halina Mazur");
  const relation = companion.getByRole("combobox", { name: "Kim jest dla małoletniego" });
  await relation.focus();
  await page.keyboard.type("rod");
  assert.equal(await chosen(relation), "rodzic");
  await form.getByRole("button", { name: "Zatwierdź" }).focus();
  await page.keyboard.press("Enter");
  await form.getByRole("button", { name: "Tak, zapisz" }).press("Enter");
  await page.getByText("Posiedzenie grupy zapisane.").waitFor();
  const meetings = section(page, "Posiedzenia grupy diagnostyczno-pomocowej");
  await meetings.getByText("Ola Mazur — w obecności: Halina Mazur (rodzic)").waitFor();
  await assertAccessible(page, "a meeting with a minor read back");

  // NK-C with Ola, her grandmother with her this time: someone from outside the card, named.
  await page.getByRole("button", { name: "Wypełnij formularz NK-C" }).click();
  const nkC = page.getByRole("form", { name: "Wypełnij formularz NK-C" });
  const nkCPerson = nkC.getByRole("combobox", { name: "Osoba", exact: true });
  assert.equal(await chosen(nkCPerson), "Halina Mazur");
  await nkCPerson.selectOption({ label: "Ola Mazur" });
  const withOla = nkC.getByRole("group", { name: /^Ola Mazur — osoba małoletnia/ });
  await withOla.getByRole("combobox", { name: "Osoba towarzysząca" }).selectOption({ label: "inna osoba, spoza karty" });
  await withOla.getByRole("textbox", { name: "Imię i nazwisko osoby towarzyszącej" }).fill("Maria Mazur");
  await withOla.getByRole("combobox", { name: "Kim jest dla małoletniego" }).selectOption({ label: "pełnoletnia osoba najbliższa" });
  await nkC.getByRole("textbox", { name: "Diagnoza sytuacji" }).fill("Dziecko boi się ojca.");
  await nkC.getByRole("textbox", { name: "Pozycja planu 1" }).fill("Wsparcie psychologa szkolnego");
  await assertAccessible(page, "NK-C with a minor and her companion");
  await nkC.getByRole("button", { name: "Zatwierdź" }).click();
  await nkC.getByRole("button", { name: "Tak, zapisz" }).click();
  await page.getByText("Formularz NK-C zapisany.").waitFor();
  await section(page, "Formularze").getByText("Ola Mazur — w obecności: Maria Mazur (pełnoletnia osoba najbliższa)").waitFor();
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});

test("post-closure monitoring ends once its time is over; nothing more is offered", async () => {
  // Opened 400 days ago, found unfounded the next days: monitoring ended months ago.
  const card = await cardWithGroup(["Dorota", "Zając"], ["Robert", "Zając"], [-400, -399, -398]);
  // The group closes it (the chair, not in the group, may not).
  const worker = await apiAs("pracownik");
  await step(worker.gql, "closeBlueCard", "CloseBlueCardInput", { id: card.id, version: card.version, ground: "UNFOUNDED", on: day(-397), resultReport: "Przemocy nie potwierdzono.", basis: "Zdarzenie nie było przemocą domową." });
  await worker.dispose();
  await card.chair.dispose();

  const { context, page, problems } = await newPage(browser);
  await signIn(page);
  await page.getByRole("table").getByRole("link", { name: "Dorota Zając" }).click();
  await page.getByRole("heading", { name: "Niebieska Karta: Dorota Zając" }).waitFor();
  await page.getByTestId("card-status").filter({ hasText: "Monitorowanie po zakończeniu" }).waitFor();
  assert.deepEqual(await buttons(page), [
    "Zapisz posiedzenie grupy",
    "Zakończ monitorowanie po zakończeniu procedury",
    "Popraw formularz NK-A",
    "Zapisz pracę w sprawie",
  ]);
  await page.getByRole("button", { name: "Zakończ monitorowanie po zakończeniu procedury" }).click();
  const end = page.getByRole("form", { name: "Zakończ monitorowanie po zakończeniu procedury" });
  await assertAccessible(page, "the end of monitoring");
  await end.getByRole("button", { name: "Zatwierdź" }).click();
  // The procedure ends for good: asked first, with the focus on the question.
  await end.getByRole("alert").getByText(/^Zakończyć monitorowanie\? Procedura zostanie zamknięta na stałe/).waitFor();
  await assertAccessible(page, "the end of monitoring asked first");
  await end.getByRole("button", { name: "Tak, zakończ" }).click();
  await page.getByText("Monitorowanie po zakończeniu procedury zakończone.").waitFor();
  await page.getByTestId("card-status").filter({ hasText: /^Zakończona$/ }).waitFor();
  await section(page, "Dostępne działania").getByText("Nie możesz teraz podjąć żadnego kroku w tej procedurze.").waitFor();
  assert.equal(await page.getByRole("button", { name: /Zmień pozycję/ }).count(), 0);
  await assertAccessible(page, "a closed card");
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});

test("the forms and NK-B are saved as PDF by keyboard: the closure protocol of a card closed as unfounded", async () => {
  const card = await cardWithGroup(["Krystyna", "Łęcka"], ["Zbigniew", "Łęcki"], [-3, -3, -2]);
  const worker = await apiAs("pracownik");
  await step(worker.gql, "closeBlueCard", "CloseBlueCardInput", {
    id: card.id,
    version: card.version,
    ground: "UNFOUNDED",
    on: day(-1),
    resultReport: "Sytuacja rodziny ustabilizowana.",
    basis: "Zgłoszenie dotyczyło konfliktu sąsiedzkiego.",
  });
  await worker.dispose();
  await card.chair.dispose();

  const { context, page, problems } = await newPage(browser);
  await signIn(page);
  await page.getByRole("table").getByRole("link", { name: "Krystyna Łęcka" }).click();
  await page.getByRole("heading", { name: "Niebieska Karta: Krystyna Łęcka" }).waitFor();
  const forms = section(page, "Formularze");
  const plDay = (n) => {
    const [y, m, d] = day(n).split("-");
    return `${d}.${m}.${y}`;
  };
  for (const [button, file] of [
    ["Pobierz formularz NK-B (PDF)", `niebieska-karta-b-${day(0)}.pdf`],
    [`Pobierz PDF: NK-A z dnia ${plDay(-3)}`, `niebieska-karta-a-${day(-3)}.pdf`],
    [`Pobierz PDF: Zakończenie procedury z dnia ${plDay(-1)}`, `protokol-zakonczenia-procedury-${day(-1)}.pdf`],
  ]) {
    await forms.getByRole("button", { name: button }).focus();
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    assert.equal(download.suggestedFilename(), file);
    const bytes = await readFile(await download.path());
    assert.equal(bytes.subarray(0, 5).toString(), "%PDF-");
    await forms.getByRole("status").getByText(`Zapisano dokument ${file}.`).waitFor();
  }
  await assertAccessible(page, "the card's forms with their documents");
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});

test("a deadline notice from the in-process worker reaches the open work list without a reload", { skip: !LIVE }, async () => {
  const { context, page, problems } = await newPage(browser);
  await page.goto(`${LIVE}/?tenant=zory`);
  await page.getByRole("button", { name: "Zaloguj jako Anna Kamińska" }).click();
  await page.getByRole("heading", { name: "Moje Niebieskie Karty" }).waitFor();
  const counter = page.getByTestId("notification-count");
  await counter.waitFor();
  assert.doesNotMatch(await counter.innerText(), /now/);
  // A reload would lose this mark.
  await page.evaluate(() => {
    window.notReloaded = true;
  });
  // A card whose forwarding deadline passed long ago; the worker notices it within a second. The
  // subscription may not be live for the first one: each round opens another, up to a minute.
  const worker = await apiAs("pracownik", { base: LIVE, tenant: "zory" });
  const arrived = counter.filter({ hasText: /[1-9]\d* now/ });
  for (let round = 0; ; round++) {
    const input = nkA(day(-30), [`Lidia${"a".repeat(round)}`, "Nowacka"], ["Jerzy", "Nowacki"]);
    const opened = await worker.gql(
      "mutation($input: OpenBlueCardInput!) { openBlueCard(input: $input) { userErrors { code } } }",
      { input },
    );
    assert.deepEqual(opened.openBlueCard.userErrors, []);
    try {
      await arrived.waitFor({ timeout: 5_000 });
      break;
    } catch (e) {
      if (round >= 11) throw e;
    }
  }
  await worker.dispose();
  const notices = page.getByRole("region", { name: /^Powiadomienia/ });
  await notices.getByText(/Termin przekroczony: Przekazanie NK-A przewodniczącemu/).first().waitFor();
  assert.ok(await page.evaluate(() => window.notReloaded === true), "the page was not reloaded");
  await assertAccessible(page, "the work list with a live notice");
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});
