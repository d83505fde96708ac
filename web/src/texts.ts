// Texts shared by the app's frame (every screen has its own texts.ts).
export const texts = {
  appName: "Ostoja",
  skipToContent: "Przejdź do treści",
  loading: "Wczytywanie…",
  loadFailed: "Nie udało się wczytać tej części strony.",
  reload: "Odśwież stronę",
  sessionError: "Nie udało się sprawdzić logowania. Odśwież stronę.",
  sessionEnded: "Sesja wygasła. Zaloguj się ponownie.",
  signOut: "Wyloguj",
  signedInAs: (name: string) => `Zalogowano jako ${name}`,
  accountLink: (name: string) => `${name}: moje konto`,
  notFoundTitle: "Nie ma takiej strony",
  backToStart: "Wróć do strony głównej",
};
