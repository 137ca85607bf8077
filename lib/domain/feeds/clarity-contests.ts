// Clarity contests, as clarity-xml.ts gathered them, made into races: a unit per County or Precinct
// row name, its votes summed over the vote types (kept as methods), precincts from the turnout
// section, and a warning wherever a stated total differs from the rows under it.
import { collapseSpaces, readChoiceName } from "./candidate-name";
import { officeAndSeat } from "./contest-name";
import { countDifferences, keyedRecord, readCountText } from "./feed-counts";
import type { FeedFindings } from "./feed-findings";
import type { FeedCandidate, FeedRace, FeedUnit } from "./feed-snapshot";

export interface ClarityTurnoutEntry {
  registeredVoters: number | null;
  ballotsCast: number | null;
  precinctsTotal: number | null;
  precinctsReporting: number | null;
  /** Precincts only: how many vote types have reported (4 is complete in Georgia), not a percentage. */
  percentReporting?: number | null;
}

export interface ClarityTurnout {
  counties: Map<string, ClarityTurnoutEntry>;
  precincts: Map<string, ClarityTurnoutEntry>;
}

export interface ClarityRow {
  line: number;
  kind: "county" | "precinct";
  name: string;
  votes: number;
}

export interface ClarityVoteType {
  line: number;
  name: string;
  votes: number | null;
  rows: ClarityRow[];
}

export interface ClarityChoice {
  line: number;
  key: string;
  text: string;
  party: string | null;
  totalVotes: number | null;
  voteTypes: ClarityVoteType[];
}

export interface ClarityContest {
  line: number;
  key: string;
  text: string;
  voteFor: string;
  /** A state file's contest lists its counties with the precincts that take part in this contest. */
  participating: Map<string, Pick<ClarityTurnoutEntry, "precinctsTotal" | "precinctsReporting">>;
  choices: ClarityChoice[];
}

export function clarityRaces(contests: ClarityContest[], turnout: ClarityTurnout, jurisdiction: string, findings: FeedFindings): FeedRace[] {
  const keys = new Set<string>();
  const races: FeedRace[] = [];
  for (const contest of contests) {
    const where = `line ${contest.line} (Contest key=${contest.key})`;
    const sourceKey = collapseSpaces(contest.text);
    if (sourceKey === "") findings.problem(where, "The contest has no text (its name).");
    else if (keys.has(sourceKey)) findings.problem(where, `Two contests are named ${JSON.stringify(sourceKey)}.`);
    keys.add(sourceKey);
    const seats = contest.voteFor.trim() === "" ? { value: 1 } : readCountText(contest.voteFor);
    if ("problem" in seats || seats.value < 1) findings.problem(where, `voteFor ${"problem" in seats ? seats.problem : "is 0; at least one candidate wins"}.`);
    races.push({
      sourceKey,
      ...officeAndSeat(sourceKey, jurisdiction),
      seats: "value" in seats ? seats.value : 1,
      expectedVotePct: null,
      isTest: false,
      candidates: contestCandidates(contest, where, findings),
      units: contestUnits(contest, turnout, findings),
      call: null,
    });
  }
  return races;
}

function contestCandidates(contest: ClarityContest, where: string, findings: FeedFindings): FeedCandidate[] {
  const keys = new Set<string>();
  return contest.choices.map((choice, index) => {
    if (choice.key.trim() === "") findings.problem(`line ${choice.line}`, `A Choice of ${where} has no key.`);
    else if (keys.has(choice.key)) findings.problem(`line ${choice.line}`, `Choice key=${choice.key} appears twice in ${where}.`);
    keys.add(choice.key);
    checkChoiceTotals(choice, contest, findings);
    return { sourceKey: choice.key, personKey: null, ...readChoiceName(choice.text, choice.party), ballotOrder: index + 1 };
  });
}

function contestUnits(contest: ClarityContest, turnout: ClarityTurnout, findings: FeedFindings): FeedUnit[] {
  const units = new Map<string, FeedUnit>();
  for (const choice of contest.choices) {
    for (const voteType of choice.voteTypes) {
      for (const row of voteType.rows) {
        const unit = units.get(row.name) ?? newUnit(row, contest, turnout);
        units.set(row.name, unit);
        const methods = (unit.methods[choice.key] ??= keyedRecord());
        if (Object.hasOwn(methods, voteType.name)) {
          const element = row.kind === "county" ? "County" : "Precinct";
          const under = `${voteType.name || "a VoteType"} of Choice key=${choice.key}`;
          findings.problem(`line ${row.line}`, `${element} ${JSON.stringify(row.name)} appears twice under ${under}.`);
          continue;
        }
        methods[voteType.name] = row.votes;
        unit.votes[choice.key] = (unit.votes[choice.key] ?? 0) + row.votes;
      }
    }
  }
  return [...units.values()];
}

function newUnit(row: ClarityRow, contest: ClarityContest, turnout: ClarityTurnout): FeedUnit {
  const counted = row.kind === "county" ? turnout.counties.get(row.name) : turnout.precincts.get(row.name);
  // A precinct counts as reported once any vote type is in; one missing from the turnout list
  // (clarify#13) is reported by being in the results at all.
  const precincts =
    row.kind === "county"
      ? (contest.participating.get(row.name) ?? counted ?? { precinctsTotal: null, precinctsReporting: null })
      : { precinctsTotal: 1, precinctsReporting: counted?.percentReporting === 0 ? 0 : 1 };
  return {
    sourceKey: row.name,
    name: row.name,
    kind: row.kind,
    fips: null,
    precinctsTotal: precincts.precinctsTotal,
    precinctsReporting: precincts.precinctsReporting,
    expectedVotePct: null,
    ballotsCast: counted?.ballotsCast ?? null,
    registeredVoters: counted?.registeredVoters ?? null,
    votes: keyedRecord(),
    methods: keyedRecord(),
  };
}

/** totalVotes against its vote types, and each vote type against its rows (FEEDS.md: the AR file is 15,611 short). */
function checkChoiceTotals(choice: ClarityChoice, contest: ClarityContest, findings: FeedFindings) {
  const where = `line ${choice.line} (Contest key=${contest.key}, Choice key=${choice.key})`;
  const typed = choice.voteTypes.filter((voteType): voteType is ClarityVoteType & { votes: number } => voteType.votes !== null);
  if (choice.totalVotes !== null && typed.length > 0) {
    const total = new Map([["total", choice.totalVotes]]);
    const summed = new Map([["total", typed.reduce((sum, voteType) => sum + voteType.votes, 0)]]);
    const differences = countDifferences(total, summed, new Map([["total", "totalVotes"]]));
    if (differences.length > 0) findings.warning(where, `${choice.text}: ${differences[0]} summed over its vote types.`);
  }
  const stated = new Map(typed.map((voteType) => [voteType.name, voteType.votes]));
  const summed = new Map(typed.map((voteType) => [voteType.name, voteType.rows.reduce((sum, row) => sum + row.votes, 0)]));
  const differences = countDifferences(stated, summed, new Map(typed.map((voteType) => [voteType.name, voteType.name])));
  if (differences.length > 0) findings.warning(where, `${choice.text}: vote types differ from the sum of their rows: ${differences.join(", ")}.`);
}
