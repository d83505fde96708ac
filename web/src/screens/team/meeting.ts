// The team page's logic apart from its widgets: the meeting form's checks and input, the
// attendance report's period and who missed meetings in it.
import { todayInPoland } from "../../lib/format.ts";

export type MeetingDraft = { heldOn: string; agenda: string; minutes: string; present: readonly string[] };

export const emptyDraft = (): MeetingDraft => ({ heldOn: "", agenda: "", minutes: "", present: [] });

/**
 * What the server would refuse, by field, as its codes: shown as the chair types and on
 * submit; the server checks again.
 */
export function draftProblems(draft: MeetingDraft, today: string = todayInPoland()): Record<string, string> {
  const out: Record<string, string> = {};
  if (draft.heldOn === "") out.heldOn = "REQUIRED";
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.heldOn)) out.heldOn = "INVALID_DATE";
  else if (draft.heldOn > today) out.heldOn = "IN_FUTURE";
  if (draft.agenda.trim() === "") out.agenda = "REQUIRED";
  return out;
}

/** `recordTeamMeeting`'s input: every member listed, present when ticked; no empty minutes. */
export function meetingInput(teamId: string, memberIds: readonly string[], draft: MeetingDraft) {
  const minutes = draft.minutes.trim();
  return {
    teamId,
    heldOn: draft.heldOn,
    agenda: draft.agenda.trim(),
    minutes: minutes === "" ? null : minutes,
    attendance: memberIds.map((memberId) => ({ memberId, present: draft.present.includes(memberId) })),
  };
}

/** The report's default period: the three months up to today (the law's meeting interval). */
export function defaultPeriod(today: string = todayInPoland()): { from: string; to: string } {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const back = new Date(Date.UTC(y, m - 1 - 3, 1));
  // The same day three months back, or that month's last day (31.05 → 28/29.02).
  const last = new Date(Date.UTC(back.getUTCFullYear(), back.getUTCMonth() + 1, 0)).getUTCDate();
  back.setUTCDate(Math.min(d, last));
  return { from: back.toISOString().slice(0, 10), to: today };
}

/** Members who missed at least one meeting of the period, most absences first. */
export function missedMeetings<M>(byMember: readonly { member: M; meetings: number; present: number }[]) {
  return byMember
    .filter((r) => r.present < r.meetings)
    .map((r) => ({ member: r.member, missed: r.meetings - r.present, meetings: r.meetings }))
    .sort((a, b) => b.missed - a.missed);
}
