import { test } from "node:test";
import assert from "node:assert/strict";
import { usesIntake } from "./roles.ts";

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
