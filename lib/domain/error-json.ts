// The API's error answers, `{"error": {"code", "message", ...}}` (DESIGN.md section 4), as zod
// schemas for the OpenAPI document: one per kind of refusal, each with the details it carries.
// Which status each has, and which routes answer it, is the document's business (lib/server/openapi).
// An error may carry more details later: the envelopes here are open.
import { z } from "zod";
import { refusalSchema, warningSchema } from "./call-json";
import { feedImportReportSchema } from "./feeds/feed-import";
import { importReportSchema } from "./import-json";
import { raceResultSchema, reportingUnitSchema } from "./race-json";

function apiError<Code extends string>(code: Code, details: z.ZodRawShape = {}) {
  return z.object({ error: z.object({ code: z.literal(code), message: z.string().describe("A sentence a person can read."), ...details }) });
}

const fields = z.record(z.string(), z.string()).describe("Each offending field (a dotted path) and what is wrong with it.");

export const apiErrorSchemas = {
  Malformed: apiError("malformed", {
    problems: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional().describe("Every problem with the request's shape, by path."),
  }),
  Unauthenticated: apiError("unauthenticated"),
  Forbidden: apiError("forbidden"),
  CrossOrigin: apiError("cross_origin"),
  NotFound: apiError("not_found"),
  PayloadTooLarge: apiError("payload_too_large"),
  UnsupportedMediaType: apiError("unsupported_media_type"),
  Invalid: apiError("invalid", { fields }),
  SlugTaken: apiError("slug_taken", { slug: z.string(), fields }),
  UnitVersionConflict: apiError("version_conflict", { current: reportingUnitSchema.describe("The unit as it is now.") }),
  ImportVersionConflict: apiError("version_conflict", {
    units: z.array(
      z.strictObject({ race: z.string(), unit: z.string(), name: z.string(), checkedVersion: z.int(), version: z.int().nullable() }),
    ).describe("The units saved by someone else while the file was checked."),
  }),
  CallConflict: apiError("call_conflict"),
  CallStale: apiError("call_stale", { race: raceResultSchema.describe("The race as it is now.") }),
  PendingCallClosed: apiError("pending_call_closed"),
  SecondEditorRequired: apiError("second_editor_required"),
  CallRefused: apiError("call_refused", { refusals: z.array(refusalSchema), warnings: z.array(warningSchema) }),
  CallNeedsAcknowledgement: apiError("call_needs_acknowledgement", { warnings: z.array(warningSchema).describe("The warnings not yet acknowledged.") }),
  GateClosed: apiError("gate_closed", { reason: z.string() }),
  StoryPublished: apiError("story_published"),
  StoryChanged: apiError("story_changed"),
  TestData: apiError("test_data"),
  NothingToUndo: apiError("nothing_to_undo"),
  ImportRefused: apiError("import_refused", importReportSchema.shape),
  FeedRefused: apiError("feed_refused", feedImportReportSchema.shape),
  Internal: apiError("internal"),
};

export type ApiErrorName = keyof typeof apiErrorSchemas;
