import { useEffect, useRef, useState } from "react";
import { Button } from "react-aria-components";
import { useClient, useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { CaseTransferRowFragment } from "../../gql/graphql.ts";
import { formatDate } from "../../lib/format.ts";
import { ROUTES } from "../../lib/route.ts";
import { Confirm } from "../../components/confirm.tsx";
import { outcomeOf } from "../card/actions.ts";
import { texts } from "./texts.ts";

const CaseTransfersQuery = graphql(`
  query CaseTransfers {
    caseTransfers {
      ...CaseTransferRow
    }
  }
  fragment CaseTransferRow on CaseTransfer {
    id
    outgoing
    municipality
    number
    state
    proposedOn
    proposedByName
    completedOn
    version
    waitsForViewer
    viewerMayWithdraw
    card {
      id
    }
  }
`);

const Decide = graphql(`
  mutation DecideCaseTransfer($input: DecideCaseTransferInput!) {
    decideCaseTransfer(input: $input) {
      transfer {
        id
        state
        version
        waitsForViewer
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const Withdraw = graphql(`
  mutation WithdrawCaseTransfer($input: WithdrawCaseTransferInput!) {
    withdrawCaseTransfer(input: $input) {
      transfer {
        id
        state
        version
        viewerMayWithdraw
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export type TransferRow = CaseTransferRowFragment;

/** A problem of a hand-over's answer, in words. */
function problemOf(outcome: ReturnType<typeof outcomeOf>): string | null {
  switch (outcome.kind) {
    case "done":
      return null;
    case "refused":
      return Object.values(outcome.problems)
        .map((code) => texts.errors[code] ?? texts.unknownError(code))
        .join(" ");
    case "conflict":
      return texts.conflict;
    case "forbidden":
      return texts.forbidden;
    default:
      return texts.failed;
  }
}

/**
 * The sending chair's or administrator's withdrawal of a hand-over not yet accepted, asked once
 * more before sending.
 */
export function WithdrawTransfer(props: { t: { id: string; version: number; municipality: string }; reload: () => void; onDone: () => void }) {
  const { t } = props;
  const client = useClient();
  const [asking, setAsking] = useState(false);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const withdraw = async () => {
    setAsking(false);
    setSending(true);
    const result = await client.mutation(Withdraw, { input: { id: t.id, version: t.version } }).toPromise();
    setSending(false);
    const outcome = outcomeOf({ error: result.error, payload: result.data?.withdrawCaseTransfer ?? null });
    setProblem(problemOf(outcome));
    if (outcome.kind === "done") props.onDone();
    if (outcome.kind === "done" || outcome.kind === "conflict") props.reload();
  };
  return (
    <div className="transfer-decision">
      {problem && <p role="alert">{problem}</p>}
      <Button
        className="button secondary small"
        isDisabled={sending}
        aria-label={texts.decisionFor(texts.withdraw, t.municipality)}
        aria-expanded={asking}
        onPress={() => setAsking(true)}
      >
        {texts.withdraw}
      </Button>
      {asking && (
        <Confirm
          question={texts.ask.withdraw(t.municipality)}
          yes={texts.yes}
          no={texts.no}
          onYes={() => void withdraw()}
          onNo={() => setAsking(false)}
        />
      )}
    </div>
  );
}

/** What a hand-over says about itself in a list: whence or where, the card, its state, days. */
export function TransferSummary({ t }: { t: TransferRow }) {
  const parts = [
    t.number ? texts.number(t.number) : null,
    texts.proposedOn(formatDate(t.proposedOn)),
    t.proposedByName ? texts.proposedBy(t.proposedByName) : null,
    t.completedOn ? texts.completedOn(formatDate(t.completedOn)) : null,
  ].filter(Boolean);
  return (
    <>
      <strong>{t.outgoing ? texts.outgoing(t.municipality) : texts.incoming(t.municipality)}</strong>
      {" — "}
      {texts.state[t.state] ?? t.state} ({parts.join(", ")})
    </>
  );
}

/**
 * The hand-overs the viewer sees (`caseTransfers`), each waiting for their decision with its
 * buttons: the administrator's agreement, the receiving chair's acceptance. `incomingOnly`
 * lists only those received (the chair's work list), and nothing at all when there are none.
 */
export function CaseTransfers(props: { incomingOnly?: boolean; title?: string; headingLevel?: 2 | 3 }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: CaseTransfersQuery, requestPolicy: "cache-and-network" });
  const [notice, setNotice] = useState<{ text: string; count: number } | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  const reload = () => refetch({ requestPolicy: "network-only" });
  // A busy database answers UNAVAILABLE: asked again a few times, a second apart more each
  // time, before the page says it could not.
  const [tries, setTries] = useState(0);
  useEffect(() => {
    if (!error || tries >= 3) return;
    const timer = window.setTimeout(() => {
      setTries((n) => n + 1);
      refetch({ requestPolicy: "network-only" });
    }, 1000 * (tries + 1));
    return () => window.clearTimeout(timer);
  }, [error, tries, refetch]);
  const all = data?.caseTransfers ?? [];
  const rows = props.incomingOnly ? all.filter((t) => !t.outgoing) : all;
  if (props.incomingOnly && rows.length === 0 && !notice) return null;
  const body = (
    <>
      {notice && (
        <p role="status" tabIndex={-1} ref={noticeRef} className="notice">
          {notice.text}
        </p>
      )}
      {/* A field that failed nulls the whole list: that is a failure too, to ask again. */}
      {error && !data?.caseTransfers ? (
        <p role="alert">
          {texts.loadError}{" "}
          <Button className="button secondary" onPress={reload}>
            {texts.retry}
          </Button>
        </p>
      ) : rows.length === 0 ? (
        !fetching && <p>{texts.none}</p>
      ) : (
        <ul className="transfer-list">
          {rows.map((t) => (
            <li key={t.id}>
              <TransferSummary t={t} />{" "}
              {t.card && <a href={ROUTES.card(t.card.id)}>{texts.openCard}</a>}
              {t.viewerMayWithdraw && (
                <WithdrawTransfer
                  t={t}
                  reload={reload}
                  onDone={() => setNotice((n) => ({ text: texts.withdrawn, count: (n?.count ?? 0) + 1 }))}
                />
              )}
              {t.waitsForViewer && (
                <Decision
                  t={t}
                  reload={reload}
                  onDone={(state) => setNotice((n) => ({ text: texts.decided[state] ?? "", count: (n?.count ?? 0) + 1 }))}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
  if (!props.title) return body;
  const Heading = props.headingLevel === 3 ? "h3" : "h2";
  return (
    <section aria-labelledby="case-transfers-title">
      <Heading id="case-transfers-title">{props.title}</Heading>
      {body}
    </section>
  );
}

type Choice = "agree" | "refuse";

/** The two answers a hand-over waits for from the viewer, each asked once more before sending. */
function Decision(props: { t: TransferRow; reload: () => void; onDone: (state: string) => void }) {
  const { t } = props;
  const client = useClient();
  const [asking, setAsking] = useState<Choice | null>(null);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const problemRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);
  // The receiving chair accepts; administrators agree.
  const chair = t.state === "AGREED";
  const words: Record<Choice, string> = chair
    ? { agree: texts.accept, refuse: texts.decline }
    : { agree: texts.agree, refuse: texts.refuse };
  const question = (c: Choice) =>
    chair ? (c === "agree" ? texts.ask.accept(t.municipality) : texts.ask.decline(t.municipality)) : texts.ask[c](t.municipality);
  const decide = async (c: Choice) => {
    setAsking(null);
    setSending(true);
    const result = await client.mutation(Decide, { input: { id: t.id, version: t.version, agree: c === "agree" } }).toPromise();
    setSending(false);
    const payload = result.data?.decideCaseTransfer ?? null;
    const outcome = outcomeOf({ error: result.error, payload });
    if (outcome.kind === "done") {
      setProblem(null);
      props.onDone(payload?.transfer?.state ?? "");
      props.reload();
      return;
    }
    if (outcome.kind === "conflict") props.reload();
    setProblem(problemOf(outcome));
  };
  return (
    <div className="transfer-decision">
      {problem && (
        <p role="alert" tabIndex={-1} ref={problemRef}>
          {problem}
        </p>
      )}
      <Button
        className="button primary small"
        isDisabled={sending}
        aria-label={texts.decisionFor(words.agree, t.municipality)}
        aria-expanded={asking === "agree"}
        onPress={() => setAsking("agree")}
      >
        {words.agree}
      </Button>{" "}
      <Button
        className="button secondary small"
        isDisabled={sending}
        aria-label={texts.decisionFor(words.refuse, t.municipality)}
        aria-expanded={asking === "refuse"}
        onPress={() => setAsking("refuse")}
      >
        {words.refuse}
      </Button>
      {asking && (
        <Confirm
          key={asking}
          question={question(asking)}
          yes={texts.yes}
          no={texts.no}
          onYes={() => void decide(asking)}
          onNo={() => setAsking(null)}
        />
      )}
    </div>
  );
}
