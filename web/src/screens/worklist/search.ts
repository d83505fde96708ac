// The work list's search as typed, checked before it is sent (the server checks again): a card
// number (`NK/2026/0042`, `2026/42`) or names of at least two letters.

/** Whether `text` reads as a card number. */
export function isCardNumber(text: string): boolean {
  return /^\s*(nk\s*\/?\s*)?\d{4}\s*\/\s*\d{1,6}\s*$/i.test(text);
}

/** What is wrong with a search before it is sent, as a code the texts word; null when fine. */
export function searchProblem(text: string): "TOO_SHORT" | null {
  const trimmed = text.trim();
  if (trimmed === "" || isCardNumber(trimmed)) return null;
  // A word is looked up from two letters on; one letter would find half the municipality.
  const words = trimmed.split(/[^\p{L}\p{N}]+/u).filter((w) => [...w].length >= 2);
  return words.length === 0 ? "TOO_SHORT" : null;
}
