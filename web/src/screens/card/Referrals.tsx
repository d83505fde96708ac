// Programme referrals of the action plan (NK-D): the card's group enrols the perpetrator in an
// edition of the programme the plan names, and sees how it went. The API answers this only to
// the card's group and the team's chair; for anyone else the section stays empty.
import { useState } from "react";
import { Button, FieldError, Label, Radio, RadioGroup } from "react-aria-components";
import { useClient, useQuery } from "urql";
import { DocumentButtons } from "../../components/documents.tsx";
import { graphql } from "../../gql/index.ts";
import type { CardProgrammeReferralsQuery } from "../../gql/graphql.ts";
import { formatDate, todayInPoland } from "../../lib/format.ts";
import type { Card } from "./CardPage.tsx";
import { Choice, DayField, Frame, message, useSend } from "./FormParts.tsx";
import { Plan, type Responsible } from "./PlanItems.tsx";
import { texts } from "./texts.ts";

const Referrals = graphql(`
  query CardProgrammeReferrals($cardId: ID!) {
    programmeReferrals(cardId: $cardId) {
      planItemId
      personId
      status
      consentOn
      finishedOn
      dropOutReason
      edition {
        id
        startsOn
        endsOn
        place
        programme {
          name
        }
      }
    }
    programmes {
      type
      name
      editions {
        id
        startsOn
        endsOn
        place
        counts {
          freePlaces
        }
      }
    }
  }
`);

// One document at a time: each is made when asked for.
const ReferralDocument = graphql(`
  query CardReferralDocument($cardId: ID!, $planItemId: ID!, $certificate: Boolean!, $notice: Boolean!) {
    programmeReferrals(cardId: $cardId, planItemId: $planItemId) {
      planItemId
      edition {
        id
      }
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
`);

const EnrolFromReferral = graphql(`
  mutation CardEnrolFromReferral($input: EnrolFromReferralInput!) {
    enrolFromReferral(input: $input) {
      referral {
        planItemId
        status
      }
      userErrors {
        field
        code
      }
    }
  }
`);

type Data = CardProgrammeReferralsQuery;
type Item = Card["actionPlan"][number];
type Person = Card["persons"][number];

/** The referrals' outcomes and the editions to enrol in, read when the plan has a referral. */
function useReferrals(card: Card) {
  const any = card.actionPlan.some((i) => i.kind === "PROGRAMME_REFERRAL");
  const [{ data }, refetch] = useQuery({
    query: Referrals,
    variables: { cardId: card.id },
    pause: !any,
    requestPolicy: "cache-and-network",
  });
  return { data, reload: () => refetch({ requestPolicy: "network-only" }) };
}

const ACTIVE = ["WAITING", "ENROLLED"];

/** The action plan, each referral with its outcome and, for the group, its enrolment form. */
export function ActionPlan(props: {
  card: Card;
  members: readonly Responsible[];
  reload: () => void;
  onDone: (message: string) => void;
}) {
  const { card } = props;
  const referrals = useReferrals(card);
  return (
    <Plan
      id="action-plan"
      cardId={card.id}
      plan="ACTION_PLAN"
      title={texts.actionPlan}
      members={props.members}
      items={card.actionPlan}
      mayEdit={card.mayAddPlanItems}
      reload={props.reload}
      onDone={props.onDone}
      extra={(item, n) => (
        <ReferralPart
          item={item}
          n={n}
          card={card}
          data={referrals.data}
          mayEnrol={card.mayAddPlanItems}
          reload={() => {
            referrals.reload();
            props.reload();
          }}
          onDone={props.onDone}
        />
      )}
    />
  );
}

/** Under a referral item: what became of it, and the enrolment form for the group. */
function ReferralPart(props: {
  item: Item;
  n: number;
  card: Card;
  data: Data | undefined;
  mayEnrol: boolean;
  reload: () => void;
  onDone: (message: string) => void;
}) {
  const { item, data } = props;
  const [open, setOpen] = useState(false);
  if (item.kind !== "PROGRAMME_REFERRAL" || !data) return null;
  const outcomes = data.programmeReferrals.filter((r) => r.planItemId === item.id);
  const perpetrators = props.card.persons.filter((p) => p.role === "PERPETRATOR");
  const name = (id: string) => {
    const p = perpetrators.find((x) => x.id === id);
    return p ? `${p.firstName} ${p.lastName}` : texts.unknownPerson;
  };
  const active = outcomes.some((o) => ACTIVE.includes(o.status));
  return (
    <>
      {outcomes.length > 0 && (
        <ul className="referrals" aria-label={texts.referralOutcomes(props.n)}>
          {outcomes.map((o) => (
            <li key={`${o.edition.id}-${o.status}-${o.finishedOn ?? ""}`}>
              {texts.referralLine(
                name(o.personId),
                o.edition.programme?.name ?? "",
                formatDate(o.edition.startsOn),
                formatDate(o.edition.endsOn),
                texts.referralStatus[o.status] ?? o.status,
              )}
              {o.finishedOn ? ` ${texts.referralFinished(formatDate(o.finishedOn))}` : ""}
              {o.dropOutReason ? ` (${texts.dropOutReasons[o.dropOutReason] ?? o.dropOutReason})` : ""}
              {o.consentOn ? `; ${texts.referralConsent(formatDate(o.consentOn))}` : ""}
              <Papers cardId={props.card.id} planItemId={item.id} editionId={o.edition.id} status={o.status} />
            </li>
          ))}
        </ul>
      )}
      {props.mayEnrol && !active && item.status !== "DONE" && (
        <Button className="button secondary" aria-expanded={open} onPress={() => setOpen(!open)}>
          {texts.enrolFromReferral(props.n)}
        </Button>
      )}
      {props.mayEnrol && open && (
        <EnrolForm
          item={item}
          n={props.n}
          programme={item.programme ?? ""}
          perpetrators={perpetrators}
          data={data}
          reload={props.reload}
          onCancel={() => setOpen(false)}
          onDone={(waiting) => {
            setOpen(false);
            props.reload();
            props.onDone(waiting ? texts.referralWaiting : texts.referralEnrolled);
          }}
        />
      )}
    </>
  );
}

