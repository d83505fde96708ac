import { useState } from "react";
import { Checkbox, CheckboxGroup, FieldError, Input, Label, Radio, RadioGroup, Text, TextArea, TextField } from "react-aria-components";
import { graphql } from "../../gql/index.ts";
import type { UpdateBlueCardInput } from "../../gql/graphql.ts";
import type { Card } from "./CardPage.tsx";
import { Choice, Frame, message, useSend } from "./FormParts.tsx";
import { nkACorrectionInput, nkAProblems, nkAValues, shown, type NkAValues } from "./corrections.ts";
import { texts as all } from "./texts.ts";

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
    const found = nkAProblems(values);
    if (Object.keys(found).length > 0) return refuse(found);
    const input = nkACorrectionInput(card, current, edits);
    if (!input) return setNotice(texts.nothingChanged);
    void send(UpdateBlueCard, { input: input as UpdateBlueCardInput }, onDone);
  };
  const error = (field: string) => <FieldError className="error">{message(problem(field) ?? "", field)}</FieldError>;
  const flag = (field: "perpetratorUnderAlcohol" | "perpetratorUnderDrugs" | "firearmAccess" | "nkBHandedOver", label: string) => (
    <Checkbox className="check" isSelected={values[field]} onChange={edit(field)}>
      <span className="box" aria-hidden="true" />
      {label}
    </Checkbox>
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
    >
      <p className="hint">{texts.intro}</p>
      <Choice
        label={texts.institution}
        placeholder={texts.institution}
        options={texts.institutions}
        value={values.initiatorInstitution}
        onChange={edit("initiatorInstitution")}
        problem={problem("initiatorInstitution")}
        autoFocus
      />
      <CheckboxGroup
        className="checks"
        value={values.violenceForms}
        onChange={edit("violenceForms")}
        isInvalid={!!problem("violenceForms")}
      >
        <Label className="group-label">{texts.violenceForms}</Label>
        {Object.entries(texts.violence).map(([id, name]) => (
          <Checkbox key={id} value={id} className="check">
            <span className="box" aria-hidden="true" />
            {name}
          </Checkbox>
        ))}
        {error("violenceForms")}
      </CheckboxGroup>
      <TextField className="field wide" value={values.injuries} onChange={edit("injuries")} isInvalid={!!problem("injuries")}>
        <Label>{texts.injuries}</Label>
        <TextArea rows={2} />
        {error("injuries")}
      </TextField>
      {flag("perpetratorUnderAlcohol", texts.underAlcohol)}
      {flag("perpetratorUnderDrugs", texts.underDrugs)}
      {flag("firearmAccess", texts.firearmAccess)}
      <TextField
        className="field"
        value={values.childrenInHousehold}
        onChange={edit("childrenInHousehold")}
        isInvalid={!!problem("childrenInHousehold")}
        inputMode="numeric"
      >
        <Label>{texts.children}</Label>
        <Input />
        <Text slot="description" className="hint">
          {texts.childrenHint}
        </Text>
        {error("childrenInHousehold")}
      </TextField>
      <CheckboxGroup className="checks" value={values.actionsTaken} onChange={edit("actionsTaken")}>
        <Label className="group-label">{texts.actionsTaken}</Label>
        {Object.entries(texts.actions).map(([id, name]) => (
          <Checkbox key={id} value={id} className="check">
            <span className="box" aria-hidden="true" />
            {name}
          </Checkbox>
        ))}
      </CheckboxGroup>
      {flag("nkBHandedOver", texts.nkB)}
      <RadioGroup className="checks" value={values.victimFeelsSafe} onChange={edit("victimFeelsSafe")}>
        <Label className="group-label">{texts.feelsSafe}</Label>
        {Object.entries(texts.feelsSafeOptions).map(([id, name]) => (
          <Radio key={id} value={id} className="check">
            <span className="box round" aria-hidden="true" />
            {name}
          </Radio>
        ))}
        {current.victimFeelsSafe === "" && (
          <Radio value="" className="check">
            <span className="box round" aria-hidden="true" />
            {texts.feelsSafeUnknown}
          </Radio>
        )}
      </RadioGroup>
      <TextField className="field wide" value={values.description} onChange={edit("description")} isInvalid={!!problem("description")}>
        <Label>{texts.description}</Label>
        <TextArea rows={4} />
        {error("description")}
      </TextField>
      <TextField
        className="field wide"
        value={values.additionalInformation}
        onChange={edit("additionalInformation")}
        isInvalid={!!problem("additionalInformation")}
      >
        <Label>{texts.additionalInformation}</Label>
        <TextArea rows={3} />
        {error("additionalInformation")}
      </TextField>
    </Frame>
  );
}
