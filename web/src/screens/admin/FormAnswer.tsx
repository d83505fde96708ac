import { useEffect, useRef } from "react";
import { Button } from "react-aria-components";
import type { Outcome } from "../card/actions.ts";
import { texts } from "./texts.ts";

export const problemText = (code: string) => texts.errors[code] ?? texts.unknownError(code);

/**
 * What a form's last answer was, announced: the problems listed by field, a CONFLICT with the
 * offer to reload (what was typed stays in the form), FORBIDDEN or a failure.
 */
export function FormAnswer({
  outcome,
  listed,
  reloaded,
  onReload,
}: {
  outcome: Outcome | null;
  listed: Record<string, string>;
  reloaded: boolean;
  onReload: () => void;
}) {
  const entries = Object.entries(listed);
  const shown = entries.length > 0 || (outcome && outcome.kind !== "done" && outcome.kind !== "refused");
  const summary = useRef<HTMLDivElement>(null);
  const reload = useRef<HTMLButtonElement>(null);
  // Keyboard users land where they can act: the reload after a CONFLICT, the message otherwise.
  useEffect(() => {
    if (outcome?.kind === "conflict") reload.current?.focus();
    else if (outcome?.kind === "failed" || outcome?.kind === "forbidden") summary.current?.focus();
  }, [outcome]);
  return (
    <div role="alert" ref={summary} tabIndex={-1} className={shown ? "summary" : undefined}>
      {entries.length > 0 && (
        <>
          <p>{texts.problems}</p>
          <ul>
            {entries.map(([field, code]) => (
              <li key={field}>{problemText(code)}</li>
            ))}
          </ul>
        </>
      )}
      {outcome?.kind === "conflict" && (
        <p>
          {texts.conflict}{" "}
          <Button ref={reload} className="button secondary" onPress={onReload}>
            {texts.reload}
          </Button>
        </p>
      )}
      {outcome?.kind === "forbidden" && <p>{texts.forbiddenAction}</p>}
      {outcome?.kind === "failed" && <p>{texts.failed}</p>}
      {reloaded && <p className="muted">{texts.reloaded}</p>}
    </div>
  );
}
