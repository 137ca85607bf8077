import "server-only";
// The OpenAPI 3.1 document of /api/v1 (`GET /api/v1/openapi.json`), built once per process from the
// operation table and the zod schemas: nothing in it is written by hand twice.
import type { OpenAPIV3_1 } from "openapi-types";
import { z } from "zod";
import type { ApiErrorName } from "@/lib/domain/error-json";
import { PERMISSION_MIN_ROLE } from "@/lib/domain/permissions";
import { jsonEntry, type JsonEntry } from "@/lib/server/http";
import { componentSchemas, errorSchemaName, schemaRef, type JsonSchema } from "@/lib/server/openapi/components";
import { API_OPERATIONS, type ApiOperation } from "@/lib/server/openapi/operations";

type Responses = OpenAPIV3_1.ResponsesObject;

/** Better Auth's session cookie, under its default prefix (lib/server/auth/auth.ts sets none). */
export const SESSION_COOKIE_NAME = "better-auth.session_token";

/** Each refusal's status and when it is answered (lib/server/errors.ts and the commands). */
const ERRORS: Record<ApiErrorName, { status: number; when: string }> = {
  Malformed: { status: 400, when: "`malformed`: the body is not valid JSON, or not of the expected shape (`problems` lists each)" },
  Unauthenticated: { status: 401, when: "`unauthenticated`: no valid API key and no session" },
  Forbidden: { status: 403, when: "`forbidden`: the caller's role is below the one required" },
  CrossOrigin: { status: 403, when: "`cross_origin`: a write with the session cookie from another site" },
  NotFound: { status: 404, when: "`not_found`: no such resource" },
  SlugTaken: { status: 409, when: "`slug_taken`: the address is already used" },
  UnitVersionConflict: { status: 409, when: "`version_conflict`: `version` is stale; `current` is the unit as it is now" },
  ImportVersionConflict: { status: 409, when: "`version_conflict`: a unit in the file was saved by someone else while it was checked; nothing was written" },
  CallConflict: { status: 409, when: "`call_conflict`: the count or the call changed while deciding" },
  CallStale: { status: 409, when: "`call_stale`: the count or the call changed since the close call was proposed; `race` is the race as it is now" },
  PendingCallClosed: { status: 409, when: "`pending_call_closed`: the proposal was already confirmed, withdrawn or superseded by another call" },
  GateClosed: { status: 409, when: "`gate_closed`: the race's call does not match the story's expected result (`reason` says why)" },
  StoryPublished: { status: 409, when: "`story_published`: a published story cannot be edited" },
  StoryChanged: { status: 409, when: "`story_changed`: the story changed while it was being edited" },
  TestData: { status: 409, when: "`test_data`: the race's election holds test data; nothing about it can be published" },
  PayloadTooLarge: { status: 413, when: "`payload_too_large`: the body is over the limit" },
  UnsupportedMediaType: { status: 415, when: "`unsupported_media_type`: the body was not sent with the Content-Type the route takes" },
  Invalid: { status: 422, when: "`invalid`: input of the right shape that a rule refuses (`fields` names each)" },
  CallRefused: { status: 422, when: "`call_refused`: the call guard refuses the call" },
  CallNeedsAcknowledgement: { status: 422, when: "`call_needs_acknowledgement`: the call has warnings not listed in `acknowledge`" },
  NothingToUndo: { status: 422, when: "`nothing_to_undo`: the unit has no save that can be reverted" },
  SecondEditorRequired: { status: 422, when: "`second_editor_required`: the proposer cannot confirm their own close call" },
  ImportRefused: { status: 422, when: "`import_refused`: the file has problems (every one listed, by line); nothing was written" },
  FeedRefused: { status: 422, when: "`feed_refused`: the snapshot has problems (every one listed, with where); nothing was applied" },
  Internal: { status: 500, when: "`internal`: a fault on the server's side; the message says nothing more" },
};

/** What every operation of a kind can answer, whatever it does. */
function commonErrors(operation: ApiOperation): ApiErrorName[] {
  const errors: ApiErrorName[] = [];
  const { access, body, method, path } = operation;
  if (path.includes("{")) errors.push("NotFound");
  if (access !== "public") errors.push("Unauthenticated", "Forbidden", "Internal");
  if (access !== "public" && method !== "get") errors.push("CrossOrigin");
  if (typeof body === "object") errors.push("Malformed", "PayloadTooLarge", "UnsupportedMediaType");
  if (body === "csv") errors.push("PayloadTooLarge", "UnsupportedMediaType");
  if (body === "image" || body === "feed" || body === "mapLayer") errors.push("PayloadTooLarge");
  return errors;
}

