// The form of a family's file: opening one, or correcting it (the family's data, the day the
// work started, who works with the family).
import { useState, type FormEvent } from "react";
import { Button, Checkbox, CheckboxGroup, Label, Text } from "react-aria-components";
import { useClient, useQuery } from "urql";
import { Box, ErrorSummary, TextInput } from "../../components/fields.tsx";
import { useFormProblems } from "../../components/problems.ts";
import { graphql } from "../../gql/index.ts";
import { todayInPoland } from "../../lib/format.ts";
import { draftOf, emptyFile, emptyMember, fileInput, fileProblems, type FileDraft, type MemberDraft, type StoredFile } from "./form.ts";
import { message, texts } from "./texts.ts";

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

const Update = graphql(`
  mutation UpdateFamilyFile($input: UpdateFamilyFileInput!) {
    updateFamilyFile(input: $input) {
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

/**
 * Opens a family's file, or corrects `file` (at its version): who the family is, when the work
 * started and who works with it. `onDone` gets the file's ID and name.
 */
export function FileForm(props: { file?: StoredFile; onDone: (id: string, name: string) => void; onCancel?: () => void }) {
  const { file } = props;
  const client = useClient();
  const [{ data }] = useQuery({ query: Colleagues });
  const p = useFormProblems(message, texts.failed);
  const me = data?.viewer.user?.id ?? null;
  const [draft, setDraft] = useState<FileDraft>(() => (file ? draftOf(file) : emptyFile(todayInPoland())));
  const [sending, setSending] = useState(false);
  // The team's members and whoever already works with the family, the viewer aside.
  const colleagues = [...(file?.workers ?? []), ...(data?.teams[0]?.members ?? [])].filter(
    (m, i, all) => m.userId !== me && all.findIndex((o) => o.userId === m.userId) === i,
  );
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
    const input = fileInput(draft);
    const payload = file
      ? (
          await client
            .mutation(Update, { input: { ...input, id: file.id, version: file.version, openedOn: input.openedOn ?? file.openedOn } })
            .toPromise()
        ).data?.updateFamilyFile
      : (await client.mutation(Open, { input }).toPromise()).data?.openFamilyFile;
    setSending(false);
    if (!p.answered(payload, file ? texts.changedOrFailed : texts.failed) || !payload?.file) return;
    props.onDone(payload.file.id, payload.file.name);
  };
  return (
    <>
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
        <TextInput id={id("name")} autoFocus={!!file} label={texts.name} hint={texts.nameHint} value={draft.name} onChange={(v) => set("name", (d) => ({ ...d, name: v }))} error={p.error("name")} required />
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
            {sending ? texts.saving : file ? texts.saveChanges : texts.open}
          </Button>
          {props.onCancel && (
            <Button className="button secondary" onPress={props.onCancel}>
              {texts.cancel}
            </Button>
          )}
        </div>
      </form>
    </>
  );
}
