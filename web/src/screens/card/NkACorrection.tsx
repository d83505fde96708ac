import { useState } from "react";
import { Label, Radio, RadioGroup } from "react-aria-components";
import { Flag } from "../../components/fields.tsx";
import { graphql } from "../../gql/index.ts";
import type { UpdateBlueCardInput } from "../../gql/graphql.ts";
import type { Card } from "./CardPage.tsx";
import { Checks, Choice, Frame, TextBox, useSend } from "./FormParts.tsx";
import { nkACorrectionInput, nkAProblems, nkAValues, shown, type NkAValues } from "./corrections.ts";
import { texts as all } from "./texts.ts";
import { fieldLabel, texts as nka } from "../nka/texts.ts";

const texts = all.correction;

const UpdateBlueCard = graphql(`
  mutation CardUpdateBlueCard($input: UpdateBlueCardInput!) {
    updateBlueCard(input: $input) {
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

type Props = { card: Card; reload: () => void; onCancel: () => void; onDone: () => void };

/**
 * Correcting form NK-A (offered when the API allows the `UPDATED` step). The form keeps only the
 * fields the user changed: the others show the card's current content, also after a reload.
 */
export function NkACorrectionForm({ card, reload, onCancel, onDone }: Props) {
  const [edits, setEdits] = useState<Partial<NkAValues>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const { outcome, sending, send, refuse, problem } = useSend();
  const current = nkAValues(card);
  const values = shown(current, edits);
  const edit = <K extends keyof NkAValues>(field: K) => (value: NkAValues[K]) => {
    setNotice(null);
    setEdits((e) => ({ ...e, [field]: value }));
  };
  const submit = () => {
    const found = nkAProblems(values, current);
    if (Object.keys(found).length > 0) return refuse(found);
    const input = nkACorrectionInput(card, current, edits);
    if (!input) return setNotice(texts.nothingChanged);
    void send(UpdateBlueCard, { input: input as UpdateBlueCardInput }, onDone);
  };
  const flag = (field: "perpetratorUnderAlcohol" | "perpetratorUnderDrugs" | "firearmAccess" | "nkBHandedOver", label: string) => (
    <Flag label={label} value={values[field]} onChange={edit(field)} />
  );
  return (
    <Frame
      label={all.action.correctNkA}
      outcome={outcome}
      sending={sending}
      reload={reload}
      onCancel={onCancel}
      onSubmit={submit}
      notice={notice}
      labels={fieldLabel}
    >
      <p className="hint">{texts.intro}</p>
      <Choice
        label={texts.institution}
        placeholder={texts.institution}
        options={Object.fromEntries(
          // The bodies that may initiate, and the card's own when recorded before that rule.
          [...new Set([...nka.initiators, current.initiatorInstitution])].map((k) => [k, texts.institutions[k] ?? k]),
        )}
        value={values.initiatorInstitution}
        onChange={edit("initiatorInstitution")}
        problem={problem("initiatorInstitution")}
        field="initiatorInstitution"
        autoFocus
      />
      <Flag label={nka.fromPaper} value={values.fromPaper} onChange={edit("fromPaper")} />
      {values.fromPaper && (
        <>
          <TextBox label={nka.paperName} value={values.paperName} onChange={edit("paperName")} problem={problem("registeredFromPaper.name")} field="registeredFromPaper.name" />
          <TextBox label={nka.paperPosition} value={values.paperPosition} onChange={edit("paperPosition")} problem={problem("registeredFromPaper.position")} field="registeredFromPaper.position" />
          <TextBox label={nka.paperEntity} value={values.paperEntity} onChange={edit("paperEntity")} problem={problem("registeredFromPaper.entity")} field="registeredFromPaper.entity" />
        </>
      )}
      <Checks
        label={texts.violenceForms}
        options={texts.violence}
        value={values.violenceForms}
        onChange={edit("violenceForms")}
        problem={problem("violenceForms")}
        field="violenceForms"
      />
      <TextBox label={texts.injuries} value={values.injuries} onChange={edit("injuries")} problem={problem("injuries")} field="injuries" rows={2} wide />
      {flag("perpetratorUnderAlcohol", texts.underAlcohol)}
      {flag("perpetratorUnderDrugs", texts.underDrugs)}
      {flag("firearmAccess", texts.firearmAccess)}
      <TextBox
        label={texts.children}
        value={values.childrenInHousehold}
        onChange={edit("childrenInHousehold")}
        problem={problem("childrenInHousehold")}
        field="childrenInHousehold"
        inputMode="numeric"
        hint={texts.childrenHint}
      />
      <Checks label={texts.actionsTaken} options={texts.actions} value={values.actionsTaken} onChange={edit("actionsTaken")} />
      {flag("nkBHandedOver", texts.nkB)}
      {values.nkBHandedOver && (
        <Choice
          label={nka.nkBRecipient}
          placeholder={nka.nkBRecipientChoose}
          options={Object.fromEntries(
            card.persons
              .filter((p) => p.role !== "PERPETRATOR" && !p.minor && (p.role === "VICTIM" || card.persons.some((c) => c.minor && c.role === "VICTIM")))
              .map((p) => [p.id, `${p.firstName} ${p.lastName}`]),
          )}
          value={values.nkBRecipientId}
          onChange={edit("nkBRecipientId")}
          problem={problem("nkBRecipientId")}
          field="nkBRecipientId"
        />
      )}
      <RadioGroup className="checks" value={values.victimFeelsSafe} onChange={edit("victimFeelsSafe")}>
        <Label className="group-label">{texts.feelsSafe}</Label>
        {Object.entries(texts.feelsSafeOptions).map(([id, name]) => (
          <Radio key={id} value={id} className="check">
            <span className="box round" aria-hidden="true" />
            {name}
          </Radio>
        ))}
        <Radio value="" className="check">
          <span className="box round" aria-hidden="true" />
          {texts.feelsSafeUnknown}
        </Radio>
      </RadioGroup>
      <TextBox label={texts.description} value={values.description} onChange={edit("description")} problem={problem("description")} field="description" rows={4} wide />
      <TextBox
        label={texts.additionalInformation}
        value={values.additionalInformation}
        onChange={edit("additionalInformation")}
        problem={problem("additionalInformation")}
        field="additionalInformation"
        rows={3}
        wide
      />
    </Frame>
  );
}
