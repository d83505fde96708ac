// Texts of the municipal programme's page: the programme with its goals, actions and tasks,
// and the forms of the administrator and the team's chair.

export const texts = {
  title: "Gminny program przeciwdziałania przemocy domowej",
  parts: "Program gminny i rejestry",
  partProgramme: "Program i sprawozdania",
  partStandards: "Standardy ochrony małoletnich",
  partEvents: "Kampanie i wydarzenia",
  partCoalitions: "Koalicje lokalne",
  documentTitle: "Program gminny — Ostoja",
  intro:
    "Program przyjęty przez radę gminy: cele, działania i zadania z instytucjami odpowiedzialnymi, terminami, budżetem i stanem realizacji. Zmienia go administrator gminy i przewodniczący zespołu.",
  loading: "Wczytywanie programu…",
  loadError: "Nie udało się wczytać programu.",
  retry: "Spróbuj ponownie",
  none: "Gmina nie ma jeszcze opisanego programu.",
  report: "Sprawozdanie z realizacji programu",
  reportIntro:
    "Dla rady gminy i wojewody: zadania realizowane w wybranym roku ze stanem i budżetem oraz wskaźniki wobec wartości docelowych. Rok w toku według stanu na dziś.",
  reportYear: "Rok sprawozdania",
  reportPdf: (year: string) => `Sprawozdanie za ${year} (PDF)`,
  reportXlsx: (year: string) => `Sprawozdanie za ${year} (XLSX)`,
  resolution: (number: string, date: string, from: number, to: number) =>
    `Uchwała nr ${number} z dnia ${date}; lata ${from}–${to}.`,
  goal: (number: string, title: string) => `Cel ${number}. ${title}`,
  action: (number: string, title: string) => `Działanie ${number}. ${title}`,
  noGoals: "Program nie ma jeszcze celów.",
  noActions: "Ten cel nie ma jeszcze działań.",
  noTasks: "To działanie nie ma jeszcze zadań.",
  tasksCaption: (number: string) => `Zadania działania ${number}`,
  columns: { task: "Zadanie", responsible: "Realizator i partnerzy", dates: "Termin", budget: "Budżet (zł)", status: "Stan" },
  partners: (who: string) => `partnerzy: ${who}`,
  dates: (from: string, to: string) => `${from} – ${to}`,
  budget: (planned: string | null | undefined, spent: string | null | undefined) =>
    [planned ? `plan ${money(planned)}` : "", spent ? `wydano ${money(spent)}` : ""].filter(Boolean).join(", ") || "—",
  statuses: {
    PLANNED: "zaplanowane",
    IN_PROGRESS: "w realizacji",
    DONE: "zrealizowane",
    NOT_DONE: "niezrealizowane",
  } as Record<string, string>,
  // Forms.
  newProgrammeTitle: "Nowy program gminny",
  correctProgramme: "Popraw dane programu",
  correctProgrammeTitle: "Poprawa danych programu",
  programmeCorrected: "Zapisano dane programu.",
  programmeConflict: "Ktoś zmienił dane programu w tym samym czasie. Wczytano aktualną wersję — sprawdź i zapisz ponownie.",
  programmeTitle: "Tytuł programu",
  resolutionNumber: "Numer uchwały rady",
  resolutionDate: "Data uchwały",
  firstYear: "Pierwszy rok",
  lastYear: "Ostatni rok",
  addProgramme: "Dodaj program",
  newGoal: (programme: string) => `Nowy cel programu: ${programme}`,
  goalTitle: "Cel",
  addGoal: "Dodaj cel",
  newAction: (goal: string) => `Nowe działanie w celu ${goal}`,
  actionTitle: "Działanie",
  addAction: "Dodaj działanie",
  newTask: (action: string) => `Nowe zadanie w działaniu ${action}`,
  editTask: (task: string) => `Zmiana zadania ${task}`,
  taskTitle: "Zadanie",
  responsible: "Realizator (instytucja odpowiedzialna)",
  partnersLabel: "Partnerzy",
  startsOn: "Termin od",
  endsOn: "Termin do",
  plannedBudget: "Budżet planowany (zł)",
  spentBudget: "Wydano (zł)",
  budgetHint: "Np. 12 345,67",
  status: "Stan realizacji",
  addTask: "Dodaj zadanie",
  change: (task: string) => `Zmień zadanie ${task}`,
  save: "Zapisz zmiany",
  cancel: "Anuluj",
  saving: "Zapisywanie…",
  programmeAdded: (title: string) => `Dodano program: ${title}.`,
  goalAdded: "Dodano cel.",
  actionAdded: "Dodano działanie.",
  taskAdded: "Dodano zadanie.",
  taskSaved: (task: string) => `Zapisano zadanie ${task}.`,
  openNewTask: (action: string) => `Dodaj zadanie do działania ${action}`,
  conflict: "Ktoś zmienił to zadanie w tym samym czasie. Wczytano jego aktualną wersję — sprawdź i zapisz ponownie.",
  // Indicators.
  indicatorsTitle: "Wskaźniki",
  noIndicators: "Program nie ma jeszcze wskaźników.",
  indicatorsCaption: (title: string) => `Wskaźniki programu ${title}`,
  indicatorColumns: { name: "Wskaźnik", source: "Źródło", baseline: "Wartość bazowa" },
  yearColumn: (year: number) => `${year}`,
  wholeProgramme: "cały program",
  ofGoal: (n: string) => `cel ${n}`,
  computedFrom: (label: string, value: string | null | undefined) =>
    `liczony przez Ostoję: ${label}${value ? ` (${value})` : ""}`,
  yearCell: (target: string | null, actual: string | null) =>
    [target !== null ? `cel ${target}` : "", actual !== null ? `jest ${actual}` : ""].filter(Boolean).join(", ") || "—",
  openNewIndicator: "Dodaj wskaźnik",
  newIndicatorTitle: "Nowy wskaźnik",
  indicatorName: "Nazwa wskaźnika",
  unit: "Jednostka (np. osoby, procent, posiedzenia)",
  measures: "Czego dotyczy",
  basis: "Skąd wartości",
  bases: { COMPUTED: "liczone przez Ostoję z danych gminy", MANUAL: "wpisywane ręcznie" } as Record<string, string>,
  statistic: "Statystyka, z której liczyć",
  chooseStatistic: "Wybierz statystykę",
  sourceLabel: "Źródło danych (np. ankieta, dane policji)",
  baseline: "Wartość bazowa",
  targetFor: (year: number) => `Wartość docelowa na ${year}`,
  targetsHint: "Wpisz wartość docelową przynajmniej na jeden rok.",
  addIndicator: "Dodaj wskaźnik",
  indicatorAdded: "Dodano wskaźnik.",
  recordTitle: "Wartość wskaźnika za rok",
  indicator: "Wskaźnik",
  chooseIndicator: "Wybierz wskaźnik",
  year: "Rok",
  chooseYear: "Wybierz rok",
  value: "Wartość (puste — usuń wpisaną)",
  record: "Zapisz wartość",
  valueRecorded: "Zapisano wartość wskaźnika.",
  fixProblems: "Popraw, zanim zapiszesz:",
  failed: "Nie udało się zapisać. Spróbuj ponownie.",
  problems: {
    REQUIRED: "To pole jest wymagane.",
    INVALID: "Niepoprawna wartość.",
    IN_FUTURE: "Data nie może być w przyszłości.",
    OUT_OF_RANGE: "Rok spoza dozwolonego zakresu (2000–2100).",
    YEARS_REVERSED: "Ostatni rok nie może być wcześniejszy niż pierwszy.",
    TOO_LONG: "Program obejmuje najwyżej 10 lat.",
    ENDS_BEFORE_STARTS: "Zadanie nie może kończyć się przed rozpoczęciem.",
    OUTSIDE_PROGRAMME: "Termin musi mieścić się w latach programu.",
    AMOUNT: "Kwota w złotych, np. 12 345,67 (najwyżej miliard złotych).",
    NUMBER: "Wpisz liczbę, np. 27,5.",
    ONE_BASIS: "Wskaźnik jest liczony przez Ostoję albo wpisywany ręcznie ze źródłem — nie oba.",
    UNKNOWN_STATISTIC: "Ostoja nie liczy takiej statystyki.",
    UNKNOWN_DIMENSION: "Ta statystyka nie ma takiego podziału.",
    DUPLICATE: "Jedna wartość docelowa na rok.",
    COMPUTED: "Wartości tego wskaźnika liczy Ostoja.",
    NOT_IN_PROGRAMME: "Cel należy do innego programu.",
    TASKS_OUTSIDE: "Zadanie programu wypadłoby poza jego lata; zmień najpierw termin zadania.",
    INDICATORS_OUTSIDE: "Wskaźnik ma cel lub wartość za rok, który wypadłby poza lata programu.",
  } as Record<string, string>,
};

/** `12345.67` as Polish money: `12 345,67`. */
export function money(amount: string): string {
  const [whole = "", grosze = "00"] = amount.split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0")},${grosze}`;
}

/** Whether typed text is an amount the server takes (`12 345,67`, `12345.5`). */
export const isAmount = (raw: string) => {
  const t = raw.replace(/\s|zł$/g, "");
  return /^\d{1,10}([.,]\d{1,2})?$/.test(t) && Number(t.replace(",", ".")) <= 1_000_000_000;
};

/** A number as typed in Polish (`27,5`), or null for nothing; undefined for text that is none. */
export function number(raw: string): number | null | undefined {
  const t = raw.trim().replace(/\s/g, "").replace(",", ".");
  if (t === "") return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
}

/** A value as Polish text: `27,5`. */
export const said = (n: number) => String(n).replace(".", ",");

/** The years of a programme that have a report: those begun by `thisYear`, the latest first. */
export function reportYears(first: number, last: number, thisYear: number): string[] {
  const years: string[] = [];
  for (let y = Math.min(last, thisYear); y >= first; y--) years.push(String(y));
  return years;
}
