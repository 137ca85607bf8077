// A feed's own call (AP's winner flag) as the call panel shows it: advice for an editor, unless the
// race accepts source calls. "AP: called for Matt Bevin at 8:45 PM", "AP withdrew its call at 9:10 PM".
import { nameList } from "../race-name";

export interface SourceCallAdvice {
  /** Whose call it is: "AP", "Clarity". */
  source: string;
  /** "uncalled": the source withdrew the call it had made. */
  status: "called" | "runoff" | "uncalled";
  /** Winners, or the two advancing to a runoff; none for a withdrawal. */
  winners: { slug: string; name: string }[];
  /** The source's own time for the call, else when the desk recorded it; for a withdrawal, when it was recorded. */
  at: string;
  /** Whether the race follows the source's calls (through the call guard) without an editor. */
  acceptSourceCalls: boolean;
  /** The desk's current call already says what the source says. */
  deskAgrees: boolean;
  /** The source's call was not followed for this race: the guard's reason, for an editor to decide. */
  heldBack: { at: string; reason: string } | null;
}

/** The advice in one line; `when` writes a moment as the desk reads it (formatClockOrDate). */
export function sourceCallSentence(advice: Pick<SourceCallAdvice, "source" | "status" | "winners" | "at">, when: (iso: string) => string): string {
  const names = nameList(advice.winners.map((w) => w.name));
  if (advice.status === "uncalled") return `${advice.source} withdrew its call at ${when(advice.at)}`;
  if (advice.status === "runoff") return `${advice.source}: runoff between ${names} at ${when(advice.at)}`;
  return `${advice.source}: called for ${names} at ${when(advice.at)}`;
}

/** Whether the desk's current call is the source's: same status, same candidates. */
export function callsAgree(desk: { status: string; candidates: readonly string[] }, source: { status: string; candidates: readonly string[] }): boolean {
  return desk.status === source.status && [...desk.candidates].sort().join("\n") === [...source.candidates].sort().join("\n");
}

/** The advice as the race desk shows it: its sentences written, and the call an editor may copy. */
export interface SourceCallAdviceView {
  source: string;
  sentence: string;
  status: SourceCallAdvice["status"];
  /** Candidate slugs: winners, or the two advancing. */
  candidates: string[];
  deskAgrees: boolean;
  acceptSourceCalls: boolean;
  /** "AP's call was held back at 9:02 PM for an editor: …" */
  heldBack: string | null;
}

export function sourceCallAdviceView(advice: SourceCallAdvice, when: (iso: string) => string): SourceCallAdviceView {
  return {
    source: advice.source,
    sentence: sourceCallSentence(advice, when),
    status: advice.status,
    candidates: advice.winners.map((w) => w.slug),
    deskAgrees: advice.deskAgrees,
    acceptSourceCalls: advice.acceptSourceCalls,
    heldBack: advice.heldBack && `${advice.source}'s call was held back at ${when(advice.heldBack.at)} for an editor${advice.heldBack.reason ? `: ${advice.heldBack.reason}` : "."}`,
  };
}
