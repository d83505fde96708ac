// The forms of an edition's page: enrolling a person, the session register, and the
// administrator's choice of the people running it.
import { useState, type FormEvent } from "react";
import { Button, Label, Radio, RadioGroup } from "react-aria-components";
import { useClient } from "urql";
import { Choice, ErrorSummary, TextInput } from "../../components/fields.tsx";
import { graphql } from "../../gql/index.ts";
import type { EnrolmentBasis, Presence, SessionKind } from "../../gql/graphql.ts";
import { formatDate, todayInPoland } from "../../lib/format.ts";
import { count, message, nameOf, useProblems, type Participant } from "./problems.ts";
import { emptyRow, rowLabel, rowProblems, StaffRows, type StaffRow } from "./Staff.tsx";
import { errorCodes } from "../../lib/userErrors.ts";
import { texts } from "./texts.ts";

const Enrol = graphql(`
  mutation EnrolInProgramme($input: EnrolInProgrammeInput!) {
    enrolInProgramme(input: $input) {
      enrolment {
        id
        status
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const Record = graphql(`
  mutation RecordProgrammeSession($input: RecordProgrammeSessionInput!) {
    recordProgrammeSession(input: $input) {
      session {
        id
        heldOn
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const EMPTY = { firstName: "", lastName: "", dateOfBirth: "", phone: "", basis: "", consentOn: "" };
const LABELS: Record<string, string> = {
  "participant.firstName": texts.firstName,
  "participant.lastName": texts.lastName,
  "participant.dateOfBirth": texts.dateOfBirth,
  "participant.phone": texts.phone,
  basis: texts.basisLabel,
  consentOn: texts.consentOn,
  participant: texts.participantLabel,
};
const ENROL_PATH: Record<keyof typeof EMPTY, string> = {
  firstName: "participant.firstName",
  lastName: "participant.lastName",
  dateOfBirth: "participant.dateOfBirth",
  phone: "participant.phone",
  basis: "basis",
  consentOn: "consentOn",
};

export function EnrolForm({ editionId, onDone }: { editionId: string; onDone: (said: string) => void }) {
  const client = useClient();
  const p = useProblems();
  const [form, setForm] = useState(EMPTY);
  const [sending, setSending] = useState(false);
  const set = (field: keyof typeof EMPTY) => (v: string) => {
    setForm((f) => ({ ...f, [field]: v }));
    p.clear(ENROL_PATH[field]);
  };
  const id = (path: string) => `enrol-${path.replace(/\./g, "-")}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    const found: Record<string, string> = {};
    for (const f of ["firstName", "lastName", "basis"] as const) if (!form[f].trim()) found[ENROL_PATH[f]] = "REQUIRED";
    if (form.basis && form.basis !== "COURT_ORDER" && !form.consentOn) found.consentOn = "CONSENT_REQUIRED";
    if (p.refuse(found)) return;
    setSending(true);
    const r = await client
      .mutation(Enrol, {
        input: {
          editionId,
          basis: form.basis as EnrolmentBasis,
          consentOn: form.consentOn || null,
          participant: {
            firstName: form.firstName.trim(),
            lastName: form.lastName.trim(),
            dateOfBirth: form.dateOfBirth || null,
            phone: form.phone.trim() || null,
          },
        },
      })
      .toPromise();
    setSending(false);
    const payload = r.data?.enrolInProgramme;
    if (!p.answered(payload)) return;
    const who = `${form.firstName.trim()} ${form.lastName.trim()}`;
    setForm(EMPTY);
    onDone(payload?.enrolment?.status === "WAITING" ? texts.waiting(who) : texts.enrolled(who));
  };
  return (
    <form className="action-form" aria-labelledby="enrol-title" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="enrol-title">{texts.enrolTitle}</h2>
      <ErrorSummary
        problems={p.listed}
        failure={p.failure}
        heading={texts.fixProblems}
        message={message}
        idOf={(path) => id(path === "participant" ? "participant.firstName" : path)}
        labelOf={(f) => LABELS[f]}
        refObject={p.summary}
      />
      <TextInput id={id("participant.firstName")} label={texts.firstName} value={form.firstName} onChange={set("firstName")} error={p.error("participant.firstName")} required />
      <TextInput id={id("participant.lastName")} label={texts.lastName} value={form.lastName} onChange={set("lastName")} error={p.error("participant.lastName")} required />
      <TextInput id={id("participant.dateOfBirth")} label={texts.dateOfBirth} type="date" value={form.dateOfBirth} onChange={set("dateOfBirth")} error={p.error("participant.dateOfBirth")} />
      <TextInput id={id("participant.phone")} label={texts.phone} inputMode="tel" value={form.phone} onChange={set("phone")} error={p.error("participant.phone")} />
      <Choice
        id={id("basis")}
        label={texts.basisLabel}
        placeholder={texts.basisLabel}
        options={texts.basis}
        value={form.basis}
        onChange={set("basis")}
        error={p.error("basis")}
        required
      />
      <TextInput id={id("consentOn")} label={texts.consentOn} hint={texts.consentHint} type="date" value={form.consentOn} onChange={set("consentOn")} error={p.error("consentOn")} />
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? texts.saving : texts.enrol}
        </Button>
      </div>
    </form>
  );
}

/** The session register: the day, length and kind, then each participant's presence. */
export function SessionRegister({
  editionId,
  participants,
  onDone,
}: {
  editionId: string;
  participants: Participant[];
  onDone: (said: string) => void;
}) {
  const client = useClient();
  const p = useProblems();
  const [heldOn, setHeldOn] = useState(todayInPoland());
  const [minutes, setMinutes] = useState("120");
  const [kind, setKind] = useState<SessionKind>("GROUP");
  const [individual, setIndividual] = useState("");
  const [presence, setPresence] = useState<Record<string, Presence>>({});
  const [sending, setSending] = useState(false);
  // Made once per register and kept until it is recorded: sending again after a lost answer
  // returns the session the first sending recorded instead of a second one.
  const [recordingKey, setRecordingKey] = useState(() => globalThis.crypto.randomUUID());
  const of = (id: string): Presence => presence[id] ?? "PRESENT";
  const labels: Record<string, string> = { heldOn: texts.heldOn, minutes: texts.minutes, kind: texts.kind, attendance: texts.individualWho };
  if (participants.length === 0) {
    return (
      <section aria-labelledby="register-title">
        <h2 id="register-title">{texts.registerTitle}</h2>
        <p>{texts.noOneToRegister}</p>
      </section>
    );
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    const found: Record<string, string> = {};
    if (!heldOn) found.heldOn = "REQUIRED";
    const length = count(minutes);
    if (!length) found.minutes = "OUT_OF_RANGE";
    if (kind === "INDIVIDUAL" && !individual) found.attendance = "INDIVIDUAL_NEEDS_ONE";
    if (p.refuse(found)) return;
    const attendance =
      kind === "INDIVIDUAL"
        ? [{ enrolmentId: individual, presence: of(individual) }]
        : participants.map((x) => ({ enrolmentId: x.id, presence: of(x.id) }));
    setSending(true);
    const r = await client
      .mutation(Record, { input: { editionId, heldOn, minutes: length ?? 0, kind, attendance, recordingKey } })
      .toPromise();
    setSending(false);
    if (!p.answered(r.data?.recordProgrammeSession)) return;
    setPresence({});
    setRecordingKey(globalThis.crypto.randomUUID());
    onDone(texts.sessionSaved(formatDate(heldOn)));
  };
  const shown = kind === "INDIVIDUAL" ? participants.filter((x) => x.id === individual) : participants;
  return (
    <form className="action-form" aria-labelledby="register-title" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="register-title">{texts.registerTitle}</h2>
      <p className="hint">{texts.registerHint}</p>
      <ErrorSummary
        problems={p.listed}
        failure={p.failure}
        heading={texts.fixProblems}
        message={message}
        idOf={(f) => (f === "recordingKey" ? "register-heldOn" : `register-${f.split(".")[0]}`)}
        labelOf={(f) => labels[f.split(".")[0] ?? ""]}
        refObject={p.summary}
      />
      <TextInput id="register-heldOn" label={texts.heldOn} type="date" value={heldOn} onChange={setHeldOn} error={p.error("heldOn")} required />
      <TextInput id="register-minutes" label={texts.minutes} inputMode="numeric" value={minutes} onChange={setMinutes} error={p.error("minutes")} size={4} required />
      <Choice id="register-kind" label={texts.kind} options={texts.kinds} value={kind} onChange={(v) => setKind(v as SessionKind)} required />
      {kind === "INDIVIDUAL" && (
        <Choice
          id="register-attendance"
          label={texts.individualWho}
          placeholder={texts.choosePerson}
          options={Object.fromEntries(participants.map((x) => [x.id, nameOf(x)]))}
          value={individual}
          onChange={setIndividual}
          error={p.error("attendance")}
          required
        />
      )}
      {shown.map((x) => (
        <RadioGroup
          key={x.id}
          className="checks presence"
          orientation="horizontal"
          value={of(x.id)}
          onChange={(v) => setPresence((all) => ({ ...all, [x.id]: v as Presence }))}
        >
          <Label className="group-label">{texts.presenceOf(nameOf(x))}</Label>
          {(["PRESENT", "EXCUSED", "ABSENT"] as const).map((v) => (
            <Radio key={v} value={v} className="check">
              {texts.presence[v]}
            </Radio>
          ))}
        </RadioGroup>
      ))}
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? texts.saving : texts.saveSession}
        </Button>
      </div>
    </form>
  );
}

const SetStaffMutation = graphql(`
  mutation SetProgrammeEditionStaff($input: SetProgrammeEditionStaffInput!) {
    setProgrammeEditionStaff(input: $input) {
      edition {
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

/** The administrator replaces the people running an edition (at its version). */
export function SetStaff(props: { editionId: string; version: number; current: StaffRow[]; onDone: (said: string) => void }) {
  const client = useClient();
  const p = useProblems();
  const [rows, setRows] = useState<StaffRow[]>(props.current.length > 0 ? props.current : [emptyRow()]);
  const [sending, setSending] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending || p.refuse(rowProblems(rows))) return;
    setSending(true);
    const r = await client
      .mutation(SetStaffMutation, {
        input: {
          editionId: props.editionId,
          version: props.version,
          staff: rows.map((s) => ({ userId: s.userId, qualifications: s.qualifications.trim() })),
        },
      })
      .toPromise();
    setSending(false);
    if (errorCodes(r.error).includes("CONFLICT")) return p.fail(texts.conflict);
    if (!p.answered(r.data?.setProgrammeEditionStaff)) return;
    props.onDone(texts.staffSaved);
  };
  return (
    <form className="action-form" aria-labelledby="set-staff" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="set-staff">{texts.staffTitle}</h2>
      <p className="hint">{texts.staffHint}</p>
      <ErrorSummary
        problems={p.listed}
        failure={p.failure}
        heading={texts.fixProblems}
        message={message}
        idOf={(f) => `set-staff-${f.replace(/\./g, "-")}`}
        labelOf={rowLabel}
        refObject={p.summary}
      />
      <StaffRows prefix="set-staff" rows={rows} onChange={setRows} error={p.error} clear={p.clear} />
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? texts.saving : texts.saveStaff}
        </Button>
      </div>
    </form>
  );
}
