import { useState, type ReactNode } from "react";
import { Button, FieldError, Label, Radio, RadioGroup } from "react-aria-components";
import { graphql } from "../../gql/index.ts";
import type { AddPlanItemInput, UpdatePlanItemInput } from "../../gql/graphql.ts";
import { formatDate } from "../../lib/format.ts";
import type { Card } from "./CardPage.tsx";
import { Choice, Frame, message, TextBox, useSend } from "./FormParts.tsx";
import {
  addPlanItemInput,
  emptyPlanItem,
  newPlanItemProblems,
  planItemInput,
  planItemKinds,
  planItemProblems,
  planItemValues,
  shown,
  type NewPlanItemValues,
  type PlanItemValues,
} from "./corrections.ts";
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

const AddPlanItem = graphql(`
  mutation CardAddPlanItem($input: AddPlanItemInput!) {
    addPlanItem(input: $input) {
      planItem {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

/** A plan's item; an action plan's referral may follow a programme enrolment. */
type Item = Card["helpPlan"][number] & { followsEnrolment?: boolean };
/** A team member who may answer for an item (the plan names their user account). */
export type Responsible = { userId: string; displayName?: string | null; institution: string };

type Props<T extends Item> = {
  id: string;
  /** The card's id, for a new item. */
  cardId: string;
  plan: "HELP_PLAN" | "ACTION_PLAN";
  title: string;
  members: readonly Responsible[];
  items: readonly T[];
  /** Whether the viewer may change the plan now (`mayAddPlanItems`: the group or the chair, while the card has plans). */
  mayEdit: boolean;
  reload: () => void;
  onDone: (message: string) => void;
  /** What an item shows below itself besides its change form (a referral's outcome). */
  extra?: (item: T, n: number) => ReactNode;
};

/** A plan's items, each with its change form when the API lets the viewer change the plan. */
export function Plan<T extends Item>({ id, cardId, plan, title, members, items, mayEdit, reload, onDone, extra }: Props<T>) {
  const [open, setOpen] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
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
                  members={members}
                  reload={reload}
                  onCancel={() => setOpen(null)}
                  onDone={() => {
                    setOpen(null);
                    onDone(texts.planItemSaved(n + 1));
                  }}
                />
              )}
              {extra?.(i, n + 1)}
            </li>
          ))}
        </ol>
      )}
      {mayEdit && (
        <Button className="button secondary" aria-expanded={adding} onPress={() => setAdding(!adding)}>
          {texts.planItemAddTo[plan]}
        </Button>
      )}
      {mayEdit && adding && (
        <NewPlanItemForm
          label={texts.planItemNewForm(title)}
          cardId={cardId}
          plan={plan}
          members={members}
          reload={reload}
          onCancel={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            onDone(texts.planItemAdded(title));
          }}
        />
      )}
    </section>
  );
}

/** The choice's key for "nobody answers for the point". */
const NOBODY = "none";

/** The team members a point may name as responsible, as a choice's options. */
function responsibleOptions(members: readonly Responsible[]): Record<string, string> {
  return Object.fromEntries(
    members.map((m) => [m.userId, texts.memberOption(m.displayName ?? texts.unknownPerson, texts.institutionKind[m.institution] ?? m.institution)]),
  );
}

function PlanItemForm(props: {
  label: string;
  item: Item;
  members: readonly Responsible[];
  reload: () => void;
  onCancel: () => void;
  onDone: () => void;
}) {
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
      {item.followsEnrolment ? (
        <p>{texts.planItemFollowsEnrolment(texts.planStatus[item.status] ?? item.status)}</p>
      ) : (
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
      )}
      <TextBox
        label={texts.planItemDescription}
        value={values.description}
        onChange={edit("description")}
        problem={problem("description")}
        field="description"
        wide
        autoFocus={!!item.followsEnrolment}
      />
      <TextBox
        label={texts.planItemDue}
        type="date"
        value={values.dueOn}
        onChange={edit("dueOn")}
        problem={problem("dueOn")}
        field="dueOn"
        hint={texts.planItemDueHint}
      />
      {(props.members.length > 0 || values.responsibleUserId !== "") && (
        <Choice
          label={texts.responsible}
          placeholder={texts.chooseResponsible}
          options={{
            [NOBODY]: texts.nobodyResponsible,
            // The person recorded stays named even when no longer on the team.
            ...(item.responsibleUserId ? { [item.responsibleUserId]: item.responsibleName ?? texts.unknownPerson } : {}),
            ...responsibleOptions(props.members),
          }}
          value={values.responsibleUserId || NOBODY}
          onChange={(v) => edit("responsibleUserId")(v === NOBODY ? "" : v)}
          problem={problem("responsibleUserId")}
          field="responsibleUserId"
        />
      )}
    </Frame>
  );
}

/**
 * A new item of the plan. What was typed stays in the form until it is sent: a refusal shows
 * each problem on its field, a lost connection keeps the form as it was.
 */
function NewPlanItemForm(props: {
  label: string;
  cardId: string;
  plan: string;
  members: readonly Responsible[];
  reload: () => void;
  onCancel: () => void;
  onDone: () => void;
}) {
  const [values, setValues] = useState<NewPlanItemValues>(emptyPlanItem);
  const { outcome, sending, send, refuse, problem } = useSend();
  const kinds = planItemKinds(props.plan);
  const edit = (field: keyof NewPlanItemValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const submit = () => {
    const found = newPlanItemProblems(values);
    if (Object.keys(found).length > 0) return refuse(found);
    void send(AddPlanItem, { input: addPlanItemInput(props.cardId, props.plan, values) as AddPlanItemInput }, props.onDone);
  };
  const people = responsibleOptions(props.members);
  return (
    <Frame
      label={props.label}
      outcome={outcome}
      sending={sending}
      reload={props.reload}
      onCancel={props.onCancel}
      onSubmit={submit}
      labels={{ kind: texts.planItemKind, programme: texts.programme, responsibleUserId: texts.responsible }}
    >
      {kinds.length > 1 && (
        <RadioGroup className="checks" value={values.kind} onChange={edit("kind")} isInvalid={!!problem("kind")}>
          <Label className="group-label">{texts.planItemKind}</Label>
          {kinds.map((k) => (
            <Radio key={k} value={k} className="check" autoFocus={k === values.kind}>
              <span className="box round" aria-hidden="true" />
              {texts.planItemKinds[k] ?? k}
            </Radio>
          ))}
          <FieldError className="error">{message(problem("kind") ?? "", "kind")}</FieldError>
        </RadioGroup>
      )}
      {values.kind === "PROGRAMME_REFERRAL" && (
        <Choice
          label={texts.programme}
          placeholder={texts.chooseProgramme}
          options={texts.programmes}
          value={values.programme}
          onChange={edit("programme")}
          problem={problem("programme")}
          field="programme"
        />
      )}
      <TextBox
        label={texts.planItemDescription}
        value={values.description}
        onChange={edit("description")}
        problem={problem("description")}
        field="description"
        wide
        autoFocus={kinds.length === 1}
      />
      <TextBox
        label={texts.planItemDue}
        type="date"
        value={values.dueOn}
        onChange={edit("dueOn")}
        problem={problem("dueOn")}
        field="dueOn"
        hint={texts.planItemNewDueHint}
      />
      {props.members.length > 0 && (
        <Choice
          label={texts.responsible}
          placeholder={texts.chooseResponsible}
          options={people}
          value={values.responsibleUserId}
          onChange={edit("responsibleUserId")}
          problem={problem("responsibleUserId")}
          field="responsibleUserId"
        />
      )}
    </Frame>
  );
}
