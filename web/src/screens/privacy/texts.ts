// Words of the data-protection page, in Polish.
import type { PluralForms } from "../../lib/format.ts";

export const texts = {
  title: "Ochrona danych",
  intro:
    "Dla inspektora ochrony danych i administratora gminy: jak długo gmina przechowuje zakończone procedury „Niebieskie Karty” i co usunięto po upływie tego okresu.",
  loading: "Wczytywanie…",
  loadError: "Nie udało się wczytać danych.",
  retry: "Spróbuj ponownie",
  forbidden: "Ta strona jest dla inspektora ochrony danych i administratora gminy.",
  retentionTitle: "Okres przechowywania zakończonych procedur",
  retentionIntro: (min: number, max: number, def: number) =>
    `Okres liczy się w pełnych latach od 1 stycznia roku następującego po roku zakończenia procedury (zakończenia monitorowania). Po jego upływie Ostoja usuwa dane osobowe karty (osoby, formularze, plany, notatki, posiedzenia); zostają dane, które nie wskazują osób, a z których liczy się statystyka, oraz raport usunięcia. Domyślnie ${def} lat (np. kategoria B10 — zgodnie z jednolitym rzeczowym wykazem akt gminy), najmniej ${min}, najwięcej ${max}. Okres ustala administrator gminy; skrócenie go usunie przy najbliższym uruchomieniu zadania dane kart, których nowy okres już minął. Usunięcie danych w Ostoi nie zastępuje brakowania dokumentacji papierowej (za zgodą archiwum państwowego).`,
  retentionNow: (years: string, isDefault: boolean) =>
    `Obecnie: ${years}${isDefault ? " (wartość domyślna)" : ""}.`,
  years: { one: "rok", few: "lata", many: "lat", other: "roku" } as PluralForms,
  yearsLabel: "Liczba lat",
  save: "Zapisz okres przechowywania",
  sending: "Zapisywanie…",
  saved: (years: string) => `Zapisano: zakończone procedury są przechowywane przez ${years}.`,
  problems: "Popraw zaznaczone pole:",
  conflict: "Ktoś inny zmienił okres w międzyczasie. Wczytaj go ponownie i spróbuj jeszcze raz.",
  reload: "Wczytaj ponownie",
  failed: "Nie udało się zapisać. Spróbuj ponownie.",
  errors: {
    REQUIRED: "Podaj liczbę lat.",
    NOT_A_NUMBER: "Podaj liczbę lat cyframi.",
    TOO_SHORT: "Okres nie może być krótszy niż 5 lat.",
    TOO_LONG: "Okres nie może być dłuższy niż 50 lat.",
  } as Record<string, string>,
  unknownError: (code: string) => `Popraw to pole (${code}).`,
  erasuresTitle: "Usunięte dane — raporty",
  erasuresIntro:
    "Każdy wiersz to karta, której dane osobowe usunięto po upływie okresu przechowywania. Raport nie zawiera danych osobowych.",
  noErasures: "Nie usunięto jeszcze danych żadnej karty.",
  columns: {
    number: "Numer karty",
    initiatedOn: "Wszczęcie",
    closedOn: "Zakończenie",
    erasedOn: "Usunięcie danych",
    years: "Okres (lata)",
    persons: "Osoby",
    records: "Inne zapisy",
  },
  noNumber: "bez numeru",
  accessTitle: "Wniosek o dostęp do danych (art. 15 RODO)",
  accessIntro:
    "Zestawienie wszystkiego, co rejestry gminy (Niebieskie Karty, rejestr zgłoszeń, teczki rodzin, programy) przechowują o osobie o podanym numerze PESEL, jako plik JSON. Na jego podstawie przygotujesz odpowiedź na wniosek; pamiętaj, że karta zawiera też dane innych osób. Każde zestawienie jest zapisywane w dzienniku zdarzeń.",
  peselLabel: "PESEL osoby",
  accessLabels: { pesel: "PESEL osoby", firstName: "Imię osoby", lastName: "Nazwisko osoby" },
  accessNameLegend: "Imię i nazwisko osoby (oba albo żadne)",
  accessNameHint:
    "Teczki rodzin i programy nie przechowują numeru PESEL: podaj imię i nazwisko, aby przeszukać także je (po imieniu, nazwisku i dacie urodzenia z numeru PESEL). Osoba o tym imieniu i nazwisku zapisana bez daty urodzenia trafi do zestawienia tylko z nazwiskiem, do sprawdzenia. Bez imienia i nazwiska zestawienie obejmie tylko rejestry z numerem PESEL.",
  exportButton: "Przygotuj zestawienie (JSON)",
  preparing: "Przygotowywanie zestawienia…",
  exported: (file: string, n: number) => `Zapisano ${file}: ${n === 0 ? "brak zapisów o tej osobie" : `zapisów: ${n}`}.`,
  exportFailed: "Nie udało się przygotować zestawienia. Spróbuj ponownie.",
  peselProblems: {
    REQUIRED: "Podaj numer PESEL.",
    LENGTH: "PESEL ma 11 cyfr.",
    DIGITS: "PESEL składa się wyłącznie z cyfr.",
    CHECKSUM: "Cyfra kontrolna PESEL się nie zgadza — sprawdź numer.",
    BIRTH_DATE: "PESEL zawiera niemożliwą datę urodzenia.",
    PAIR: "Podaj imię i nazwisko albo żadne z nich.",
  } as Record<string, string>,
};
