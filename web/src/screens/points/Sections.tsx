// The parts of a help point's form that a national helpline's form shares: opening hours and
// what is offered (forms of help, languages and, for a place people come to, accessibility).
import { Checks, Field, Flag } from "./Fields.tsx";
import { ACCESSIBILITY, COMMON_LANGUAGES, SERVICES, type PointDraft } from "./form.ts";
import { Exceptions, WeekHours, type ProblemOf } from "./Hours.tsx";
import { texts } from "./texts.ts";

type SectionProps = {
  draft: PointDraft;
  /** Changes the draft; `prefix` is the API path whose server refusals the change drops. */
  change: (prefix: string, next: Partial<PointDraft>) => void;
  problem: ProblemOf;
  touch: (path: string) => void;
};

export function HoursSection({ draft, change, problem, touch }: SectionProps) {
  return (
    <fieldset className="hours-form">
      <legend>{texts.sectionHours}</legend>
      <p className="hint wide">{texts.hoursHint}</p>
      <div className="wide">
        <Flag label={texts.dayAndNight} value={draft.dayAndNight} onChange={(v) => change("week", { dayAndNight: v })} />
      </div>
      {!draft.dayAndNight && (
        <>
          <div className="wide">
            <Flag label={texts.openOnHolidays} value={draft.openOnPublicHolidays} onChange={(v) => change("week", { openOnPublicHolidays: v })} />
          </div>
          <WeekHours week={draft.week} onChange={(week) => change("week", { week })} problem={problem} touch={touch} />
          <Exceptions exceptions={draft.exceptions} onChange={(exceptions) => change("exceptions", { exceptions })} problem={problem} touch={touch} />
        </>
      )}
    </fieldset>
  );
}

export function OfferSection({ draft, change, problem, touch, accessibility = true }: SectionProps & { accessibility?: boolean }) {
  return (
    <fieldset>
      <legend>{texts.sectionOffer}</legend>
      <Checks path="services" label={texts.services} options={pick(SERVICES, texts.services_)} value={draft.services} onChange={(v) => change("services", { services: v })} problem={problem("services")} />
      <Checks path="languages" label={texts.languages} options={pick(COMMON_LANGUAGES, texts.languageNames)} value={draft.languages} onChange={(v) => change("languages", { languages: v })} />
      <Field path="otherLanguages" label={texts.otherLanguages} hint={texts.otherLanguagesHint} value={draft.otherLanguages} onChange={(v) => change("otherLanguages", { otherLanguages: v })} onBlur={() => touch("otherLanguages")} problem={problem("otherLanguages")} />
      {accessibility && (
        <Checks path="accessibility" label={texts.accessibility} options={pick(ACCESSIBILITY, texts.accessibility_)} value={draft.accessibility} onChange={(v) => change("accessibility", { accessibility: v })} />
      )}
    </fieldset>
  );
}

/** The options in the API's order, with their Polish names. */
export function pick(codes: readonly string[], names: Record<string, string>): Record<string, string> {
  return Object.fromEntries(codes.map((c) => [c, names[c] ?? c]));
}
