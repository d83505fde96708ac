import { useClient } from "urql";
import { DocumentButtons } from "../../components/documents.tsx";
import { graphql } from "../../gql/index.ts";
import { formatDate } from "../../lib/format.ts";
import type { Card } from "./CardPage.tsx";
import { Section } from "./Section.tsx";
import { texts } from "./texts.ts";

const FormDocument = graphql(`
  query CardFormDocument($id: ID!, $formId: ID!) {
    node(id: $id) {
      ... on BlueCard {
        formDocument(formId: $formId) {
          fileName
          mediaType
          base64
        }
      }
    }
  }
`);

const NkBLeaflet = graphql(`
  query CardNkBLeaflet($id: ID!) {
    node(id: $id) {
      ... on BlueCard {
        nkBLeaflet {
          fileName
          mediaType
          base64
        }
      }
    }
  }
`);

type Form = Card["forms"][number];
type NkA = NonNullable<Form["nkA"]>;

/**
 * Every form of the card as it was filled: NK-A in full (each subsequent NK-A with what it
 * reported), NK-C and NK-D with the person the group met, the diagnosis and the history of
 * violence, and the closure with the group's report and the basis of an unfounded finding. The
 * plans they agreed are in their own sections.
 */
export function Forms({ card }: { card: Card }) {
  const client = useClient();
  const fresh = { requestPolicy: "network-only" } as const;
  // Documents are made when asked for, never with the page's data.
  const formDocument = async (formId: string) => {
    const data = (await client.query(FormDocument, { id: card.id, formId }, fresh).toPromise()).data?.node;
    return data && "formDocument" in data ? data.formDocument : null;
  };
  const nkB = async () => {
    const data = (await client.query(NkBLeaflet, { id: card.id }, fresh).toPromise()).data?.node;
    return data && "nkBLeaflet" in data ? data.nkBLeaflet : null;
  };
  return (
    <Section id="forms" title={texts.forms}>
      <p>{texts.nkBLead}</p>
      <DocumentButtons documents={[{ label: texts.nkBPdf, fetch: nkB }]} />
      {card.forms.map((form, i) => (
        <article key={i} className="form-record" aria-labelledby={`form-${i}`}>
          <h3 id={`form-${i}`}>
            {texts.formLine(texts.formKind[form.kind] ?? form.kind, formatDate(form.filledOn), form.filledByName ?? "")}
          </h3>
          <DocumentButtons
            documents={[
              {
                label: texts.formPdf(texts.formKind[form.kind] ?? form.kind, formatDate(form.filledOn)),
                fetch: () => formDocument(form.id),
              },
            ]}
          />
          {form.nkA ? (
            <NkAContent details={form.nkA} card={card} first={i === 0} />
          ) : form.kind === "CLOSURE" ? (
            <Closure form={form} card={card} />
          ) : form.kind === "PERPETRATOR_NOTICE" ? (
            <Notice form={form} card={card} />
          ) : form.familyCourtNotice ? (
            <CourtNotice form={form} notice={form.familyCourtNotice} />
          ) : (
            <Diagnosis form={form} card={card} />
          )}
        </article>
      ))}
    </Section>
  );
}

