import { Button } from "react-aria-components";
import { useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import { formatDate, plural, todayInPoland } from "../../lib/format.ts";
import { ROUTES } from "../../lib/route.ts";
import { nextDeadline } from "../worklist/deadline.ts";
import { Section } from "./Section.tsx";
import { texts } from "./texts.ts";

// The chair sees every card of the team: the forwarded forms waiting for them and the cards
// past a deadline, each found by the server's filter (not among one page of all cards). Both
// lists in one request stay under the API's complexity limit at 25 cards each.
const ChairCasesQuery = graphql(`
  query ChairCases($first: Int!) {
    incoming: blueCards(first: $first, filter: { status: SENT_TO_CHAIR }) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          ...ChairCaseRow
        }
      }
    }
    overdue: blueCards(first: $first, filter: { overdue: true }) {
      pageInfo {
        hasNextPage
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

type List = { edges: readonly { node: unknown }[]; pageInfo: { hasNextPage: boolean } };

type Row = {
  id: string;
  status: string;
  initiatedOn: string;
  persons: readonly { id: string; role: string; firstName: string; lastName: string }[];
  deadlines: readonly { id: string; kind: string; dueOn: string; state: string }[];
};

/** For the team's chair: incoming NK-A forms and overdue cases across the team. */
export function ChairCases() {
  const [{ data, error }, refetch] = useQuery({
    query: ChairCasesQuery,
    variables: { first: PAGE },
    requestPolicy: "cache-and-network",
  });
  // The fragment's fields, read as one row type for both lists.
  const rows = (list: List) => list.edges.map((e) => e.node as Row);
  return (
    <Section id="chair" title={texts.chairCases}>
      {error && !data && (
        <p role="alert">
          {texts.casesError}{" "}
          <Button className="button secondary" onPress={() => refetch({ requestPolicy: "network-only" })}>
            {texts.retry}
          </Button>
        </p>
      )}
      {data && (
        <>
          <Cases id="incoming" title={texts.incoming} empty={texts.noIncoming} cards={rows(data.incoming)} more={data.incoming.pageInfo.hasNextPage} />
          <Cases id="overdue" title={texts.overdueCases} empty={texts.noOverdue} cards={rows(data.overdue)} more={data.overdue.pageInfo.hasNextPage} />
        </>
      )}
    </Section>
  );
}

function Cases(props: { id: string; title: string; empty: string; cards: Row[]; more: boolean }) {
  const { id, title, empty, cards, more } = props;
  const today = todayInPoland();
  const c = texts.casesColumns;
  return (
    <section aria-labelledby={`chair-${id}`}>
      <h3 id={`chair-${id}`}>{title}</h3>
      {cards.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <>
          <p className="muted">{more ? texts.firstOnes(PAGE) : texts.found(plural(cards.length, texts.cards))}</p>
          <table className="cards">
            <thead>
              <tr>
                <th scope="col">{c.people}</th>
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
        </>
      )}
    </section>
  );
}
