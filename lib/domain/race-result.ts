// Builds the public view of one race, the shape of `GET /api/v1/races/{slug}` (DESIGN.md section 4),
// from plain rows. Pages, the JSON API and the embeds all read this one shape, so a number shown in
// one place is the number shown everywhere.

import type { CurrentCall } from "./race-call";
import type { RaceRule } from "./race-types";
import { tabulate } from "./tabulation";
import { methodVotesOf, sumMethodVotes, type MethodVotes, type UnitVotesByMethod } from "./votes-by-method";

export interface RaceRowCandidate {
  slug: string;
  name: string;
  party: string | null;
  photoUrl: string | null;
  incumbent: boolean;
  ballotOrder: number;
  /** Withdrew from the race after set-up: their votes stand, they are listed last, and no call names them. */
  withdrawn?: boolean;
}

export interface RaceRowUnit {
  slug: string;
  name: string;
  precinctsTotal: number;
  precinctsReporting: number;
  ballotsCast: number | null;
  version: number;
  /** Votes keyed by candidate slug. */
  votes: Record<string, number>;
  /** Census county FIPS code, five digits, when known. */
  fips: string | null;
  /** The feed's estimate of the expected vote counted in the unit, 0–100 (AP eevp), when known. */
  expectedVotePct: number | null;
  /** Votes by how they were cast, keyed by candidate slug, when a feed reports them; in the stable method order. */
  votesByMethod: UnitVotesByMethod;
}

export interface RaceRows {
  slug: string;
  office: string;
  seat: string;
  election: { slug: string; name: string; date: string; isDemo: boolean };
  /** The election holds test data (Election.isTest): not real results (test-data.ts). */
  testData: boolean;
  rule: RaceRule;
  seats: number;
  recountMarginPct: number | null;
  /** The feed's estimate of the expected vote counted in the race, 0–100 (AP eevp), when known. */
  expectedVotePct: number | null;
  candidates: RaceRowCandidate[];
  units: RaceRowUnit[];
  call: CurrentCall;
  updatedAt: string;
  /** Moves with every change to the race's count or call: the id of its events (lib/server/events). */
  version: number;
}

export type CandidateStatus = "winner" | "advancing" | "leading" | null;

export interface RaceCandidateResult {
  slug: string;
  name: string;
  party: string | null;
  photoUrl: string | null;
  incumbent: boolean;
  ballotOrder: number;
  votes: number;
  pct: number;
  rank: number;
  status: CandidateStatus;
  /** Withdrew from the race: listed after the candidates still running, never "leading". */
  withdrawn: boolean;
  /** The units' votes by method added up, method by method; empty when no feed reports them. */
  votesByMethod: MethodVotes[];
}

export interface RaceResult {
  slug: string;
  office: string;
  seat: string;
  election: RaceRows["election"];
  testData: boolean;
  rule: RaceRule;
  seats: number;
  recountMarginPct: number | null;
  reporting: { precinctsReporting: number; precinctsTotal: number; pct: number };
  expectedVotePct: number | null;
  totalVotes: number;
  margin: { votes: number; pct: number } | null;
  projectedVotesRemaining: number;
  candidates: RaceCandidateResult[];
  units: RaceRowUnit[];
  call: CurrentCall;
  flags: { runoffLikely: boolean; recountEligible: boolean; tie: boolean };
  updatedAt: string;
  version: number;
}

/** Readers' order: candidates still running first, as the count ranks them; the withdrawn after them. */
function withdrawnLast<C extends { withdrawn: boolean }>(candidates: readonly C[]): C[] {
  return [...candidates.filter((c) => !c.withdrawn), ...candidates.filter((c) => c.withdrawn)];
}

/**
 * The margin readers are told about is between candidates still running: a withdrawn candidate's
 * votes count in the total (and the shares), but they are not in the contest for the seats.
 */
