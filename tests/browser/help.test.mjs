// Browser tests of the public help directory (/pomoc…) as a member of the public: no sign-in,
// no cookie, a phone-sized screen, keyboard only, the quick exit, axe on every page; and the
// staff's view of shelter places (/schronienia). Run by
// tests/e2e/browser.rs against the real `ostoja serve --demo`. There is no internet here: the
// neutral site the quick exit leaves for is answered by playwright's routing.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { BASE, assertAccessible, focusedLabel, focusedText, launch, newPage, tabTo, screenshot } from "./common.mjs";

const EXIT = "https://www.google.pl/";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A visitor's page: the neutral site answered locally, every request to us recorded. */
async function visitor(options = {}) {
  const opened = await newPage(browser, options);
  await opened.context.route(`${EXIT}**`, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Google</title><p>Google</p>" }),
  );
  const requests = [];
  opened.page.on("request", (r) => r.url().startsWith(BASE) && requests.push(r));
  return { ...opened, requests };
}

const cards = (page) => page.getByRole("article");

test("a member of the public finds help in Żory without signing in", async () => {
  const { context, page, problems, requests } = await visitor();
  await page.goto(BASE + "/pomoc");
  await page.getByRole("heading", { name: "Gdzie szukać pomocy", exact: true }).waitFor();
  await page.getByRole("link", { name: "Miasto Żory" }).waitFor();
  await page.getByRole("link", { name: "Miasto Jastrzębie-Zdrój" }).waitFor();
  assert.equal(await page.getByRole("link", { name: "112" }).getAttribute("href"), "tel:112");
  await assertAccessible(page, "the choice of municipality");

  await page.getByRole("link", { name: "Miasto Żory" }).click();
  await page.getByRole("heading", { name: "Gdzie szukać pomocy — Miasto Żory" }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/pomoc/zory");
  // The helplines first, then the municipality's points, then its events.
  await page.getByRole("region", { name: "Wydarzenia w gminie" }).waitFor();
  const headings = await page.getByRole("heading", { level: 2 }).allInnerTexts();
  assert.deepEqual(headings.slice(1), ["Infolinie ogólnopolskie", "Miejsca pomocy", "Wydarzenia w gminie"]);
  const helplines = page.getByRole("region", { name: "Infolinie ogólnopolskie" });
  await helplines.getByRole("article", { name: /^Niebieska Linia/ }).waitFor();
  const team = page.getByRole("article", { name: /^Zespół ds. Przeciwdziałania Przemocy w Rodzinie/ });
  // Click to call, the address, the hours of each weekday in Polish, holidays, the forms of help.
  const call = team.getByRole("link", { name: "Zadzwoń: 32 435 78 40" });
  assert.equal(await call.getAttribute("href"), "tel:+48324357840");
  assert.equal(await team.getByRole("link", { name: "Zadzwoń: 691 329 299" }).getAttribute("href"), "tel:+48691329299");
  const text = await team.innerText();
  assert.match(text, /ul\. Boryńska 13, 44-240 Żory/);
  // One line per run of days with the same hours.
  assert.match(text, /poniedziałek–piątek\s+7:30–15:30/);
  assert.match(text, /sobota–niedziela\s+nieczynne/);
  assert.match(text, /W dni ustawowo wolne od pracy nieczynne\./);
  assert.match(text, /Pomoc: .*prawna/);
  assert.match(text, /Czynne teraz|Teraz nieczynne/);
  await assertAccessible(page, "the help page of Żory");
  await screenshot(page, "help");

  // Nothing of a session: no /auth request, no cookie, no CSRF token; the answers may be cached.
  const graphql = requests.filter((r) => new URL(r.url()).pathname === "/graphql");
  assert.ok(graphql.length > 0);
  for (const r of graphql) {
    const headers = await r.allHeaders();
    assert.equal(headers["x-csrf-token"], undefined);
    assert.equal(headers.cookie, undefined);
    assert.equal((await r.response())?.headers()["cache-control"], "public, max-age=60");
  }
  assert.deepEqual(
    requests.filter((r) => new URL(r.url()).pathname.startsWith("/auth")).map((r) => r.url()),
    [],
  );
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});

test("filters by the form of help and by open now", async () => {
  const { context, page, problems } = await visitor();
  await page.goto(BASE + "/pomoc/zory");
  await page.getByRole("article", { name: /^Niebieska Linia/ }).waitFor();
  await page.getByLabel("Forma pomocy").selectOption({ label: "prawna" });
  await page.getByRole("status").filter({ hasText: "Znaleziono: 1 miejsce pomocy." }).waitFor();
  assert.deepEqual(
    (await cards(page).allInnerTexts()).map((t) => t.split("\n")[0]),
    ["Zespół ds. Przeciwdziałania Przemocy w Rodzinie — MOPS w Żorach"],
  );
  assert.equal(await page.getByRole("region", { name: "Infolinie ogólnopolskie" }).count(), 0);
  await page.getByLabel("Forma pomocy").selectOption({ label: "schronienie" });
  await page.getByText("Nic nie pasuje do wybranych warunków.", { exact: false }).waitFor();
  await page.getByLabel("Forma pomocy").selectOption({ label: "każda" });
  await page.getByLabel("Tylko czynne teraz").check();
  // Whatever the hour: the Blue Line is open day and night, and every point listed is open.
  await page.getByRole("article", { name: /^Niebieska Linia/ }).waitFor();
  await page.getByRole("status").filter({ hasText: /^Znaleziono/ }).waitFor();
  // The list may still be the one before the filter for a moment: wait (within the default
  // deadline) until the whole list, read at once, holds only places open now.
  await page.waitForFunction(() => {
    const places = [...document.querySelectorAll("main article")];
    return places.length > 0 && places.every((p) => p.textContent.includes("Czynne teraz"));
  });
  await assertAccessible(page, "the filtered help page");
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});

test("keyboard only: the quick exit comes first, then the place, the filters and a call", async () => {
  const { context, page, problems } = await visitor();
  await page.goto(BASE + "/pomoc");
  await page.getByRole("link", { name: "Miasto Żory" }).waitFor();
  await page.keyboard.press("Tab");
  assert.ok(await page.evaluate(focusedText("Szybkie wyjście")), "the quick exit is the first stop");
  // A key pressed: the Esc hint shows.
  const hint = await page.getByText("Z klawiatury: dwa razy klawisz Esc.").boundingBox();
  assert.ok(hint && hint.width > 20, JSON.stringify(hint));
  await tabTo(page, "the link to Żory", focusedText("Miasto Żory"));
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Gdzie szukać pomocy — Miasto Żory" }).waitFor();
  await page.getByRole("article", { name: /^Niebieska Linia/ }).waitFor();
  await tabTo(page, "the form of help", focusedLabel("Forma pomocy"));
  // każda → psychologiczna → prawna
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.getByRole("status").filter({ hasText: "Znaleziono: 1 miejsce pomocy." }).waitFor();
  await tabTo(page, "open now", focusedLabel("Tylko czynne teraz"));
  await page.keyboard.press("Space");
  assert.ok(await page.getByLabel("Tylko czynne teraz").isChecked());
  await page.getByRole("status").filter({ hasText: /^(Znaleziono|Nic)/ }).waitFor();
  await page.keyboard.press("Space");
  await page.getByRole("status").filter({ hasText: "Znaleziono: 1 miejsce pomocy." }).waitFor();
  await tabTo(page, "a phone link", focusedText("Zadzwoń: 32 435 78 40"));
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("href")), "tel:+48324357840");
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});

