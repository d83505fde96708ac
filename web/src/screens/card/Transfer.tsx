import { useState } from "react";
import { Button } from "react-aria-components";
import { useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import { formatDate } from "../../lib/format.ts";
import { texts as words } from "../transfers/texts.ts";
import { WithdrawTransfer } from "../transfers/Transfers.tsx";
import { Choice, Frame, useSend } from "./FormParts.tsx";
import type { Card } from "./CardPage.tsx";
import { Section } from "./Section.tsx";

const Municipalities = graphql(`
  query TransferMunicipalities {
    signInMunicipalities {
      slug
      name
    }
  }
`);

const Propose = graphql(`
  mutation ProposeCaseTransfer($input: ProposeCaseTransferInput!) {
    proposeCaseTransfer(input: $input) {
      transfer {
        id
        state
      }
      userErrors {
        field
        code
      }
    }
  }
`);

/**
 * The card's hand-overs to or from another municipality's team, for the chair (the API lists
 * them to the chair alone), and the chair's proposal while the API allows one (`mayHandOver`).
 */
export function Transfer(props: { card: Card; own: string; reload: () => void; onDone: (notice: string) => void }) {
  const { card } = props;
  const [proposing, setProposing] = useState(false);
  if (!card.mayHandOver && card.transfers.length === 0) return null;
  return (
    <Section id="transfer" title={words.cardTitle}>
      {card.transfers.length > 0 && (
        <ul className="transfer-list">
          {card.transfers.map((t) => (
            <li key={t.id}>
              <strong>{t.outgoing ? words.outgoing(t.municipality) : words.incoming(t.municipality)}</strong>
              {" — "}
              {words.state[t.state] ?? t.state} (
              {[
                !t.outgoing && t.number ? words.number(t.number) : null,
                words.proposedOn(formatDate(t.proposedOn)),
                t.completedOn ? words.completedOn(formatDate(t.completedOn)) : null,
              ]
                .filter(Boolean)
                .join(", ")}
              )
              {t.viewerMayWithdraw && <WithdrawTransfer t={t} reload={props.reload} onDone={() => props.onDone(words.withdrawn)} />}
            </li>
          ))}
        </ul>
      )}
      {card.mayHandOver && (
        <>
          <p>{words.cardLead}</p>
          <Button className="button secondary" aria-expanded={proposing} onPress={() => setProposing(true)}>
            {words.propose}
          </Button>
        </>
      )}
      {proposing && card.mayHandOver && (
        <ProposeForm
          card={card}
          own={props.own}
          reload={props.reload}
          onCancel={() => setProposing(false)}
          onDone={(name) => {
            setProposing(false);
            props.onDone(words.proposed(name));
          }}
        />
      )}
    </Section>
  );
}

function ProposeForm(props: { card: Card; own: string; reload: () => void; onCancel: () => void; onDone: (name: string) => void }) {
  const { card } = props;
  const [{ data }] = useQuery({ query: Municipalities });
  const [slug, setSlug] = useState("");
  const { outcome, sending, send, problem, refuse } = useSend();
  // Every other municipality on Ostoja; the server decides whether it takes procedures over.
  const options = Object.fromEntries(
    (data?.signInMunicipalities ?? []).filter((m) => m.name !== props.own).map((m) => [m.slug, m.name]),
  );
  const name = options[slug] ?? slug;
  const check = () => {
    if (!slug) {
      refuse({ municipality: "REQUIRED" });
      return false;
    }
    return true;
  };
  const submit = () => {
    void send(Propose, { input: { id: card.id, version: card.version, municipality: slug } }, () => props.onDone(name));
  };
  return (
    <Frame
      label={words.proposeTitle}
      outcome={outcome}
      sending={sending}
      reload={props.reload}
      onCancel={props.onCancel}
      onSubmit={submit}
      check={check}
      labels={{ municipality: words.municipality, id: words.cardTitle }}
      confirm={{ question: words.confirm(name), yes: words.confirmYes, no: words.confirmNo }}
    >
      <h3>{words.proposeTitle}</h3>
      <Choice
        label={words.municipality}
        placeholder={words.municipalityChoose}
        options={options}
        value={slug}
        onChange={setSlug}
        problem={problem("municipality")}
        field="municipality"
        autoFocus
      />
    </Frame>
  );
}
