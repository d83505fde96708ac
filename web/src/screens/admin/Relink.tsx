// Re-linking the municipality's staff accounts after it replaces its identity provider: asked
// first, then what it did said in words. The administrator's page uses it for the own
// municipality, the operator's console for any (by its ID).
import { useRef, useState } from "react";
import { Button } from "react-aria-components";
import { useClient } from "urql";
import { Confirm } from "../../components/confirm.tsx";
import { graphql } from "../../gql/index.ts";
import { texts } from "./texts.ts";

const Relink = graphql(`
  mutation RelinkAccounts($input: RelinkAccountsInput!) {
    relinkAccounts(input: $input) {
      relinking {
        unlinked
        withoutEmail
        duplicatesDisabled
        ambiguous
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export function RelinkAccounts({ municipalityId, onChanged }: { municipalityId?: string; onChanged?: () => void }) {
  const client = useClient();
  const t = texts.relink;
  const [asking, setAsking] = useState(false);
  const [sending, setSending] = useState(false);
  const [said, setSaid] = useState("");
  const [problem, setProblem] = useState("");
  // After the answer the focus goes to what it says, not to the page's body.
  const answer = useRef<HTMLParagraphElement>(null);

  const relink = async () => {
    setAsking(false);
    setSending(true);
    setSaid("");
    setProblem("");
    const r = await client.mutation(Relink, { input: municipalityId ? { municipalityId } : {} }).toPromise();
    setSending(false);
    const payload = r.data?.relinkAccounts;
    const done = payload?.relinking;
    if (done) {
      setSaid(t.done(done.unlinked, done.withoutEmail, done.duplicatesDisabled, done.ambiguous));
      onChanged?.();
    } else if (payload?.userErrors.some((e) => e.code === "NO_PROVIDER")) {
      setProblem(t.noProvider);
    } else {
      setProblem(t.failed);
    }
    window.requestAnimationFrame(() => answer.current?.focus());
  };

  return (
    <div className="relink">
      <p className="muted">{t.intro}</p>
      <p role="status" className="status-line" ref={answer} tabIndex={-1}>
        {said}
        {problem && <span role="alert">{problem}</span>}
      </p>
      {asking ? (
        <Confirm question={t.question} yes={t.yes} no={t.no} onYes={() => void relink()} onNo={() => setAsking(false)} />
      ) : (
        <div className="actions">
          <Button className="button secondary" isDisabled={sending} onPress={() => setAsking(true)}>
            {sending ? t.working : t.button}
          </Button>
        </div>
      )}
    </div>
  );
}
