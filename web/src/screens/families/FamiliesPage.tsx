// The families a social worker works with (newest file first) and the form that opens a file.
import { useEffect, useState, type FormEvent } from "react";
import { Button, Checkbox, CheckboxGroup, Label, Text } from "react-aria-components";
import { useClient, useQuery } from "urql";
import { Box, ErrorSummary, TextInput } from "../../components/fields.tsx";
import { LoadError } from "../../components/lists.tsx";
import { useFormProblems } from "../../components/problems.ts";
import { graphql } from "../../gql/index.ts";
import { formatDate, todayInPoland } from "../../lib/format.ts";
import { ROUTES, navigate } from "../../lib/route.ts";
import { emptyFile, emptyMember, fileInput, fileProblems, type FileDraft, type MemberDraft } from "./form.ts";
import { message, texts } from "./texts.ts";

const FileList = graphql(`
  query FamilyFileList($after: String) {
    familyFiles(first: 20, after: $after) {
      nodes {
        id
        name
        openedOn
        members {
          firstName
        }
        help {
          occurredOn
        }
        blueCardIds
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function FamiliesList() {
  // Cursors of the pages before this one, to go back; null is the first page.
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const after = pages[pages.length - 1] ?? null;
  const [{ data, fetching, error }, refetch] = useQuery({ query: FileList, variables: { after } });
  const [notice] = useState<string | null>(() => (window.history.state as { notice?: string } | null)?.notice ?? null);
  useEffect(() => {
    document.title = texts.documentTitle;
  }, []);
  const files = data?.familyFiles.nodes ?? [];
  const pageInfo = data?.familyFiles.pageInfo;
  return (
    <>
      <h1>{texts.title}</h1>
      <p className="muted">{texts.intro}</p>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <p>
        <a className="button primary" href={ROUTES.newFamily}>
          {texts.newFile}
        </a>
      </p>
      <div aria-live="polite" className="status-line">
        {fetching ? texts.loading : ""}
      </div>
      {error && !fetching && (
        <LoadError text={texts.loadError} retry={texts.retry} onRetry={() => refetch({ requestPolicy: "network-only" })} />
      )}
      {data && files.length === 0 && <p>{texts.empty}</p>}
      {files.length > 0 && (
        <div className="table-scroll">
          <table className="cards">
            <caption className="visually-hidden">{texts.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.columns.name}</th>
                <th scope="col">{texts.columns.openedOn}</th>
                <th scope="col">{texts.columns.people}</th>
                <th scope="col">{texts.columns.help}</th>
                <th scope="col">{texts.columns.cards}</th>
              </tr>
            </thead>
            <tbody>
              {files.map((f) => (
                <tr key={f.id}>
                  <th scope="row">
                    <a href={ROUTES.family(f.id)}>{f.name}</a>
                  </th>
                  <td>{formatDate(f.openedOn)}</td>
                  <td>{texts.people(f.members.length)}</td>
                  <td>{f.help[0] ? formatDate(f.help[0].occurredOn) : texts.noHelpYet}</td>
                  <td>{f.blueCardIds.length > 0 ? texts.hasCard : texts.noCard}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="actions paging">
        {pages.length > 1 && (
          <Button className="button secondary" onPress={() => setPages((p) => p.slice(0, -1))}>
            {texts.previous}
          </Button>
        )}
        {pageInfo?.hasNextPage && pageInfo.endCursor && (
          <Button className="button secondary" onPress={() => setPages((p) => [...p, pageInfo.endCursor ?? null])}>
            {texts.next}
          </Button>
        )}
      </div>
    </>
  );
}

// The colleagues who can be named: the team's members but the viewer.
const Colleagues = graphql(`
  query FamilyColleagues {
    viewer {
      user {
        id
      }
    }
    teams {
      members {
        userId
        displayName
      }
    }
  }
`);

const Open = graphql(`
  mutation OpenFamilyFile($input: OpenFamilyFileInput!) {
    openFamilyFile(input: $input) {
      file {
        id
        name
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const id = (path: string) => `family-${path.replace(/\./g, "-")}`;

const MEMBER_LABELS: Record<string, string> = {
  firstName: texts.firstName,
  lastName: texts.lastName,
  bornOn: texts.bornOn,
  relation: texts.relation,
};

/** The field a path names, with the person's number (`Osoba 2: Imię`) or the colleague's name. */
function labelOf(path: string, workerName: (index: number) => string | undefined): string | undefined {
  const m = /^members\.(\d+)\.(\w+)$/.exec(path);
  if (m) return `${texts.member(Number(m[1]) + 1)}: ${MEMBER_LABELS[m[2] ?? ""] ?? ""}`;
  const w = /^workerIds\.(\d+)$/.exec(path);
  if (w) return [texts.workers, workerName(Number(w[1]))].filter(Boolean).join(": ");
  if (path === "workerIds") return texts.workers;
  return ({ name: texts.name, address: texts.address, openedOn: texts.openedOn, members: texts.members } as Record<string, string>)[path];
}

export function FamilyFileForm() {
  const client = useClient();
  const [{ data }] = useQuery({ query: Colleagues });
  const p = useFormProblems(message, texts.failed);
  const [draft, setDraft] = useState<FileDraft>(() => emptyFile(todayInPoland()));
  const [sending, setSending] = useState(false);
  useEffect(() => {
    document.title = texts.documentTitle;
  }, []);
  const me = data?.viewer.user?.id;
  const colleagues = (data?.teams[0]?.members ?? []).filter((m) => m.userId !== me);
  const set = (path: string, change: (d: FileDraft) => FileDraft) => {
    setDraft(change);
    p.clear(path);
  };
  const setMember = (i: number, key: keyof MemberDraft) => (v: string) =>
    set(`members.${i}.${key}`, (d) => ({ ...d, members: d.members.map((m, j) => (j === i ? { ...m, [key]: v } : m)) }));
  const addMember = () => {
    const next = draft.members.length;
    setDraft((d) => ({ ...d, members: [...d.members, emptyMember()] }));
    window.requestAnimationFrame(() => document.getElementById(id(`members.${next}.firstName`))?.focus());
  };
  const removeMember = (i: number) => {
    setDraft((d) => ({ ...d, members: d.members.filter((_, j) => j !== i) }));
    p.refuse({});
    window.requestAnimationFrame(() => document.getElementById(id("add-member"))?.focus());
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending || p.refuse(fileProblems(draft))) return;
    setSending(true);
    const r = await client.mutation(Open, { input: fileInput(draft) }).toPromise();
    setSending(false);
    const payload = r.data?.openFamilyFile;
    if (!p.answered(payload) || !payload?.file) return;
    navigate(ROUTES.family(payload.file.id), false, { notice: texts.opened(payload.file.name) });
  };
  return (
    <>
      <p>
        <a href={ROUTES.families}>{texts.backToList}</a>
      </p>
      <h1>{texts.newTitle}</h1>
      <ErrorSummary
        problems={p.listed}
        failure={p.failure}
        heading={texts.fixProblems}
        message={message}
        idOf={(path) => id(path.startsWith("workerIds") ? "workerIds" : path)}
        labelOf={(path) =>
          labelOf(path, (i) => {
            const who = draft.workerIds[i];
            return colleagues.find((c) => c.userId === who)?.displayName ?? undefined;
          })
        }
        refObject={p.summary}
      />
      <form className="nka" onSubmit={(e) => void submit(e)} noValidate>
        <TextInput id={id("name")} label={texts.name} hint={texts.nameHint} value={draft.name} onChange={(v) => set("name", (d) => ({ ...d, name: v }))} error={p.error("name")} required />
        <TextInput id={id("address")} label={texts.address} value={draft.address} onChange={(v) => set("address", (d) => ({ ...d, address: v }))} error={p.error("address")} />
        <TextInput
          id={id("openedOn")}
          type="date"
          autoComplete={null}
          label={texts.openedOn}
          hint={texts.openedOnHint}
          value={draft.openedOn}
          onChange={(v) => set("openedOn", (d) => ({ ...d, openedOn: v }))}
          error={p.error("openedOn")}
        />
        <fieldset id={id("members")} tabIndex={-1}>
          <legend>{texts.members}</legend>
          {p.error("members") && <p className="error">{p.error("members")}</p>}
          {draft.members.map((m, i) => (
            <fieldset key={i} className="person">
              <legend>{texts.member(i + 1)}</legend>
              <TextInput id={id(`members.${i}.firstName`)} label={texts.firstName} value={m.firstName} onChange={setMember(i, "firstName")} error={p.error(`members.${i}.firstName`)} required />
              <TextInput id={id(`members.${i}.lastName`)} label={texts.lastName} value={m.lastName} onChange={setMember(i, "lastName")} error={p.error(`members.${i}.lastName`)} required />
              <TextInput id={id(`members.${i}.bornOn`)} type="date" autoComplete={null} label={texts.bornOn} value={m.bornOn} onChange={setMember(i, "bornOn")} error={p.error(`members.${i}.bornOn`)} />
              <TextInput id={id(`members.${i}.relation`)} label={texts.relation} hint={texts.relationHint} value={m.relation} onChange={setMember(i, "relation")} error={p.error(`members.${i}.relation`)} />
              {draft.members.length > 1 && (
                <Button className="button secondary" onPress={() => removeMember(i)}>
                  {texts.removeMember(i + 1)}
                </Button>
              )}
            </fieldset>
          ))}
          <Button id={id("add-member")} className="button secondary" onPress={addMember}>
            {texts.addMember}
          </Button>
        </fieldset>
        {colleagues.length === 0 ? (
          <p className="muted">{texts.noColleagues}</p>
        ) : (
          <CheckboxGroup
            id={id("workerIds")}
            className="checks"
            value={draft.workerIds}
            onChange={(v) => set("workerIds", (d) => ({ ...d, workerIds: v }))}
            isInvalid={p.listed.some(([path]) => path.startsWith("workerIds"))}
          >
            <Label className="group-label">{texts.workers}</Label>
            <Text slot="description" className="hint">
              {texts.workersHint}
            </Text>
            {colleagues.map((c) => (
              <Checkbox key={c.userId} value={c.userId} className="check">
                <Box>{c.displayName ?? c.userId}</Box>
              </Checkbox>
            ))}
          </CheckboxGroup>
        )}
        <div className="actions">
          <Button type="submit" className="button primary" isDisabled={sending}>
            {sending ? texts.saving : texts.open}
          </Button>
        </div>
      </form>
    </>
  );
}