test("quick exit leaves for a neutral site and takes the visit out of the history", async () => {
  const { context, page } = await visitor();
  // A page before the visit: Back from the neutral site must land there, not on the directory.
  await page.goto(BASE + "/healthz");
  const before = await page.evaluate(() => history.length);
  await page.goto(BASE + "/pomoc");
  await page.getByRole("link", { name: "Miasto Żory" }).click();
  await page.getByRole("heading", { name: "Gdzie szukać pomocy — Miasto Żory" }).waitFor();
  await page.getByRole("button", { name: "Szybkie wyjście" }).click();
  await page.waitForURL(EXIT);
  // The visit (the choice and Żory's page) was one entry, and the neutral site replaced it.
  assert.equal(await page.evaluate(() => history.length), before + 1);
  await page.goBack();
  assert.equal(new URL(page.url()).pathname, "/healthz");

  // Escape twice, wherever the focus is.
  await page.goto(BASE + "/pomoc/czestochowa");
  await page.getByRole("article", { name: /^Częstochowskie Centrum Interwencji Kryzysowej/ }).waitFor();
  await page.getByLabel("Forma pomocy").focus();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await page.waitForURL(EXIT);
  await page.goBack();
  assert.equal(new URL(page.url()).pathname, "/healthz");
  await context.close();
});

