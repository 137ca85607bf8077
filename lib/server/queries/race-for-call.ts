import "server-only";
// What the call and publishing commands need to know about a race: its public result (for the
// guard and the gate), the ids behind candidate slugs, and the version and call they were checked
// against, so the write can refuse when either moved in the meantime.
import { raceShortName } from "@/lib/domain/race-name";
import type { GateRace } from "@/lib/domain/publication-gate";
import type { RaceResult } from "@/lib/domain/race-result";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { getRaceResult } from "@/lib/server/queries/races";

export interface RaceForCall {
  id: string;
  version: number;
  callSeq: number;
  result: RaceResult;
  candidacyBySlug: Map<string, string>;
  gate: GateRace;
}

export async function raceForCall(slug: string): Promise<RaceForCall> {
  const [race, result] = await Promise.all([
    db.race.findUnique({
      where: { slug },
      select: {
        id: true,
        version: true,
        calls: { orderBy: { seq: "desc" }, take: 1, select: { seq: true } },
        candidacies: { select: { id: true, candidate: { select: { slug: true } } } },
      },
    }),
    getRaceResult(slug),
  ]);
  if (!race || !result) throw notFound(`Race "${slug}"`);
  return {
    id: race.id,
    version: race.version,
    callSeq: race.calls[0]?.seq ?? 0,
    result,
    candidacyBySlug: new Map(race.candidacies.map((c) => [c.candidate.slug, c.id])),
    gate: gateRaceOf(result),
  };
}

export function gateRaceOf(result: RaceResult): GateRace {
  return {
    name: raceShortName(result),
    call: result.call,
    candidates: Object.fromEntries(result.candidates.map((c) => [c.slug, c.name])),
  };
}
