// Close calls wait for a second editor (issue 15). A call that names an outcome (a winner, or a
// runoff) over a warning the guard raised, the recount band among them, is only a proposal until a
// different editor confirms it: the two-person rule newsrooms keep for the calls they most regret
// getting wrong. A retraction or "too close to call" is never held back: saying less is always safe.
// Each election can switch the rule off (on by default).
import { z } from "zod";
import type { CallVerdict } from "./call-guard";
import type { CallStatus } from "./race-call";

/** How a pending call ended; null while it waits. */
export const PENDING_CALL_OUTCOMES = ["confirmed", "withdrawn", "superseded"] as const;
export type PendingCallOutcome = (typeof PENDING_CALL_OUTCOMES)[number];

/** Which proposal a confirmation or withdrawal means: another may have replaced it since the editor looked. */
export const pendingCallInputSchema = z.object({ id: z.string().min(1).max(100) }).strict();

/** A close call as proposed, for the desk and the editor's API client (never for readers). */
export interface PendingCallView {
  id: string;
  status: "called" | "runoff";
  /** Candidate slugs named as winners or as advancing. */
  winners: string[];
  advancing: string[];
  note: string | null;
  /** The warnings the proposer acknowledged. */
  acknowledge: string[];
  proposedBy: string;
  proposedById: string | null;
  proposedAt: string;
  /** The race's version when proposed: the confirmation stands only at this version. */
  raceVersion: number;
  outcome: PendingCallOutcome | null;
  resolvedBy: string | null;
}

export function needsSecondEditor(status: CallStatus, verdict: CallVerdict, electionRequires: boolean): boolean {
  if (!electionRequires) return false;
  if (status !== "called" && status !== "runoff") return false;
  return verdict.refusals.length === 0 && verdict.warnings.length > 0;
}

/** Only someone other than the proposer may confirm: otherwise one person would have made the call alone. */
export function mayConfirm(proposedById: string | null, confirmerId: string): boolean {
  return proposedById !== confirmerId;
}
