// A municipal programme's indicators: the table of targets and values per year (computed ones
// counted by Ostoja from the municipality's data), and for the administrator and the team's
// chair the forms that add an indicator and enter a value by hand.
import { useEffect, useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useClient, useQuery } from "urql";
import { Choice, ErrorSummary, TextInput } from "../../components/fields.tsx";
import { useFormProblems } from "../../components/problems.ts";
import { graphql } from "../../gql/index.ts";
import type { StrategyPageQuery } from "../../gql/graphql.ts";
import { number, said, texts } from "./texts.ts";

type Programme = StrategyPageQuery["municipalProgrammes"][number];
type Indicator = Programme["indicators"][number];

const Statistics = graphql(`
  query CountableStatistics {
    countableStatistics {
      key
      label
    }
  }
`);

const AddIndicator = graphql(`
  mutation AddMunicipalProgrammeIndicator($input: AddMunicipalProgrammeIndicatorInput!) {
    addMunicipalProgrammeIndicator(input: $input) {
      programme {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const RecordValue = graphql(`
  mutation RecordMunicipalProgrammeIndicatorValue($input: RecordMunicipalProgrammeIndicatorValueInput!) {
    recordMunicipalProgrammeIndicatorValue(input: $input) {
      programme {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const message = (code: string) => texts.problems[code] ?? texts.problems.INVALID ?? code;
const useProblems = () => useFormProblems(message, texts.failed);
const shown = (n: number | null | undefined) => (n === null || n === undefined ? null : said(n));

/**
 * Moves the focus to an element once the render that brings it back has committed (the button
 * that opened a form that closed): call the returned function with the element's ID.
 */
export function useFocusAfter() {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!target) return;
    document.getElementById(target)?.focus();
    setTarget(null);
  });
  return setTarget;
}

/** Every year the programme covers. */
const yearsOf = (p: Programme) => Array.from({ length: p.lastYear - p.firstYear + 1 }, (_, i) => p.firstYear + i);

export function Indicators({ programme: p, onDone }: { programme: Programme; onDone: (said: string) => void }) {
  const [adding, setAdding] = useState(false);
  const focusLater = useFocusAfter();
  const years = yearsOf(p);
  const manual = p.indicators.filter((i) => !i.computedFrom);
  return (
    <section aria-labelledby={`indicators-${p.id}`}>
      <h3 id={`indicators-${p.id}`}>{texts.indicatorsTitle}</h3>
      {p.indicators.length === 0 ? (
        <p>{texts.noIndicators}</p>
      ) : (
        <div className="table-scroll">
          <table className="cards">
            <caption className="visually-hidden">{texts.indicatorsCaption(p.title)}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.indicatorColumns.name}</th>
                <th scope="col">{texts.indicatorColumns.source}</th>
                <th scope="col">{texts.indicatorColumns.baseline}</th>
                {years.map((y) => (
                  <th key={y} scope="col">
                    {texts.yearColumn(y)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {p.indicators.map((i) => (
                <IndicatorRow key={i.id} indicator={i} years={years} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {p.viewerMayEdit && manual.length > 0 && <ValueForm programme={p} indicators={manual} onDone={() => onDone(texts.valueRecorded)} />}
      {p.viewerMayEdit && !adding && (
        <Button id={`add-indicator-${p.id}`} className="button" onPress={() => setAdding(true)}>
          {texts.openNewIndicator}
        </Button>
      )}
      {p.viewerMayEdit && adding && (
        <IndicatorForm
          programme={p}
          onCancel={() => {
            setAdding(false);
            focusLater(`add-indicator-${p.id}`);
          }}
          onDone={() => {
            setAdding(false);
            focusLater(`add-indicator-${p.id}`);
            onDone(texts.indicatorAdded);
          }}
        />
      )}
    </section>
  );
}

function IndicatorRow({ indicator: i, years }: { indicator: Indicator; years: number[] }) {
  return (
    <tr>
      <th scope="row">
        {i.name} ({i.unit}; {i.goalNumber ? texts.ofGoal(i.goalNumber) : texts.wholeProgramme})
      </th>
      <td>{i.computedFrom ? texts.computedFrom(i.computedFrom.label, i.computedFrom.valueLabel) : i.source}</td>
      <td>{shown(i.baseline) ?? "—"}</td>
      {years.map((y) => {
        const year = i.years.find((x) => x.year === y);
        return <td key={y}>{texts.yearCell(shown(year?.target), shown(year?.actual))}</td>;
      })}
    </tr>
  );
}

const BASES = Object.keys(texts.bases);
const WHOLE = "WHOLE";

function IndicatorForm({ programme: p, onDone, onCancel }: { programme: Programme; onDone: () => void; onCancel: () => void }) {
  const client = useClient();
  const problems = useProblems();
  const [{ data: statistics }] = useQuery({ query: Statistics });
  const years = yearsOf(p);
  const empty = { name: "", unit: "", goal: WHOLE, basis: "", statistic: "", source: "", baseline: "" };
  const [form, setForm] = useState(empty);
  const [targets, setTargets] = useState<Record<number, string>>({});
  const [sending, setSending] = useState(false);
  const set = (f: keyof typeof empty) => (v: string) => {
    setForm((x) => ({ ...x, [f]: v }));
    problems.clear(f === "statistic" ? "computedFrom.statistic" : f === "goal" ? "goalId" : f);
  };
  const id = `new-indicator-${p.id}`;
  const labels: Record<string, string> = {
    name: texts.indicatorName,
    unit: texts.unit,
    goalId: texts.measures,
    basis: texts.basis,
    "computedFrom.statistic": texts.statistic,
    source: texts.sourceLabel,
    baseline: texts.baseline,
    targets: texts.targetFor(years[0] ?? p.firstYear),
  };
  const fieldId = (path: string) => {
    const target = /^targets\.(\d+)/.exec(path);
    if (target) return `${id}-target-${targetYears()[Number(target[1])] ?? years[0]}`;
    if (path === "targets") return `${id}-target-${years[0]}`;
    return `${id}-${path === "computedFrom.statistic" ? "statistic" : path === "goalId" ? "goal" : path}`;
  };
  const targetYears = () => years.filter((y) => (targets[y] ?? "").trim() !== "");
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    const found: Record<string, string> = {};
    for (const f of ["name", "unit", "basis"] as const) if (!form[f].trim()) found[f] = "REQUIRED";
    if (form.basis === "COMPUTED" && !form.statistic) found["computedFrom.statistic"] = "REQUIRED";
    if (form.basis === "MANUAL" && !form.source.trim()) found.source = "REQUIRED";
    const baseline = number(form.baseline);
    if (baseline === undefined) found.baseline = "NUMBER";
    const chosen = targetYears();
    if (chosen.length === 0) found.targets = "REQUIRED";
    chosen.forEach((y, n) => {
      if (number(targets[y] ?? "") === undefined) found[`targets.${n}.value`] = "NUMBER";
    });
    if (problems.refuse(found)) return;
    setSending(true);
    const r = await client
      .mutation(AddIndicator, {
        input: {
          programmeId: p.id,
          goalId: form.goal === WHOLE ? null : form.goal,
          name: form.name.trim(),
          unit: form.unit.trim(),
          computedFrom: form.basis === "COMPUTED" ? { statistic: form.statistic } : null,
          source: form.basis === "MANUAL" ? form.source.trim() : null,
          baseline: baseline ?? null,
          targets: chosen.map((y) => ({ year: y, value: number(targets[y] ?? "") ?? 0 })),
        },
      })
      .toPromise();
    setSending(false);
    if (!problems.answered(r.data?.addMunicipalProgrammeIndicator)) return;
    onDone();
  };
  return (
    <form className="action-form" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)} noValidate>
      <h4 id={`${id}-heading`}>{texts.newIndicatorTitle}</h4>
      <ErrorSummary
        problems={problems.listed}
        failure={problems.failure}
        heading={texts.fixProblems}
        message={message}
        idOf={fieldId}
        labelOf={(path) => {
          const target = /^targets\.(\d+)/.exec(path);
          return target ? texts.targetFor(targetYears()[Number(target[1])] ?? p.firstYear) : labels[path];
        }}
        refObject={problems.summary}
      />
      <TextInput id={`${id}-name`} label={texts.indicatorName} value={form.name} onChange={set("name")} error={problems.error("name")} autoFocus required />
      <TextInput id={`${id}-unit`} label={texts.unit} value={form.unit} onChange={set("unit")} error={problems.error("unit")} required />
      <Choice
        id={`${id}-goal`}
        label={texts.measures}
        options={{ [WHOLE]: texts.wholeProgramme, ...Object.fromEntries(p.goals.map((g) => [g.id, `${texts.ofGoal(g.number)}. ${g.title}`])) }}
        value={form.goal}
        onChange={set("goal")}
        error={problems.error("goalId")}
      />
      <Choice
        id={`${id}-basis`}
        label={texts.basis}
        placeholder={texts.basis}
        options={Object.fromEntries(BASES.map((b) => [b, texts.bases[b] ?? b]))}
        value={form.basis}
        onChange={set("basis")}
        error={problems.error("basis")}
        required
      />
      {form.basis === "COMPUTED" && (
        <Choice
          id={`${id}-statistic`}
          label={texts.statistic}
          placeholder={texts.chooseStatistic}
          options={Object.fromEntries((statistics?.countableStatistics ?? []).map((s) => [s.key, s.label]))}
          value={form.statistic}
          onChange={set("statistic")}
          error={problems.error("computedFrom.statistic")}
          required
        />
      )}
      {form.basis === "MANUAL" && (
        <TextInput id={`${id}-source`} label={texts.sourceLabel} value={form.source} onChange={set("source")} error={problems.error("source")} required />
      )}
      <TextInput id={`${id}-baseline`} label={texts.baseline} inputMode="decimal" size={10} value={form.baseline} onChange={set("baseline")} error={problems.error("baseline")} />
      {years.map((y) => (
        <TextInput
          key={y}
          id={`${id}-target-${y}`}
          label={texts.targetFor(y)}
          hint={y === years[0] ? texts.targetsHint : undefined}
          inputMode="decimal"
          size={10}
          value={targets[y] ?? ""}
          onChange={(v) => {
            setTargets((t) => ({ ...t, [y]: v }));
            problems.clear("targets");
          }}
          error={
            y === years[0] && problems.error("targets")
              ? problems.error("targets")
              : problems.error(`targets.${targetYears().indexOf(y)}.value`) ?? problems.error(`targets.${targetYears().indexOf(y)}.year`)
          }
        />
      ))}
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? texts.saving : texts.addIndicator}
        </Button>
        <Button className="button" onPress={onCancel}>
          {texts.cancel}
        </Button>
      </div>
    </form>
  );
}

function ValueForm({ programme: p, indicators, onDone }: { programme: Programme; indicators: Indicator[]; onDone: () => void }) {
  const client = useClient();
  const problems = useProblems();
  const empty = { indicatorId: "", year: "", value: "" };
  const [form, setForm] = useState(empty);
  const [sending, setSending] = useState(false);
  const id = `indicator-value-${p.id}`;
  const set = (f: keyof typeof empty) => (v: string) => {
    setForm((x) => ({ ...x, [f]: v }));
    problems.clear(f);
  };
  const labels: Record<string, string> = { indicatorId: texts.indicator, year: texts.year, value: texts.value };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    const found: Record<string, string> = {};
    if (!form.indicatorId) found.indicatorId = "REQUIRED";
    if (!form.year) found.year = "REQUIRED";
    const value = number(form.value);
    if (value === undefined) found.value = "NUMBER";
    if (problems.refuse(found)) return;
    setSending(true);
    const r = await client
      .mutation(RecordValue, { input: { indicatorId: form.indicatorId, year: Number(form.year), value: value ?? null } })
      .toPromise();
    setSending(false);
    if (!problems.answered(r.data?.recordMunicipalProgrammeIndicatorValue)) return;
    setForm(empty);
    onDone();
  };
  return (
    <form className="action-form" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)} noValidate>
      <h4 id={`${id}-heading`}>{texts.recordTitle}</h4>
      <ErrorSummary
        problems={problems.listed}
        failure={problems.failure}
        heading={texts.fixProblems}
        message={message}
        idOf={(f) => `${id}-${f}`}
        labelOf={(f) => labels[f]}
        refObject={problems.summary}
      />
      <Choice
        id={`${id}-indicatorId`}
        label={texts.indicator}
        placeholder={texts.chooseIndicator}
        options={Object.fromEntries(indicators.map((i) => [i.id, i.name]))}
        value={form.indicatorId}
        onChange={set("indicatorId")}
        error={problems.error("indicatorId")}
        required
      />
      <Choice
        id={`${id}-year`}
        label={texts.year}
        placeholder={texts.chooseYear}
        options={Object.fromEntries(yearsOf(p).map((y) => [String(y), String(y)]))}
        value={form.year}
        onChange={set("year")}
        error={problems.error("year")}
        required
      />
      <TextInput id={`${id}-value`} label={texts.value} inputMode="decimal" size={10} value={form.value} onChange={set("value")} error={problems.error("value")} />
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={sending}>
          {sending ? texts.saving : texts.record}
        </Button>
      </div>
    </form>
  );
}