function Row({ term, children }: { term: string; children: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function NkAContent({ details: d, card, first }: { details: NkA; card: Card; first: boolean }) {
  const f = texts.formFields;
  const yesNo = (v: boolean) => (v ? texts.yes : texts.no);
  const actions = d.actionsTaken.map((a) => texts.actionsTakenNames[a] ?? a).join(", ");
  return (
    <dl className="facts record">
      {first && <Row term={f.violenceForms}>{card.violenceForms.map((v) => texts.violence[v] ?? v).join(", ")}</Row>}
      <Row term={f.description}>{d.description ?? texts.noValue}</Row>
      <Row term={f.injuries}>{d.injuries ?? texts.noValue}</Row>
      <Row term={f.underAlcohol}>{yesNo(d.perpetratorUnderAlcohol)}</Row>
      <Row term={f.underDrugs}>{yesNo(d.perpetratorUnderDrugs)}</Row>
      <Row term={f.firearmAccess}>{yesNo(d.firearmAccess)}</Row>
      <Row term={f.children}>{String(d.childrenInHousehold)}</Row>
      <Row term={f.actionsTaken}>{actions || texts.noValue}</Row>
      <Row term={f.nkB}>{nkB(d, card)}</Row>
      <Row term={f.feelsSafe}>{d.victimFeelsSafe == null ? texts.notEstablished : yesNo(d.victimFeelsSafe)}</Row>
      <Row term={f.additionalInformation}>{d.additionalInformation ?? texts.noValue}</Row>
    </dl>
  );
}

/** Whether NK-B was handed over and to whom ("tak — Anna Kowalska"). */
function nkB(d: NkA, card: Card): string {
  if (!d.nkBHandedOver) return texts.no;
  const to = card.persons.find((p) => p.id === d.nkBRecipientId);
  return to ? `${texts.yes} — ${to.firstName} ${to.lastName}` : texts.yes;
}

function Diagnosis({ form, card }: { form: Form; card: Card }) {
  const f = texts.formFields;
  const person = card.persons.find((p) => p.id === form.personId);
  return (
    <dl className="facts record">
      <Row term={f.person}>{person ? `${person.firstName} ${person.lastName}` : texts.unknownPerson}</Row>
      <Row term={f.diagnosis}>{form.diagnosis ?? texts.noValue}</Row>
      {form.kind === "NK_C" && <Row term={f.history}>{form.history ?? texts.noValue}</Row>}
      {form.companions.length > 0 && (
        <Row term={texts.meetingLabels.companions}>
          {form.companions
            .map((c) => {
              const name = (id: string) => {
                const p = card.persons.find((x) => x.id === id);
                return p ? `${p.firstName} ${p.lastName}` : texts.unknownPerson;
              };
              return texts.companionLine(name(c.minorId), c.personId ? name(c.personId) : (c.name ?? texts.unknownPerson), texts.companionRelations[c.relation] ?? c.relation);
            })
            .join("; ")}
        </Row>
      )}
    </dl>
  );
}

function Closure({ form, card }: { form: Form; card: Card }) {
  const f = texts.formFields;
  return (
    <dl className="facts record">
      <Row term={f.ground}>{card.closureGround ? (texts.grounds[card.closureGround] ?? card.closureGround) : texts.noValue}</Row>
      <Row term={f.resultReport}>{form.resultReport ?? texts.noValue}</Row>
      {form.closureBasis && <Row term={f.basis}>{form.closureBasis}</Row>}
    </dl>
  );
}

function Notice({ form, card }: { form: Form; card: Card }) {
  const f = texts.formFields;
  const person = card.persons.find((p) => p.id === form.personId);
  return (
    <dl className="facts record">
      <Row term={f.notified}>{person ? `${person.firstName} ${person.lastName}` : texts.unknownPerson}</Row>
      <Row term={f.delivery}>{form.noticeDelivery ? (texts.deliveriesRecorded[form.noticeDelivery] ?? form.noticeDelivery) : texts.noValue}</Row>
      {form.noticeNote && <Row term={f.deliveryNote}>{form.noticeNote}</Row>}
    </dl>
  );
}

function CourtNotice({ form, notice }: { form: Form; notice: NonNullable<Form["familyCourtNotice"]> }) {
  const f = texts.formFields;
  return (
    <dl className="facts record">
      <Row term={f.minorSuspected}>{`${notice.firstName} ${notice.lastName}, ${texts.bornOn(formatDate(notice.dateOfBirth))}`}</Row>
      <Row term={f.court}>{notice.court}</Row>
      {form.noticeNote && <Row term={f.courtNote}>{form.noticeNote}</Row>}
    </dl>
  );
}
