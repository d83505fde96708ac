// The logic of families' screens apart from their widgets: the form that opens a file (what is
// checked before sending, the mutation's input), and form NK-A filled from a file's people.
import type { Prefill } from "../nka/form.ts";
import { daysBetween, formatDate } from "../../lib/format.ts";
import { texts } from "./texts.ts";

export type MemberDraft = { firstName: string; lastName: string; bornOn: string; relation: string };

export type FileDraft = {
  name: string;
  address: string;
  openedOn: string;
  members: MemberDraft[];
  workerIds: string[];
};

export const emptyMember = (): MemberDraft => ({ firstName: "", lastName: "", bornOn: "", relation: "" });

export function emptyFile(today: string): FileDraft {
  return { name: "", address: "", openedOn: today, members: [emptyMember()], workerIds: [] };
}

/** A file as its page holds it, to correct. */
export type StoredFile = {
  id: string;
  version: number;
  name: string;
  address?: string | null;
  openedOn: string;
  members: readonly { firstName: string; lastName: string; bornOn?: string | null; relation?: string | null }[];
  workers: readonly { userId: string; displayName?: string | null }[];
};

/** The form filled with a stored file, to correct it. */
export function draftOf(file: StoredFile): FileDraft {
  return {
    name: file.name,
    address: file.address ?? "",
    openedOn: file.openedOn,
    members: file.members.map((m) => ({ firstName: m.firstName, lastName: m.lastName, bornOn: m.bornOn ?? "", relation: m.relation ?? "" })),
    workerIds: file.workers.map((w) => w.userId),
  };
}

/** What is wrong before sending, by the API's field path (`members.0.firstName`). */
export function fileProblems(d: FileDraft): Record<string, string> {
  const out: Record<string, string> = {};
  if (!d.name.trim()) out.name = "REQUIRED";
  if (d.members.length === 0) out.members = "REQUIRED";
  d.members.forEach((m, i) => {
    if (!m.firstName.trim()) out[`members.${i}.firstName`] = "REQUIRED";
    if (!m.lastName.trim()) out[`members.${i}.lastName`] = "REQUIRED";
  });
  return out;
}

const orNull = (s: string) => (s.trim() === "" ? null : s.trim());

export function fileInput(d: FileDraft) {
  return {
    name: d.name.trim(),
    address: orNull(d.address),
    openedOn: d.openedOn || null,
    members: d.members.map((m) => ({
      firstName: m.firstName.trim(),
      lastName: m.lastName.trim(),
      bornOn: m.bornOn || null,
      relation: orNull(m.relation),
    })),
    workerIds: d.workerIds,
  };
}

/** A person's part in the procedure, or none (not named on the form). */
export type ProcedureRole = "VICTIM" | "PERPETRATOR" | "WITNESS" | "NONE";

type FileForNkA = {
  address?: string | null;
  members: readonly { firstName: string; lastName: string; bornOn?: string | null }[];
};

/**
 * Form NK-A's prefill from a file: the people given a part, in the file's order, each at the
 * family's address; refused unless someone is a victim (the form names at least one).
 */
export function nkaPrefill(
  file: FileForNkA,
  roles: readonly ProcedureRole[],
  today: string,
): { prefill: Prefill } | { problem: "VICTIM_REQUIRED" } {
  if (!roles.includes("VICTIM")) return { problem: "VICTIM_REQUIRED" };
  const persons = file.members.flatMap((m, i) => {
    const role = roles[i] ?? "NONE";
    if (role === "NONE") return [];
    return [
      {
        role,
        firstName: m.firstName,
        lastName: m.lastName,
        dateOfBirth: m.bornOn ?? null,
        address: file.address ?? null,
      },
    ];
  });
  return { prefill: { initiatedOn: today, description: "", persons } };
}

/** A social contract as the families' list reads it. */
export type Attention = { endsOn: string; reviewOn?: string | null; overdue: boolean; outcome?: string | null };

/**
 * What the family's contracts need, if anything: one past its end and not settled first
 * (urgent), then the next review day (urgent within a week), then the end of one in force.
 * Settled contracts need nothing.
 */
export function contractAttention(
  contracts: readonly Attention[],
  today: string,
): { text: string; urgent: boolean } | null {
  const open = contracts.filter((c) => !c.outcome);
  if (open.length === 0) return null;
  if (open.some((c) => c.overdue)) return { text: texts.contractOverdue, urgent: true };
  const next = open
    .flatMap((c) => (c.reviewOn && c.reviewOn >= today ? [c.reviewOn] : []))
    .sort()[0];
  if (next) return { text: texts.reviewDue(formatDate(next)), urgent: daysBetween(today, next) <= 7 };
  const ends = open.map((c) => c.endsOn).sort()[0] ?? "";
  return { text: texts.contractRuns(formatDate(ends)), urgent: false };
}