test("on a phone: the region's page fits the screen, shelter places as yes or no", async () => {
  const { context, page, problems } = await visitor({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  await page.goto(BASE + "/pomoc/region/slaskie");
  await page.getByRole("heading", { name: "Gdzie szukać pomocy — Województwo śląskie" }).waitFor();
  const centre = page.getByRole("article", { name: /^Częstochowskie Centrum Interwencji Kryzysowej/ });
  assert.match(await centre.innerText(), /Wolne miejsca w schronieniu: są/);
  assert.match(await centre.innerText(), /Czynne całą dobę/);
  const pik = page.getByRole("article", { name: /^Punkt Interwencji Kryzysowej — OPS w Jastrzębiu-Zdroju/ });
  assert.match(await pik.innerText(), /Godziny nie zostały podane/);
  assert.equal(await pik.getByRole("link", { name: "Napisz: pik@ops.jastrzebie.pl" }).getAttribute("href"), "mailto:pik@ops.jastrzebie.pl");
  await page.getByRole("article", { name: /^Zespół ds. Przeciwdziałania Przemocy/ }).waitFor();
  // No sideways scrolling; the quick exit in view, also at the end of the long list, large
  // enough for a thumb; the Esc keys not offered on a touch screen; the traces told truly.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
  const exit = page.getByRole("button", { name: "Szybkie wyjście" });
  assert.ok(await exit.isVisible());
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForFunction(() => window.scrollY > 0);
  const box = await exit.boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= 740 && box.height >= 44 && box.width >= 44, JSON.stringify(box));
  // No keyboard used: the Esc hint is left to screen readers (a clipped 1 px box).
  const hint = await page.getByText("Z klawiatury: dwa razy klawisz Esc.").boundingBox();
  assert.ok(hint && hint.width <= 1 && hint.height <= 1, JSON.stringify(hint));
  await page.getByText(/otwieraj informator w oknie prywatnym \(incognito\) albo usuń historię/).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await assertAccessible(page, "the region's help page on a phone");
  await screenshot(page, "help-phone", { phone: true });
  // An unknown place says so, with the way back.
  await page.goto(BASE + "/pomoc/nie-ma-takiej");
  await page.getByText("Nie znaleziono takiej gminy ani województwa w informatorze.").waitFor();
  await page.getByRole("link", { name: "Wybierz inną gminę lub województwo" }).waitFor();
  await assertAccessible(page, "an unknown place");
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});

/** Development sign-in as one of the demo's people of a municipality. */
async function signIn(page, tenant, name) {
  await page.goto(`${BASE}/?tenant=${tenant}`);
  await page.getByRole("button", { name: `Zaloguj jako ${name}` }).click();
  await page.getByRole("heading", { name: "Moje Niebieskie Karty" }).waitFor();
}

test("staff: the chair sees the shelter places, the directory's editor updates them in one step", async () => {
  const { context, page, problems } = await newPage(browser);
  const centre = /^Częstochowskie Centrum Interwencji Kryzysowej/;
  await signIn(page, "czestochowa", "Krzysztof Zieliński");
  await page.getByRole("navigation", { name: "Menu główne" }).getByRole("link", { name: "Miejsca w schronieniach" }).click();
  await page.getByRole("heading", { name: "Miejsca w schronieniach" }).waitFor();
  const row = page.getByRole("row", { name: centre });
  assert.match(await row.innerText(), /2 wolne miejsca/);
  assert.match(await row.innerText(), /\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/);
  // The chair arranges shelter but does not keep the count.
  assert.equal(await page.getByRole("textbox").count(), 0);
  await assertAccessible(page, "shelter places for the chair");
  await page.getByRole("button", { name: "Wyloguj" }).click();
  await page.getByRole("heading", { name: "Logowanie do Ostoi" }).waitFor();

  await signIn(page, "czestochowa", "Robert Górski");
  await page.goto(BASE + "/schronienia");
  const field = page.getByRole("textbox", { name: "Wolne miejsca teraz — Częstochowskie Centrum Interwencji Kryzysowej" });
  await field.fill("-1");
  await page.getByRole("row", { name: centre }).getByRole("button", { name: "Zapisz" }).click();
  await page.getByText("Podaj liczbę całkowitą: 0 lub więcej.").waitFor();
  assert.equal(await field.getAttribute("aria-invalid"), "true");
  await assertAccessible(page, "shelter places with a refused count");
  await field.fill("3");
  await page.keyboard.press("Enter");
  await page.getByRole("status").filter({ hasText: "Zapisano: Częstochowskie Centrum Interwencji Kryzysowej — 3 wolne miejsca." }).waitFor();
  await page.getByRole("row", { name: centre }).filter({ hasText: "3 wolne miejsca" }).waitFor();
  assert.deepEqual(problems, [], "console errors or CSP violations");
  await context.close();
});
