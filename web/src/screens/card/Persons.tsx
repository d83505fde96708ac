import { useState } from "react";
import { Button } from "react-aria-components";
import { graphql } from "../../gql/index.ts";
import type { CorrectBlueCardPersonInput } from "../../gql/graphql.ts";
import { formatDate, formatDateTime } from "../../lib/format.ts";
import type { Card } from "./CardPage.tsx";
import { Checks, Choice, DayField, Frame, TextBox, useSend } from "./FormParts.tsx";
import { Section } from "./Section.tsx";
import { correctionInput, personChanged, personProblems, personValues, type PersonValues } from "./person.ts";
import { texts } from "./texts.ts";

const CorrectPerson = graphql(`
  mutation CardCorrectPerson($input: CorrectBlueCardPersonInput!) {
    correctBlueCardPerson(input: $input) {
      blueCard {
        id
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`);

type Person = Card["persons"][number];
type Props = { card: Card; reload: () => void; onDone: (message: string) => void };

const fullName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

/**
 * The card's persons, each with every datum the forms hold, the corrections made to them with
 * the values they replaced, and (when the API allows the step) a correction form per person.
 */
export function Persons({ card, reload, onDone }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const mayCorrect = card.allowedSteps.includes("PERSON_CORRECTED");
  const f = texts.personFields;
  const value = (v: string | null | undefined) => (v ? v : texts.noValue);
  return (
    <Section id="persons" title={texts.persons}>
      <div className="persons">
        {card.persons.map((p) => (
          <article key={p.id} className="person" aria-labelledby={`person-${p.id}`}>
            <h3 id={`person-${p.id}`}>{fullName(p)}</h3>
            <dl className="facts">
              <Fact term={f.role} value={texts.roles[p.role] ?? p.role} />
              <Fact term={f.pesel} value={p.pesel ?? texts.noPesel} />
              <Fact term={f.dateOfBirth} value={formatDate(p.dateOfBirth)} />
              <Fact term={f.sex} value={texts.sexes[p.sex] ?? p.sex} />
              <Fact term={f.minor} value={p.minor ? texts.minor : texts.adult} />
              <Fact term={f.address} value={value(p.address)} />
              <Fact term={f.phone} value={value(p.phone)} />
              {p.email && <Fact term={f.email} value={p.email} />}
              {p.relationToVictim && <Fact term={f.relationToVictim} value={texts.relations[p.relationToVictim] ?? p.relationToVictim} />}
              {p.livesWithVictim != null && <Fact term={f.livesWithVictim} value={p.livesWithVictim ? texts.yes : texts.no} />}
              {p.school && <Fact term={f.school} value={p.school} />}
              {p.health && <Fact term={f.health} value={p.health} />}
              {p.addictions.length > 0 && (
                <Fact term={f.addictions} value={p.addictions.map((a) => texts.addictionKinds[a] ?? a).join(", ")} />
              )}
              {p.diedOn && <Fact term={f.diedOn} value={formatDate(p.diedOn)} />}
              {p.notes && <Fact term={f.notes} value={p.notes} />}
            </dl>
            {mayCorrect && editing !== p.id && (
              <Button className="button secondary no-print" onPress={() => setEditing(p.id)}>
                {texts.correctPerson(fullName(p))}
              </Button>
            )}
            {editing === p.id && (
              <CorrectionForm
                card={card}
                person={p}
                reload={reload}
                onCancel={() => setEditing(null)}
                onDone={(name) => {
                  setEditing(null);
                  onDone(texts.personCorrected(name));
                }}
              />
            )}
          </article>
        ))}
      </div>
      <Corrections card={card} />
    </Section>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function CorrectionForm(props: {
  card: Card;
  person: Person;
  reload: () => void;
  onCancel: () => void;
  onDone: (name: string) => void;
}) {
  const { card, person } = props;
  const before = personValues(person);
  const [values, setValues] = useState<PersonValues>(before);
  const [notice, setNotice] = useState<string | null>(null);
  const { outcome, sending, send, refuse, problem } = useSend();
  const edit = (field: keyof PersonValues) => (v: string) => {
    setNotice(null);
    setValues((s) => ({ ...s, [field]: v }));
  };
  const submit = () => {
    const found = personProblems(values);
    if (Object.keys(found).length > 0) return refuse(found);
    if (!personChanged(before, values)) return setNotice(texts.nothingChanged);
    const input = correctionInput(person, card.version, values) as CorrectBlueCardPersonInput;
    void send(CorrectPerson, { input }, () => props.onDone(`${values.firstName.trim()} ${values.lastName.trim()}`));
  };
  const l = texts.personFieldLabels;
  const text = (field: keyof PersonValues, extra: { hint?: string; rows?: number; inputMode?: "numeric"; autoFocus?: boolean } = {}) => (
    <TextBox label={l[field]} value={values[field]} onChange={edit(field)} problem={problem(field)} field={field} {...extra} />
  );
  return (
    <Frame
      label={texts.correctPersonTitle(fullName(person))}
      outcome={outcome}
      sending={sending}
      reload={props.reload}
      onCancel={props.onCancel}
      onSubmit={submit}
      notice={notice}
      labels={l}
    >
      <p className="hint">{texts.correctPersonIntro}</p>
      {text("firstName", { autoFocus: true })}
      {text("lastName")}
      {text("pesel", { hint: texts.peselHint, inputMode: "numeric" })}
      <DayField label={l.dateOfBirth} value={values.dateOfBirth} onChange={edit("dateOfBirth")} problem={problem("dateOfBirth")} hint={texts.bornHint} />
      <Choice
        label={l.sex}
        placeholder={texts.chooseSex}
        options={texts.sexes}
        value={values.sex}
        onChange={edit("sex")}
        problem={problem("sex")}
        field="sex"
      />
      {text("address")}
      {text("phone")}
      {text("email")}
      <Choice
        label={l.relationToVictim}
        placeholder={texts.chooseRelation}
        options={texts.relations}
        value={values.relationToVictim}
        onChange={edit("relationToVictim")}
        problem={problem("relationToVictim")}
        field="relationToVictim"
      />
      <Choice
        label={l.livesWithVictim}
        placeholder={texts.chooseYesNo}
        options={texts.yesNoChoices}
        value={values.livesWithVictim}
        onChange={edit("livesWithVictim")}
        problem={problem("livesWithVictim")}
        field="livesWithVictim"
      />
      {person.minor && text("school")}
      {card.seesDiagnosis && text("health", { rows: 2 })}
      {card.seesDiagnosis && (
        <Checks
          label={l.addictions}
          options={texts.addictionKinds}
          value={values.addictions ? values.addictions.split(",") : []}
          onChange={(v) => edit("addictions")([...v].sort().join(","))}
          problem={problem("addictions")}
          field="addictions"
        />
      )}
      <DayField label={l.diedOn} value={values.diedOn} onChange={edit("diedOn")} problem={problem("diedOn")} hint={texts.diedHint} />
      {text("notes", { rows: 3 })}
    </Frame>
  );
}

/** Every correction, oldest first: when, who, whose data, and what each field was before. */
function Corrections({ card }: { card: Card }) {
  if (card.personCorrections.length === 0) return null;
  const nameOf = (id: string) => {
    const p = card.persons.find((x) => x.id === id);
    return p ? fullName(p) : texts.unknownPerson;
  };
  const earlier = (field: string, value: string | null | undefined) => {
    const name = texts.correctionField[field] ?? field;
    if (!value) return texts.wasEmpty(name);
    const shown =
      field === "DATE_OF_BIRTH" || field === "DIED_ON"
        ? formatDate(value)
        : field === "SEX"
          ? (texts.sexes[value] ?? value)
          : field === "RELATION_TO_VICTIM"
            ? (texts.relations[value] ?? value)
            : field === "LIVES_WITH_VICTIM"
              ? value === "true"
                ? texts.yes
                : texts.no
              : field === "ADDICTIONS"
                ? value
                    .split(",")
                    .map((a) => texts.addictionKinds[a] ?? a)
                    .join(", ")
                : value;
    return texts.wasValue(name, shown);
  };
  return (
    <>
      <h3>{texts.corrections}</h3>
      <ul className="corrections">
        {card.personCorrections.map((c, i) => (
          <li key={i}>
            {texts.correctionLine(formatDateTime(c.correctedAt), c.correctedByName ?? texts.unknownPerson, nameOf(c.personId))}
            {" — "}
            {c.changes.map((ch) => earlier(ch.field, ch.earlier)).join("; ")}
          </li>
        ))}
      </ul>
    </>
  );
}
