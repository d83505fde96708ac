import { test } from "node:test";
import assert from "node:assert/strict";
import {
  STAFF_ROLES,
  currentAfter,
  describeOperation,
  describeRoles,
  firstPage,
  formatPeriod,
  grantableRoles,
  nextPage,
  pageNumber,
  previousPage,
  ruleInput,
  ruleProblems,
  settingsProblems,
} from "./admin.ts";
import { texts } from "./texts.ts";

test("every staff role has a Polish name; only roles the user lacks are offered", () => {
  for (const role of STAFF_ROLES) assert.ok(texts.roles[role], role);
  assert.deepEqual(grantableRoles(["TEAM_MEMBER", "SOCIAL_WORKER"]), [
    "TENANT_ADMIN",
    "TEAM_CHAIR",
    "DATA_PROTECTION_OFFICER",
    "DIRECTORY_EDITOR",
    "INTAKE_STAFF",
    "STATISTICS",
  ]);
  assert.deepEqual(grantableRoles([...STAFF_ROLES]), []);
  // Operators and coordinators are never a municipality's to grant.
  assert.ok(!grantableRoles([]).includes("OPERATOR" as never));
});

test("roles from the identity provider are listed once and marked", () => {
  assert.deepEqual(describeRoles({ grantedRoles: ["TEAM_MEMBER"], providerRoles: ["TEAM_MEMBER", "SOCIAL_WORKER"] }), [
    { role: "TEAM_MEMBER", name: "członek zespołu", fromProvider: false },
    { role: "SOCIAL_WORKER", name: "pracownik socjalny", fromProvider: true },
  ]);
});

test("periods read in Polish with their plural forms", () => {
  assert.equal(formatPeriod(1, "WORKING_DAYS"), "1 dzień roboczy");
  assert.equal(formatPeriod(5, "WORKING_DAYS"), "5 dni roboczych");
  assert.equal(formatPeriod(3, "DAYS"), "3 dni");
  assert.equal(formatPeriod(3, "MONTHS"), "3 miesiące");
  assert.equal(formatPeriod(9, "MONTHS"), "9 miesięcy");
  assert.equal(formatPeriod(22, "MONTHS"), "22 miesiące");
});

test("a rule's amount is checked as typed against its unit's range", () => {
  assert.deepEqual(ruleProblems({ amount: "", unit: "DAYS" }), { amount: "REQUIRED" });
  assert.deepEqual(ruleProblems({ amount: "pięć", unit: "DAYS" }), { amount: "NOT_A_NUMBER" });
  assert.deepEqual(ruleProblems({ amount: "2,5", unit: "DAYS" }), { amount: "NOT_A_NUMBER" });
  assert.deepEqual(ruleProblems({ amount: "0", unit: "WORKING_DAYS" }), { amount: "OUT_OF_RANGE" });
  assert.deepEqual(ruleProblems({ amount: "366", unit: "WORKING_DAYS" }), {});
  assert.deepEqual(ruleProblems({ amount: "61", unit: "MONTHS" }), { amount: "OUT_OF_RANGE" });
  assert.deepEqual(ruleProblems({ amount: " 60 ", unit: "MONTHS" }), {});
  assert.deepEqual(ruleInput({ amount: " 7 ", unit: "WORKING_DAYS" }, 2), { amount: 7, unit: "WORKING_DAYS", version: 2 });
});

test("the audit retention is 365 to 36 500 days", () => {
  assert.deepEqual(settingsProblems("364"), { auditRetentionDays: "OUT_OF_RANGE" });
  assert.deepEqual(settingsProblems("365"), {});
  assert.deepEqual(settingsProblems("36 500"), {});
  assert.deepEqual(settingsProblems("36501"), { auditRetentionDays: "OUT_OF_RANGE" });
  assert.deepEqual(settingsProblems(""), { auditRetentionDays: "REQUIRED" });
  for (const code of ["REQUIRED", "NOT_A_NUMBER", "OUT_OF_RANGE", "SELF", "FROM_PROVIDER", "INVALID"]) {
    assert.ok(texts.errors[code], code);
  }
});

test("paging forwards and back keeps the cursors of the pages before", () => {
  let p = firstPage();
  assert.equal(currentAfter(p), null);
  assert.equal(pageNumber(p), 1);
  p = nextPage(p, "c1");
  p = nextPage(p, "c2");
  assert.equal(currentAfter(p), "c2");
  assert.equal(pageNumber(p), 3);
  p = previousPage(p);
  assert.equal(currentAfter(p), "c1");
  p = previousPage(previousPage(p));
  assert.equal(currentAfter(p), null);
  assert.equal(pageNumber(p), 1);
});

test("audit operations read in Polish, unknown ones as the server wrote them", () => {
  assert.equal(describeOperation("mutation setDeadlineRule"), "Zmiana: zmiana terminu (setDeadlineRule)");
  assert.equal(describeOperation("mutation grantRole"), "Zmiana: nadanie roli (grantRole)");
  assert.equal(
    describeOperation("query tenantSettings,users"),
    "Odczyt: ustawienia (tenantSettings), lista użytkowników (users)",
  );
  assert.equal(describeOperation("query somethingNew"), "Odczyt: somethingNew");
  assert.equal(describeOperation("mutation (case data)"), "Zmiana (dane sprawy)");
  assert.equal(describeOperation("devSignIn"), "logowanie deweloperskie (devSignIn)");
  assert.equal(describeOperation("worker retention"), "worker retention");
});
