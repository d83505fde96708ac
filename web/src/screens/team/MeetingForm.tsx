import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button, Checkbox, CheckboxGroup, Label, Text } from "react-aria-components";
import { useClient } from "urql";
import { graphql } from "../../gql/index.ts";
import { named, todayInPoland } from "../../lib/format.ts";
import { outcomeOf, type Outcome } from "../card/actions.ts";
import { draftProblems, emptyDraft, meetingInput, type MeetingDraft } from "./meeting.ts";
import type { Team } from "./TeamPage.tsx";
import { texts } from "./texts.ts";
import { TextInput } from "../../components/fields.tsx";

const RecordMeeting = graphql(`
  mutation TeamRecordMeeting($input: RecordTeamMeetingInput!) {
    recordTeamMeeting(input: $input) {
      meeting {
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

const message = (code: string) => texts.errors[code] ?? texts.unknownError(code);
const errorOf = (problem?: string) => (problem ? message(problem) : undefined);

/** The chair's button and, when opened, the form recording a meeting with its attendance. */
export function MeetingForm({ team, onDone }: { team: Team; onDone: (heldOn: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="record-meeting">
      <Button className="button secondary" aria-expanded={open} onPress={() => setOpen(!open)}>
        {texts.recordMeeting}
      </Button>
      {open && (
        <Form
          team={team}
          onCancel={() => setOpen(false)}
          onDone={(heldOn) => {
            setOpen(false);
            onDone(heldOn);
          }}
        />
      )}
    </div>
  );
}

function Form({ team, onCancel, onDone }: { team: Team; onCancel: () => void; onDone: (heldOn: string) => void }) {
  const client = useClient();
  // Meetings are usually recorded on the day: today unless changed.
  const [draft, setDraft] = useState<MeetingDraft>(() => ({ ...emptyDraft(), heldOn: todayInPoland() }));
  const [submitted, setSubmitted] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const set = (change: Partial<MeetingDraft>) => setDraft((d) => ({ ...d, ...change }));

  const local = draftProblems(draft);
  const server = outcome?.kind === "refused" ? outcome.problems : {};
  // The day is checked as typed; the agenda once the chair tried to send.
  const problem = (field: string) =>
    server[field] ?? (field === "heldOn" || submitted ? local[field] : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setAttempt((n) => n + 1);
    if (Object.keys(local).length > 0) return;
    setSending(true);
    const result = await client
      .mutation(RecordMeeting, { input: meetingInput(team.id, team.members.map((m) => m.id), draft) })
      .toPromise();
    setSending(false);
    const next = outcomeOf({ error: result.error, payload: result.data?.recordTeamMeeting ?? null });
    setOutcome(next);
    if (next.kind === "done") onDone(draft.heldOn);
  };

  const listed = submitted ? Object.entries({ ...local, ...server }) : [];
  const summary = useRef<HTMLDivElement>(null);
  // A refusal moves focus to its summary, never to the page's body.
  useEffect(() => {
    if (listed.length > 0 || (outcome && outcome.kind !== "done")) summary.current?.focus();
  }, [outcome, attempt]);
  const names: Record<string, string> = {
    heldOn: texts.heldOn,
    agenda: texts.agenda,
    minutes: texts.minutes,
    presentMemberIds: texts.attendance,
  };
  return (
    <form className="action-form" aria-label={texts.recordMeeting} onSubmit={(e) => void submit(e)} noValidate>
      <div role="alert" ref={summary} tabIndex={-1} className={listed.length > 0 || (outcome && outcome.kind !== "done" && outcome.kind !== "refused") ? "summary" : undefined}>
        {listed.length > 0 && (
          <>
            <p>{texts.problems}</p>
            <ul>
              {listed.map(([path, code]) => (
                <li key={path}>{named(names[path], message(code))}</li>
              ))}
            </ul>
          </>
        )}
        {outcome?.kind === "forbidden" && <p>{texts.forbidden}</p>}
        {(outcome?.kind === "failed" || outcome?.kind === "conflict") && <p>{texts.failed}</p>}
      </div>
      <TextInput
        type="date"
        autoComplete={null}
        label={texts.heldOn}
        value={draft.heldOn}
        onChange={(v) => set({ heldOn: v })}
        error={errorOf(problem("heldOn"))}
        hint={texts.heldOnHint}
        autoFocus
      />
      <TextInput
        type={null}
        autoComplete={null}
        label={texts.agenda}
        value={draft.agenda}
        onChange={(v) => set({ agenda: v })}
        error={errorOf(problem("agenda"))}
        hint={texts.agendaHint}
        rows={3}
        required
        validationBehavior="aria"
      />
      <TextInput
        type={null}
        autoComplete={null}
        label={texts.minutes}
        value={draft.minutes}
        onChange={(v) => set({ minutes: v })}
        error={errorOf(problem("minutes"))}
        hint={texts.minutesHint}
        rows={5}
      />
      <CheckboxGroup className="checks" value={[...draft.present]} onChange={(v) => set({ present: v })}>
        <Label className="group-label">{texts.attendance}</Label>
        <Text slot="description" className="hint">
          {texts.attendanceHint}
        </Text>
        {team.members.map((m) => (
          <Checkbox key={m.id} value={m.id} className="check">
            <span className="box" aria-hidden="true" />
            {texts.attendanceOption(m.displayName ?? texts.unknownPerson, texts.institutionKind[m.institution] ?? m.institution)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? texts.sending : texts.submit}
        </Button>
        <Button className="button secondary" onPress={onCancel}>
          {texts.cancel}
        </Button>
      </div>
    </form>
  );
}
