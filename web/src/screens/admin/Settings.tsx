import { useEffect, useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useClient, useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import { plural } from "../../lib/format.ts";
import { outcomeOf, type Outcome } from "../card/actions.ts";
import { settingsProblems } from "./admin.ts";
import { FormAnswer, problemText } from "./FormAnswer.tsx";
import { texts } from "./texts.ts";
import { TextInput } from "../../components/fields.tsx";

const Query = graphql(`
  query AdminSettings {
    tenantSettings {
      auditRetentionDays
      version
    }
  }
`);

const Update = graphql(`
  mutation AdminUpdateSettings($input: UpdateTenantSettingsInput!) {
    updateTenantSettings(input: $input) {
      settings {
        auditRetentionDays
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`);

/** The municipality's settings: what is in force, and the form that changes it. */
export function Settings({ onChanged }: { onChanged: () => void }) {
  const client = useClient();
  const [{ data, fetching, error }, refetch] = useQuery({ query: Query });
  const settings = data?.tenantSettings;
  // What is typed; filled from the settings once they arrive, and never overwritten after.
  const [retention, setRetention] = useState<string | null>(null);
  useEffect(() => {
    if (settings && retention === null) setRetention(String(settings.auditRetentionDays));
  }, [settings, retention]);
  const [submitted, setSubmitted] = useState(false);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [reloaded, setReloaded] = useState(false);
  const [announcement, setAnnouncement] = useState("");

  if (!settings || retention === null) {
    return fetching ? (
      <p role="status">{texts.loading}</p>
    ) : error ? (
      <p role="alert">
        {texts.loadError}{" "}
        <Button className="button secondary" onPress={() => refetch({ requestPolicy: "network-only" })}>
          {texts.retry}
        </Button>
      </p>
    ) : null;
  }

  const local = settingsProblems(retention);
  const server = outcome?.kind === "refused" ? outcome.problems : {};
  const problems = { ...local, ...server };
  const problem = problems.auditRetentionDays;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // One request at a time; the button stays focusable while it is sent.
    if (sending) return;
    setSubmitted(true);
    setReloaded(false);
    setAnnouncement("");
    if (Object.keys(local).length > 0) return;
    setSending(true);
    const r = await client
      .mutation(Update, {
        input: { version: settings.version, auditRetentionDays: Number(retention.trim().replace(/\s/g, "")) },
      })
      .toPromise();
    setSending(false);
    const next = outcomeOf({ error: r.error, payload: r.data?.updateTenantSettings ?? null });
    setOutcome(next);
    if (next.kind === "done") {
      setSubmitted(false);
      setAnnouncement(texts.settingsSaved);
      onChanged();
    }
  };

  return (
    <form className="action-form" aria-label={texts.sections.settings} onSubmit={(e) => void submit(e)} noValidate>
      <p role="status" className="status-line">
        {announcement}
      </p>
      <FormAnswer
        outcome={outcome}
        listed={submitted ? problems : {}}
        reloaded={reloaded}
        onReload={() => {
          refetch({ requestPolicy: "network-only" });
          setOutcome(null);
          setReloaded(true);
        }}
      />
      <p>{texts.retentionNow(plural(settings.auditRetentionDays, texts.days))}</p>
      <TextInput
        type={null}
        label={texts.retention}
        value={retention}
        onChange={(v) => {
          setRetention(v);
          setOutcome(null);
        }}
        error={problem ? problemText(problem) : undefined}
        inputMode="numeric"
        size={7}
        hint={texts.retentionHint}
      />
      <div className="actions">
        <Button type="submit" className="button primary">
          {sending ? texts.working : texts.saveSettings}
        </Button>
      </div>
    </form>
  );
}