function errorResponses(operation: ApiOperation): Responses {
  const byStatus = new Map<number, ApiErrorName[]>();
  for (const name of new Set([...commonErrors(operation), ...(operation.errors ?? [])])) {
    const status = ERRORS[name].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), name]);
  }
  const responses: Responses = {};
  for (const [status, names] of [...byStatus].sort(([a], [b]) => a - b)) {
    const refs = names.map((name) => schemaRef(errorSchemaName(name)));
    responses[status] = {
      description: names.map((name) => ERRORS[name].when).join("; ") + ".",
      content: { "application/json": { schema: refs.length === 1 ? refs[0]! : { oneOf: refs } } },
    };
  }
  return responses;
}

const CACHE_HEADERS = { ETag: { $ref: "#/components/headers/ETag" }, "Cache-Control": { $ref: "#/components/headers/CacheControl" } };
const PHOTO_TYPES = ["image/png", "image/jpeg", "image/webp"];
const FEED_TYPES = ["application/json", "application/xml", "text/xml", "application/zip", "text/csv", "application/octet-stream"];

function answerResponses({ answer, accepted }: ApiOperation): Responses {
  if ("image" in answer) {
    return { 200: { description: answer.description, headers: CACHE_HEADERS, content: Object.fromEntries(PHOTO_TYPES.map((type) => [type, {}])) } };
  }
  if ("csv" in answer) {
    const download = { description: `\`attachment; filename="${answer.csv.fileName}"\``, schema: { type: "string" } } as const;
    return {
      200: { description: answer.description, headers: { ...CACHE_HEADERS, "Content-Disposition": download }, content: { "text/csv": { schema: { type: "string" } } } },
      304: { description: "Not modified: `If-None-Match` names the current ETag. No body.", headers: CACHE_HEADERS },
    };
  }
  if ("events" in answer) {
    const { name, json, id } = answer.events;
    const stream = { schema: { type: "string", description: `Frames of \`id:\` (${id}), \`event: ${name}\` and \`data:\` (a ${json} as JSON), and \`: keep-alive\` comments.` } as const };
    return { 200: { description: answer.description, content: { "text/event-stream": stream } } };
  }
  const content = { "application/json": { schema: schemaRef(answer.json) } };
  if (accepted) return { [answer.status]: { description: answer.description, content }, 202: { description: accepted.description, content: { "application/json": { schema: schemaRef(accepted.json) } } } };
  if (!answer.conditional) return { [answer.status]: { description: answer.description, content } };
  return {
    [answer.status]: { description: answer.description, headers: CACHE_HEADERS, content },
    304: { description: "Not modified: `If-None-Match` names the current ETag. No body.", headers: CACHE_HEADERS },
  };
}

const PARAMETER_OWNERS: Record<string, string> = {
  elections: "The election's slug",
  races: "The race's slug",
  candidates: "The candidate's slug",
  units: "The reporting unit's slug, within the race",
  stories: "The story's id",
  feeds: "The feed source's id",
  webhooks: "The webhook's id",
  deliveries: "The delivery's id, within the webhook",
};

/** A query string holds text: of a schema that also takes other JSON types, the text branch. */
function asQueryValue(schema: JsonSchema): JsonSchema {
  const text = Array.isArray(schema.anyOf) ? schema.anyOf.filter((option: JsonSchema) => option.type === "string") : [];
  return text.length === 1 ? text[0] : schema;
}

function parameters(operation: ApiOperation): (OpenAPIV3_1.ParameterObject | OpenAPIV3_1.ReferenceObject)[] {
  const segments = operation.path.split("/");
  const path = segments.flatMap((segment, index) => {
    const name = segment.match(/^\{(\w+)\}$/)?.[1];
    return name ? [{ name, in: "path", required: true, description: PARAMETER_OWNERS[segments[index - 1]!], schema: { type: "string" } } as const] : [];
  });
  const query = Object.entries(operation.query?.schema.shape ?? {}).map(([name, schema]): OpenAPIV3_1.ParameterObject => {
    const { $schema: _, ...json } = z.toJSONSchema(schema as z.ZodType, { io: "input" });
    return { name, in: "query", required: false, description: operation.query!.descriptions[name], schema: asQueryValue(json) as OpenAPIV3_1.ParameterObject["schema"] };
  });
  const conditional = ("json" in operation.answer && operation.answer.conditional) || "csv" in operation.answer ? [{ $ref: "#/components/parameters/IfNoneMatch" }] : [];
  const resume: OpenAPIV3_1.ParameterObject[] =
    "events" in operation.answer
      ? [{ name: "Last-Event-ID", in: "header", required: false, description: "Sent by EventSource when it reconnects: the id of the last event it received.", schema: { type: "string" } }]
      : [];
  return [...path, ...query, ...conditional, ...resume];
}

