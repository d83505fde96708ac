// Texts of the staff's view of shelter places (miejsca w schronieniach).
import { plural } from "../../lib/format.ts";

const places = { one: "wolne miejsce", few: "wolne miejsca", many: "wolnych miejsc", other: "wolnego miejsca" };

export const texts = {
  documentTitle: "Miejsca w schronieniach — Ostoja",
  title: "Miejsca w schronieniach",
  intro: "Wolne miejsca w punktach gminy, które dają schronienie, i kiedy je policzono.",
  municipality: (name: string) => `Gmina: ${name}`,
  loading: "Wczytywanie…",
  loadError: "Nie udało się wczytać miejsc w schronieniach.",
  retry: "Spróbuj ponownie",
  forbidden: "Tę listę widzą przewodniczący zespołu, pracownicy socjalni, redaktorzy informatora i administrator gminy.",
  empty: "Gmina nie ma punktów, które dają schronienie.",
  columns: { point: "Punkt", free: "Wolne miejsca", counted: "Policzono", shown: "Mieszkańcy widzą „są miejsca”", update: "Nowa liczba" },
  draft: "(szkic, niewidoczny publicznie)",
  free: (n: number) => (n === 0 ? "brak wolnych miejsc" : plural(n, places)),
  notCounted: "nie policzono",
  yes: "tak",
  no: "nie",
  newCount: (name: string) => `Wolne miejsca teraz — ${name}`,
  save: "Zapisz",
  saving: "Zapisywanie…",
  saved: (name: string, n: number) => `Zapisano: ${name} — ${n === 0 ? "brak wolnych miejsc" : plural(n, places)}.`,
  notANumber: "Podaj liczbę całkowitą: 0 lub więcej.",
  saveFailed: "Nie udało się zapisać. Spróbuj ponownie.",
};
