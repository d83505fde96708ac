import { useState } from "react";
import { Button, Checkbox, CheckboxGroup, FieldError, Label, Radio, RadioGroup, Text } from "react-aria-components";
import type { TypedDocumentNode } from "urql";
import { graphql } from "../../gql/index.ts";
import type { NoticeDelivery } from "../../gql/graphql.ts";
import { compositionProblems, planInput, stepInput, WORK_VARIANTS, type ActionKind } from "./actions.ts";
import { Choice, DayField, Frame, message, TextBox, useSend } from "./FormParts.tsx";
import { NkACorrectionForm } from "./NkACorrection.tsx";
import type { Card } from "./CardPage.tsx";
import { MeetingForm } from "./Meetings.tsx";
import { CompanionsFields, useCompanions } from "./Companions.tsx";
import { texts } from "./texts.ts";
import { Confirm } from "../../components/confirm.tsx";
import { todayInPoland } from "../../lib/format.ts";

const Forward = graphql(`
  mutation CardForward($input: BlueCardStepInput!) {
    forwardBlueCardToChair(input: $input) {
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


const StartMonitoring = graphql(`
  mutation CardStartMonitoring($input: BlueCardStepInput!) {
    startMonitoring(input: $input) {
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

const ReviewPlan = graphql(`
  mutation CardReviewPlan($input: BlueCardStepInput!) {
    reviewHelpPlan(input: $input) {
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

const EndMonitoring = graphql(`
  mutation CardEndMonitoring($input: BlueCardStepInput!) {
    endPostClosureMonitoring(input: $input) {
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

const SetUpGroup = graphql(`
  mutation CardSetUpGroup($input: SetUpDiagnosticGroupInput!) {
    setUpDiagnosticGroup(input: $input) {
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

const VictimForm = graphql(`
  mutation CardVictimForm($input: FillVictimFormInput!) {
    fillVictimForm(input: $input) {
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

const PerpetratorForm = graphql(`
  mutation CardPerpetratorForm($input: FillPerpetratorFormInput!) {
    fillPerpetratorForm(input: $input) {
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

const NotifyPerpetrator = graphql(`
  mutation CardNotifyPerpetrator($input: RecordPerpetratorNoticeInput!) {
    recordPerpetratorNotice(input: $input) {
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

const NotifyFamilyCourt = graphql(`
  mutation CardNotifyFamilyCourt($input: RecordFamilyCourtNoticeInput!) {
    recordFamilyCourtNotice(input: $input) {
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

const Close = graphql(`
  mutation CardClose($input: CloseBlueCardInput!) {
    closeBlueCard(input: $input) {
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

const RecordWork = graphql(`
  mutation CardRecordWork($input: RecordCaseWorkInput!) {
    recordCaseWork(input: $input) {
      work {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

type Member = { id: string; displayName?: string | null; institution: string; confidentialityHolds: boolean };

/** The steps that take only their day, and the mutation of each. */
const DAY_STEPS: Partial<Record<ActionKind, TypedDocumentNode<unknown, { input: ReturnType<typeof stepInput> }>>> = {
  forward: Forward,
  startMonitoring: StartMonitoring,
  reviewPlan: ReviewPlan,
  endMonitoring: EndMonitoring,
};

type Props = {
  card: Card;
  actions: ActionKind[];
  members: readonly Member[];
  reload: () => void;
  onDone: (message: string) => void;
};

/** The actions offered on the card, each opening its own form. */
export function Actions({ card, actions, members, reload, onDone }: Props) {
  const [open, setOpen] = useState<ActionKind | null>(null);
  if (actions.length === 0) return <p>{texts.noActions}</p>;
  return (
    <ul className="card-actions">
      {actions.map((kind) => (
        <li key={kind}>
          <Button
            className="button secondary"
            aria-expanded={open === kind}
            onPress={() => setOpen(open === kind ? null : kind)}
          >
            {texts.action[kind]}
          </Button>
          {open === kind && (
            <ActionForm
              kind={kind}
              card={card}
              members={members}
              reload={reload}
              onCancel={() => setOpen(null)}
              onDone={() => {
                setOpen(null);
                onDone(texts.done[kind] ?? texts.doneOther(texts.action[kind] ?? kind));
              }}
            />
          )}
        </li>
      ))}
    </ul>
  );
}

export type FormProps = {
  kind: ActionKind;
  card: Card;
  members: readonly Member[];
  reload: () => void;
  onCancel: () => void;
  onDone: () => void;
};

function ActionForm(props: FormProps) {
  const { kind } = props;
  if (kind === "setUpGroup" || kind === "changeGroup") return <GroupForm {...props} />;
  if (kind === "victimForm" || kind === "perpetratorForm") return <DiagnosticForm {...props} />;
  if (kind === "close") return <CloseForm {...props} />;
  if (kind === "notifyPerpetrator") return <NoticeForm {...props} />;
  if (kind === "notifyFamilyCourt") return <FamilyCourtForm {...props} />;
  if (kind === "recordWork") return <WorkForm {...props} />;
  if (kind === "firstMeeting" || kind === "meeting") return <MeetingForm {...props} />;
  if (kind === "correctNkA") return <NkACorrectionForm {...props} />;
  return <DayStepForm {...props} />;
}

function DayStepForm({ kind, card, reload, onCancel, onDone }: FormProps) {
  const [on, setOn] = useState(todayInPoland);
  const { outcome, sending, send, problem } = useSend();
  const doc = DAY_STEPS[kind];
  return (
    <Frame
      label={texts.action[kind] ?? kind}
      outcome={outcome}
      sending={sending}
      reload={reload}
      onCancel={onCancel}
      onSubmit={() => doc && void send(doc, { input: stepInput(card, on) }, onDone)}
      confirm={texts.confirmStep[kind]}
    >
      <DayField value={on} onChange={setOn} problem={problem("on")} autoFocus />
    </Frame>
  );
}

function GroupForm({ kind, card, members, reload, onCancel, onDone }: FormProps) {
  const [chosen, setChosen] = useState<string[]>(() => card.diagnosticGroup.map((m) => m.teamMemberId));
  const [on, setOn] = useState(todayInPoland);
  const { outcome, sending, send, problem } = useSend();
  const institutions = members.filter((m) => chosen.includes(m.id)).map((m) => m.institution);
  const missing = compositionProblems(institutions);
  const serverProblem = problem("memberIds") ?? Object.entries(outcome?.kind === "refused" ? outcome.problems : {}).find(([p]) => p.startsWith("memberIds."))?.[1];
  return (
    <Frame
      label={texts.action[kind] ?? kind}
      outcome={outcome}
      sending={sending}
      reload={reload}
      onCancel={onCancel}
      onSubmit={() =>
        void send(SetUpGroup, { input: { id: card.id, version: card.version, memberIds: chosen, on: on || null } }, onDone)
      }
      labels={(path) => {
        // A member refused by position in the list sent: named.
        const at = /^memberIds\.(\d+)$/.exec(path);
        const member = at ? members.find((m) => m.id === chosen[Number(at[1])]) : undefined;
        return member ? `${texts.members} — ${member.displayName ?? texts.unknownPerson}` : undefined;
      }}
      confirm={texts.confirmStep[kind]}
    >
      <CheckboxGroup className="checks" value={chosen} onChange={setChosen} isInvalid={!!serverProblem}>
        <Label className="group-label">{texts.members}</Label>
        <Text slot="description" className="hint">
          {texts.compositionRule}
        </Text>
        {members.map((m, i) => (
          <Checkbox key={m.id} value={m.id} className="check" isDisabled={!m.confidentialityHolds} autoFocus={i === 0}>
            <span className="box" aria-hidden="true" />
            {texts.memberOption(m.displayName ?? texts.unknownPerson, texts.institutionKind[m.institution] ?? m.institution)}
            {!m.confidentialityHolds && ` (${texts.noStatement})`}
          </Checkbox>
        ))}
        <FieldError className="error">{message(serverProblem ?? "")}</FieldError>
      </CheckboxGroup>
      {/* The rule as the chair picks, before anything is sent. */}
      <div aria-live="polite" className="composition">
        {missing.length === 0 ? (
          <p>{texts.compositionMet}</p>
        ) : (
          <ul>
            {missing.map((code) => (
              <li key={code}>{message(code)}</li>
            ))}
          </ul>
        )}
      </div>
      <DayField value={on} onChange={setOn} problem={problem("on")} />
    </Frame>
  );
}

function DiagnosticForm({ kind, card, reload, onCancel, onDone }: FormProps) {
  const victim = kind === "victimForm";
  const people = card.persons.filter((p) => p.role === (victim ? "VICTIM" : "PERPETRATOR"));
  const [personId, setPersonId] = useState(people[0]?.id ?? "");
  const [filledOn, setFilledOn] = useState(todayInPoland);
  const [diagnosis, setDiagnosis] = useState("");
  const [history, setHistory] = useState("");
  const [plan, setPlan] = useState<string[]>([""]);
  const { outcome, sending, send, problem, refuse } = useSend();
  const planField = victim ? "helpPlan" : "actionPlan";
  // NK-C with a minor: the adult who was with them (NK-D is filled with an adult).
  const companions = useCompanions(card, victim && personId ? [personId] : [], filledOn || todayInPoland());
  const check = () => {
    if (!companions.complete) {
      refuse({ companions: "MINOR_UNACCOMPANIED" });
      return false;
    }
    return true;
  };
  const submit = () => {
    const common = {
      id: card.id,
      version: card.version,
      personId,
      filledOn: filledOn || null,
      diagnosis,
    };
    if (victim) {
      void send(
        VictimForm,
        { input: { ...common, history: history.trim() || null, helpPlan: planInput(plan), companions: companions.input() } },
        onDone,
      );
    } else {
      void send(PerpetratorForm, { input: { ...common, actionPlan: planInput(plan) } }, onDone);
    }
  };
  return (
    <Frame
      label={texts.action[kind] ?? kind}
      outcome={outcome}
      sending={sending}
      reload={reload}
      onCancel={onCancel}
      onSubmit={submit}
      check={check}
      labels={(path) => (path.startsWith("companions") ? texts.meetingLabels.companions : undefined)}
      confirm={texts.confirmStep[kind]}
    >
      <Choice
        label={texts.person}
        placeholder={texts.choosePerson}
        options={Object.fromEntries(people.map((p) => [p.id, `${p.firstName} ${p.lastName}`]))}
        value={personId}
        onChange={setPersonId}
        problem={problem("personId")}
        autoFocus
      />
      <DayField value={filledOn} onChange={setFilledOn} problem={problem("filledOn")} />
      <CompanionsFields companions={companions} problem={problem} />
      <TextBox label={texts.diagnosis} value={diagnosis} onChange={setDiagnosis} problem={problem("diagnosis")} rows={4} wide />
      {victim && (
        <TextBox label={texts.violenceHistory} value={history} onChange={setHistory} problem={problem("history")} rows={3} wide />
      )}
      <fieldset>
        <legend>{victim ? texts.helpPlan : texts.actionPlan}</legend>
        {plan.map((text, i) => (
          <div key={i} className="plan-row">
            <TextBox
              label={texts.planItem(i + 1)}
              value={text}
              onChange={(v) => setPlan((p) => p.map((x, j) => (j === i ? v : x)))}
              problem={problem(`${planField}.${i}.description`)}
              wide
            />
            {plan.length > 1 && (
              <Button className="button secondary" onPress={() => setPlan((p) => p.filter((_, j) => j !== i))}>
                {texts.removePlanItem(i + 1)}
              </Button>
            )}
          </div>
        ))}
        <Button className="button secondary" onPress={() => setPlan((p) => [...p, ""])}>
          {texts.addPlanItem}
        </Button>
      </fieldset>
    </Frame>
  );
}

function CloseForm({ kind, card, reload, onCancel, onDone }: FormProps) {
  const [ground, setGround] = useState("");
  const [on, setOn] = useState(todayInPoland);
  const [report, setReport] = useState("");
  const [basis, setBasis] = useState("");
  const { outcome, sending, send, problem, refuse } = useSend();
  const [missing, setMissing] = useState(false);
  const [asking, setAsking] = useState(false);
  const unfounded = ground === "UNFOUNDED";
  const missingNow = (): Record<string, string> => ({
    ...(ground ? {} : { ground: "REQUIRED" }),
    ...(report.trim() ? {} : { resultReport: "REQUIRED" }),
    ...(unfounded && !basis.trim() ? { basis: "BASIS_REQUIRED" } : {}),
  });
  const submit = () => {
    const problems = missingNow();
    if (Object.keys(problems).length > 0) {
      // In the summary, which takes the focus, as the server's refusals are.
      setMissing(true);
      refuse(problems);
      return;
    }
    setAsking(true);
  };
  const closeNow = () => {
    setAsking(false);
    void send(
      Close,
      {
        input: {
          id: card.id,
          version: card.version,
          ground: ground as "UNFOUNDED" | "VIOLENCE_STOPPED_AND_PLAN_CARRIED_OUT",
          on: on || null,
          resultReport: report.trim(),
          // The basis belongs to an unfounded finding only: not sent with the other ground.
          basis: unfounded ? basis.trim() : null,
        },
      },
      onDone,
    );
  };
  const typed = missing ? missingNow() : {};
  const groundProblem = problem("ground") ?? typed.ground;
  return (
    <Frame label={texts.action[kind] ?? kind} outcome={outcome} sending={sending} reload={reload} onCancel={onCancel} onSubmit={submit}>
      <RadioGroup className="checks" value={ground || null} onChange={setGround} isInvalid={!!groundProblem}>
        <Label className="group-label">{texts.ground}</Label>
        {Object.entries(texts.grounds).map(([id, name], i) => {
          // Violence stopped with the help plan carried out: only once the plan is monitored.
          const why = id === "VIOLENCE_STOPPED_AND_PLAN_CARRIED_OUT" && card.status !== "MONITORING" ? texts.groundNeedsMonitoring : null;
          return (
            <Radio key={id} value={id} className="check" autoFocus={i === 0} isDisabled={!!why}>
              <span className="box round" aria-hidden="true" />
              <span>
                {name}
                {why && <span className="hint"> — {why}</span>}
              </span>
            </Radio>
          );
        })}
        <FieldError className="error">{message(groundProblem ?? "")}</FieldError>
      </RadioGroup>
      {unfounded && (
        <TextBox label={texts.basis} value={basis} onChange={setBasis} problem={problem("basis") ?? typed.basis} field="basis" rows={4} wide />
      )}
      <TextBox
        label={texts.resultReport}
        hint={texts.resultReportHint}
        value={report}
        onChange={setReport}
        problem={problem("resultReport") ?? typed.resultReport}
        field="resultReport"
        rows={5}
        wide
      />
      <DayField value={on} onChange={setOn} problem={problem("on")} />
      {asking && (
        <Confirm question={texts.closeQuestion} yes={texts.closeYes} no={texts.closeNo} onYes={closeNow} onNo={() => setAsking(false)} />
      )}
    </Frame>
  );
}

function NoticeForm({ kind, card, reload, onCancel, onDone }: FormProps) {
  // Nobody notifies a person who has died.
  const people = card.persons.filter((p) => p.role === "PERPETRATOR" && !p.diedOn);
  // With more than one, whom the notice went to is chosen, never assumed.
  const [personId, setPersonId] = useState(people.length === 1 ? people[0].id : "");
  const [deliveredOn, setDeliveredOn] = useState(todayInPoland);
  const [way, setWay] = useState("");
  const [note, setNote] = useState("");
  const [missing, setMissing] = useState(false);
  const { outcome, sending, send, problem, refuse } = useSend();
  const missingNow = (): Record<string, string> => ({
    ...(personId ? {} : { personId: "REQUIRED" }),
    ...(way ? {} : { way: "REQUIRED" }),
    ...(way === "OTHER" && !note.trim() ? { note: "REQUIRED" } : {}),
  });
  const submit = () => {
    const problems = missingNow();
    if (Object.keys(problems).length > 0) {
      setMissing(true);
      refuse(problems);
      return;
    }
    void send(
      NotifyPerpetrator,
      {
        input: {
          id: card.id,
          version: card.version,
          personId,
          deliveredOn: deliveredOn || null,
          way: way as NoticeDelivery,
          note: note.trim() || null,
        },
      },
      onDone,
    );
  };
  const typed = missing ? missingNow() : {};
  const wayProblem = problem("way") ?? typed.way;
  return (
    <Frame label={texts.action[kind] ?? kind} outcome={outcome} sending={sending} reload={reload} onCancel={onCancel} onSubmit={submit}>
      <p className="hint">{texts.noticeIntro}</p>
      <Choice
        label={texts.notifiedPerson}
        placeholder={texts.choosePerson}
        options={Object.fromEntries(people.map((p) => [p.id, `${p.firstName} ${p.lastName}`]))}
        value={personId}
        onChange={setPersonId}
        problem={problem("personId") ?? typed.personId}
        field="personId"
        autoFocus
      />
      <DayField label={texts.deliveredOn} value={deliveredOn} onChange={setDeliveredOn} problem={problem("deliveredOn")} field="deliveredOn" />
      <RadioGroup className="checks" value={way || null} onChange={setWay} isInvalid={!!wayProblem}>
        <Label className="group-label">{texts.deliveryLabel}</Label>
        {Object.entries(texts.deliveries).map(([id, name]) => (
          <Radio key={id} value={id} className="check">
            <span className="box round" aria-hidden="true" />
            <span>{name}</span>
          </Radio>
        ))}
        <FieldError className="error">{message(wayProblem ?? "")}</FieldError>
      </RadioGroup>
      <TextBox
        label={texts.deliveryNote}
        hint={way === "OTHER" ? texts.deliveryNoteRequired : undefined}
        value={note}
        onChange={setNote}
        problem={problem("note") ?? typed.note}
        field="note"
        rows={2}
        wide
      />
    </Frame>
  );
}

function FamilyCourtForm({ kind, card, reload, onCancel, onDone }: FormProps) {
  const [firstName, setFirstName] = useState("");
  const [lastName, setLastName] = useState("");
  const [born, setBorn] = useState("");
  const [court, setCourt] = useState("");
  const [sentOn, setSentOn] = useState(todayInPoland);
  const [note, setNote] = useState("");
  const [missing, setMissing] = useState(false);
  const { outcome, sending, send, problem, refuse } = useSend();
  const missingNow = (): Record<string, string> => ({
    ...(firstName.trim() ? {} : { firstName: "REQUIRED" }),
    ...(lastName.trim() ? {} : { lastName: "REQUIRED" }),
    ...(born ? {} : { dateOfBirth: "REQUIRED" }),
    ...(court.trim() ? {} : { court: "REQUIRED" }),
  });
  const submit = () => {
    const problems = missingNow();
    if (Object.keys(problems).length > 0) {
      setMissing(true);
      refuse(problems);
      return;
    }
    void send(
      NotifyFamilyCourt,
      {
        input: {
          id: card.id,
          version: card.version,
          firstName: firstName.trim(),
          lastName: lastName.trim(),
          dateOfBirth: born,
          court: court.trim(),
          sentOn: sentOn || null,
          note: note.trim() || null,
        },
      },
      onDone,
    );
  };
  const typed = missing ? missingNow() : {};
  return (
    <Frame label={texts.action[kind] ?? kind} outcome={outcome} sending={sending} reload={reload} onCancel={onCancel} onSubmit={submit}>
      <p className="hint">{texts.courtIntro}</p>
      <TextBox label={texts.minorFirstName} value={firstName} onChange={setFirstName} problem={problem("firstName") ?? typed.firstName} autoFocus />
      <TextBox label={texts.minorLastName} value={lastName} onChange={setLastName} problem={problem("lastName") ?? typed.lastName} />
      <DayField
        label={texts.minorBorn}
        hint={texts.bornHint}
        value={born}
        onChange={setBorn}
        problem={problem("dateOfBirth") ?? typed.dateOfBirth}
        field="dateOfBirth"
      />
      <TextBox label={texts.court} hint={texts.courtHint} value={court} onChange={setCourt} problem={problem("court") ?? typed.court} wide />
      <DayField label={texts.sentOn} value={sentOn} onChange={setSentOn} problem={problem("sentOn")} field="sentOn" />
      <TextBox label={texts.courtNote} value={note} onChange={setNote} problem={problem("note")} rows={3} wide />
    </Frame>
  );
}

function WorkForm({ kind, card, reload, onCancel, onDone }: FormProps) {
  const [work, setWork] = useState("");
  const [variant, setVariant] = useState("");
  const [occurredOn, setOccurredOn] = useState(todayInPoland);
  const [note, setNote] = useState("");
  const [missing, setMissing] = useState(false);
  const { outcome, sending, send, problem, refuse } = useSend();
  const variants = WORK_VARIANTS[work] ?? [];
  const submit = () => {
    if (!work || (variants.length > 0 && !variant)) {
      setMissing(true);
      refuse(work ? { variant: "REQUIRED" } : { kind: "REQUIRED" });
      return;
    }
    void send(
      RecordWork,
      {
        input: {
          blueCardId: card.id,
          kind: work as "INTERVENTION",
          variant: variants.length > 0 ? (variant as "WITH_POLICE") : null,
          occurredOn: occurredOn || null,
          note: note.trim() || null,
        },
      },
      onDone,
    );
  };
  const kindProblem = problem("kind") ?? (missing && !work ? "REQUIRED" : undefined);
  const variantProblem = problem("variant") ?? (missing && variants.length > 0 && !variant ? "REQUIRED" : undefined);
  return (
    <Frame label={texts.action[kind] ?? kind} outcome={outcome} sending={sending} reload={reload} onCancel={onCancel} onSubmit={submit}>
      <Choice
        label={texts.workKindLabel}
        placeholder={texts.chooseWorkKind}
        options={texts.workKind}
        value={work}
        onChange={(v) => {
          setWork(v);
          setVariant("");
        }}
        problem={kindProblem}
        autoFocus
      />
      {variants.length > 0 && (
        <Choice
          label={texts.variantLabel}
          placeholder={texts.chooseVariant}
          options={Object.fromEntries(variants.map((v) => [v, texts.workVariant[v] ?? v]))}
          value={variant}
          onChange={setVariant}
          problem={variantProblem}
        />
      )}
      <DayField value={occurredOn} onChange={setOccurredOn} problem={problem("occurredOn")} />
      <TextBox label={texts.note} value={note} onChange={setNote} problem={problem("note")} rows={3} wide />
    </Frame>
  );
}
