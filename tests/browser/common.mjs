// Helpers of the browser tests: a fresh Polish browser profile with its problems recorded, axe
// with WCAG 2.1 A/AA rules, keyboard navigation, and the README's screenshots.
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { chromium, request } from "playwright-core";
import axe from "axe-core";

export const BASE = process.env.OSTOJA_URL;
export const TIMEOUT = 15_000;

export function launch() {
  assert.ok(BASE, "OSTOJA_URL must name the server under test");
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-dev-shm-usage"],
  });
}

/** A fresh context (no cookies) in Polish and Warsaw time; console errors and CSP reports kept. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ locale: "pl-PL", timezoneId: "Europe/Warsaw", ...options });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  const problems = [];
  // A 401 from the API once a session has ended is the answer, not a problem (before sign-in,
  // /auth/session answers 200 `{"signedIn": false}`: budgets.test.mjs counts every error).
  page.on("console", (m) => m.type() === "error" && !/status of 401/.test(m.text()) && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(String(e)));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP ${e.violatedDirective} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`),
    );
  });
  return { context, page, problems };
}

/** axe-core, WCAG 2.1 A/AA rules only; fails with each violation and its nodes. */
export async function assertAccessible(page, screen) {
  await page.evaluate(axe.source);
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
  );
  const found = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
  );
  assert.deepEqual(found, [], `axe found WCAG 2.1 A/AA violations on ${screen}`);
}

/** The focus has landed on an element of this role: it moves once the message is rendered, so wait for it. */
export async function focusLandsOn(page, role) {
  await page.waitForFunction((r) => document.activeElement?.getAttribute("role") === r, role);
}

/** Presses Tab until the focused element matches, as a keyboard-only user would. */
export async function tabTo(page, description, matches, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(matches)) return;
  }
  assert.fail(`Tab never reached ${description}`);
}

// Focus that fell back to the page (a re-render removed the focused element) is nobody's: the
// body's text holds every word on the page.
export const focusedText = (text) =>
  new Function(
    `const el = document.activeElement; return !!el && el !== document.body && (el.textContent ?? "").includes(${JSON.stringify(text)});`,
  );

export const focusedLabel = (label) =>
  new Function(
    `const el = document.activeElement; return !!el && [...(el.labels ?? [])].some((l) => l.textContent.includes(${JSON.stringify(label)}));`,
  );

/** The repository's docs/screenshots, where the README's pictures of the screens live. */
export const SCREENSHOTS = fileURLToPath(new URL("../../docs/screenshots/", import.meta.url));

/**
 * Saves the screen as docs/screenshots/<name>.png for the README: the viewport only (not the
 * full page), 1280x800 unless `phone` keeps the page's own narrow viewport; no caret, no
 * animation, scrolled to the top. Written by every run: a changed screen shows as a changed file to commit.
 */
export async function screenshot(page, name, { phone = false } = {}) {
  if (!phone) {
    const size = page.viewportSize();
    if (size?.width !== 1280 || size?.height !== 800) await page.setViewportSize({ width: 1280, height: 800 });
  }
  // From the top of the page, whatever a test scrolled to.
  await page.evaluate(() => window.scrollTo(0, 0));
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: false, animations: "disabled", caret: "hide" });
}

/** A development session of `login` in `tenant` outside the browser, and GraphQL as that person. */
export async function api(tenant, login, base = BASE) {
  const ctx = await request.newContext({ baseURL: base });
  const signedIn = await ctx.post("/auth/dev-login", { data: { tenant, login } });
  assert.ok(signedIn.ok(), await signedIn.text());
  const { csrfToken } = await (await ctx.get("/auth/session")).json();
  const gql = async (query, variables = {}) => {
    const res = await ctx.post("/graphql", { headers: { "X-CSRF-Token": csrfToken }, data: { query, variables } });
    const body = await res.json();
    assert.equal(body.errors, undefined, JSON.stringify(body));
    return body.data;
  };
  return { gql, dispose: () => ctx.dispose() };
}

/** Takes a step of a card through the API, failing on userErrors; the card's new version. */
export async function step(gql, mutation, inputType, input) {
  const data = await gql(
    `mutation($input: ${inputType}!) { ${mutation}(input: $input) { blueCard { id version } userErrors { field code } } }`,
    { input },
  );
  assert.deepEqual(data[mutation].userErrors, [], mutation);
  return data[mutation].blueCard.version;
}

/** The day `offset` days from today in Warsaw, as `YYYY-MM-DD`. */
export const isoDay = (offset) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw", year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(Date.now() + offset * 86_400_000),
  );

/** The same day as the screens write it, `dd.mm.rrrr`. */
export const plDay = (offset) => isoDay(offset).split("-").reverse().join(".");

/** Waits until the locator's text matches (a list reloads after a change), or fails with it. */
export async function textMatches(locator, pattern) {
  const end = Date.now() + TIMEOUT;
  let text = "";
  while (Date.now() < end) {
    text = (await locator.count()) > 0 ? await locator.innerText() : "";
    if (pattern.test(text)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.match(text, pattern);
}

/** The text of a native select's chosen option. */
export const chosen = (select) => select.evaluate((s) => s.selectedOptions[0]?.textContent ?? "");

/**
 * Chooses an option of a native select by its text, as a pointer user would: a string is the
 * option's whole text, a pattern finds the first option it matches.
 */
export async function selectByText(select, option) {
  if (typeof option === "string") return void (await select.selectOption({ label: option }));
  const found = select.locator("option").filter({ hasText: option }).first();
  await found.waitFor({ state: "attached" });
  await select.selectOption({ label: (await found.textContent()).trim() });
}

/**
 * Chooses an option (its whole text, or a pattern) of a native select by keyboard alone: a closed select's arrow keys
 * change its choice at once, one option a press.
 */
export async function arrowTo(page, select, option) {
  const wanted = select.locator("option", { hasText: option }).first();
  await wanted.waitFor({ state: "attached" });
  const text = typeof option === "string" ? option : await wanted.textContent();
  await select.focus();
  const [from, to] = await select.evaluate((s, t) => [s.selectedIndex, [...s.options].findIndex((o) => o.textContent === t)], text);
  assert.notEqual(to, -1, `${text} is offered`);
  for (let i = from; i !== to; i += to > from ? 1 : -1) await page.keyboard.press(to > from ? "ArrowDown" : "ArrowUp");
  assert.equal(await chosen(select), text);
}
