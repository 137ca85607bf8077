// The publication gate (DESIGN.md section 2): a story that depends on a result goes out only when
// the race's current call is the one it expects, and is pulled when the call stops being that. A race
// whose election holds test data publishes nothing, whatever its call (test-data.ts).
import { z } from "zod";
import { ownValue } from "./own-keys";
import { isRetraction, type CallStatus, type CurrentCall } from "./race-call";
import { nameList } from "./race-name";
import { TEST_DATA_REFUSAL } from "./test-data";

export const storyExpectationSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("called") }).strict(),
  z.object({ kind: z.literal("winner"), candidate: z.string().min(1).max(200) }).strict(),
  z.object({ kind: z.literal("runoff") }).strict(),
]);

export type StoryExpectation = z.infer<typeof storyExpectationSchema>;

/**
 * The rule, as data: what each kind of expectation needs of the race's current call. It is the one
 * source of the rule: expectationHolds reads it here, and the writes that publish and pull stories
 * read it as SQL (lib/server/race-store/publication-rule-sql.ts), so the two cannot drift apart.
 */
export const EXPECTATION_NEEDS = {
  called: { status: "called", namedWinner: false },
  winner: { status: "called", namedWinner: true },
  runoff: { status: "runoff", namedWinner: false },
} as const satisfies Record<StoryExpectation["kind"], { status: CallStatus; namedWinner: boolean }>;

export function expectationHolds(expects: StoryExpectation, call: CurrentCall): boolean {
  const needs = EXPECTATION_NEEDS[expects.kind];
  if (call.status !== needs.status) return false;
  return !needs.namedWinner || (expects.kind === "winner" && call.winners.includes(expects.candidate));
}

export interface GateRace {
  /** As it reads in a sentence: "District 5". */
  name: string;
  call: CurrentCall;
  /** Candidate names by slug. */
  candidates: Readonly<Record<string, string>>;
  /** The race's election holds test data. */
  testData: boolean;
}

/** Closed, with the reason; `testData` when it is closed because the election holds test data. */
export type GateVerdict = { open: true } | { open: false; reason: string; testData?: true };

function expectedWords(expects: StoryExpectation, candidates: GateRace["candidates"]): string {
  if (expects.kind === "winner") return ownValue(candidates, expects.candidate) ?? expects.candidate;
  return expects.kind === "runoff" ? "a runoff" : "a winner";
}

export function canPublish(expects: StoryExpectation, race: GateRace): GateVerdict {
  if (race.testData) return { open: false, reason: TEST_DATA_REFUSAL, testData: true };
  if (expectationHolds(expects, race.call)) return { open: true };
  const names = (slugs: readonly string[]) => nameList(slugs.map((s) => ownValue(race.candidates, s) ?? s));
  const expected = expectedWords(expects, race.candidates);
  switch (race.call.status) {
    case "uncalled":
      return { open: false, reason: `${race.name} has not been called` };
    case "too_close":
      return { open: false, reason: `${race.name} is too close to call` };
    case "called":
      return { open: false, reason: `${race.name} was called for ${names(race.call.winners)}; this story expects ${expected}` };
    case "runoff":
      return { open: false, reason: `${race.name} goes to a runoff between ${names(race.call.advancing)}; this story expects ${expected}` };
  }
}

/**
 * Why a published story is pulled by a new call, or null when its result still holds. The editor's
 * note is the reason readers are owed: a retraction is told by its note ("The call in District 5 was
 * retracted: recanvass under way"); any other call's note follows the gate's reason.
 */
export function pullReason(expects: StoryExpectation, race: GateRace): string | null {
  const verdict = canPublish(expects, race);
  if (verdict.open) return null;
  const note = race.call.note?.trim();
  if (!note) return verdict.reason;
  if (isRetraction(race.call)) return `The call in ${race.name} was retracted: ${note}`;
  return `${verdict.reason}. Editor's note: ${note}`;
}
