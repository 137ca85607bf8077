import "server-only";
// The named schemas of the OpenAPI document, converted from zod by zod's own JSON Schema output
// (OpenAPI 3.1 schemas are JSON Schema 2020-12). Requests are described as what a client may send
// (zod's input side: defaults optional), answers as what the server sends (the output side).
import { z } from "zod";
import { proposedCallSchema } from "@/lib/domain/call-guard";
import { callPendingSchema, pendingCallSchema, pendingCallWithdrawnSchema, raceCalledSchema, refusalSchema, warningSchema } from "@/lib/domain/call-json";
import { candidatePhotoSetSchema, candidateProfileRecordSchema } from "@/lib/domain/candidate-json";
import { mapLayerRemovedSchema, mapLayerReportSchema } from "@/lib/domain/map-layer-json";
import {
  candidateProfileSchema,
  electionEditSchema,
  newElectionSchema,
  newRaceSchema,
  newReportingUnitSchema,
  raceEditSchema,
  reportingUnitEditSchema,
} from "@/lib/domain/election-setup";
import { electionListSchema, electionSummarySchema, editedElectionSchema, electionWithRacesSchema } from "@/lib/domain/election-json";
import { deskChangeSchema } from "@/lib/domain/desk-change-json";
import { apiErrorSchemas } from "@/lib/domain/error-json";
import { feedImportReportSchema, feedProblemSchema } from "@/lib/domain/feeds/feed-import";
import { releaseFeedHoldInputSchema } from "@/lib/domain/feeds/held-count-input";
import { feedSourceEditSchema, newFeedSourceSchema } from "@/lib/domain/feeds/feed-source-input";
import { feedSnapshotSummarySchema, feedSourceListSchema, feedSourceRemovedSchema, feedSourceSchema } from "@/lib/domain/feeds/feed-source-json";
import { importProblemSchema, importReportSchema } from "@/lib/domain/import-json";
import { storyExpectationSchema } from "@/lib/domain/publication-gate";
import {
  currentCallSchema,
  lastCountChangeSchema,
  publicRaceSchema,
  raceCandidateSchema,
  raceHistorySchema,
  raceResultSchema,
  raceRuleJsonSchema,
  raceSummarySchema,
  reportingUnitSchema,
} from "@/lib/domain/race-json";
import { candidateFoundSchema, electionFoundSchema, raceFoundSchema, searchResultsSchema } from "@/lib/domain/search-json";
import { pendingCallInputSchema } from "@/lib/domain/second-editor";
import { storySchema } from "@/lib/domain/story-json";
import { newStorySchema, storyEditSchema } from "@/lib/domain/story-input";
import { unitTallyInputSchema } from "@/lib/domain/unit-tally";
import { newRaceCandidateSchema, withdrawCandidateSchema } from "@/lib/domain/race-candidates";
import { undoUnitSaveInputSchema, unitHistorySchema, unitSaveSchema } from "@/lib/domain/unit-history-json";
import { newWebhookSchema } from "@/lib/domain/webhooks/webhook-input";
import { createdWebhookSchema, webhookDeliverySchema, webhookEndpointSchema, webhookListSchema, webhookRemovedSchema } from "@/lib/domain/webhooks/webhook-json";

export type JsonSchema = Record<string, unknown>;

export const REQUEST_SCHEMAS = {
  NewElection: newElectionSchema,
  ElectionEdit: electionEditSchema,
  NewRace: newRaceSchema,
  RaceEdit: raceEditSchema,
  NewReportingUnit: newReportingUnitSchema,
  ReportingUnitEdit: reportingUnitEditSchema,
  CandidateProfileEdit: candidateProfileSchema,
  UnitTally: unitTallyInputSchema,
  ReleaseFeedHold: releaseFeedHoldInputSchema,
  UndoUnitSave: undoUnitSaveInputSchema,
  NewRaceCandidate: newRaceCandidateSchema,
  CandidateWithdrawal: withdrawCandidateSchema,
  ProposedCall: proposedCallSchema,
  PendingCallRef: pendingCallInputSchema,
  NewStory: newStorySchema,
  StoryEdit: storyEditSchema,
  NewFeedSource: newFeedSourceSchema,
  FeedSourceEdit: feedSourceEditSchema,
  NewWebhook: newWebhookSchema,
} satisfies Record<string, z.ZodType>;

