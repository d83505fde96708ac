// Texts of the municipality's statistics: the page, the periods, and the Polish names of each
// indicator's dimensions and values (the institutions, grounds, kinds of work and programmes,
// intake channels and kinds, help points: one place each, their screens').
import { texts as card } from "../card/texts.ts";
import { texts as intake } from "../intake/texts.ts";
import { texts as nka } from "../nka/texts.ts";
import { texts as points } from "../points/texts.ts";
import { WORK_KIND_NAMES, WORK_VARIANT_NAMES, WORK_VARIANTS } from "../../components/work.ts";

/** Family help as the `help` dimension writes it: the kind with its variant (`CONSULTATION_LEGAL`). */
const HELP_NAMES: Record<string, string> = Object.fromEntries(
  Object.entries(WORK_KIND_NAMES).flatMap(([kind, name]) => {
    const variants = WORK_VARIANTS[kind] ?? [];
    if (variants.length === 0) return [[kind, name]];
    return variants.map((v) => [`${kind}_${v}`, `${name} (${WORK_VARIANT_NAMES[v] ?? v})`]);
  }),
);

/** Whether a new NK-A came within a window after a procedure's closure. */
const RECURRED = { YES: "tak", NO: "nie", PENDING: "jeszcze nie, czas nie minął" };

export const texts = {
  title: "Statystyka gminy",
  documentTitle: "Statystyka gminy — Ostoja",
  intro:
    "Liczby z danych Twojej gminy: bez imion i nazwisk, dokładne (nie są publikowane poza gminą). Wybierz okres: rok, kwartał albo miesiąc.",
  periodKind: "Rodzaj okresu",
  periodKinds: { year: "Rok", quarter: "Kwartał", month: "Miesiąc" } as Record<string, string>,
  period: "Okres",
  show: "Pokaż",
  loading: "Wczytywanie statystyki…",
  failed: "Nie udało się wczytać statystyki.",
  retry: "Spróbuj ponownie",
  forbidden: "Statystykę gminy widzą przewodniczący zespołu i osoby z rolą analityka statystyk.",
  periodTitle: (from: string, to: string) => `Okres od ${from} do ${to}`,
  quarterName: (q: number, year: number) => `${["I", "II", "III", "IV"][q - 1]} kwartał ${year}`,
  monthNames: [
    "styczeń",
    "luty",
    "marzec",
    "kwiecień",
    "maj",
    "czerwiec",
    "lipiec",
    "sierpień",
    "wrzesień",
    "październik",
    "listopad",
    "grudzień",
  ],
  exportCsv: "Pobierz CSV",
  reportCsv: "Sprawozdanie roczne do Programu Rządowego (CSV)",
  reportXlsx: "Sprawozdanie roczne do Programu Rządowego (XLSX)",
  exportXlsx: "Pobierz XLSX",
  exporting: "Przygotowanie pliku…",
  exported: (name: string) => `Zapisano plik ${name}.`,
  exportFailed: "Nie udało się przygotować pliku.",
  total: "Razem",
  count: "Liczba",
  none: "Brak w tym okresie.",
  stateNote: "Stan na koniec okresu (dla okresu, który trwa — na dziś).",
  chartOf: (label: string) => `Wykres: ${label}`,
  tableOf: (label: string) => `Tabela: ${label}`,
  byMonth: "Miesiąc po miesiącu",
  byMonthIntro: "Wszczęte procedury, osoby doznające przemocy, posiedzenia zespołu i zgłoszenia w kolejnych miesiącach okresu.",
  month: "Miesiąc",
  trend: {
    blue_cards_opened: "Wszczęte procedury i formularze",
    victims: "Osoby doznające przemocy",
    team_meetings: "Posiedzenia zespołu",
    intake_entries: "Zgłoszenia i konsultacje",
  } as Record<string, string>,
  dimensions: {
    kind: "Rodzaj",
    institution: "Instytucja wszczynająca",
    sex: "Płeć",
    age_band: "Wiek",
    ground: "Podstawa zakończenia",
    on_time: "Dotrzymanie terminu",
    programme: "Program",
    channel: "Kanał",
    help: "Pomoc",
    blue_card: "Niebieska Karta",
    contract_outcome: "Wynik rozliczenia",
    state: "Stan standardów",
    within_6_months: "Nowy NK-A w ciągu 6 miesięcy",
    within_12_months: "Nowy NK-A w ciągu 12 miesięcy",
  } as Record<string, string>,
  values: {
    sex: { FEMALE: "kobiety", MALE: "mężczyźni" },
    age_band: { "0-12": "0–12 lat", "13-17": "13–17 lat", "18-59": "18–59 lat", "60+": "60 lat i więcej", unknown: "wiek nieustalony" },
    on_time: { YES: "w terminie", NO: "po terminie" },
    institution: nka.institutions,
    ground: card.grounds,
    programme: card.programmes,
    channel: intake.channel,
    help: HELP_NAMES,
    blue_card: { YES: "z Niebieską Kartą", NO: "bez Niebieskiej Karty" },
    state: { CURRENT: "standardy w terminie", REVIEW_OVERDUE: "przegląd po terminie", NOT_ADOPTED: "bez standardów" },
    within_6_months: RECURRED,
    within_12_months: RECURRED,
    contract_outcome: {
      FULFILLED: "zrealizowany",
      PARTLY_FULFILLED: "zrealizowany częściowo",
      NOT_FULFILLED: "niezrealizowany",
      TERMINATED: "rozwiązany przed terminem",
    },
  } as Record<string, Record<string, string>>,
  /** The `kind` dimension means something else in each indicator. */
  kindValues: {
    blue_cards_opened: { INITIATING: "wszczynające procedurę", SUBSEQUENT: "kolejne w toku procedury" },
    work_recorded: card.workKind,
    intake_entries: intake.kind,
    help_points: points.kinds,
  } as Record<string, Record<string, string>>,
};
