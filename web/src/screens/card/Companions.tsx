// Who was with a minor the group heard (at a meeting or when filling NK-C): a parent or guardian
// who does not use violence, or an adult closest person; one of the card's adults who is not a
// perpetrator, or someone named from outside the card.
import { useState } from "react";
import type { Card } from "./CardPage.tsx";
import { adultOn } from "./actions.ts";
import { Choice, TextBox } from "./FormParts.tsx";
import { texts } from "./texts.ts";

type Person = Card["persons"][number];

/** A companion as typed: `with` is a person of the card or `OTHER` (then `name`). */
type CompanionDraft = { with: string; name: string; relation: string };
const NO_COMPANION: CompanionDraft = { with: "", name: "", relation: "" };

export const personName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

/** The minors among `ids` on `day`, and the card's adults who may be with them. */
function minorsAndAdults(card: Card, ids: readonly string[], day: string) {
  return {
    minors: card.persons.filter((p) => ids.includes(p.id) && !adultOn(p.dateOfBirth, day)),
    adults: card.persons.filter((p) => p.role !== "PERPETRATOR" && adultOn(p.dateOfBirth, day)),
  };
}

/** Whether a companion is named in full: one of `adults` or someone named, and how related. */
const companionComplete = (c: CompanionDraft, adults: readonly Person[]) =>
  !!c.relation && (c.with === "OTHER" ? !!c.name.trim() : adults.some((a) => a.id === c.with));

/** The API's input for each minor's companion. */
function companionsInput(minors: readonly Person[], of: (id: string) => CompanionDraft) {
  return minors.map((p) => {
    const c = of(p.id);
    return {
      minorId: p.id,
      personId: c.with === "OTHER" ? null : c.with,
      name: c.with === "OTHER" ? c.name.trim() : null,
      relation: c.relation as "PARENT",
    };
  });
}

/**
 * The companions of the minors among `ids` on `day`, as typed: the minors, the adults who may
 * be with them, each one's draft and its change, whether all are named, and the API's input.
 */
export function useCompanions(card: Card, ids: readonly string[], day: string) {
  const [drafts, setDrafts] = useState<Record<string, CompanionDraft>>({});
  const { minors, adults } = minorsAndAdults(card, ids, day);
  const of = (id: string) => drafts[id] ?? NO_COMPANION;
  const change = (id: string, to: Partial<CompanionDraft>) =>
    setDrafts((all) => ({ ...all, [id]: { ...(all[id] ?? NO_COMPANION), ...to } }));
  return {
    minors,
    adults,
    of,
    change,
    // One chosen before the day moved may no longer be an adult: chosen again.
    complete: minors.every((p) => companionComplete(of(p.id), adults)),
    input: () => companionsInput(minors, of),
  };
}

/** The fields of each minor's companion, in the order of the input's list. */
export function CompanionsFields({ companions: c, problem }: { companions: ReturnType<typeof useCompanions>; problem: (path: string) => string | undefined }) {
  return c.minors.map((p, i) => (
    <CompanionFields key={p.id} minor={p} adults={c.adults} value={c.of(p.id)} onChange={(to) => c.change(p.id, to)} problem={problem} index={i} />
  ));
}

/** The fields of one minor's companion; `index` is the minor's place in the input's list. */
function CompanionFields(props: {
  minor: Person;
  adults: readonly Person[];
  value: CompanionDraft;
  onChange: (change: Partial<CompanionDraft>) => void;
  problem: (path: string) => string | undefined;
  index: number;
}) {
  const { minor, adults, value: c, onChange, problem, index: i } = props;
  const missing = problem("companions");
  return (
    <fieldset>
      <legend>{texts.companionLegend(personName(minor))}</legend>
      <p className="hint">{texts.companionHint}</p>
      <Choice
        label={texts.companionWho}
        placeholder={texts.companionChoose}
        options={{ ...Object.fromEntries(adults.map((a) => [a.id, personName(a)])), OTHER: texts.companionOther }}
        value={c.with}
        onChange={(v) => onChange({ with: v })}
        problem={problem(`companions.${i}.personId`) ?? problem(`companions.${i}.minorId`) ?? (missing && !c.with ? missing : undefined)}
      />
      {c.with === "OTHER" && (
        <TextBox
          label={texts.companionName}
          value={c.name}
          onChange={(v) => onChange({ name: v })}
          problem={problem(`companions.${i}.name`) ?? (missing && !c.name.trim() ? missing : undefined)}
        />
      )}
      <Choice
        label={texts.companionRelation}
        placeholder={texts.companionRelationChoose}
        options={texts.companionRelations}
        value={c.relation}
        onChange={(v) => onChange({ relation: v })}
        problem={missing && !c.relation ? missing : undefined}
      />
    </fieldset>
  );
}
