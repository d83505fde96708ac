// Texts of the sign-in page.
import { texts as app } from "../../texts.ts";

export const texts = {
  title: "Logowanie do Ostoi",
  lookingForHelp: "Szukasz pomocy? Zobacz, gdzie ją znaleźć w swojej gminie",
  intro: "Ostoja to system gminy do przeciwdziałania przemocy domowej. Wybierz swoją gminę, aby się zalogować.",
  chooseMunicipality: "Wybierz gminę",
  coordinators: "Koordynatorzy regionalni",
  loadingMunicipalities: "Wczytywanie listy gmin…",
  municipalitiesError: "Nie udało się wczytać listy gmin. Odśwież stronę.",
  noMunicipalities: "Na tej platformie nie ma jeszcze żadnej gminy.",
  unknownMunicipality: "Nie znaleziono takiej gminy na tej platformie.",
  titleFor: (name: string) => `Logowanie — ${name}`,
  ssoExplained: "Zalogujesz się kontem, którego używasz w urzędzie lub ośrodku pomocy społecznej.",
  ssoButton: "Zaloguj się przez system logowania gminy",
  changeMunicipality: "Zmień gminę",
  devTitle: "Logowanie deweloperskie",
  devExplained:
    "Tylko w wersji demonstracyjnej: wybierz osobę z danych przykładowych, aby zalogować się bez dostawcy tożsamości.",
  devSignInAs: (name: string) => `Zaloguj jako ${name}`,
  devFailed: "Logowanie deweloperskie nie powiodło się. Spróbuj ponownie.",
  devSigningIn: "Logowanie…",
  /** The dev-login list names roles in lower case (`tenant_admin`); the names are the app's. */
  roles: Object.fromEntries(Object.entries(app.roles).map(([role, name]) => [role.toLowerCase(), name])) as Record<
    string,
    string
  >,
};
