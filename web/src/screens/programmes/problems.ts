// What the programmes' forms share: a participant's name, and a form's problems by the API's field path (`name`, `staff.0.userId`), shown on the fields and
// listed in the summary, whether found before sending or refused by the server.
import { useRef, useState } from "react";
import { serverProblems } from "../../lib/userErrors.ts";
import { texts } from "./texts.ts";

type Payload = { userErrors: readonly { field: readonly string[]; code: string }[] } | null | undefined;

export function useProblems() {
  const summary = useRef<HTMLDivElement>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState("");
  const focus = () => window.requestAnimationFrame(() => summary.current?.focus());
  return {
    summary,
    problems,
    failure,
    listed: Object.entries(problems),
    error: (path: string) => (problems[path] ? message(problems[path]) : undefined),
    clear: (path: string) => setProblems((p) => (p[path] ? Object.fromEntries(Object.entries(p).filter(([k]) => k !== path)) : p)),
    /** Shows problems found before sending; whether there were any. */
    refuse: (found: Record<string, string>) => {
      setFailure("");
      setProblems(found);
      if (Object.keys(found).length > 0) focus();
      return Object.keys(found).length > 0;
    },
    /** The server's answer: true when done; its refusals on their fields otherwise. */
    answered: (payload: Payload, failed = texts.failed) => {
      if (!payload) {
        setFailure(failed);
        focus();
        return false;
      }
      if (payload.userErrors.length > 0) {
        setFailure("");
        setProblems(serverProblems(payload.userErrors));
        focus();
        return false;
      }
      setFailure("");
      setProblems({});
      return true;
    },
    fail: (why: string) => {
      setFailure(why);
      focus();
    },
  };
}

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
