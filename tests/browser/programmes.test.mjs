// Browser tests of programmes (/programy) against the real demo server, in Częstochowa: the
// administrator adds a support group and an edition run by a team member (refused input said
// first); the member enrols three people (the third waits: two places), keeps the session
// register by keyboard (everyone present unless marked), completes one participant once the
// programme's sessions are attended (refused before), admits the waiting person and records a
// drop-out; the administrator sees the counts, never a participant, and names a second person
// to run the edition; a group of twelve is registered with a few keys. axe on each screen, the
// edition's page on a phone too.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { BASE, api, assertAccessible, isoDay, launch, newPage, screenshot } from "./common.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function signIn(page, name) {
  await page.goto(BASE + "/?tenant=czestochowa");
  await page.getByRole("button", { name: `Zaloguj jako ${name}` }).click();
  await page.getByRole("navigation", { name: "Menu główne" }).getByRole("link", { name: "Programy" }).waitFor();
}

/** A day `offset` days from today as the app's date fields are typed: dd.mm.rrrr. */
function typed(offset) {
  const d = new Date(Date.now() + offset * 86_400_000);
  return `${String(d.getDate()).padStart(2, "0")}.${String(d.getMonth() + 1).padStart(2, "0")}.${d.getFullYear()}`;
}

async function choose(page, form, label, option) {
  await form.getByRole("combobox", { name: new RegExp(label) }).first().selectOption({ label: option });
}

const PROGRAMME = "Grupa wsparcia Razem";