/** The certificate and the notice to the group of a finished enrolment, fetched when asked for. */
function Papers(props: { cardId: string; planItemId: string; editionId: string; status: string }) {
  const client = useClient();
  const mine = <T extends { planItemId: string; edition: { id: string } }>(list: readonly T[] | undefined) =>
    list?.find((r) => r.planItemId === props.planItemId && r.edition.id === props.editionId);
  const fresh = { requestPolicy: "network-only" } as const;
  const fetchOne = async (certificate: boolean) => {
    const variables = { cardId: props.cardId, planItemId: props.planItemId, certificate, notice: !certificate };
    const found = mine((await client.query(ReferralDocument, variables, fresh).toPromise()).data?.programmeReferrals);
    return certificate ? found?.certificate : found?.notice;
  };
  const certificate = { label: texts.certificatePdf, fetch: () => fetchOne(true) };
  const notice = { label: texts.noticePdf, fetch: () => fetchOne(false) };
  const documents = props.status === "COMPLETED" ? [certificate, notice] : props.status === "DROPPED_OUT" ? [notice] : [];
  return <DocumentButtons documents={documents} />;
}

function EnrolForm(props: {
  item: Item;
  n: number;
  programme: string;
  perpetrators: readonly Person[];
  data: Data;
  reload: () => void;
  onCancel: () => void;
  onDone: (waiting: boolean) => void;
}) {
  const today = todayInPoland();
  const [personId, setPersonId] = useState(props.perpetrators.length === 1 ? props.perpetrators[0].id : "");
  const [editionId, setEditionId] = useState("");
  const [consentOn, setConsentOn] = useState(today);
  const { outcome, sending, send, refuse, problem } = useSend();
  const editions = Object.fromEntries(
    props.data.programmes
      .filter((p) => p.type === props.programme)
      .flatMap((p) =>
        p.editions
          .filter((e) => e.endsOn >= today)
          .map((e) => [
            e.id,
            texts.editionOption(p.name, formatDate(e.startsOn), formatDate(e.endsOn), e.place, e.counts.freePlaces),
          ]),
      ),
  );
  const submit = () => {
    const found: Record<string, string> = {};
    if (!personId) found.personId = "REQUIRED";
    if (!editionId) found.editionId = "REQUIRED";
    if (!consentOn) found.consentOn = "CONSENT_REQUIRED";
    if (Object.keys(found).length > 0) return refuse(found);
    void send(
      EnrolFromReferral,
      { input: { planItemId: props.item.id, personId, editionId, consentOn } },
      // Waiting or enrolled as the server decided, not as the places read before said.
      (payload) => props.onDone((payload as { referral?: { status?: string } | null } | null)?.referral?.status === "WAITING"),
    );
  };
  return (
    <Frame
      label={texts.enrolFromReferralForm(props.n)}
      outcome={outcome}
      sending={sending}
      reload={props.reload}
      onCancel={props.onCancel}
      onSubmit={submit}
      labels={{ personId: texts.referredPerson, editionId: texts.referralEdition, consentOn: texts.consentOn, planItemId: texts.planItem(props.n) }}
    >
      {props.perpetrators.length > 1 && (
        <RadioGroup className="checks" value={personId || null} onChange={setPersonId} isInvalid={!!problem("personId")}>
          <Label className="group-label">{texts.referredPerson}</Label>
          {props.perpetrators.map((p, i) => (
            <Radio key={p.id} value={p.id} className="check" autoFocus={i === 0}>
              <span className="box round" aria-hidden="true" />
              {p.firstName} {p.lastName}
            </Radio>
          ))}
          <FieldError className="error">{message(problem("personId") ?? "", "personId")}</FieldError>
        </RadioGroup>
      )}
      {Object.keys(editions).length === 0 ? (
        <p>{texts.noEditions}</p>
      ) : (
        <Choice
          label={texts.referralEdition}
          placeholder={texts.chooseEdition}
          options={editions}
          value={editionId}
          onChange={setEditionId}
          problem={problem("editionId")}
          field="editionId"
          autoFocus={props.perpetrators.length <= 1}
        />
      )}
      <DayField
        label={texts.consentOn}
        value={consentOn}
        onChange={setConsentOn}
        problem={problem("consentOn")}
        hint={texts.referralConsentHint}
      />
    </Frame>
  );
}
