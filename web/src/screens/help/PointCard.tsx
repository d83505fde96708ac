/** @jsxImportSource preact */
import type { HelpPageQuery } from "../../gql/graphql.ts";
import { hoursUnknown, upcomingExceptions, weekLines } from "./hours.ts";
import { texts } from "./texts.ts";

export type Point = HelpPageQuery["helpPoints"]["edges"][number]["node"];

const languageNames = new Intl.DisplayNames(["pl"], { type: "language" });

function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** One help point or helpline: how to reach it first, then when it is open and what it offers. */
export function PointCard({ point }: { point: Point }) {
  const titleId = `point-${point.id}`;
  const h = point.hours;
  const exceptions = upcomingExceptions(h);
  const languages = point.languages.filter((l) => l !== "pl");
  return (
    <article className="point" aria-labelledby={titleId}>
      <h3 id={titleId}>{point.name}</h3>
      <p className="kind">
        {point.national ? texts.national : (texts.kinds[point.kind] ?? point.kind)}
        {" · "}
        <strong className={point.openNow ? "open" : "closed"}>{point.openNow ? texts.openNow : texts.closedNow}</strong>
      </p>
      {point.description && <p>{point.description}</p>}
      {(point.phones.length > 0 || point.email || point.web) && (
        <ul className="contact">
          {point.phones.map((p) => (
            <li key={p.uri}>
              <a className="call" href={p.uri}>
                {texts.call(p.number)}
              </a>
            </li>
          ))}
          {point.email && (
            <li>
              <a href={`mailto:${point.email}`}>{texts.write(point.email)}</a>
            </li>
          )}
          {point.web && (
            <li>
              <a href={point.web} rel="noopener noreferrer">
                {texts.website}
              </a>
            </li>
          )}
        </ul>
      )}
      {point.address && (
        <p>
          <span className="label">{texts.address}: </span>
          {point.address.street}, {point.address.postalCode ? `${point.address.postalCode} ` : ""}
          {point.address.city}
        </p>
      )}
      {point.placesAvailable !== null && point.placesAvailable !== undefined && (
        <p className="places">{point.placesAvailable ? texts.placesAvailable : texts.noPlacesAvailable}</p>
      )}
      <div className="hours">
        <p className="label">{texts.hoursTitle}</p>
        {h.dayAndNight ? (
          <p>{texts.dayAndNight}</p>
        ) : hoursUnknown(h) ? (
          <p>{texts.hoursUnknown}</p>
        ) : (
          <>
            <dl>
              {weekLines(h).map((l) => (
                <div key={l.day}>
                  <dt>{l.day}</dt>
                  <dd>{l.text}</dd>
                </div>
              ))}
            </dl>
            {!h.openOnPublicHolidays && <p>{texts.closedOnHolidays}</p>}
            {exceptions.length > 0 && (
              <>
                <p className="label">{texts.exceptionsTitle}</p>
                <dl>
                  {exceptions.map((e) => (
                    <div key={e.date}>
                      <dt>{e.date}</dt>
                      <dd>{e.text}</dd>
                    </div>
                  ))}
                </dl>
              </>
            )}
          </>
        )}
      </div>
      {point.services.length > 0 && (
        <p>
          <span className="label">{texts.servicesTitle}: </span>
          {point.services.map((s) => texts.services[s] ?? s).join(", ")}
        </p>
      )}
      {languages.length > 0 && (
        <p>
          <span className="label">{texts.languagesTitle}: </span>
          {["pl", ...languages].map(languageName).join(", ")}
        </p>
      )}
      {point.accessibility.length > 0 && (
        <p>
          <span className="label">{texts.accessibilityTitle}: </span>
          {point.accessibility.map((a) => texts.accessibility[a] ?? a).join(", ")}
        </p>
      )}
    </article>
  );
}
