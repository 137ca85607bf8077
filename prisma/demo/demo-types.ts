// The shape demo elections are written in: plain data that the loader turns into rows, tally
// history and calls, so each demo file reads like a results sheet rather than a script.

export interface DemoCandidate {
  slug: string;
  name: string;
  party?: string;
  bio?: string;
  incumbent?: boolean;
  links?: { label: string; url: string }[];
}

export interface DemoUnit {
  slug: string;
  name: string;
  kind: "county" | "district" | "precinct";
  precinctsTotal: number;
  /** Census county FIPS code, five digits. */
  fips?: string;
}

/** One write to one unit: absolute counts after the batch, as a results desk would type them. */
export interface DemoBatch {
  at: string;
  unit: string;
  precinctsReporting: number;
  votes: Record<string, number>;
}

export interface DemoCall {
  at: string;
  status: "uncalled" | "too_close" | "called" | "runoff";
  winners?: string[];
  advancing?: string[];
  note?: string;
}

export interface DemoStory {
  slug: string;
  headline: string;
  body: string;
  expects: { kind: "called" } | { kind: "winner"; candidate: string } | { kind: "runoff" };
}

export interface DemoRace {
  slug: string;
  office: string;
  seat: string;
  rule?: { kind: "plurality" } | { kind: "majority"; thresholdPct: number };
  seats?: number;
  recountMarginPct?: number;
  featured?: boolean;
  candidates: DemoCandidate[];
  units: DemoUnit[];
  batches: DemoBatch[];
  /** A feed's estimate of the expected vote counted, 0–100 (AP eevp), as of the last batch. */
  expectedVotePct?: number;
  /**
   * Votes by method as a feed would report them with the last batch: unit slug → candidate slug →
   * the feed's method name → votes. The kind comes from the name, as the feed parsers sort it.
   */
  votesByMethod?: Record<string, Record<string, Record<string, number>>>;
  calls?: DemoCall[];
  stories?: DemoStory[];
}

/** An uploaded map layer (lib/domain/map-layer.ts): the file's text and the property naming each unit. */
export interface DemoMapLayer {
  property: string;
  geojson: string;
  illustrative: boolean;
}

export interface DemoElection {
  slug: string;
  name: string;
  date: string;
  jurisdiction: string;
  races: DemoRace[];
  mapLayer?: DemoMapLayer;
}
