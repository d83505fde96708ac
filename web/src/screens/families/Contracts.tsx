// A family's social contracts on its file's page: each with its period, review, terms and
// state (in force, overdue, or how it was settled), the form that concludes one and the one
// that settles it.
import { useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useClient } from "urql";
import { Choice, ErrorSummary, TextInput } from "../../components/fields.tsx";
import { useFormProblems } from "../../components/problems.ts";
import { graphql } from "../../gql/index.ts";
import type { ContractOutcome } from "../../gql/graphql.ts";
import { formatDate, todayInPoland } from "../../lib/format.ts";
import { message, texts } from "./texts.ts";

export type Contract = {
  id: string;
  signedOn: string;
  endsOn: string;
  reviewOn?: string | null;
  goals: string;
  familyObligations: string;
  workerObligations?: string | null;
  overdue: boolean;
  outcome?: string | null;
  settledOn?: string | null;
  settlementNote?: string | null;
  version: number;
};

const Conclude = graphql(`
  mutation ConcludeSocialContract($input: ConcludeSocialContractInput!) {
    concludeSocialContract(input: $input) {
      contract {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const Settle = graphql(`
  mutation SettleSocialContract($input: SettleSocialContractInput!) {
    settleSocialContract(input: $input) {
      contract {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

/** The contracts; `open` offers concluding and settling (a closed file offers neither). */
export function Contracts(props: { fileId: string; contracts: readonly Contract[]; open: boolean; onDone: (said: string) => void }) {
  const [concluding, setConcluding] = useState(false);
  return (
    <section aria-labelledby="family-contracts">
      <h2 id="family-contracts">{texts.contractsTitle}</h2>
      {props.contracts.length === 0 && <p>{texts.noContracts}</p>}
      {props.contracts.map((c) => (
        <ContractView key={c.id} contract={c} open={props.open} onDone={props.onDone} />
      ))}
      {props.open &&
        (concluding ? (
          <ConcludeForm
            fileId={props.fileId}
            onCancel={() => {
              setConcluding(false);
              refocus("contract-conclude");
            }}
            onDone={() => {
              setConcluding(false);
              props.onDone(texts.concluded);
            }}
          />
        ) : (
          <p>
            <Button id="contract-conclude" className="button secondary" onPress={() => setConcluding(true)}>
              {texts.concludeTitle}
            </Button>
          </p>
        ))}
    </section>
  );
}

/** Gives the focus back to the button that opened a form, once the form is gone. */
function refocus(id: string) {
  window.requestAnimationFrame(() => document.getElementById(id)?.focus());
}

function stateOf(c: Contract) {
  if (c.outcome && c.settledOn) return texts.settledState(texts.outcomes[c.outcome] ?? c.outcome, formatDate(c.settledOn));
  return c.overdue ? <strong>{texts.overdue}</strong> : texts.inForce;
}

function ContractView({ contract: c, open, onDone }: { contract: Contract; open: boolean; onDone: (said: string) => void }) {
  const [settling, setSettling] = useState(false);
  const heading = `contract-${c.id}`;
  const f = texts.contractFacts;
  return (
    <article aria-labelledby={heading} className="action-form">
      <h3 id={heading}>{texts.contractTitle(formatDate(c.signedOn))}</h3>
      <dl className="facts record">
        <div>
          <dt>{f.period}</dt>
          <dd>{texts.period(formatDate(c.signedOn), formatDate(c.endsOn))}</dd>
        </div>
        {c.reviewOn && (
          <div>
            <dt>{f.review}</dt>
            <dd>{formatDate(c.reviewOn)}</dd>
          </div>
        )}
        <div>
          <dt>{f.goals}</dt>
          <dd>{c.goals}</dd>
        </div>
        <div>
          <dt>{f.family}</dt>
          <dd>{c.familyObligations}</dd>
        </div>
        {c.workerObligations && (
          <div>
            <dt>{f.worker}</dt>
            <dd>{c.workerObligations}</dd>
          </div>
        )}
        <div>
          <dt>{f.state}</dt>
          <dd>{stateOf(c)}</dd>
        </div>
        {c.settlementNote && (
          <div>
            <dt>{f.note}</dt>
            <dd>{c.settlementNote}</dd>
          </div>
        )}
      </dl>
      {open &&
        !c.outcome &&
        (settling ? (
          <SettleForm
            contract={c}
            onCancel={() => {
              setSettling(false);
              refocus(`contract-${c.id}-settle`);
            }}
            onDone={() => {
              setSettling(false);
              onDone(texts.settled);
            }}
          />
        ) : (
          <Button
            id={`contract-${c.id}-settle`}
            className="button secondary"
            onPress={() => setSettling(true)}
            aria-label={texts.settleTitle(formatDate(c.signedOn))}
          >
            {texts.settle}
          </Button>
        ))}
    </article>
  );
}

const CONCLUDE_LABELS: Record<string, string> = {
  signedOn: texts.signedOn,
  endsOn: texts.endsOn,
  reviewOn: texts.reviewOn,
  goals: texts.goals,
  familyObligations: texts.familyObligations,
  workerObligations: texts.workerObligations,
};
const concludeId = (path: string) => `contract-new-${path}`;

function ConcludeForm({ fileId, onCancel, onDone }: { fileId: string; onCancel: () => void; onDone: () => void }) {
  const client = useClient();
  const p = useFormProblems(message, texts.failed);
  const [form, setForm] = useState({ signedOn: todayInPoland(), endsOn: "", reviewOn: "", goals: "", familyObligations: "", workerObligations: "" });
  const [sending, setSending] = useState(false);
  const set = (field: keyof typeof form) => (v: string) => {
    setForm((f) => ({ ...f, [field]: v }));
    p.clear(field);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    const found: Record<string, string> = {};
    for (const f of ["endsOn", "goals", "familyObligations"] as const) if (!form[f].trim()) found[f] = "REQUIRED";
    if (form.endsOn && form.signedOn && form.endsOn < form.signedOn) found.endsOn = "BEFORE_START";
    if (p.refuse(found)) return;
    setSending(true);
    const r = await client
      .mutation(Conclude, {
        input: {
          fileId,
          signedOn: form.signedOn || null,
          endsOn: form.endsOn,
          reviewOn: form.reviewOn || null,
          goals: form.goals.trim(),
          familyObligations: form.familyObligations.trim(),
          workerObligations: form.workerObligations.trim() || null,
        },
      })
      .toPromise();
    setSending(false);
    if (p.answered(r.data?.concludeSocialContract)) onDone();
  };
  return (
    <form className="action-form" aria-labelledby="contract-new" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="contract-new">{texts.concludeTitle}</h3>
      <ErrorSummary
        problems={p.listed}
        failure={p.failure}
        heading={texts.fixProblems}
        message={message}
        idOf={concludeId}
        labelOf={(path) => CONCLUDE_LABELS[path]}
        refObject={p.summary}
      />
      <TextInput id={concludeId("signedOn")} type="date" autoComplete={null} label={texts.signedOn} hint={texts.signedOnHint} value={form.signedOn} onChange={set("signedOn")} error={p.error("signedOn")} autoFocus />
      <TextInput id={concludeId("endsOn")} type="date" autoComplete={null} label={texts.endsOn} value={form.endsOn} onChange={set("endsOn")} error={p.error("endsOn")} required />
      <TextInput id={concludeId("reviewOn")} type="date" autoComplete={null} label={texts.reviewOn} hint={texts.reviewOnHint} value={form.reviewOn} onChange={set("reviewOn")} error={p.error("reviewOn")} />
      <TextInput id={concludeId("goals")} label={texts.goals} rows={3} className="field wide" value={form.goals} onChange={set("goals")} error={p.error("goals")} required />
      <TextInput id={concludeId("familyObligations")} label={texts.familyObligations} rows={3} className="field wide" value={form.familyObligations} onChange={set("familyObligations")} error={p.error("familyObligations")} required />
      <TextInput id={concludeId("workerObligations")} label={texts.workerObligations} rows={3} className="field wide" value={form.workerObligations} onChange={set("workerObligations")} error={p.error("workerObligations")} />
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? texts.saving : texts.conclude}
        </Button>
        <Button className="button secondary" onPress={onCancel}>
          {texts.cancel}
        </Button>
      </div>
    </form>
  );
}

function SettleForm({ contract, onCancel, onDone }: { contract: Contract; onCancel: () => void; onDone: () => void }) {
  const client = useClient();
  const p = useFormProblems(message, texts.changedOrFailed);
  const [outcome, setOutcome] = useState("");
  const [on, setOn] = useState(todayInPoland);
  const [note, setNote] = useState("");
  const [sending, setSending] = useState(false);
  const id = (path: string) => `contract-${contract.id}-${path}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending || p.refuse(outcome ? {} : { outcome: "REQUIRED" })) return;
    setSending(true);
    const r = await client
      .mutation(Settle, {
        input: { id: contract.id, version: contract.version, outcome: outcome as ContractOutcome, settledOn: on || null, note: note.trim() || null },
      })
      .toPromise();
    setSending(false);
    if (p.answered(r.data?.settleSocialContract)) onDone();
  };
  const title = texts.settleTitle(formatDate(contract.signedOn));
  return (
    <form aria-label={title} onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary
        problems={p.listed}
        failure={p.failure}
        heading={texts.fixProblems}
        message={message}
        idOf={(path) => id(path === "id" ? "outcome" : path)}
        labelOf={(path) =>
          ({ id: texts.contractTitle(formatDate(contract.signedOn)), outcome: texts.outcome, settledOn: texts.settledOn, note: texts.settlementNote })[path]
        }
        refObject={p.summary}
      />
      <Choice id={id("outcome")} label={texts.outcome} placeholder={texts.chooseOutcome} options={texts.outcomes} value={outcome} onChange={(v) => { setOutcome(v); p.clear("outcome"); }} error={p.error("outcome")} autoFocus />
      <TextInput
        id={id("settledOn")}
        type="date"
        autoComplete={null}
        label={texts.settledOn}
        value={on}
        onChange={(v) => {
          setOn(v);
          p.clear("settledOn");
        }}
        error={p.problems.settledOn === "TOO_EARLY" ? texts.settledTooEarly : p.error("settledOn")}
      />
      <TextInput id={id("note")} label={texts.settlementNote} rows={2} className="field wide" value={note} onChange={setNote} error={p.error("note")} />
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? texts.saving : texts.settle}
        </Button>
        <Button className="button secondary" onPress={onCancel}>
          {texts.cancel}
        </Button>
      </div>
    </form>
  );
}
