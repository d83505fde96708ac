/** @jsxImportSource preact */
// The public help directory in Preact (a few kilobytes where React takes two hundred): its own
// page, `pomoc.html`, read by a person in danger on whatever phone they have.
import type { TargetedMouseEvent } from "preact";
import { useCallback, useEffect, useId, useRef, useState } from "preact/hooks";
import { publicQuery } from "../../api/public.ts";
import { graphql } from "../../gql/index.ts";
import type { HelpPageQuery, HelpService } from "../../gql/graphql.ts";
import { helpPath, type HelpRoute } from "../../lib/paths.ts";
import { go, leave, useDoubleEscape } from "./exit.ts";
import { PublicEvents } from "./Events.tsx";
import { PointCard, type Point } from "./PointCard.tsx";
import { texts } from "./texts.ts";

const RegionsQuery = graphql(`
  query HelpRegions {
    helpRegions {
      slug
      name
      municipalities {
        slug
        name
      }
    }
  }
`);

// 20 a page: the gateway's complexity limit counts the page size times the fields asked.
const PageQuery = graphql(`
  query HelpPage($municipality: String, $region: String, $service: HelpService, $openNow: Boolean, $after: String) {
    helpRegions {
      slug
      name
      municipalities {
        slug
        name
      }
    }
    helpPoints(municipality: $municipality, region: $region, service: $service, openNow: $openNow, first: 20, after: $after) {
      edges {
        node {
          id
          name
          kind
          national
          description
          address {
            street
            postalCode
            city
          }
          phones {
            number
            uri
          }
          email
          web
          hours {
            dayAndNight
            week {
              day
              ranges {
                opens
                closes
              }
            }
            exceptions {
              date
              ranges {
                opens
                closes
              }
            }
            openOnPublicHolidays
          }
          openNow
          services
          languages
          accessibility
          placesAvailable
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Regions = HelpPageQuery["helpRegions"];

/** The public help directory: no sign-in, no cookie, the quick exit always at hand. */
export function HelpPage({ route }: { route: HelpRoute }) {
  useDoubleEscape();
  // After moving to another help page, reading starts at its content (not on first load: the
  // first Tab must reach the quick exit).
  const path = helpPath(route);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById("main")?.focus();
  }, [path]);
  return (
    <div className="help">
      <header className="help-top">
        <button type="button" className="quick-exit" onClick={leave}>
          {texts.quickExit}
        </button>
        <a className="skip" href="#main">
          {texts.skipToContent}
        </a>
        <span className="brand">{texts.brand}</span>
      </header>
      <main id="main" tabIndex={-1}>
        <p className="muted exit-hint">
          {texts.quickExitHint} <span className="esc-hint">{texts.quickExitKeys}</span> {texts.tracesHint}
        </p>
        {route.kind === "choose" ? <Chooser /> : <Place key={path} route={route} />}
      </main>
    </div>
  );
}

/** A link to another help page that replaces this one in the history (see exit.ts). */
function HelpLink({ to, children }: { to: HelpRoute; children: string }) {
  const path = helpPath(to);
  const onClick = (e: TargetedMouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    go(path);
  };
  return (
    <a href={path} onClick={onClick}>
      {children}
    </a>
  );
}

function Emergency() {
  return (
    <p className="emergency">
      {texts.emergency} <a href="tel:112">{texts.emergencyNumber}</a>.
    </p>
  );
}

function Chooser() {
  const [regions, setRegions] = useState<Regions | "loading" | "error">("loading");
  useEffect(() => {
    document.title = texts.chooseTitle;
    let live = true;
    void publicQuery(RegionsQuery, {}).then((r) => live && setRegions(r ? r.helpRegions : "error"));
    return () => {
      live = false;
    };
  }, []);
  return (
    <section aria-labelledby="help-title">
      <h1 id="help-title">{texts.chooseTitle}</h1>
      <p>{texts.chooseIntro}</p>
      <Emergency />
      {regions === "loading" ? (
        <p role="status">{texts.loading}</p>
      ) : regions === "error" ? (
        <p role="alert">{texts.loadError}</p>
      ) : regions.length === 0 ? (
        <p>{texts.noRegions}</p>
      ) : (
        regions.map((r) => (
          <section key={r.slug} aria-labelledby={`region-${r.slug}`}>
            <h2 id={`region-${r.slug}`}>{texts.municipalitiesOf(r.name)}</h2>
            <ul className="choices">
              {r.municipalities.map((m) => (
                <li key={m.slug}>
                  <HelpLink to={{ kind: "municipality", slug: m.slug }}>{m.name}</HelpLink>
                </li>
              ))}
              <li>
                <HelpLink to={{ kind: "region", slug: r.slug }}>{texts.regionLink(r.name)}</HelpLink>
              </li>
            </ul>
          </section>
        ))
      )}
    </section>
  );
}

type Loaded = { regions: Regions; points: Point[]; next: string | null };

function placeName(route: HelpRoute, regions: Regions): string | null {
  if (route.kind === "region") return regions.find((r) => r.slug === route.slug)?.name ?? null;
  if (route.kind === "municipality") {
    for (const r of regions) {
      const m = r.municipalities.find((x) => x.slug === route.slug);
      if (m) return m.name;
    }
  }
  return null;
}

function Place({ route }: { route: HelpRoute }) {
  const [service, setService] = useState<HelpService | "">("");
  const [openNow, setOpenNow] = useState(false);
  const [state, setState] = useState<Loaded | "loading" | "error">("loading");
  const [loadingMore, setLoadingMore] = useState(false);
  const serviceId = useId();
  const openId = useId();
  // Only the answer to the newest filters is shown, whatever order the answers arrive in.
  const latest = useRef(0);
  const municipality = route.kind === "municipality" ? route.slug : null;
  const region = route.kind === "region" ? route.slug : null;

  const fetchPage = useCallback(
    async (after: string | null) => {
      return publicQuery(PageQuery, {
        municipality,
        region,
        service: service === "" ? null : service,
        openNow: openNow ? true : null,
        after,
      });
    },
    [municipality, region, service, openNow],
  );

  const load = useCallback(async () => {
    const asked = ++latest.current;
    setState("loading");
    const data = await fetchPage(null);
    if (asked !== latest.current) return;
    setState(
      data
        ? {
            regions: data.helpRegions,
            points: data.helpPoints.edges.map((e) => e.node),
            next: data.helpPoints.pageInfo.hasNextPage ? (data.helpPoints.pageInfo.endCursor ?? null) : null,
          }
        : "error",
    );
  }, [fetchPage]);

  useEffect(() => {
    void load();
  }, [load]);

  const more = async (loaded: Loaded) => {
    const asked = latest.current;
    setLoadingMore(true);
    const data = await fetchPage(loaded.next);
    setLoadingMore(false);
    if (!data || asked !== latest.current) return;
    setState({
      ...loaded,
      points: [...loaded.points, ...data.helpPoints.edges.map((e) => e.node)],
      next: data.helpPoints.pageInfo.hasNextPage ? (data.helpPoints.pageInfo.endCursor ?? null) : null,
    });
  };

  const name = typeof state === "object" ? placeName(route, state.regions) : null;
  useEffect(() => {
    document.title = name ? texts.titleFor(name) : texts.chooseTitle;
  }, [name]);

  if (state === "error") {
    return (
      <>
        <h1 id="help-title">{texts.chooseTitle}</h1>
        <p role="alert">{texts.loadError}</p>
        <button type="button" className="button secondary" onClick={() => void load()}>
          {texts.retry}
        </button>
      </>
    );
  }
  if (typeof state === "object" && name === null) {
    return (
      <>
        <h1 id="help-title">{texts.chooseTitle}</h1>
        <p role="alert">{texts.unknownPlace}</p>
        <Emergency />
        <p>
          <HelpLink to={{ kind: "choose" }}>{texts.backToChoice}</HelpLink>
        </p>
      </>
    );
  }
  const helplines = typeof state === "object" ? state.points.filter((p) => p.national) : [];
  // Places open now first (a stable sort keeps the directory's order within each group).
  const local =
    typeof state === "object"
      ? state.points.filter((p) => !p.national).sort((a, b) => Number(b.openNow) - Number(a.openNow))
      : [];
  return (
    <>
      <h1 id="help-title">{name ? texts.titleFor(name) : texts.chooseTitle}</h1>
      <Emergency />
      <p>
        <HelpLink to={{ kind: "choose" }}>{texts.backToChoice}</HelpLink>
      </p>
      <form className="help-filters" aria-labelledby="filters-title" onSubmit={(e) => e.preventDefault()}>
        <h2 id="filters-title">{texts.filtersTitle}</h2>
        <div className="field">
          <label htmlFor={serviceId}>{texts.serviceLabel}</label>
          <select id={serviceId} value={service} onChange={(e) => setService(e.currentTarget.value as HelpService | "")}>
            <option value="">{texts.anyService}</option>
            {Object.entries(texts.services).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="check-native">
          <input id={openId} type="checkbox" checked={openNow} onChange={(e) => setOpenNow(e.currentTarget.checked)} />
          <label htmlFor={openId}>{texts.openNowLabel}</label>
        </div>
      </form>
      <p role="status" className="status-line">
        {state === "loading" ? texts.loading : texts.found(state.points.length)}
      </p>
      {typeof state === "object" && state.points.length === 0 && <p>{texts.nothingFound}</p>}
      {helplines.length > 0 && (
        <section aria-labelledby="helplines-title">
          <h2 id="helplines-title">{texts.helplinesTitle}</h2>
          <ul className="points">
            {helplines.map((p) => (
              <li key={p.id}>
                <PointCard point={p} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {local.length > 0 && (
        <section aria-labelledby="points-title">
          <h2 id="points-title">{texts.pointsTitle}</h2>
          <ul className="points">
            {local.map((p) => (
              <li key={p.id}>
                <PointCard point={p} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {typeof state === "object" && state.next && (
        <button type="button" className="button secondary" disabled={loadingMore} onClick={() => void more(state)}>
          {texts.more}
        </button>
      )}
      {municipality && name && <PublicEvents municipality={municipality} />}
    </>
  );
}
