import { test } from "node:test";
import assert from "node:assert/strict";
import { roleName, rolesSaid, usesIntake, worksWithFamilies } from "./roles.ts";

test("the intake register is offered to its staff and those entries go to, never the administrator", () => {
  assert.equal(usesIntake(["INTAKE_STAFF"]), true);
  assert.equal(usesIntake(["SOCIAL_WORKER", "TEAM_MEMBER"]), true);
  assert.equal(usesIntake(["TEAM_CHAIR"]), true);
  assert.equal(usesIntake(["TENANT_ADMIN"]), false);
  assert.equal(usesIntake(["TENANT_ADMIN", "INTAKE_STAFF"]), false);
  assert.equal(usesIntake(["DIRECTORY_EDITOR"]), false);
  assert.equal(usesIntake(["DATA_PROTECTION_OFFICER"]), false);
  assert.equal(usesIntake([]), false);
});

test("families' files are offered to social workers and the team, never the administrator", () => {
  assert.equal(worksWithFamilies(["SOCIAL_WORKER"]), true);
  assert.equal(worksWithFamilies(["TEAM_MEMBER"]), true);
  assert.equal(worksWithFamilies(["TEAM_CHAIR", "TEAM_MEMBER"]), true);
  assert.equal(worksWithFamilies(["TENANT_ADMIN", "SOCIAL_WORKER"]), false);
  assert.equal(worksWithFamilies(["INTAKE_STAFF"]), false);
  assert.equal(worksWithFamilies(["STATISTICS", "DIRECTORY_EDITOR"]), false);
});

test("roles are named in the grammatical gender the person asked for", () => {
  assert.equal(rolesSaid(["TEAM_CHAIR", "TEAM_MEMBER"], "FEMININE"), "przewodnicząca zespołu");
  assert.equal(rolesSaid(["TEAM_CHAIR", "TEAM_MEMBER"], "MASCULINE"), "przewodniczący zespołu");
  assert.equal(rolesSaid(["SOCIAL_WORKER", "INTAKE_STAFF"], "FEMININE"), "pracowniczka socjalna, pracowniczka rejestru zgłoszeń");
  assert.equal(rolesSaid(["TEAM_MEMBER"], null), "członek zespołu");
  assert.equal(rolesSaid(["TEAM_MEMBER", "SOCIAL_WORKER"], "FEMININE"), "pracowniczka socjalna, członkini zespołu");
  assert.equal(roleName("TENANT_ADMIN", "FEMININE"), "administratorka gminy");
});
