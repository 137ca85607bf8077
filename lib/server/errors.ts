// Expected failures of a command, each with the HTTP status and code of DESIGN.md section 4 and a
// message a person can read. Anything else that is thrown is a bug: logged, answered generically.
//
// Every code is listed here with the details its API envelope carries, so a caller that reads them
// (a server action, the API's envelope, a test) knows their shape from the code alone. Commands build
// them through small named factories: the general ones below, the rest beside the command that
// refuses (`versionConflict` in write-unit-tally.ts, `callRefused` in call-race.ts, …).
import type { CallVerdict, Finding, WarningCode } from "@/lib/domain/call-guard";
import type { ImportReport } from "@/lib/domain/csv-tallies";
import type { FeedImportReport } from "@/lib/domain/feeds/feed-import";
import type { RaceResult } from "@/lib/domain/race-result";
import type { LOOK_ALIKE_NAMES } from "@/lib/domain/setup-warnings";
import type { ThrottleLimit } from "@/lib/domain/sign-in-throttle";
import type { UnitSnapshot } from "@/lib/domain/unit-tally";

/** Input the schema refused, by path (`votes.dekalb`; "" for the whole body). */
export interface InputProblem {
  path: string;
  message: string;
}

/** Each offending input field, and why, for a form to show beside the field. */
export type FieldProblems = Record<string, string>;

/** A unit an import checked that someone else saved before the import could write. */
export interface OvertakenUnit {
  race: string;
  unit: string;
  name: string;
  checkedVersion: number;
  version: number | null;
}

export interface LookAlikeWarning {
  code: typeof LOOK_ALIKE_NAMES;
  message: string;
  pairs: [string, string][];
}

type NoDetails = Record<string, never>;

/** What each code's envelope carries beside `code` and `message`. */
export interface CommandErrorDetails {
  unauthenticated: NoDetails;
  bad_credentials: NoDetails;
  forbidden: NoDetails;
  cross_origin: NoDetails;
  not_found: NoDetails;
  /** Problems are listed when the body was read and had the wrong shape. */
  malformed: { problems?: InputProblem[] };
  payload_too_large: NoDetails;
  unsupported_media_type: NoDetails;
  too_many_attempts: { limit: ThrottleLimit; retryAfterSeconds: number };
  invalid: { fields: FieldProblems };
  needs_acknowledgement: { warnings: LookAlikeWarning[]; fields: FieldProblems };
  slug_taken: { slug: string; fields: FieldProblems };
  email_taken: NoDetails;
  /** A unit write names the unit as it is now; an import, every unit that moved. */
  version_conflict: { current: UnitSnapshot } | { units: OvertakenUnit[] };
  import_refused: ImportReport;
  call_refused: CallVerdict;
  call_needs_acknowledgement: { warnings: Finding<WarningCode>[] };
  call_conflict: NoDetails;
  /** A close call's confirmation when the count or the call moved since the proposal: the race as it is now. */
  call_stale: { race: RaceResult };
  /** A proposal already confirmed, withdrawn or superseded. */
  pending_call_closed: NoDetails;
  /** The proposer tried to confirm their own close call. */
  second_editor_required: NoDetails;
  gate_closed: { reason: string };
  story_published: NoDetails;
  story_changed: NoDetails;
  /** A feed snapshot with problems: nothing was applied. */
  feed_refused: FeedImportReport;
  /** The election holds test data: nothing about it may be published. */
  test_data: NoDetails;
  /** An undo of a unit that has no save it can revert. */
  nothing_to_undo: NoDetails;
}

export type CommandErrorCode = keyof CommandErrorDetails;

const STATUS: Record<CommandErrorCode, number> = {
  malformed: 400,
  unauthenticated: 401,
  bad_credentials: 401,
  forbidden: 403,
  cross_origin: 403,
  not_found: 404,
  email_taken: 409,
  slug_taken: 409,
  version_conflict: 409,
  call_conflict: 409,
  call_stale: 409,
  pending_call_closed: 409,
  gate_closed: 409,
  story_published: 409,
  story_changed: 409,
  test_data: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  invalid: 422,
  needs_acknowledgement: 422,
  import_refused: 422,
  feed_refused: 422,
  call_refused: 422,
  call_needs_acknowledgement: 422,
  second_editor_required: 422,
  nothing_to_undo: 422,
  too_many_attempts: 429,
};

export class CommandError<C extends CommandErrorCode = CommandErrorCode> extends Error {
  readonly status: number;

  constructor(
    readonly code: C,
    message: string,
    readonly details: CommandErrorDetails[C],
  ) {
    super(message);
    this.name = "CommandError";
    this.status = STATUS[code];
  }

  /** Narrows to one code, so its details are typed. */
  is<K extends CommandErrorCode>(code: K): this is CommandError<K> {
    return (this.code as CommandErrorCode) === code;
  }
}

export const unauthenticated = () => new CommandError("unauthenticated", "Sign in, or send an API key as a Bearer token.", {});
export const forbidden = (what: string) => new CommandError("forbidden", `Your role does not allow you to ${what}.`, {});
export const notFound = (what: string) => new CommandError("not_found", `${what} was not found.`, {});
export const malformed = (message: string) => new CommandError("malformed", message, {});
export const payloadTooLarge = (message: string) => new CommandError("payload_too_large", message, {});
export const unsupportedMediaType = (message: string) => new CommandError("unsupported_media_type", message, {});

/** A body of the wrong shape, every problem listed by path. */
export const malformedInput = (problems: InputProblem[]) =>
  new CommandError(
    "malformed",
    `The request is not in the expected shape: ${problems.map((p) => `${p.path || "body"}: ${p.message}`).join("; ")}.`,
    { problems },
  );

/** Input that parses but is impossible: `fields` maps each offending field to why. */
export const invalid = (fields: FieldProblems, message?: string) =>
  new CommandError(
    "invalid",
    message ?? (Object.entries(fields).map(([field, problem]) => `${field} ${problem}`).join("; ") || "The input is not valid."),
    { fields },
  );
