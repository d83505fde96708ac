// The shared fields' own words: a date field's hint and problem (fields.tsx). Kept apart from the
// app frame's texts so that the sign-in screen's script does not carry them.
export const texts = {
  dayFormat: "Format dd.mm.rrrr, np. 05.12.2026.",
  notADay: "Nie ma takiej daty — wpisz dzień, miesiąc i rok jako dd.mm.rrrr, np. 05.12.2026.",
};