test("the administrator adds a programme and an edition; its staff enrols, keeps the register and records outcomes", async () => {
  const { context, page, problems } = await newPage(browser);
  await signIn(page, "Tomasz Lewandowski");
  await page.getByRole("navigation", { name: "Menu główne" }).getByRole("link", { name: "Programy" }).click();
  await page.getByRole("heading", { name: "Programy i grupy wsparcia", level: 1 }).waitFor();

  // A programme: refused empty, each problem linked to its field; then added.
  const newProgramme = page.getByRole("form", { name: "Nowy program" });
  // The help points come with a second answer and add fields above the button: waited for, so
  // that the click is not split by the form growing under the pointer.
  const helpPoint = newProgramme.getByRole("combobox", { name: /Punkt pomocy, w którym prowadzony jest program/ });
  await helpPoint.waitFor();
  await newProgramme.getByRole("button", { name: "Dodaj program" }).click();
  const summary = newProgramme.getByRole("alert");
  await summary.getByRole("link", { name: /Nazwa/ }).waitFor();
  await summary.getByRole("link", { name: /Liczba zajęć do ukończenia/ }).waitFor();
  await choose(page, newProgramme, "Rodzaj programu", "Grupa wsparcia dla osób doznających przemocy");
  await newProgramme.getByRole("textbox", { name: "Nazwa" }).fill(PROGRAMME);
  await newProgramme.getByRole("textbox", { name: "Kto prowadzi (instytucja)" }).fill("Ośrodek Interwencji Kryzysowej");
  // Where it is run: one of the municipality's own help points (not a national helpline).
  assert.equal(await helpPoint.locator("option", { hasText: "Niebieska Linia — Ogólnopolskie Pogotowie dla Ofiar Przemocy w Rodzinie" }).count(), 0);
  await helpPoint.selectOption({ label: "Częstochowskie Centrum Interwencji Kryzysowej" });
  // Run for a neighbouring municipality too (a county's group), ticked by keyboard.
  const neighbour = newProgramme.getByRole("group", { name: "Prowadzony także dla gmin (np. program powiatowy)" }).getByRole("checkbox", { name: /Lubliniec/ });
  await neighbour.focus();
  await page.keyboard.press("Space");
  assert.ok(await neighbour.isChecked());
  await newProgramme.getByRole("textbox", { name: "Liczba zajęć do ukończenia" }).fill("2");
  await newProgramme.getByRole("button", { name: "Dodaj program" }).click();
  await page.getByRole("status").getByText(`Dodano program ${PROGRAMME}.`).waitFor();
  await page.getByRole("heading", { name: PROGRAMME, level: 2 }).waitFor();
  await page.getByText("Miejsce: Częstochowskie Centrum Interwencji Kryzysowej.", { exact: false }).waitFor();
  await page.getByText(/Także dla gmin: .*Lubliniec/).waitFor();

  // An edition of two places run by Joanna Woźniak: the administrator may not run one.
  const newEdition = page.getByRole("form", { name: "Nowa edycja programu" });
  await choose(page, newEdition, "Program", PROGRAMME);
  await newEdition.getByRole("textbox", { name: "Pierwszy dzień" }).fill(typed(-30));
  await newEdition.getByRole("textbox", { name: "Ostatni dzień" }).fill(typed(30));
  await newEdition.getByRole("textbox", { name: "Miejsce" }).fill("ul. Śląska 11, sala 2");
  await newEdition.getByRole("textbox", { name: "Liczba miejsc" }).fill("2");
  await newEdition.getByRole("button", { name: "Dodaj edycję" }).click();
  await newEdition.getByRole("alert").getByRole("link", { name: /Osoba prowadząca 1/ }).first().waitFor();
  await choose(page, newEdition, "Osoba prowadząca 1", "Joanna Woźniak");
  await newEdition.getByRole("textbox", { name: "Kwalifikacje osoby prowadzącej 1" }).fill("Psycholożka, trenerka grup wsparcia");
  await newEdition.getByRole("button", { name: "Dodaj edycję" }).click();
  await page.getByRole("status").getByText("Dodano edycję programu.").waitFor();
  const row = page.getByRole("table", { name: `Edycje programu ${PROGRAMME}` }).getByRole("row").nth(1);
  assert.match(await row.innerText(), /wolne 2 z 2/);
  assert.match(await row.innerText(), /Joanna Woźniak/);
  await assertAccessible(page, "the programmes");
  const editionPath = new URL(await row.getByRole("link").getAttribute("href"), BASE).pathname;

  // The administrator opens the edition: its counts, never its people.
  await page.goto(BASE + editionPath);
  await page.getByText("Uczestników tej edycji widzą tylko osoby, które ją prowadzą.").waitFor();
  assert.equal(await page.getByRole("form", { name: "Zapisz osobę" }).count(), 0);
  await context.close();

  // The member running it.
  const member = await newPage(browser);
  const p = member.page;
  await signIn(p, "Joanna Woźniak");
  await p.goto(BASE + editionPath);
  await p.getByRole("heading", { name: new RegExp(`^${PROGRAMME}: edycja od`) }).waitFor();
  await p.getByText("Nikt nie jest jeszcze zapisany.").waitFor();

  // Enrolment: of one's own will needs the consent's date; the third person waits.
  const enrol = p.getByRole("form", { name: "Zapisz osobę" });
  const add = async (first, last, basis, consent) => {
    await enrol.getByRole("textbox", { name: "Imię" }).fill(first);
    await enrol.getByRole("textbox", { name: "Nazwisko" }).fill(last);
    await choose(p, enrol, "Podstawa udziału", basis);
    if (consent) await enrol.getByRole("textbox", { name: "Data zgody osoby" }).fill(consent);
    await enrol.getByRole("button", { name: "Zapisz do edycji" }).click();
  };
  await add("Anna", "Kowalska", "z własnej woli", null);
  await enrol.getByRole("alert").getByRole("link", { name: /Data zgody osoby/ }).waitFor();
  await enrol.getByRole("textbox", { name: "Data zgody osoby" }).fill(typed(0));
  await enrol.getByRole("button", { name: "Zapisz do edycji" }).click();
  await p.getByRole("status").getByText("Zapisano: Anna Kowalska.").waitFor();
  await add("Ewa", "Nowak", "zobowiązanie sądu", null);
  await p.getByRole("status").getByText("Zapisano: Ewa Nowak.").waitFor();
  await add("Maria", "Wiśniewska", "z własnej woli", typed(-1));
  await p.getByRole("status").getByText("Edycja jest pełna: Maria Wiśniewska jest na liście oczekujących.").waitFor();

  // The register by keyboard: everyone present, Ewa Nowak marked absent with the arrow keys.
  const register = p.getByRole("form", { name: "Dziennik zajęć" });
  const ewa = register.getByRole("radiogroup", { name: "Obecność: Ewa Nowak" });
  await ewa.getByRole("radio", { name: "obecny", exact: true }).focus();
  await p.keyboard.press("ArrowRight");
  await p.keyboard.press("ArrowRight");
  assert.ok(await ewa.getByRole("radio", { name: "nieobecny" }).isChecked());
  assert.equal(await register.getByRole("radiogroup", { name: "Obecność: Maria Wiśniewska" }).count(), 0);
  await register.getByRole("button", { name: "Zapisz zajęcia" }).click();
  await p.getByRole("status").getByText(/^Zapisano zajęcia z /).waitFor();
  await p.getByText(/120 min — obecni: 1 z 2/).waitFor();

  // Completion waits for the second session.
  const participants = p.getByRole("table", { name: "Uczestnicy i lista oczekujących" });
  await participants.getByRole("button", { name: "Ukończył(a): Anna Kowalska" }).click();
  await p.getByRole("alert").getByText(/wymaganej liczby zajęć/).waitFor();
  await register.getByRole("textbox", { name: "Data zajęć" }).fill(typed(-1));
  await register.getByRole("button", { name: "Zapisz zajęcia" }).click();
  await p.getByText(/obecni: 2 z 2/).waitFor();
  await participants.getByRole("button", { name: "Ukończył(a): Anna Kowalska" }).click();
  await p.getByRole("status").getByText("Anna Kowalska: zapisano ukończenie programu.").waitFor();

  // The freed place: Maria admitted; Ewa drops out, with a reason.
  await participants.getByRole("button", { name: "Przyjmij z listy: Maria Wiśniewska" }).click();
  await p.getByRole("status").getByText("Maria Wiśniewska: przyjęto z listy oczekujących.").waitFor();
  await participants.getByRole("button", { name: "Przerwał(a): Ewa Nowak" }).click();
  await choose(p, participants, "Powód przerwania", "nieobecności");
  await participants.getByRole("button", { name: "Zapisz przerwanie" }).click();
  await p.getByRole("status").getByText("Ewa Nowak: zapisano przerwanie udziału.").waitFor();
  for (const [who, status] of [
    ["Anna Kowalska", /^ukończył\(a\) od \d{2}\.\d{2}\.\d{4}$/],
    ["Maria Wiśniewska", /^uczestniczy$/],
    ["Ewa Nowak", /^przerwał\(a\) od \d{2}\.\d{2}\.\d{4} ?nieobecności$/],
  ]) {
    await participants.getByRole("row", { name: new RegExp(who) }).getByRole("cell", { name: status }).waitFor();
  }
  assert.match(await participants.getByRole("row", { name: /Anna Kowalska/ }).innerText(), /2 zajęcia, 4 godz\./);
  await assertAccessible(p, "an edition's page");
  await screenshot(p, "programme-edition");

  await p.setViewportSize({ width: 360, height: 800 });
  const sideways = await p.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  assert.equal(sideways, false, "the edition's page scrolls sideways at 360 px");
  await member.context.close();

  // The administrator names a second person to run it, from the edition's page.
  const second = await newPage(browser);
  await signIn(second.page, "Tomasz Lewandowski");
  await second.page.goto(BASE + editionPath);
  const staff = second.page.getByRole("form", { name: "Osoby prowadzące edycję" });
  await staff.getByRole("button", { name: "Dodaj osobę prowadzącą" }).click();
  await staff.getByRole("button", { name: "Zapisz osoby prowadzące" }).click();
  await staff.getByRole("alert").getByRole("link", { name: /Osoba prowadząca 2/ }).first().waitFor();
  await choose(second.page, staff, "Osoba prowadząca 2", "Ewa Jankowska");
  await staff.getByRole("textbox", { name: "Kwalifikacje osoby prowadzącej 2" }).fill("Pedagożka, trenerka");
  await staff.getByRole("button", { name: "Zapisz osoby prowadzące" }).click();
  await second.page.getByRole("status").getByText("Zapisano osoby prowadzące edycję.").waitFor();
  await second.page.getByText(/Prowadzą: Joanna Woźniak .*; Ewa Jankowska \(Pedagożka, trenerka\)/).waitFor();
  await assertAccessible(second.page, "an edition's page for the administrator");
  assert.deepEqual([...problems, ...member.problems, ...second.problems], []);
  await second.context.close();
});

