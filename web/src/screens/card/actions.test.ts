import { test } from "node:test";
import assert from "node:assert/strict";
import { compositionProblems, offeredActions, outcomeOf, planInput, stepInput } from "./actions.ts";

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
