// The help given to a family, as its file's page records it: the form that records help, and
// withdrawing help recorded by mistake.
import { useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useClient } from "urql";
import { Confirm } from "../../components/confirm.tsx";
import { Choice, ErrorSummary, TextInput } from "../../components/fields.tsx";
import { useFormProblems } from "../../components/problems.ts";
import { WORK_KIND_NAMES, WORK_VARIANT_NAMES, WORK_VARIANTS, workSaid } from "../../components/work.ts";
import { graphql } from "../../gql/index.ts";
import type { WorkKind, WorkVariant } from "../../gql/graphql.ts";
import { formatDate, todayInPoland } from "../../lib/format.ts";
import { message, texts } from "./texts.ts";

const RecordHelp = graphql(`
  mutation RecordFamilyHelp($input: RecordFamilyHelpInput!) {
    recordFamilyHelp(input: $input) {
      help {
        occurredOn
      }
      userErrors {
        field
        code
      }
    }
  }
`);

// A social contract is concluded with its terms (its own form), which counts it.
const HELP_KINDS = Object.fromEntries(Object.entries(WORK_KIND_NAMES).filter(([k]) => k !== "SOCIAL_CONTRACT"));

const helpId = (path: string) => `family-help-${path}`;
const HELP_LABELS: Record<string, string> = { kind: texts.kind, variant: texts.variant, occurredOn: texts.occurredOn, note: texts.note };

export function HelpForm({ fileId, openedOn, onDone }: { fileId: string; openedOn: string; onDone: () => void }) {
  const client = useClient();
  const p = useFormProblems(message, texts.failed);
  const [kind, setKind] = useState("");
  const [variant, setVariant] = useState("");
  const [occurredOn, setOccurredOn] = useState(todayInPoland);
  const [note, setNote] = useState("");
  const [sending, setSending] = useState(false);
  const variants = WORK_VARIANTS[kind] ?? [];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    const found: Record<string, string> = {};
    if (!kind) found.kind = "REQUIRED";
    else if (variants.length > 0 && !variant) found.variant = "REQUIRED";
    if (occurredOn && occurredOn < openedOn) found.occurredOn = "TOO_EARLY";
    if (p.refuse(found)) return;
    setSending(true);
    const r = await client
      .mutation(RecordHelp, {
        input: {
          fileId,
          kind: kind as WorkKind,
          variant: variants.length > 0 ? (variant as WorkVariant) : null,
          occurredOn: occurredOn || null,
          note: note.trim() || null,
        },
      })
      .toPromise();
    setSending(false);
    if (!p.answered(r.data?.recordFamilyHelp)) return;
    setKind("");
    setVariant("");
    setNote("");
    onDone();
  };
  return (
    <form className="action-form" aria-labelledby="family-record" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="family-record">{texts.recordTitle}</h3>
      <ErrorSummary
        problems={p.listed}
        failure={p.failure}
        heading={texts.fixProblems}
        message={message}
        idOf={helpId}
        labelOf={(path) => HELP_LABELS[path]}
        refObject={p.summary}
      />
      <Choice
        id={helpId("kind")}
        label={texts.kind}
        placeholder={texts.chooseKind}
        options={HELP_KINDS}
        value={kind}
        onChange={(v) => {
          setKind(v);
          setVariant("");
          p.clear("kind");
        }}
        error={p.error("kind")}
      />
      {variants.length > 0 && (
        <Choice
          id={helpId("variant")}
          label={texts.variant}
          placeholder={texts.chooseVariant}
          options={Object.fromEntries(variants.map((v) => [v, WORK_VARIANT_NAMES[v] ?? v]))}
          value={variant}
          onChange={(v) => {
            setVariant(v);
            p.clear("variant");
          }}
          error={p.error("variant")}
        />
      )}
      <TextInput
        id={helpId("occurredOn")}
        type="date"
        autoComplete={null}
        label={texts.occurredOn}
        hint={texts.occurredOnHint}
        value={occurredOn}
        onChange={(v) => {
          setOccurredOn(v);
          p.clear("occurredOn");
        }}
        error={p.error("occurredOn")}
      />
      <TextInput id={helpId("note")} label={texts.note} rows={3} value={note} onChange={setNote} error={p.error("note")} className="field wide" />
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? texts.saving : texts.record}
        </Button>
      </div>
    </form>
  );
}

const WithdrawHelp = graphql(`
  mutation WithdrawFamilyHelp($input: WithdrawFamilyHelpInput!) {
    withdrawFamilyHelp(input: $input) {
      file {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

/** Withdraws help recorded by mistake, asked first. */
export function Withdraw(props: {
  fileId: string;
  help: { id: string; kind: string; variant?: string | null; occurredOn: string };
  onDone: () => void;
}) {
  const client = useClient();
  const [asking, setAsking] = useState(false);
  const [failed, setFailed] = useState(false);
  const what = `${formatDate(props.help.occurredOn)}: ${workSaid(props.help.kind, props.help.variant)}`;
  const withdraw = async () => {
    setAsking(false);
    const r = await client.mutation(WithdrawHelp, { input: { fileId: props.fileId, helpId: props.help.id } }).toPromise();
    const payload = r.data?.withdrawFamilyHelp;
    if (payload && payload.userErrors.length === 0) props.onDone();
    else setFailed(true);
  };
  return (
    <>
      <Button className="button secondary" aria-label={texts.withdrawOf(what)} onPress={() => setAsking(true)}>
        {texts.withdraw}
      </Button>
      {failed && (
        <p role="alert" className="error">
          {texts.withdrawFailed}
        </p>
      )}
      {asking && (
        <Confirm
          question={texts.withdrawQuestion(what)}
          yes={texts.withdrawYes}
          no={texts.withdrawNo}
          onYes={() => void withdraw()}
          onNo={() => setAsking(false)}
        />
      )}
    </>
  );
}
