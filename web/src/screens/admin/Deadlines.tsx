import { useRef, useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useClient, useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { DeadlineRuleKind } from "../../gql/graphql.ts";
import { outcomeOf, type Outcome } from "../card/actions.ts";
import { MAX_AMOUNT, formatPeriod, ruleInput, ruleProblems, type RuleDraft, type Unit } from "./admin.ts";
import { FormAnswer, problemText } from "./FormAnswer.tsx";
import { texts } from "./texts.ts";
import { LoadError } from "../../components/lists.tsx";
import { Choice, TextInput } from "../../components/fields.tsx";

const Query = graphql(`
  query AdminDeadlines {
    blueCardDeadlineRules {
      kind
      amount
      unit
      default
      version
      defaultAmount
      defaultUnit
      setByLaw
    }
    intakeResponseRule {
      amount
      unit
      default
      version
      defaultAmount
      defaultUnit
      setByLaw
    }
  }
`);

const SetRule = graphql(`
  mutation AdminSetDeadlineRule($input: SetDeadlineRuleInput!) {
    setDeadlineRule(input: $input) {
      rule {
        kind
        amount
        unit
        default
        version
        defaultAmount
        defaultUnit
        setByLaw
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const SetIntakeRule = graphql(`
  mutation AdminSetIntakeResponseRule($input: SetIntakeResponseRuleInput!) {
    setIntakeResponseRule(input: $input) {
      rule {
        amount
        unit
        default
        version
        defaultAmount
        defaultUnit
      }
      userErrors {
        field
        code
      }
    }
  }
`);

/**
 * One rule as the table shows it, with the period the law (or, for the intake register's
 * response time, `INTAKE_RESPONSE`, the register) sets when the municipality sets none.
 */
type Rule = {
  kind: string;
  amount: number;
  unit: Unit;
  /** Whether the municipality keeps the default. */
  isDefault: boolean;
  version: number;
  byDefault: { amount: number; unit: Unit; setByLaw: boolean };
};

const UNITS: readonly Unit[] = ["WORKING_DAYS", "DAYS", "MONTHS"];

/** The deadline rules: the default period and whether a law sets it, the one in force, and a form to change it. */
export function Deadlines({ onChanged }: { onChanged: () => void }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: Query });
  const [announcement, setAnnouncement] = useState("");
  const reload = () => refetch({ requestPolicy: "network-only" });
  const rules: Rule[] = data
    ? [
        ...data.blueCardDeadlineRules.map((r) => ({
          kind: r.kind,
          amount: r.amount,
          unit: r.unit as Unit,
          isDefault: r.default,
          version: r.version,
          byDefault: { amount: r.defaultAmount, unit: r.defaultUnit as Unit, setByLaw: r.setByLaw },
        })),
        {
          kind: "INTAKE_RESPONSE",
          amount: data.intakeResponseRule.amount,
          unit: data.intakeResponseRule.unit as Unit,
          isDefault: data.intakeResponseRule.default,
          version: data.intakeResponseRule.version,
          byDefault: {
            amount: data.intakeResponseRule.defaultAmount,
            unit: data.intakeResponseRule.defaultUnit as Unit,
            setByLaw: data.intakeResponseRule.setByLaw,
          },
        },
      ]
    : [];
  return (
    <>
      <p role="status" className="status-line">
        {fetching ? texts.loading : announcement}
      </p>
      {error && !fetching && (
        <LoadError text={texts.loadError} retry={texts.retry} onRetry={reload} />
      )}
      {rules.length > 0 && (
        <div className="table-scroll">
          <table className="cards">
            <caption className="visually-hidden">{texts.sections.deadlines}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.deadlineColumns.kind}</th>
                <th scope="col">{texts.deadlineColumns.byDefault}</th>
                <th scope="col">{texts.deadlineColumns.current}</th>
                <th scope="col">{texts.deadlineColumns.change}</th>
              </tr>
            </thead>
            <tbody>
              {rules.map((r) => {
                return (
                  <tr key={r.kind}>
                    <th scope="row">{texts.deadlineKind[r.kind] ?? r.kind}</th>
                    <td>
                      {formatPeriod(r.byDefault.amount, r.byDefault.unit)}
                      <br />
                      <span className="muted">{r.byDefault.setByLaw ? texts.setByLaw : texts.fromPractice}</span>
                    </td>
                    <td>
                      {formatPeriod(r.amount, r.unit)}
                      <br />
                      <span className="muted">{r.isDefault ? texts.defaultApplies : texts.ownRule}</span>
                    </td>
                    <td>
                      <RuleEditor
                        rule={r}
                        onReload={reload}
                        onSaved={(period) => {
                          setAnnouncement(texts.ruleSaved(texts.deadlineKind[r.kind] ?? r.kind, period));
                          onChanged();
                        }}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function RuleEditor({ rule, onSaved, onReload }: { rule: Rule; onSaved: (period: string) => void; onReload: () => void }) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const name = texts.deadlineKind[rule.kind] ?? rule.kind;
  return (
    <div>
      <Button ref={toggle} className="button secondary" aria-expanded={open} onPress={() => setOpen(!open)}>
        {texts.changeRule(name)}
      </Button>
      {open && (
        <RuleForm
          rule={rule}
          name={name}
          onReload={onReload}
          onClose={(period) => {
            setOpen(false);
            // The form is gone: focus returns to the button that opened it.
            queueMicrotask(() => toggle.current?.focus());
            if (period) onSaved(period);
          }}
        />
      )}
    </div>
  );
}

function RuleForm({
  rule,
  name,
  onClose,
  onReload,
}: {
  rule: Rule;
  name: string;
  onClose: (savedPeriod: string | null) => void;
  onReload: () => void;
}) {
  const client = useClient();
  const [draft, setDraft] = useState<RuleDraft>({ amount: String(rule.amount), unit: rule.unit });
  const [submitted, setSubmitted] = useState(false);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The version seen when a reload was asked for: the reload has arrived once the rule's version
  // moved on (a CONFLICT means it did), so a save right after it carries the new version.
  const [reloadFrom, setReloadFrom] = useState<number | null>(null);
  const reloaded = reloadFrom !== null && rule.version !== reloadFrom;
  const local = ruleProblems(draft);
  const server = outcome?.kind === "refused" ? outcome.problems : {};
  // Checked as typed; the server's answer stays until the field changes.
  const problems = { ...local, ...server };
  const amountProblem = problems.amount;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // One request at a time; the button stays focusable while it is sent.
    if (sending) return;
    setSubmitted(true);
    setReloadFrom(null);
    if (Object.keys(local).length > 0) return;
    setSending(true);
    // The version the form was opened on: a change in between answers CONFLICT.
    const input = ruleInput(draft, rule.version);
    let result;
    if (rule.kind === "INTAKE_RESPONSE") {
      const r = await client.mutation(SetIntakeRule, { input }).toPromise();
      result = { error: r.error, payload: r.data?.setIntakeResponseRule ?? null };
    } else {
      const r = await client
        .mutation(SetRule, { input: { ...input, kind: rule.kind as DeadlineRuleKind } })
        .toPromise();
      result = { error: r.error, payload: r.data?.setDeadlineRule ?? null };
    }
    setSending(false);
    const next = outcomeOf(result);
    setOutcome(next);
    if (next.kind === "done") onClose(formatPeriod(input.amount, input.unit));
  };

  return (
    <form className="action-form" aria-label={texts.changeRule(name)} onSubmit={(e) => void submit(e)} noValidate>
      <FormAnswer
        outcome={outcome}
        listed={submitted ? problems : {}}
        reloaded={reloaded}
        onReload={() => {
          onReload();
          setOutcome(null);
          setReloadFrom(rule.version);
        }}
      />
      <TextInput
        type={null}
        label={texts.amount}
        value={draft.amount}
        onChange={(v) => {
          setDraft((d) => ({ ...d, amount: v }));
          setOutcome(null);
        }}
        error={amountProblem ? problemText(amountProblem) : undefined}
        inputMode="numeric"
        size={5}
        hint={texts.unitHint(MAX_AMOUNT[draft.unit])}
        autoFocus
      />
      <Choice
        label={texts.unit}
        options={Object.fromEntries(UNITS.map((u) => [u, texts.units[u]]))}
        value={draft.unit}
        onChange={(k) => {
          if (k) setDraft((d) => ({ ...d, unit: k as Unit }));
          setOutcome(null);
        }}
      />
      <div className="actions">
        <Button type="submit" className="button primary">
          {sending ? texts.working : texts.saveRule}
        </Button>
        <Button className="button secondary" onPress={() => onClose(null)}>
          {texts.cancel}
        </Button>
      </div>
    </form>
  );
}
