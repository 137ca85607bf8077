// One feed payload read into the desk's terms, whatever its format (../shared/FEEDS.md): races,
// their candidates and reporting units, votes (by method when the feed has them), and the feed's own
// call. Parsers (ap-json.ts, clarity-xml.ts, clarity-json.ts, openelections-csv.ts) only read and
// check the payload; matching it against the desk's races and writing it is lib/server's job.
//
// Every id here is the feed's own ("source key"), stable from one snapshot to the next, so the
// importer can find what it created last time.

export const FEED_FORMATS = ["ap-json", "clarity-xml", "clarity-json", "openelections-csv"] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

/** Each format as the desk names it. */
export const FEED_FORMAT_WORDS: Record<FeedFormat, string> = {
  "ap-json": "AP Elections API (JSON)",
  "clarity-xml": "Clarity ENR detail.xml or detailxml.zip (counties, precincts)",
  "clarity-json": "Clarity ENR summary.json (totals)",
  "openelections-csv": "OpenElections CSV",
};

/** A snapshot past this is refused (413); a zip's content is capped at the same size. */
export const MAX_FEED_BYTES = 50 * 1024 * 1024;

/**
 * Something wrong or worth a look in a payload. `where` says where, in the file's own terms:
 * "line 12", "line 12, column votes", "Contest key=5000 (President)", "races[3].reportingUnits[0]".
 */
export interface FeedProblem {
  where: string;
  message: string;
}

export const METHOD_KINDS = ["election_day", "early", "mail", "provisional", "other"] as const;
export type MethodKind = (typeof METHOD_KINDS)[number];

export type FeedUnitKind = "state" | "county" | "town" | "precinct" | "district";

export interface FeedCandidate {
  /** Unique within the race: AP candidateID, Clarity choice key, OpenElections name. */
  sourceKey: string;
  /** The person across races (AP polID, or polNum), when the feed has one. */
  personKey: string | null;
  /** As a reader should see it: "Matt Bevin", not "BEVIN" or "Donald J. Trump (I) (Rep)". */
  name: string;
  party: string | null;
  incumbent: boolean;
  /** 1, 2, 3… in the feed's ballot order. */
  ballotOrder: number;
}

export interface FeedUnit {
  /** Unique within the race: AP "level:reportingunitID", a Clarity or OpenElections name. */
  sourceKey: string;
  name: string;
  kind: FeedUnitKind;
  /** Five digits, zero-padded ("08001"), when the feed gives one. */
  fips: string | null;
  /** Null when the feed does not say; the importer then keeps what the desk has (at least 1). */
  precinctsTotal: number | null;
  precinctsReporting: number | null;
  /** Share of the expected vote counted, 0–100 (AP eevp), when known. */
  expectedVotePct: number | null;
  ballotsCast: number | null;
  registeredVoters: number | null;
  /** Votes by candidate source key. Every candidate of the race that the unit reports. */
  votes: Record<string, number>;
  /** Votes by method, by candidate source key then the feed's method name; empty when not reported. */
  methods: Record<string, Record<string, number>>;
}

export interface FeedCall {
  /** "called": `winners` won; "runoff": `winners` advance to a runoff. */
  status: "called" | "runoff";
  /** Candidate source keys. */
  winners: string[];
  /** ISO time, when the feed gives one (AP winnerDateTime). */
  at: string | null;
}

export interface FeedRace {
  /** Unique within the election: AP "KY-18525", Clarity contest name, OpenElections "office|district". */
  sourceKey: string;
  office: string;
  /** The seat or district ("Kentucky", "District 5"); the state or jurisdiction for statewide races. */
  seat: string;
  /** How many candidates win (Clarity voteFor, AP multi-seat). */
  seats: number;
  /** The race's own expected-vote share, 0–100 (AP eevp), when known. */
  expectedVotePct: number | null;
  isTest: boolean;
  candidates: FeedCandidate[];
  /** The units that add up to the race; a feed's own race total is a check, not a unit. */
  units: FeedUnit[];
  call: FeedCall | null;
}

export interface ParsedFeed {
  format: FeedFormat;
  /** Whether the payload says it is test data (AP `test: true`, Clarity `istestmode`). */
  isTest: boolean;
  /** The feed's own time for the payload, ISO, when it gives one. */
  sourceTimestamp: string | null;
  /** The feed's version of the payload (Clarity version), when it gives one. */
  sourceVersion: string | null;
  /** AP: the URL to ask next, and whether this answer was cut short (ask again at once). */
  nextRequest: string | null;
  isTruncated: boolean;
  races: FeedRace[];
  /** The payload cannot be applied: any entry refuses the whole snapshot. */
  problems: FeedProblem[];
  /** Applied, but worth a look: a state total that differs from its units, a total that differs from its vote types. */
  warnings: FeedProblem[];
}

/** The feed's name for a voting method, sorted into the desk's few kinds; the name itself is kept too. */
export function methodKind(name: string): MethodKind {
  const text = name.toLowerCase().replace(/[_-]+/g, " ");
  if (/provisional|affidavit/.test(text)) return "provisional";
  if (/mail|absentee/.test(text)) return "mail";
  if (/early|advance/.test(text)) return "early";
  if (/election ?day|^election$|public counter|polls?/.test(text)) return "election_day";
  return "other";
}

/** A five-digit county FIPS code from AP's "8001" or "08001"; null for anything else. */
export function fipsCode(raw: unknown): string | null {
  if (typeof raw !== "string" && typeof raw !== "number") return null;
  const text = String(raw).trim();
  if (!/^\d{4,5}$/.test(text)) return null;
  return text.padStart(5, "0");
}
