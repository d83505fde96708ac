import assert from "node:assert/strict";
import { test } from "node:test";
import { dayProblem, endProblems, offeredChanges, signProblems, statementState, type MemberFacts } from "./membership.ts";

const member = (change: Partial<MemberFacts> = {}): MemberFacts => ({
  userId: "u1",
  chair: false,
  confidentialitySignedOn: "2026-01-10",
  confidentialityHolds: true,
  ...change,
});

test("a statement says whether it holds, was withdrawn or expired", () => {
  assert.deepEqual(statementState(member()), { kind: "holds", signedOn: "2026-01-10", validUntil: undefined });
  assert.deepEqual(statementState(member({ confidentialityWithdrawnOn: "2026-03-03", confidentialityHolds: false })), {
    kind: "withdrawn",
    on: "2026-03-03",
  });
  assert.deepEqual(statementState(member({ confidentialityValidUntil: "2026-06-30", confidentialityHolds: false })), {
    kind: "expired",
    on: "2026-06-30",
  });
  assert.deepEqual(statementState(member({ confidentialitySignedOn: null, confidentialityHolds: false })), { kind: "notSigned" });
});

test("the administrator is offered what the server allows", () => {
  assert.deepEqual(offeredChanges(member(), "admin"), ["end", "withdraw", "chair"]);
  // The chair's membership ends, and the chair's statement is withdrawn, only after the chair
  // is handed over.
  assert.deepEqual(offeredChanges(member({ chair: true }), "admin"), []);
  // Nobody vouches for themself.
  assert.deepEqual(offeredChanges(member({ confidentialityHolds: false, confidentialitySignedOn: null }), "u1"), ["end"]);
  assert.deepEqual(offeredChanges(member({ confidentialityHolds: false, confidentialitySignedOn: null }), "admin"), ["end", "sign"]);
  // A former member has nothing left to change.
  assert.deepEqual(offeredChanges(member({ leftOn: "2026-05-01" }), "admin"), []);
});

test("a form's days and reason are checked before sending", () => {
  assert.equal(dayProblem("", "2026-12-05"), "REQUIRED");
  assert.equal(dayProblem("", "2026-12-05", false), undefined);
  assert.equal(dayProblem("2026-12-06", "2026-12-05"), "IN_FUTURE");
  assert.equal(dayProblem("05.12.2026", "2026-12-05"), "INVALID_DATE");
  assert.deepEqual(endProblems({ on: "2026-12-05", reason: "  " }, "2026-12-05"), { reason: "REQUIRED" });
  assert.deepEqual(signProblems({ signedOn: "2026-12-05", validUntil: "2026-12-01" }, "2026-12-05"), {
    confidentialityValidUntil: "BEFORE_SIGNED",
  });
  assert.deepEqual(signProblems({ signedOn: "2026-12-05", validUntil: "" }, "2026-12-05"), {});
});
