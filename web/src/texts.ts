// Texts shared by the app's frame (every screen has its own texts.ts).
export const texts = {
  appName: "Ostoja",
  skipToContent: "Przejdź do treści",
  loading: "Wczytywanie…",
  sessionError: "Nie udało się sprawdzić logowania. Odśwież stronę.",
  sessionEnded: "Sesja wygasła. Zaloguj się ponownie.",
  signOut: "Wyloguj",
  signedInAs: (name: string) => `Zalogowano jako ${name}`,
  navigation: "Menu główne",
  nav: { cases: "Sprawy", team: "Zespół", shelters: "Miejsca w schronieniach", intake: "Zgłoszenia" },
  notFoundTitle: "Nie ma takiej strony",
  backToStart: "Wróć do strony głównej",
};
