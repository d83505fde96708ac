import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { Button } from "react-aria-components";
import { Provider, useQuery } from "urql";
import { makeClient, publicClient } from "./api/client.ts";
import { loadSession, signOut, type Session } from "./api/session.ts";
import { graphql } from "./gql/index.ts";
import { rolesSaid, usesIntake } from "./lib/roles.ts";
import { ROUTES, cardIdOf, helpRoute, intakeIdOf, navigate, pointIdOf, useLocation, type HelpRoute } from "./lib/route.ts";
import { SignIn } from "./screens/signin/SignIn.tsx";
import { texts } from "./texts.ts";

// The form is not part of the first screen: it loads when opened.
const WorkList = lazy(() => import("./screens/worklist/WorkList.tsx").then((m) => ({ default: m.WorkList })));
const NkAForm = lazy(() => import("./screens/nka/NkAForm.tsx").then((m) => ({ default: m.NkAForm })));
// Likewise a card's page and its action forms.
const CardPage = lazy(() => import("./screens/card/CardPage.tsx").then((m) => ({ default: m.CardPage })));
const Shelters = lazy(() => import("./screens/shelter/Shelters.tsx").then((m) => ({ default: m.Shelters })));
// The public help directory: its own bundle, loaded without asking for a session.
const HelpPage = lazy(() => import("./screens/help/HelpPage.tsx").then((m) => ({ default: m.HelpPage })));
// The help point editor (the municipality's list and the form).
const PointsList = lazy(() => import("./screens/points/PointsList.tsx").then((m) => ({ default: m.PointsList })));
const PointPage = lazy(() => import("./screens/points/PointForm.tsx").then((m) => ({ default: m.PointPage })));
// And the team's page.
const TeamPage = lazy(() => import("./screens/team/TeamPage.tsx").then((m) => ({ default: m.TeamPage })));
// And the administrator's page.
const RegionPage = lazy(() => import("./screens/region/RegionPage.tsx").then((m) => ({ default: m.RegionPage })));
const RegionSignIn = lazy(() => import("./screens/region/RegionSignIn.tsx").then((m) => ({ default: m.RegionSignIn })));
const StatsPage = lazy(() => import("./screens/stats/StatsPage.tsx").then((m) => ({ default: m.StatsPage })));
const AccountPage = lazy(() => import("./screens/account/AccountPage.tsx").then((m) => ({ default: m.AccountPage })));
const AdminPage = lazy(() => import("./screens/admin/AdminPage.tsx").then((m) => ({ default: m.AdminPage })));
// The intake register's list, form and entry page.
const IntakeList = lazy(() => import("./screens/intake/IntakeList.tsx").then((m) => ({ default: m.IntakeList })));
const IntakeForm = lazy(() => import("./screens/intake/IntakeForm.tsx").then((m) => ({ default: m.IntakeForm })));
const IntakePage = lazy(() => import("./screens/intake/IntakePage.tsx").then((m) => ({ default: m.IntakePage })));

/** The viewer's roles, for the links of the navigation bar that only some roles can use (asked once per sign-in). */
const NavQuery = graphql(`
  query NavBar {
    viewer {
      roles
      displayName
      user {
        id
        formOfAddress
      }
    }
  }
`);

type State = { status: "loading" } | { status: "error" } | { status: "ready"; session: Session | null };

/** The public help pages need no session (and never send the cookie); the rest is the staff's. */
export function App() {
  const { path } = useLocation();
  const help = helpRoute(path);
  return help ? <PublicHelp route={help} /> : <StaffApp />;
}

function PublicHelp({ route }: { route: HelpRoute }) {
  return (
    <Suspense fallback={<p role="status">{texts.loading}</p>}>
      <HelpPage route={route} />
    </Suspense>
  );
}

