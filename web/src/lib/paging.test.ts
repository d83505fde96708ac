import { test } from "node:test";
import assert from "node:assert/strict";
import { currentAfter, firstPage, nextPage, pageNumber, pagerOf, previousPage } from "./paging.ts";

test("paging forwards and back keeps the cursors of the pages before", () => {
  let p = firstPage();
  assert.equal(currentAfter(p), null);
  p = nextPage(nextPage(p, "c1"), "c2");
  assert.equal(currentAfter(p), "c2");
  assert.equal(pageNumber(p), 3);
  p = previousPage(p);
  assert.equal(currentAfter(p), "c1");
  p = previousPage(previousPage(p));
  assert.equal(currentAfter(p), null);
  assert.equal(pageNumber(p), 1);
});

test("the pager offers back after the first page and on while the server has more", () => {
  assert.deepEqual(pagerOf(firstPage(), { hasNextPage: false, endCursor: "c1" }), { page: 1, previous: false, next: null });
  assert.deepEqual(pagerOf(firstPage(), { hasNextPage: true, endCursor: "c1" }), { page: 1, previous: false, next: "c1" });
  // No cursor to continue from: nothing to go on to.
  assert.deepEqual(pagerOf(firstPage(), { hasNextPage: true, endCursor: null }), { page: 1, previous: false, next: null });
  assert.deepEqual(pagerOf(nextPage(firstPage(), "c1"), { hasNextPage: false, endCursor: "c2" }), { page: 2, previous: true, next: null });
});
