// What `POST /api/v1/races/{slug}/call` answers, and the call guard's findings its refusals list,
// as zod schemas for the OpenAPI document. The codes are call-guard.ts's RefusalCode and
// WarningCode; lib/server/openapi/answers.test.ts checks that the lists here name the same codes.
import { z } from "zod";
import { currentCallSchema, raceResultSchema } from "./race-json";
import { PENDING_CALL_OUTCOMES } from "./second-editor";

export const REFUSAL_CODES = [
  "unknown_candidate",
  "duplicate_candidate",
  "no_votes",
  "wrong_winner_count",
  "runoff_in_plurality",
  "wrong_advancing_count",
  "candidates_not_expected",
  "winner_below_threshold",
  "retraction_needs_reason",
  "nothing_to_retract",
  "no_runoff_needed",
  "withdrawn_candidate",
] as const;

export const WARNING_CODES = [
  "winner_not_leading",
  "tied_at_last_seat",
  "margin_in_recount_band",
  "margin_below_projection",
  "leader_below_threshold",
  "leader_has_majority",
] as const;

export const refusalSchema = z.strictObject({ code: z.enum(REFUSAL_CODES), message: z.string() });

export const warningSchema = z
  .strictObject({ code: z.enum(WARNING_CODES), message: z.string() })
  .describe("A warning the call goes ahead with only once its code is in `acknowledge`.");

export const pendingCallSchema = z
  .strictObject({
    id: z.string(),
    status: z.enum(["called", "runoff"]),
    winners: z.array(z.string()),
    advancing: z.array(z.string()),
    note: z.string().nullable(),
    acknowledge: z.array(z.string()).describe("The warnings the proposer acknowledged."),
    proposedBy: z.string(),
    proposedById: z.string().nullable(),
    proposedAt: z.string(),
    raceVersion: z.int().describe("The race's version when proposed: a confirmation stands only while the race is still at it."),
    outcome: z.enum(PENDING_CALL_OUTCOMES).nullable().describe("null while waiting for a second editor."),
    resolvedBy: z.string().nullable(),
  })
  .describe("A close call waiting for a second editor (a different editor from the proposer). Readers see nothing of it.");

export const callPendingSchema = z.strictObject({
  pendingCall: pendingCallSchema,
  call: currentCallSchema.describe("The race's call, unchanged until the proposal is confirmed."),
  race: raceResultSchema,
});

export const pendingCallWithdrawnSchema = z.strictObject({ pendingCall: pendingCallSchema });

export const raceCalledSchema = z.strictObject({
  call: currentCallSchema,
  pulledStories: z
    .array(z.strictObject({ id: z.string(), slug: z.string(), headline: z.string(), reason: z.string() }))
    .describe("Published stories whose expected result the new call broke, pulled in the same write."),
  race: raceResultSchema,
});
