// The app's few routes, kept in the browser's history (no React here: the sign-in screen and the
// help pages use them too; `route.ts` adds the hook). The gateway serves index.html for each
// of them, pomoc.html for the help pages (graphql/src/web.rs lists the same paths).
export const ROUTES = {
  start: "/",
  workList: "/sprawy",
  newCard: "/sprawy/nowa",
  /** The interdisciplinary team: members, meetings, attendance; the chair's waiting cases. */
  team: "/zespol",
  /** A card's page, by its global ID (an opaque identifier, no personal data). */
  card: (id: string) => `/sprawy/${encodeURIComponent(id)}`,
  shelters: "/schronienia",
  /** The municipality's help points for their editors; `/nowy` adds one. */
  points: "/punkty-pomocy",
  newPoint: "/punkty-pomocy/nowy",
  /** A help point's form, by its global ID. */
  point: (id: string) => `/punkty-pomocy/${encodeURIComponent(id)}`,
  help: "/pomoc",
  /** The municipality's administration: users and roles, sign-in, deadlines, settings, audit. */
  admin: "/administracja",
  /** The intake register: reports and consultations taken by the municipality. */
  intake: "/zgloszenia",
  newIntake: "/zgloszenia/nowe",
  /** An intake entry's page, by its global ID (opaque, no personal data). */
  intakeEntry: (id: string) => `/zgloszenia/${encodeURIComponent(id)}`,
  /** The municipality's own statistics, for its team's chair and statistics readers. */
  statistics: "/statystyka",
  /** A region's published statistics, for its coordinators (their sign-in too). */
  region: "/statystyka-regionu",
  /** The signed-in person's own account: how they are addressed. */
  account: "/konto",
  /** Programmes and support groups with their editions; an edition's page by its global ID. */
  programmes: "/programy",
  edition: (id: string) => `/programy/${encodeURIComponent(id)}`,
  /** The municipal programme: goals, actions, tasks; its parts under it
   * (`screens/strategy/StrategyPage.tsx`: the standards' register, campaigns and events). */
  strategy: "/program-gminny",
  /** The files of the families a social worker works with, with or without a Blue Card. */
  families: "/rodziny",
  newFamily: "/rodziny/nowa",
  family: (id: string) => `/rodziny/${encodeURIComponent(id)}`,
  /** The operator's console (their sign-in too). */
  operator: "/operator",
} as const;

/**
 * The ID in a page's path `<prefix>/<id>` (one segment, URL-decoded), or null for any other
 * path and for `reserved` (e.g. the form that adds one).
 */
function idUnder(prefix: string, path: string, reserved?: string): string | null {
  const m = new RegExp(`^${prefix}/([^/]+)/?$`).exec(path);
  if (!m?.[1] || (reserved && path.replace(/\/+$/, "") === reserved)) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}

/** The card ID in a card page's path (`/sprawy/<id>`). */
export const cardIdOf = (path: string) => idUnder(ROUTES.workList, path, ROUTES.newCard);

/** The help point ID in an edit form's path (`/punkty-pomocy/<id>`). */
export const pointIdOf = (path: string) => idUnder(ROUTES.points, path, ROUTES.newPoint);

/** The entry ID in an intake entry's path (`/zgloszenia/<id>`). */
export const intakeIdOf = (path: string) => idUnder(ROUTES.intake, path, ROUTES.newIntake);

/** The edition ID in an edition's path (`/programy/<id>`). */
export const editionIdOf = (path: string) => idUnder(ROUTES.programmes, path);

/** The file ID in a family file's path (`/rodziny/<id>`). */
export const familyIdOf = (path: string) => idUnder(ROUTES.families, path, ROUTES.newFamily);

/** What a public help page is about: the choice, a municipality or a region (by slug). */
export type HelpRoute =
  | { kind: "choose" }
  | { kind: "municipality"; slug: string }
  | { kind: "region"; slug: string };

/** `/pomoc`, `/pomoc/<municipality>` or `/pomoc/region/<region>`; null for any other path. */
export function helpRoute(path: string): HelpRoute | null {
  const parts = path.replace(/\/+$/, "").split("/").slice(1);
  if (parts[0] !== "pomoc") return null;
  const slug = (s: string | undefined) => (s ? decodeURIComponent(s) : "");
  if (parts.length === 1) return { kind: "choose" };
  if (parts.length === 2 && parts[1] !== "region") return { kind: "municipality", slug: slug(parts[1]) };
  if (parts.length === 3 && parts[1] === "region") return { kind: "region", slug: slug(parts[2]) };
  return null;
}

export function helpPath(route: HelpRoute): string {
  switch (route.kind) {
    case "choose":
      return ROUTES.help;
    case "municipality":
      return `${ROUTES.help}/${encodeURIComponent(route.slug)}`;
    case "region":
      return `${ROUTES.help}/region/${encodeURIComponent(route.slug)}`;
  }
}

/** `state` travels with the history entry (e.g. a notice to show once), never in the URL. */
export function navigate(path: string, replace = false, state: unknown = null): void {
  if (replace) window.history.replaceState(state, "", path);
  else window.history.pushState(state, "", path);
  window.dispatchEvent(new PopStateEvent("popstate"));
}
