// Browser test of local coalitions (node runs the files in order of their names: this one after
// strategy.test.mjs, which describes Jastrzębie's programme and its task 1.1.1), between
// Jastrzębie-Zdrój and Lubliniec: Jastrzębie's administrator founds a coalition by keyboard
// (refused first with nothing typed, the focus on what is wrong) and invites Lubliniec; the
// team's chair records a member institution, a meeting with its minutes and a shared action led
// by that institution, and links the action to a task of Jastrzębie's programme. Lubliniec's
// administrator, on a phone, sees the invitation without the coalition's records, joins, and
// then reads them — but not Jastrzębie's link to its own programme. axe on each screen.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { BASE, assertAccessible, focusLandsOn, launch, newPage, screenshot, selectByText } from "./common.mjs";

const COALITION = "Koalicja Jastrzębie–Lubliniec";
const POLICE = "Komenda Miejska Policji w Jastrzębiu-Zdroju";
const ACTION = "Dyżury dzielnicowych w szkołach";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function signIn(page, tenant, name) {
  await page.goto(`${BASE}/?tenant=${tenant}`);
  await page.getByRole("button", { name: `Zaloguj jako ${name}` }).click();
  const nav = page.getByRole("navigation", { name: "Menu główne" });
  await nav.getByRole("link", { name: "Program gminny" }).click();
  await page.getByRole("navigation", { name: "Program gminny i rejestry" }).getByRole("link", { name: "Koalicje lokalne" }).click();
  await page.getByRole("heading", { name: "Koalicje lokalne", level: 1 }).waitFor();
}

