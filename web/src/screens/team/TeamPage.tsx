import { useEffect, useRef, useState } from "react";
import { Button } from "react-aria-components";
import { useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { TeamPageQuery } from "../../gql/graphql.ts";
import { formatDate, plural } from "../../lib/format.ts";
import { Attendance } from "./Attendance.tsx";
import { ChairCases } from "./ChairCases.tsx";
import { MeetingForm } from "./MeetingForm.tsx";
import { MemberChangeForm } from "./MemberChanges.tsx";
import { offeredChanges, statementState, type MemberChange } from "./membership.ts";
import { Section } from "./Section.tsx";
import { texts } from "./texts.ts";
import { roleName } from "../../lib/roles.ts";

// The team with its members and meetings in one request; the attendance report and the chair's
// cards ask for themselves (their periods and filters change on their own).
const TeamPageQuery = graphql(`
  query TeamPage($after: String) {
    viewer {
      roles
      user {
        id
      }
    }
    teams {
      id
      name
      actNumber
      actIssuedOn
      lastMeetingOn
      missingInstitutions
      warnings {
        code
      }
      chair {
        id
        userId
      }
      members {
        id
        userId
        displayName
        formOfAddress
        institution
        institutionName
        chair
        confidentialitySignedOn
        confidentialityWithdrawnOn
        confidentialityValidUntil
        confidentialityHolds
        joinedOn
        leftOn
        version
      }
      formerMembers {
        id
        displayName
        institution
        joinedOn
        leftOn
        leftReason
      }
      meetings(first: 20, after: $after) {
        nodes {
          id
          heldOn
          agenda
          minutes
          attendance {
            member {
              id
              displayName
            }
            present
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export type Team = TeamPageQuery["teams"][number];

export function TeamPage() {
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: TeamPageQuery, variables: { after } });
  const [notice, setNotice] = useState<string | null>(null);
  const [recorded, setRecorded] = useState(0);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    document.title = texts.documentTitle;
  }, []);
  // After a meeting is recorded the form closes: focus goes to what happened.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  const reload = () => refetch({ requestPolicy: "network-only" });

  if (!data && fetching) return <p role="status">{texts.loading}</p>;
  if (!data) {
    return (
      <>
        <h1>{texts.title}</h1>
        <p role="alert">
          {texts.loadError}{" "}
          <Button className="button secondary" onPress={reload}>
            {texts.retry}
          </Button>
        </p>
      </>
    );
  }
  const team = data.teams[0];
  if (!team) {
    return (
      <>
        <h1>{texts.title}</h1>
        <p>{texts.noTeam}</p>
      </>
    );
  }
  const me = data.viewer.user?.id;
  const isChair = !!me && team.chair?.userId === me;
  // The API lets the chair or a tenant administrator record meetings.
  const mayRecord = isChair || data.viewer.roles.includes("TENANT_ADMIN");
  const mayReadMinutes = team.members.some((m) => m.userId === me && m.confidentialityHolds);
  const isAdmin = data.viewer.roles.includes("TENANT_ADMIN");

  return (
    <>
      <h1>{team.name}</h1>
      {error && <p role="alert">{texts.loadError}</p>}
      <p role="status" ref={noticeRef} tabIndex={-1} className={notice ? "notice" : undefined}>
        {notice}
      </p>
      <dl className="facts" aria-label={texts.summary}>
        <div>
          <dt>{texts.title}</dt>
          <dd>{texts.act(team.actNumber, formatDate(team.actIssuedOn))}</dd>
        </div>
        <div>
          <dt>{texts.meetings}</dt>
          <dd>{team.lastMeetingOn ? texts.lastMeeting(formatDate(team.lastMeetingOn)) : texts.noMeetingYet}</dd>
        </div>
      </dl>
      {team.warnings.length > 0 && (
        <Section id="warnings" title={texts.warningsTitle}>
          <ul>
            {team.warnings.map((w) => (
              <li key={w.code} className="warning">
                {w.code === "REQUIRED_INSTITUTION_MISSING"
                  ? texts.missingInstitutions(team.missingInstitutions.map((k) => texts.institutionKind[k] ?? k))
                  : (texts.warning[w.code] ?? texts.unknownWarning(w.code))}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {isChair && <ChairCases />}
      <Members
        team={team}
        admin={isAdmin ? me : null}
        reload={reload}
        onDone={(message) => {
          setNotice(message);
          reload();
        }}
      />
      {team.formerMembers.length > 0 && <FormerMembers team={team} />}
      <Section id="meetings" title={texts.meetings}>
        {mayRecord && (
          <MeetingForm
            team={team}
            onDone={(heldOn) => {
              setNotice(texts.recorded(formatDate(heldOn)));
              setRecorded((n) => n + 1);
              setAfter(null);
              reload();
            }}
          />
        )}
        <Meetings team={team} mayReadMinutes={mayReadMinutes} />
        {team.meetings.pageInfo.hasNextPage && (
          <Button className="button secondary" onPress={() => setAfter(team.meetings.pageInfo.endCursor ?? null)}>
            {texts.moreMeetings}
          </Button>
        )}
      </Section>
      <Attendance key={recorded} teamId={team.id} />
    </>
  );
}

function Statement({ member }: { member: Team["members"][number] }) {
  const state = statementState(member);
  switch (state.kind) {
    case "holds":
      return <>{texts.signedOn(formatDate(state.signedOn)) + (state.validUntil ? texts.validUntil(formatDate(state.validUntil)) : "")}</>;
    case "withdrawn":
      return <>{texts.withdrawnOn(formatDate(state.on))}</>;
    case "expired":
      return <>{texts.expiredOn(formatDate(state.on))}</>;
    case "notSigned":
      return <>{texts.notSigned}</>;
  }
}

/**
 * The members now; for an administrator (`admin`: their own user ID) each row offers the changes
 * the API allows on it, each opening its form below the table.
 */
function Members(props: { team: Team; admin: string | null | undefined; reload: () => void; onDone: (notice: string) => void }) {
  const { team } = props;
  const c = texts.memberColumns;
  const [open, setOpen] = useState<{ memberId: string; change: MemberChange } | null>(null);
  const opened = open && team.members.find((m) => m.id === open.memberId);
  const admin = props.admin !== null;
  return (
    <Section id="members" title={texts.members}>
      <p className="muted">{plural(team.members.length, texts.memberCount)}</p>
      <div className="table-scroll">
        <table className="cards">
          <thead>
            <tr>
              <th scope="col">{c.name}</th>
              <th scope="col">{c.institution}</th>
              <th scope="col">{c.institutionName}</th>
              <th scope="col">{c.statement}</th>
              <th scope="col">{c.joined}</th>
              {admin && <th scope="col">{texts.changesColumn}</th>}
            </tr>
          </thead>
          <tbody>
            {team.members.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  {m.displayName ?? texts.unknownPerson}
                  {m.chair && <strong className="badge">{` (${roleName("TEAM_CHAIR", m.formOfAddress)})`}</strong>}
                </th>
                <td>{texts.institutionKind[m.institution] ?? m.institution}</td>
                <td>{m.institutionName}</td>
                <td>
                  <Statement member={m} />
                </td>
                <td>{formatDate(m.joinedOn)}</td>
                {admin && (
                  <td className="row-actions">
                    {offeredChanges(m, props.admin ?? undefined).map((change) => (
                      <Button
                        key={change}
                        className="button secondary small"
                        aria-label={texts.changeFor(texts.change[change], m.displayName ?? texts.unknownPerson)}
                        aria-expanded={open?.memberId === m.id && open.change === change}
                        onPress={() => setOpen({ memberId: m.id, change })}
                      >
                        {texts.change[change]}
                      </Button>
                    ))}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open && opened && (
        <MemberChangeForm
          key={`${open.memberId}-${open.change}`}
          team={team}
          member={opened}
          change={open.change}
          onCancel={() => setOpen(null)}
          reload={props.reload}
          onDone={(notice) => {
            setOpen(null);
            props.onDone(notice);
          }}
        />
      )}
    </Section>
  );
}

function FormerMembers({ team }: { team: Team }) {
  const c = texts.formerColumns;
  return (
    <Section id="former-members" title={texts.formerMembers}>
      <div className="table-scroll">
        <table className="cards">
          <thead>
            <tr>
              <th scope="col">{c.name}</th>
              <th scope="col">{c.institution}</th>
              <th scope="col">{c.period}</th>
              <th scope="col">{c.reason}</th>
            </tr>
          </thead>
          <tbody>
            {team.formerMembers.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.displayName ?? texts.unknownPerson}</th>
                <td>{texts.institutionKind[m.institution] ?? m.institution}</td>
                <td>{texts.period(formatDate(m.joinedOn), m.leftOn ? formatDate(m.leftOn) : "")}</td>
                <td>{m.leftReason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

function Meetings({ team, mayReadMinutes }: { team: Team; mayReadMinutes: boolean }) {
  const meetings = team.meetings.nodes;
  if (meetings.length === 0) return <p>{texts.noMeetings}</p>;
  return (
    <ul className="meetings">
      {meetings.map((m) => {
        const present = m.attendance.filter((a) => a.present);
        const absent = m.attendance.filter((a) => !a.present);
        const names = (list: typeof present) =>
          list.map((a) => a.member.displayName ?? texts.unknownPerson).join(", ") || texts.nobody;
        return (
          <li key={m.id}>
            <article aria-labelledby={`meeting-${m.id}`}>
              <h3 id={`meeting-${m.id}`}>{texts.meetingTitle(formatDate(m.heldOn))}</h3>
              <dl>
                <dt>{texts.agenda}</dt>
                <dd>{m.agenda ?? texts.agendaHidden}</dd>
                <dt>{texts.presentCount(plural(present.length, texts.persons), m.attendance.length)}</dt>
                <dd>
                  {texts.present}: {names(present)}; {texts.absent}: {names(absent)}
                </dd>
                <dt>{texts.minutes}</dt>
                <dd>{m.minutes ?? (mayReadMinutes ? texts.noMinutes : texts.minutesHidden)}</dd>
              </dl>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
