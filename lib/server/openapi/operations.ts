import "server-only";
// Every route of /api/v1 as the OpenAPI document describes it: who may call it, what it takes and
// what it answers. The shapes are the zod schemas the commands parse with (requests) and the answer
// schemas beside the domain types (lib/domain/*-json.ts); document.ts turns this table into the
// document, adding the errors every operation of a kind has (see its `commonErrors`).
// openapi.test.ts checks that the table and the route files under app/api/v1 name the same routes.
import type { z } from "zod";
import { importOptionsSchema } from "@/lib/domain/csv-tallies";
import { feedImportOptionsSchema } from "@/lib/domain/feeds/feed-import";
import { RESULTS_CSV_COLUMNS } from "@/lib/domain/results-csv";
import { mapLayerQuerySchema } from "@/lib/domain/map-layer-json";
import type { ApiErrorName } from "@/lib/domain/error-json";
import { SEARCH_QUERY_DESCRIPTION, searchQuerySchema } from "@/lib/domain/search-json";
import type { Permission } from "@/lib/domain/permissions";
import type { AnswerName, RequestName } from "@/lib/server/openapi/components";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export interface ApiOperation {
  method: HttpMethod;
  path: string;
  /** The command (or read) the route calls, where there is one. */
  operationId: string;
  tag: "Results" | "Tallies" | "Set-up" | "Calls and stories" | "Feeds" | "Alerts" | "Desk" | "Reference";
  summary: string;
  description?: string;
  /** Anyone (a public read, cacheable, with an ETag), or the permission the command checks. */
  access: "public" | Permission;
  query?: { schema: z.ZodObject; descriptions: Record<string, string> };
  body?: { json: RequestName } | "csv" | "image" | "feed" | "mapLayer";
  answer:
    | { status: 200 | 201; json: AnswerName; conditional?: boolean; description: string }
    | { status: 200; image: true; description: string }
    /** A CSV download (lib/domain/results-csv.ts), public and cacheable like a JSON read. */
    | { status: 200; csv: { fileName: string }; description: string }
    /** A server-sent event stream whose events carry this JSON. */
    | { status: 200; events: { name: string; json: AnswerName; id: string }; description: string };
  /** A second answer, 202: the request was taken but waits on someone else (a close call, a second editor). */
  accepted?: { json: AnswerName; description: string };
  /** Refusals beyond those every operation of its kind can answer. */
  errors?: ApiErrorName[];
}

