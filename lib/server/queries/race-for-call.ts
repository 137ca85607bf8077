import "server-only";
// What the call and publishing commands need to know about a race: its public result (for the
// guard and the gate), the ids behind candidate slugs, and the version and call they were checked
// against, so the write can refuse when either moved in the meantime.
import { raceShortName } from "@/lib/domain/race-name";
import type { GateRace } from "@/lib/domain/publication-gate";
import { buildRaceResult, type RaceResult } from "@/lib/domain/race-result";
import { notFound } from "@/lib/server/errors";
import { readRaceBySlug } from "@/lib/server/race-store/read-races";

export interface RaceForCall {
  id: string;
  version: number;
  callSeq: number;
  result: RaceResult;
  candidacyBySlug: Map<string, string>;
  gate: GateRace;
}

export async function raceForCall(slug: string): Promise<RaceForCall> {
  const race = await readRaceBySlug(slug);
  if (!race) throw notFound(`Race "${slug}"`);
  const result = buildRaceResult(race.rows);
  return { id: race.id, version: race.version, callSeq: race.callSeq, result, candidacyBySlug: race.candidacyIds, gate: gateRaceOf(result) };
}

export function gateRaceOf(result: RaceResult): GateRace {
  return {
    name: raceShortName(result),
    call: result.call,
    candidates: Object.fromEntries(result.candidates.map((c) => [c.slug, c.name])),
    testData: result.testData,
  };
}
