// A form's problems by the API's field path (`name`, `members.0.firstName`), shown on the
// fields and listed in the summary, whether found before sending or refused by the server.
import { useLayoutEffect, useRef, useState } from "react";
import { serverProblems } from "../lib/userErrors.ts";

type Payload = { userErrors: readonly { field: readonly string[]; code: string }[] } | null | undefined;

/** `message` says a code in the screen's words; `failed` is said when no answer came. */
export function useFormProblems(message: (code: string) => string, failed: string) {
  const summary = useRef<HTMLDivElement>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState("");
  // The summary takes the focus as soon as it is in the page, before it is painted: whoever
  // reads or types next starts from it, never from a field it is about to leave.
  const [focusAsked, setFocusAsked] = useState(0);
  useLayoutEffect(() => {
    if (focusAsked > 0) summary.current?.focus();
  }, [focusAsked]);
  const focus = () => setFocusAsked((n) => n + 1);
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
    answered: (payload: Payload, why = failed) => {
      if (!payload) {
        setFailure(why);
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
