import { useEffect, useRef, useState } from "react";
import { Button } from "react-aria-components";
import { Confirm } from "../../components/confirm.tsx";
import { graphql } from "../../gql/index.ts";
import { formatDate } from "../../lib/format.ts";
import { ROUTES } from "../../lib/route.ts";
import { useSend } from "./FormParts.tsx";
import type { Card } from "./CardPage.tsx";
import { texts } from "./texts.ts";

const Attach = graphql(`
  mutation CardAttach($input: AttachBlueCardFilingInput!) {
    attachBlueCardFiling(input: $input) {
      filing {
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

const KeepSeparate = graphql(`
  mutation CardKeepSeparate($input: BlueCardStepInput!) {
    keepBlueCardFilingSeparate(input: $input) {
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

const Link = graphql(`
  mutation CardLinkToEarlier($input: LinkBlueCardToEarlierProcedureInput!) {
    linkBlueCardToEarlierProcedure(input: $input) {
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

const message = (code: string) => texts.errors[code] ?? texts.unknownError(code);

/**
 * The chair's decision on a forwarded form that names the people of another procedure. An open
 * one: attach the form there (offered only when `allowedSteps` has ATTACHED) or keep it a
 * procedure of its own. One in post-closure monitoring or closed within 12 months (a repeat):
 * link the new procedure to it, or keep it apart. `matchProposals` is null for anyone but the
 * chair, so nobody else sees this section.
 */
export function Matches({ card, reload, onDone }: { card: Card; reload: () => void; onDone: (message: string) => void }) {
  const { outcome, sending, send } = useSend();
  // A decision cannot be undone: each is asked first.
  const [asking, setAsking] = useState<{ question: string; yes: string; decide: () => void } | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  // A refusal moves focus to its summary, never to the page's body.
  useEffect(() => {
    if (outcome && outcome.kind !== "done") summary.current?.focus();
  }, [outcome]);
  const pending = (card.matchProposals ?? []).filter((m) => m.decision === "PENDING" && m.procedure);
  if (pending.length === 0) return null;
  const mayAttach = card.allowedSteps.includes("ATTACHED");
  return (
    <section aria-labelledby="card-matches">
      <h2 id="card-matches">{texts.matches}</h2>
      <p>{pending.some((m) => m.kind === "REPEAT") ? texts.repeatsIntro : texts.matchesIntro}</p>
      <div role="alert" ref={summary} tabIndex={-1} className={outcome && outcome.kind !== "done" ? "summary" : undefined}>
        {outcome?.kind === "refused" && (
          <ul>
            {Object.entries(outcome.problems).map(([path, code]) => (
              <li key={path}>{message(code)}</li>
            ))}
          </ul>
        )}
        {outcome?.kind === "conflict" && (
          <p>
            {texts.conflict}{" "}
            <Button className="button secondary" onPress={reload}>
              {texts.reload}
            </Button>
          </p>
        )}
        {outcome?.kind === "forbidden" && <p>{texts.forbidden}</p>}
        {outcome?.kind === "failed" && <p>{texts.failed}</p>}
      </div>
      <ul className="card-actions">
        {pending.map(({ procedure, basis, kind }) => {
          if (!procedure) return null;
          const repeat = kind === "REPEAT";
          const victims = procedure.persons
            .filter((p) => p.role === "VICTIM")
            .map((p) => `${p.firstName} ${p.lastName}`)
            .join(", ");
          return (
            <li key={procedure.id}>
              <p>
                <a href={ROUTES.card(procedure.id)}>{texts.matchProcedure(victims, formatDate(procedure.initiatedOn))}</a>{" "}
                — {texts.status[procedure.status] ?? procedure.status}; {texts.matchBasis[basis] ?? basis}
              </p>
              <div className="actions">
                {repeat && (
                  <Button
                    className="button primary"
                    isDisabled={sending}
                    onPress={() =>
                      setAsking({
                        question: texts.linkQuestion(procedure.number ?? victims),
                        yes: texts.linkYes,
                        decide: () =>
                          void send(Link, { input: { id: card.id, version: card.version, procedureId: procedure.id } }, () =>
                            onDone(texts.linked),
                          ),
                      })
                    }
                  >
                    {texts.link(procedure.number ?? victims)}
                  </Button>
                )}
                {mayAttach && !repeat && (
                  <Button
                    className="button primary"
                    isDisabled={sending}
                    onPress={() =>
                      setAsking({
                        question: texts.attachQuestion(victims),
                        yes: texts.attachYes,
                        decide: () =>
                          void send(
                            Attach,
                            {
                              input: {
                                id: card.id,
                                version: card.version,
                                procedureId: procedure.id,
                                procedureVersion: procedure.version,
                              },
                            },
                            () => onDone(texts.attached),
                          ),
                      })
                    }
                  >
                    {texts.attach(victims)}
                  </Button>
                )}
                <Button
                  className="button secondary"
                  isDisabled={sending}
                  onPress={() =>
                    setAsking({
                      question: texts.keepSeparateQuestion,
                      yes: texts.keepSeparateYes,
                      decide: () =>
                        void send(KeepSeparate, { input: { id: card.id, version: card.version, on: null } }, () =>
                          onDone(texts.keptSeparate),
                        ),
                    })
                  }
                >
                  {repeat ? texts.notRepeat : texts.keepSeparate}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
      {asking && (
        <Confirm
          question={asking.question}
          yes={asking.yes}
          no={texts.decisionNo}
          onYes={() => {
            setAsking(null);
            asking.decide();
          }}
          onNo={() => setAsking(null)}
        />
      )}
    </section>
  );
}