function StaffApp() {
  const [state, setState] = useState<State>({ status: "loading" });
  const [ended, setEnded] = useState(false);
  const { path, search } = useLocation();

  const refresh = useCallback(async () => {
    try {
      setState({ status: "ready", session: await loadSession() });
    } catch {
      setState({ status: "error" });
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  // A 401 from the API: back to sign-in, keeping the page (and any draft) to return to.
  const onUnauthenticated = useCallback(() => {
    setEnded(true);
    setState({ status: "ready", session: null });
  }, []);
  const session = state.status === "ready" ? state.session : null;
  const client = useMemo(
    () => (session ? makeClient(session.csrfToken, onUnauthenticated) : null),
    [session, onUnauthenticated],
  );

  const signedIn = session !== null && client !== null;
  const cardId = cardIdOf(path);
  const pointId = pointIdOf(path);
  const intakeId = intakeIdOf(path);
  // A coordinator's work is the region's statistics; everyone else's starts at the cases.
  const coordinator = session?.kind === "coordinator";
  useEffect(() => {
    if (signedIn && path === ROUTES.start) navigate(coordinator ? ROUTES.region : ROUTES.workList, true);
  }, [signedIn, path, coordinator]);

  let main;
  if (state.status === "loading") {
    main = <p role="status">{texts.loading}</p>;
  } else if (state.status === "error") {
    main = <p role="alert">{texts.sessionError}</p>;
  } else if (!signedIn && path === ROUTES.region) {
    main = (
      <Provider value={publicClient}>
        <Suspense fallback={<p role="status">{texts.loading}</p>}>
          <RegionSignIn region={search.get("region")} onSignedIn={refresh} />
        </Suspense>
      </Provider>
    );
  } else if (!signedIn) {
    main = (
      <SignIn
        tenant={search.get("tenant")}
        notice={ended ? texts.sessionEnded : null}
        returnTo={path === ROUTES.start ? ROUTES.workList : path}
        onSignedIn={refresh}
      />
    );
  } else if (path === ROUTES.workList || path === ROUTES.start) {
    main = (
      <Provider value={client}>
        <Suspense fallback={<p role="status">{texts.loading}</p>}>
          <WorkList />
        </Suspense>
      </Provider>
    );
  } else if (path === ROUTES.newCard) {
    main = (
      <Provider value={client}>
        <Suspense fallback={<p role="status">{texts.loading}</p>}>
          <NkAForm />
        </Suspense>
      </Provider>
    );
  } else if (path === ROUTES.team) {
    main = (
      <Provider value={client}>
        <Suspense fallback={<p role="status">{texts.loading}</p>}>
          <TeamPage />
        </Suspense>
      </Provider>
    );
  } else if (path === ROUTES.admin) {
    main = (
      <Provider value={client}>
        <Suspense fallback={<p role="status">{texts.loading}</p>}>
          <AdminPage />
        </Suspense>
      </Provider>
    );
  } else if (cardId) {
    main = (
      <Provider value={client}>
        <Suspense fallback={<p role="status">{texts.loading}</p>}>
          <CardPage key={cardId} id={cardId} />
        </Suspense>
      </Provider>
    );
  } else if (path === ROUTES.intake || path === ROUTES.newIntake || intakeId) {
    main = (
      <Provider value={client}>
        <Suspense fallback={<p role="status">{texts.loading}</p>}>
          {path === ROUTES.intake ? (
            <IntakeList />
          ) : path === ROUTES.newIntake ? (
            <IntakeForm />
          ) : (
            <IntakePage key={intakeId} id={intakeId ?? ""} />
          )}
        </Suspense>
      </Provider>
    );
  } else if (path === ROUTES.region) {
    main = (
      <Provider value={client}>
        <Suspense fallback={<p role="status">{texts.loading}</p>}>
          <RegionPage />
        </Suspense>
      </Provider>
    );
  } else if (path === ROUTES.statistics) {
    main = (
      <Provider value={client}>
        <Suspense fallback={<p role="status">{texts.loading}</p>}>
          <StatsPage />
        </Suspense>
      </Provider>
    );
  } else if (path === ROUTES.account) {
    main = (
      <Provider value={client}>
        <Suspense fallback={<p role="status">{texts.loading}</p>}>
          <AccountPage />
        </Suspense>
      </Provider>
    );
  } else if (path === ROUTES.shelters) {
    main = (
      <Provider value={client}>
        <Suspense fallback={<p role="status">{texts.loading}</p>}>
          <Shelters />
        </Suspense>
      </Provider>
    );
  } else if (path === ROUTES.points || path === ROUTES.newPoint || pointId) {
    main = (
      <Provider value={client}>
        <Suspense fallback={<p role="status">{texts.loading}</p>}>
          {path === ROUTES.points ? <PointsList /> : <PointPage key={pointId ?? "new"} id={pointId} />}
        </Suspense>
      </Provider>
    );
  } else {
    main = (
      <>
        <h1>{texts.notFoundTitle}</h1>
        <p>
          <a href={ROUTES.start}>{texts.backToStart}</a>
        </p>
      </>
    );
  }

  return (
    <>
      <a className="skip" href="#main">
        {texts.skipToContent}
      </a>
      <header className="top">
        <span className="brand">{texts.appName}</span>
        {signedIn && session && client && (
          <Provider value={client}>
            <SignedInBar session={session} />
          </Provider>
        )}
      </header>
      {signedIn && client && (
        <Provider value={client}>
          <NavBar path={path} />
        </Provider>
      )}
      <main id="main" tabIndex={-1}>
        {main}
      </main>
    </>
  );
}

/** The signed-in user's sections; the current one is marked for screen readers too. */
function NavBar({ path }: { path: string }) {
  const [{ data }] = useQuery({ query: NavQuery, requestPolicy: "cache-first" });
  const roles: readonly string[] = data?.viewer.roles ?? [];
  const editsPoints = roles.includes("DIRECTORY_EDITOR") || roles.includes("TENANT_ADMIN");
  const links = roles.includes("REGIONAL_COORDINATOR")
    ? [{ href: ROUTES.region, label: texts.nav.region, current: path === ROUTES.region }]
    : [
    { href: ROUTES.workList, label: texts.nav.cases, current: path === ROUTES.workList || path.startsWith(`${ROUTES.workList}/`) },
    { href: ROUTES.team, label: texts.nav.team, current: path === ROUTES.team },
    { href: ROUTES.shelters, label: texts.nav.shelters, current: path === ROUTES.shelters },
    ...(usesIntake(roles)
      ? [{ href: ROUTES.intake, label: texts.nav.intake, current: path === ROUTES.intake || path.startsWith(`${ROUTES.intake}/`) }]
      : []),
    ...(editsPoints
      ? [{ href: ROUTES.points, label: texts.nav.points, current: path === ROUTES.points || path.startsWith(`${ROUTES.points}/`) }]
      : []),
    ...(roles.includes("TEAM_CHAIR") || roles.includes("STATISTICS")
      ? [{ href: ROUTES.statistics, label: texts.nav.statistics, current: path === ROUTES.statistics }]
      : []),
    ...(roles.includes("TENANT_ADMIN")
      ? [{ href: ROUTES.admin, label: texts.nav.admin, current: path === ROUTES.admin }]
      : []),
  ];
  return (
    <nav className="nav" aria-label={texts.navigation}>
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            <a href={l.href} aria-current={l.current ? "page" : undefined}>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Who is signed in, by name and role in the grammatical gender they asked for; the name
 * leads to their account, where they say how to address them. */
function SignedInBar({ session }: { session: Session }) {
  const [{ data }] = useQuery({ query: NavQuery, requestPolicy: "cache-first" });
  const viewer = data?.viewer;
  const roles = viewer ? rolesSaid(viewer.roles, viewer.user?.formOfAddress) : "";
  return (
    <div className="who">
      <span>
        {!viewer ? null : viewer.displayName ? (
          <>
            <a href={ROUTES.account} aria-label={texts.accountLink(viewer.displayName)}>
              {viewer.displayName}
            </a>
            {roles && <span className="muted">{` — ${roles}`}</span>}
          </>
        ) : (
          texts.signedInAs(session.login)
        )}
      </span>
      <SignOutButton />
    </div>
  );
}

function SignOutButton() {
  return (
    <Button className="button secondary" onPress={() => void signOut()}>
      {texts.signOut}
    </Button>
  );
}
