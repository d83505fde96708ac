// The diagnostic group's meetings: the form that records one (the day, the place, the members
// present, whom the group met, a note) and the meetings read back.
import { useState } from "react";
import { graphql } from "../../gql/index.ts";
import { formatDate, todayInPoland } from "../../lib/format.ts";
import type { Card } from "./CardPage.tsx";
import type { FormProps } from "./ActionForms.tsx";
import { Checks, DayField, Frame, TextBox, useSend } from "./FormParts.tsx";
import { CompanionsFields, personName, useCompanions } from "./Companions.tsx";
import { Section } from "./Section.tsx";
import { texts } from "./texts.ts";

const RecordMeeting = graphql(`
  mutation CardGroupMeeting($input: RecordGroupMeetingInput!) {
    recordGroupMeeting(input: $input) {
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

/** Records a meeting of the group (the first one starts the diagnosis). */
export function MeetingForm({ kind, card, reload, onCancel, onDone }: FormProps) {
  const [on, setOn] = useState(todayInPoland);
  const [place, setPlace] = useState("");
  const [present, setPresent] = useState<string[]>([]);
  const [presentOutside, setPresentOutside] = useState<string[]>([]);
  // Those in the group on the meeting's day: joined by then, not yet left.
  const day = on || todayInPoland();
  const outside = card.outsideGroupMembers.filter((m) => m.addedOn <= day && (!m.leftOn || m.leftOn > day));
  const [met, setMet] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const { outcome, sending, send, problem, refuse } = useSend();
  const roleOf = (id: string) => card.persons.find((p) => p.id === id)?.role;
  const companions = useCompanions(card, met, on || todayInPoland());
  // The law has the group meet the victim and the perpetrator separately, and hear a minor
  // with an adult: refused before anything is asked or sent.
  const check = () => {
    if (met.some((id) => roleOf(id) === "VICTIM") && met.some((id) => roleOf(id) === "PERPETRATOR")) {
      refuse({ metPersonIds: "MET_SEPARATELY" });
      return false;
    }
    if (!companions.complete) {
      refuse({ companions: "MINOR_UNACCOMPANIED" });
      return false;
    }
    return true;
  };
  const submit = () => {
    void send(
      RecordMeeting,
      {
        input: {
          id: card.id,
          version: card.version,
          on: on || null,
          place: place.trim() || null,
          presentMemberIds: present,
          presentOutsideMemberIds: presentOutside,
          metPersonIds: met,
          companions: companions.input(),
          note: note.trim() || null,
        },
      },
      onDone,
    );
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
      labels={(path) => texts.meetingLabels[path.startsWith("companions") ? "companions" : path]}
      confirm={texts.confirmStep[kind]}
    >
      <DayField value={on} onChange={setOn} problem={problem("on")} autoFocus />
      <TextBox label={texts.meetingLabels.place} value={place} onChange={setPlace} problem={problem("place")} />
      <Checks
        label={texts.meetingLabels.presentMemberIds}
        options={Object.fromEntries(card.diagnosticGroup.map((m) => [m.teamMemberId, m.displayName ?? texts.unknownPerson]))}
        value={present}
        onChange={setPresent}
        problem={problem("presentMemberIds")}
      />
      {outside.length > 0 && (
        <Checks
          label={texts.meetingLabels.presentOutsideMemberIds}
          options={Object.fromEntries(outside.map((m) => [m.id, `${m.name} (${m.organisation})`]))}
          value={presentOutside}
          onChange={setPresentOutside}
          problem={problem("presentOutsideMemberIds")}
          field="presentOutsideMemberIds"
        />
      )}
      <Checks
        label={texts.meetingLabels.metPersonIds}
        options={Object.fromEntries(
          card.persons.map((p) => [p.id, `${personName(p)} (${texts.roles[p.role] ?? p.role})`]),
        )}
        value={met}
        onChange={setMet}
        problem={problem("metPersonIds")}
      />
      <CompanionsFields companions={companions} problem={problem} />
      <TextBox label={texts.meetingLabels.note} value={note} onChange={setNote} problem={problem("note")} rows={4} wide />
    </Frame>
  );
}

/** The group's meetings as recorded. */
export function Meetings({ card }: { card: Card }) {
  const meetings = card.groupMeetings;
  return (
    <Section id="meetings" title={texts.meetingsTitle}>
      {meetings.length === 0 ? (
        <p>{texts.noMeetings}</p>
      ) : (
        meetings.map((m, i) => {
          const met = m.metPersonIds
            .map((id) => card.persons.find((p) => p.id === id))
            .filter((p) => p !== undefined)
            .map((p) => `${personName(p)} (${texts.roles[p.role] ?? p.role})`);
          const nameOf = (id: string) => {
            const p = card.persons.find((x) => x.id === id);
            return p ? personName(p) : texts.unknownPerson;
          };
          const companions = m.companions.map((c) =>
            texts.companionLine(
              nameOf(c.minorId),
              c.personId ? nameOf(c.personId) : (c.name ?? texts.unknownPerson),
              texts.companionRelations[c.relation] ?? c.relation,
            ),
          );
          const title = texts.meetingTitle(formatDate(m.heldOn));
          return (
            <article key={i} aria-label={title} className="record">
              <h3>{title}</h3>
              <dl className="facts">
                <dt>{texts.meetingLabels.place}</dt>
                <dd>{m.place ?? texts.notGiven}</dd>
                <dt>{texts.meetingLabels.presentMemberIds}</dt>
                <dd>{m.present.map((a) => a.displayName ?? texts.unknownPerson).join(", ") || texts.notGiven}</dd>
                {m.presentOutside.length > 0 && (
                  <>
                    <dt>{texts.meetingLabels.presentOutsideMemberIds}</dt>
                    <dd>{m.presentOutside.map((a) => a.name).join(", ")}</dd>
                  </>
                )}
                <dt>{texts.meetingLabels.metPersonIds}</dt>
                <dd>{met.join(", ") || texts.nobodyMet}</dd>
                {companions.length > 0 && (
                  <>
                    <dt>{texts.meetingLabels.companions}</dt>
                    <dd>{companions.join("; ")}</dd>
                  </>
                )}
                <dt>{texts.meetingLabels.note}</dt>
                <dd className="prewrap">{m.note ?? texts.notGiven}</dd>
                <dt>{texts.recordedBy}</dt>
                <dd>{m.recordedByName ?? texts.unknownPerson}</dd>
              </dl>
            </article>
          );
        })
      )}
    </Section>
  );
}
