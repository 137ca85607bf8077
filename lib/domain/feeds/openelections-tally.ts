// OpenElections rows gathered into races. Two traps of the format are handled here (FEEDS.md §3):
// total rows (precinct "TOTAL", "Total" or blank in a precinct file; a blank county in a county-level
// file) would double every sum, so they are never added, only checked against the rows they total;
// and pseudo-candidates ("Registered Voters", "Ballots Cast", "Over Votes"…) are turnout, not candidates.
import { displayName, nameKey } from "./candidate-name";
import { formatCount, keyedRecord } from "./feed-counts";
import type { FeedFindings } from "./feed-findings";
import type { FeedRace, FeedUnit } from "./feed-snapshot";

export interface OpenElectionsRow {
  line: number;
  county: string;
  precinct: string;
  office: string;
  district: string;
  party: string;
  candidate: string;
  votes: number;
  methods: [string, number][];
}

type Turnout = "registeredVoters" | "ballotsCast";

const PSEUDO: Readonly<Record<string, Turnout | "ignored">> = {
  registered: "registeredVoters",
  "registered voters": "registeredVoters",
  "ballots cast": "ballotsCast",
  "total votes": "ignored",
  "over votes": "ignored",
  overvotes: "ignored",
  "under votes": "ignored",
  undervotes: "ignored",
};
const pseudo = (text: string) => (Object.hasOwn(PSEUDO, nameKey(text)) ? PSEUDO[nameKey(text)]! : null);

interface RaceDraft {
  race: FeedRace;
  candidates: Map<string, FeedRace["candidates"][number]>;
  units: Map<string, FeedUnit>;
}

/** A total row: the votes it gives `who` within `scope` (a county, or "" for the whole file). */
interface Counted {
  line: number;
  votes: number;
  who: string;
  scope: string;
  row: OpenElectionsRow;
}

