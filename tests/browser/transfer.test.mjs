// Browser test of a procedure handed over when a family moves (tests/e2e/browser.rs runs it
// against the real `ostoja serve --demo`): Żory's chair proposes it on the card's page, the
// administrators of Żory and of Jastrzębie-Zdrój agree on their pages, and Jastrzębie-Zdrój's
// chair accepts it from the work list and opens the card that arrived; by keyboard, with axe
// on each screen. It runs after the files that count Żory's and Jastrzębie-Zdrój's cards.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { BASE, TIMEOUT, api, arrowTo, assertAccessible, isoDay, launch, newPage, step, textMatches } from "./common.mjs";

const ZORY = "Miasto Żory";
const JASTRZEBIE = "Miasto Jastrzębie-Zdrój";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function signIn(municipality, name) {
  const { page } = await newPage(browser);
  await page.goto(BASE + "/");
  await page.getByRole("link", { name: municipality }).click();
  await page.getByRole("heading", { name: `Logowanie — ${municipality}` }).waitFor();
  await page.getByRole("button", { name: `Zaloguj jako ${name}` }).click();
  await page.getByRole("navigation", { name: "Menu główne" }).waitFor();
  return page;
}

/** Presses a control by keyboard: focused, then Enter. */
async function press(locator) {
  await locator.focus();
  await locator.page().keyboard.press("Enter");
}


/**
 * Waits for `locator`, asking the list again when it said it could not load (a busy database),
 * and opening the page again when it showed nothing for a while, as a person would.
 */