async function type(page, field, text) {
  await field.focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

async function press(page, button) {
  await button.focus();
  await page.keyboard.press("Enter");
}

async function choose(page, form, label, option) {
  await form.getByRole("combobox", { name: new RegExp(label) }).selectOption({ label: option });
}

test("two municipalities run a coalition; each sees only what is the coalition's", async () => {
  const { context, page, problems } = await newPage(browser);
  await signIn(page, "jastrzebie", "Dorota Kubiak");
  assert.equal(page.url(), `${BASE}/program-gminny/koalicje`);
  await page.getByText("Gmina nie należy do żadnej koalicji i nie ma zaproszeń.").waitFor();

  // Founded by keyboard; nothing typed is refused first.
  await press(page, page.getByRole("button", { name: "Nowa koalicja" }));
  const founding = page.getByRole("form", { name: "Nowa koalicja" });
  await press(page, founding.getByRole("button", { name: "Załóż koalicję" }));
  await founding.getByRole("alert").getByText(/nazwa koalicji/i).waitFor();
  await focusLandsOn(page, "alert");
  await type(page, founding.getByRole("textbox", { name: "Nazwa koalicji" }), COALITION);
  await type(page, founding.getByRole("textbox", { name: "Obszar działania" }), "Jastrzębie-Zdrój i gmina Lubliniec");
  await press(page, founding.getByRole("button", { name: "Załóż koalicję" }));
  await page.getByRole("status").getByText(`Założono koalicję: ${COALITION}.`).waitFor();
  const section = page.getByRole("region", { name: COALITION });

  // An unknown municipality is refused on its field; Lubliniec is invited.
  await press(page, section.getByRole("button", { name: `Zaproś gminę do koalicji: ${COALITION}` }));
  const invitation = page.getByRole("form", { name: `Zaproszenie do koalicji: ${COALITION}` });
  await type(page, invitation.getByRole("textbox", { name: "Identyfikator gminy" }), "nieistniejaca");
  await press(page, invitation.getByRole("button", { name: "Zaproś gminę" }));
  await invitation.getByRole("alert").getByText(/inną aktywną gminę/).waitFor();
  await type(page, invitation.getByRole("textbox", { name: "Identyfikator gminy" }), "lubliniec");
  await press(page, invitation.getByRole("button", { name: "Zaproś gminę" }));
  await page.getByRole("status").getByText(/Wysłano zaproszenie/).waitFor();
  await section.getByText(/Gmina Lubliniec — zaproszona/).waitFor();
  await assertAccessible(page, "the coalition after the invitation");
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();

  // The chair records a member, a meeting and a shared action, and links it to the programme.
  const chair = await newPage(browser);
  await signIn(chair.page, "jastrzebie", "Grzegorz Wilk");
  const p = chair.page;
  const ours = p.getByRole("region", { name: COALITION });
  await press(p, ours.getByRole("button", { name: "Dodaj instytucję" }));
  const member = p.getByRole("form", { name: "Nowa instytucja członkowska" });
  await type(p, member.getByRole("textbox", { name: "Nazwa instytucji" }), POLICE);
  await choose(p, member, "Rodzaj instytucji", "policja");
  await type(p, member.getByRole("textbox", { name: "Osoba do kontaktu" }), "asp. Jan Nowak");
  await type(p, member.getByRole("textbox", { name: "E-mail" }), "nie-adres");
  await type(p, member.getByRole("textbox", { name: "W koalicji od" }), "15.01.2026");
  await press(p, member.getByRole("button", { name: "Dodaj instytucję" }));
  await member.getByRole("alert").getByText(/e-mail/i).waitFor();
  await type(p, member.getByRole("textbox", { name: "E-mail" }), "prewencja@jastrzebie.policja.gov.pl");
  await press(p, member.getByRole("button", { name: "Dodaj instytucję" }));
  await ours.getByRole("table", { name: `Instytucje członkowskie koalicji ${COALITION}` }).getByRole("row", { name: new RegExp(POLICE) }).waitFor();

  await press(p, ours.getByRole("button", { name: "Dodaj spotkanie" }));
  const meeting = p.getByRole("form", { name: "Nowe spotkanie koalicji" });
  await type(p, meeting.getByRole("textbox", { name: "Data spotkania" }), "10.03.2026");
  await type(p, meeting.getByRole("textbox", { name: "Miejsce" }), "Urząd Miasta Jastrzębie-Zdrój");
  await type(p, meeting.getByRole("textbox", { name: "Temat spotkania" }), "Plan wspólnych działań");
  await type(p, meeting.getByRole("textbox", { name: "Liczba uczestników" }), "14");
  await type(p, meeting.getByRole("textbox", { name: "Protokół" }), "Uzgodniono dyżury w szkołach.");
  await press(p, meeting.getByRole("button", { name: "Dodaj spotkanie" }));
  await ours.getByRole("heading", { name: "10.03.2026, Urząd Miasta Jastrzębie-Zdrój" }).waitFor();

  await press(p, ours.getByRole("button", { name: "Dodaj działanie" }));
  const action = p.getByRole("form", { name: "Nowe wspólne działanie" });
  await type(p, action.getByRole("textbox", { name: "Nazwa działania" }), ACTION);
  await type(p, action.getByRole("textbox", { name: "Początek" }), "01.04.2026");
  await type(p, action.getByRole("textbox", { name: "Koniec" }), "01.03.2026");
  await choose(p, action, "Instytucja prowadząca", POLICE);
  await press(p, action.getByRole("button", { name: "Dodaj działanie" }));
  await action.getByRole("alert").getByText(/przed początkiem/).waitFor();
  await type(p, action.getByRole("textbox", { name: "Koniec" }), "30.06.2026");
  await press(p, action.getByRole("button", { name: "Dodaj działanie" }));
  const actions = ours.getByRole("table", { name: `Wspólne działania koalicji ${COALITION}` });
  const row = actions.getByRole("row", { name: new RegExp(ACTION) });
  await row.getByRole("cell", { name: POLICE }).waitFor();

  await press(p, row.getByRole("button", { name: `Powiąż z zadaniem programu gminnego: ${ACTION}` }));
  const link = p.getByRole("form", { name: `Zadanie programu gminnego dla działania: ${ACTION}` });
  // The form starts with a choice: the focus on its heading, not on a list the Enter would open.
  await p.waitForFunction(() => document.activeElement?.tagName === "H2");
  await selectByText(link.getByRole("combobox", { name: /Zadanie programu gminnego/ }), /^1\.1\.1\./);
  await press(p, link.getByRole("button", { name: "Powiąż z zadaniem" }));
  await p.getByRole("status").getByText("Powiązano działanie z zadaniem programu.").waitFor();
  await p.waitForFunction((name) => document.activeElement?.getAttribute("aria-label") === `Powiąż z zadaniem programu gminnego: ${name}`, ACTION);
  await row.getByRole("button", { name: /Usuń powiązanie z zadaniem/ }).waitFor();
  await assertAccessible(p, "the coalition's records");
  await screenshot(p, "koalicje");
  assert.deepEqual(chair.problems, [], "console errors or CSP violations");
  await chair.context.close();

  // Lubliniec's administrator on a phone: the invitation without the records, then joined.
  const theirs = await newPage(browser, { viewport: { width: 360, height: 740 } });
  await signIn(theirs.page, "lubliniec", "Magdalena Kaczmarek");
  const q = theirs.page;
  const invited = q.getByRole("region", { name: COALITION });
  await invited.getByText(/Wpisy koalicji będą widoczne po przystąpieniu/).waitFor();
  assert.equal(await invited.getByText(POLICE).count(), 0, "no records before joining");
  await assertAccessible(q, "an invitation, on a phone");
  await press(q, invited.getByRole("button", { name: `Przystąp do koalicji: ${COALITION}` }));
  await q.getByRole("status").getByText(`Gmina przystąpiła do koalicji: ${COALITION}.`).waitFor();
  const joinedRow = invited.getByRole("table", { name: `Wspólne działania koalicji ${COALITION}` }).getByRole("row", { name: new RegExp(ACTION) });
  await joinedRow.waitFor();
  assert.equal(await joinedRow.getByRole("cell", { name: "—" }).count() > 0, true, "Jastrzębie's link is Jastrzębie's");
  await invited.getByText("Uzgodniono dyżury w szkołach.").waitFor();
  await assertAccessible(q, "the coalition joined, on a phone");
  assert.deepEqual(theirs.problems, [], "console errors or CSP violations");
  await theirs.context.close();
});