function requestBody({ body }: ApiOperation): OpenAPIV3_1.RequestBodyObject | undefined {
  if (!body) return undefined;
  if (body === "csv") {
    const csv = { schema: { type: "string" } as const, example: "race,unit,candidate,votes,precincts_reporting\natlanta-2017-council-district-5,fulton,natalyn-archibong,3412,22\n" };
    return { required: true, description: "The CSV file itself, up to 20 MB.", content: { "text/csv": csv, "application/csv": csv } };
  }
  if (body === "feed") {
    const file = { schema: { type: "string", contentMediaType: "application/octet-stream" } as const };
    return {
      required: true,
      description: "The feed payload itself, byte for byte: AP JSON, a Clarity detail.xml or detailxml.zip, a Clarity summary.json, or an OpenElections CSV. Up to 50 MB (a zip's content too).",
      content: Object.fromEntries(FEED_TYPES.map((type) => [type, file])),
    };
  }
  if (body === "mapLayer") {
    const file = { schema: { type: "string" } as const };
    return {
      required: true,
      description: "The GeoJSON FeatureCollection or TopoJSON topology itself, Polygon and MultiPolygon features only, up to 5 MB.",
      content: { "application/geo+json": file, "application/json": file },
    };
  }
  if (body === "image") return { required: true, description: "The image itself: PNG, JPEG or WebP, up to 2 MB.", content: { "image/*": {} } };
  return { required: true, content: { "application/json": { schema: schemaRef(body.json) } } };
}

function accessWords({ access }: ApiOperation): string {
  if (access === "public") return "Public: no credentials; cacheable.";
  return `Requires the \`${PERMISSION_MIN_ROLE[access]}\` role or above (permission \`${access}\`), with an API key or the desk's session.`;
}

function operationObject(operation: ApiOperation): OpenAPIV3_1.OperationObject {
  const access = operation.access;
  return {
    operationId: operation.operationId,
    tags: [operation.tag],
    summary: operation.summary,
    description: [operation.description, accessWords(operation)].filter(Boolean).join("\n\n"),
    security: access === "public" ? [] : [{ apiKey: [] }, { session: [] }],
    ...(access !== "public" && { "x-required-role": PERMISSION_MIN_ROLE[access] }),
    parameters: parameters(operation),
    requestBody: requestBody(operation),
    responses: { ...answerResponses(operation), ...errorResponses(operation) },
  };
}

function buildDocument(): OpenAPIV3_1.Document {
  const paths: OpenAPIV3_1.PathsObject = {};
  for (const operation of API_OPERATIONS) {
    paths[operation.path] = { ...paths[operation.path], [operation.method]: operationObject(operation) };
  }
  return {
    openapi: "3.1.1",
    info: {
      title: "Results desk API",
      version: "1",
      description: [
        "Election results as JSON for readers, graphics desks and automation, and the desk's writes.",
        'Errors are `{"error": {"code": "…", "message": "…", …}}`: `code` is stable, `message` is a sentence a person can read, and some codes carry details.',
        "Public reads carry an `ETag`: send it back in `If-None-Match` and an unchanged answer is a `304` with no body.",
      ].join("\n\n"),
    },
    tags: [
      { name: "Results", description: "Public reads: elections, races and their counts." },
      { name: "Tallies", description: "Counts, one reporting unit at a time or a whole CSV file (staff and above)." },
      { name: "Set-up", description: "Elections, races, reporting units and candidates, built before election night (editors and above)." },
      { name: "Calls and stories", description: "Calling races, and the stories that wait for a result (editors and above)." },
      { name: "Feeds", description: "Wire feeds an election is polled from: AP, Clarity, OpenElections (editors manage them; staff may look)." },
      { name: "Desk", description: "What the desk's own pages follow (staff and above)." },
      { name: "Alerts", description: "Webhooks and Slack endpoints that are sent the night's events as they happen (admins)." },
      { name: "Reference", description: "This document." },
    ],
    paths,
    components: {
      schemas: componentSchemas() as Record<string, OpenAPIV3_1.SchemaObject>,
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          description: "An API key, `Authorization: Bearer <key>`, acting with its owner's role. Admins create keys (`npm run newsroom -- apikey:create`).",
        },
        session: {
          type: "apiKey",
          in: "cookie",
          name: SESSION_COOKIE_NAME,
          description: `The desk's session after signing in (\`__Secure-${SESSION_COOKIE_NAME}\` over HTTPS). Writes with it must come from the desk's own pages (else 403 \`cross_origin\`), and JSON writes must be sent as \`application/json\` (else 415).`,
        },
      },
      headers: {
        ETag: { description: "Names this answer's body.", schema: { type: "string" } },
        CacheControl: { description: "How long shared caches (a CDN) may keep the answer.", schema: { type: "string" } },
      },
      parameters: {
        IfNoneMatch: {
          name: "If-None-Match",
          in: "header",
          required: false,
          description: "The ETag of the copy the caller has: a 304 with no body while it is current.",
          schema: { type: "string" },
        },
      },
    },
  };
}

let document: OpenAPIV3_1.Document | undefined;
let documentJson: JsonEntry | undefined;

export function openApiDocument(): OpenAPIV3_1.Document {
  return (document ??= buildDocument());
}

/** The document serialised once, with its ETag. */
export function openApiJson(): JsonEntry {
  return (documentJson ??= jsonEntry(openApiDocument()));
}