async function appears(section, locator) {
  const end = Date.now() + 4 * TIMEOUT;
  let reloadAt = Date.now() + TIMEOUT;
  while (Date.now() < end) {
    if (await locator.isVisible()) return;
    const retry = section.getByRole("button", { name: "Spróbuj ponownie" });
    if (await retry.isVisible()) {
      await retry.click();
    } else if (Date.now() > reloadAt) {
      await section.page().reload();
      reloadAt = Date.now() + TIMEOUT;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await locator.waitFor();
}

/** An administrator agrees to the hand-over on the administration page. */
async function administratorAgrees(municipality, name, other) {
  const page = await signIn(municipality, name);
  await page.goto(BASE + "/administracja");
  const section = page.getByRole("region", { name: "Przekazania procedur", exact: true });
  await section.waitFor();
  const agree = section.getByRole("button", { name: `Wyrażam zgodę — ${other}` });
  await appears(section, agree);
  await press(agree);
  await section.getByRole("alert").filter({ hasText: "Wyrazić zgodę" }).waitFor();
  await assertAccessible(page, `${municipality}: the administrator's agreement`);
  await press(section.getByRole("button", { name: "Tak", exact: true }));
  await section.getByRole("status").filter({ hasText: "Wyrażono zgodę." }).waitFor();
  await page.close();
}

test("a chair hands a procedure over, both administrators agree and the receiving chair accepts it", async () => {
  // A card before Żory's chair, through the API.
  const worker = await api("zory", "pracownik");
  const opened = await worker.gql(
    "mutation($input: OpenBlueCardInput!) { openBlueCard(input: $input) { blueCard { id version } userErrors { field code } } }",
    {
      input: {
        initiatedOn: isoDay(-3),
        initiatorInstitution: "SOCIAL_WELFARE",
        violenceForms: ["PSYCHOLOGICAL"],
        persons: [
          { role: "VICTIM", firstName: "Halina", lastName: "Przeprowadzka", dateOfBirth: "1985-05-06", sex: "FEMALE" },
          { role: "PERPETRATOR", firstName: "Roman", lastName: "Przeprowadzka", dateOfBirth: "1983-01-02", sex: "MALE" },
        ],
        childrenInHousehold: 0,
        actionsTaken: [],
        nkBHandedOver: true,
        nkBRecipient: 0,
        description: "Rodzina przeprowadza się do Jastrzębia-Zdroju.",
      },
    },
  );
  assert.deepEqual(opened.openBlueCard.userErrors, []);
  const { id, version } = opened.openBlueCard.blueCard;
  await step(worker.gql, "forwardBlueCardToChair", "BlueCardStepInput", { id, version });

  // Żory's chair proposes the hand-over on the card's page, by keyboard.
  const chair = await signIn(ZORY, "Barbara Nowak");
  await chair.goto(BASE + "/sprawy/" + encodeURIComponent(id));
  const region = chair.getByRole("region", { name: "Przekazanie procedury innej gminie", exact: true });
  await region.waitFor();
  await press(region.getByRole("button", { name: "Przekaż procedurę innej gminie" }));
  const form = chair.getByRole("form", { name: "Propozycja przekazania procedury" });
  await form.waitFor();
  // Nothing chosen: said before anything is sent.
  await press(form.getByRole("button", { name: "Zatwierdź" }));
  await form.getByText("Wybierz gminę.").first().waitFor();
  const municipality = form.getByRole("combobox", { name: /Gmina, do której rodzina się przeprowadziła/ });
  await arrowTo(chair, municipality, JASTRZEBIE);
  await assertAccessible(chair, "the chair's hand-over proposal");
  await press(form.getByRole("button", { name: "Zatwierdź" }));
  await press(form.getByRole("button", { name: "Tak, zaproponuj" }));
  await chair.getByText(`Zaproponowano przekazanie procedury gminie ${JASTRZEBIE}.`).waitFor();
  await textMatches(region, /Do gminy: Miasto Jastrzębie-Zdrój — Czeka na zgodę administratora gminy przekazującej/);
  // Withdrawn (the family stays after all), then proposed again.
  await press(region.getByRole("button", { name: `Wycofaj przekazanie — ${JASTRZEBIE}` }));
  await press(region.getByRole("button", { name: "Tak", exact: true }));
  await chair.getByText("Przekazanie wycofane. Procedura zostaje w Twojej gminie.").waitFor();
  await textMatches(region, /Wycofana przez gminę przekazującą/);
  await press(region.getByRole("button", { name: "Przekaż procedurę innej gminie" }));
  await form.waitFor();
  await arrowTo(chair, municipality, JASTRZEBIE);
  await press(form.getByRole("button", { name: "Zatwierdź" }));
  await press(form.getByRole("button", { name: "Tak, zaproponuj" }));
  await textMatches(region, /Do gminy: Miasto Jastrzębie-Zdrój — Czeka na zgodę administratora gminy przekazującej/);

  // Both administrators agree, each on their page.
  await administratorAgrees(ZORY, "Katarzyna Wójcik", JASTRZEBIE);
  await administratorAgrees(JASTRZEBIE, "Dorota Kubiak", ZORY);

  // Jastrzębie-Zdrój's chair accepts it from the work list and opens the card that arrived.
  const receiving = await signIn(JASTRZEBIE, "Grzegorz Wilk");
  await receiving.goto(BASE + "/sprawy");
  const incoming = receiving.getByRole("region", { name: "Procedury przekazywane z innych gmin", exact: true });
  await incoming.waitFor();
  const accept = incoming.getByRole("button", { name: `Przyjmuję procedurę — ${ZORY}` });
  await appears(incoming, accept);
  await press(accept);
  await incoming.getByRole("alert").filter({ hasText: "Przyjąć procedurę z gminy" }).waitFor();
  await assertAccessible(receiving, "the receiving chair's acceptance");
  await press(incoming.getByRole("button", { name: "Tak", exact: true }));
  await incoming.getByRole("status").filter({ hasText: "Procedura przyjęta." }).waitFor();
  await textMatches(incoming, /Z gminy: Miasto Żory — Przekazana/);
  await press(incoming.getByRole("link", { name: "Otwórz kartę" }));
  await receiving.getByRole("heading", { level: 1, name: /Przeprowadzka/ }).waitFor();
  const arrived = receiving.getByRole("region", { name: "Przekazanie procedury innej gminie", exact: true });
  await textMatches(arrived, /Z gminy: Miasto Żory — Przekazana/);
  await receiving.getByText("Przekazanie procedury między gminami").first().waitFor();
  await assertAccessible(receiving, "the card that arrived");

  // In Żory the card is the closed record of the hand-over.
  await chair.reload();
  await textMatches(
    chair.getByRole("region", { name: "Przekazanie procedury innej gminie", exact: true }),
    /Do gminy: Miasto Jastrzębie-Zdrój — Przekazana/,
  );
  await chair.getByText("Przekazana do innej gminy").first().waitFor();
});
