// What the programmes' forms share: a participant's name, and a form's problems in the
// programmes' words.
import { useFormProblems } from "../../components/problems.ts";
import { texts } from "./texts.ts";

export const useProblems = () => useFormProblems(message, texts.failed);

export const message = (code: string) => texts.problems[code] ?? texts.problems.INVALID ?? code;

/** Whole positive numbers as typed, or null; undefined for text that is not one. */
export function count(raw: string): number | null | undefined {
  const t = raw.trim();
  if (t === "") return null;
  return /^\d+$/.test(t) ? Number(t) : undefined;
}

/** A participant as the edition's page lists them. */
export type Participant = {
  id: string;
  status: string;
  version: number;
  participant: { firstName: string; lastName: string };
};

export const nameOf = (e: Participant) => `${e.participant.firstName} ${e.participant.lastName}`;
