// Browser test of a programme referral (tests/e2e/browser.rs runs it after programmes.test.mjs),
// in Częstochowa: the card's NK-D refers the perpetrator to a corrective-educational programme;
// a member of the card's group opens the card, enrols him from the action plan by keyboard
// (refused first without an edition, named on its field), and sees the plan item in progress;
// once the people running the edition record his completion, the card shows the outcome and
// the item done, and the certificate and the notice to the group are saved as PDF. axe on the card, and on a phone.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { BASE, SCREENSHOTS, api, arrowTo, assertAccessible, isoDay, launch, newPage, plDay, step } from "./common.mjs";

const TENANT = "czestochowa";
const WORKER = "Ewa Jankowska";
const PROGRAMME = "Program korekcyjno-edukacyjny „Zmiana”";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function ok(gql, mutation, inputType, input, selection) {
  const data = await gql(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${selection} userErrors { field code } } }`, {
    input,
  });
  assert.deepEqual(data[mutation].userErrors, [], mutation);
  return data[mutation];
}

/** A KE programme with an edition run by the team member (czlonek): the edition's id. */
async function edition() {
  const admin = await api(TENANT, "admin");
  const { users } = await admin.gql("{ users(first: 100) { edges { node { id login } } } }");
  const runner = users.edges.find((e) => e.node.login === "czlonek").node.id;
  const { programme } = await ok(admin.gql, "createProgramme", "CreateProgrammeInput",
    { type: "CORRECTIVE_EDUCATIONAL", name: PROGRAMME, provider: "Ośrodek Interwencji Kryzysowej", requiredSessions: 1 }, "programme { id }");
  const created = await ok(admin.gql, "createProgrammeEdition", "CreateProgrammeEditionInput",
    { programmeId: programme.id, startsOn: isoDay(-7), endsOn: isoDay(60), place: "ul. Jasnogórska 1", capacity: 10,
      staff: [{ userId: runner, qualifications: "Szkolenie KE" }] }, "edition { id }");
  await admin.dispose();
  return created.edition.id;
}

/** A card in diagnosis whose NK-D refers the perpetrator to a KE programme; its group: the worker and the police. */
async function referredCard() {
  const worker = await api(TENANT, "pracownik");
  const chair = await api(TENANT, "przewodniczacy");
  const opened = await ok(worker.gql, "openBlueCard", "OpenBlueCardInput", {
    initiatedOn: isoDay(-3),
    initiatorInstitution: "SOCIAL_WELFARE",
    violenceForms: ["PSYCHOLOGICAL"],
    persons: [
      { role: "VICTIM", firstName: "Helena", lastName: "Zając", dateOfBirth: "1982-02-11", sex: "FEMALE" },
      { role: "PERPETRATOR", firstName: "Zbigniew", lastName: "Zając", dateOfBirth: "1979-06-30", sex: "MALE", phone: "600 100 200" },
    ],
    description: "Wyzwiska i groźby.",
  }, "blueCard { id version persons { id role } }");
  const card = opened.blueCard;
  let version = await step(worker.gql, "forwardBlueCardToChair", "BlueCardStepInput", { id: card.id, version: card.version });
  const { teams } = await chair.gql("{ teams { members { id displayName institution } } }");
  const memberIds = teams[0].members.filter((m) => m.displayName === WORKER || m.institution === "POLICE").map((m) => m.id);
  version = await step(chair.gql, "setUpDiagnosticGroup", "SetUpDiagnosticGroupInput", { id: card.id, version, memberIds });
  version = await step(worker.gql, "recordGroupMeeting", "RecordGroupMeetingInput", { id: card.id, version });
  version = await step(worker.gql, "fillVictimForm", "FillVictimFormInput", {
    id: card.id, version, personId: card.persons.find((p) => p.role === "VICTIM").id,
    diagnosis: "Przemoc psychiczna.", helpPlan: [{ description: "Konsultacja psychologiczna." }],
  });
  await step(worker.gql, "fillPerpetratorForm", "FillPerpetratorFormInput", {
    id: card.id, version, personId: card.persons.find((p) => p.role === "PERPETRATOR").id,
    diagnosis: "Nie przyznaje się.",
    actionPlan: [{ kind: "PROGRAMME_REFERRAL", programme: "CORRECTIVE_EDUCATIONAL", description: "Udział w programie KE." }],
  });
  await worker.dispose();
  await chair.dispose();
  return card.id;
}

/** The people running the edition record a session he attended and his completion. */
async function completes(editionId) {
  const runner = await api(TENANT, "czlonek");
  const { node } = await runner.gql(
    "query($id: ID!) { node(id: $id) { ... on ProgrammeEdition { enrolments { id version participant { lastName } } } } }",
    { id: editionId },
  );
  const him = node.enrolments.find((e) => e.participant.lastName === "Zając");
  await ok(runner.gql, "recordProgrammeSession", "RecordProgrammeSessionInput",
    { editionId, heldOn: isoDay(0), minutes: 90, kind: "INDIVIDUAL", attendance: [{ enrolmentId: him.id, presence: "PRESENT" }] }, "session { id }");
  await ok(runner.gql, "completeProgramme", "CompleteProgrammeInput", { id: him.id, version: him.version }, "enrolment { status }");
  await runner.dispose();
}

test("the card's group enrols the perpetrator from the action plan and sees the outcome on the card", async () => {
  const editionId = await edition();
  const cardId = await referredCard();
  const { context, page, problems } = await newPage(browser);
  await page.goto(`${BASE}/?tenant=${TENANT}`);
  await page.getByRole("button", { name: `Zaloguj jako ${WORKER}` }).click();
  await page.getByRole("heading", { name: "Moje Niebieskie Karty" }).waitFor();
  await page.goto(`${BASE}/sprawy/${encodeURIComponent(cardId)}`);
  const plan = page.getByRole("region", { name: "Plan działań (NK-D)", exact: true });
  await plan.getByText("Udział w programie KE. — zaplanowane").waitFor();

  // By keyboard: the form opens, is refused without an edition (named), then sent.
  await plan.getByRole("button", { name: "Zapisz do programu (pozycja 1)" }).focus();
  await page.keyboard.press("Enter");
  const form = page.getByRole("form", { name: "Zapis do programu ze skierowania, pozycja 1" });
  await form.getByRole("textbox", { name: "Data zgody osoby" }).waitFor();
  assert.equal(await form.getByRole("textbox", { name: "Data zgody osoby" }).inputValue(), plDay(0));
  await form.getByRole("button", { name: "Zatwierdź" }).focus();
  await page.keyboard.press("Enter");
  await form.getByRole("alert").getByText(/Edycja programu/).waitFor();
  await assertAccessible(page, "the referral form refused");
  await arrowTo(page, form.getByRole("combobox", { name: /Edycja programu/ }).first(), new RegExp(`^${PROGRAMME}, ${plDay(-7)}`));
  await form.getByRole("button", { name: "Zatwierdź" }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("status").getByText("Zapisano do programu; pozycja planu jest w realizacji.").waitFor();
  await plan.getByText("Udział w programie KE. — w realizacji").waitFor();
  const outcomes = plan.getByRole("list", { name: "Przebieg skierowania, pozycja 1" });
  await outcomes.getByText(`Zbigniew Zając: ${PROGRAMME}, edycja ${plDay(-7)}–${plDay(60)} — uczestniczy`).waitFor();
  await outcomes.getByText(`zgoda na udział z ${plDay(0)}`).waitFor();
  assert.equal(await plan.getByRole("button", { name: "Zapisz do programu (pozycja 1)" }).count(), 0);
  // While he waits or takes part, the item's state follows the enrolment, not the group's hand.
  await plan.getByRole("button", { name: "Zmień pozycję 1" }).focus();
  await page.keyboard.press("Enter");
  const change = page.getByRole("form", { name: "Plan działań (NK-D): zmiana pozycji 1" });
  await change.getByText("Stan: w realizacji. Zmienia się razem z zapisem do programu", { exact: false }).waitFor();
  assert.equal(await change.getByRole("radio").count(), 0);
  await change.getByRole("button", { name: "Anuluj" }).click();

  // The programme's staff records his completion: the card shows the outcome, the item done.
  await completes(editionId);
  await page.reload();
  await plan.getByText("Udział w programie KE. — zrealizowane").waitFor();
  await outcomes.getByText(`— ukończył(a) dnia ${plDay(0)}`).waitFor();
  // The certificate and the notice to the group, saved as PDF by keyboard.
  for (const [button, file] of [
    ["Zaświadczenie o ukończeniu (PDF)", `zaswiadczenie-o-ukonczeniu-programu-${isoDay(0)}.pdf`],
    ["Informacja dla grupy (PDF)", `informacja-o-udziale-w-programie-${isoDay(0)}.pdf`],
  ]) {
    await outcomes.getByRole("button", { name: button }).focus();
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    assert.equal(download.suggestedFilename(), file);
    const bytes = await readFile(await download.path());
    assert.equal(bytes.subarray(0, 5).toString(), "%PDF-");
    await outcomes.getByRole("status").getByText(`Zapisano dokument ${file}.`).waitFor();
  }
  await assertAccessible(page, "the card with a referral's outcome");
  // The action plan alone: the page's top is the card's summary.
  await page.setViewportSize({ width: 1280, height: 800 });
  await plan.screenshot({ path: `${SCREENSHOTS}card-referral.png`, animations: "disabled", caret: "hide" });
  await page.setViewportSize({ width: 360, height: 780 });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), false);
  await assertAccessible(page, "the card with a referral's outcome on a phone");
  assert.deepEqual(problems, []);
  await context.close();
});
