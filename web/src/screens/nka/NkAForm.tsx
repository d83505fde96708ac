import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button, Label, Radio, RadioGroup } from "react-aria-components";
import { ErrorSummary, Flag, Choice as SharedChoice, Checks as SharedChecks, TextInput } from "../../components/fields.tsx";
import { useMutation } from "urql";
import { graphql } from "../../gql/index.ts";
import type { OpenBlueCardInput } from "../../gql/graphql.ts";
import { todayInPoland } from "../../lib/format.ts";
import { ROUTES, navigate } from "../../lib/route.ts";
import {
  DRAFT_KEY,
  childrenTyped,
  draftFromPrefill,
  emptyDraft,
  fromFamilyOf,
  fromIntakeOf,
  emptyPerson,
  loadDraft,
  localProblems,
  isMinor,
  minorsEntered,
  nkBRecipients,
  saveDraft,
  serverProblems,
  sourceKey,
  toInput,
  type FromFamily,
  type FromIntake,
  type NkADraft,
  type PersonDraft,
} from "./form.ts";
import { fieldLabel, texts } from "./texts.ts";
import { DraftActions } from "../../components/confirm.tsx";

const OpenBlueCard = graphql(`
  mutation OpenBlueCard($input: OpenBlueCardInput!) {
    openBlueCard(input: $input) {
      blueCard {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

// A card opened from an intake entry's prefill is linked to the entry.
const LinkIntake = graphql(`
  mutation LinkIntakeToBlueCard($input: LinkIntakeToBlueCardInput!) {
    linkIntakeToBlueCard(input: $input) {
      intakeEntry {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

// A card opened from a family's file is linked to the file.
const LinkFamily = graphql(`
  mutation LinkFamilyFileToBlueCard($input: LinkFamilyFileToBlueCardInput!) {
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

type Source = { from: FromIntake | null; family: FromFamily | null; draft: NkADraft | null };

/**
 * The intake entry or the family's file this form was opened from, if any. Its prefill arrives
 * once in the history entry's state and becomes the draft (kept like any draft); the state then
 * keeps only what to link, so a reload does not overwrite what was typed since.
 */
function takeSource(): Source {
  const from = fromIntakeOf(window.history.state);
  const family = from ? null : fromFamilyOf(window.history.state);
  const key = sourceKey(from, family);
  const prefill = from?.prefill ?? family?.prefill;
  if (!prefill) {
    // A reload or a step back: the kept draft is linked only to the place it came from.
    const kept = loadDraft(window.sessionStorage);
    const same = key !== null && kept?.source === key;
    return { from: same ? from : null, family: same ? family : null, draft: kept };
  }
  const draft = { ...draftFromPrefill(prefill), source: key ?? undefined };
  saveDraft(window.sessionStorage, draft);
  window.history.replaceState(
    from
      ? { fromIntake: { intakeId: from.intakeId, version: from.version } }
      : { fromFamily: { fileId: family?.fileId } },
    "",
  );
  return { from, family, draft };
}

const idOf = (path: string) => `nka-${path.replace(/\./g, "-")}`;
const message = (code: string) => texts.errors[code] ?? texts.unknownError(code);

export function NkAForm() {
  const [intake] = useState(takeSource);
  const [draft, setDraft] = useState<NkADraft>(
    () => intake.draft ?? emptyDraft(todayInPoland()),
  );
  const [, link] = useMutation(LinkIntake);
  const [, linkFamily] = useMutation(LinkFamily);
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState("");
  const [{ fetching }, open] = useMutation(OpenBlueCard);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    document.title = texts.documentTitle;
  }, []);
  // Kept on every change, so an error or a lost connection loses nothing.
  useEffect(() => saveDraft(window.sessionStorage, draft), [draft]);

  const local = localProblems(draft);
  const problem = (path: string, value?: string): string | undefined => {
    if (server[path]) return server[path];
    // A PESEL is checked as soon as it is complete; everything else once the user tries to send.
    const asTyped = path.endsWith(".pesel") && (value ?? "").trim().length >= 11;
    return submitted || asTyped ? local[path] : undefined;
  };
  const update = (path: string, change: (d: NkADraft) => NkADraft) => {
    setDraft(change);
    setServer((s) => {
      if (!(path in s)) return s;
      const { [path]: _gone, ...rest } = s;
      return rest;
    });
  };
  const setPerson = (i: number, key: Exclude<keyof PersonDraft, "addictions">, value: string) =>
    update(`persons.${i}.${key}`, (d) => ({
      ...d,
      persons: d.persons.map((p, j) => (j === i ? { ...p, [key]: value } : p)),
    }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setFailure("");
    if (Object.keys(localProblems(draft)).length > 0) {
      summary.current?.focus();
      return;
    }
    const result = await open({ input: toInput(draft) as OpenBlueCardInput });
    const payload = result.data?.openBlueCard;
    if (!payload) {
      setFailure(texts.sendFailed);
      summary.current?.focus();
      return;
    }
    if (payload.userErrors.length > 0) {
      setServer(serverProblems(payload.userErrors));
      summary.current?.focus();
      return;
    }
    window.sessionStorage.removeItem(DRAFT_KEY);
    const from = intake.from;
    const card = payload.blueCard?.id;
    if (from && card) {
      const linked = await link({ input: { id: from.intakeId, version: from.version, blueCardId: card } });
      const ok = !!linked.data?.linkIntakeToBlueCard.intakeEntry;
      navigate(ROUTES.intakeEntry(from.intakeId), false, { notice: ok ? texts.linked : texts.linkFailed });
      return;
    }
    const family = intake.family;
    if (family && card) {
      const linked = await linkFamily({ input: { fileId: family.fileId, blueCardId: card } });
      const ok = !!linked.data?.linkFamilyFileToBlueCard.file;
      navigate(ROUTES.family(family.fileId), false, { notice: ok ? texts.familyLinked : texts.familyLinkFailed });
      return;
    }
    navigate(ROUTES.workList, false, { notice: texts.opened });
  };

  const shown = Object.entries({ ...(submitted ? local : {}), ...server });
  return (
    <>
      <p>
        {intake.from ? (
          <a href={ROUTES.intakeEntry(intake.from.intakeId)}>{texts.backToIntake}</a>
        ) : intake.family ? (
          <a href={ROUTES.family(intake.family.fileId)}>{texts.backToFamily}</a>
        ) : (
          <a href={ROUTES.workList}>{texts.back}</a>
        )}
      </p>
      <h1>{texts.title}</h1>
      <p className="muted">{texts.intro}</p>
      {intake.from && <p className="notice">{texts.fromIntake}</p>}
      {intake.family && <p className="notice">{texts.fromFamily}</p>}
      <ErrorSummary
        problems={shown}
        failure={failure}
        heading={texts.summary}
        message={message}
        idOf={idOf}
        refObject={summary}
        labelOf={fieldLabel}
      />
      <form onSubmit={submit} noValidate className="nka">
        <fieldset>
          <legend>{texts.partA}</legend>
          <TextInput
            id={idOf("initiatedOn")}
            type="date"
            autoComplete={null}
            label={texts.initiatedOn}
            value={draft.initiatedOn}
            onChange={(v) => update("initiatedOn", (d) => ({ ...d, initiatedOn: v }))}
            error={errorOf(problem("initiatedOn"))}
          />
          <Choice
            path="initiatorInstitution"
            label={texts.institution}
            placeholder={texts.chooseInstitution}
            options={Object.fromEntries(texts.initiators.map((k) => [k, texts.institutions[k] ?? k]))}
            value={draft.initiatorInstitution}
            onChange={(v) => update("initiatorInstitution", (d) => ({ ...d, initiatorInstitution: v }))}
            problem={problem("initiatorInstitution")}
          />
          <Flag label={texts.fromPaper} value={draft.fromPaper} onChange={(v) => update("initiatorInstitution", (d) => ({ ...d, fromPaper: v }))} />
          <p className="hint">{texts.fromPaperHint}</p>
          {draft.fromPaper && (
            <>
              <Text_ path="registeredFromPaper.name" label={texts.paperName} value={draft.paperName} onChange={(v) => update("registeredFromPaper.name", (d) => ({ ...d, paperName: v }))} problem={problem("registeredFromPaper.name")} autoComplete="off" />
              <Text_ path="registeredFromPaper.position" label={texts.paperPosition} value={draft.paperPosition} onChange={(v) => update("registeredFromPaper.position", (d) => ({ ...d, paperPosition: v }))} problem={problem("registeredFromPaper.position")} autoComplete="off" />
              <Text_ path="registeredFromPaper.entity" label={texts.paperEntity} value={draft.paperEntity} onChange={(v) => update("registeredFromPaper.entity", (d) => ({ ...d, paperEntity: v }))} problem={problem("registeredFromPaper.entity")} autoComplete="off" />
            </>
          )}
        </fieldset>

        <fieldset id={idOf("persons")} tabIndex={-1}>
          <legend>{texts.persons}</legend>
          {problem("persons") && <p className="error">{message(problem("persons") ?? "")}</p>}
          {draft.persons.map((p, i, all) => ({ p, i, firstVictim: all.findIndex((x) => x.role === "VICTIM") })).map(({ p, i, firstVictim }) => (
            <fieldset key={i} className="person">
              <legend>{texts.personLegend(i + 1, texts.roles[p.role] ?? p.role)}</legend>
              <Choice
                path={`persons.${i}.role`}
                label={texts.roleLabel}
                options={texts.roles}
                value={p.role}
                onChange={(v) => setPerson(i, "role", v)}
                problem={problem(`persons.${i}.role`)}
              />
              <Text_ path={`persons.${i}.firstName`} label={texts.firstName} value={p.firstName} onChange={(v) => setPerson(i, "firstName", v)} problem={problem(`persons.${i}.firstName`)} autoComplete="off" />
              <Text_ path={`persons.${i}.lastName`} label={texts.lastName} value={p.lastName} onChange={(v) => setPerson(i, "lastName", v)} problem={problem(`persons.${i}.lastName`)} autoComplete="off" />
              <Text_ path={`persons.${i}.pesel`} label={texts.pesel} value={p.pesel} onChange={(v) => setPerson(i, "pesel", v)} problem={problem(`persons.${i}.pesel`, p.pesel)} hint={texts.peselHint} numeric />
              <Text_ path={`persons.${i}.dateOfBirth`} label={texts.dateOfBirth} type="date" value={p.dateOfBirth} onChange={(v) => setPerson(i, "dateOfBirth", v)} problem={problem(`persons.${i}.dateOfBirth`)} />
              <Choice
                path={`persons.${i}.sex`}
                label={texts.sex}
                placeholder={texts.chooseSex}
                options={texts.sexes}
                value={p.sex}
                onChange={(v) => setPerson(i, "sex", v)}
                problem={problem(`persons.${i}.sex`)}
              />
              <Text_ path={`persons.${i}.address`} label={texts.address} value={p.address} onChange={(v) => setPerson(i, "address", v)} problem={problem(`persons.${i}.address`)} autoComplete="off" />
              <Text_ path={`persons.${i}.phone`} label={texts.phone} value={p.phone} onChange={(v) => setPerson(i, "phone", v)} problem={problem(`persons.${i}.phone`)} autoComplete="off" />
              <Text_ path={`persons.${i}.notes`} label={texts.notes} value={p.notes} onChange={(v) => setPerson(i, "notes", v)} problem={problem(`persons.${i}.notes`)} autoComplete="off" />
              <Text_ path={`persons.${i}.email`} label={texts.email} value={p.email} onChange={(v) => setPerson(i, "email", v)} problem={problem(`persons.${i}.email`)} autoComplete="off" />
              {i !== firstVictim && (
                <Choice
                  path={`persons.${i}.relationToVictim`}
                  label={texts.relationToVictim}
                  placeholder={texts.chooseRelation}
                  options={texts.relations}
                  value={p.relationToVictim}
                  onChange={(v) => setPerson(i, "relationToVictim", v)}
                  problem={problem(`persons.${i}.relationToVictim`)}
                />
              )}
              {i !== firstVictim && (
                <Choice
                  path={`persons.${i}.livesWithVictim`}
                  label={texts.livesWithVictim}
                  placeholder={texts.chooseYesNo}
                  options={texts.livesWithVictimChoices}
                  value={p.livesWithVictim}
                  onChange={(v) => setPerson(i, "livesWithVictim", v)}
                  problem={problem(`persons.${i}.livesWithVictim`)}
                />
              )}
              {isMinor(p, draft.initiatedOn) && (
                <Text_ path={`persons.${i}.school`} label={texts.school} value={p.school} onChange={(v) => setPerson(i, "school", v)} problem={problem(`persons.${i}.school`)} autoComplete="off" />
              )}
              <Text_ path={`persons.${i}.health`} label={texts.health} value={p.health} onChange={(v) => setPerson(i, "health", v)} problem={problem(`persons.${i}.health`)} autoComplete="off" />
              <Checks
                path={`persons.${i}.addictions`}
                label={texts.addictions}
                options={texts.addictionKinds}
                value={p.addictions}
                onChange={(v) =>
                  update(`persons.${i}.addictions`, (d) => ({
                    ...d,
                    persons: d.persons.map((x, j) => (j === i ? { ...x, addictions: v } : x)),
                  }))
                }
                problem={problem(`persons.${i}.addictions`)}
              />
              <Button
                className="button secondary"
                onPress={() =>
                  update("persons", (d) => {
                    // NK-B's recipient follows their place, or is chosen again when removed.
                    const at = d.nkBRecipient === "" ? -1 : Number(d.nkBRecipient);
                    const nkBRecipient = at === i ? "" : at > i ? String(at - 1) : d.nkBRecipient;
                    return { ...d, persons: d.persons.filter((_, j) => j !== i), nkBRecipient };
                  })
                }
              >
                {texts.removePerson(i + 1)}
              </Button>
            </fieldset>
          ))}
          <div className="actions">
            {(["VICTIM", "PERPETRATOR", "WITNESS"] as const).map((role) => (
              <Button
                key={role}
                className="button secondary"
                onPress={() => update("persons", (d) => ({ ...d, persons: [...d.persons, emptyPerson(role)] }))}
              >
                {texts.addPerson(texts.roles[role] ?? role)}
              </Button>
            ))}
          </div>
        </fieldset>

        <Checks
          path="violenceForms"
          label={texts.violenceForms}
          options={texts.violence}
          value={draft.violenceForms}
          onChange={(v) => update("violenceForms", (d) => ({ ...d, violenceForms: v }))}
          problem={problem("violenceForms")}
        />

        <fieldset>
          <legend>{texts.circumstances}</legend>
          <Text_ path="injuries" label={texts.injuries} value={draft.injuries} onChange={(v) => update("injuries", (d) => ({ ...d, injuries: v }))} problem={problem("injuries")} />
          <Flag label={texts.underAlcohol} value={draft.perpetratorUnderAlcohol} onChange={(v) => update("perpetratorUnderAlcohol", (d) => ({ ...d, perpetratorUnderAlcohol: v }))} />
          <Flag label={texts.underDrugs} value={draft.perpetratorUnderDrugs} onChange={(v) => update("perpetratorUnderDrugs", (d) => ({ ...d, perpetratorUnderDrugs: v }))} />
          <Flag label={texts.firearmAccess} value={draft.firearmAccess} onChange={(v) => update("firearmAccess", (d) => ({ ...d, firearmAccess: v }))} />
          <Text_
            path="childrenInHousehold"
            label={texts.children}
            value={draft.childrenInHousehold}
            onChange={(v) => update("childrenInHousehold", (d) => ({ ...d, childrenInHousehold: childrenTyped(v) }))}
            problem={problem("childrenInHousehold")}
            hint={texts.childrenFollow(minorsEntered(draft))}
            numeric
          />
          <Checks
            path="actionsTaken"
            label={texts.actionsTaken}
            options={texts.actions}
            value={draft.actionsTaken}
            onChange={(v) => update("actionsTaken", (d) => ({ ...d, actionsTaken: v }))}
            problem={problem("actionsTaken")}
          />
          <Flag label={texts.nkB} value={draft.nkBHandedOver} onChange={(v) => update("nkBHandedOver", (d) => ({ ...d, nkBHandedOver: v, nkBRecipient: v ? d.nkBRecipient : "" }))} />
          {draft.nkBHandedOver && (
            <Choice
              path="nkBRecipient"
              label={texts.nkBRecipient}
              placeholder={texts.nkBRecipientChoose}
              options={nkBRecipients(draft)}
              value={draft.nkBRecipient in nkBRecipients(draft) ? draft.nkBRecipient : ""}
              onChange={(v) => update("nkBRecipient", (d) => ({ ...d, nkBRecipient: v }))}
              problem={problem("nkBRecipient")}
            />
          )}
          <RadioGroup
            className="checks"
            value={draft.victimFeelsSafe}
            onChange={(v) => update("victimFeelsSafe", (d) => ({ ...d, victimFeelsSafe: v }))}
          >
            <Label className="group-label">{texts.feelsSafe}</Label>
            {Object.entries(texts.feelsSafeOptions).map(([id, name]) => (
              <Radio key={id} value={id} className="check">
                <span className="box round" aria-hidden="true" />
                {name}
              </Radio>
            ))}
          </RadioGroup>
          <TextInput
            id={idOf("description")}
            type={null}
            autoComplete={null}
            className="field wide"
            rows={4}
            label={texts.description}
            value={draft.description}
            onChange={(v) => update("description", (d) => ({ ...d, description: v }))}
            error={errorOf(problem("description"))}
          />
          <TextInput
            id={idOf("additionalInformation")}
            type={null}
            autoComplete={null}
            className="field wide"
            rows={3}
            label={texts.additionalInformation}
            value={draft.additionalInformation}
            onChange={(v) => update("additionalInformation", (d) => ({ ...d, additionalInformation: v }))}
            error={errorOf(problem("additionalInformation"))}
          />
        </fieldset>

        <DraftActions
          sending={fetching}
          texts={texts}
          onDiscard={() => {
            window.sessionStorage.removeItem(DRAFT_KEY);
            setDraft(emptyDraft(todayInPoland()));
            setSubmitted(false);
            setServer({});
          }}
        />
      </form>
    </>
  );
}

const errorOf = (problem?: string) => (problem ? message(problem) : undefined);

function Text_(props: {
  path: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  problem?: string;
  hint?: string;
  type?: string;
  numeric?: boolean;
  autoComplete?: string;
}) {
  const { path, problem, numeric, ...rest } = props;
  return <TextInput {...rest} id={idOf(path)} error={errorOf(problem)} inputMode={numeric ? "numeric" : undefined} />;
}

function Choice(props: {
  path: string;
  label: string;
  placeholder?: string;
  options: Record<string, string>;
  value: string;
  onChange: (v: string) => void;
  problem?: string;
}) {
  const { path, problem, ...rest } = props;
  return <SharedChoice {...rest} id={idOf(path)} error={errorOf(problem)} />;
}

function Checks(props: {
  path: string;
  label: string;
  options: Record<string, string>;
  value: string[];
  onChange: (v: string[]) => void;
  problem?: string;
}) {
  const { path, problem, ...rest } = props;
  return <SharedChecks {...rest} id={idOf(path)} error={errorOf(problem)} />;
}
