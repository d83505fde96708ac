import { useEffect, useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useClient, useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import { Flag } from "../../components/fields.tsx";
import { outcomeOf, type Outcome } from "../card/actions.ts";
import { FormAnswer } from "./FormAnswer.tsx";
import { texts } from "./texts.ts";

const Query = graphql(`
  query AdminSharing {
    viewer {
      municipality {
        id
        version
        sharesStatistics
        publishesOwnStatistics
        region {
          name
        }
      }
    }
  }
`);

const Share = graphql(`
  mutation AdminSetStatisticsSharing($input: SetStatisticsSharingInput!) {
    setStatisticsSharing(input: $input) {
      municipality {
        id
        version
        sharesStatistics
        publishesOwnStatistics
      }
      userErrors {
        field
        code
      }
    }
  }
`);

/** Whether the municipality shares its anonymized statistics with its region: the state, and the form that changes it. */
export function Sharing({ onChanged }: { onChanged: () => void }) {
  const client = useClient();
  const [{ data, fetching, error }, refetch] = useQuery({ query: Query });
  const municipality = data?.viewer.municipality;
  const [shares, setShares] = useState<boolean | null>(null);
  const [own, setOwn] = useState(false);
  useEffect(() => {
    if (municipality && shares === null) {
      setShares(municipality.sharesStatistics);
      setOwn(municipality.publishesOwnStatistics);
    }
  }, [municipality, shares]);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [reloaded, setReloaded] = useState(false);
  const [announcement, setAnnouncement] = useState("");

  if (!municipality || shares === null) {
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

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    setReloaded(false);
    setAnnouncement("");
    setSending(true);
    const r = await client
      .mutation(Share, {
        input: { version: municipality.version, sharesStatistics: shares, publishesOwnStatistics: shares && own },
      })
      .toPromise();
    setSending(false);
    const next = outcomeOf({ error: r.error, payload: r.data?.setStatisticsSharing ?? null });
    setOutcome(next);
    if (next.kind === "done") {
      setAnnouncement(shares ? texts.sharingOn : texts.sharingOff);
      onChanged();
    }
  };

  return (
    <form className="action-form" aria-label={texts.sections.sharing} onSubmit={(e) => void submit(e)} noValidate>
      <p role="status" className="status-line">
        {announcement}
      </p>
      <FormAnswer
        outcome={outcome}
        listed={{}}
        reloaded={reloaded}
        onReload={() => {
          refetch({ requestPolicy: "network-only" });
          setShares(null);
          setOutcome(null);
          setReloaded(true);
        }}
      />
      <p>
        {municipality.sharesStatistics ? texts.sharingNowOn : texts.sharingNowOff}
        {municipality.sharesStatistics && municipality.publishesOwnStatistics ? ` ${texts.ownNowOn}` : ""}
      </p>
      <Flag
        label={texts.sharingLabel(municipality.region?.name ?? texts.sharingRegion)}
        value={shares}
        onChange={(v) => {
          setShares(v);
          setOutcome(null);
        }}
      />
      {shares ? (
        <>
          <Flag
            label={texts.ownLabel}
            value={own}
            onChange={(v) => {
              setOwn(v);
              setOutcome(null);
            }}
          />
          <p className="hint">{texts.ownHint}</p>
        </>
      ) : null}
      <p className="hint">{texts.sharingHint}</p>
      <div className="actions">
        <Button type="submit" className="button primary">
          {sending ? texts.working : texts.saveSharing}
        </Button>
      </div>
    </form>
  );
}
