import { test } from "node:test";
import assert from "node:assert/strict";
import { ROUTES, cardIdOf, editionIdOf, familyIdOf, helpPath, helpRoute, intakeIdOf, pointIdOf } from "./route.ts";

test("a card's page is found by its path, and only there", () => {
  assert.equal(ROUTES.card("Qmx1ZUNhcmQ6eA"), "/sprawy/Qmx1ZUNhcmQ6eA");
  assert.equal(cardIdOf(ROUTES.card("Qmx1ZUNhcmQ6eA")), "Qmx1ZUNhcmQ6eA");
  assert.equal(cardIdOf("/sprawy/QmF6/"), "QmF6");
  for (const other of ["/", "/sprawy", "/sprawy/", ROUTES.newCard, "/sprawy/a/b", "/sprawy/%E0"]) {
    assert.equal(cardIdOf(other), null, other);
  }
});

test("a help point's form is found by its path, and only there", () => {
  assert.equal(ROUTES.point("SGVscFBvaW50Ong"), "/punkty-pomocy/SGVscFBvaW50Ong");
  assert.equal(pointIdOf(ROUTES.point("SGVscFBvaW50Ong")), "SGVscFBvaW50Ong");
  for (const other of ["/punkty-pomocy", "/punkty-pomocy/", ROUTES.newPoint, "/punkty-pomocy/a/b", "/punkty-pomocy/%E0", "/sprawy/x"]) {
    assert.equal(pointIdOf(other), null, other);
  }
});

test("an intake entry's page is found by its path, and only there", () => {
  assert.equal(ROUTES.intakeEntry("SW50YWtl"), "/zgloszenia/SW50YWtl");
  assert.equal(intakeIdOf(ROUTES.intakeEntry("SW50YWtl")), "SW50YWtl");
  assert.equal(intakeIdOf("/zgloszenia/SW50/"), "SW50");
  for (const other of ["/", "/zgloszenia", "/zgloszenia/", ROUTES.newIntake, "/zgloszenia/nowe/", "/zgloszenia/a/b", "/zgloszenia/%E0", "/sprawy/x"]) {
    assert.equal(intakeIdOf(other), null, other);
  }
});

test("a programme edition's page is found by its path, and only there", () => {
  assert.equal(ROUTES.edition("UHJvZw"), "/programy/UHJvZw");
  assert.equal(editionIdOf(ROUTES.edition("UHJvZw")), "UHJvZw");
  assert.equal(editionIdOf("/programy/UHJv/"), "UHJv");
  for (const other of ["/", ROUTES.programmes, "/programy/", "/programy/a/b", "/programy/%E0", "/sprawy/x"]) {
    assert.equal(editionIdOf(other), null, other);
  }
});

test("a family's file is found by its path, and only there", () => {
  assert.equal(ROUTES.family("RmFt"), "/rodziny/RmFt");
  assert.equal(familyIdOf(ROUTES.family("RmFt")), "RmFt");
  for (const other of ["/", ROUTES.families, ROUTES.newFamily, "/rodziny/nowa/", "/rodziny/a/b", "/rodziny/%E0", "/sprawy/x"]) {
    assert.equal(familyIdOf(other), null, other);
  }
});

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