/** The document itself, loosely: the validators that read it check the rest. */
const openApiDocumentSchema = z
  .object({ openapi: z.string().regex(/^3\.1\./), info: z.object({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) })
  .describe("An OpenAPI 3.1 document.");

export const ANSWER_SCHEMAS = {
  Race: raceResultSchema,
  PublicRace: publicRaceSchema,
  LastCountChange: lastCountChangeSchema,
  RaceSummary: raceSummarySchema,
  RaceRule: raceRuleJsonSchema,
  RaceCandidate: raceCandidateSchema,
  ReportingUnit: reportingUnitSchema,
  CurrentCall: currentCallSchema,
  RaceHistory: raceHistorySchema,
  ElectionSummary: electionSummarySchema,
  ElectionList: electionListSchema,
  Election: electionWithRacesSchema,
  EditedElection: editedElectionSchema,
  SearchResults: searchResultsSchema,
  RaceFound: raceFoundSchema,
  CandidateFound: candidateFoundSchema,
  ElectionFound: electionFoundSchema,
  RaceCalled: raceCalledSchema,
  PendingCall: pendingCallSchema,
  CallPending: callPendingSchema,
  PendingCallWithdrawn: pendingCallWithdrawnSchema,
  CallRefusal: refusalSchema,
  CallWarning: warningSchema,
  Story: storySchema,
  StoryExpectation: storyExpectationSchema,
  ImportReport: importReportSchema,
  ImportProblem: importProblemSchema,
  FeedImportReport: feedImportReportSchema,
  FeedProblem: feedProblemSchema,
  CandidateProfile: candidateProfileRecordSchema,
  CandidatePhotoSet: candidatePhotoSetSchema,
  MapLayerReport: mapLayerReportSchema,
  MapLayerRemoved: mapLayerRemovedSchema,
  FeedSource: feedSourceSchema,
  FeedSourceList: feedSourceListSchema,
  FeedSourceRemoved: feedSourceRemovedSchema,
  FeedSnapshotSummary: feedSnapshotSummarySchema,
  DeskChange: deskChangeSchema,
  UnitHistory: unitHistorySchema,
  UnitSave: unitSaveSchema,
  Webhook: webhookEndpointSchema,
  CreatedWebhook: createdWebhookSchema,
  WebhookList: webhookListSchema,
  WebhookDelivery: webhookDeliverySchema,
  WebhookRemoved: webhookRemovedSchema,
  OpenApiDocument: openApiDocumentSchema,
  ...Object.fromEntries(Object.entries(apiErrorSchemas).map(([name, schema]) => [`${name}Error`, schema])),
} satisfies Record<string, z.ZodType>;

export type RequestName = keyof typeof REQUEST_SCHEMAS;
export type AnswerName = Exclude<keyof typeof ANSWER_SCHEMAS, `${string}Error`>;

export const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const errorSchemaName = (name: string) => `${name}Error`;

// What a JSON Schema object needs no sign of: the integer range of a JavaScript number, zod's default.
const SAFE_INTEGER_BOUNDS: [string, number][] = [
  ["minimum", Number.MIN_SAFE_INTEGER],
  ["maximum", Number.MAX_SAFE_INTEGER],
];

/**
 * A z.object in an answer may gain fields (the race JSON has "at least" its fields), so it allows
 * extra properties; a z.strictObject does not. zod's output side would close both.
 */
function openPlainObjects(ctx: { zodSchema: z.core.$ZodType; jsonSchema: JsonSchema }): void {
  const def = ctx.zodSchema._zod.def;
  if (def.type === "object" && !("catchall" in def && def.catchall) && ctx.jsonSchema.additionalProperties === false) {
    delete ctx.jsonSchema.additionalProperties;
  }
}

/**
 * Tidies what zod emits: drops the integer bounds every z.int() carries, and the "or NaN" branch of
 * the desk forms' number fields (a JSON body cannot hold NaN, so the branch can never match).
 */
function tidy(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(tidy);
  if (!node || typeof node !== "object") return;
  const schema = node as JsonSchema;
  Object.values(schema).forEach(tidy);
  for (const [key, bound] of SAFE_INTEGER_BOUNDS) if (schema[key] === bound) delete schema[key];
  if (Array.isArray(schema.anyOf)) {
    const options = schema.anyOf.filter((option) => !isNothing(option));
    if (options.length === 1) {
      delete schema.anyOf;
      Object.assign(schema, options[0]);
    } else schema.anyOf = options;
  }
}

const isNothing = (schema: unknown) => JSON.stringify(schema) === JSON.stringify({ not: {} });

function convert(named: Record<string, z.ZodType>, io: "input" | "output"): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    io,
    uri: (id) => `#/components/schemas/${id}`,
    // z.nan(), for a desk form's number field holding text: matches nothing a JSON body can hold.
    unrepresentable: ({ zodSchema }) => (zodSchema._zod.def.type === "nan" ? { not: {} } : "throw"),
    override: io === "output" ? openPlainObjects : undefined,
  });
  return Object.fromEntries(
    Object.entries(schemas as Record<string, JsonSchema>).map(([id, { $schema: _schema, $id: _id, ...schema }]) => {
      tidy(schema);
      return [id, schema];
    }),
  );
}

/** The document's `components.schemas`: every request and answer schema, each by its name. */
export function componentSchemas(): Record<string, JsonSchema> {
  const requests = convert(REQUEST_SCHEMAS, "input");
  const answers = convert(ANSWER_SCHEMAS, "output");
  const shared = Object.keys(requests).filter((name) => name in answers);
  if (shared.length > 0) throw new Error(`A request and an answer schema share a name: ${shared.join(", ")}`);
  return { ...requests, ...answers };
}
