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
  /** The roles' Polish names (the API's `Role`), for every screen that names a role. */
  roles: {
    OPERATOR: "operator platformy",
    TENANT_ADMIN: "administrator gminy",
    TEAM_CHAIR: "przewodniczący zespołu",
    SOCIAL_WORKER: "pracownik socjalny",
    TEAM_MEMBER: "członek zespołu",
    REGIONAL_COORDINATOR: "koordynator regionalny",
    DATA_PROTECTION_OFFICER: "inspektor ochrony danych",
    DIRECTORY_EDITOR: "redaktor informatora",
    INTAKE_STAFF: "pracownik rejestru zgłoszeń",
    STATISTICS: "analityk statystyk",
  } as Record<string, string>,
};
