// The staff application (React): loaded by `main.ts` once someone has signed in, or for the
// region's and the operator's sign-in; never with the sign-in screen or the help pages.
import { Component, lazy, StrictMode, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ComponentType, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { options } from "preact";
import { Provider } from "urql";
import { makeClient, publicClient } from "./api/client.ts";
import { loadSession, type Session } from "./api/session.ts";
import { ROUTES, cardIdOf, editionIdOf, familyIdOf, intakeIdOf, navigate, pointIdOf, useLocation } from "./lib/route.ts";
import { renderSignIn, type SignInProps } from "./screens/signin/SignIn.ts";
import { texts } from "./texts.ts";

/** A screen loaded when first shown: the export `name` of the module `load` imports (any
 * props: each screen declares its own). */
function page<M extends Record<K, ComponentType<any>>, K extends string>(load: () => Promise<M>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}

// The signed-in frame (who is signed in, the navigation) is not the sign-in screen's either.
const SignedInBar = page(() => import("./Frame.tsx"), "SignedInBar");
const NavBar = page(() => import("./Frame.tsx"), "NavBar");
// The form is not part of the first screen: it loads when opened.
const WorkList = page(() => import("./screens/worklist/WorkList.tsx"), "WorkList");
const NkAForm = page(() => import("./screens/nka/NkAForm.tsx"), "NkAForm");
// Likewise a card's page and its action forms.
const CardPage = page(() => import("./screens/card/CardPage.tsx"), "CardPage");
const Shelters = page(() => import("./screens/shelter/Shelters.tsx"), "Shelters");
// The help point editor (the municipality's list and the form).
const PointsList = page(() => import("./screens/points/PointsList.tsx"), "PointsList");
const PointPage = page(() => import("./screens/points/PointForm.tsx"), "PointPage");
// And the team's page.
const TeamPage = page(() => import("./screens/team/TeamPage.tsx"), "TeamPage");
// And the administrator's page.
const RegionPage = page(() => import("./screens/region/RegionPage.tsx"), "RegionPage");
const RegionSignIn = page(() => import("./screens/region/RegionSignIn.tsx"), "RegionSignIn");
const StatsPage = page(() => import("./screens/stats/StatsPage.tsx"), "StatsPage");
const AccountPage = page(() => import("./screens/account/AccountPage.tsx"), "AccountPage");
// The operator's console and its sign-in.
const OperatorPage = page(() => import("./screens/operator/OperatorPage.tsx"), "OperatorPage");
const OperatorSignIn = page(() => import("./screens/operator/OperatorSignIn.tsx"), "OperatorSignIn");
const AdminPage = page(() => import("./screens/admin/AdminPage.tsx"), "AdminPage");
// The intake register's list, form and entry page.
const IntakeList = page(() => import("./screens/intake/IntakeList.tsx"), "IntakeList");
const IntakeForm = page(() => import("./screens/intake/IntakeForm.tsx"), "IntakeForm");
const IntakePage = page(() => import("./screens/intake/IntakePage.tsx"), "IntakePage");
const Programmes = page(() => import("./screens/programmes/ProgrammesPage.tsx"), "ProgrammesPage");
// Families' files: the list and the form share a chunk; a file's page has its own.
const FamiliesList = page(() => import("./screens/families/FamiliesPage.tsx"), "FamiliesList");
const FamilyFileForm = page(() => import("./screens/families/FamiliesPage.tsx"), "FamilyFileForm");
const FamilyFilePage = page(() => import("./screens/families/FamilyFilePage.tsx"), "FamilyFilePage");
const StrategyPage = page(() => import("./screens/strategy/StrategyPage.tsx"), "StrategyPage");

/**
 * A screen whose code could not be loaded (the network dropped, or a new version was deployed
 * while the tab was open) says so and offers to reload, instead of leaving the page blank.
 */
class Loaded extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <p role="alert">
        {texts.loadFailed}{" "}
        <button type="button" className="button secondary" onClick={() => window.location.reload()}>
          {texts.reload}
        </button>
      </p>
    );
  }
}

/** The signed-in screens by path; a card's, an entry's and a point's pages take their ID. */
const SCREENS: Record<string, ComponentType> = {
  [ROUTES.start]: WorkList,
  [ROUTES.workList]: WorkList,
  [ROUTES.newCard]: NkAForm,
  [ROUTES.team]: TeamPage,
  [ROUTES.operator]: OperatorPage,
  [ROUTES.admin]: AdminPage,
  [ROUTES.intake]: IntakeList,
  [ROUTES.newIntake]: IntakeForm,
  [ROUTES.region]: RegionPage,
  [ROUTES.statistics]: StatsPage,
  [ROUTES.account]: AccountPage,
  [ROUTES.shelters]: Shelters,
  [ROUTES.points]: PointsList,
  [ROUTES.programmes]: Programmes,
  [ROUTES.families]: FamiliesList,
  [ROUTES.newFamily]: FamilyFileForm,
  [ROUTES.strategy]: StrategyPage,
};

