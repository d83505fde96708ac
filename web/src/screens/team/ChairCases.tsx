import { useRef, useState } from "react";
import { Button } from "react-aria-components";
import { useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { BlueCardFilter } from "../../gql/graphql.ts";
import { formatDate, plural, todayInPoland } from "../../lib/format.ts";
import { currentAfter, firstPage, nextPage, pagerOf, previousPage, type Pages } from "../../lib/paging.ts";
import { ROUTES } from "../../lib/route.ts";
import { nextDeadline } from "../worklist/deadline.ts";
import { CaseTransfers } from "../transfers/Transfers.tsx";
import { texts as transfers } from "../transfers/texts.ts";
import { Section } from "./Section.tsx";
import { texts } from "./texts.ts";

// The chair sees every card of the team: the forwarded forms waiting for them and the cards
// past a deadline, each found by the server's filter (not among one page of all cards), each
// list a page of 25 at a time with its own pager.
const ChairCasesQuery = graphql(`
  query ChairCases($first: Int!, $after: String, $filter: BlueCardFilter!) {
    blueCards(first: $first, after: $after, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ChairCaseRow
        }
      }
    }
  }
  fragment ChairCaseRow on BlueCard {
    id
    number
    status
    initiatedOn
    persons {
      id
      role
      firstName
      lastName
    }
    deadlines {
      id
      kind
      dueOn
      state
    }
  }
`);

const PAGE = 25;
const INCOMING: BlueCardFilter = { status: "SENT_TO_CHAIR" };
const OVERDUE: BlueCardFilter = { overdue: true };

type Row = {
  id: string;
  number: string | null;
  status: string;
  initiatedOn: string;
  persons: readonly { id: string; role: string; firstName: string; lastName: string }[];
  deadlines: readonly { id: string; kind: string; dueOn: string; state: string }[];
};

/** For the team's chair: incoming NK-A forms and overdue cases across the team. */
/** The chair's own work: on the team's page, and at the top of the chair's work list
 * (`title` names it there). */
export function ChairCases({ title = texts.chairCases }: { title?: string }) {
  return (
    <Section id="chair" title={title}>
      <CaseTransfers incomingOnly title={transfers.chairTitle} headingLevel={3} />
      <Cases id="incoming" title={texts.incoming} empty={texts.noIncoming} filter={INCOMING} />
      <Cases id="overdue" title={texts.overdueCases} empty={texts.noOverdue} filter={OVERDUE} />
    </Section>
  );
}

function Cases(props: { id: string; title: string; empty: string; filter: BlueCardFilter }) {
  const { id, title, empty, filter } = props;
  const [pages, setPages] = useState<Pages>(firstPage);
  const [{ data, error }, refetch] = useQuery({
    query: ChairCasesQuery,
    variables: { first: PAGE, after: currentAfter(pages), filter },
    requestPolicy: "cache-and-network",
  });
  const heading = useRef<HTMLHeadingElement>(null);
  // After "Następne" or "Poprzednie" the list is read from its heading (the button may be gone).
  const turn = (change: (p: Pages) => Pages) => {
    setPages(change);
    heading.current?.focus();
  };
  const today = todayInPoland();
  const c = texts.casesColumns;
  // The fragment's fields, read as one row type.
  const cards = (data?.blueCards.edges ?? []).map((e) => e.node as Row);
  const pager = data ? pagerOf(pages, data.blueCards.pageInfo) : null;
  return (
    <section aria-labelledby={`chair-${id}`}>
      <h3 id={`chair-${id}`} ref={heading} tabIndex={-1}>
        {title}
      </h3>
      {error && !data && (
        <p role="alert">
          {texts.casesError}{" "}
          <Button className="button secondary" onPress={() => refetch({ requestPolicy: "network-only" })}>
            {texts.retry}
          </Button>
        </p>
      )}
      {!data && !error && <p role="status">{texts.loadingCases}</p>}
      {pager &&
        (cards.length === 0 && pager.page === 1 ? (
          <p>{empty}</p>
        ) : (
          <>
            <p className="muted">
              {pager.page === 1 && !pager.next
                ? texts.found(plural(cards.length, texts.cards))
                : texts.pageOf(pager.page, plural(cards.length, texts.cards))}
            </p>
            <div className="table-scroll">
              <table className="cards">
                <thead>
                  <tr>
                    <th scope="col">{c.people}</th>
                    <th scope="col">{c.number}</th>
                    <th scope="col">{c.status}</th>
                    <th scope="col">{c.initiatedOn}</th>
                    <th scope="col">{c.deadline}</th>
                  </tr>
                </thead>
                <tbody>
                  {cards.map((card) => {
                    const next = nextDeadline(card.deadlines, today);
                    return (
                      <tr key={card.id}>
                        <th scope="row">
                          <a href={ROUTES.card(card.id)}>
                            {card.persons
                              .filter((p) => p.role === "VICTIM")
                              .map((p) => `${p.firstName} ${p.lastName}`)
                              .join(", ") || texts.noVictimNamed}
                          </a>
                        </th>
                        <td>{card.number ?? texts.noVictimNamed}</td>
                        <td>{texts.status[card.status] ?? card.status}</td>
                        <td>{formatDate(card.initiatedOn)}</td>
                        <td>
                          {next ? (
                            <span className={`deadline ${next.urgency}`}>
                              {next.urgency === "overdue" && <strong className="flag">{texts.overdue(plural(-next.days, texts.days))}</strong>}
                              <span>
                                {texts.deadlineKind[next.kind] ?? next.kind} {texts.dueOn(formatDate(next.dueOn))}
                              </span>
                            </span>
                          ) : (
                            <span className="muted">{texts.noDeadline}</span>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {(pager.previous || pager.next) && (
              <div className="pager">
                {pager.previous && (
                  <Button className="button secondary" onPress={() => turn(previousPage)}>
                    {texts.previousPage}
                  </Button>
                )}
                {pager.next && (
                  <Button className="button secondary" onPress={() => turn((p) => nextPage(p, pager.next!))}>
                    {texts.nextPage}
                  </Button>
                )}
              </div>
            )}
          </>
        ))}
    </section>
  );
}
