// The states a race's call can be in (DESIGN.md section 2). The current call is the latest record;
// a race with no record, or whose call was retracted, is "uncalled".

export const CALL_STATUSES = ["uncalled", "too_close", "called", "runoff"] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

export interface CurrentCall {
  status: CallStatus;
  /** Candidate slugs named as winners (status "called"). */
  winners: string[];
  /** Candidate slugs sent to a runoff (status "runoff"). */
  advancing: string[];
  calledAt: string | null;
  note: string | null;
}

export const NOT_CALLED: CurrentCall = { status: "uncalled", winners: [], advancing: [], calledAt: null, note: null };

export function isCallStatus(value: string): value is CallStatus {
  return (CALL_STATUSES as readonly string[]).includes(value);
}
