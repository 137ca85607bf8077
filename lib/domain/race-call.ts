// The states a race's call can be in (DESIGN.md section 2), and the current call as pages and the
// JSON show it. The current call is the latest record; a race with no record is "uncalled", and so
// is a race whose latest record is a retraction, which also says when and why.

export const CALL_STATUSES = ["uncalled", "too_close", "called", "runoff"] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

export interface CurrentCall {
  status: CallStatus;
  /** Candidate slugs named as winners (status "called"). */
  winners: string[];
  /** Candidate slugs sent to a runoff (status "runoff"). */
  advancing: string[];
  /** When the current call was made; null when nothing stands (never called, or retracted). */
  calledAt: string | null;
  /** When the call was retracted, if the latest record is a retraction. */
  retractedAt: string | null;
  /** The editor's note on the latest record: for a retraction, the reason. */
  note: string | null;
}

export const NOT_CALLED: CurrentCall = { status: "uncalled", winners: [], advancing: [], calledAt: null, retractedAt: null, note: null };

export function isCallStatus(value: string): value is CallStatus {
  return (CALL_STATUSES as readonly string[]).includes(value);
}

/** The latest call record of a race, as stored: its status, time, note and the candidates it names. */
export interface CallRecord {
  status: string;
  /** ISO time the record was made. */
  at: string;
  note: string | null;
  named: readonly { role: string; slug: string }[];
}

/**
 * The current call from the latest record. A record with status "uncalled" is a retraction (a race
 * that was never called has no record at all): its time is when the call was retracted, not a call
 * time, so a page never shows "Called <time>" beside "Not yet called".
 */
export function currentCallOf(latest: CallRecord | null | undefined): CurrentCall {
  if (!latest || !isCallStatus(latest.status)) return NOT_CALLED;
  const slugsWithRole = (role: string) => latest.named.filter((n) => n.role === role).map((n) => n.slug);
  const retraction = latest.status === "uncalled";
  return {
    status: latest.status,
    winners: slugsWithRole("winner"),
    advancing: slugsWithRole("advancing"),
    calledAt: retraction ? null : latest.at,
    retractedAt: retraction ? latest.at : null,
    note: latest.note,
  };
}

/** True when the current call is a retraction: uncalled, but called before. */
export function isRetraction(call: CurrentCall): call is CurrentCall & { status: "uncalled"; retractedAt: string } {
  return call.status === "uncalled" && call.retractedAt !== null;
}

/** When the latest call record was made, call or retraction; null for a race never called. */
export function callRecordedAt(call: CurrentCall): string | null {
  return call.calledAt ?? call.retractedAt;
}
