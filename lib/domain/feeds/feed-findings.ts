// What a parser found wrong in a payload (problems: the snapshot is refused) or worth a look
// (warnings), gathered while it reads, and the ParsedFeed it hands back. A broken 50 MB file could
// produce a problem on every line; past a hundred of each, the rest are counted, not listed.
import { formatCount } from "./feed-counts";
import type { FeedFormat, FeedProblem, FeedRace, ParsedFeed } from "./feed-snapshot";

const MAX_LISTED = 100;

export class FeedFindings {
  readonly problems: FeedProblem[] = [];
  readonly warnings: FeedProblem[] = [];
  private unlistedProblems = 0;
  private unlistedWarnings = 0;

  problem(where: string, message: string): void {
    if (this.problems.length < MAX_LISTED) this.problems.push({ where, message });
    else this.unlistedProblems += 1;
  }

  warning(where: string, message: string): void {
    if (this.warnings.length < MAX_LISTED) this.warnings.push({ where, message });
    else this.unlistedWarnings += 1;
  }

  get refused(): boolean {
    return this.problems.length > 0;
  }

  /** The lists as the feed carries them, each ending with a count of what was not listed. */
  lists(): { problems: FeedProblem[]; warnings: FeedProblem[] } {
    const more = (count: number, noun: string) =>
      count > 0 ? [{ where: "the file", message: `…and ${count.toLocaleString("en-US")} more ${noun} not listed.` }] : [];
    return {
      problems: [...this.problems, ...more(this.unlistedProblems, this.unlistedProblems === 1 ? "problem" : "problems")],
      warnings: [...this.warnings, ...more(this.unlistedWarnings, this.unlistedWarnings === 1 ? "warning" : "warnings")],
    };
  }
}

export type FeedHeader = Partial<Pick<ParsedFeed, "isTest" | "sourceTimestamp" | "sourceVersion" | "nextRequest" | "isTruncated">>;

/**
 * The parsed feed. A refused payload carries no races: nothing half-read can be applied by mistake,
 * and its problems say what to fix.
 */
export function parsedFeed(format: FeedFormat, findings: FeedFindings, races: FeedRace[], header: FeedHeader = {}): ParsedFeed {
  return {
    format,
    isTest: header.isTest ?? false,
    sourceTimestamp: header.sourceTimestamp ?? null,
    sourceVersion: header.sourceVersion ?? null,
    nextRequest: header.nextRequest ?? null,
    isTruncated: header.isTruncated ?? false,
    races: findings.refused ? [] : races,
    ...findings.lists(),
  };
}

/** The refusal of a payload past the size cap (MAX_FEED_BYTES, or a test's lower one). */
export function tooLargeFeed(format: FeedFormat, size: number, maxBytes: number): ParsedFeed {
  return refusedFeed(format, "the file", `The file is ${formatCount(size)} bytes, more than the ${formatCount(maxBytes)} bytes a feed may hold.`);
}

/** A payload refused outright, before any of it could be read. */
export function refusedFeed(format: FeedFormat, where: string, message: string): ParsedFeed {
  const findings = new FeedFindings();
  findings.problem(where, message);
  return parsedFeed(format, findings, []);
}
