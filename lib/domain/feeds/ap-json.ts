// AP Elections API answers (v3; v2 answers read the same, without the v3-only fields), read into
// the desk's terms. A race's state-level unit is AP's own total: where the answer has county or town
// units, those are the race's units and the state total is only checked against them.
import { countDifferences, keyedRecord, readCountValue, sumUnitVotes } from "./feed-counts";
import { FeedFindings, parsedFeed, refusedFeed } from "./feed-findings";
import { fipsCode, type FeedCall, type FeedRace, type FeedUnit, type ParsedFeed } from "./feed-snapshot";
import { apCandidates, type ApCandidates } from "./ap-candidates";
import { isObject, isoTime, jsonText, parseJsonPayload, type JsonObject } from "./json-values";
import { stateName, TOWN_STATES } from "./us-states";

/** total: AP's state (or national) figure; part: a county or town, one piece of the race; district: overlapping pieces, not read. */
type UnitRole = "total" | "part" | "district";

interface ApUnit {
  role: UnitRole;
  unit: FeedUnit;
  candidates: JsonObject[];
}

export function parseApJson(text: string): ParsedFeed {
  const payload = parseJsonPayload("ap-json", text);
  if ("refused" in payload) return payload.refused;
  const { data } = payload;
  const header = isObject(data)
    ? { sourceTimestamp: isoTime(data.timestamp), nextRequest: jsonText(data.nextrequest), isTruncated: data.isTruncated === true }
    : {};
  if (!isObject(data) || !Array.isArray(data.races)) {
    // "When nothing changed you get 200 with only a new nextrequest": an empty update, not an error.
    if (isObject(data) && data.races === undefined && header.nextRequest) return parsedFeed("ap-json", new FeedFindings(), [], header);
    return refusedFeed("ap-json", "the file", noRacesMessage(data));
  }
  const findings = new FeedFindings();
  const races: FeedRace[] = [];
  const keys = new Set<string>();
  data.races.forEach((raw, index) => {
    const race = readRace(raw, `races[${index}]`, findings);
    if (!race) return;
    if (keys.has(race.sourceKey)) findings.problem(`races[${index}]`, `Race ${race.sourceKey} appears twice in the answer.`);
    keys.add(race.sourceKey);
    races.push(race);
  });
  const test = races.filter((race) => race.isTest);
  const live = races.filter((race) => !race.isTest);
  if (test.length > 0 && live.length > 0) {
    findings.problem(
      "the file",
      `The answer mixes test races (${test[0]!.sourceKey}) and live races (${live[0]!.sourceKey}); a snapshot is either test or live.`,
    );
  }
  return parsedFeed("ap-json", findings, races, { ...header, isTest: test.length > 0 });
}

function noRacesMessage(data: unknown): string {
  if (isObject(data) && Array.isArray(data.elections)) {
    return "This is AP's list of election dates (the API's landing page), not one election's results: it has no races.";
  }
  return 'The file is JSON but has no "races" list, so it is not an AP election results answer.';
}

function readRace(raw: unknown, where: string, findings: FeedFindings): FeedRace | null {
  if (!isObject(raw)) {
    findings.problem(where, "is not a race (an object with raceID, officeName and reportingUnits).");
    return null;
  }
  const rawUnits = raw.reportingUnits ?? [];
  if (!Array.isArray(rawUnits)) {
    findings.problem(`${where}.reportingUnits`, "is not a list.");
    return null;
  }
  const firstUnit = rawUnits.find(isObject);
  const postal = jsonText(raw.statePostal) ?? jsonText(firstUnit?.statePostal);
  const raceId = jsonText(raw.raceID);
  if (!raceId || !postal) {
    findings.problem(where, `has no ${raceId ? "statePostal" : "raceID"}, so the race cannot be told apart from others.`);
    return null;
  }
  const sourceKey = `${postal}-${raceId}`;
  const label = `${where} (${sourceKey})`;
  const office = jsonText(raw.officeName) ?? jsonText(raw.officeID);
  if (!office) findings.problem(label, "has no officeName.");

  const book = apCandidates(label, findings);
  if (Array.isArray(raw.candidates)) book.readList(raw.candidates, `${label}.candidates`, false);
  const units = readUnits(rawUnits, postal, label, book, findings);
  const totals = units.filter((entry) => entry.role === "total");
  const parts = units.filter((entry) => entry.role === "part");
  if (parts.length > 0) checkTotal(totals[0], parts, book, label, findings);

  const test = readTestFlag(raw, label, findings);
  const total = totals[0];
  // Winners are flagged in every unit; the state unit's flags are the race's.
  const flagged = (total ?? parts[0])?.candidates ?? (Array.isArray(raw.candidates) ? raw.candidates.filter(isObject) : []);
  return {
    sourceKey,
    office: partyContest(office ?? "", raw),
    seat: jsonText(raw.seatName) ?? jsonText(raw.description) ?? total?.unit.name ?? stateName(postal) ?? postal,
    // v3 multi-seat races say how many win; every other race has one seat.
    seats: typeof raw.numWinners === "number" && Number.isInteger(raw.numWinners) && raw.numWinners > 0 ? raw.numWinners : 1,
    expectedVotePct: percent(raw.eevp) ?? total?.unit.expectedVotePct ?? null,
    isTest: test,
    candidates: book.candidates(),
    units: (parts.length > 0 ? parts : totals.slice(0, 1)).map((entry) => entry.unit),
    call: readCall(flagged),
  };
}