export function openElectionsTally(byPrecinct: boolean, findings: FeedFindings) {
  const races = new Map<string, RaceDraft>();
  const seen = new Map<string, number>();
  /** Turnout by race key (the office of a pseudo row) then unit key. */
  const turnout = new Map<string, Map<string, Partial<Record<Turnout, number>>>>();
  const totals = new Map<string, Counted>();
  const sums = new Map<string, number>();

  function add(row: OpenElectionsRow) {
    const kind = pseudo(row.office) ?? pseudo(row.candidate);
    if (!kind && (row.office === "" || row.candidate === "")) {
      findings.problem(`line ${row.line}, column ${row.office === "" ? "office" : "candidate"}`, "is empty.");
      return;
    }
    const isTotal = byPrecinct ? /^(total)?$/i.test(row.precinct) : /^(total)?$/i.test(row.county);
    const raceKey = `${row.office}|${row.district}`;
    const unitKey = byPrecinct ? `${row.county}|${row.precinct}` : row.county;
    const candidateKey = kind ? `#${kind}` : nameKey(row.candidate);
    // A total row checks the rows of its county (precinct files) or of the whole file.
    const scope = byPrecinct && !/^total$/i.test(row.county) ? row.county : "";
    const rowKey = [isTotal ? "total" : "unit", isTotal ? scope : unitKey, raceKey, candidateKey].join("\u0000");
    const earlier = seen.get(rowKey);
    if (earlier !== undefined) {
      const what = isTotal ? "total row" : byPrecinct ? "precinct" : "county";
      findings.problem(`line ${row.line}`, `Repeats line ${earlier}: the same ${what}, office and candidate twice.`);
      return;
    }
    seen.set(rowKey, row.line);
    if (kind === "ignored") return;
    const who = kind ? (row.office && pseudo(row.office) ? row.office : row.candidate) : displayName(row.candidate);
    if (isTotal) {
      totals.set(checkKey(scope, raceKey, candidateKey), { line: row.line, votes: row.votes, who, scope, row });
      return;
    }
    for (const within of byPrecinct ? [row.county, ""] : [""]) {
      const key = checkKey(within, raceKey, candidateKey);
      sums.set(key, (sums.get(key) ?? 0) + row.votes);
    }
    if (kind) {
      const byUnit = turnout.get(raceKey) ?? new Map<string, Partial<Record<Turnout, number>>>();
      turnout.set(raceKey, byUnit);
      byUnit.set(unitKey, { ...byUnit.get(unitKey), [kind]: row.votes });
      return;
    }
    addVotes(draftOf(row, raceKey), row, unitKey, candidateKey);
  }

  function draftOf(row: OpenElectionsRow, raceKey: string): RaceDraft {
    const existing = races.get(raceKey);
    if (existing) return existing;
    const seat = row.district === "" ? "Statewide" : /^\d/.test(row.district) ? `District ${row.district}` : row.district;
    const race: FeedRace = {
      sourceKey: raceKey,
      office: row.office,
      seat,
      seats: 1,
      expectedVotePct: null,
      isTest: false,
      candidates: [],
      units: [],
      call: null,
    };
    const draft = { race, candidates: new Map(), units: new Map() };
    races.set(raceKey, draft);
    return draft;
  }

  function addVotes(draft: RaceDraft, row: OpenElectionsRow, unitKey: string, candidateKey: string) {
    const party = row.party || null;
    const candidate = draft.candidates.get(candidateKey);
    // The first spelling names the candidate; the first party given is the party.
    if (candidate) candidate.party ??= party;
    else {
      const ballotOrder = draft.candidates.size + 1;
      draft.candidates.set(candidateKey, { sourceKey: candidateKey, personKey: null, name: displayName(row.candidate), party, incumbent: false, ballotOrder });
    }
    const unit = draft.units.get(unitKey) ?? newUnit(row, unitKey, byPrecinct);
    draft.units.set(unitKey, unit);
    unit.votes[candidateKey] = row.votes;
    if (row.methods.length > 0) unit.methods[candidateKey] = keyedRecord(row.methods);
  }

  function checkTotals() {
    for (const [key, total] of totals) {
      const sum = sums.get(key) ?? 0;
      if (sum === total.votes) continue;
      const place = [total.row.office, total.row.district && `district ${total.row.district}`, total.scope].filter(Boolean).join(", ");
      const rows = byPrecinct ? "precinct" : "county";
      findings.problem(
        `line ${total.line}`,
        `This total row gives ${total.who} ${formatCount(total.votes)} votes (${place}), but the ${rows} rows it totals add up to ${formatCount(sum)}.`,
      );
    }
  }

  function finish(): FeedRace[] {
    checkTotals();
    // Turnout rows under an office that is no race ("Registered Voters", Georgia's "Voters") hold for every race.
    const everyRace = new Map<string, Partial<Record<Turnout, number>>>();
    for (const [raceKey, byUnit] of turnout) {
      if (races.has(raceKey)) continue;
      for (const [unitKey, counts] of byUnit) everyRace.set(unitKey, { ...counts, ...everyRace.get(unitKey) });
    }
    return [...races.values()].map(({ race, candidates, units }) => {
      for (const [unitKey, unit] of units) {
        const own = turnout.get(race.sourceKey)?.get(unitKey);
        const shared = everyRace.get(unitKey);
        unit.registeredVoters = own?.registeredVoters ?? shared?.registeredVoters ?? null;
        unit.ballotsCast = own?.ballotsCast ?? shared?.ballotsCast ?? null;
      }
      return { ...race, candidates: [...candidates.values()], units: [...units.values()] };
    });
  }

  return { add, races: finish };
}

const checkKey = (scope: string, raceKey: string, candidateKey: string) => [scope, raceKey, candidateKey].join("\u0000");

function newUnit(row: OpenElectionsRow, sourceKey: string, byPrecinct: boolean): FeedUnit {
  return {
    sourceKey,
    name: byPrecinct ? [row.county, row.precinct].filter(Boolean).join(": ") : row.county,
    kind: byPrecinct ? "precinct" : "county",
    fips: null,
    // The files are final: every unit has reported.
    precinctsTotal: 1,
    precinctsReporting: 1,
    expectedVotePct: null,
    ballotsCast: null,
    registeredVoters: null,
    votes: keyedRecord(),
    methods: keyedRecord(),
  };
}
