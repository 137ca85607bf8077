// Feed snapshots on the benchmark's statewide election: an AP JSON payload naming every race, unit
// and candidacy of a copy of it is imported once (creating it), then 20 snapshots each changing a
// tenth of the units are posted one after another and timed end to end over HTTP; then the last
// one again, unchanged. A race no snapshot touched must stay a page-cache hit throughout.
import type { AppServer } from "./app-server";

export interface FeedFigures {
  snapshots: number;
  changedUnitsPerSnapshot: number;
  p50Ms: number;
  p95Ms: number;
  unchangedMs: number;
  untouchedRaceStayedCached: boolean;
  errors: string[];
}

interface Shape {
  races: number;
  unitsPerRace: number;
}

const ELECTION = "bench-feed-2026";
const candidatesIn = (race: number) => 5 - (race % 4);

export function apPayload(shape: Shape, votes: (race: number, unit: number, candidate: number) => number, timestamp: string): string {
  const races = [];
  for (let race = 0; race < shape.races; race++) {
    const candidate = (c: number, voteCount: number) => ({
      first: `Candidate${c + 1}`,
      last: `Race${race + 1}`,
      party: ["Dem", "GOP", "Lib", "Grn", "Ind"][c],
      candidateID: `${race * 10 + c}`,
      polID: `${100_000 + race * 10 + c}`,
      ballotOrder: c + 1,
      voteCount,
    });
    const units = [];
    const totals = new Array<number>(candidatesIn(race)).fill(0);
    for (let unit = 0; unit < shape.unitsPerRace; unit++) {
      const counts = totals.map((_, c) => votes(race, unit, c));
      counts.forEach((n, c) => (totals[c]! += n));
      units.push({
        statePostal: "BS",
        reportingunitName: `County ${unit + 1}`,
        reportingunitID: `${unit + 1}`,
        level: "subunit",
        precinctsReporting: 20,
        precinctsTotal: 20,
        candidates: counts.map((n, c) => candidate(c, n)),
      });
    }
    races.push({
      test: false,
      raceID: `${race + 1}`,
      raceTypeID: "G",
      officeID: "Y",
      officeName: "State House",
      seatName: `District ${race + 1}`,
      reportingUnits: [
        { statePostal: "BS", stateName: "Bench State", level: "state", precinctsReporting: 20 * shape.unitsPerRace, precinctsTotal: 20 * shape.unitsPerRace, candidates: totals.map((n, c) => candidate(c, n)) },
        ...units,
      ],
    });
  }
  return JSON.stringify({ electionDate: "2026-11-03", timestamp, races });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export async function measureFeedImports(server: AppServer, editorKey: string, shape: Shape, snapshots: number): Promise<FeedFigures> {
  const errors: string[] = [];
  const post = async (body: string, query: string) => {
    const started = performance.now();
    const response = await fetch(`${server.origin}/api/v1/elections/${ELECTION}/feed-imports?format=ap-json${query}`, {
      method: "POST",
      headers: { authorization: `Bearer ${editorKey}`, "content-type": "application/json" },
      body,
    });
    const answer = (await response.json()) as { unchanged?: boolean; races?: { slug: string; unitsChanged: number }[] };
    if (response.status !== 200) errors.push(`a snapshot answered ${response.status}: ${JSON.stringify(answer).slice(0, 300)}`);
    return { ms: performance.now() - started, answer };
  };

  // The copy of the election the feed writes into, created by the first snapshot.
  const created = await fetch(`${server.origin}/api/v1/elections`, {
    method: "POST",
    headers: { authorization: `Bearer ${editorKey}`, "content-type": "application/json" },
    body: JSON.stringify({ name: "Bench feed 2026", slug: ELECTION, date: "2026-11-03", jurisdiction: "Bench State (synthetic)" }),
  });
  if (created.status !== 201) errors.push(`creating the election answered ${created.status}`);
  const base = (race: number, unit: number, c: number) => 800 + ((race * 7919 + unit * 104_729 + c * 1_299_709) % 4000);
  const first = await post(apPayload(shape, base, "2026-11-04T01:00:00Z"), "&create=1");
  const untouched = first.answer.races?.at(-1)?.slug;

  // The race no snapshot changes (the last one), read twice so its page is cached.
  const pageState = async () => {
    const response = await fetch(`${server.origin}/races/${untouched}`);
    await response.arrayBuffer();
    return response.headers.get("x-nextjs-cache") ?? response.headers.get("x-front-door") ?? "none";
  };
  await pageState();
  await pageState();

  const totalUnits = shape.races * shape.unitsPerRace;
  const changedPerSnapshot = Math.max(1, Math.round(totalUnits / 10));
  const bump = new Map<number, number>();
  const times: number[] = [];
  let stayedCached = true;
  let body = "";
  for (let n = 1; n <= snapshots; n++) {
    // A different tenth of the units each time (never the untouched last race), each a few votes up.
    for (let i = 0; i < changedPerSnapshot; i++) {
      const unitIndex = (n * changedPerSnapshot + i * 7) % (totalUnits - shape.unitsPerRace);
      bump.set(unitIndex, (bump.get(unitIndex) ?? 0) + 3);
    }
    body = apPayload(shape, (race, unit, c) => base(race, unit, c) + (c === 0 ? (bump.get(race * shape.unitsPerRace + unit) ?? 0) : 0), `2026-11-04T01:${String(n).padStart(2, "0")}:00Z`);
    const { ms } = await post(body, "");
    times.push(ms);
    const state = await pageState();
    if (state !== "HIT" && state !== "page") stayedCached = false;
  }
  const unchanged = await post(body, "");
  if (!unchanged.answer.unchanged) errors.push("the same snapshot again was not answered as unchanged");

  const sorted = [...times].sort((a, b) => a - b);
  return {
    snapshots,
    changedUnitsPerSnapshot: changedPerSnapshot,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    unchangedMs: unchanged.ms,
    untouchedRaceStayedCached: stayedCached,
    errors,
  };
}
