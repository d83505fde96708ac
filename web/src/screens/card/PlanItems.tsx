import { useState } from "react";
import { Button, FieldError, Input, Label, Radio, RadioGroup, Text, TextField } from "react-aria-components";
import { graphql } from "../../gql/index.ts";
import type { UpdatePlanItemInput } from "../../gql/graphql.ts";
import { formatDate } from "../../lib/format.ts";
import type { Card } from "./CardPage.tsx";
import { Frame, message, useSend } from "./FormParts.tsx";
import { planItemInput, planItemProblems, planItemValues, shown, type PlanItemValues } from "./corrections.ts";
import { texts } from "./texts.ts";

const UpdatePlanItem = graphql(`
  mutation CardUpdatePlanItem($input: UpdatePlanItemInput!) {
    updatePlanItem(input: $input) {
      planItem {
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

type Item = Card["helpPlan"][number];

type Props = {
  id: string;
  title: string;
  items: readonly Item[];
  /** Whether the viewer may change the plan now (`mayAddPlanItems`: the group or the chair, while the card has plans). */
  mayEdit: boolean;
  reload: () => void;
  onDone: (message: string) => void;
};

/** A plan's items, each with its change form when the API lets the viewer change the plan. */
export function Plan({ id, title, items, mayEdit, reload, onDone }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section aria-labelledby={`card-${id}`}>
      <h2 id={`card-${id}`}>{title}</h2>
      {items.length === 0 ? (
        <p>{texts.noPlan}</p>
      ) : (
        <ol className="plan-items">
          {items.map((i, n) => (
            <li key={i.id}>
              {i.description} — {texts.planStatus[i.status] ?? i.status}
              {i.dueOn ? `, ${texts.planDue(formatDate(i.dueOn))}` : ""}
              {i.responsibleName ? `, ${i.responsibleName}` : ""}{" "}
              {mayEdit && (
                <Button
                  className="button secondary"
                  aria-expanded={open === i.id}
                  onPress={() => setOpen(open === i.id ? null : i.id)}
                >
                  {texts.planItemEdit(n + 1)}
                </Button>
              )}
              {mayEdit && open === i.id && (
                <PlanItemForm
                  label={texts.planItemForm(title, n + 1)}
                  item={i}
                  reload={reload}
                  onCancel={() => setOpen(null)}
                  onDone={() => {
                    setOpen(null);
                    onDone(texts.planItemSaved(n + 1));
                  }}
                />
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function PlanItemForm(props: { label: string; item: Item; reload: () => void; onCancel: () => void; onDone: () => void }) {
  const { item } = props;
  const [edits, setEdits] = useState<Partial<PlanItemValues>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const { outcome, sending, send, refuse, problem } = useSend();
  const current = planItemValues(item);
  const values = shown(current, edits);
  const edit = (field: keyof PlanItemValues) => (value: string) => {
    setNotice(null);
    setEdits((e) => ({ ...e, [field]: value }));
  };
  const submit = () => {
    const found = planItemProblems(values);
    if (Object.keys(found).length > 0) return refuse(found);
    const input = planItemInput(item, current, edits);
    if (!input) return setNotice(texts.correction.nothingChanged);
    void send(UpdatePlanItem, { input: input as UpdatePlanItemInput }, props.onDone);
  };
  return (
    <Frame
      label={props.label}
      outcome={outcome}
      sending={sending}
      reload={props.reload}
      onCancel={props.onCancel}
      onSubmit={submit}
      conflict={texts.planItemConflict}
      notice={notice}
    >
      <RadioGroup className="checks" value={values.status} onChange={edit("status")} isInvalid={!!problem("status")}>
        <Label className="group-label">{texts.planItemStatus}</Label>
        {Object.entries(texts.planStatus).map(([id, name], i) => (
          <Radio key={id} value={id} className="check" autoFocus={id === values.status || (i === 0 && !values.status)}>
            <span className="box round" aria-hidden="true" />
            {name}
          </Radio>
        ))}
        <FieldError className="error">{message(problem("status") ?? "", "status")}</FieldError>
      </RadioGroup>
      <TextField className="field wide" value={values.description} onChange={edit("description")} isInvalid={!!problem("description")}>
        <Label>{texts.planItemDescription}</Label>
        <Input />
        <FieldError className="error">{message(problem("description") ?? "", "description")}</FieldError>
      </TextField>
      <TextField className="field" type="date" value={values.dueOn} onChange={edit("dueOn")} isInvalid={!!problem("dueOn")}>
        <Label>{texts.planItemDue}</Label>
        <Input />
        <Text slot="description" className="hint">
          {texts.planItemDueHint}
        </Text>
        <FieldError className="error">{message(problem("dueOn") ?? "", "dueOn")}</FieldError>
      </TextField>
    </Frame>
  );
}
