// Texts of the signed-in person's account page.
export const texts = {
  title: "Moje konto",
  documentTitle: "Moje konto — Ostoja",
  name: "Imię i nazwisko",
  login: "Login",
  roles: "Role",
  noRoles: "Brak ról",
  formLabel: "Jak mamy się do Ciebie zwracać?",
  formHint: "Od tego zależy, jak nazywamy Twoje role, np. „przewodnicząca zespołu” albo „przewodniczący zespołu”.",
  forms: { FEMININE: "Pani", MASCULINE: "Pan", NONE: "Nie podaję" } as Record<string, string>,
  save: "Zapisz",
  sending: "Zapisywanie…",
  saved: (roles: string) => (roles ? `Zapisano. Twoje role: ${roles}.` : "Zapisano."),
  conflict: "Twoje konto zmieniono w międzyczasie. Odśwież stronę i spróbuj ponownie.",
  failed: "Nie udało się zapisać. Spróbuj ponownie.",
  loadError: "Nie udało się wczytać konta. Odśwież stronę.",
  loading: "Wczytywanie…",
};
