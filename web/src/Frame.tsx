// The signed-in frame: who is signed in and the navigation bar. Loaded once signed in, so the
// sign-in screen's script does not carry it.
import { Button } from "react-aria-components";
import { useQuery } from "urql";
import { signOut, type Session } from "./api/session.ts";
import { graphql } from "./gql/index.ts";
import { rolesSaid, usesIntake, worksWithFamilies } from "./lib/roles.ts";
import { ROUTES } from "./lib/route.ts";
import { texts } from "./texts.ts";

// The navigation's words: only the signed-in frame says them.
const navTexts = {
  navigation: "Menu główne",
  nav: { cases: "Sprawy", team: "Zespół", shelters: "Miejsca w schronieniach", intake: "Zgłoszenia", families: "Rodziny", programmes: "Programy", strategy: "Program gminny", points: "Punkty pomocy", statistics: "Statystyka", region: "Statystyka regionu", admin: "Administracja", dataProtection: "Ochrona danych", operator: "Konsola operatora" },
};

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

/** The signed-in user's sections; the current one is marked for screen readers too. */
export function NavBar({ path }: { path: string }) {
  const [{ data }] = useQuery({ query: NavQuery, requestPolicy: "cache-first" });
  const roles: readonly string[] = data?.viewer.roles ?? [];
  const editsPoints = roles.includes("DIRECTORY_EDITOR") || roles.includes("TENANT_ADMIN");
  const links = roles.includes("OPERATOR")
    ? [{ href: ROUTES.operator, label: navTexts.nav.operator, current: path === ROUTES.operator }]
    : roles.includes("REGIONAL_COORDINATOR")
    ? [{ href: ROUTES.region, label: navTexts.nav.region, current: path === ROUTES.region }]
    : [
    { href: ROUTES.workList, label: navTexts.nav.cases, current: path === ROUTES.workList || path.startsWith(`${ROUTES.workList}/`) },
    { href: ROUTES.team, label: navTexts.nav.team, current: path === ROUTES.team },
    { href: ROUTES.shelters, label: navTexts.nav.shelters, current: path === ROUTES.shelters },
    ...(usesIntake(roles)
      ? [{ href: ROUTES.intake, label: navTexts.nav.intake, current: path === ROUTES.intake || path.startsWith(`${ROUTES.intake}/`) }]
      : []),
    ...(worksWithFamilies(roles)
      ? [{ href: ROUTES.families, label: navTexts.nav.families, current: path === ROUTES.families || path.startsWith(`${ROUTES.families}/`) }]
      : []),
    { href: ROUTES.programmes, label: navTexts.nav.programmes, current: path.startsWith(ROUTES.programmes) },
    { href: ROUTES.strategy, label: navTexts.nav.strategy, current: path.startsWith(ROUTES.strategy) },
    ...(editsPoints
      ? [{ href: ROUTES.points, label: navTexts.nav.points, current: path === ROUTES.points || path.startsWith(`${ROUTES.points}/`) }]
      : []),
    ...(roles.includes("TEAM_CHAIR") || roles.includes("STATISTICS")
      ? [{ href: ROUTES.statistics, label: navTexts.nav.statistics, current: path === ROUTES.statistics }]
      : []),
    ...(roles.includes("TENANT_ADMIN")
      ? [{ href: ROUTES.admin, label: navTexts.nav.admin, current: path === ROUTES.admin }]
      : []),
    // The officer's part of the administration page: retention and erasure reports.
    ...(roles.includes("DATA_PROTECTION_OFFICER") && !roles.includes("TENANT_ADMIN")
      ? [{ href: ROUTES.admin, label: navTexts.nav.dataProtection, current: path === ROUTES.admin }]
      : []),
  ];
  return (
    <nav className="nav" aria-label={navTexts.navigation}>
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

/** Who is signed in, by name and role in the grammatical gender they asked for; a staff
 * member's name leads to their account, where they say how to address them. */
export function SignedInBar({ session }: { session: Session }) {
  const [{ data }] = useQuery({ query: NavQuery, requestPolicy: "cache-first" });
  const viewer = data?.viewer;
  const roles = viewer ? rolesSaid(viewer.roles, viewer.user?.formOfAddress) : "";
  return (
    <div className="who">
      <span>
        {!viewer ? null : viewer.displayName ? (
          <>
            {viewer.user ? (
              <a href={ROUTES.account} aria-label={texts.accountLink(viewer.displayName)}>
                {viewer.displayName}
              </a>
            ) : (
              viewer.displayName
            )}
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
