import { useEffect, useRef, useState } from "react";
import { Button } from "react-aria-components";
import { useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { BlueCardPageQuery } from "../../gql/graphql.ts";
import { formatDate, formatDateTime, plural, todayInPoland } from "../../lib/format.ts";
import { ROUTES } from "../../lib/route.ts";
import { nextDeadline } from "../worklist/deadline.ts";
import { Actions } from "./ActionForms.tsx";
import { Forms } from "./Forms.tsx";
import { Group } from "./Group.tsx";
import { Meetings } from "./Meetings.tsx";
import { Persons } from "./Persons.tsx";
import { Section } from "./Section.tsx";
import { Matches } from "./Matches.tsx";
import { Plan } from "./PlanItems.tsx";
import { Transfer } from "./Transfer.tsx";
import { ActionPlan } from "./Referrals.tsx";
import { offeredActions } from "./actions.ts";
import { texts } from "./texts.ts";

// The whole page in one request: the card with everything under it, the steps the viewer may
// take (from the procedure table on the server), and the team's members for the chair's group.
const BlueCardPage = graphql(`
  query BlueCardPage($id: ID!) {
    node(id: $id) {
      ... on BlueCard {
        id
        number
        status
        closureGround
        version
        initiatedOn
        initiatorInstitution
        initiatorName
        violenceForms
        allowedSteps
        stepsNotYet {
          step
          reason
          possibleFrom
        }
        mayAddPlanItems
        mayRecordWork
        mayHandOver
        transfers {
          id
          outgoing
          municipality
          number
          state
          proposedOn
          completedOn
          version
          viewerMayWithdraw
        }
        details {
          injuries
          perpetratorUnderAlcohol
          perpetratorUnderDrugs
          firearmAccess
          childrenInHousehold
          actionsTaken
          nkBHandedOver
          nkBRecipientId
          victimFeelsSafe
          description
          additionalInformation
          registeredFromPaper {
            name
            position
            entity
          }
        }
        matchProposals {
          decision
          basis
          kind
          procedure {
            id
            version
            number
            status
            initiatedOn
            persons {
              role
              firstName
              lastName
            }
          }
        }
        persons {
          id
          role
          firstName
          lastName
          pesel
          dateOfBirth
          sex
          minor
          address
          phone
          notes
          diedOn
          relationToVictim
          livesWithVictim
          health
          addictions
          school
          email
        }
        earlierProcedures {
          number
          status
          initiatedOn
          closedOn
          closureGround
          blueCard {
            id
          }
        }
        personCorrections {
          personId
          correctedAt
          correctedByName
          changes {
            field
            earlier
          }
        }
        forms {
          id
          kind
          filledOn
          filledByName
          personId
          diagnosis
          history
          resultReport
          closureBasis
          noticeDelivery
          noticeNote
          companions {
            minorId
            personId
            name
            relation
          }
          familyCourtNotice {
            firstName
            lastName
            dateOfBirth
            court
          }
          nkA {
            injuries
            perpetratorUnderAlcohol
            perpetratorUnderDrugs
            firearmAccess
            childrenInHousehold
            actionsTaken
            nkBHandedOver
            nkBRecipientId
            victimFeelsSafe
            description
            additionalInformation
          }
        }
        history {
          step
          takenAt
          takenByName
        }
        deadlines {
          id
          kind
          dueOn
          state
          metOn
          metLate
        }
        diagnosticGroup {
          teamMemberId
          displayName
          institution
        }
        outsideGroupMembers {
          id
          name
          organisation
          position
          institution
          statementSignedOn
          addedOn
          leftOn
        }
        groupMeetings {
          heldOn
          place
          present {
            teamMemberId
            displayName
          }
          presentOutside {
            id
            name
          }
          metPersonIds
          companions {
            minorId
            personId
            name
            relation
          }
          note
          recordedByName
        }
        seesDiagnosis
        helpPlan {
          id
          version
          description
          dueOn
          status
          responsibleName
          responsibleUserId
        }
        actionPlan {
          id
          version
          kind
          programme
          description
          dueOn
          status
          followsEnrolment
          responsibleName
          responsibleUserId
        }
        work {
          id
          kind
          variant
          occurredOn
          recordedByName
          note
        }
      }
    }
    viewer {
      municipality {
        name
      }
    }
    teams {
      members {
        id
        userId
        displayName
        institution
        confidentialitySignedOn
        confidentialityHolds
      }
    }
  }
`);

type Node = NonNullable<BlueCardPageQuery["node"]>;
export type Card = Extract<Node, { __typename?: "BlueCard" }> & { id: string };

export function CardPage({ id }: { id: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: BlueCardPage, variables: { id } });
  // The notice and how many there were: the same words twice are still a new notice.
  const [{ notice, count }, setNotice] = useState<{ notice: string | null; count: number }>({ notice: null, count: 0 });
  const noticeRef = useRef<HTMLParagraphElement>(null);
  // After a step the form closes: focus goes to what happened, not to the page's top.
  useEffect(() => {
    if (count > 0) noticeRef.current?.focus();
  }, [count]);
  const reload = () => refetch({ requestPolicy: "network-only" });
  const done = (message: string) => {
    setNotice((n) => ({ notice: message, count: n.count + 1 }));
    reload();
  };
  const node = data?.node;
  const card = node && "persons" in node ? (node as Card) : null;
  const victims = card
    ? card.persons
        .filter((p) => p.role === "VICTIM")
        .map((p) => `${p.firstName} ${p.lastName}`)
        .join(", ")
    : "";
  useEffect(() => {
    // The title names no one: it reaches the browser's history.
    document.title = texts.documentTitle;
  }, []);

  const back = (
    <p className="no-print">
      <a href={ROUTES.workList}>{texts.back}</a>
    </p>
  );
  if (!data && fetching) return <p role="status">{texts.loading}</p>;
  if (!card && error) {
    return (
      <>
        {back}
        <p role="alert">
          {texts.loadError}{" "}
          <Button className="button secondary" onPress={reload}>
            {texts.retry}
          </Button>
        </p>
      </>
    );
  }
  if (!card) {
    return (
      <>
        {back}
        <h1>{texts.notFoundTitle}</h1>
        <p>{texts.notFound}</p>
      </>
    );
  }
  const members = data?.teams[0]?.members ?? [];
  const municipality = data?.viewer.municipality?.name ?? "";
  return (
    <>
      {back}
      <p className="print-only print-heading">{texts.printHeading(municipality, card.number ?? "")}</p>
      <h1>{texts.title(victims)}</h1>
      <p className="no-print">
        <Button className="button secondary" onPress={() => window.print()}>
          {texts.print}
        </Button>
      </p>
      <p role="status" ref={noticeRef} tabIndex={-1} className={notice ? "notice" : undefined}>
        {notice}
      </p>
      <Summary card={card} />
      <Matches
        card={card}
        reload={reload}
        onDone={done}
      />
      <Earlier card={card} />
      <Section id="actions" title={texts.actions} className="no-print">
        <Actions
          card={card}
          actions={offeredActions(card.allowedSteps, card.mayRecordWork)}
          members={members}
          reload={reload}
          onDone={done}
        />
        {card.stepsNotYet.length > 0 && (
          <ul className="not-yet">
            {card.stepsNotYet.map((s) => (
              <li key={s.step}>{texts.notYet(s.step, s.reason, s.possibleFrom ? formatDate(s.possibleFrom) : null)}</li>
            ))}
          </ul>
        )}
      </Section>
      <Persons card={card} reload={reload} onDone={done} />
      <Deadlines card={card} />
      <History card={card} />
      <Group card={card} reload={reload} onDone={done} />
      <Transfer card={card} own={municipality} reload={reload} onDone={done} />
      {card.seesDiagnosis ? (
        <>
          <Meetings card={card} />
          <Plan
            id="help-plan"
            cardId={card.id}
            plan="HELP_PLAN"
            title={texts.helpPlan}
            members={members}
            items={card.helpPlan}
            mayEdit={card.mayAddPlanItems}
            reload={reload}
            onDone={done}
          />
          <ActionPlan card={card} members={members} reload={reload} onDone={done} />
        </>
      ) : (
        <Section id="diagnosis" title={texts.diagnosisTitle}>
          <p>{texts.diagnosisForGroup}</p>
        </Section>
      )}
      <Forms card={card} />
      <Section id="work" title={texts.work}>
        {card.work.length === 0 ? (
          <p>{texts.noWork}</p>
        ) : (
          <ul>
            {card.work.map((w) => (
              <li key={w.id}>
                {formatDate(w.occurredOn)}: {texts.workKind[w.kind] ?? w.kind}
                {w.variant ? ` (${texts.workVariant[w.variant] ?? w.variant})` : ""}
                {w.recordedByName ? `, ${w.recordedByName}` : ""}
                {w.note ? ` — ${w.note}` : ""}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <p className="print-only">{texts.printedOn(formatDateTime(new Date().toISOString()))}</p>
    </>
  );
}

/** The earlier procedures the chair linked this one to (shown to the chair and the group). */
function Earlier({ card }: { card: Card }) {
  if (card.earlierProcedures.length === 0) return null;
  return (
    <Section id="earlier" title={texts.earlier}>
      <p>{texts.earlierIntro}</p>
      <ul>
        {card.earlierProcedures.map((e, i) => {
          const line = texts.earlierLine(e.number ?? "", formatDate(e.initiatedOn), texts.status[e.status] ?? e.status);
          const closed = e.closedOn
            ? `; ${texts.earlierClosed(formatDate(e.closedOn), e.closureGround ? (texts.grounds[e.closureGround] ?? "") : "")}`
            : "";
          return (
            <li key={i}>
              {e.blueCard ? <a href={ROUTES.card(e.blueCard.id)}>{line}</a> : line}
              {closed}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

function Summary({ card }: { card: Card }) {
  return (
    <dl className="facts" aria-label={texts.summary}>
      {card.number && (
        <div>
          <dt>{texts.numberLabel}</dt>
          <dd data-testid="card-number">{card.number}</dd>
        </div>
      )}
      <div>
        <dt>{texts.statusLabel}</dt>
        <dd data-testid="card-status">{texts.status[card.status] ?? card.status}</dd>
      </div>
      <div>
        <dt>{texts.initiatedOn}</dt>
        <dd>{formatDate(card.initiatedOn)}</dd>
      </div>
      <div>
        <dt>{texts.initiator}</dt>
        <dd>
          {texts.institutions[card.initiatorInstitution] ?? card.initiatorInstitution}
          {card.details.registeredFromPaper
            ? texts.fromPaper(
                [card.details.registeredFromPaper.name, card.details.registeredFromPaper.position, card.details.registeredFromPaper.entity]
                  .filter(Boolean)
                  .join(", "),
                card.initiatorName ?? "",
              )
            : card.initiatorName
              ? `, ${card.initiatorName}`
              : ""}
        </dd>
      </div>
      <div>
        <dt>{texts.violenceForms}</dt>
        <dd>{card.violenceForms.map((v) => texts.violence[v] ?? v).join(", ")}</dd>
      </div>
    </dl>
  );
}

function Deadlines({ card }: { card: Card }) {
  const today = todayInPoland();
  const c = texts.deadlineColumns;
  if (card.deadlines.length === 0) {
    return (
      <Section id="deadlines" title={texts.deadlines}>
        <p>{texts.noDeadlines}</p>
      </Section>
    );
  }
  return (
    <Section id="deadlines" title={texts.deadlines}>
      <div className="table-scroll">
        <table className="cards">
          <thead>
            <tr>
              <th scope="col">{c.kind}</th>
              <th scope="col">{c.due}</th>
              <th scope="col">{c.state}</th>
            </tr>
          </thead>
          <tbody>
            {card.deadlines.map((d) => (
              <tr key={d.id}>
                <th scope="row">{texts.deadlineKind[d.kind] ?? d.kind}</th>
                <td>{formatDate(d.dueOn)}</td>
                <td>
                  <DeadlineState deadline={d} today={today} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

function DeadlineState({ deadline: d, today }: { deadline: Card["deadlines"][number]; today: string }) {
  const open = nextDeadline([d], today);
  if (open) {
    // Overdue and due soon in words, not only in colour.
    const label =
      open.urgency === "overdue"
        ? texts.overdue(plural(-open.days, texts.days))
        : open.days === 0
          ? texts.dueToday
          : open.urgency === "soon"
            ? texts.dueSoon(plural(open.days, texts.days))
            : (texts.deadlineState[d.state] ?? d.state);
    return (
      <span className={`deadline ${open.urgency}`}>
        <strong className="flag">{label}</strong>
      </span>
    );
  }
  if (d.state === "MET" && d.metOn) {
    return <span>{d.metLate ? texts.metLate(formatDate(d.metOn)) : texts.metOn(formatDate(d.metOn))}</span>;
  }
  return <span>{texts.deadlineState[d.state] ?? d.state}</span>;
}

function History({ card }: { card: Card }) {
  const c = texts.historyColumns;
  return (
    <Section id="history" title={texts.history}>
      <div className="table-scroll">
        <table className="cards">
          <thead>
            <tr>
              <th scope="col">{c.step}</th>
              <th scope="col">{c.who}</th>
              <th scope="col">{c.when}</th>
            </tr>
          </thead>
          <tbody>
            {card.history.map((h, i) => (
              <tr key={i}>
                <th scope="row">{texts.steps[h.step] ?? h.step}</th>
                <td>{h.takenByName ?? texts.unknownPerson}</td>
                <td>{formatDateTime(h.takenAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
