// A family's file: who the family is, who works with it, the help given (and the form that
// records more), the Blue Cards opened for it that the reader sees, and the way to open one.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button, Label, Radio, RadioGroup } from "react-aria-components";
import { useClient, useQuery } from "urql";
import { Choice, ErrorSummary, TextInput } from "../../components/fields.tsx";
import { LoadError } from "../../components/lists.tsx";
import { useFormProblems } from "../../components/problems.ts";
import { workSaid } from "../../components/work.ts";
import { graphql } from "../../gql/index.ts";
import type { FileClosure } from "../../gql/graphql.ts";
import { Confirm } from "../../components/confirm.tsx";
import { formatDate, todayInPoland } from "../../lib/format.ts";
import { ROUTES, navigate } from "../../lib/route.ts";
import { Contracts } from "./Contracts.tsx";
import { HelpForm, Withdraw } from "./Help.tsx";
import { FileForm } from "./FileForm.tsx";
import { nkaPrefill, type ProcedureRole, type StoredFile } from "./form.ts";
import { message, texts } from "./texts.ts";

const FileQuery = graphql(`
  query FamilyFilePage($id: ID!) {
    node(id: $id) {
      ... on FamilyFile {
        id
        name
        address
        openedOn
        members {
          firstName
          lastName
          bornOn
          relation
        }
        workers {
          userId
          displayName
        }
        help {
          id
          kind
          variant
          occurredOn
          recordedByName
          note
        }
        blueCardIds
        contracts {
          id
          signedOn
          endsOn
          reviewOn
          goals
          familyObligations
          workerObligations
          overdue
          outcome
          settledOn
          settlementNote
          version
        }
        closedOn
        closureReason
        version
      }
    }
  }
`);

// The cards linked to the file: asked only when there are any (each read is audited).
const LinkedCards = graphql(`
  query FamilyFileCards($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on BlueCard {
        id
        number
        initiatedOn
      }
    }
  }
`);

type File = {
  id: string;
  name: string;
  address?: string | null;
  openedOn: string;
  members: { firstName: string; lastName: string; bornOn?: string | null; relation?: string | null }[];
};

