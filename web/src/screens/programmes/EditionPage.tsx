// `/programy/<id>`: an edition of a programme. Everyone on the staff sees its dates, place and
// counts; the people running it see its participants and waiting list, enrol people, keep the
// session register (every participant present unless marked otherwise, so a group of twelve
// takes a few keys) and record completion, admission from the waiting list and drop-out.
import { useEffect, useRef, useState } from "react";
import { Button } from "react-aria-components";
import { useClient, useQuery } from "urql";
import { DocumentButtons } from "../../components/documents.tsx";
import { Choice } from "../../components/fields.tsx";
import { LoadError } from "../../components/lists.tsx";
import { graphql } from "../../gql/index.ts";
import type { DropOutReason } from "../../gql/graphql.ts";
import { formatDate } from "../../lib/format.ts";
import { ROUTES } from "../../lib/route.ts";
import { errorCodes } from "../../lib/userErrors.ts";
import { EnrolForm, SessionRegister, SetStaff } from "./EditionForms.tsx";
import { message, nameOf, type Participant } from "./problems.ts";
import { texts } from "./texts.ts";

const Edition = graphql(`
  query ProgrammeEdition($id: ID!) {
    viewer {
      roles
    }
    node(id: $id) {
      ... on ProgrammeEdition {
        id
        version
        startsOn
        endsOn
        place
        capacity
        viewerRunsIt
        counts {
          enrolled
          waiting
          completed
          droppedOut
          notAdmitted
          freePlaces
        }
        staff {
          userId
          displayName
          qualifications
        }
        programme {
          name
          type
          description
        }
      }
    }
  }
`);

const People = graphql(`
  query ProgrammeEditionPeople($id: ID!) {
    node(id: $id) {
      ... on ProgrammeEdition {
        id
        enrolments {
          id
          basis
          status
          allowedSteps
          availableDocuments
          version
          consentOn
          finishedOn
          dropOutReason
          participant {
            firstName
            lastName
            dateOfBirth
            phone
          }
          attended {
            sessions
            minutes
          }
        }
        sessions {
          id
          heldOn
          minutes
          kind
          attendance {
            enrolmentId
            presence
          }
        }
      }
    }
  }
`);