function marginAmongRunning(tabulation: ReturnType<typeof tabulate>, seats: number, withdrawn: ReadonlySet<string>): RaceResult["margin"] {
  const running = tabulation.candidates.filter((c) => !withdrawn.has(c.id));
  const inside = running[seats - 1];
  const outside = running[seats];
  if (!inside || !outside || tabulation.totalVotes === 0) return null;
  const votes = inside.votes - outside.votes;
  return { votes, pct: (100 * votes) / tabulation.totalVotes };
}

function candidateStatus(slug: string, call: CurrentCall, leaders: readonly string[]): CandidateStatus {
  if (call.status === "called") return call.winners.includes(slug) ? "winner" : null;
  if (call.status === "runoff") return call.advancing.includes(slug) ? "advancing" : null;
  return leaders.includes(slug) ? "leading" : null;
}

export function buildRaceResult(rows: RaceRows): RaceResult {
  const tabulation = tabulate({
    seats: rows.seats,
    rule: rows.rule,
    recountMarginPct: rows.recountMarginPct,
    candidates: rows.candidates.map((c) => ({ id: c.slug, name: c.name, ballotOrder: c.ballotOrder })),
    units: rows.units.map((u) => ({
      id: u.slug,
      precinctsTotal: u.precinctsTotal,
      precinctsReporting: u.precinctsReporting,
      votes: u.votes,
    })),
  });
  const bySlug = new Map(rows.candidates.map((c) => [c.slug, c]));
  const withdrawnSlugs = new Set(rows.candidates.filter((c) => c.withdrawn).map((c) => c.slug));
  const anyWithdrawn = withdrawnSlugs.size > 0;

  return {
    slug: rows.slug,
    office: rows.office,
    seat: rows.seat,
    election: rows.election,
    testData: rows.testData,
    rule: rows.rule,
    seats: rows.seats,
    recountMarginPct: rows.recountMarginPct,
    reporting: {
      precinctsReporting: tabulation.precincts.reporting,
      precinctsTotal: tabulation.precincts.total,
      pct: tabulation.precincts.pct,
    },
    expectedVotePct: rows.expectedVotePct,
    totalVotes: tabulation.totalVotes,
    margin: anyWithdrawn ? marginAmongRunning(tabulation, rows.seats, withdrawnSlugs) : tabulation.margin,
    projectedVotesRemaining: tabulation.projectedVotesRemaining,
    // Ranks are the count's; a withdrawn candidate is listed after those still running.
    candidates: withdrawnLast(tabulation.candidates.map((result) => {
      const candidate = bySlug.get(result.id)!;
      const withdrawn = candidate.withdrawn ?? false;
      return {
        slug: candidate.slug,
        name: candidate.name,
        party: candidate.party,
        photoUrl: candidate.photoUrl,
        incumbent: candidate.incumbent,
        ballotOrder: candidate.ballotOrder,
        votes: result.votes,
        pct: result.pct,
        rank: result.rank,
        status: withdrawn ? candidateStatus(candidate.slug, rows.call, []) : candidateStatus(candidate.slug, rows.call, tabulation.leaders),
        withdrawn,
        votesByMethod: sumMethodVotes(rows.units.map((u) => methodVotesOf(u.votesByMethod, candidate.slug))),
      };
    })),
    units: rows.units,
    call: rows.call,
    flags: {
      runoffLikely: tabulation.runoffLikely,
      recountEligible: tabulation.recountEligible,
      tie: tabulation.tie,
    },
    updatedAt: rows.updatedAt,
    version: rows.version,
  };
}

/** One unit as the desk edits it: every candidate of the race has a count, 0 when none was entered. */
export function unitWithAllCandidates(race: RaceResult, unitSlug: string): RaceRowUnit | undefined {
  const unit = race.units.find((u) => u.slug === unitSlug);
  if (!unit) return undefined;
  return { ...unit, votes: Object.fromEntries(race.candidates.map((c) => [c.slug, unit.votes[c.slug] ?? 0])) };
}
