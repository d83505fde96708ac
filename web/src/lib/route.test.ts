import { test } from "node:test";
import assert from "node:assert/strict";
import { helpPath, helpRoute } from "./route.ts";

test("the public help pages' paths", () => {
  assert.deepEqual(helpRoute("/pomoc"), { kind: "choose" });
  assert.deepEqual(helpRoute("/pomoc/"), { kind: "choose" });
  assert.deepEqual(helpRoute("/pomoc/zory"), { kind: "municipality", slug: "zory" });
  assert.deepEqual(helpRoute("/pomoc/region/slaskie"), { kind: "region", slug: "slaskie" });
  assert.equal(helpRoute("/pomoc/region"), null);
  assert.equal(helpRoute("/pomoc/a/b"), null);
  assert.equal(helpRoute("/sprawy"), null);
  assert.equal(helpRoute("/pomocy"), null);
  for (const path of ["/pomoc", "/pomoc/zory", "/pomoc/region/slaskie"]) {
    const route = helpRoute(path);
    assert.ok(route);
    assert.equal(helpPath(route), path);
  }
});