const Admit = graphql(`
  mutation AdmitFromWaitingList($input: AdmitFromWaitingListInput!) {
    admitFromWaitingList(input: $input) {
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

// One document at a time: each is made when asked for.
const EnrolmentDocument = graphql(`
  query EnrolmentDocument($id: ID!, $certificate: Boolean!, $notice: Boolean!) {
    node(id: $id) {
      ... on ProgrammeEnrolment {
        certificate @include(if: $certificate) {
          fileName
          mediaType
          base64
        }
        notice @include(if: $notice) {
          fileName
          mediaType
          base64
        }
      }
    }
  }
`);

const Complete = graphql(`
  mutation CompleteProgramme($input: CompleteProgrammeInput!) {
    completeProgramme(input: $input) {
      enrolment {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const DropOut = graphql(`
  mutation DropOutOfProgramme($input: DropOutOfProgrammeInput!) {
    dropOutOfProgramme(input: $input) {
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

export function EditionPage({ id }: { id: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: Edition, variables: { id } });
  const edition = data?.node && "startsOn" in data.node ? data.node : null;
  const runs = edition?.viewerRunsIt ?? false;
  const [people, refetchPeople] = useQuery({ query: People, variables: { id }, pause: !runs });
  const status = useRef<HTMLParagraphElement>(null);
  const [said, setSaid] = useState("");
  useEffect(() => {
    if (edition) document.title = `${texts.editionTitle(edition.programme?.name ?? "", formatDate(edition.startsOn))} — Ostoja`;
  }, [edition]);
  const reload = () => {
    refetch({ requestPolicy: "network-only" });
    refetchPeople({ requestPolicy: "network-only" });
  };
  const tell = (text: string) => {
    setSaid(text);
    reload();
    window.requestAnimationFrame(() => status.current?.focus());
  };
  if (!data && fetching) return <p role="status">{texts.loading}</p>;
  if (error && !data) return <LoadError text={texts.loadError} retry={texts.retry} onRetry={reload} />;
  if (!edition)
    return (
      <>
        <p>
          <a href={ROUTES.programmes}>{texts.back}</a>
        </p>
        <p role="alert">{texts.notFound}</p>
      </>
    );
  const found = people.data?.node && "enrolments" in people.data.node ? people.data.node : null;
  const enrolments = (found?.enrolments ?? []) as Listed[];
  const names = Object.fromEntries(enrolments.map((e) => [e.id, nameOf(e)]));
  const admin = data?.viewer.roles.includes("TENANT_ADMIN") ?? false;
  const c = edition.counts;
  return (
    <>
      <p>
        <a href={ROUTES.programmes}>{texts.back}</a>
      </p>
      <h1>{texts.editionTitle(edition.programme?.name ?? "", formatDate(edition.startsOn))}</h1>
      <p>
        {texts.types[edition.programme?.type ?? ""]}. {texts.dates(formatDate(edition.startsOn), formatDate(edition.endsOn))}, {edition.place}.{" "}
        {texts.columns.places}: {texts.places(c.freePlaces, edition.capacity)}; {texts.people(c)}.
      </p>
      {edition.programme?.description && <p className="muted">{edition.programme.description}</p>}
      <p>
        {texts.columns.staff}: {edition.staff.map((s) => `${s.displayName} (${s.qualifications})`).join("; ")}
      </p>
      <p role="status" className="status-line" ref={status} tabIndex={-1}>
        {said}
      </p>
      {admin && (
        <SetStaff
          editionId={edition.id}
          version={edition.version}
          current={edition.staff.map((s) => ({ userId: s.userId, qualifications: s.qualifications }))}
          onDone={tell}
        />
      )}
      {!runs ? (
        <p>{texts.notRun}</p>
      ) : (
        <>
          <section aria-labelledby="participants-title">
            <h2 id="participants-title">{texts.participantsTitle}</h2>
            {people.error && !people.data && <LoadError text={texts.loadError} retry={texts.retry} onRetry={reload} />}
            {found && enrolments.length === 0 && <p>{texts.noParticipants}</p>}
            {enrolments.length > 0 && <Participants enrolments={enrolments} onDone={tell} onStale={reload} />}
          </section>
          <EnrolForm editionId={edition.id} onDone={tell} />
          {found && (
            <SessionRegister
              editionId={edition.id}
              participants={enrolments.filter((e) => e.status === "ENROLLED")}
              onDone={tell}
            />
          )}
          <section aria-labelledby="sessions-title">
            <h2 id="sessions-title">{texts.sessionsTitle}</h2>
            {found && (found.sessions ?? []).length === 0 && <p>{texts.noSessions}</p>}
            <ul>
              {(found?.sessions ?? []).map((s) => (
                <li key={s.id}>
                  {texts.sessionLine(
                    formatDate(s.heldOn),
                    texts.kinds[s.kind] ?? s.kind,
                    s.minutes,
                    s.attendance.filter((a) => a.presence === "PRESENT").length,
                    s.attendance.length,
                  )}
                  {s.attendance
                    .filter((a) => a.presence !== "PRESENT")
                    .map((a) => `; ${names[a.enrolmentId] ?? ""} — ${texts.presence[a.presence] ?? a.presence}`)
                    .join("")}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}

type Listed = Participant & {
  basis: string;
  allowedSteps: readonly string[];
  availableDocuments: readonly string[];
  consentOn?: string | null;
  finishedOn?: string | null;
  dropOutReason?: string | null;
  participant: { dateOfBirth?: string | null; phone?: string | null };
  attended: { sessions: number; minutes: number };
};

function Participants({
  enrolments,
  onDone,
  onStale,
}: {
  enrolments: Listed[];
  onDone: (said: string) => void;
  onStale: () => void;
}) {
  const client = useClient();
  const [dropping, setDropping] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState("");
  const problemRef = useRef<HTMLParagraphElement>(null);
  const refused = (text: string) => {
    setProblem(text);
    window.requestAnimationFrame(() => problemRef.current?.focus());
  };
  const outcome = (
    r: { error?: Parameters<typeof errorCodes>[0]; data?: unknown },
    payload: { userErrors: readonly { code: string; message?: string }[] } | undefined | null,
    done: string,
  ) => {
    if (errorCodes(r.error).includes("CONFLICT")) {
      refused(texts.conflict);
      onStale();
      return;
    }
    if (!payload) return refused(texts.failed);
    const first = payload.userErrors[0];
    if (first) return refused(first.code === "SHORT_OF_REQUIRED" && first.message ? `${message(first.code)} (${first.message})` : message(first.code));
    setProblem("");
    setDropping(null);
    onDone(done);
  };
  const complete = async (e: Participant) => {
    const r = await client.mutation(Complete, { input: { id: e.id, version: e.version } }).toPromise();
    outcome(r, r.data?.completeProgramme, texts.completed(nameOf(e)));
  };
  const admit = async (e: Participant) => {
    const r = await client.mutation(Admit, { input: { id: e.id, version: e.version } }).toPromise();
    outcome(r, r.data?.admitFromWaitingList, texts.admitted(nameOf(e)));
  };
  const dropOut = async (e: Participant) => {
    if (!reason) return refused(message("REQUIRED"));
    const r = await client.mutation(DropOut, { input: { id: e.id, version: e.version, reason: reason as DropOutReason } }).toPromise();
    outcome(r, r.data?.dropOutOfProgramme, texts.droppedOut(nameOf(e)));
  };
  const fresh = { requestPolicy: "network-only" } as const;
  const papers = (e: Listed) => {
    const fetchOne = async (certificate: boolean) => {
      const variables = { id: e.id, certificate, notice: !certificate };
      const node = (await client.query(EnrolmentDocument, variables, fresh).toPromise()).data?.node;
      if (!node || !("certificate" in node || "notice" in node)) return null;
      return certificate ? node.certificate : node.notice;
    };
    const certificate = { label: texts.certificatePdf(nameOf(e)), fetch: () => fetchOne(true) };
    const notice = { label: texts.noticePdf(nameOf(e)), fetch: () => fetchOne(false) };
    return [
      ...(e.availableDocuments.includes("CERTIFICATE") ? [certificate] : []),
      ...(e.availableDocuments.includes("NOTICE") ? [notice] : []),
    ];
  };
  return (
    <>
      <p role="alert" ref={problemRef} tabIndex={-1} className={problem ? "summary" : undefined}>
        {problem}
      </p>
      <div className="table-scroll">
        <table className="cards">
          <caption className="visually-hidden">{texts.participantsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.participantColumns.who}</th>
              <th scope="col">{texts.participantColumns.basis}</th>
              <th scope="col">{texts.participantColumns.status}</th>
              <th scope="col">{texts.participantColumns.attended}</th>
              <th scope="col">{texts.participantColumns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {enrolments.map((e) => (
              <tr key={e.id}>
                <th scope="row">
                  {nameOf(e)}
                  {e.participant.dateOfBirth && <div className="muted">{texts.born(formatDate(e.participant.dateOfBirth))}</div>}
                  {e.participant.phone && <div className="muted">{texts.phoneIs(e.participant.phone)}</div>}
                </th>
                <td>
                  {texts.basis[e.basis] ?? e.basis}
                  {e.consentOn && <div className="muted">{texts.consentGiven(formatDate(e.consentOn))}</div>}
                </td>
                <td>
                  {texts.status[e.status] ?? e.status}
                  {e.finishedOn && <div className="muted">{texts.finished(formatDate(e.finishedOn))}</div>}
                  {e.dropOutReason && <div className="muted">{texts.reasons[e.dropOutReason] ?? e.dropOutReason}</div>}
                </td>
                <td>{texts.attended(e.attended.sessions, e.attended.minutes)}</td>
                <td>
                  <div className="actions">
                    {e.allowedSteps.includes("COMPLETE") && (
                      <Button className="button secondary" onPress={() => void complete(e)}>
                        {texts.complete(nameOf(e))}
                      </Button>
                    )}
                    {e.allowedSteps.includes("ADMIT") && (
                      <Button className="button secondary" onPress={() => void admit(e)}>
                        {texts.admit(nameOf(e))}
                      </Button>
                    )}
                    {e.allowedSteps.includes("DROP_OUT") && dropping !== e.id && (
                      <Button className="button secondary" onPress={() => setDropping(e.id)}>
                        {texts.dropOut(nameOf(e))}
                      </Button>
                    )}
                    <DocumentButtons documents={papers(e)} />
                    {dropping === e.id && (
                      <>
                        <Choice
                          label={texts.dropReason}
                          placeholder={texts.chooseReason}
                          options={texts.reasons}
                          value={reason}
                          onChange={setReason}
                          autoFocus
                        />
                        <Button className="button primary" onPress={() => void dropOut(e)}>
                          {texts.confirmDrop}
                        </Button>
                        <Button className="button secondary" onPress={() => setDropping(null)}>
                          {texts.cancel}
                        </Button>
                      </>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
