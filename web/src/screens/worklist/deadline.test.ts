import { test } from "node:test";
import assert from "node:assert/strict";
import { nextDeadline } from "./deadline.ts";

const d = (kind: string, dueOn: string, state: string) => ({ kind, dueOn, state });

test("the earliest open deadline comes next", () => {
  const next = nextDeadline(
    [d("FORWARD_TO_CHAIR", "2025-03-03", "MET"), d("SET_UP_GROUP", "2025-03-10", "PENDING"), d("X", "2025-03-20", "PENDING")],
    "2025-03-01",
  );
  assert.equal(next?.kind, "SET_UP_GROUP");
  assert.equal(next?.days, 9);
  assert.equal(next?.urgency, "later");
});

test("overdue and due soon", () => {
  assert.equal(nextDeadline([d("A", "2025-03-03", "OVERDUE")], "2025-03-05")?.urgency, "overdue");
  assert.equal(nextDeadline([d("A", "2025-03-03", "PENDING")], "2025-03-05")?.urgency, "overdue");
  assert.equal(nextDeadline([d("A", "2025-03-07", "PENDING")], "2025-03-05")?.urgency, "soon");
  assert.equal(nextDeadline([d("A", "2025-03-05", "PENDING")], "2025-03-05")?.days, 0);
});

test("no open deadline", () => {
  assert.equal(nextDeadline([d("A", "2025-03-03", "CANCELLED"), d("B", "2025-03-03", "MET")], "2025-03-01"), null);
});
