// The candidates of one AP race, gathered from its candidate list (initialization answers) and from
// every unit's list (results answers). AP's candidateID is unique only within the race; polID is the
// person nationally, but missing or "0" for some local candidates, where polNum (unique within the
// state) stands in.
import { readCountValue } from "./feed-counts";
import type { FeedFindings } from "./feed-findings";
import type { FeedCandidate } from "./feed-snapshot";
import { isObject, jsonText } from "./json-values";

export interface ApCandidates {
  /** Adds the list's candidates; with `counts` (a unit's list), returns their votes by candidateID. */
  readList(list: unknown[], where: string, counts: boolean): Map<string, number>;
  /** In AP's ballot order (then first appearance), numbered 1, 2, 3… */
  candidates(): FeedCandidate[];
}

interface Entry {
  candidate: FeedCandidate;
  apOrder: number;
  seen: number;
}

export function apCandidates(label: string, findings: FeedFindings): ApCandidates {
  const entries = new Map<string, Entry>();
  return {
    readList(list, where, counts) {
      const votes = new Map<string, number>();
      const listed = new Set<string>();
      list.forEach((raw, index) => {
        const at = `${where}[${index}]`;
        const id = isObject(raw) ? jsonText(raw.candidateID) : null;
        if (!isObject(raw) || !id) {
          findings.problem(at, "has no candidateID.");
          return;
        }
        if (listed.has(id)) findings.problem(at, `Candidate ${id} appears twice in the list.`);
        listed.add(id);
        if (!entries.has(id)) entries.set(id, { candidate: readCandidate(raw, id), apOrder: ballotOrder(raw.ballotOrder), seen: entries.size });
        if (!counts) return;
        const count = readCountValue(raw.voteCount);
        if ("problem" in count) findings.problem(`${at}.voteCount`, `${count.problem} (candidate ${id} in ${label}).`);
        else votes.set(id, count.value);
      });
      return votes;
    },
    candidates() {
      return [...entries.values()]
        .sort((a, b) => a.apOrder - b.apOrder || a.seen - b.seen)
        .map((entry, index) => ({ ...entry.candidate, ballotOrder: index + 1 }));
    },
  };
}

function readCandidate(raw: Record<string, unknown>, id: string): FeedCandidate {
  const polId = jsonText(raw.polID);
  const name = [jsonText(raw.first), jsonText(raw.last)].filter(Boolean).join(" ");
  const party = jsonText(raw.party);
  return {
    sourceKey: id,
    personKey: polId && polId !== "0" ? polId : jsonText(raw.polNum),
    name: name || id,
    // Ballot measures give "Yes" the party "Yes": that is no party.
    party: party && party !== name ? party : null,
    incumbent: raw.incumbent === true,
    ballotOrder: 0,
  };
}

function ballotOrder(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
}
