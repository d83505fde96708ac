// Opening hours: each weekday's ranges, and the dates with other hours (exceptions).
import { useState } from "react";
import { Button } from "react-aria-components";
import { Field, GroupProblem, idOf } from "./Fields.tsx";
import { WEEKDAYS, emptyRange, type ExceptionDraft, type RangeDraft } from "./form.ts";
import { texts } from "./texts.ts";

export type ProblemOf = (path: string) => string | undefined;

type RangesProps = {
  /** `week.0.ranges`, `exceptions.2.ranges`: the API's path of the day's ranges. */
  path: string;
  /** The day as the labels name it: "Poniedziałek", "wyjątek 2". */
  day: string;
  ranges: RangeDraft[];
  onChange: (ranges: RangeDraft[]) => void;
  problem: ProblemOf;
  touch: (path: string) => void;
};

/** One day's ranges, "nieczynne" without any; a new range takes the focus. */
function Ranges({ path, day, ranges, onChange, problem, touch }: RangesProps) {
  const [added, setAdded] = useState<number | null>(null);
  const set = (j: number, change: Partial<RangeDraft>) => onChange(ranges.map((r, k) => (k === j ? { ...r, ...change } : r)));
  const dayProblem = problem(path);
  return (
    <div className="ranges" aria-describedby={dayProblem ? `${idOf(path)}-error` : undefined} id={idOf(path)} tabIndex={-1}>
      {ranges.length === 0 && <p className="muted closed-day">{texts.closedDay}</p>}
      {ranges.map((r, j) => (
        <div className="range-row" key={j}>
          <Field
            path={`${path}.${j}.opens`}
            label={<Hidden prefix={texts.rangeLabel(day, j + 1, "")} visible={texts.opens} />}
            value={r.opens}
            onChange={(v) => set(j, { opens: v })}
            onBlur={() => touch(`${path}.${j}.opens`)}
            problem={problem(`${path}.${j}.opens`)}
            autoFocus={added === j}
            size={6}
            className="time"
          />
          <Field
            path={`${path}.${j}.closes`}
            label={<Hidden prefix={texts.rangeLabel(day, j + 1, "")} visible={texts.closes} />}
            value={r.closes}
            onChange={(v) => set(j, { closes: v })}
            onBlur={() => touch(`${path}.${j}.closes`)}
            problem={problem(`${path}.${j}.closes`)}
            size={6}
            className="time"
          />
          <Button className="button secondary" onPress={() => onChange(ranges.filter((_, k) => k !== j))}>
            {texts.removeRange(day, j + 1)}
          </Button>
        </div>
      ))}
      <GroupProblem path={path} problem={dayProblem} />
      <Button
        className="button secondary"
        onPress={() => {
          setAdded(ranges.length);
          onChange([...ranges, emptyRange()]);
        }}
      >
        {texts.addRange(day)}
      </Button>
    </div>
  );
}

/** A label read in full by screen readers ("Poniedziałek, przedział 1: Od") and shown short. */
function Hidden({ prefix, visible }: { prefix: string; visible: string }) {
  return (
    <>
      <span className="visually-hidden">{prefix}</span>
      {visible}
    </>
  );
}

export function WeekHours(props: { week: RangeDraft[][]; onChange: (week: RangeDraft[][]) => void; problem: ProblemOf; touch: (path: string) => void }) {
  return (
    <>
      {WEEKDAYS.map((code, i) => {
        const day = texts.weekdays[code] ?? code;
        return (
          <fieldset key={code} className="day">
            <legend>{day}</legend>
            <Ranges
              path={`week.${i}.ranges`}
              day={day}
              ranges={props.week[i] ?? []}
              onChange={(ranges) => props.onChange(props.week.map((r, k) => (k === i ? ranges : r)))}
              problem={props.problem}
              touch={props.touch}
            />
          </fieldset>
        );
      })}
    </>
  );
}

export function Exceptions(props: {
  exceptions: ExceptionDraft[];
  onChange: (exceptions: ExceptionDraft[]) => void;
  problem: ProblemOf;
  touch: (path: string) => void;
}) {
  const [added, setAdded] = useState<number | null>(null);
  const set = (i: number, change: Partial<ExceptionDraft>) =>
    props.onChange(props.exceptions.map((e, k) => (k === i ? { ...e, ...change } : e)));
  return (
    <fieldset className="exceptions" id={idOf("exceptions")} tabIndex={-1}>
      <legend>{texts.exceptionsTitle}</legend>
      <p className="hint">{texts.exceptionsHint}</p>
      <GroupProblem path="exceptions" problem={props.problem("exceptions")} />
      {props.exceptions.map((e, i) => (
        <fieldset key={i} className="day">
          <legend>{texts.exceptionLegend(i + 1)}</legend>
          <Field
            path={`exceptions.${i}.date`}
            label={texts.exceptionDate(i + 1)}
            type="date"
            value={e.date}
            onChange={(v) => set(i, { date: v })}
            onBlur={() => props.touch(`exceptions.${i}.date`)}
            problem={props.problem(`exceptions.${i}.date`)}
            autoFocus={added === i}
          />
          <Ranges
            path={`exceptions.${i}.ranges`}
            day={texts.exceptionName(i + 1)}
            ranges={e.ranges}
            onChange={(ranges) => set(i, { ranges })}
            problem={props.problem}
            touch={props.touch}
          />
          <Button className="button secondary" onPress={() => props.onChange(props.exceptions.filter((_, k) => k !== i))}>
            {texts.removeException(i + 1)}
          </Button>
        </fieldset>
      ))}
      <Button
        className="button secondary"
        onPress={() => {
          setAdded(props.exceptions.length);
          props.onChange([...props.exceptions, { date: "", ranges: [] }]);
        }}
      >
        {texts.addException}
      </Button>
    </fieldset>
  );
}