type State = { status: "loading" } | { status: "error" } | { status: "ready"; session: Session | null };

/** Draws the application in `container`, for the session `main.ts` found (or nobody). */
export function mount(container: HTMLElement, session: Session | null): void {
  // Preact runs effects after the next frame; React, after a click or a key, at once. Run them at
  // once too, so a focus an effect moves (a question asked, a summary) is there for the next key.
  options.requestAnimationFrame = (flush) => queueMicrotask(flush);
  container.replaceChildren();
  createRoot(container).render(
    <StrictMode>
      <App initial={session} />
    </StrictMode>,
  );
}

/** The sign-in screen (plain DOM, `SignIn.ts`) where a session ended while the app was open. */
function SignIn(props: SignInProps) {
  const here = useRef<HTMLDivElement>(null);
  const { tenant, notice, returnTo, onSignedIn } = props;
  useEffect(() => {
    if (!here.current) return;
    return renderSignIn(here.current, { tenant, notice, returnTo, onSignedIn });
  }, [tenant, notice, returnTo, onSignedIn]);
  return <div ref={here} />;
}

function App({ initial }: { initial: Session | null }) {
  const [state, setState] = useState<State>({ status: "ready", session: initial });
  const [ended, setEnded] = useState(false);
  const { path, search } = useLocation();

  const refresh = useCallback(async () => {
    try {
      setState({ status: "ready", session: await loadSession() });
    } catch {
      setState({ status: "error" });
    }
  }, []);

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
  const editionId = editionIdOf(path);
  const familyId = familyIdOf(path);
  // A coordinator's work is the region's statistics, an operator's the console; everyone
  // else's starts at the cases.
  const kind = session?.kind;
  useEffect(() => {
    if (signedIn && path === ROUTES.start)
      navigate(kind === "coordinator" ? ROUTES.region : kind === "operator" ? ROUTES.operator : ROUTES.workList, true);
  }, [signedIn, path, kind]);

  let main;
  if (state.status === "loading") {
    main = <p role="status">{texts.loading}</p>;
  } else if (state.status === "error") {
    main = <p role="alert">{texts.sessionError}</p>;
  } else if (!signedIn && path === ROUTES.region) {
    main = (
      <Provider value={publicClient}>
        <Loaded>
          <Suspense fallback={<p role="status">{texts.loading}</p>}>
            <RegionSignIn region={search.get("region")} onSignedIn={refresh} />
          </Suspense>
        </Loaded>
      </Provider>
    );
  } else if (!signedIn && path === ROUTES.operator) {
    main = (
      <Loaded>
        <Suspense fallback={<p role="status">{texts.loading}</p>}>
          <OperatorSignIn onSignedIn={refresh} />
        </Suspense>
      </Loaded>
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
  } else {
    const Screen = SCREENS[path];
    const screen = Screen ? (
      <Screen />
    ) : cardId ? (
      <CardPage key={cardId} id={cardId} />
    ) : intakeId ? (
      <IntakePage key={intakeId} id={intakeId} />
    ) : editionId ? (
      <Programmes editionId={editionId} />
    ) : familyId ? (
      <FamilyFilePage key={familyId} id={familyId} />
    ) : path.startsWith(`${ROUTES.strategy}/`) ? (
      <StrategyPage />
    ) : path === ROUTES.newPoint || pointId ? (
      <PointPage key={pointId ?? "new"} id={pointId} />
    ) : null;
    main = screen ? (
      <Provider value={client}>
        <Loaded key={path}>
          <Suspense fallback={<p role="status">{texts.loading}</p>}>{screen}</Suspense>
        </Loaded>
      </Provider>
    ) : (
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
            <Loaded>
              <Suspense fallback={null}>
                <SignedInBar session={session} />
              </Suspense>
            </Loaded>
          </Provider>
        )}
      </header>
      {signedIn && client && (
        <Provider value={client}>
          <Loaded>
            <Suspense fallback={null}>
              <NavBar path={path} />
            </Suspense>
          </Loaded>
        </Provider>
      )}
      <main id="main" tabIndex={-1}>
        {main}
      </main>
    </>
  );
}