/** AP's `test` flag, checked against v3's resultsType ("t" test, "l" live, "c" certified). */
function readTestFlag(raw: JsonObject, label: string, findings: FeedFindings): boolean {
  const resultsType = jsonText(raw.resultsType);
  const byType = resultsType === null ? null : /^t/i.test(resultsType);
  if (typeof raw.test === "boolean" && byType !== null && raw.test !== byType) {
    findings.problem(label, `says test: ${raw.test} but resultsType ${JSON.stringify(resultsType)}; a race is either test or live.`);
  }
  return raw.test === true || byType === true;
}

function readUnits(rawUnits: unknown[], postal: string, label: string, book: ApCandidates, findings: FeedFindings): ApUnit[] {
  const units: ApUnit[] = [];
  const keys = new Set<string>();
  rawUnits.forEach((raw, index) => {
    const where = `${label}.reportingUnits[${index}]`;
    const entry = readUnit(raw, where, postal, findings);
    if (!entry) return;
    if (keys.has(entry.unit.sourceKey)) findings.problem(where, `Unit ${entry.unit.sourceKey} appears twice in the race.`);
    keys.add(entry.unit.sourceKey);
    for (const [id, votes] of book.readList(entry.candidates, `${where}.candidates`, true)) entry.unit.votes[id] = votes;
    units.push(entry);
  });
  return units;
}

function readUnit(raw: unknown, where: string, postal: string, findings: FeedFindings): ApUnit | null {
  if (!isObject(raw)) {
    findings.problem(where, "is not a reporting unit object.");
    return null;
  }
  const level = jsonText(raw.level) ?? (raw.reportingunitLevel === 1 ? "state" : "subunit");
  const role: UnitRole = /^(state|national)$/i.test(level) || raw.reportingunitLevel === 1 ? "total" : /^district$/i.test(level) ? "district" : "part";
  // AP's subunits are towns in New England and counties elsewhere; level=FIPSCode rolls towns up into counties.
  const partKind = TOWN_STATES.has(postal.toUpperCase()) && /^subunit$/i.test(level) ? "town" : "county";
  const id = jsonText(raw.reportingunitID) ?? (role === "total" ? (jsonText(raw.statePostal) ?? postal) : null);
  if (!id) {
    findings.problem(where, "has no reportingunitID.");
    return null;
  }
  const count = (field: "precinctsTotal" | "precinctsReporting") => {
    if (raw[field] === undefined || raw[field] === null) return null;
    const read = readCountValue(raw[field]);
    if ("problem" in read) findings.problem(`${where}.${field}`, read.problem);
    return "value" in read ? read.value : null;
  };
  const unit: FeedUnit = {
    sourceKey: `${level}:${id}`,
    name: jsonText(raw.reportingunitName) ?? jsonText(raw.stateName) ?? stateName(postal) ?? id,
    kind: role === "total" ? "state" : role === "district" ? "district" : partKind,
    fips: fipsCode(raw.fipsCode),
    precinctsTotal: count("precinctsTotal"),
    precinctsReporting: count("precinctsReporting"),
    expectedVotePct: percent(raw.eevp),
    ballotsCast: null,
    registeredVoters: null,
    votes: keyedRecord(),
    methods: keyedRecord(),
  };
  return { role, unit, candidates: Array.isArray(raw.candidates) ? raw.candidates.filter(isObject) : [] };
}

/** A warning, not a refusal: AP's state figure can legitimately run ahead of its counties (CO Proposition BB, 2015). */
function checkTotal(total: ApUnit | undefined, parts: ApUnit[], book: ApCandidates, label: string, findings: FeedFindings) {
  if (!total) return;
  const stated = new Map(Object.entries(total.unit.votes));
  const names = new Map(book.candidates().map((candidate) => [candidate.sourceKey, candidate.name]));
  const differences = countDifferences(stated, sumUnitVotes(parts.map((part) => part.unit)), names);
  if (differences.length === 0) return;
  findings.warning(
    label,
    `AP's state total differs from the sum of its ${parts.length} units: ${differences.join(", ")}. The race's votes are the sum of the units.`,
  );
}

/** AP marks winners "X" and candidates advancing to a runoff "R"; a race can have several of either. */
function readCall(candidates: JsonObject[]): FeedCall | null {
  const flagged = (flag: string) => candidates.filter((candidate) => candidate.winner === flag);
  const runoff = flagged("R");
  const winners = runoff.length > 0 ? runoff : flagged("X");
  if (winners.length === 0) return null;
  return {
    status: runoff.length > 0 ? "runoff" : "called",
    winners: winners.map((candidate) => jsonText(candidate.candidateID)).filter((id): id is string => id !== null),
    at: winners.map((candidate) => isoTime(candidate.winnerDateTime)).find((at) => at !== null) ?? null,
  };
}

function percent(value: unknown): number | null {
  return typeof value === "number" && value >= 0 && value <= 100 ? value : null;
}

/**
 * A party's primary or caucus names its party, so Iowa's Democratic and Republican caucuses do not
 * read alike: "President (Dem caucus)". AP's race type says which races are a party's (D/R primaries,
 * E/S caucuses); `party` says whose.
 */
function partyContest(office: string, raw: Record<string, unknown>): string {
  const party = jsonText(raw.party);
  const kind = jsonText(raw.raceType)?.toLowerCase();
  if (!party || !kind || !/primary|caucus/.test(kind)) return office;
  return `${office} (${party} ${kind.includes("caucus") ? "caucus" : "primary"})`;
}
