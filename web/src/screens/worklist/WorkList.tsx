import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { Button, FieldError, Input, Label, Text, TextField } from "react-aria-components";
import { useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { BlueCardFilter, BlueCardOrder, Status } from "../../gql/graphql.ts";
import { formatDate, plural, todayInPoland } from "../../lib/format.ts";
import { peselProblem } from "../../lib/pesel.ts";
import { ROUTES } from "../../lib/route.ts";
import { nextDeadline } from "./deadline.ts";
import { Notifications } from "./Notifications.tsx";
import { texts } from "./texts.ts";
import { LoadError } from "../../components/lists.tsx";
import { FilterChoice, Flag } from "../../components/fields.tsx";
import { searchProblem } from "./search.ts";
import { ChairCases } from "../team/ChairCases.tsx";

const WorkListQuery = graphql(`
  query WorkList($filter: BlueCardFilter, $after: String, $order: BlueCardOrder!) {
    viewer {
      displayName
      roles
      municipality {
        name
      }
    }
    blueCards(first: 20, after: $after, filter: $filter, order: $order) {
      edges {
        node {
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
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const TeamMembersQuery = graphql(`
  query WorkListTeamMembers {
    teams {
      id
      members {
        id
        displayName
      }
    }
  }
`);

const STATUSES = Object.keys(texts.status) as Status[];
const ALL = "ALL";

/** What the list shows and in what order: the filter and the order go together, as the
 * cursor of a page belongs to its order. */
type View = { filter: BlueCardFilter; order: BlueCardOrder };

export function WorkList() {
  const [view, setView] = useState<View>({ filter: {}, order: "NEWEST" });
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: WorkListQuery,
    variables: { filter: view.filter, order: view.order, after },
  });
  useEffect(() => {
    document.title = texts.documentTitle;
  }, []);

  const applyView = (next: View) => {
    setAfter(null);
    setView(next);
  };
  const today = todayInPoland();
  // A notice handed over in the history entry (e.g. "NK-A saved"), shown once.
  const [notice] = useState<string | null>(() => (window.history.state as { notice?: string } | null)?.notice ?? null);
  const cards = data?.blueCards.edges.map((e) => e.node) ?? [];

  return (
    <>
      <h1>{texts.title}</h1>
      {data?.viewer.municipality && <p className="muted">{texts.municipality(data.viewer.municipality.name)}</p>}
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <p>
        <a className="button primary" href={ROUTES.newCard}>
          {texts.newCard}
        </a>
      </p>
      <Notifications />
      {data?.viewer.roles.includes("TEAM_CHAIR") && <ChairCases title={texts.chairWork} />}
      <Filters onApply={applyView} />
      <div aria-live="polite" className="status-line">
        {fetching
          ? texts.loading
          : data
            ? data.blueCards.pageInfo.hasNextPage
              ? texts.shownMore(plural(cards.length, texts.cards))
              : texts.found(plural(cards.length, texts.cards))
            : ""}
      </div>
      {error && !fetching && (
        <LoadError text={texts.loadError} retry={texts.retry} onRetry={() => refetch({ requestPolicy: "network-only" })} />
      )}
      {data && cards.length === 0 && <p>{texts.empty}</p>}
      {cards.length > 0 && (
        <div className="table-scroll">
          <table className="cards">
            <caption className="visually-hidden">{texts.title}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.columns.people}</th>
                <th scope="col">{texts.columns.number}</th>
                <th scope="col">{texts.columns.status}</th>
                <th scope="col">{texts.columns.initiatedOn}</th>
                <th scope="col">{texts.columns.next}</th>
              </tr>
            </thead>
            <tbody>
              {cards.map((card) => (
                <tr key={card.id}>
                  <th scope="row">
                    <a href={ROUTES.card(card.id)}>
                      {card.persons
                        .filter((p) => p.role === "VICTIM")
                        .map((p) => `${p.firstName} ${p.lastName}`)
                        .join(", ") || texts.noVictimNamed}
                    </a>
                  </th>
                  <td>{card.number ?? texts.noNumber}</td>
                  <td>{texts.status[card.status] ?? card.status}</td>
                  <td>{formatDate(card.initiatedOn)}</td>
                  <td>
                    <DeadlineCell deadlines={card.deadlines} today={today} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data?.blueCards.pageInfo.hasNextPage && (
        <Button className="button secondary" onPress={() => setAfter(data.blueCards.pageInfo.endCursor ?? null)}>
          {texts.more}
        </Button>
      )}
    </>
  );
}

function DeadlineCell({
  deadlines,
  today,
}: {
  deadlines: readonly { kind: string; dueOn: string; state: string }[];
  today: string;
}) {
  const next = useMemo(() => nextDeadline(deadlines, today), [deadlines, today]);
  if (!next) return <span className="muted">{texts.noDeadline}</span>;
  const label =
    next.urgency === "overdue"
      ? texts.overdue(plural(-next.days, texts.days))
      : next.days === 0
        ? texts.dueToday
        : next.urgency === "soon"
          ? texts.dueSoon(plural(next.days, texts.days))
          : null;
  return (
    <span className={`deadline ${next.urgency}`}>
      {label && <strong className="flag">{label}</strong>}
      <span>
        {texts.deadlineKind[next.kind] ?? next.kind} {texts.dueOn(formatDate(next.dueOn))}
      </span>
    </span>
  );
}

function Filters({ onApply }: { onApply: (v: View) => void }) {
  const [status, setStatus] = useState<string>(ALL);
  const [due, setDue] = useState<string>(ALL);
  const [member, setMember] = useState<string>(ALL);
  const [order, setOrder] = useState<BlueCardOrder>("NEWEST");
  const [{ data: team }] = useQuery({ query: TeamMembersQuery });
  const members = Object.fromEntries(
    (team?.teams[0]?.members ?? []).map((m) => [m.id, m.displayName ?? texts.unnamedMember]),
  );
  const [pesel, setPesel] = useState("");
  const [search, setSearch] = useState("");
  const [mine, setMine] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const searchError = submitted ? searchProblem(search) : null;
  const problem = pesel.trim() === "" ? null : peselProblem(pesel);
  // Shown as the user types once the number is complete, and on every submit.
  const showProblem = problem !== null && (submitted || pesel.trim().length >= 11);

  const searchInput = useRef<HTMLInputElement>(null);
  const peselInput = useRef<HTMLInputElement>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    // Refused here: the focus goes to the field that says why, never to the page's body.
    if (searchProblem(search)) return searchInput.current?.focus();
    if (problem) return peselInput.current?.focus();
    const f: BlueCardFilter = {};
    if (status !== ALL) f.status = status as Status;
    if (pesel.trim()) f.pesel = pesel.trim();
    if (search.trim()) f.search = search.trim();
    if (mine) f.mine = true;
    if (due === "OVERDUE") f.overdue = true;
    if (due === "THIS_WEEK") f.dueWithin = "THIS_WEEK";
    if (member !== ALL) f.groupMember = member;
    onApply({ filter: f, order });
  };
  const clear = () => {
    setStatus(ALL);
    setPesel("");
    setSearch("");
    setMine(false);
    setDue(ALL);
    setMember(ALL);
    setOrder("NEWEST");
    setSubmitted(false);
    onApply({ filter: {}, order: "NEWEST" });
  };

  return (
    <form className="filters" onSubmit={submit} aria-labelledby="filters-title" noValidate>
      <h2 id="filters-title">{texts.filters}</h2>
      <FilterChoice
        label={texts.statusLabel}
        allKey={ALL}
        allLabel={texts.allStatuses}
        options={Object.fromEntries(STATUSES.map((s) => [s, texts.status[s]]))}
        value={status}
        onChange={setStatus}
      />
      <TextField className="field" value={search} onChange={setSearch} autoComplete="off" isInvalid={!!searchError}>
        <Label>{texts.searchLabel}</Label>
        <Input ref={searchInput} />
        <Text slot="description" className="hint">
          {texts.searchHint}
        </Text>
        <FieldError className="error">{searchError ? texts.searchErrors[searchError] : ""}</FieldError>
      </TextField>
      <FilterChoice
        label={texts.dueLabel}
        allKey={ALL}
        allLabel={texts.allDeadlines}
        options={texts.dueOptions}
        value={due}
        onChange={setDue}
      />
      {Object.keys(members).length > 0 && (
        <FilterChoice
          label={texts.memberLabel}
          allKey={ALL}
          allLabel={texts.anyMember}
          options={members}
          value={member}
          onChange={setMember}
        />
      )}
      <FilterChoice
        label={texts.orderLabel}
        allKey="NEWEST"
        allLabel={texts.orders.NEWEST}
        options={{
          DEADLINE_SOONEST: texts.orders.DEADLINE_SOONEST,
          OPENED_NEWEST: texts.orders.OPENED_NEWEST,
          OPENED_OLDEST: texts.orders.OPENED_OLDEST,
        }}
        value={order}
        onChange={(v) => setOrder(v as BlueCardOrder)}
      />
      <Flag label={texts.mineLabel} value={mine} onChange={setMine} />
      <TextField
        className="field"
        value={pesel}
        onChange={setPesel}
        inputMode="numeric"
        autoComplete="off"
        maxLength={11}
        isInvalid={showProblem}
      >
        <Label>{texts.peselLabel}</Label>
        <Input ref={peselInput} />
        <Text slot="description" className="hint">
          {texts.peselHint}
        </Text>
        <FieldError className="error">{problem ? texts.peselErrors[problem] : ""}</FieldError>
      </TextField>
      <div className="actions">
        <Button type="submit" className="button primary">
          {texts.search}
        </Button>
        <Button className="button secondary" onPress={clear}>
          {texts.clear}
        </Button>
      </div>
    </form>
  );
}
