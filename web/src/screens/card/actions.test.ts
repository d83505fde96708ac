import { test } from "node:test";
import assert from "node:assert/strict";
import { adultOn, compositionProblems, offeredActions, outcomeOf, planInput, stepInput } from "./actions.ts";

test("only the steps the API allows are offered, in its order, with work last", () => {
  assert.deepEqual(offeredActions(["UPDATED", "SENT_TO_CHAIR"], true), ["forward", "correctNkA", "recordWork"]);
  assert.deepEqual(offeredActions(["UPDATED", "ATTACHED", "GROUP_SET_UP"], true), ["setUpGroup", "correctNkA", "recordWork"]);
  assert.deepEqual(
    offeredActions(["UPDATED", "GROUP_MEETING", "VICTIM_FORM", "PERPETRATOR_FORM", "MONITORING_STARTED", "CLOSED"], false),
    ["meeting", "victimForm", "perpetratorForm", "startMonitoring", "close", "correctNkA"],
  );
  assert.deepEqual(offeredActions(["SENT_TO_CHAIR"], false), ["forward"]);
  assert.deepEqual(offeredActions([], false), []);
});

test("a step's input sends the card's version and leaves an empty day to the server", () => {
  assert.deepEqual(stepInput({ id: "QmFk", version: 3 }, ""), { id: "QmFk", version: 3, on: null });
  assert.deepEqual(stepInput({ id: "QmFk", version: 3 }, "2025-03-04").on, "2025-03-04");
});

test("the group's composition as the chair picks members", () => {
  assert.deepEqual(compositionProblems([]), ["SOCIAL_WORKER_REQUIRED", "POLICE_OFFICER_REQUIRED"]);
  assert.deepEqual(compositionProblems(["SOCIAL_WELFARE", "EDUCATION"]), ["POLICE_OFFICER_REQUIRED"]);
  assert.deepEqual(compositionProblems(["POLICE", "SOCIAL_WELFARE"]), []);
});

test("a mutation's answer: done, userErrors by field, conflict, forbidden, failure", () => {
  assert.deepEqual(outcomeOf({ payload: { userErrors: [] } }), { kind: "done" });
  assert.deepEqual(
    outcomeOf({ payload: { userErrors: [{ field: ["input", "memberIds"], code: "POLICE_OFFICER_REQUIRED" }] } }),
    { kind: "refused", problems: { memberIds: "POLICE_OFFICER_REQUIRED" } },
  );
  assert.deepEqual(outcomeOf({ error: { graphQLErrors: [{ extensions: { code: "CONFLICT" } }] }, payload: null }), {
    kind: "conflict",
  });
  assert.deepEqual(outcomeOf({ error: { graphQLErrors: [{ extensions: { code: "FORBIDDEN" } }] } }), { kind: "forbidden" });
  assert.deepEqual(outcomeOf({ error: { graphQLErrors: [] } }), { kind: "failed" });
});

test("plan items as typed, blank ones dropped", () => {
  assert.deepEqual(planInput([" Plan bezpieczeństwa ", "", "  "]), [{ description: "Plan bezpieczeństwa" }]);
});

test("a person is an adult from their 18th birthday, as the server counts it", () => {
  assert.equal(adultOn("2008-12-07", "2026-12-06"), false);
  assert.equal(adultOn("2008-12-07", "2026-12-07"), true);
  // Born on 29 February: 18 on 28 February of a year without a leap day.
  assert.equal(adultOn("2008-02-29", "2026-02-27"), false);
  assert.equal(adultOn("2008-02-29", "2026-02-28"), true);
  assert.equal(adultOn("2000-02-29", "2018-02-28"), true);
});
