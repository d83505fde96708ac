import { test } from "node:test";
import assert from "node:assert/strict";
import {
  addPlanItemInput,
  emptyPlanItem,
  newPlanItemProblems,
  nkACorrectionInput,
  nkAProblems,
  nkAValues,
  planItemInput,
  planItemKinds,
  planItemProblems,
  planItemValues,
  shown,
  type NkAValues,
} from "./corrections.ts";

const card = {
  id: "QmM",
  version: 4,
  initiatorInstitution: "SOCIAL_WELFARE",
  violenceForms: ["PHYSICAL", "PSYCHOLOGICAL"],
  details: {
    injuries: null,
    perpetratorUnderAlcohol: true,
    perpetratorUnderDrugs: false,
    firearmAccess: false,
    childrenInHousehold: 2,
    actionsTaken: ["MEDICAL_HELP"],
    nkBHandedOver: true,
    victimFeelsSafe: null,
    description: "Opis",
    additionalInformation: null,
  },
};

test("the card's NK-A as form values", () => {
  const v = nkAValues(card);
  assert.equal(v.childrenInHousehold, "2");
  assert.equal(v.injuries, "");
  assert.equal(v.victimFeelsSafe, "");
  assert.deepEqual(v.violenceForms, ["PHYSICAL", "PSYCHOLOGICAL"]);
  assert.equal(nkAValues({ ...card, details: { ...card.details, victimFeelsSafe: false } }).victimFeelsSafe, "no");
});

test("a correction sends only what differs from the current content", () => {
  const current = nkAValues(card);
  assert.equal(nkACorrectionInput(card, current, {}), null);
  // Edits equal to what is stored (a list in another order too) send nothing.
  assert.equal(nkACorrectionInput(card, current, { description: "Opis", violenceForms: ["PSYCHOLOGICAL", "PHYSICAL"] }), null);
  assert.deepEqual(
    nkACorrectionInput(card, current, { childrenInHousehold: " 3 ", victimFeelsSafe: "yes", injuries: "Siniaki", description: "Opis" }),
    { id: "QmM", version: 4, childrenInHousehold: 3, victimFeelsSafe: true, injuries: "Siniaki" },
  );
  // "Not established" set back once stated: sent as null.
  const stated = nkAValues({ ...card, details: { ...card.details, victimFeelsSafe: true } });
  assert.deepEqual(nkACorrectionInput(card, stated, { victimFeelsSafe: "" }), { id: "QmM", version: 4, victimFeelsSafe: null });
});

test("after a reload the fields left alone take the current values, the typed ones stay", () => {
  const edits = { injuries: "Siniaki" };
  const reloaded = nkAValues({ ...card, details: { ...card.details, description: "Opis uzupełniony." } });
  const v = shown(reloaded, edits);
  assert.equal(v.description, "Opis uzupełniony.");
  assert.equal(v.injuries, "Siniaki");
  assert.deepEqual(nkACorrectionInput({ id: "QmM", version: 5 }, reloaded, edits), { id: "QmM", version: 5, injuries: "Siniaki" });
});

test("what the NK-A correction cannot send", () => {
  const v = nkAValues(card);
  assert.deepEqual(nkAProblems(v, v), {});
  assert.deepEqual(nkAProblems({ ...v, violenceForms: [], childrenInHousehold: "dwoje" }, v), {
    violenceForms: "REQUIRED",
    childrenInHousehold: "NOT_A_NUMBER",
  });
  // The range is the server's to check.
  assert.deepEqual(nkAProblems({ ...v, childrenInHousehold: "31" }, v), {});
});

test("a plan item's change sends only what differs, a blank description refused", () => {
  const item = { id: "UGw", version: 1, status: "PLANNED", description: "Plan bezpieczeństwa", dueOn: null };
  const current = planItemValues(item);
  assert.equal(planItemInput(item, current, { status: "PLANNED" }), null);
  assert.deepEqual(planItemInput(item, current, { status: "DONE", description: " Plan gotowy ", dueOn: "" }), {
    id: "UGw",
    version: 1,
    status: "DONE",
    description: "Plan gotowy",
  });
  assert.deepEqual(planItemInput(item, current, { dueOn: "2030-01-31" }), { id: "UGw", version: 1, dueOn: "2030-01-31" });
  // A due day and a responsible person emptied are cleared; another person named.
  const planned = planItemValues({ ...item, dueOn: "2030-01-31", responsibleUserId: "VXNlcjox" });
  assert.deepEqual(planItemInput(item, planned, { dueOn: "", responsibleUserId: "" }), {
    id: "UGw",
    version: 1,
    dueOn: null,
    responsibleUserId: null,
  });
  assert.deepEqual(planItemInput(item, planned, { responsibleUserId: "VXNlcjoy" }), { id: "UGw", version: 1, responsibleUserId: "VXNlcjoy" });
  assert.deepEqual(planItemProblems({ ...current, description: "  " }), { description: "REQUIRED" });
});