const RESULTS_CSV_DESCRIPTION =
  "One row per race × reporting unit × candidate (`level` = `unit`), then each race's totals (`level` = `race total`), candidates in ballot order. Columns: " +
  `${RESULTS_CSV_COLUMNS.map((c) => `\`${c}\``).join(", ")}. ` +
  "The votes are the race JSON's. UTF-8 with a byte order mark (so Excel reads accented names), CRLF line ends, RFC 4180 quoting; a text cell that a spreadsheet would run as a formula starts with an apostrophe.";

export const API_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/elections",
    operationId: "listElections",
    tag: "Results",
    summary: "List elections",
    access: "public",
    answer: { status: 200, json: "ElectionList", conditional: true, description: "Every election, newest first." },
  },
  {
    method: "get",
    path: "/api/v1/search",
    operationId: "search",
    tag: "Results",
    summary: "Find races, candidates and elections by name",
    description: "What the reader pages' search box suggests. Only what readers can open is found; races and candidates of test elections say so (`testData`).",
    access: "public",
    query: { schema: searchQuerySchema, descriptions: { q: SEARCH_QUERY_DESCRIPTION } },
    answer: { status: 200, json: "SearchResults", conditional: true, description: "What the words find, by kind, best first." },
  },
  {
    method: "post",
    path: "/api/v1/elections",
    operationId: "createElection",
    tag: "Set-up",
    summary: "Create an election",
    description: "The slug defaults to the name (with the year when the name does not say it); a taken slug is refused, never changed.",
    access: "election:setup",
    body: { json: "NewElection" },
    answer: { status: 201, json: "Election", description: "The new election, with no races yet." },
    errors: ["Invalid", "SlugTaken"],
  },
  {
    method: "get",
    path: "/api/v1/elections/{slug}",
    operationId: "getElection",
    tag: "Results",
    summary: "Get an election with its races and their status",
    access: "public",
    answer: { status: 200, json: "Election", conditional: true, description: "The election and every race in it, without per-unit detail." },
  },
  {
    method: "get",
    path: "/api/v1/elections/{slug}/results.csv",
    operationId: "downloadElectionResults",
    tag: "Results",
    summary: "Download an election's results as CSV",
    description: RESULTS_CSV_DESCRIPTION,
    access: "public",
    answer: { status: 200, csv: { fileName: "{slug}-results.csv" }, description: "Every race of the election in its order, each race's unit rows then its totals." },
  },
  {
    method: "get",
    path: "/api/v1/elections/{slug}/events",
    operationId: "streamElection",
    tag: "Results",
    summary: "Follow an election's races as they change (server-sent events)",
    description: "For `EventSource`. The first event is the election's race list as it is now, then the list again whenever one of its races changes. Unknown election: 404 JSON.",
    access: "public",
    answer: { status: 200, events: { name: "election", json: "Election", id: "Names this state of the list (opaque)." }, description: "The stream: `event: election`, `data:` the same JSON as GET /api/v1/elections/{slug}." },
  },
  {
    method: "patch",
    path: "/api/v1/elections/{slug}",
    operationId: "updateElection",
    tag: "Set-up",
    summary: "Change an election's name, date or jurisdiction, mark it as test data, or set `closeCallsNeedSecondEditor`",
    description:
      "The slug stays: it is the election's public address. `isTest: true` marks the election as test data: every reader page and answer about it says so (`testData`), no story about its races can be published, and its published stories are pulled in the same write. `isTest: false` makes it real again; pulled stories stay pulled until published again. `closeCallsNeedSecondEditor` (on by default) makes a close call wait for a second editor's confirmation; the answer says how it is set.",
    access: "election:setup",
    body: { json: "ElectionEdit" },
    answer: { status: 200, json: "EditedElection", description: "The election as it is now, with its `closeCallsNeedSecondEditor` setting." },
    errors: ["Invalid"],
  },
  {
    method: "post",
    path: "/api/v1/elections/{slug}/races",
    operationId: "createRace",
    tag: "Set-up",
    summary: "Create a race with its candidates and reporting units",
    description: "A candidate whose slug (or name) already exists is the same person: the race adds a candidacy to their profile.",
    access: "election:setup",
    body: { json: "NewRace" },
    answer: { status: 201, json: "Race", description: "The new race." },
    errors: ["Invalid", "SlugTaken"],
  },
  {
    method: "get",
    path: "/api/v1/elections/{slug}/feeds",
    operationId: "listFeedSources",
    tag: "Feeds",
    summary: "List an election's polled feed sources and their state",
    description: "Each source with its last fetch, last change, last error, failures in a row, next fetch, and its newest snapshots (status, time, hash).",
    access: "desk:read",
    answer: { status: 200, json: "FeedSourceList", description: "The election's sources, oldest first." },
  },
  {
    method: "post",
    path: "/api/v1/elections/{slug}/feeds",
    operationId: "addFeedSource",
    tag: "Feeds",
    summary: "Add a feed source to poll",
    description:
      "The URL must be http(s) and carry no key: the AP key is the server's `AP_API_KEY`, sent in a header. Hosts that resolve to private addresses are refused when polled unless listed in `FEED_ALLOWED_HOSTS`. A new source is polled within seconds.",
    access: "feed:manage",
    body: { json: "NewFeedSource" },
    answer: { status: 201, json: "FeedSource", description: "The new source, not yet polled." },
    errors: ["Invalid"],
  },
  {
    method: "patch",
    path: "/api/v1/elections/{slug}/feeds/{id}",
    operationId: "updateFeedSource",
    tag: "Feeds",
    summary: "Pause or resume a feed source, or change its name, interval or races",
    description: "The format and URL cannot change: remove the source and add another. Resuming it, or changing its interval, makes it due at once.",
    access: "feed:manage",
    body: { json: "FeedSourceEdit" },
    answer: { status: 200, json: "FeedSource", description: "The source as it is now." },
    errors: ["Invalid"],
  },
  {
    method: "delete",
    path: "/api/v1/elections/{slug}/feeds/{id}",
    operationId: "removeFeedSource",
    tag: "Feeds",
    summary: "Remove a feed source",
    description: "It is no longer polled. The snapshots it brought in are kept.",
    access: "feed:manage",
    answer: { status: 200, json: "FeedSourceRemoved", description: "Which source was removed." },
  },
  {
    method: "get",
    path: "/api/v1/races/{slug}",
    operationId: "getRace",
    tag: "Results",
    summary: "Get a race's result",
    description: "What reader pages show, and what they poll with `If-None-Match` to stay live.",
    access: "public",
    answer: { status: 200, json: "PublicRace", conditional: true, description: "The race's count, call and flags, and its latest batch of votes." },
  },
  {
    method: "get",
    path: "/api/v1/races/{slug}/events",
    operationId: "streamRace",
    tag: "Results",
    summary: "Follow a race's result as it changes (server-sent events)",
    description:
      "For `EventSource`. The first event is the race as it is now (unless `Last-Event-ID` names its current version), then one event per change. A comment every 15 s keeps the connection open; `retry` says how soon to come back after a drop. Unknown race: 404 JSON.",
    access: "public",
    answer: { status: 200, events: { name: "race", json: "PublicRace", id: "The race's version." }, description: "The stream: `event: race`, `id:` the version, `data:` the same JSON as GET /api/v1/races/{slug}." },
  },
  {
    method: "patch",
    path: "/api/v1/races/{slug}",
    operationId: "updateRace",
    tag: "Set-up",
    summary: "Change a race's office, seat, rule, seats, recount band or featuring",
    description: "Seats and the rule's kind cannot change while the race is called (422 `invalid`): retract the call first.",
    access: "election:setup",
    body: { json: "RaceEdit" },
    answer: { status: 200, json: "Race", description: "The race as it is now." },
    errors: ["Invalid"],
  },
  {
    method: "get",
    path: "/api/v1/races/{slug}/history",
    operationId: "getRaceHistory",
    tag: "Results",
    summary: "Get a race's tally timeline",
    access: "public",
    answer: { status: 200, json: "RaceHistory", conditional: true, description: "Totals and margin after each batch of writes, and the lead changes." },
  },
  {
    method: "get",
    path: "/api/v1/races/{slug}/results.csv",
    operationId: "downloadRaceResults",
    tag: "Results",
    summary: "Download a race's results as CSV",
    description: RESULTS_CSV_DESCRIPTION,
    access: "public",
    answer: { status: 200, csv: { fileName: "{slug}-results.csv" }, description: "The race's rows: each unit's, then the race totals." },
  },
  {
    method: "post",
    path: "/api/v1/races/{slug}/units",
    operationId: "addReportingUnit",
    tag: "Set-up",
    summary: "Add a reporting unit to a race",
    access: "election:setup",
    body: { json: "NewReportingUnit" },
    answer: { status: 201, json: "Race", description: "The race, the new unit last among its units." },
    errors: ["Invalid", "SlugTaken"],
  },
  {
    method: "post",
    path: "/api/v1/races/{slug}/candidates",
    operationId: "addRaceCandidate",
    tag: "Set-up",
    summary: "Add a candidate to a race after set-up",
    description:
      "A candidate whose slug (or name's slug) already exists is the same person: the race adds a candidacy to their profile, which is not changed. The candidate goes last on the ballot and starts at 0 in every reporting unit. 409 `slug_taken` when they are already a candidate in the race.",
    access: "election:setup",
    body: { json: "NewRaceCandidate" },
    answer: { status: 201, json: "Race", description: "The race with the new candidate." },
    errors: ["Invalid", "SlugTaken"],
  },
  {
    method: "post",
    path: "/api/v1/races/{slug}/candidates/{candidateSlug}/withdraw",
    operationId: "withdrawCandidate",
    tag: "Set-up",
    summary: "Withdraw a candidate from a race",
    description:
      "The candidacy and its votes stay: in the race JSON the candidate has `withdrawn: true`, is listed after the candidates still running (ranks stay the count's), and is never `leading`. A call that names them is refused (`withdrawn_candidate`). 422 `invalid` when they have already withdrawn.",
    access: "election:setup",
    body: { json: "CandidateWithdrawal" },
    answer: { status: 200, json: "Race", description: "The race with the candidate marked withdrawn." },
    errors: ["Invalid"],
  },
  {
    method: "put",
    path: "/api/v1/races/{slug}/units/{unitSlug}",
    operationId: "writeUnitTally",
    tag: "Tallies",
    summary: "Write a reporting unit's count",
    description:
      "Counts are absolute; candidates not named keep their count. A lower count than the current one needs `correction: true`. A refused write changes nothing.",
    access: "tally:write",
    body: { json: "UnitTally" },
    answer: { status: 200, json: "Race", description: "The race with the new count." },
    errors: ["Invalid", "UnitVersionConflict"],
  },
  {
    method: "post",
    path: "/api/v1/races/{slug}/units/{unitSlug}/release-hold",
    operationId: "releaseFeedHold",
    tag: "Tallies",
    summary: "Use the feed's count for a unit the desk entered by hand",
    description:
      "A feed snapshot does not overwrite a unit whose count was entered by hand: it records its own count beside it (the unit is held; the feed import's `unitsHeld`). This applies that count like a desk save (lower numbers marked as a correction, votes by method too), removes the hold, and lets the unit follow the feed again from the next snapshot. 404 when no feed count is held for the unit; 409 `version_conflict` when the unit was saved since `version`, or the feed sent a newer count meanwhile.",
    access: "tally:write",
    body: { json: "ReleaseFeedHold" },
    answer: { status: 200, json: "Race", description: "The race with the feed's count in the unit." },
    errors: ["Invalid", "UnitVersionConflict"],
  },
  {
    method: "get",
    path: "/api/v1/races/{slug}/units/{unitSlug}/history",
    operationId: "getUnitHistory",
    tag: "Tallies",
    summary: "A reporting unit's saves: who, when, from → to, and where the numbers came from",
    description:
      "Newest first, at most 50. Each save names who made it (a person, an API key's owner, or the feed), each candidate's count before and after, precincts and ballots where the save recorded them, and its kind (`hand`, `csv`, `feed`, `seed`, `correction`, `undo`). `lastSave` is the save an undo would revert now.",
    access: "desk:read",
    answer: { status: 200, json: "UnitHistory", description: "The unit's saves." },
  },
  {
    method: "post",
    path: "/api/v1/races/{slug}/units/{unitSlug}/undo",
    operationId: "undoLastUnitSave",
    tag: "Tallies",
    summary: "Undo a reporting unit's last save",
    description:
      "Reverts the unit's last save as a new save (history is never edited): each candidate it moved goes back to the count before it, and precincts and ballots too where the save recorded them. Audited as `tally.undone`, naming the save it reverts; the unit counts as entered by hand afterwards. 409 `version_conflict` when the unit was saved since `expectedVersion` (the undo reverts only the save the caller saw); 422 `nothing_to_undo` when the unit has no save to revert.",
    access: "tally:write",
    body: { json: "UndoUnitSave" },
    answer: { status: 200, json: "Race", description: "The race with the unit's previous count back." },
    errors: ["Invalid", "UnitVersionConflict", "NothingToUndo"],
  },
  {
    method: "patch",
    path: "/api/v1/races/{slug}/units/{unitSlug}",
    operationId: "updateReportingUnit",
    tag: "Set-up",
    summary: "Change a reporting unit's name or precincts total",
    description: "The total cannot drop below the precincts already reporting. Tallies go through PUT.",
    access: "election:setup",
    body: { json: "ReportingUnitEdit" },
    answer: { status: 200, json: "Race", description: "The race as it is now." },
    errors: ["Invalid"],
  },
  {
    method: "post",
    path: "/api/v1/races/{slug}/call",
    operationId: "callRace",
    tag: "Calls and stories",
    summary: "Call a race, mark it too close, send it to a runoff, or retract the call",
    description:
      "The call guard checks the call against the count: a refusal cannot be overridden; a warning can, by listing its code in `acknowledge`. Published stories the new call breaks are pulled in the same write.",
    access: "race:call",
    body: { json: "ProposedCall" },
    answer: { status: 201, json: "RaceCalled", description: "The call recorded, the stories it pulled, and the race." },
    accepted: {
      json: "CallPending",
      description:
        "A close call (a winner or a runoff over warnings the guard raised, the recount band among them) in an election that holds them for a second editor: proposed, not in effect. Readers, the gate and the alerts see nothing of it until a different editor confirms it.",
    },
    errors: ["CallConflict", "CallRefused", "CallNeedsAcknowledgement"],
  },
  {
    method: "post",
    path: "/api/v1/races/{slug}/call/pending/confirm",
    operationId: "confirmPendingCall",
    tag: "Calls and stories",
    summary: "Confirm a close call as the second editor",
    description:
      "The call takes effect as if made now, with both names on it, only if the proposal is still waiting, the confirming editor is not its proposer (422 `second_editor_required`), and the race's count and call have not changed since it was proposed (409 `call_stale`, with the race as it is now). Another call since supersedes a proposal (409 `pending_call_closed`).",
    access: "race:call",
    body: { json: "PendingCallRef" },
    answer: { status: 201, json: "RaceCalled", description: "The call recorded, the stories it pulled, and the race." },
    errors: ["CallConflict", "CallStale", "PendingCallClosed", "SecondEditorRequired"],
  },
  {
    method: "post",
    path: "/api/v1/races/{slug}/call/pending/withdraw",
    operationId: "withdrawPendingCall",
    tag: "Calls and stories",
    summary: "Withdraw a close call waiting for a second editor",
    description: "Its proposer or any editor may withdraw it. The race's call does not change.",
    access: "race:call",
    body: { json: "PendingCallRef" },
    answer: { status: 200, json: "PendingCallWithdrawn", description: "The proposal, withdrawn." },
    errors: ["PendingCallClosed"],
  },
  {
    method: "patch",
    path: "/api/v1/candidates/{slug}",
    operationId: "updateCandidate",
    tag: "Set-up",
    summary: "Change a candidate's profile",
    description: "The profile readers see in every race the candidate ran in. Links are replaced as a list.",
    access: "election:setup",
    body: { json: "CandidateProfileEdit" },
    answer: { status: 200, json: "CandidateProfile", description: "The profile as it is now." },
    errors: ["Invalid"],
  },
  {
    method: "get",
    path: "/api/v1/candidates/{slug}/photo",
    operationId: "getCandidatePhoto",
    tag: "Results",
    summary: "Get a candidate's uploaded photo",
    access: "public",
    answer: { status: 200, image: true, description: "The image, cacheable for good: its address changes with its content." },
  },
  {
    method: "put",
    path: "/api/v1/candidates/{slug}/photo",
    operationId: "setCandidatePhoto",
    tag: "Set-up",
    summary: "Upload a candidate's photo",
    description: "The body is the image itself. It is recognised by its bytes, whatever its Content-Type says: PNG, JPEG or WebP, at most 2 MB.",
    access: "election:setup",
    body: "image",
    answer: { status: 200, json: "CandidatePhotoSet", description: "The photo's new address, also set on the profile." },
    errors: ["Invalid"],
  },
  {
    method: "put",
    path: "/api/v1/elections/{slug}/map-layer",
    operationId: "setElectionMapLayer",
    tag: "Set-up",
    summary: "Upload the shapes of an election's precincts or districts for its race maps",
    description:
      "Units with a county FIPS code are drawn with the Census county shapes; the others with this layer, matched by the `property` value to the unit's name or slug, whatever the case. A file that is not parseable, holds anything but Polygon and MultiPolygon features, or lacks the property on a feature is refused with the reason, and the layer already there stays. Replaces the election's layer.",
    access: "election:setup",
    query: { schema: mapLayerQuerySchema, descriptions: { property: "The feature property whose value is each unit's name or slug (required)." } },
    body: "mapLayer",
    answer: { status: 200, json: "MapLayerReport", description: "Which units the layer has a shape for, and which not." },
    errors: ["Invalid"],
  },
  {
    method: "delete",
    path: "/api/v1/elections/{slug}/map-layer",
    operationId: "removeElectionMapLayer",
    tag: "Set-up",
    summary: "Remove an election's map layer",
    description: "Its races' maps then show only units with a county FIPS code, or no map.",
    access: "election:setup",
    answer: { status: 200, json: "MapLayerRemoved", description: "Whether there was a layer to remove." },
  },
  {
    method: "post",
    path: "/api/v1/import",
    operationId: "importTallies",
    tag: "Tallies",
    summary: "Import tallies from a CSV file",
    description:
      "The body is the file itself: a header row (`race, unit, candidate, votes`, optionally `precincts_reporting, precincts_total, ballots_cast`), then one row per unit and candidate. Any problem refuses the whole file; otherwise it is applied all or nothing, and importing the same file again changes nothing. At most 20 MB.",
    access: "tally:import",
    query: {
      schema: importOptionsSchema,
      descriptions: {
        dryRun: "`1` (or `true`, `yes`, `on`, or empty) checks every row and writes nothing.",
        correction: "`1` accepts counts lower than the desk's, marked as corrections in the history.",
      },
    },
    body: "csv",
    answer: { status: 200, json: "ImportReport", description: "What the file held and changed (or would change, in a dry run)." },
    errors: ["Malformed", "ImportRefused", "ImportVersionConflict"],
  },
  {
    method: "post",
    path: "/api/v1/elections/{slug}/feed-imports",
    operationId: "importFeedSnapshot",
    tag: "Tallies",
    summary: "Import one feed snapshot (AP, Clarity or OpenElections)",
    description:
      "The body is the payload as the feed served it. Races, candidates and units are matched by the feed's own ids (else by name, and the id is remembered). Any problem refuses the whole snapshot; otherwise it is applied all or nothing and kept. The same bytes again change nothing (`unchanged: true`). Counts lower than before are applied and marked as corrections; units entered by hand on the desk are held: the feed's count is recorded beside them. A feed's call is advice for the call panel. Test data marks the election as test data.",
    access: "tally:import",
    query: {
      schema: feedImportOptionsSchema,
      descriptions: {
        format: "`ap-json`, `clarity-xml` (detail.xml or detailxml.zip), `clarity-json` (summary.json) or `openelections-csv`.",
        create: "`1` creates the races, candidates and units the snapshot names that the election lacks (editors and above).",
        dryRun: "`1` checks the snapshot and reports what it would change; nothing is written or kept.",
      },
    },
    body: "feed",
    answer: { status: 200, json: "FeedImportReport", description: "What the snapshot changed (or would change, in a dry run)." },
    errors: ["Malformed", "FeedRefused", "ImportVersionConflict"],
  },
  {
    method: "post",
    path: "/api/v1/stories",
    operationId: "createStory",
    tag: "Calls and stories",
    summary: "Draft a story",
    description: "A story is tied to one race and the result it expects; it can be published only while the race's call matches.",
    access: "story:publish",
    body: { json: "NewStory" },
    answer: { status: 201, json: "Story", description: "The new draft." },
    errors: ["Invalid", "NotFound"],
  },
  {
    method: "get",
    path: "/api/v1/stories/{id}",
    operationId: "getStory",
    tag: "Calls and stories",
    summary: "Get a story, draft or not",
    access: "story:publish",
    answer: { status: 200, json: "Story", description: "The story." },
  },
  {
    method: "patch",
    path: "/api/v1/stories/{id}",
    operationId: "updateStory",
    tag: "Calls and stories",
    summary: "Edit a draft or pulled story",
    description: "A published story cannot be edited (409 `story_published`).",
    access: "story:publish",
    body: { json: "StoryEdit" },
    answer: { status: 200, json: "Story", description: "The story as it is now." },
    errors: ["Invalid", "StoryPublished", "StoryChanged"],
  },
  {
    method: "post",
    path: "/api/v1/stories/{id}/publish",
    operationId: "publishStory",
    tag: "Calls and stories",
    summary: "Publish a story",
    description:
      "The publication gate is checked again inside the publishing write, against the race's latest call and its election: a story is never published with a result that does not hold, nor about a race whose election holds test data (409 `test_data`). Publishing a published story changes nothing. No request body.",
    access: "story:publish",
    answer: { status: 200, json: "Story", description: "The published story." },
    errors: ["GateClosed", "TestData"],
  },
  {
    method: "get",
    path: "/api/v1/webhooks",
    operationId: "listWebhooks",
    tag: "Alerts",
    summary: "List webhooks and their latest deliveries",
    description: "Each endpoint with the events it wants and its 20 newest deliveries: status, tries, the last answer's status code and the start of its body, the next try. Secrets are never listed.",
    access: "webhook:manage",
    answer: { status: 200, json: "WebhookList", description: "Every endpoint, oldest first." },
  },
  {
    method: "post",
    path: "/api/v1/webhooks",
    operationId: "addWebhook",
    tag: "Alerts",
    summary: "Add a webhook or a Slack incoming webhook",
    description:
      "Each event is POSTed as `{id, type, createdAt, data}`, signed with `X-Results-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\">` and carrying `X-Results-Event-Id`; a Slack endpoint gets `{text}` instead. A failed try is tried again after 10 s, 1 min, 5 min, 30 min and 2 h, then the delivery has failed. The URL must be http(s); hosts that are, or resolve to, private, loopback, link-local or unique-local addresses are refused unless listed in `WEBHOOK_ALLOWED_HOSTS`.",
    access: "webhook:manage",
    body: { json: "NewWebhook" },
    answer: { status: 201, json: "CreatedWebhook", description: "The new endpoint, with its secret: shown this once." },
    errors: ["Invalid"],
  },
  {
    method: "delete",
    path: "/api/v1/webhooks/{id}",
    operationId: "removeWebhook",
    tag: "Alerts",
    summary: "Remove a webhook",
    description: "Nothing more is sent to it; its deliveries are removed with it.",
    access: "webhook:manage",
    answer: { status: 200, json: "WebhookRemoved", description: "Which endpoint was removed." },
  },
  {
    method: "post",
    path: "/api/v1/webhooks/{id}/test",
    operationId: "sendTestEvent",
    tag: "Alerts",
    summary: "Send a test event to a webhook",
    description: "A `webhook.test` event for this endpoint only, sent within a second like any other. No request body.",
    access: "webhook:manage",
    answer: { status: 201, json: "WebhookDelivery", description: "The test's delivery, not yet tried." },
  },
  {
    method: "post",
    path: "/api/v1/webhooks/{id}/deliveries/{deliveryId}/retry",
    operationId: "resendDelivery",
    tag: "Alerts",
    summary: "Send a delivery again",
    description: "The same event, with the same id, tried again now with the whole retry schedule ahead of it: a receiver that had it already drops the duplicate. No request body.",
    access: "webhook:manage",
    answer: { status: 200, json: "WebhookDelivery", description: "The delivery, due at once." },
  },
  {
    method: "get",
    path: "/api/v1/openapi.json",
    operationId: "getOpenApiDocument",
    tag: "Reference",
    summary: "This document",
    access: "public",
    answer: { status: 200, json: "OpenApiDocument", conditional: true, description: "The API described as OpenAPI 3.1." },
  },
  {
    method: "get",
    path: "/api/v1/desk/events",
    operationId: "streamDeskChanges",
    tag: "Desk",
    summary: "Follow what changes on the desk (server-sent events)",
    description: "For `EventSource`: one event per write that changed a race, an election's list, stories, or set-up. It names what changed, not how: read it again to see.",
    access: "desk:read",
    answer: { status: 200, events: { name: "change", json: "DeskChange", id: "A sequence number of this server's stream." }, description: "The stream: `event: change`, `data:` what changed." },
  },
];