test("a support group of twelve: the register starts with everyone present, two marked absent by keyboard", async () => {
  const admin = await api("czestochowa", "admin");
  const { users } = await admin.gql("{ users(first: 100) { edges { node { id login } } } }");
  const runner = users.edges.find((e) => e.node.login === "czlonek").node.id;
  const made = async (gql, mutation, inputType, input, selection) => {
    const data = await gql(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${selection} userErrors { field code } } }`, { input });
    assert.deepEqual(data[mutation].userErrors, [], mutation);
    return data[mutation];
  };
  const { programme } = await made(admin.gql, "createProgramme", "CreateProgrammeInput",
    { type: "VICTIMS_SUPPORT_GROUP", name: "Grupa wsparcia Dwanaście", provider: "Ośrodek Interwencji Kryzysowej", requiredSessions: 8 }, "programme { id }");
  const { edition } = await made(admin.gql, "createProgrammeEdition", "CreateProgrammeEditionInput",
    { programmeId: programme.id, startsOn: isoDay(-7), endsOn: isoDay(60), place: "sala 12", capacity: 12,
      staff: [{ userId: runner, qualifications: "Psycholog" }] }, "edition { id }");
  await admin.dispose();
  const member = await api("czestochowa", "czlonek");
  const names = ["Alicja", "Barbara", "Celina", "Dorota", "Elżbieta", "Franciszka", "Grażyna", "Halina", "Irena", "Jadwiga", "Katarzyna", "Lucyna"];
  for (const first of names) {
    await made(member.gql, "enrolInProgramme", "EnrolInProgrammeInput",
      { editionId: edition.id, basis: "OWN_WILL", consentOn: isoDay(-1), participant: { firstName: first, lastName: "Grupowa" } }, "enrolment { status }");
  }

  const { context, page, problems } = await newPage(browser);
  await signIn(page, "Joanna Woźniak");
  await page.goto(`${BASE}/programy/${encodeURIComponent(edition.id)}`);
  const register = page.getByRole("form", { name: "Dziennik zajęć" });
  await register.getByRole("radiogroup", { name: "Obecność: Lucyna Grupowa" }).waitFor();
  assert.equal(await register.getByRole("radiogroup").count(), 12);
  for (const first of names) {
    assert.ok(await register.getByRole("radiogroup", { name: `Obecność: ${first} Grupowa` }).getByRole("radio", { name: "obecny", exact: true }).isChecked());
  }
  // Two absent: the arrow keys in each one's group, nothing else to touch.
  for (const first of ["Celina", "Irena"]) {
    await register.getByRole("radiogroup", { name: `Obecność: ${first} Grupowa` }).getByRole("radio", { name: "obecny", exact: true }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
  }
  await register.getByRole("button", { name: "Zapisz zajęcia" }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("status").getByText(/^Zapisano zajęcia z /).waitFor();
  await page.getByText(/obecni: 10 z 12/).waitFor();
  await assertAccessible(page, "the register of a group of twelve");

  const data = await member.gql(
    "query($id: ID!) { node(id: $id) { ... on ProgrammeEdition { enrolments { id participant { firstName } } sessions { attendance { presence enrolmentId } } } } }",
    { id: edition.id },
  );
  const firstName = (id) => data.node.enrolments.find((e) => e.id === id).participant.firstName;
  const absent = data.node.sessions[0].attendance.filter((a) => a.presence === "ABSENT").map((a) => firstName(a.enrolmentId)).sort();
  assert.deepEqual(absent, ["Celina", "Irena"]);
  assert.equal(data.node.sessions[0].attendance.filter((a) => a.presence === "PRESENT").length, 10);
  await member.dispose();
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});