export function FamilyFilePage({ id }: { id: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: FileQuery, variables: { id } });
  const [notice, setNotice] = useState<string | null>(
    () => (window.history.state as { notice?: string } | null)?.notice ?? null,
  );
  const file = data?.node && "members" in data.node ? data.node : null;
  useEffect(() => {
    document.title = file ? `${file.name} — ${texts.documentTitle}` : texts.documentTitle;
  }, [file]);
  const said = useRef<HTMLParagraphElement>(null);
  // The form that was done is gone: focus goes to what it did, not to the page's body.
  const reload = (what: string) => {
    setNotice(what);
    refetch({ requestPolicy: "network-only" });
    window.requestAnimationFrame(() => said.current?.focus());
  };
  if (!data && fetching) return <p role="status">{texts.loading}</p>;
  if (error && !data)
    return <LoadError text={texts.fileLoadError} retry={texts.retry} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  if (!file)
    return (
      <>
        <p>
          <a href={ROUTES.families}>{texts.back}</a>
        </p>
        <p role="alert">{texts.notFound}</p>
      </>
    );
  return (
    <>
      <p>
        <a href={ROUTES.families}>{texts.back}</a>
      </p>
      <h1>{file.name}</h1>
      <p role="status" ref={said} tabIndex={-1} className={notice ? "notice" : undefined}>
        {notice}
      </p>
      {file.closedOn && (
        <p className="notice">
          {texts.closedBanner(formatDate(file.closedOn), texts.reasons[file.closureReason ?? "OTHER"] ?? "")}
        </p>
      )}
      <dl className="facts">
        <dt>{texts.facts.address}</dt>
        <dd>{file.address ?? texts.noAddress}</dd>
        <dt>{texts.facts.openedOn}</dt>
        <dd>{formatDate(file.openedOn)}</dd>
        <dt>{texts.facts.workers}</dt>
        <dd>{file.workers.map((w) => w.displayName ?? texts.unknown).join(", ")}</dd>
      </dl>
      <div className="table-scroll">
        <table className="cards">
          <caption>{texts.membersCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.memberColumns.who}</th>
              <th scope="col">{texts.memberColumns.bornOn}</th>
              <th scope="col">{texts.memberColumns.relation}</th>
            </tr>
          </thead>
          <tbody>
            {file.members.map((m, i) => (
              <tr key={i}>
                <th scope="row">{`${m.firstName} ${m.lastName}`}</th>
                <td>{m.bornOn ? formatDate(m.bornOn) : texts.unknown}</td>
                <td>{m.relation ?? texts.unknown}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section aria-labelledby="family-help">
        <h2 id="family-help">{texts.helpTitle}</h2>
        {file.help.length === 0 ? (
          <p>{texts.noHelp}</p>
        ) : (
          <div className="table-scroll">
            <table className="cards">
              <caption className="visually-hidden">{texts.helpCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{texts.helpColumns.on}</th>
                  <th scope="col">{texts.helpColumns.what}</th>
                  <th scope="col">{texts.helpColumns.note}</th>
                  <th scope="col">{texts.helpColumns.by}</th>
                  {!file.closedOn && <th scope="col">{texts.helpColumns.actions}</th>}
                </tr>
              </thead>
              <tbody>
                {file.help.map((h) => (
                  <tr key={h.id}>
                    <th scope="row">{formatDate(h.occurredOn)}</th>
                    <td>{workSaid(h.kind, h.variant)}</td>
                    <td>{h.note ?? ""}</td>
                    <td>{h.recordedByName ?? texts.unknown}</td>
                    {!file.closedOn && (
                      <td>
                        <Withdraw fileId={file.id} help={h} onDone={() => reload(texts.helpWithdrawn)} />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {!file.closedOn && <HelpForm fileId={file.id} openedOn={file.openedOn} onDone={() => reload(texts.recorded)} />}
      </section>

      <Contracts fileId={file.id} contracts={file.contracts} open={!file.closedOn} onDone={reload} />

      <section aria-labelledby="family-cards">
        <h2 id="family-cards">{texts.cardsTitle}</h2>
        <Cards ids={file.blueCardIds} />
        <StartProcedure file={file} />
        <LinkCard fileId={file.id} linked={file.blueCardIds} onDone={() => reload(texts.linked)} />
      </section>
      {!file.closedOn && (
        <section aria-labelledby="family-manage">
          <h2 id="family-manage" className="visually-hidden">
            {texts.correctTitle}
          </h2>
          <Manage file={file} onDone={reload} />
        </section>
      )}
    </>
  );
}

function Cards({ ids }: { ids: readonly string[] }) {
  const [{ data }] = useQuery({ query: LinkedCards, variables: { ids: [...ids] }, pause: ids.length === 0 });
  if (ids.length === 0) return <p>{texts.noCards}</p>;
  const cards = (data?.nodes ?? []).flatMap((n) => (n && "initiatedOn" in n ? [n] : []));
  return (
    <ul>
      {cards.map((c) => (
        <li key={c.id}>
          <a href={ROUTES.card(c.id)}>{texts.cardLine(c.number, formatDate(c.initiatedOn))}</a>
        </li>
      ))}
    </ul>
  );
}

const ROLE_CHOICES: ProcedureRole[] = ["VICTIM", "PERPETRATOR", "WITNESS", "NONE"];

/** Each person's part in the procedure, then form NK-A filled with them (linked on saving). */
function StartProcedure({ file }: { file: File }) {
  const [roles, setRoles] = useState<ProcedureRole[]>(() => file.members.map(() => "NONE"));
  const [problem, setProblem] = useState<string | null>(null);
  const start = (e: FormEvent) => {
    e.preventDefault();
    const made = nkaPrefill(file, roles, todayInPoland());
    if ("problem" in made) {
      setProblem(made.problem);
      window.requestAnimationFrame(() => document.getElementById("family-start-problem")?.focus());
      return;
    }
    navigate(ROUTES.newCard, false, { fromFamily: { fileId: file.id, prefill: made.prefill } });
  };
  return (
    <form className="action-form" aria-labelledby="family-start" onSubmit={start} noValidate>
      <h3 id="family-start">{texts.startTitle}</h3>
      <p>{texts.startIntro}</p>
      {problem && (
        <p id="family-start-problem" className="error" role="alert" tabIndex={-1}>
          {message(problem)}
        </p>
      )}
      {file.members.map((m, i) => {
        const who = `${m.firstName} ${m.lastName}`;
        return (
          <RadioGroup
            key={i}
            className="checks"
            value={roles[i] ?? "NONE"}
            onChange={(v) => {
              setRoles((r) => r.map((x, j) => (j === i ? (v as ProcedureRole) : x)));
              setProblem(null);
            }}
          >
            <Label className="group-label">{texts.roleOf(who)}</Label>
            {ROLE_CHOICES.map((r) => (
              <Radio key={r} value={r} className="check">
                <span className="box round" aria-hidden="true" />
                {texts.roles[r]}
              </Radio>
            ))}
          </RadioGroup>
        );
      })}
      <div className="actions">
        <Button type="submit" className="button primary">
          {texts.toNkA}
        </Button>
      </div>
    </form>
  );
}

// The cards the worker sees, to link one opened before (asked only when the form is opened:
// each card read is audited).
const Linkable = graphql(`
  query FamilyLinkableCards {
    blueCards(first: 50) {
      nodes {
        id
        number
        initiatedOn
        persons {
          role
          firstName
          lastName
        }
      }
    }
  }
`);

const Link = graphql(`
  mutation FamilyFileLinkCard($input: LinkFamilyFileToBlueCardInput!) {
    linkFamilyFileToBlueCard(input: $input) {
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

/** Links a card opened before (or one whose link failed) to the file. */
function LinkCard({ fileId, linked, onDone }: { fileId: string; linked: readonly string[]; onDone: () => void }) {
  const [shown, setShown] = useState(false);
  if (!shown)
    return (
      <p>
        <Button className="button secondary" onPress={() => setShown(true)}>
          {texts.linkTitle}
        </Button>
      </p>
    );
  return <LinkCardForm fileId={fileId} linked={linked} onDone={onDone} />;
}

function LinkCardForm({ fileId, linked, onDone }: { fileId: string; linked: readonly string[]; onDone: () => void }) {
  const client = useClient();
  const [{ data, fetching }] = useQuery({ query: Linkable });
  const p = useFormProblems(message, texts.failed);
  const [card, setCard] = useState("");
  const [sending, setSending] = useState(false);
  const options = Object.fromEntries(
    (data?.blueCards.nodes ?? [])
      .filter((c) => !linked.includes(c.id))
      .map((c) => {
        const victims = c.persons.filter((x) => x.role === "VICTIM").map((x) => `${x.firstName} ${x.lastName}`);
        return [c.id, `${texts.cardLine(c.number, formatDate(c.initiatedOn))}: ${victims.join(", ")}`];
      }),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending || p.refuse(card ? {} : { blueCardId: "REQUIRED" })) return;
    setSending(true);
    const r = await client.mutation(Link, { input: { fileId, blueCardId: card } }).toPromise();
    setSending(false);
    if (!p.answered(r.data?.linkFamilyFileToBlueCard)) return;
    setCard("");
    onDone();
  };
  return (
    <form className="action-form" aria-labelledby="family-link" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="family-link">{texts.linkTitle}</h3>
      <ErrorSummary
        problems={p.listed}
        failure={p.failure}
        heading={texts.fixProblems}
        message={message}
        idOf={() => "family-link-card"}
        labelOf={() => texts.linkCard}
        refObject={p.summary}
      />
      {fetching ? (
        <p role="status">{texts.loadingCards}</p>
      ) : Object.keys(options).length === 0 ? (
        <p>{texts.noCardsToLink}</p>
      ) : (
        <>
          <Choice
            id="family-link-card"
            label={texts.linkCard}
            placeholder={texts.chooseCard}
            options={options}
            value={card}
            onChange={(v) => {
              setCard(v);
              p.clear("blueCardId");
            }}
            error={p.error("blueCardId")}
            autoFocus
          />
          <div className="actions">
            <Button type="submit" className="button primary" isDisabled={sending}>
              {sending ? texts.saving : texts.link}
            </Button>
          </div>
        </>
      )}
    </form>
  );
}

const Close = graphql(`
  mutation CloseFamilyFile($input: CloseFamilyFileInput!) {
    closeFamilyFile(input: $input) {
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

/** Correcting the file and ending the work with the family, each behind its own button. */
function Manage({ file, onDone }: { file: StoredFile; onDone: (said: string) => void }) {
  const [open, setOpen] = useState<"correct" | "close" | null>(null);
  if (open === "correct")
    return (
      <div className="action-form">
        <h3>{texts.correctTitle}</h3>
        <FileForm
          file={file}
          onDone={() => {
            setOpen(null);
            onDone(texts.corrected);
          }}
          onCancel={() => setOpen(null)}
        />
      </div>
    );
  if (open === "close") return <CloseForm file={file} onCancel={() => setOpen(null)} onDone={() => onDone(texts.closedNotice)} />;
  return (
    <div className="actions">
      <Button className="button secondary" onPress={() => setOpen("correct")}>
        {texts.correctTitle}
      </Button>
      <Button className="button secondary" onPress={() => setOpen("close")}>
        {texts.closeTitle}
      </Button>
    </div>
  );
}

const closeId = (path: string) => `family-close-${path}`;

function CloseForm({ file, onCancel, onDone }: { file: StoredFile; onCancel: () => void; onDone: () => void }) {
  const client = useClient();
  const p = useFormProblems(message, texts.failed);
  const [on, setOn] = useState(todayInPoland);
  const [reason, setReason] = useState("");
  const [asking, setAsking] = useState(false);
  const [sending, setSending] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!p.refuse(reason ? {} : { reason: "REQUIRED" })) setAsking(true);
  };
  const closeNow = async () => {
    setAsking(false);
    setSending(true);
    const r = await client
      .mutation(Close, { input: { id: file.id, version: file.version, closedOn: on || null, reason: reason as FileClosure } })
      .toPromise();
    setSending(false);
    if (p.answered(r.data?.closeFamilyFile, texts.changedOrFailed)) onDone();
  };
  return (
    <form className="action-form" aria-labelledby="family-close" onSubmit={submit} noValidate>
      <h3 id="family-close">{texts.closeTitle}</h3>
      <ErrorSummary
        problems={p.listed}
        failure={p.failure}
        heading={texts.fixProblems}
        message={message}
        idOf={closeId}
        labelOf={(path) => ({ closedOn: texts.closedOn, reason: texts.reason })[path]}
        refObject={p.summary}
      />
      <TextInput
        id={closeId("closedOn")}
        type="date"
        autoComplete={null}
        label={texts.closedOn}
        hint={texts.closedOnHint}
        value={on}
        onChange={(v) => {
          setOn(v);
          p.clear("closedOn");
        }}
        error={p.error("closedOn")}
        autoFocus
      />
      <Choice
        id={closeId("reason")}
        label={texts.reason}
        placeholder={texts.chooseReason}
        options={texts.reasons}
        value={reason}
        onChange={(v) => {
          setReason(v);
          p.clear("reason");
        }}
        error={p.error("reason")}
      />
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? texts.saving : texts.closeNow}
        </Button>
        <Button className="button secondary" onPress={onCancel}>
          {texts.cancel}
        </Button>
      </div>
      {asking && <Confirm question={texts.closeQuestion} yes={texts.closeYes} no={texts.closeNo} onYes={() => void closeNow()} onNo={() => setAsking(false)} />}
    </form>
  );
}
