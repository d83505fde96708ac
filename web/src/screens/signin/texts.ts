// Texts of the sign-in page.

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
};
