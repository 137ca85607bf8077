import "server-only";
// Reads for the newsroom desk: every race of every election, newest election first.
import { buildRaceResult, type RaceResult } from "@/lib/domain/race-result";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db";
import { raceRowsSelect, toRaceRows } from "@/lib/server/queries/race-rows";

export async function listDeskRaces(actor: Actor | null): Promise<RaceResult[]> {
  authorize(actor, "desk:read");
  const races = await db.race.findMany({
    orderBy: [{ election: { date: "desc" } }, { sortOrder: "asc" }, { slug: "asc" }],
    select: raceRowsSelect,
  });
  return races.map((r) => buildRaceResult(toRaceRows(r)));
}
