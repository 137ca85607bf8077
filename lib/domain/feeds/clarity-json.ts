// Clarity's summary.json: an array of contests with short keys (C name, K key, CH choices, P parties,
// V votes, VF vote-for, TP/PR units total/reporting, BC ballots cast). Totals only, no geography: each
// race gets one unit, "total", holding the whole jurisdiction. Its W winner flags are not read as calls,
// as detail.xml has none either.
import { collapseSpaces, readChoiceName } from "./candidate-name";
import { officeAndSeat } from "./contest-name";
import { keyedRecord, readCountValue } from "./feed-counts";
import { FeedFindings, parsedFeed, refusedFeed } from "./feed-findings";
import type { FeedCandidate, FeedRace, FeedUnit, ParsedFeed } from "./feed-snapshot";
import { isObject, jsonText, parseJsonPayload, type JsonObject } from "./json-values";
import { stateName } from "./us-states";

export interface ClaritySummaryOptions {
  /** The site the file came from: "GA" for a state site, a county's name for a county site. */
  jurisdiction?: string;
}

export function parseClaritySummaryJson(text: string, { jurisdiction = "" }: ClaritySummaryOptions = {}): ParsedFeed {
  const payload = parseJsonPayload("clarity-json", text);
  if ("refused" in payload) return payload.refused;
  if (!Array.isArray(payload.data)) {
    return refusedFeed("clarity-json", "the file", "The file is JSON but not a Clarity summary.json, which is a list of contests.");
  }
  const place = jurisdiction.trim() === "" ? null : (stateName(jurisdiction) ?? jurisdiction.trim());
  const findings = new FeedFindings();
  const keys = new Set<string>();
  const races: FeedRace[] = [];
  payload.data.forEach((raw, index) => {
    const race = readContest(raw, `[${index}]`, place, jurisdiction, findings);
    if (!race) return;
    if (keys.has(race.sourceKey)) findings.problem(`[${index}]`, `Two contests are named ${JSON.stringify(race.sourceKey)}.`);
    keys.add(race.sourceKey);
    races.push(race);
  });
  return parsedFeed("clarity-json", findings, races);
}

function readContest(raw: unknown, at: string, place: string | null, jurisdiction: string, findings: FeedFindings): FeedRace | null {
  const name = isObject(raw) ? jsonText(raw.C) : null;
  if (!isObject(raw) || !name || !Array.isArray(raw.CH) || !Array.isArray(raw.V)) {
    findings.problem(at, "is not a contest (an object with C, CH and V).");
    return null;
  }
  const where = `${at} (K=${jsonText(raw.K) ?? "?"})`;
  const parties = Array.isArray(raw.P) ? raw.P : [];
  if (raw.V.length !== raw.CH.length || (parties.length > 0 && parties.length !== raw.CH.length)) {
    findings.problem(where, `has ${raw.CH.length} choices (CH) but ${raw.V.length} vote counts (V) and ${parties.length} parties (P).`);
    return null;
  }
  const count = (field: string) => {
    if (raw[field] === undefined || raw[field] === null) return null;
    const read = readCountValue(raw[field]);
    if ("problem" in read) findings.problem(`${where}.${field}`, read.problem);
    return "value" in read ? read.value : null;
  };
  const seats = count("VF") ?? 1;
  if (seats < 1) findings.problem(`${where}.VF`, "is 0; at least one candidate wins.");
  const sourceKey = collapseSpaces(name);
  const { candidates, votes } = readChoices(raw, parties, where, findings);
  const unit: FeedUnit = {
    sourceKey: "total",
    name: place ?? "All reporting units",
    kind: place !== null && stateName(jurisdiction) === null ? "county" : "state",
    fips: null,
    precinctsTotal: count("TP"),
    precinctsReporting: count("PR"),
    expectedVotePct: null,
    // Clarity writes 0 where it does not report these.
    ballotsCast: count("BC") || null,
    registeredVoters: count("regvoters") || null,
    votes,
    methods: keyedRecord(),
  };
  return { sourceKey, ...officeAndSeat(sourceKey, place ?? "Statewide"), seats, expectedVotePct: null, isTest: false, candidates, units: [unit], call: null };
}

function readChoices(raw: JsonObject, parties: unknown[], where: string, findings: FeedFindings) {
  const candidates: FeedCandidate[] = [];
  const votes = keyedRecord<number>();
  (raw.CH as unknown[]).forEach((choice, index) => {
    const text = jsonText(choice);
    if (!text) {
      findings.problem(`${where}.CH[${index}]`, "is not a choice name.");
      return;
    }
    // summary.json has no choice keys: the name as written is the key, stable across versions.
    const sourceKey = collapseSpaces(text);
    if (Object.hasOwn(votes, sourceKey)) findings.problem(`${where}.CH[${index}]`, `${JSON.stringify(sourceKey)} is listed twice.`);
    const count = readCountValue((raw.V as unknown[])[index]);
    if ("problem" in count) findings.problem(`${where}.V[${index}]`, `${count.problem} (${sourceKey}).`);
    votes[sourceKey] = "value" in count ? count.value : 0;
    candidates.push({ sourceKey, personKey: null, ...readChoiceName(text, jsonText(parties[index])), ballotOrder: candidates.length + 1 });
  });
  return { candidates, votes };
}
