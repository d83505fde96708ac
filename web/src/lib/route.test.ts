import { test } from "node:test";
import assert from "node:assert/strict";
import { ROUTES, cardIdOf } from "./route.ts";

test("a card's page is found by its path, and only there", () => {
  assert.equal(ROUTES.card("Qmx1ZUNhcmQ6eA"), "/sprawy/Qmx1ZUNhcmQ6eA");
  assert.equal(cardIdOf(ROUTES.card("Qmx1ZUNhcmQ6eA")), "Qmx1ZUNhcmQ6eA");
  assert.equal(cardIdOf("/sprawy/QmF6/"), "QmF6");
  for (const other of ["/", "/sprawy", "/sprawy/", ROUTES.newCard, "/sprawy/a/b", "/sprawy/%E0"]) {
    assert.equal(cardIdOf(other), null, other);
  }
});