test("a new plan item: the kinds each plan takes, a description required, only what was given sent", () => {
  assert.deepEqual(planItemKinds("HELP_PLAN"), ["ACTION"]);
  assert.deepEqual(planItemKinds("ACTION_PLAN"), ["ACTION", "PROGRAMME_REFERRAL", "PETTY_OFFENCE_NOTICE"]);
  assert.deepEqual(newPlanItemProblems({ ...emptyPlanItem, description: "  " }), { description: "REQUIRED" });
  assert.deepEqual(newPlanItemProblems({ ...emptyPlanItem, description: "Plan bezpieczeństwa" }), {});
  assert.deepEqual(addPlanItemInput("QmM", "HELP_PLAN", { ...emptyPlanItem, description: " Plan bezpieczeństwa " }), {
    blueCardId: "QmM",
    plan: "HELP_PLAN",
    kind: "ACTION",
    description: "Plan bezpieczeństwa",
  });
  // A kind the help plan does not take falls back to an action; a programme only for a referral.
  const referral = { ...emptyPlanItem, kind: "PROGRAMME_REFERRAL", programme: "CORRECTIVE_EDUCATIONAL", description: "Program" };
  assert.equal(addPlanItemInput("QmM", "HELP_PLAN", referral).kind, "ACTION");
  assert.equal(addPlanItemInput("QmM", "HELP_PLAN", referral).programme, undefined);
  assert.deepEqual(addPlanItemInput("QmM", "ACTION_PLAN", { ...referral, dueOn: "2026-12-01", responsibleUserId: "VXM" }), {
    blueCardId: "QmM",
    plan: "ACTION_PLAN",
    kind: "PROGRAMME_REFERRAL",
    programme: "CORRECTIVE_EDUCATIONAL",
    description: "Program",
    dueOn: "2026-12-01",
    responsibleUserId: "VXM",
  });
  assert.equal(addPlanItemInput("QmM", "ACTION_PLAN", { ...referral, kind: "PETTY_OFFENCE_NOTICE" }).programme, undefined);
});

test("a paper form's initiator is sent whole when any part changes, null when the form is its author's own", () => {
  const paper = { name: "Jan Wójtowicz", position: "st. asp.", entity: "KMP w Żorach" };
  const current = nkAValues({ ...card, details: { ...card.details, registeredFromPaper: paper } });
  assert.equal(current.fromPaper, true);
  assert.equal(current.paperName, "Jan Wójtowicz");
  assert.deepEqual(nkACorrectionInput({ id: "c", version: 3 }, current, { paperName: " Jan Wójtowicz-Lis " }), {
    id: "c",
    version: 3,
    registeredFromPaper: { name: "Jan Wójtowicz-Lis", position: "st. asp.", entity: "KMP w Żorach" },
  });
  assert.deepEqual(nkACorrectionInput({ id: "c", version: 3 }, current, { fromPaper: false }), {
    id: "c",
    version: 3,
    registeredFromPaper: null,
  });
  const own = nkAValues(card);
  assert.equal(own.fromPaper, false);
  assert.deepEqual(nkAProblems({ ...own, fromPaper: true }, own), {
    "registeredFromPaper.name": "REQUIRED",
    "registeredFromPaper.entity": "REQUIRED",
  });
});

test("NK-B handed over names whom to, checked only when either is changed", () => {
  const current = nkAValues(card);
  assert.equal(current.nkBRecipientId, "", "a card recorded before the recipient was kept");
  // Another correction of that card is not held up.
  assert.deepEqual(nkAProblems(shown(current, { description: "Nowy opis" }), current), {});
  assert.deepEqual(nkACorrectionInput(card, current, { description: "Nowy opis" }), { id: "QmM", version: 4, description: "Nowy opis" });
  // Unticked and ticked again: whom to is asked for.
  assert.deepEqual(nkAProblems(shown(current, { nkBHandedOver: false }), current), {});
  const unticked: NkAValues = { ...current, nkBHandedOver: false };
  assert.equal(nkAProblems(shown(unticked, { nkBHandedOver: true }), unticked).nkBRecipientId, "REQUIRED");
  // Both are sent together; not handed over sends nobody.
  assert.deepEqual(nkACorrectionInput(card, current, { nkBRecipientId: "QmP" }), { id: "QmM", version: 4, nkBHandedOver: true, nkBRecipientId: "QmP" });
  assert.deepEqual(nkACorrectionInput(card, current, { nkBHandedOver: false, nkBRecipientId: "QmP" }), {
    id: "QmM",
    version: 4,
    nkBHandedOver: false,
    nkBRecipientId: null,
  });
});
