import { formatDate, plural } from "../../lib/format.ts";
import { responseState, type ResponseDeadline } from "./entry.ts";
import { texts } from "./texts.ts";

/** The response deadline in words (overdue and due soon flagged, not only by colour). */
export function DeadlineState({ deadline, today }: { deadline: ResponseDeadline; today: string }) {
  const s = responseState(deadline, today);
  if (s.urgency === "met") {
    const on = s.metOn ? formatDate(s.metOn) : "";
    return (
      <span className="deadline met">
        <span>{s.metLate ? texts.metLate(on) : texts.met(on)}</span>
        <span className="muted">{texts.dueOn(formatDate(deadline.dueOn))}</span>
      </span>
    );
  }
  const label =
    s.urgency === "overdue"
      ? texts.overdue(plural(-s.days, texts.days))
      : s.days === 0
        ? texts.dueToday
        : s.urgency === "soon"
          ? texts.dueSoon(plural(s.days, texts.days))
          : null;
  return (
    <span className={`deadline ${s.urgency}`}>
      {label && <strong className="flag">{label}</strong>}
      <span>{texts.dueOn(formatDate(s.dueOn))}</span>
    </span>
  );
}
